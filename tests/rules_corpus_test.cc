// Runs every rule pack's example corpus (rules/<lang>/corpus.jsonl) as a test.
//
// A corpus line: {"rule": NAME, "text": ..., "published": "YYYY-MM-DD"?,
//                 "expect": {fields} | null}
// Positive (expect is an object): some fact of the text was produced with NAME among
// its rules and matches every given field (kind, value, low, high, unit, bound, head,
// qualifier, entities, date_from, date_to, time_from, clock, attributed_to, text, caption,
// negated, precision; context / context_lacks: a word its context words hold / lack).
// Negative (expect null):
// no fact of the text fired NAME. Furniture and caption rules are checked on the
// cleaner's line classification instead. Every rule the pack declares, and every rule
// the extractor records, must have at least one positive and one negative example.
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/time/civil_time.h"
#include "checker/cleaner.h"
#include "checker/date_parser.h"
#include "checker/extractor.h"
#include "checker/rule_pack.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

// Whether the rule fired on the fact, as its own rule or among those it records.
bool RuleFired(const Fact& f, const std::string& rule) {
  for (absl::string_view r : f.rules) {
    if (r == rule) return true;
  }
  return f.rule == rule;
}

// Compares one expected field with the fact; returns an empty string when it matches.
std::string Mismatch(const Fact& f, const std::string& key, const nlohmann::json& want) {
  nlohmann::json got = FactToJson(f);
  nlohmann::json value;
  if (key == "context" || key == "context_lacks") {
    const nlohmann::json& words = got["measures"]["context"];
    const bool has = std::find(words.begin(), words.end(), want) != words.end();
    if (has == (key == "context")) return "";
    return absl::StrCat("context=", words.dump(), (has ? " (holds " : " (lacks "), want.dump(), ")");
  }
  if (key == "head" || key == "qualifier" || key == "entities" || key == "place" || key == "scope") {
    value = got["measures"][key];
  } else if (key == "date_from" || key == "date_to") {
    value = f.kind == FactKind::kDate || f.kind == FactKind::kDateRange
                ? nlohmann::json(key == "date_from" ? f.date_from.str() : f.date_to.str())
                : nlohmann::json(nullptr);
  } else if (key == "time_from" || key == "clock" || key == "zone") {
    // When the fact's event or count happened: "YYYY-MM-DD", "HH:MM" and the zone's
    // minutes east of UTC, null when none.
    const nlohmann::json& t = got["time"];
    const char* field = key == "time_from" ? "from" : key == "clock" ? "clock" : "zone";
    value = t.is_object() && t.contains(field) ? t[field] : nlohmann::json(nullptr);
  } else if (key == "text") {
    value = f.text;
  } else {
    value = got[key];
  }
  if (want.is_number() && value.is_number()) {
    double a = want.get<double>(), b = value.get<double>();
    if (std::abs(a - b) <= 1e-6 * std::max(1.0, std::abs(a))) return "";
  } else if (want == value) {
    return "";
  }
  return absl::StrCat(key, "=", value.dump(), " (want ", want.dump(), ")");
}

bool IsLineRule(const std::string& rule) {
  return absl::StartsWith(rule, "furniture.") || absl::StartsWith(rule, "caption.");
}

void RunCorpus(const std::string& lang) {
  std::string dir = "rules/" + lang;
  absl::StatusOr<std::shared_ptr<const RulePack>> pack = LoadRulePack(dir);
  ASSERT_TRUE(pack.ok()) << pack.status();
  std::ifstream in(dir + "/corpus.jsonl");
  ASSERT_TRUE(in) << dir << "/corpus.jsonl is missing";
  std::map<std::string, int> positives, negatives;
  std::string line;
  int n = 0, passed = 0;
  for (int lineno = 1; std::getline(in, line); ++lineno) {
    if (line.empty() || line[0] == '#') continue;
    nlohmann::json c = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(c.is_discarded()) << dir << "/corpus.jsonl:" << lineno << ": invalid JSON";
    std::string rule = c["rule"].get<std::string>();
    std::string text = c["text"].get<std::string>();
    absl::optional<absl::CivilDay> published;
    if (c.contains("published")) {
      absl::CivilDay d;
      ASSERT_TRUE(absl::ParseCivilTime(c["published"].get<std::string>(), &d));
      published = d;
    }
    const nlohmann::json& expect = c["expect"];
    bool positive = !expect.is_null();
    (positive ? positives : negatives)[rule]++;
    ++n;
    std::string where = absl::StrCat(dir, "/corpus.jsonl:", lineno, " [", rule, "] \"", text, "\"");
    bool ok = false;
    std::string detail;
    if (IsLineRule(rule)) {
      bool fired = false;
      for (const Line& l : CleanLines(text, **pack)) fired |= l.rule == rule;
      ok = fired == positive;
      detail = fired ? "the rule fired" : "the rule did not fire";
    } else {
      std::vector<Fact> facts = ExtractFacts("t", text, published, **pack);
      bool fired = false;
      for (const Fact& f : facts) {
        if (!RuleFired(f, rule)) continue;
        fired = true;
        if (!positive) break;
        std::string bad;
        for (auto it = expect.begin(); it != expect.end(); ++it) {
          std::string m = Mismatch(f, it.key(), it.value());
          if (!m.empty()) absl::StrAppend(&bad, " ", m);
        }
        if (bad.empty()) {
          ok = true;
          break;
        }
        absl::StrAppend(&detail, "\n    fact \"", f.text, "\":", bad);
      }
      if (!positive) ok = !fired;
      if (!fired) absl::StrAppend(&detail, " (no fact fired the rule)");
      if (!ok) {
        for (const Fact& f : facts) absl::StrAppend(&detail, "\n    got ", FactToJson(f).dump());
      }
    }
    passed += ok;
    EXPECT_TRUE(ok) << where << (positive ? " positive" : " negative") << " failed: " << detail;
  }
  std::cout << dir << ": " << passed << "/" << n << " corpus examples pass\n";
  std::set<std::string> rules;
  for (const std::string& r : (*pack)->RuleNames()) rules.insert(r);
  for (const char* r : kExtractorRules) rules.insert(r);
  for (const std::string& r : rules) {
    // Number rules are the number parser's; numbers.json's own examples test each of
    // them (//checker:number_parser_test), including those no fact records (ordinals).
    if (absl::StartsWith(r, "number.") && !positives.count(r)) continue;
    // So is a year that only modifies a noun, which dates.json's examples test: it is
    // no fact ("the 2019 minimum wage"; its corpus lines check that no count is).
    if (r == kYearModifier && !positives.count(r)) continue;
    EXPECT_GT(positives[r], 0) << dir << ": rule '" << r << "' has no positive example";
    EXPECT_GT(negatives[r], 0) << dir << ": rule '" << r << "' has no negative example";
  }
  for (const auto& [r, count] : positives) {
    EXPECT_TRUE(rules.count(r)) << dir << ": corpus names unknown rule '" << r << "'";
  }
}

TEST(RulesCorpus, Indonesian) { RunCorpus("id"); }
TEST(RulesCorpus, English) { RunCorpus("en"); }

}  // namespace
}  // namespace claimcheck
