#include "checker/hash_filter.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/tokenizer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Every word added is found by the hash the tokenizer keeps for it.
TEST(HashFilter, AddedWordsAreFoundByTheTokenHash) {
  HashFilter f;
  for (const char* w : {"juni", "kemarin", "rp", "-", "lebih"}) f.Add(w);
  TokenizedText t = Tokenize("Juni kemarin Rp - Lebih", {});
  ASSERT_EQ(t.tokens.size(), 5u);
  for (size_t i = 0; i < t.tokens.size(); ++i) EXPECT_TRUE(f.MayContain(t.HashAt(i))) << i;
}

// Other words mostly miss: with 100 words in 2,048 bits, about 5% may collide.
TEST(HashFilter, OtherWordsMostlyMiss) {
  HashFilter f;
  for (int i = 0; i < 100; ++i) f.Add(absl::StrCat("kata", i));
  int maybe = 0;
  for (int i = 0; i < 10000; ++i) {
    maybe += f.MayContain(absl::Hash<absl::string_view>{}(absl::StrCat("lain", i)));
  }
  EXPECT_LT(maybe, 1500);
  EXPECT_FALSE(HashFilter().MayContain(absl::Hash<absl::string_view>{}("kata1")));
}

}  // namespace
}  // namespace claimcheck
