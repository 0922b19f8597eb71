#include "checker/word_set.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/tokenizer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// A word inserted is found by the hash the tokenizer keeps for its token; others are not.
TEST(WordSet, FindsInsertedWordsByTheTokenHash) {
  WordSet s{"yang", "di"};
  s.insert("lebih");
  TokenizedText t = Tokenize("Yang di lebih dari", {});
  ASSERT_EQ(t.tokens.size(), 4u);
  for (size_t i = 0; i < 3; ++i) EXPECT_TRUE(s.Contains(t.Lower(t.tokens[i]), t.HashAt(i))) << i;
  EXPECT_FALSE(s.Contains(t.Lower(t.tokens[3]), t.HashAt(3)));
  EXPECT_TRUE(s.contains("di"));
  EXPECT_EQ(s.size(), 3u);
}

// A word whose hash shares the filter's bit with a member is still told apart by the set.
TEST(WordSet, AFilterCollisionIsNoMember) {
  WordSet s;
  for (int i = 0; i < 500; ++i) s.insert(absl::StrCat("kata", i));
  int found = 0;
  for (int i = 0; i < 5000; ++i) {
    const std::string w = absl::StrCat("lain", i);
    found += s.Contains(w, absl::Hash<absl::string_view>{}(w));
  }
  EXPECT_EQ(found, 0);
  s.clear();
  EXPECT_FALSE(s.Contains("kata1", absl::Hash<absl::string_view>{}("kata1")));
  EXPECT_TRUE(s.empty());
}

}  // namespace
}  // namespace claimcheck
