// Runs every example of each pack's numbers.json (rules/id, rules/en) through the
// parser, plus the mechanisms
// that examples cannot show (errors that name the file, token spans inside a sentence,
// pathological input).
#include "checker/number_parser.h"

#include <fstream>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/status_matchers.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

using ::claimcheck::testing::StatusIs;

nlohmann::json LoadJson(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return nlohmann::json::parse(ss.str());
}

NumberParser Load(const std::string& path) {
  absl::StatusOr<NumberParser> r = NumberParser::FromJson(LoadJson(path), path);
  if (!r.ok()) {
    ADD_FAILURE() << r.status();
    std::abort();
  }
  return *std::move(r);
}

const NumberParser& Indonesian() {
  static const NumberParser* p = new NumberParser(Load("rules/id/numbers.json"));
  return *p;
}

// Every example of rules/<lang>/numbers.json, and an example for every rule.
void RunExamples(const std::string& lang) {
  const std::string path = absl::StrCat("rules/", lang, "/numbers.json");
  const NumberParser parser = Load(path);
  nlohmann::json j = LoadJson(path);
  std::set<std::string> rules_with_examples;
  int checked = 0;
  for (const nlohmann::json& group : j["examples"]) {
    std::string rule = group["rule"];
    rules_with_examples.insert(rule);
    ASSERT_FALSE(group["positive"].empty()) << rule;
    ASSERT_FALSE(group["negative"].empty()) << rule;
    for (const nlohmann::json& ex : group["positive"]) {
      std::string text = ex[0];
      absl::optional<ParsedNumber> n = parser.ParseWhole(text);
      ++checked;
      EXPECT_TRUE(n.has_value()) << path << ": " << rule << ": \"" << text << "\" did not parse";
      if (!n) continue;
      EXPECT_EQ(n->rule, rule) << text;
      if (ex[1].is_array()) {
        EXPECT_TRUE(n->vague) << text;
        EXPECT_DOUBLE_EQ(n->low, ex[1][0].get<double>()) << text;
        EXPECT_DOUBLE_EQ(n->high, ex[1][1].get<double>()) << text;
      } else {
        EXPECT_NEAR(n->value, ex[1].get<double>(), 1e-9 * std::max(1.0, std::abs(n->value)))
            << text;
      }
    }
    for (const nlohmann::json& ex : group["negative"]) {
      std::string text = ex;
      absl::optional<ParsedNumber> n = parser.ParseWhole(text);
      ++checked;
      EXPECT_FALSE(n.has_value() && n->rule == rule)
          << rule << ": \"" << text << "\" parsed as " << n->value;
    }
  }
  std::vector<std::string> names = parser.RuleNames();
  EXPECT_EQ(std::set<std::string>(names.begin(), names.end()), rules_with_examples) << path;
  EXPECT_GT(checked, 40) << path;
}

TEST(NumberParser, EveryExampleOfTheIndonesianPack) { RunExamples("id"); }
TEST(NumberParser, EveryExampleOfTheEnglishPack) { RunExamples("en"); }

TEST(NumberParser, NoNumberWordAfterAnIdiomWord) {
  const NumberParser english = Load("rules/en/numbers.json");
  TokenizedText t = Tokenize("no one else was hurt; one man was", {});
  EXPECT_FALSE(english.ParseAt(t, 1).has_value());  // "no one"
  absl::optional<ParsedNumber> n = english.ParseAt(t, 6);  // "one man"
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 1);
  TokenizedText digits = Tokenize("no 5", {});
  EXPECT_TRUE(english.ParseAt(digits, 1).has_value());  // digits are numbers anywhere
}

TEST(NumberParser, FindsTheNumberInsideASentence) {
  TokenizedText t = Tokenize("lebih dari 1.000 kontainer dan dua ratus ribu peluru", {});
  absl::optional<ParsedNumber> n = Indonesian().ParseAt(t, 2);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 1000);
  EXPECT_EQ(n->first_token, 2u);
  EXPECT_EQ(n->end_token, 3u);
  n = Indonesian().ParseAt(t, 5);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 200000);
  EXPECT_EQ(n->end_token, 8u);
  EXPECT_TRUE(n->words);
  EXPECT_FALSE(Indonesian().ParseAt(t, 3));  // "kontainer"
  EXPECT_FALSE(Indonesian().ParseAt(t, 99));
}

// A prefix glued to a number word starts a number; glued to any other word, the word is
// ruled out before it is parsed.
TEST(NumberParser, PrefixedWordsStartANumberOnlyBeforeANumberWord) {
  TokenizedText t = Tokenize("seratus kedua ke-tiga kesepuluh ke - 70 sebanyak kepada seperti", {});
  for (size_t i : {0, 1, 2, 3, 4}) {
    EXPECT_TRUE(Indonesian().MayStartAt(t, i)) << t.Text(t.tokens[i]);
  }
  EXPECT_EQ(Indonesian().ParseAt(t, 0)->value, 100);
  EXPECT_EQ(Indonesian().ParseAt(t, 3)->value, 10);
  for (size_t i : {7, 8, 9}) {
    EXPECT_FALSE(Indonesian().MayStartAt(t, i)) << t.Text(t.tokens[i]);
  }
}

TEST(NumberParser, DoesNotReadRangesAsNegativeNumbers) {
  TokenizedText t = Tokenize("5-7 Januari", {});
  absl::optional<ParsedNumber> n = Indonesian().ParseAt(t, 0);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 5);
  EXPECT_FALSE(Indonesian().ParseAt(t, 1));  // "-7" glued to "5" is no minus sign
}

// "Rp 10 juta, minus 5 juta yang sudah dibayar": a sign word right after an amount, or
// after it and a comma, subtracts the number after it, which stays positive; "minus 5"
// elsewhere is a negative number.
TEST(NumberParser, ASignWordAfterAnAmountSubtracts) {
  TokenizedText t = Tokenize("Rp 10 juta, minus 5 juta", {});
  EXPECT_FALSE(Indonesian().ParseAt(t, 4));
  absl::optional<ParsedNumber> n = Indonesian().ParseAt(t, 5);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, 5000000);
  t = Tokenize("tumbuh minus 5 persen", {});
  n = Indonesian().ParseAt(t, 1);
  ASSERT_TRUE(n);
  EXPECT_EQ(n->value, -5);
}

TEST(NumberParser, IdentifiersAreNotNumbers) {
  EXPECT_FALSE(Indonesian().ParseWhole("192.168.1.1"));
  EXPECT_FALSE(Indonesian().ParseWhole("1.2.3"));
}

TEST(NumberParser, ErrorsNameTheFileAndTheEntry) {
  nlohmann::json j = LoadJson("rules/id/numbers.json");
  j["words"]["dua"] = "two";
  EXPECT_THAT(NumberParser::FromJson(j, "x/numbers.json").status(),
              StatusIs(absl::StatusCode::kInvalidArgument, "x/numbers.json: words.dua: must be a number"));
  j = LoadJson("rules/id/numbers.json");
  j["vague"]["ratusan"] = {900, 100};
  EXPECT_THAT(NumberParser::FromJson(j, "n.json").status(),
              StatusIs(absl::StatusCode::kInvalidArgument,
                       "n.json: vague.ratusan: must be [low, high] with low <= high"));
  j = LoadJson("rules/id/numbers.json");
  j.erase("digits");
  EXPECT_FALSE(NumberParser::FromJson(j, "n.json").ok());
  EXPECT_FALSE(NumberParser::FromJson(nlohmann::json::array(), "n.json").ok());
}

TEST(NumberParser, PathologicalInputIsLinear) {
  // 300,000 digits in one token and 50,000 number words in a row: every start parses
  // in time bounded by the words it can compose, so the whole scan finishes.
  std::string digits(300000, '7');
  TokenizedText t = Tokenize(digits, {});
  ASSERT_TRUE(Indonesian().ParseAt(t, 0));
  std::string words;
  for (int k = 0; k < 50000; ++k) words += "dua ";
  TokenizedText w = Tokenize(words, {});
  size_t parsed = 0;
  for (size_t i = 0; i < w.tokens.size(); ++i) parsed += Indonesian().ParseAt(w, i).has_value();
  EXPECT_EQ(parsed, 50000u);
}

}  // namespace
}  // namespace claimcheck
