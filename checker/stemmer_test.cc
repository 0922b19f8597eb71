#include "checker/stemmer.h"

#include <memory>

#include "checker/rule_pack.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// Every example of every pack's morphology.json: the rules are tested by their own data.
TEST(StemmerTest, PackExamples) {
  for (const char* lang : {"id", "en"}) {
    const std::string dir = std::string("rules/") + lang;
    auto pack = LoadRulePack(dir);
    ASSERT_TRUE(pack.ok()) << pack.status();
    const Stemmer& s = (*pack)->stemmer;
    ASSERT_GE(s.examples().size(), 10u) << dir;
    for (const auto& e : s.examples()) {
      EXPECT_EQ(s.Stem(e.word), e.stem) << dir << "/morphology.json example '" << e.word << "'";
    }
  }
}

nlohmann::json Rules() {
  return nlohmann::json::parse(R"({
    "min_stem": 4,
    "suffixes": [["nya"], ["kan", "an"]],
    "prefixes": [{"prefix": "men", "vowel": "t"}, {"prefix": "di"}, {"prefix": "ber", "inner": true}]
  })");
}

TEST(StemmerTest, Mechanism) {
  auto s = Stemmer::FromJson(Rules(), "m.json");
  ASSERT_TRUE(s.ok()) << s.status();
  EXPECT_EQ(s->Stem("menangkap"), "tangkap");   // nasal restored
  EXPECT_EQ(s->Stem("ditangkapnya"), "tangkap");
  EXPECT_EQ(s->Stem("diberangkatkan"), "angkat");  // inner prefix after another
  EXPECT_EQ(s->Stem("ditahan"), "tahan");       // -an would leave too little
  EXPECT_EQ(s->Stem("Jakarta"), "Jakarta");     // not lower-case ASCII: untouched
  EXPECT_EQ(s->Stem("dia"), "dia");             // short words untouched
  EXPECT_EQ(s->Stem("béras"), "béras");
  EXPECT_EQ(Stemmer().Stem("menangkap"), "menangkap");  // empty rules strip nothing
}

TEST(StemmerTest, BadRulesNameTheFile) {
  nlohmann::json j = Rules();
  j["prefixes"].push_back({{"prefix", 3}});
  auto s = Stemmer::FromJson(j, "rules/xx/morphology.json");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("rules/xx/morphology.json"), std::string::npos);
  j = Rules();
  j.erase("suffixes");
  EXPECT_FALSE(Stemmer::FromJson(j, "m.json").ok());
  j = Rules();
  j["min_stem"] = 1;
  EXPECT_FALSE(Stemmer::FromJson(j, "m.json").ok());
}

}  // namespace
}  // namespace claimcheck
