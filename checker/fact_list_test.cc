#include "checker/fact_list.h"

#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

Fact At(const std::string& article, uint32_t begin) {
  Fact f;
  f.article = article;
  f.span = Span{begin, begin + 1};
  return f;
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
  EXPECT_EQ(l[0]->id(), "b#1");
  EXPECT_EQ(l[2]->id(), "a#3");
  EXPECT_EQ(l[3]->id(), "a#9");
  EXPECT_EQ(&l.resident(3), &*l[3]);  // the list hands out the fact itself, not a copy
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"b#1", "b#5", "a#3", "a#9"}));
}

std::shared_ptr<SpillFile> NewSpill() {
  absl::StatusOr<std::shared_ptr<SpillFile>> spill = SpillFile::Create();
  EXPECT_TRUE(spill.ok()) << spill.status();
  return *spill;
}

TEST(FactListTest, SpilledBlocksReadBackWithTheirNewArticleIds) {
  std::shared_ptr<SpillFile> spill = NewSpill();
  absl::StatusOr<SpillFile::Extent> x = spill->Append({At("old", 3), At("old", 8)});
  absl::StatusOr<SpillFile::Extent> none = spill->Append({});
  absl::StatusOr<SpillFile::Extent> y = spill->Append({At("y", 1)});
  ASSERT_TRUE(x.ok() && none.ok() && y.ok());
  ASSERT_TRUE(spill->Flush().ok());
  FactList l;
  l.AddBlock({At("a", 5)});
  l.AddSpilledBlock(spill, *x, "x");  // renamed, as a check renames clashing ids
  l.AddSpilledBlock(spill, *none, "n");  // no facts: no block
  l.AddSpilledBlock(spill, *y, "y");
  EXPECT_FALSE(l.all_resident());
  EXPECT_EQ(Ids(l), (std::vector<std::string>{"a#5", "x#3", "x#8", "y#1"}));
  ASSERT_EQ(l.blocks(), 3u);
  EXPECT_EQ(l.block_begin(1), 1u);
  EXPECT_EQ(l.block_begin(2), 3u);
  EXPECT_EQ(l.block_begin(3), 4u);
  ASSERT_EQ(l.CopyBlock(1).size(), 2u);
  EXPECT_EQ(l.CopyBlock(1)[1].id(), "x#8");
  EXPECT_EQ(l.resident(0).id(), "a#5");
  // Ids and articles without decoding, equal to the decoded facts'.
  for (size_t i = 0; i < l.size(); ++i) {
    EXPECT_EQ(l.id(i), l[i]->id());
    EXPECT_EQ(l.article(i), l[i]->article);
  }
}

TEST(FactListTest, AFactRefOutlivesItsBlocksEvictionFromTheCache) {
  // More blocks than the cache keeps: a FactRef held across the reads that evict its
  // block still reads its fact (under ASan, a dangling one would be caught).
  std::shared_ptr<SpillFile> spill = NewSpill();
  std::vector<SpillFile::Extent> extents;
  for (uint32_t k = 0; k < 200; ++k) {
    absl::StatusOr<SpillFile::Extent> e = spill->Append({At("b", k), At("b", k + 1000)});
    ASSERT_TRUE(e.ok());
    extents.push_back(*e);
  }
  ASSERT_TRUE(spill->Flush().ok());
  FactList l;
  for (uint32_t k = 0; k < 200; ++k) l.AddSpilledBlock(spill, extents[k], absl::StrCat("a", k));
  FactRef first = l[0];
  for (size_t i = l.size(); i-- > 0;) EXPECT_EQ(l[i]->article, absl::StrCat("a", i / 2));
  EXPECT_EQ(first->id(), "a0#0");
  EXPECT_EQ(l[399]->id(), "a199#1199");
}

TEST(FactListTest, ReadingWhatWasNotFlushedIsAnError) {
  std::shared_ptr<SpillFile> spill = NewSpill();
  absl::StatusOr<SpillFile::Extent> e = spill->Append({At("a", 1)});
  ASSERT_TRUE(e.ok());
  std::vector<Fact> out;
  EXPECT_EQ(spill->Read(*e, "a", &out).code(), absl::StatusCode::kFailedPrecondition);
  ASSERT_TRUE(spill->Flush().ok());
  ASSERT_TRUE(spill->Read(*e, "a", &out).ok());
  EXPECT_EQ(out.size(), 1u);
}

TEST(FactListTest, ASpillFileInAMissingDirectoryIsAnErrorNamingIt) {
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old != nullptr ? old : "";
  setenv("TMPDIR", "/nonexistent-claimcheck-dir", 1);
  absl::StatusOr<std::shared_ptr<SpillFile>> spill = SpillFile::Create();
  if (old != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
  ASSERT_FALSE(spill.ok());
  EXPECT_NE(spill.status().message().find("/nonexistent-claimcheck-dir"), std::string::npos);
}

}  // namespace
}  // namespace claimcheck
