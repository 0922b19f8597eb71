// The language detector over the real packs: which pack an article without a language in
// its metadata is read with (--lang auto).
#include "checker/rule_pack.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

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

// A copy of rules/<lang> in the test's temporary directory, named `name`, and one of its
// files read as JSON.
std::filesystem::path CopyPack(const std::string& lang, const std::string& name) {
  namespace fs = std::filesystem;
  const char* tmp = std::getenv("TEST_TMPDIR");
  const fs::path dir = fs::path(tmp != nullptr ? tmp : "/tmp") / name;
  fs::remove_all(dir);
  fs::copy("rules/" + lang, dir, fs::copy_options::recursive);
  return dir;
}
nlohmann::json ReadJson(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return nlohmann::json::parse(text.str());
}
// Writes `j` as `file` of the pack in `dir` and loads it: the error message of the
// refusal, or "" when the pack loads.
std::string RefusalOf(const std::filesystem::path& dir, const std::string& file, const nlohmann::json& j) {
  std::ofstream(dir / file) << j.dump(2);
  auto pack = LoadRulePack(dir.string());
  return pack.ok() ? "" : std::string(pack.status().message());
}

// A unit's offset (Fahrenheit: -32 before the factor 5/9) must be a number; a pack that
// writes it otherwise is refused with the file and the unit named.
TEST(LoadRulePackTest, AUnitOffsetMustBeANumber) {
  const std::filesystem::path dir = CopyPack("en", "en_bad_offset");
  nlohmann::json units = ReadJson(dir / "units.json");
  bool found = false;
  for (nlohmann::json& u : units["units"]) {
    if (u["name"] == "unit.temperature.f") {
      EXPECT_EQ(u["offset"], -32);
      u["offset"] = "-32";
      found = true;
    }
  }
  ASSERT_TRUE(found);
  const std::string error = RefusalOf(dir, "units.json", units);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("unit 'unit.temperature.f': 'offset' must be a number"), std::string::npos) << error;
  EXPECT_NE(error.find("units.json"), std::string::npos) << error;
}

// glued_forms are written against the number after it ("30in"): a prefix unit with some
// is refused, with the unit named.
TEST(LoadRulePackTest, GluedFormsBelongToUnitsWrittenAfterTheNumber) {
  const std::filesystem::path dir = CopyPack("en", "en_bad_glued");
  nlohmann::json units = ReadJson(dir / "units.json");
  bool found = false;
  for (nlohmann::json& u : units["units"]) {
    if (u["position"] == "prefix") {
      u["glued_forms"] = {"x"};
      found = true;
      break;
    }
  }
  ASSERT_TRUE(found);
  const std::string error = RefusalOf(dir, "units.json", units);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("'glued_forms' are written after the number"), std::string::npos) << error;
  EXPECT_NE(error.find("units.json: unit '"), std::string::npos) << error;
}

// never_narrows names states only: a pack that lists a word that is no state is refused
// with the file and the entry named.
TEST(LoadRulePackTest, NeverNarrowsListsStates) {
  const std::filesystem::path dir = CopyPack("id", "id_bad_never_narrows");
  nlohmann::json concepts = ReadJson(dir / "concepts.json");
  ASSERT_TRUE(concepts.contains("never_narrows"));
  concepts["never_narrows"]["death"].push_back("house");
  const std::string error = RefusalOf(dir, "concepts.json", concepts);
  ASSERT_FALSE(error.empty());
  EXPECT_NE(error.find("never_narrows: 'death' lists \"house\""), std::string::npos) << error;
  EXPECT_NE(error.find("concepts.json"), std::string::npos) << error;
}

// ages.month_unit names a unit rule of units.json, as year_unit does: a pack that names
// none is refused with the file and the key named; one that leaves it out loads.
TEST(LoadRulePackTest, AnAgesMonthUnitNamesAUnit) {
  const std::filesystem::path dir = CopyPack("id", "id_bad_month_unit");
  nlohmann::json concepts = ReadJson(dir / "concepts.json");
  ASSERT_TRUE(concepts["ages"].contains("month_unit"));
  concepts["ages"]["month_unit"] = "unit.duration.fortnight";
  const std::string error = RefusalOf(dir, "concepts.json", concepts);
  EXPECT_NE(error.find("ages: month_unit 'unit.duration.fortnight' is not the name of a unit"), std::string::npos)
      << error;
  EXPECT_NE(error.find("concepts.json"), std::string::npos) << error;
  concepts["ages"].erase("month_unit");
  EXPECT_EQ(RefusalOf(dir, "concepts.json", concepts), "");
}

}  // namespace
}  // namespace claimcheck
