#include "checker/json_line.h"

#include <random>
#include <string>

#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

// What nlohmann makes of the bytes, or a discarded value when it rejects them.
nlohmann::json Nlohmann(const std::string& s) {
  try {
    return nlohmann::json::parse(s);
  } catch (const nlohmann::json::exception&) {
    return nlohmann::json(nlohmann::json::value_t::discarded);
  }
}

// The contract: a value only where nlohmann accepts, and then the same tree.
void ExpectAgrees(const std::string& s) {
  const absl::optional<nlohmann::json> fast = ParseFlatJsonObject(s);
  if (!fast) return;
  const nlohmann::json slow = Nlohmann(s);
  ASSERT_FALSE(slow.is_discarded()) << "accepted what nlohmann rejects: " << s;
  ASSERT_EQ(*fast, slow) << s;
}

TEST(ParseFlatJsonObject, ReadsAnArticleRecord) {
  const std::string line =
      R"( {"id":"a1", "text":"Banjir \"besar\" di\nSukamaju \u2014 caf\u00e9 \ud83d\ude00 \/ \\",)"
      R"("published":"2024-06-12","n":-12,"x":1.5e3,"u":18446744073709551615,"ok":true,)"
      R"("no":false,"none":null,"id":"a2"} )"
      "\r";
  const absl::optional<nlohmann::json> j = ParseFlatJsonObject(line);
  ASSERT_TRUE(j.has_value());
  EXPECT_EQ(*j, nlohmann::json::parse(line));
  EXPECT_EQ((*j)["id"], "a2");  // a repeated key: the last one
  EXPECT_EQ((*j)["text"], "Banjir \"besar\" di\nSukamaju \xe2\x80\x94 caf\xc3\xa9 \xf0\x9f\x98\x80 / \\");
  EXPECT_TRUE((*j)["u"].is_number_unsigned());
  EXPECT_TRUE((*j)["n"].is_number_integer());
  EXPECT_TRUE((*j)["x"].is_number_float());
  EXPECT_EQ(*ParseFlatJsonObject("{}"), nlohmann::json::object());
}

TEST(ParseFlatJsonObject, LeavesEverythingElseToNlohmann) {
  const std::string others[] = {
      R"({"a":[1,2]})",                  // nested: valid, but not flat
      R"({"a":{"b":1}})",
      "\xEF\xBB\xBF{\"a\":1}",           // a byte-order mark nlohmann skips
      R"({"a":"\ud800"})",               // lone high surrogate
      R"({"a":"\udc00"})",               // lone low surrogate
      R"({"a":"\ud800\u0041"})",
      R"({"a":"\x"})",                   // unknown escape
      R"({"a":"\u12g4"})",
      "{\"a\":\"tab\there\"}",           // raw control character
      "{\"a\":\"\xff\"}",                // not UTF-8
      "{\"a\":\"\xed\xa0\x80\"}",        // an encoded surrogate
      R"({"a":"open)",
      R"({"a":1,})",
      R"({"a" 1})",
      R"({"a":01})",
      R"({"a":1e999})",
      R"({"a":-})",
      R"({"a":tru})",
      R"({"a":1} x)",
      R"({a:1})",
      R"([])",
      "",
  };
  for (const std::string& s : others) {
    EXPECT_FALSE(ParseFlatJsonObject(s).has_value()) << s;
  }
}

// Random records, written by nlohmann with and without \u escapes and then damaged at
// random: whatever the fast reader accepts, nlohmann accepts and reads the same.
TEST(ParseFlatJsonObject, AgreesWithNlohmannOnRandomAndDamagedRecords) {
  std::mt19937 rng(20261202);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  const char* const pieces[] = {"a", "Z", " ", "\"", "\\", "/", "\n", "\t", "\x01", "\x7f",
                                "\xc3\xa9", "\xe2\x80\x94", "\xf0\x9f\x98\x80", "kata ", "2024"};
  size_t accepted = 0;
  for (int round = 0; round < 4000; ++round) {
    nlohmann::json j = nlohmann::json::object();
    for (size_t m = pick(6); m > 0; --m) {
      std::string key, value;
      for (size_t k = pick(4); k > 0; --k) key += pieces[pick(std::size(pieces))];
      for (size_t k = pick(12); k > 0; --k) value += pieces[pick(std::size(pieces))];
      switch (pick(6)) {
        case 0: j[key] = static_cast<int64_t>(rng()) - (1LL << 31); break;
        case 1: j[key] = static_cast<double>(rng()) / 7.0; break;
        case 2: j[key] = pick(2) == 1; break;
        case 3: j[key] = nullptr; break;
        default: j[key] = value;
      }
    }
    const std::string line = j.dump(-1, ' ', /*ensure_ascii=*/pick(2) == 1);
    const absl::optional<nlohmann::json> fast = ParseFlatJsonObject(line);
    ASSERT_TRUE(fast.has_value()) << line;
    ASSERT_EQ(*fast, j) << line;
    ++accepted;
    // Damage: a byte changed, dropped or doubled.
    for (int d = 0; d < 8 && !line.empty(); ++d) {
      std::string bad = line;
      const size_t at = pick(bad.size());
      switch (pick(3)) {
        case 0: bad[at] = static_cast<char>(rng()); break;
        case 1: bad.erase(at, 1); break;
        default: bad.insert(at, 1, bad[at]);
      }
      ExpectAgrees(bad);
    }
  }
  EXPECT_EQ(accepted, 4000u);
}

}  // namespace
}  // namespace claimcheck
