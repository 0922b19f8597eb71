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

// Long ASCII runs are skipped eight bytes at a time: a NUL, a bad byte or a character
// of two to four bytes at every position of every length up to 30 is still found.
TEST(SanitizeUtf8, FindsEveryBadByteWhereverItStands) {
  const std::string specials[] = {std::string(1, '\0'), "\xff", "\x80", "\xc3\xa9",
                                  "\xe2\x80\x9c", "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xc3"};
  for (size_t len = 0; len <= 30; ++len) {
    for (size_t at = 0; at <= len; ++at) {
      for (const std::string& sp : specials) {
        std::string s(len, 'k');
        s.insert(at, sp);
        // What a byte-by-byte walk gives.
        std::string want = s;
        Utf8Repair expect;
        for (size_t i = 0; i < want.size();) {
          if (want[i] == '\0') {
            want[i++] = ' ';
            ++expect.nul;
          } else if (size_t n = Utf8SequenceLength(want, i)) {
            i += n;
          } else {
            want[i++] = '?';
            ++expect.invalid;
          }
        }
        const Utf8Repair got = SanitizeUtf8(&s);
        ASSERT_EQ(s, want) << len << " " << at;
        ASSERT_EQ(got.nul, expect.nul);
        ASSERT_EQ(got.invalid, expect.invalid);
      }
    }
  }
}

TEST(Utf8SequenceLength, AsciiOneAndTheStrictFormsOfLonger) {
  EXPECT_EQ(Utf8SequenceLength("a", 0), 1u);
  EXPECT_EQ(Utf8SequenceLength("\xc3\xa9", 0), 2u);
  EXPECT_EQ(Utf8SequenceLength("\xe2\x80\x9c", 0), 3u);
  EXPECT_EQ(Utf8SequenceLength("\xf0\x9f\x98\x80", 0), 4u);
  EXPECT_EQ(Utf8SequenceLength("\xc0\xaf", 0), 0u);          // overlong
  EXPECT_EQ(Utf8SequenceLength("\xed\xa0\x80", 0), 0u);      // surrogate
  EXPECT_EQ(Utf8SequenceLength("\xf4\x90\x80\x80", 0), 0u);  // above U+10FFFF
  EXPECT_EQ(Utf8SequenceLength("\xe2\x80", 0), 0u);          // cut short
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
