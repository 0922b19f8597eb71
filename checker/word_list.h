// A short list of short strings in one allocation: a fact's context words, its named
// entities and the names of the rules that made it.
//
// A check holds every fact of a corpus, and a std::vector<std::string> of six words
// costs 24 bytes, an array of six 32-byte strings and a heap block per long word. A
// WordList keeps the words back to back in one std::string, each followed by a NUL
// byte, so six words of eight letters take 32 bytes and one 64-byte block.
//
//   WordList w({"banjir", "warga"});
//   for (absl::string_view s : w) ...;        // in the order given
//   w.size();                                 // 2
//   std::binary_search(w.begin(), w.end(), "warga");  // when the words were sorted
//
// A word never holds a NUL byte: the constructor drops what follows one. Immutable once
// built; copies are deep. Thread-compatible.
#ifndef CLAIMCHECK_CHECKER_WORD_LIST_H_
#define CLAIMCHECK_CHECKER_WORD_LIST_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <iterator>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace claimcheck {

class WordList {
 public:
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = absl::string_view;
    using difference_type = std::ptrdiff_t;
    using pointer = const absl::string_view*;
    using reference = absl::string_view;

    const_iterator() = default;
    explicit const_iterator(const char* p) : p_(p) {}
    absl::string_view operator*() const { return absl::string_view(p_); }
    const_iterator& operator++() {
      p_ += std::strlen(p_) + 1;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator old = *this;
      ++*this;
      return old;
    }
    bool operator==(const const_iterator& o) const { return p_ == o.p_; }
    bool operator!=(const const_iterator& o) const { return p_ != o.p_; }

   private:
    const char* p_ = nullptr;
  };
  using iterator = const_iterator;
  using value_type = absl::string_view;

  WordList() = default;
  template <typename Strings>
  explicit WordList(const Strings& words) {
    Assign(words.begin(), words.end());
  }
  WordList(std::initializer_list<absl::string_view> words) { Assign(words.begin(), words.end()); }

  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const_iterator begin() const { return const_iterator(bytes_.data()); }
  const_iterator end() const { return const_iterator(bytes_.data() + bytes_.size()); }
  // The i-th word: a walk from the first, for tests and short lists.
  absl::string_view operator[](size_t i) const {
    const_iterator it = begin();
    while (i-- > 0) ++it;
    return *it;
  }
  // Appends a word (rule names are added one at a time while a fact is built).
  void push_back(absl::string_view w) {
    w = w.substr(0, w.find('\0'));
    bytes_.append(w.data(), w.size());
    bytes_.push_back('\0');
    ++size_;
  }
  std::vector<std::string> ToVector() const { return std::vector<std::string>(begin(), end()); }

  // The words as stored: each followed by '\0' (what FromBytes takes back).
  absl::string_view bytes() const { return bytes_; }
  // The list whose bytes() are `bytes`; false, leaving `out` alone, unless `bytes` is
  // empty or ends with '\0'.
  static bool FromBytes(absl::string_view bytes, WordList* out) {
    if (!bytes.empty() && bytes.back() != '\0') return false;
    out->bytes_.assign(bytes.data(), bytes.size());
    out->size_ = static_cast<uint32_t>(std::count(bytes.begin(), bytes.end(), '\0'));
    return true;
  }

  friend bool operator==(const WordList& a, const WordList& b) {
    return a.size_ == b.size_ && a.bytes_ == b.bytes_;
  }
  friend bool operator!=(const WordList& a, const WordList& b) { return !(a == b); }

 private:
  template <typename It>
  void Assign(It first, It last) {
    size_t n = 0;
    for (It it = first; it != last; ++it) n += absl::string_view(*it).size() + 1;
    bytes_.clear();
    bytes_.reserve(n);
    size_ = 0;
    for (It it = first; it != last; ++it) push_back(absl::string_view(*it));
    bytes_.shrink_to_fit();
  }

  std::string bytes_;  // each word followed by '\0'
  uint32_t size_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_WORD_LIST_H_
