#include "checker/symbol.h"

#include <set>
#include <string>
#include <thread>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

TEST(SymbolTest, EqualTextsShareOneCopy) {
  std::string a = "kontainer";
  Symbol x = a;
  Symbol y = absl::string_view("kontainerX").substr(0, 9);
  EXPECT_EQ(x, y);
  EXPECT_EQ(&x.str(), &y.str());
  EXPECT_NE(x, Symbol("kontainers"));
}

TEST(SymbolTest, ComparesWithStrings) {
  Symbol s = "IDR";
  EXPECT_TRUE(s == "IDR");
  EXPECT_TRUE(s != "USD");
  EXPECT_TRUE(s == std::string("IDR"));
  EXPECT_TRUE(std::string("IDR") == s);
  EXPECT_TRUE(s == absl::string_view("IDR"));
  const std::string& ref = s;
  EXPECT_EQ(ref, "IDR");
  EXPECT_EQ(s.size(), 3u);
}

TEST(SymbolTest, DefaultIsEmpty) {
  Symbol s;
  EXPECT_TRUE(s.empty());
  EXPECT_EQ(s, Symbol(""));
  EXPECT_EQ(s.str(), "");
}

TEST(SymbolTest, OrdersByText) {
  std::set<std::string> texts = {"m", "IDR", "day", "count", ""};
  std::vector<Symbol> syms(texts.rbegin(), texts.rend());
  std::sort(syms.begin(), syms.end());
  std::vector<std::string> back(syms.begin(), syms.end());
  EXPECT_EQ(back, std::vector<std::string>(texts.begin(), texts.end()));
}

TEST(SymbolTest, ThreadsInternTheSameCopy) {
  // Each thread has its own cache in front of the shared table: every thread must get
  // the same pointer for the same text.
  std::vector<const std::string*> seen(4 * 200);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([t, &seen] {
      for (int i = 0; i < 200; ++i) seen[t * 200 + i] = &Symbol(absl::StrCat("w", i)).str();
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 1; t < 4; ++t) {
    for (int i = 0; i < 200; ++i) EXPECT_EQ(seen[t * 200 + i], seen[i]) << t << " " << i;
  }
}

}  // namespace
}  // namespace claimcheck
