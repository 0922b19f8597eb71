#include "checker/utf8.h"

#include <string>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

// The first bytes of a PNG file.
constexpr char kPng[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0";

TEST(SanitizeUtf8, KeepsValidTextUntouched) {
  std::string s = "Rp193,7 triliun — “kata” dia €5 😀";
  std::string before = s;
  Utf8Repair r = SanitizeUtf8(&s);
  EXPECT_EQ(s, before);
  EXPECT_EQ(r.invalid, 0u);
  EXPECT_EQ(r.nul, 0u);
}

TEST(SanitizeUtf8, ReplacesEveryBadByteInPlace) {
  std::string s = std::string("a\xff") + "b\xc3" + "(c\xe2\x82" + "d";
  const size_t size = s.size();
  Utf8Repair r = SanitizeUtf8(&s);
  EXPECT_EQ(s.size(), size);  // offsets are unchanged
  EXPECT_EQ(s, "a?b?(c??d");
  EXPECT_EQ(r.invalid, 4u);
}

TEST(SanitizeUtf8, RejectsOverlongAndSurrogateForms) {
  std::string s = "\xc0\xaf|\xed\xa0\x80|\xf4\x90\x80\x80";
  SanitizeUtf8(&s);
  EXPECT_EQ(s, "??|???|????");
}

TEST(SanitizeUtf8, NulBecomesSpaceAndBomBecomesSpaces) {
  std::string s("\xEF\xBB\xBFx\0y", 6);
  Utf8Repair r = SanitizeUtf8(&s);
  EXPECT_EQ(s, "   x y");
  EXPECT_EQ(r.nul, 1u);
  EXPECT_EQ(r.invalid, 0u);
}

TEST(LooksBinary, TellsTextFromBinary) {
  EXPECT_FALSE(LooksBinary("Sebanyak 1.000 kontainer dikirim.\n"));
  EXPECT_FALSE(LooksBinary(std::string("text with one stray \0 byte in a long line of news", 49)));
  std::string png(kPng, sizeof(kPng) - 1);
  EXPECT_TRUE(LooksBinary(png));
  std::string noise;
  for (int i = 0; i < 4096; ++i) noise.push_back(static_cast<char>((i * 7919) & 0xff));
  EXPECT_TRUE(LooksBinary(noise));
  EXPECT_FALSE(LooksBinary(""));
}

}  // namespace
}  // namespace claimcheck
