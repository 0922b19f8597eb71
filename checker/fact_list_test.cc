#include "checker/fact_list.h"

#include <string>
#include <tuple>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Fact At(const std::string& article, uint32_t begin) {
  Fact f;
  f.article = article;
  f.span = Span{begin, begin + 1};
  return f;
}

bool ReportOrder(const Fact& a, const Fact& b) {
  return std::tie(a.article, a.span.begin) < std::tie(b.article, b.span.begin);
}

std::vector<std::string> Ids(const FactList& l) {
  std::vector<std::string> ids;
  for (const Fact& f : l) ids.push_back(f.id());
  return ids;
}

TEST(FactListTest, BlocksAreIndexedInOrder) {
  FactList l;
  l.AddBlock({At("b", 1), At("b", 5)});
  l.AddBlock({});
  l.AddBlock({At("a", 3)});
  l.push_back(At("a", 9));
  ASSERT_EQ(l.size(), 4u);
  EXPECT_EQ(l[0].id(), "b#1");
  EXPECT_EQ(l[2].id(), "a#3");
  EXPECT_EQ(l[3].id(), "a#9");
  l[3].article = "c";  // the list hands out the fact itself, not a copy
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"b#1", "b#5", "a#3", "c#9"}));
}

TEST(FactListTest, SortOrdersBlocksAndTheFactsInThem) {
  FactList l;
  l.AddBlock({At("c", 7), At("c", 2)});
  l.AddBlock({At("a", 4), At("a", 1)});
  l.AddBlock({At("b", 0)});
  l.Sort(ReportOrder);
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"a#1", "a#4", "b#0", "c#2", "c#7"}));
}

TEST(FactListTest, InterleavedBlocksAreMerged) {
  // Two articles with the same id: their facts interleave by offset, as one sort would.
  FactList l;
  l.AddBlock({At("x", 10), At("x", 30)});
  l.AddBlock({At("a", 1)});
  l.AddBlock({At("x", 20), At("x", 40)});
  l.AddBlock({At("z", 0)});
  l.Sort(ReportOrder);
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"a#1", "x#10", "x#20", "x#30", "x#40", "z#0"}));
  EXPECT_EQ(l[4].id(), "x#40");
}

TEST(FactListTest, AVectorIsOneBlock) {
  FactList l(std::vector<Fact>{At("a", 2), At("a", 1)});
  l.Sort(ReportOrder);
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"a#1", "a#2"}));
}

}  // namespace
}  // namespace claimcheck
