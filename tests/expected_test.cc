// Checks the checker against what a careful fact-checker reads out of each fixture story:
// every story folder under fixtures/ with an expected.json (the seeds' is the project's
// brief; the others were written with their stories) is run through the whole check.
//
// must_find: a finding with the stated verdict between facts overlapping both spans
// (and, where given, the extracted value, bound and unit of each side).
// must_not_contradict: no contradiction between facts overlapping the two spans.
#include <dirent.h>
#include <sys/stat.h>

#include <cmath>
#include <fstream>
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

class StoryTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    dir_ = GetParam();
    expected_ = nlohmann::json::parse(ReadFile(dir_ + "/expected.json"));
    CliOptions opt;
    opt.rules_dir = "rules";
    opt.inputs = {dir_};
    opt.jobs = 1;
    std::stringstream err;
    absl::StatusOr<Report> r = BuildReport(opt, err);
    ASSERT_TRUE(r.ok()) << r.status();
    report_ = std::move(*r);
  }

  // Locates a side's span in its article's text.
  bool Locate(const nlohmann::json& side, Side* out) {
    std::string file = side["article"].get<std::string>();
    std::string text = ReadFile(dir_ + "/" + file);
    std::string span = side["span"].get<std::string>();
    size_t pos = text.find(span);
    if (pos == std::string::npos) {
      ADD_FAILURE() << dir_ << "/" << file << ": expected span not in the article: " << span;
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

  // Value check for a side that states value/bound/unit (the seeds' brief does).
  void CheckValue(const Side& s) {
    const nlohmann::json& spec = s.spec;
    if (!spec.contains("value") && !spec.contains("date") && !spec.contains("from")) return;
    bool found = false;
    std::string seen;
    for (const Fact& f : report_.facts) {
      if (!Covers(f, s)) continue;
      absl::StrAppend(&seen, "\n  ", FactToJson(f).dump());
      if (spec.contains("date")) {
        found |= f.date_from == spec["date"].get<std::string>();
      } else if (spec.contains("from")) {
        found |= f.date_from == spec["from"].get<std::string>() &&
                 f.date_to == spec["to"].get<std::string>();
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
    EXPECT_TRUE(found) << dir_ << "/" << s.article << ": no fact with " << spec.dump()
                       << "; facts there:" << seen;
  }

  std::string dir_;
  nlohmann::json expected_;
  Report report_;
};

TEST_P(StoryTest, MustFind) {
  int found = 0, total = 0;
  for (const auto& item : expected_.value("must_find", nlohmann::json::array())) {
    Side a, b;
    if (!Locate(item["a"], &a) || !Locate(item["b"], &b)) continue;
    ++total;
    CheckValue(a);
    CheckValue(b);
    std::string verdict = item["verdict"].get<std::string>();
    std::string seen;
    bool ok = false;
    for (const Finding& f : report_.findings) {
      const Fact& fa = report_.facts[f.a];
      const Fact& fb = report_.facts[f.b];
      if ((Covers(fa, a) && Covers(fb, b)) || (Covers(fa, b) && Covers(fb, a))) {
        absl::StrAppend(&seen, " ", VerdictName(f.verdict), " (", f.explanation, ")");
        ok |= VerdictName(f.verdict) == verdict;
      }
    }
    found += ok;
    EXPECT_TRUE(ok) << dir_ << ": must_find '" << item["id"].get<std::string>() << "' ("
                    << verdict << "): " << item["a"]["span"] << " vs " << item["b"]["span"]
                    << "; found:" << (seen.empty() ? " nothing" : seen);
  }
  std::cout << dir_ << ": must_find " << found << "/" << total << "\n";
}

TEST_P(StoryTest, MustNotContradict) {
  for (const auto& item : expected_.value("must_not_contradict", nlohmann::json::array())) {
    Side a, b;
    if (!Locate(item["a"], &a) || !Locate(item["b"], &b)) continue;
    for (const Finding& f : report_.findings) {
      if (f.verdict != Verdict::kContradict) continue;
      const Fact& fa = report_.facts[f.a];
      const Fact& fb = report_.facts[f.b];
      bool hit = (Covers(fa, a) && Covers(fb, b)) || (Covers(fa, b) && Covers(fb, a));
      EXPECT_FALSE(hit) << dir_ << ": must_not_contradict '" << item["id"].get<std::string>()
                        << "' reported as a contradiction: " << f.explanation;
    }
  }
}

// Precision on the fixtures: every contradiction reported is one the story intends.
TEST_P(StoryTest, ContradictionsAreAllExpected) {
  std::vector<std::pair<Side, Side>> expected;
  for (const auto& item : expected_.value("must_find", nlohmann::json::array())) {
    if (item["verdict"] != "contradict") continue;
    Side a, b;
    if (Locate(item["a"], &a) && Locate(item["b"], &b)) expected.push_back({a, b});
  }
  for (const Finding& f : report_.findings) {
    if (f.verdict != Verdict::kContradict) continue;
    const Fact& fa = report_.facts[f.a];
    const Fact& fb = report_.facts[f.b];
    bool intended = false;
    for (const auto& [a, b] : expected) {
      intended |= (Covers(fa, a) && Covers(fb, b)) || (Covers(fa, b) && Covers(fb, a));
    }
    EXPECT_TRUE(intended) << dir_ << ": unexpected contradiction " << f.id << ": \"" << fa.text
                          << "\" (" << fa.article << ") vs \"" << fb.text << "\" ("
                          << fb.article << "): " << f.explanation;
  }
}

INSTANTIATE_TEST_SUITE_P(Fixtures, StoryTest, ::testing::ValuesIn(StoryDirs()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return n;
                         });

}  // namespace
}  // namespace claimcheck
