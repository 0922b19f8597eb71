#include "checker/word_list.h"

#include <algorithm>
#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<std::string> Words(const WordList& w) { return w.ToVector(); }

TEST(WordListTest, KeepsWordsInOrder) {
  WordList w(std::vector<std::string>{"warga", "banjir", "", "air bah"});
  EXPECT_EQ(w.size(), 4u);
  EXPECT_FALSE(w.empty());
  EXPECT_EQ(Words(w), (std::vector<std::string>{"warga", "banjir", "", "air bah"}));
  EXPECT_EQ(w[0], "warga");
  EXPECT_EQ(w[2], "");
  EXPECT_EQ(w[3], "air bah");
}

TEST(WordListTest, Empty) {
  WordList w;
  EXPECT_TRUE(w.empty());
  EXPECT_EQ(w.size(), 0u);
  EXPECT_TRUE(w.begin() == w.end());
  EXPECT_EQ(w, WordList(std::vector<std::string>{}));
}

TEST(WordListTest, PushBackAppends) {
  WordList w{"count.noun", "number.digits"};
  w.push_back("hedge.lebih_dari");
  EXPECT_EQ(Words(w),
            (std::vector<std::string>{"count.noun", "number.digits", "hedge.lebih_dari"}));
  EXPECT_EQ(w.size(), 3u);
}

TEST(WordListTest, BinarySearchOnSortedWords) {
  WordList w{"air", "banjir", "rumah", "warga"};
  for (const char* s : {"air", "banjir", "rumah", "warga"}) {
    EXPECT_TRUE(std::binary_search(w.begin(), w.end(), absl::string_view(s))) << s;
  }
  for (const char* s : {"", "a", "bandar", "zebra", "warg"}) {
    EXPECT_FALSE(std::binary_search(w.begin(), w.end(), absl::string_view(s))) << s;
  }
}

TEST(WordListTest, EqualityComparesWordsNotJustBytes) {
  EXPECT_EQ((WordList{"ab", "c"}), (WordList{"ab", "c"}));
  EXPECT_NE((WordList{"ab", "c"}), (WordList{"a", "bc"}));
  EXPECT_NE((WordList{"ab"}), (WordList{"ab", ""}));
}

TEST(WordListTest, ANulEndsAWord) {
  WordList w{absl::string_view("ab\0cd", 5), "e"};
  EXPECT_EQ(Words(w), (std::vector<std::string>{"ab", "e"}));
}

TEST(WordListTest, CopiesAreDeep) {
  WordList a{"satu", "dua"};
  WordList b = a;
  a.push_back("tiga");
  EXPECT_EQ(b.size(), 2u);
  EXPECT_EQ(Words(b), (std::vector<std::string>{"satu", "dua"}));
}

}  // namespace
}  // namespace claimcheck
