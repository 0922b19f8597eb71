#include "checker/lexicon.h"

#include "checker/tokenizer.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The longest form starting at a token is its match; a form ending at a token is found
// even when a longer form starts at that form's first token ("than" of "than in", ending
// before "in November").
TEST(Lexicon, FindsTheFormEndingAtATokenBesideALongerOne) {
  Lexicon<int> lex;
  ASSERT_TRUE(lex.Add("than", 1));
  ASSERT_TRUE(lex.Add("than in", 2));
  ASSERT_FALSE(lex.Add("Than", 3));  // already present
  TokenizedText t = Tokenize("faster than in November", {});
  ASSERT_EQ(t.tokens.size(), 4u);
  auto at = lex.MatchAt(t, 1);
  ASSERT_TRUE(at);
  EXPECT_EQ(*at->value, 2);
  EXPECT_EQ(at->end, 3u);
  auto ending = lex.MatchEndingAt(t, 2);
  ASSERT_TRUE(ending);
  EXPECT_EQ(*ending->value, 1);
  EXPECT_EQ(ending->begin, 1u);
  ending = lex.MatchEndingAt(t, 3);
  ASSERT_TRUE(ending);
  EXPECT_EQ(*ending->value, 2);
  EXPECT_FALSE(lex.MatchEndingAt(t, 4));
  EXPECT_FALSE(lex.MatchEndingAt(t, 0));
}

}  // namespace
}  // namespace claimcheck
