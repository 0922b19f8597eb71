#include "checker/article_reader.h"

#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/status_matchers.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The first bytes of a PNG file.
constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";

using ::claimcheck::testing::StatusIs;
using ::testing::HasSubstr;

class ArticleReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TEST_TMPDIR");
    dir_ = absl::StrCat(tmp ? tmp : "/tmp", "/reader_",
                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    mkdir(dir_.c_str(), 0755);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::string p = absl::StrCat(dir_, "/", name);
    size_t slash = p.rfind('/');
    mkdir(p.substr(0, slash).c_str(), 0755);
    std::ofstream(p, std::ios::binary) << content;
    return p;
  }
  absl::Status Read(const std::vector<std::string>& inputs, ReadOptions o = {}) {
    articles_.clear();
    warnings_.clear();
    return ReadArticles(
        inputs, o,
        [&](Article a) {
          articles_.push_back(std::move(a));
          return absl::OkStatus();
        },
        [&](const std::string& w) { warnings_.push_back(w); });
  }
  std::string dir_;
  std::vector<Article> articles_;
  std::vector<std::string> warnings_;
};

TEST_F(ArticleReaderTest, TextWithSidecar) {
  std::string p = Write("a.txt", "Sebanyak 1.000 kontainer.");
  Write("a.json", R"({"outlet": "VOA", "published": "2023-10-18", "lang": "id", "url": "https://x", "title": "T"})");
  ASSERT_TRUE(Read({p}).ok());
  ASSERT_EQ(articles_.size(), 1u);
  const Article& a = articles_[0];
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(a.path, p);
  EXPECT_EQ(a.outlet, "VOA");
  EXPECT_EQ(a.url, "https://x");
  EXPECT_EQ(a.title, "T");
  EXPECT_EQ(a.lang, "id");
  ASSERT_TRUE(a.published.has_value());
  EXPECT_EQ(*a.published, absl::CivilDay(2023, 10, 18));
  EXPECT_EQ(a.text, "Sebanyak 1.000 kontainer.");
}

TEST_F(ArticleReaderTest, ScraperFieldNames) {
  std::string p = Write("n.json", R"({"hostname": "kompas.example", "date_publish": "2024-03-04 10:00:00",
                                      "maintext": "Banjir.", "language": "id-ID"})");
  ASSERT_TRUE(Read({p}).ok());
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].outlet, "kompas.example");
  EXPECT_EQ(*articles_[0].published, absl::CivilDay(2024, 3, 4));
  EXPECT_EQ(articles_[0].text, "Banjir.");
  EXPECT_EQ(articles_[0].lang, "id");
  p = Write("m.json", R"({"source": "S", "date": "2024-03-05T01:02:03Z", "body": "Gempa."})");
  ASSERT_TRUE(Read({p}).ok());
  EXPECT_EQ(articles_[0].outlet, "S");
  EXPECT_EQ(articles_[0].text, "Gempa.");
}

TEST_F(ArticleReaderTest, DirectoryIsWalkedSortedSkippingSidecarsAndProjectFiles) {
  Write("story/b.txt", "Dua.");
  Write("story/a.txt", "Satu.");
  Write("story/a.json", R"({"outlet": "A"})");
  Write("story/expected.json", "{}");
  Write("story/reviews.json", "{}");
  Write("story/.hidden.txt", "x");
  Write("story/notes.md", "x");
  Write("story/sub/c.json", R"({"text": "Tiga."})");
  ASSERT_TRUE(Read({dir_ + "/story"}).ok());
  ASSERT_EQ(articles_.size(), 3u);
  EXPECT_EQ(articles_[0].id, "a");
  EXPECT_EQ(articles_[0].outlet, "A");
  EXPECT_EQ(articles_[1].id, "b");
  EXPECT_EQ(articles_[2].id, "c");
}

TEST_F(ArticleReaderTest, JsonLinesNameTheLine) {
  std::string p = Write("s.jsonl", "{\"id\": \"x1\", \"text\": \"Satu.\"}\n\n{bad\n{\"text\": \"Tiga.\"}\n");
  EXPECT_THAT(Read({p}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("s.jsonl:3: invalid JSON")));
  ReadOptions o;
  o.keep_going = true;
  ASSERT_TRUE(Read({p}, o).ok());
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].id, "x1");
  EXPECT_EQ(articles_[1].id, "s:4");
  ASSERT_EQ(warnings_.size(), 1u);
  EXPECT_THAT(warnings_[0], HasSubstr("s.jsonl:3"));
}

TEST_F(ArticleReaderTest, ErrorsNameTheFile) {
  EXPECT_THAT(Read({dir_ + "/missing.txt"}),
              StatusIs(absl::StatusCode::kNotFound, HasSubstr("missing.txt: no such file")));
  std::string empty_dir = dir_ + "/empty";
  mkdir(empty_dir.c_str(), 0755);
  EXPECT_THAT(Read({empty_dir}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no articles found")));
  std::string bin = Write("x.txt", std::string(kPng, sizeof(kPng) - 1));
  EXPECT_THAT(Read({bin}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("x.txt: looks like a binary file")));
  std::string t = Write("w.txt", "Teks.");
  Write("w.json", R"({"published": 5})");
  EXPECT_THAT(Read({t}), StatusIs(absl::StatusCode::kInvalidArgument,
                                  HasSubstr("w.json: 'published' must be a string, not number")));
  Write("w.json", R"({"published": "2023-02-30"})");
  EXPECT_THAT(Read({t}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("w.json: published date")));
  Write("w.json", "{\n  \"outlet\": \n}");
  EXPECT_THAT(Read({t}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("w.json:3:1: invalid JSON")));
  std::string nt = Write("nt.json", R"({"title": "no text"})");
  EXPECT_THAT(Read({nt}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("nt.json: no article text")));
}

TEST_F(ArticleReaderTest, EmptyAndOversizedArticlesAreSkippedWithAWarning) {
  std::string e = Write("e.txt", "  \n");
  std::string big = Write("big.txt", std::string(5000, 'a'));
  std::string ok = Write("ok.txt", "Isi.");
  ReadOptions o;
  o.max_article_bytes = 1000;
  ASSERT_TRUE(Read({e, big, ok}, o).ok());
  ASSERT_EQ(articles_.size(), 1u);
  ASSERT_EQ(warnings_.size(), 2u);
  EXPECT_THAT(warnings_[0], HasSubstr("e.txt: empty article"));
  EXPECT_THAT(warnings_[1], HasSubstr("big.txt: larger than --max-article-bytes=1000"));
  EXPECT_THAT(Read({e}), StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("no usable articles")));
}

TEST_F(ArticleReaderTest, InvalidUtf8IsRepairedInPlaceWithAWarning) {
  std::string p = Write("u.txt", std::string("caf\xe9 1.000 kontainer\0.", 22));
  ASSERT_TRUE(Read({p}).ok());
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].text.size(), 22u);
  EXPECT_EQ(articles_[0].text, "caf? 1.000 kontainer .");
  EXPECT_EQ(warnings_.size(), 2u);
}

TEST_F(ArticleReaderTest, KeepGoingSkipsBadFilesButStillNeedsOneArticle) {
  std::string bad = Write("bad.json", "{");
  std::string ok = Write("ok.txt", "Isi.");
  ReadOptions o;
  o.keep_going = true;
  ASSERT_TRUE(Read({bad, dir_ + "/nope.txt", ok}, o).ok());
  EXPECT_EQ(articles_.size(), 1u);
  EXPECT_EQ(warnings_.size(), 2u);
}

TEST(ParsePublished, AcceptsDatesWithTimesAndRejectsImpossibleDays) {
  EXPECT_EQ(*ParsePublished("2023-10-18"), absl::CivilDay(2023, 10, 18));
  EXPECT_EQ(*ParsePublished("2023-10-18T23:30:00+07:00"), absl::CivilDay(2023, 10, 18));
  EXPECT_EQ(*ParsePublished(" 2024-02-29 08:00"), absl::CivilDay(2024, 2, 29));
  EXPECT_FALSE(ParsePublished("2023-02-29").ok());
  EXPECT_FALSE(ParsePublished("18/10/2023").ok());
  EXPECT_FALSE(ParsePublished("2023-10-18x").ok());
  EXPECT_FALSE(ParsePublished("").ok());
}

}  // namespace
}  // namespace claimcheck
