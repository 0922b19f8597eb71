// A set of lower-case words that a token is looked up in by the hash the tokenizer
// keeps for it, with a HashFilter in front: most tokens of a text are in none of a rule
// pack's word lists, and are told so by one bit instead of a probe of the hash set.
//
//   WordSet stop;
//   stop.insert("yang");
//   if (stop.Contains(t.Lower(t.tokens[i]), t.HashAt(i))) ...;
//   stop.contains("yang");  // without a hash
//
// Every insertion goes through insert(), which keeps the filter in step with the set.
// Thread-safe after construction (const only).
#ifndef CLAIMCHECK_CHECKER_WORD_SET_H_
#define CLAIMCHECK_CHECKER_WORD_SET_H_

#include <cstddef>
#include <initializer_list>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "checker/hash_filter.h"

namespace claimcheck {

class WordSet {
 public:
  using Set = absl::flat_hash_set<std::string>;
  using const_iterator = Set::const_iterator;

  WordSet() = default;
  WordSet(std::initializer_list<std::string> words) {
    for (const std::string& w : words) insert(w);
  }

  void insert(std::string word) {
    filter_.Add(word);
    words_.insert(std::move(word));
  }
  template <typename It>
  void insert(It first, It last) {
    for (; first != last; ++first) insert(std::string(*first));
  }
  void clear() {
    words_.clear();
    filter_ = HashFilter();
  }

  // `hash` is absl::Hash<absl::string_view>{}(word), as TokenizedText::HashAt gives it.
  bool Contains(absl::string_view word, size_t hash) const { return MayContain(hash) && Probe(word, hash); }
  // False only when no word of the set has this hash's filter bit.
  bool MayContain(size_t hash) const { return filter_.MayContain(hash); }
  // The hash set alone, for a caller that has read the filter bit itself.
  bool Probe(absl::string_view word, size_t hash) const { return words_.find(word, hash) != words_.end(); }
  bool contains(absl::string_view word) const { return words_.contains(word); }
  const_iterator find(absl::string_view word) const { return words_.find(word); }
  size_t count(absl::string_view word) const { return words_.count(word); }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  const_iterator begin() const { return words_.begin(); }
  const_iterator end() const { return words_.end(); }

 private:
  Set words_;
  HashFilter filter_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_WORD_SET_H_
