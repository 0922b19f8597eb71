// The language detector over the real packs: which pack an article without a language in
// its metadata is read with (--lang auto).
#include "checker/rule_pack.h"

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

class DetectLanguageTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    for (const char* lang : {"en", "id"}) {
      auto p = LoadRulePack(std::string("rules/") + lang);
      ASSERT_TRUE(p.ok()) << p.status();
      packs_->push_back(*p);
    }
  }
  static std::vector<const RulePack*> Packs() {
    std::vector<const RulePack*> out;
    for (const auto& p : *packs_) out.push_back(p.get());
    return out;
  }
  static std::string Detect(absl::string_view text) {
    const RulePack* p = DetectLanguage(Packs(), text);
    return p == nullptr ? "none" : p->lang;
  }
  static std::vector<std::shared_ptr<const RulePack>>* packs_;
};
std::vector<std::shared_ptr<const RulePack>>* DetectLanguageTest::packs_ =
    new std::vector<std::shared_ptr<const RulePack>>;

TEST_F(DetectLanguageTest, EveryPackHasDetectionWords) {
  for (const RulePack* p : Packs()) EXPECT_GE(p->detection_words.size(), 20u) << p->lang;
}

TEST_F(DetectLanguageTest, TellsIndonesianFromEnglish) {
  EXPECT_EQ(Detect("Sedikitnya 12 orang tewas dalam kebakaran yang terjadi di pasar itu pada "
                   "Senin malam, kata polisi."),
            "id");
  EXPECT_EQ(Detect("At least 12 people were killed in the fire that broke out at the market on "
                   "Monday night, police said."),
            "en");
  // A headline in capitals and an English quote inside Indonesian copy.
  EXPECT_EQ(Detect("KEBAKARAN PASAR: 12 TEWAS\nMenurut saksi, api muncul dari lantai dua dan "
                   "\"the fire spread fast\" kata seorang pedagang."),
            "id");
}

TEST_F(DetectLanguageTest, NoWordsOfAnyPackIsNoLanguage) {
  EXPECT_EQ(Detect(""), "none");
  EXPECT_EQ(Detect("12 345 67,8 %"), "none");
}

TEST_F(DetectLanguageTest, ReadsOnlyTheStartOfALongText) {
  std::string text = "Polisi mengatakan bahwa kebakaran itu terjadi di pasar. ";
  while (text.size() < 8192) text += "The police said that the fire was in the market. ";
  EXPECT_EQ(DetectLanguage(Packs(), text, 60)->lang, "id");
  EXPECT_EQ(DetectLanguage(Packs(), text)->lang, "en");
}

}  // namespace
}  // namespace claimcheck
