// Runs every example of each pack's dates.json (rules/id, rules/en) through the date
// parser, plus what examples
// cannot show: malformed tables, dates without a reference, pathological input.
#include "checker/date_parser.h"

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "checker/status_matchers.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

using ::claimcheck::testing::StatusIs;
using ::testing::HasSubstr;

nlohmann::json LoadJson(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

struct Parsers {
  absl::optional<NumberParser> numbers;
  absl::optional<DateParser> dates;
};

// The parsers of rules/<lang>, built once.
const Parsers& Pack(const std::string& lang) {
  static auto* packs = new std::map<std::string, Parsers*>;
  Parsers*& p = (*packs)[lang];
  if (p != nullptr) return *p;
  p = new Parsers;
  const std::string dir = absl::StrCat("rules/", lang);
  auto n = NumberParser::FromJson(LoadJson(dir + "/numbers.json"), dir + "/numbers.json");
  if (!n.ok()) std::abort();
  p->numbers = *std::move(n);
  auto d = DateParser::FromJson(LoadJson(dir + "/dates.json"), dir + "/dates.json", &*p->numbers);
  if (!d.ok()) {
    ADD_FAILURE() << d.status();
    std::abort();
  }
  p->dates = *std::move(d);
  return *p;
}

const Parsers& Indonesian() { return Pack("id"); }

// The date as the examples write it, to the precision of its grain.
std::string Format(const absl::CivilMinute& m, DateGrain g) {
  std::string y = absl::StrCat(m.year());
  switch (g) {
    case DateGrain::kYear: return y;
    case DateGrain::kMonth: return absl::StrFormat("%s-%02d", y, m.month());
    case DateGrain::kDay: return absl::StrFormat("%s-%02d-%02d", y, m.month(), m.day());
    case DateGrain::kMinute:
      return absl::StrFormat("%s-%02d-%02dT%02d:%02d", y, m.month(), m.day(), m.hour(), m.minute());
  }
  return y;
}

absl::CivilMinute Reference(const std::string& s) {
  absl::CivilMinute m;
  if (absl::ParseCivilTime(s, &m)) return m;
  absl::CivilDay d;
  EXPECT_TRUE(absl::ParseCivilTime(s, &d)) << s;
  return absl::CivilMinute(d);
}

// Every date found scanning left to right (a found date's tokens are not rescanned).
std::vector<ParsedDate> Scan(const Parsers& p, const TokenizedText& t,
                             absl::optional<absl::CivilMinute> ref) {
  std::vector<ParsedDate> out;
  for (size_t i = 0; i < t.tokens.size();) {
    auto d = p.dates->ParseAt(t, i, ref);
    if (d) {
      EXPECT_GT(d->end_token, i);
      out.push_back(*d);
      i = d->end_token;
    } else {
      ++i;
    }
  }
  return out;
}

// Every example of rules/<lang>/dates.json, and an example for every rule.
void RunExamples(const std::string& lang) {
  const Parsers& p = Pack(lang);
  nlohmann::json j = LoadJson(absl::StrCat("rules/", lang, "/dates.json"));
  std::set<std::string> with_examples;
  int checked = 0;
  for (const nlohmann::json& group : j["examples"]) {
    const std::string rule = group["rule"];
    with_examples.insert(rule);
    absl::CivilMinute ref = Reference(group["reference"]);
    ASSERT_FALSE(group["positive"].empty()) << rule;
    ASSERT_FALSE(group["negative"].empty()) << rule;
    for (const nlohmann::json& ex : group["positive"]) {
      ++checked;
      const std::string text = ex["text"];
      TokenizedText t = Tokenize(text, {});
      bool found = false;
      std::string got;
      for (const ParsedDate& d : Scan(p, t, ref)) {
        std::string span(text.substr(t.tokens[d.first_token].begin,
                                     t.tokens[d.end_token - 1].end - t.tokens[d.first_token].begin));
        absl::StrAppend(&got, " [", d.rule, " \"", span, "\" ", d.resolved ? Format(d.from, d.grain) : "unresolved", "]");
        if (span != ex["span"].get<std::string>() || d.rule != rule) continue;
        if (ex["from"].is_null()) {
          found = !d.resolved;
        } else {
          found = d.resolved && Format(d.from, d.grain) == ex["from"].get<std::string>();
          if (found && ex.contains("to")) found = d.is_range && Format(d.to, d.grain) == ex["to"].get<std::string>();
        }
        if (found) break;
      }
      EXPECT_TRUE(found) << lang << ": " << rule << ": \"" << text << "\" (reference " << group["reference"]
                         << ") should give \"" << ex["span"].get<std::string>() << "\" = " << ex["from"]
                         << "; got" << got;
    }
    for (const nlohmann::json& ex : group["negative"]) {
      ++checked;
      const std::string text = ex;
      TokenizedText t = Tokenize(text, {});
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        auto d = p.dates->ParseAt(t, i, ref);
        EXPECT_FALSE(d && d->rule == rule) << lang << ": " << rule << ": negative \"" << text << "\" parsed at token " << i;
      }
    }
  }
  std::vector<std::string> names = p.dates->RuleNames();
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()), with_examples) << lang;
  EXPECT_GT(checked, 60) << lang;
}

TEST(DateParser, EveryExampleOfTheIndonesianPack) { RunExamples("id"); }
TEST(DateParser, EveryExampleOfTheEnglishPack) { RunExamples("en"); }

// Parsing with the text's numbers memoized gives what parsing without gives, at every
// token of every example.
void MemoChangesNothing(const std::string& lang) {
  const Parsers& p = Pack(lang);
  nlohmann::json j = LoadJson(absl::StrCat("rules/", lang, "/dates.json"));
  int compared = 0;
  for (const nlohmann::json& group : j["examples"]) {
    const absl::CivilMinute ref = Reference(group["reference"]);
    for (const char* kind : {"positive", "negative"}) {
      for (const nlohmann::json& ex : group[kind]) {
        const std::string text = ex.is_string() ? ex.get<std::string>() : ex["text"].get<std::string>();
        TokenizedText t = Tokenize(text, {});
        NumberMemo memo(&*p.numbers, &t);
        for (size_t i = 0; i < t.tokens.size(); ++i) {
          auto plain = p.dates->ParseAt(t, i, ref);
          auto memoized = p.dates->ParseAt(t, i, ref, &memo);
          ASSERT_EQ(plain.has_value(), memoized.has_value()) << text << " @" << i;
          if (!plain) continue;
          ++compared;
          EXPECT_EQ(plain->end_token, memoized->end_token) << text;
          EXPECT_EQ(plain->from, memoized->from) << text;
          EXPECT_EQ(plain->to, memoized->to) << text;
          EXPECT_EQ(plain->rule, memoized->rule) << text;
        }
        for (size_t i = 0; i <= t.tokens.size(); ++i) {
          const auto& m = memo.ParseAt(i);
          const auto n = p.numbers->ParseAt(t, i);
          ASSERT_EQ(m.has_value(), n.has_value()) << text << " @" << i;
          if (n) {
            EXPECT_EQ(m->end_token, n->end_token);
            EXPECT_EQ(m->value, n->value);
          }
        }
      }
    }
  }
  EXPECT_GT(compared, 50) << lang;
}

TEST(DateParser, AMemoOfTheNumbersChangesNothingIndonesian) { MemoChangesNothing("id"); }
TEST(DateParser, AMemoOfTheNumbersChangesNothingEnglish) { MemoChangesNothing("en"); }

TEST(DateParser, RelativeDatesNeedAReference) {
  TokenizedText t = Tokenize("kemarin", {});
  auto d = Indonesian().dates->ParseAt(t, 0, absl::nullopt);
  ASSERT_TRUE(d);
  EXPECT_FALSE(d->resolved);
  TokenizedText full = Tokenize("19 Oktober 2023", {});
  d = Indonesian().dates->ParseAt(full, 0, absl::nullopt);
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->resolved);
  EXPECT_EQ(absl::CivilDay(d->from), absl::CivilDay(2023, 10, 19));
}

TEST(DateParser, WeekdayWithParenthesisedDateKeepsBoth) {
  TokenizedText t = Tokenize("tiba pada hari Rabu (18/10) malam", {});
  auto d = Indonesian().dates->ParseAt(t, 1, absl::CivilMinute(2023, 10, 19, 0, 0));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->rule, "date.weekday_paren");
  EXPECT_EQ(d->weekday, 3);
  EXPECT_EQ(absl::CivilDay(d->from), absl::CivilDay(2023, 10, 18));
  EXPECT_EQ(d->day_part_hour, 20);
}

TEST(DateParser, MalformedTablesNameTheFileAndEntry) {
  nlohmann::json j = LoadJson("rules/id/dates.json");
  j["months"][2]["month"] = 13;
  auto st = DateParser::FromJson(j, "x/dates.json", nullptr).status();
  EXPECT_THAT(st, StatusIs(absl::StatusCode::kInvalidArgument, HasSubstr("x/dates.json")));
  EXPECT_THAT(st.message(), HasSubstr("months[2]"));
  EXPECT_FALSE(DateParser::FromJson(nlohmann::json::array(), "d.json", nullptr).ok());
}

TEST(DateParser, PathologicalInputStaysBounded) {
  std::string s;
  for (int i = 0; i < 50000; ++i) s += "hari ";
  for (int i = 0; i < 20000; ++i) s += "antara 1 dan ";
  TokenizedText t = Tokenize(s, {});
  size_t found = 0;
  for (size_t i = 0; i < t.tokens.size(); ++i) {
    found += Indonesian().dates->ParseAt(t, i, absl::CivilMinute(2024, 1, 1, 0, 0)).has_value();
  }
  EXPECT_EQ(found, 0u);
}

}  // namespace
}  // namespace claimcheck
