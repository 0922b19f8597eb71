// A set of words kept as one bit per word hash: the hash TokenizedText keeps for each
// token (absl::Hash<absl::string_view> of its lower-cased text). A clear bit says a
// word is not in the set without probing a hash map; a set bit says "maybe" (a Bloom
// filter with one hash function), and the caller asks the map. Most tokens of a text
// start no lexicon form, no number and no date, so most lookups stop at the bit.
//
//   HashFilter f;
//   f.Add("juni");
//   if (f.MayContain(t.HashAt(i))) { ...look the word up... }
//
// Thread-safe after construction (const only).
#ifndef CLAIMCHECK_CHECKER_HASH_FILTER_H_
#define CLAIMCHECK_CHECKER_HASH_FILTER_H_

#include <array>
#include <cstddef>
#include <cstdint>

#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class HashFilter {
 public:
  void Add(absl::string_view word) {
    const size_t bit = Bit(absl::Hash<absl::string_view>{}(word));
    bits_[bit / 64] |= uint64_t{1} << (bit % 64);
  }
  // False only when no word added has this hash's bit.
  bool MayContain(size_t hash) const {
    const size_t bit = Bit(hash);
    return (bits_[bit / 64] >> (bit % 64) & 1) != 0;
  }

 private:
  static constexpr size_t kBits = 2048;
  static size_t Bit(size_t hash) { return (hash ^ (hash >> 32)) % kBits; }
  std::array<uint64_t, kBits / 64> bits_{};
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_HASH_FILTER_H_
