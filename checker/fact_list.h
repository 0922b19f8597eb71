// The facts of a check, indexed 0..size()-1, stored in the blocks they were made in.
//
// Extraction makes one vector of facts per article. Gathering a corpus's facts into one
// vector means allocating room for all of them while the per-article vectors still hold
// them: at the moment of the copy every fact exists twice, and the facts are most of a
// check's memory. A FactList keeps the per-article vectors as its blocks and an index
// of (block, offset) per fact, 8 bytes each, so nothing is copied or moved.
//
//   FactList facts;
//   facts.AddBlock(ExtractFacts(...));   // one article's facts, moved in
//   facts.Sort(less);                    // the order of a report
//   const Fact& f = facts[i];
//
// Not thread-safe for writing; concurrent reads are fine.
#ifndef CLAIMCHECK_CHECKER_FACT_LIST_H_
#define CLAIMCHECK_CHECKER_FACT_LIST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iterator>
#include <vector>

#include "checker/fact.h"

namespace claimcheck {

class FactList {
 public:
  using Less = std::function<bool(const Fact&, const Fact&)>;

  FactList() = default;
  // One block holding `facts` (tests, and callers that already have one vector).
  FactList(std::vector<Fact> facts);  // NOLINT: implicit, a vector is a list of facts
  FactList(FactList&&) = default;
  FactList& operator=(FactList&&) = default;

  // Appends a block of facts, moved in.
  void AddBlock(std::vector<Fact> facts);
  // Appends one fact to the last block.
  void push_back(Fact f);

  size_t size() const { return index_.size(); }
  bool empty() const { return index_.empty(); }
  const Fact& operator[](size_t i) const {
    const Where w = index_[i];
    return blocks_[w.block][w.offset];
  }
  Fact& operator[](size_t i) {
    const Where w = index_[i];
    return blocks_[w.block][w.offset];
  }

  // Puts the facts in `less` order. Each block is sorted, then the blocks are ordered by
  // their first facts; only when blocks overlap in that order (two articles with the
  // same id) are they merged into one block first. Like std::sort, not stable.
  void Sort(const Less& less);

  template <typename F, typename L>
  class Iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Fact;
    using difference_type = std::ptrdiff_t;
    using pointer = F*;
    using reference = F&;
    Iterator(L* list, size_t i) : list_(list), i_(i) {}
    F& operator*() const { return (*list_)[i_]; }
    F* operator->() const { return &(*list_)[i_]; }
    Iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const Iterator& o) const { return i_ == o.i_; }
    bool operator!=(const Iterator& o) const { return i_ != o.i_; }

   private:
    L* list_;
    size_t i_;
  };
  using iterator = Iterator<Fact, FactList>;
  using const_iterator = Iterator<const Fact, const FactList>;
  iterator begin() { return iterator(this, 0); }
  iterator end() { return iterator(this, size()); }
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

 private:
  struct Where {
    uint32_t block;
    uint32_t offset;
  };
  void Reindex();

  std::vector<std::vector<Fact>> blocks_;
  std::vector<Where> index_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_FACT_LIST_H_
