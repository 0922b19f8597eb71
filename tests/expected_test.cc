// Checks the checker against what a careful fact-checker reads out of each fixture story:
// every story folder under fixtures/ with an expected.json (the seeds' is the project's
// brief; the others were written with their stories) is run through the whole check.
//
// must_find: a finding with the stated verdict between facts overlapping both spans
// (and, where given, the extracted value, bound and unit of each side). An article that
// states one claim twice ("hanya tiga orang yang ditangkap" ... "Yang ditangkap itu tiga
// orang," ujar X) may be lined up through either passage: a side is also met by a fact
// of its article that restates the figure of a fact overlapping its span (same kind,
// unit, value, bound, head and qualifier).
// must_not_contradict: no contradiction between facts overlapping the two spans.
// Every contradiction reported must be intended: between the two sides of a must_find
// contradiction, or between passages the expected file says agree with those sides
// (a says 30 m, b says 50 m, c agrees with a: b vs c is the same contradiction).
//
// A story whose expected.json has "gaps" (a sentence naming what the checker does not
// yet get right) is measured, not gated: its misses are printed, and the totals over all
// measured stories must stay at or above the floors below, which are the measured rates
// (raise them as the checker improves; never lower them to pass).
#include <dirent.h>
#include <sys/stat.h>

#include <cmath>
#include <fstream>
#include <functional>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/cli.h"
#include "checker/report.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Exists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}

// Story folders: fixtures/seeds and fixtures/stories/*.
std::vector<std::string> StoryDirs() {
  std::vector<std::string> out;
  if (Exists("fixtures/seeds/expected.json")) out.push_back("fixtures/seeds");
  if (DIR* d = opendir("fixtures/stories")) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name[0] == '.') continue;
      std::string dir = "fixtures/stories/" + name;
      if (Exists(dir + "/expected.json")) out.push_back(dir);
    }
    closedir(d);
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string Stem(const std::string& file) {
  size_t dot = file.rfind('.');
  return dot == std::string::npos ? file : file.substr(0, dot);
}

struct Side {
  std::string article;  // id
  Span span;
  nlohmann::json spec;
};

// Floors over the measured stories (see the top of the file).
// 49/54 on 2026-12-03 (afternoon): 30/33 Indonesian, 19/21 port-warehouse-fire. The
// floor was 0.92 over 76/82 until quake-toll-en found all 28 of its pairs and became a
// gated story (every pair required): the stories left measured are the harder ones.
constexpr double kMeasuredRecallFloor = 0.90;
constexpr int kMeasuredWrongContradictionsCeiling = 0;

// What one story's check got right and wrong against its expected.json.
struct StoryResult {
  int found = 0, total = 0;
  int wrong_contradictions = 0;  // must_not_contradict hits + unintended contradictions
  std::vector<std::string> problems;
};

class Story {
 public:
  explicit Story(std::string dir) : dir_(std::move(dir)) {
    expected_ = nlohmann::json::parse(ReadFile(dir_ + "/expected.json"));
    CliOptions opt;
    opt.rules_dir = "rules";
    opt.inputs = {dir_};
    opt.jobs = 1;
    std::stringstream err;
    absl::StatusOr<Report> r = BuildReport(opt, err);
    if (!r.ok()) {
      error_ = std::string(r.status().message());
      return;
    }
    report_ = std::move(*r);
  }

  const std::string& error() const { return error_; }
  bool measured() const { return expected_.contains("gaps"); }

  StoryResult Evaluate() {
    StoryResult res;
    MustFind(&res);
    MustNotContradict(&res);
    ContradictionsAreIntended(&res);
    return res;
  }

 private:
  // Locates a side's span in its article's text.
  bool Locate(const nlohmann::json& side, Side* out, StoryResult* res) {
    std::string file = side["article"].get<std::string>();
    std::string text = ReadFile(dir_ + "/" + file);
    std::string span = side["span"].get<std::string>();
    size_t pos = text.find(span);
    if (pos == std::string::npos) {
      res->problems.push_back(absl::StrCat(dir_, "/", file, ": expected span not in the article: ", span));
      return false;
    }
    out->article = Stem(file);
    out->span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + span.size())};
    out->spec = side;
    return true;
  }

  bool Covers(const Fact& f, const Side& s) const {
    return f.article == s.article && f.span.Overlaps(s.span);
  }

  static bool SameClaim(const Fact& x, const Fact& y) {
    return x.article == y.article && x.kind == y.kind && x.unit == y.unit &&
           x.value == y.value && x.high == y.high && x.bound == y.bound &&
           x.date_from == y.date_from && x.date_to == y.date_to &&
           x.measures.head == y.measures.head && x.measures.qualifier == y.measures.qualifier;
  }

  // Covers the side, or restates in its article a fact that covers it.
  bool Restates(const Fact& f, const Side& s) const {
    if (Covers(f, s)) return true;
    if (f.article != s.article) return false;
    for (const Fact& g : report_.facts) {
      if (Covers(g, s) && SameClaim(f, g)) return true;
    }
    return false;
  }

  // Value check for a side that states value/bound/unit (the seeds' brief does).
  void CheckValue(const Side& s, StoryResult* res) {
    const nlohmann::json& spec = s.spec;
    if (!spec.contains("value") && !spec.contains("date") && !spec.contains("from")) return;
    bool found = false;
    std::string seen;
    for (const Fact& f : report_.facts) {
      if (!Covers(f, s)) continue;
      absl::StrAppend(&seen, "\n  ", FactToJson(f).dump());
      if (spec.contains("date")) {
        found |= f.date_from.str() == spec["date"].get<std::string>();
      } else if (spec.contains("from")) {
        found |= f.date_from.str() == spec["from"].get<std::string>() &&
                 f.date_to.str() == spec["to"].get<std::string>();
      } else {
        double want = spec["value"].get<double>();
        std::string unit = spec.value("unit", "");
        double got = f.value;
        if (unit == "year" && f.dimension == "duration") got = f.value / 365.2425;
        if (unit == "day" && f.dimension == "duration") got = f.value;
        if (unit == "year" && f.dimension == "date") got = f.surface_value;
        bool ok = std::abs(got - want) <= 1e-6 * std::max(1.0, std::abs(want));
        if (spec.contains("bound")) ok &= std::string(BoundName(f.bound)) == spec["bound"];
        if (unit == "m") ok &= f.unit == "m";
        found |= ok;
      }
    }
    if (!found) {
      res->problems.push_back(absl::StrCat(dir_, "/", s.article, ": no fact with ", spec.dump(),
                                           "; facts there:", seen));
    }
  }

  void MustFind(StoryResult* res) {
    for (const auto& item : expected_.value("must_find", nlohmann::json::array())) {
      Side a, b;
      if (!Locate(item["a"], &a, res) || !Locate(item["b"], &b, res)) continue;
      ++res->total;
      CheckValue(a, res);
      CheckValue(b, res);
      std::string verdict = item["verdict"].get<std::string>();
      std::string seen;
      bool ok = false;
      for (const Finding& f : report_.findings) {
        const FactRef fa_ref = report_.facts[f.a];
        const Fact& fa = *fa_ref;
        const FactRef fb_ref = report_.facts[f.b];
        const Fact& fb = *fb_ref;
        if ((Restates(fa, a) && Restates(fb, b)) || (Restates(fa, b) && Restates(fb, a))) {
          absl::StrAppend(&seen, " ", VerdictName(f.verdict), " (", f.explanation, ")");
          ok |= VerdictName(f.verdict) == verdict;
        }
      }
      res->found += ok;
      if (!ok) {
        res->problems.push_back(absl::StrCat(
            dir_, ": must_find '", item["id"].get<std::string>(), "' (", verdict, "): ",
            item["a"]["span"].dump(), " vs ", item["b"]["span"].dump(),
            "; found:", seen.empty() ? " nothing" : seen));
      }
    }
  }

  void MustNotContradict(StoryResult* res) {
    for (const auto& item : expected_.value("must_not_contradict", nlohmann::json::array())) {
      Side a, b;
      if (!Locate(item["a"], &a, res) || !Locate(item["b"], &b, res)) continue;
      for (const Finding& f : report_.findings) {
        if (f.verdict != Verdict::kContradict) continue;
        const FactRef fa_ref = report_.facts[f.a];
        const Fact& fa = *fa_ref;
        const FactRef fb_ref = report_.facts[f.b];
        const Fact& fb = *fb_ref;
        if ((Covers(fa, a) && Covers(fb, b)) || (Covers(fa, b) && Covers(fb, a))) {
          ++res->wrong_contradictions;
          res->problems.push_back(absl::StrCat(dir_, ": must_not_contradict '",
                                               item["id"].get<std::string>(),
                                               "' reported as a contradiction: ", f.explanation));
        }
      }
    }
  }

  // Precision: every contradiction reported is one the story intends.
  void ContradictionsAreIntended(StoryResult* res) {
    // Sides joined by an expected agreement state the same claim.
    std::vector<Side> sides;
    std::vector<size_t> parent;
    std::function<size_t(size_t)> find = [&](size_t x) {
      return parent[x] == x ? x : parent[x] = find(parent[x]);
    };
    // The same passage named by several items is one node.
    auto add = [&](const Side& s) {
      sides.push_back(s);
      parent.push_back(parent.size());
      size_t me = sides.size() - 1;
      for (size_t i = 0; i < me; ++i) {
        if (sides[i].article == s.article && sides[i].span.Overlaps(s.span)) {
          parent[find(i)] = find(me);
        }
      }
      return me;
    };
    std::vector<std::pair<size_t, size_t>> contradictions;
    for (const auto& item : expected_.value("must_find", nlohmann::json::array())) {
      Side a, b;
      if (!Locate(item["a"], &a, res) || !Locate(item["b"], &b, res)) continue;
      size_t ia = add(a), ib = add(b);
      if (item["verdict"] == "agree") parent[find(ia)] = find(ib);
      if (item["verdict"] == "contradict") contradictions.push_back({ia, ib});
    }
    auto in_claim = [&](const Fact& f, size_t side) {
      for (size_t i = 0; i < sides.size(); ++i) {
        if (find(i) == find(side) && Covers(f, sides[i])) return true;
      }
      return false;
    };
    for (const Finding& f : report_.findings) {
      if (f.verdict != Verdict::kContradict) continue;
      const FactRef fa_ref = report_.facts[f.a];
      const Fact& fa = *fa_ref;
      const FactRef fb_ref = report_.facts[f.b];
      const Fact& fb = *fb_ref;
      bool intended = false;
      for (const auto& [x, y] : contradictions) {
        intended |= (in_claim(fa, x) && in_claim(fb, y)) || (in_claim(fa, y) && in_claim(fb, x));
      }
      if (!intended) {
        ++res->wrong_contradictions;
        res->problems.push_back(absl::StrCat(dir_, ": unexpected contradiction ", f.id, ": \"",
                                             fa.text, "\" (", fa.article, ") vs \"", fb.text,
                                             "\" (", fb.article, "): ", f.explanation));
      }
    }
  }

  std::string dir_;
  std::string error_;
  nlohmann::json expected_;
  Report report_;
};

class StoryTest : public ::testing::TestWithParam<std::string> {};

// A gated story passes entirely; a measured one prints what it misses.
TEST_P(StoryTest, MatchesExpected) {
  Story story(GetParam());
  ASSERT_TRUE(story.error().empty()) << story.error();
  StoryResult r = story.Evaluate();
  std::cout << GetParam() << (story.measured() ? " (measured)" : "") << ": must_find " << r.found
            << "/" << r.total << ", wrong contradictions " << r.wrong_contradictions << "\n";
  for (const std::string& p : r.problems) {
    if (story.measured()) {
      std::cout << "  gap: " << p << "\n";
    } else {
      ADD_FAILURE() << p;
    }
  }
}

// report.json is written as a stream; it must be byte for byte the tree laid out as
// WriteReportJson promises: dump(1), each array element compact on a line of its own.
std::string ReportLayout(const nlohmann::json& tree) {
  auto dump = [](const nlohmann::json& v, int indent) {
    return v.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  std::string want = "{\n";
  bool first = true;
  for (const auto& [key, value] : tree.items()) {
    want += first ? " \"" : ",\n \"";
    first = false;
    want += key + "\": ";
    if (!value.is_array()) {
      for (char c : dump(value, 1)) {  // one level deeper
        want += c;
        if (c == '\n') want += ' ';
      }
    } else if (value.empty()) {
      want += "[]";
    } else {
      want += "[\n";
      for (size_t i = 0; i < value.size(); ++i) {
        want += "  " + dump(value[i], -1) + (i + 1 < value.size() ? ",\n" : "\n");
      }
      want += " ]";
    }
  }
  return want + "\n}\n";
}

TEST_P(StoryTest, StreamedReportJsonIsTheTreeLaidOut) {
  CliOptions opt;
  opt.rules_dir = "rules";
  opt.inputs = {GetParam()};
  opt.jobs = 1;
  std::stringstream err;
  absl::StatusOr<Report> r = BuildReport(opt, err);
  ASSERT_TRUE(r.ok()) << r.status();
  std::string streamed;
  WriteReportJson(*r, [&](absl::string_view piece) { streamed.append(piece.data(), piece.size()); });
  const nlohmann::json tree = ReportToJson(*r);
  ASSERT_FALSE(tree.at("facts").empty());
  EXPECT_EQ(streamed, ReportLayout(tree));
}

INSTANTIATE_TEST_SUITE_P(Fixtures, StoryTest, ::testing::ValuesIn(StoryDirs()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

TEST(MeasuredStories, StayAboveTheFloors) {
  int found = 0, total = 0, wrong = 0, stories = 0;
  for (const std::string& dir : StoryDirs()) {
    Story story(dir);
    if (!story.measured()) continue;
    ASSERT_TRUE(story.error().empty()) << story.error();
    StoryResult r = story.Evaluate();
    found += r.found;
    total += r.total;
    wrong += r.wrong_contradictions;
    ++stories;
  }
  if (stories == 0) GTEST_SKIP() << "no measured stories";
  double recall = static_cast<double>(found) / total;
  std::cout << "measured stories: " << stories << ", must_find " << found << "/" << total << " ("
            << recall << "), wrong contradictions " << wrong << "\n";
  EXPECT_GE(recall, kMeasuredRecallFloor);
  EXPECT_LE(wrong, kMeasuredWrongContradictionsCeiling);
}

}  // namespace
}  // namespace claimcheck
