#include "checker/fact_list.h"

#include <algorithm>
#include <numeric>
#include <utility>

namespace claimcheck {

FactList::FactList(std::vector<Fact> facts) { AddBlock(std::move(facts)); }

void FactList::AddBlock(std::vector<Fact> facts) {
  if (facts.empty()) return;
  const uint32_t block = static_cast<uint32_t>(blocks_.size());
  index_.reserve(index_.size() + facts.size());
  for (uint32_t k = 0; k < facts.size(); ++k) index_.push_back(Where{block, k});
  blocks_.push_back(std::move(facts));
}

void FactList::push_back(Fact f) {
  if (blocks_.empty()) blocks_.emplace_back();
  std::vector<Fact>& last = blocks_.back();
  index_.push_back(Where{static_cast<uint32_t>(blocks_.size() - 1), static_cast<uint32_t>(last.size())});
  last.push_back(std::move(f));
}

void FactList::Reindex() {
  index_.clear();
  for (uint32_t b = 0; b < blocks_.size(); ++b) {
    for (uint32_t k = 0; k < blocks_[b].size(); ++k) index_.push_back(Where{b, k});
  }
}

void FactList::Sort(const Less& less) {
  for (std::vector<Fact>& b : blocks_) std::sort(b.begin(), b.end(), less);
  std::vector<size_t> order(blocks_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return less(blocks_[a].front(), blocks_[b].front());
  });
  std::vector<std::vector<Fact>> sorted;
  sorted.reserve(blocks_.size());
  for (size_t b : order) sorted.push_back(std::move(blocks_[b]));  // moves the vectors only
  blocks_ = std::move(sorted);
  // Blocks that interleave (each sorted, but one starts before another ends) are merged;
  // a run of them becomes one block, sorted whole.
  std::vector<std::vector<Fact>> merged;
  for (std::vector<Fact>& b : blocks_) {
    if (!merged.empty() && less(b.front(), merged.back().back())) {
      std::vector<Fact>& m = merged.back();
      m.insert(m.end(), std::make_move_iterator(b.begin()), std::make_move_iterator(b.end()));
      std::vector<Fact>().swap(b);
      std::sort(m.begin(), m.end(), less);
    } else {
      merged.push_back(std::move(b));
    }
  }
  blocks_ = std::move(merged);
  Reindex();
}

}  // namespace claimcheck
