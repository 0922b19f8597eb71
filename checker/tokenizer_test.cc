#include "checker/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace claimcheck {
namespace {

std::vector<std::string> Texts(const TokenizedText& t) {
  std::vector<std::string> out;
  for (const Token& tok : t.tokens) out.emplace_back(t.Text(tok));
  return out;
}

// Numbers keep their inner separators; letters and digits split.
TEST(TokenizerTest, NumbersAndWords) {
  TokenizedText t = Tokenize("lebih dari 1.000 kontainer, Rp193,7 triliun", {});
  EXPECT_EQ(Texts(t), (std::vector<std::string>{"lebih", "dari", "1.000", "kontainer", ",",
                                                "Rp", "193,7", "triliun"}));
  EXPECT_EQ(t.tokens[2].kind, TokenKind::kNumber);
  EXPECT_EQ(t.tokens[4].kind, TokenKind::kPunct);
}

// "18/10" is three tokens; "ke-70" splits at the digit; reduplication stays one word.
// With a possessive ending, "Wednesday's" splits as "Wednesday’s" does; without, it stays
// one word, and "Ma'ruf" or "'s" alone never split.
TEST(TokenizerTest, PossessiveEndingSplitsOffAsATypographicOneDoes) {
  TokenizeOptions opt;
  opt.possessive = "'s";
  EXPECT_EQ(Texts(Tokenize("After Wednesday's quake, China's toll", opt)),
            (std::vector<std::string>{"After", "Wednesday", "'", "s", "quake", ",", "China", "'",
                                      "s", "toll"}));
  EXPECT_EQ(Texts(Tokenize("After Wednesday\u2019s quake", {})),
            (std::vector<std::string>{"After", "Wednesday", "\u2019", "s", "quake"}));
  EXPECT_EQ(Texts(Tokenize("Wednesday's Ma'ruf", {})),
            (std::vector<std::string>{"Wednesday's", "Ma'ruf"}));
  EXPECT_EQ(Texts(Tokenize("Ma'ruf", opt)), (std::vector<std::string>{"Ma'ruf"}));
  TokenizedText t = Tokenize("Monday's", opt);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_FALSE(t.tokens[1].space_before);
  EXPECT_FALSE(t.tokens[2].space_before);
}

// Number words hyphenated to another word split from it as digits do ("six-year" as
// "6-year"); a compound number stays whole.
TEST(TokenizerTest, NumberWordsSplitFromTheWordTheyAreHyphenatedTo) {
  const absl::flat_hash_set<std::string> numbers = {"six", "twenty", "five", "two"};
  TokenizeOptions opt;
  opt.hyphen_numbers = &numbers;
  EXPECT_EQ(Texts(Tokenize("a Six-year term, twenty-five-year-old, twenty-five", opt)),
            (std::vector<std::string>{"a", "Six", "-", "year", "term", ",", "twenty-five", "-",
                                      "year-old", ",", "twenty-five"}));
  EXPECT_EQ(Texts(Tokenize("two-thirds well-known six-", opt)),
            (std::vector<std::string>{"two", "-", "thirds", "well-known", "six", "-"}));
  TokenizedText t = Tokenize("six-year", opt);
  ASSERT_EQ(t.tokens.size(), 3u);
  EXPECT_EQ(t.tokens[1].kind, TokenKind::kPunct);
  EXPECT_FALSE(t.tokens[2].space_before);
  EXPECT_EQ(Texts(Tokenize("six-year", {})), (std::vector<std::string>{"six-year"}));
}

TEST(TokenizerTest, SlashesHyphensReduplication) {
  TokenizedText t = Tokenize("Rabu (18/10) ke-70 kontainer-kontainer 1.", {});
  EXPECT_EQ(Texts(t), (std::vector<std::string>{"Rabu", "(", "18", "/", "10", ")", "ke", "-",
                                                "70", "kontainer-kontainer", "1", "."}));
}

// Offsets are bytes of the original text, including multi-byte characters.
TEST(TokenizerTest, Utf8OffsetsAndPunctuation) {
  std::string text = "“Kami” 20€ — selesai";
  TokenizedText t = Tokenize(text, {});
  EXPECT_EQ(Texts(t), (std::vector<std::string>{"“", "Kami", "”", "20", "€", "—", "selesai"}));
  EXPECT_EQ(t.tokens[1].begin, 3u);
  EXPECT_EQ(t.Lower(t.tokens[1]), "kami");
}

// Sentences end at . ! ? before a space, at line breaks, not after abbreviations.
TEST(TokenizerTest, Sentences) {
  absl::flat_hash_set<std::string> abbr = {"tgl"};
  TokenizeOptions opt;
  opt.abbreviations = &abbr;
  TokenizedText t = Tokenize("Satu dua. Tiga tgl. 5 Mei! Empat\nLima 2.5 enam", opt);
  ASSERT_EQ(t.sentences.size(), 4u);
  EXPECT_EQ(t.text.substr(t.sentences[0].span.begin, t.sentences[0].span.size()), "Satu dua.");
  EXPECT_EQ(t.text.substr(t.sentences[1].span.begin, t.sentences[1].span.size()),
            "Tiga tgl. 5 Mei!");
  EXPECT_EQ(t.text.substr(t.sentences[3].span.begin, t.sentences[3].span.size()),
            "Lima 2.5 enam");
}

// A one-letter abbreviation written against the number before it is a unit's suffix, no
// abbreviation: "£412m. It warned" ends at the stop; "the U.S. Treasury" does not.
TEST(TokenizerTest, AUnitLetterAfterANumberEndsASentence) {
  absl::flat_hash_set<std::string> abbr = {"m", "u", "s"};
  TokenizeOptions opt;
  opt.abbreviations = &abbr;
  TokenizedText t = Tokenize("A deficit of £412m. It warned the U.S. Treasury.", opt);
  ASSERT_EQ(t.sentences.size(), 2u);
  EXPECT_EQ(t.text.substr(t.sentences[0].span.begin, t.sentences[0].span.size()), "A deficit of £412m.");
}

// A capital letter and its '.' after a word are a name's initial before a capitalised
// word that is no stop word ("singer R. Harlow"); before a stop word ("Group A. The"), or
// with no stop words given, they end a sentence.
TEST(TokenizerTest, AnInitialEndsNoSentence) {
  absl::flat_hash_set<std::string> abbr, stop = {"the"};
  TokenizeOptions opt;
  opt.abbreviations = &abbr;
  opt.initial_breakers = &stop;
  const absl::string_view text = "Singer R. Harlow spoke. They topped Group A. The coach left.";
  TokenizedText t = Tokenize(text, opt);
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.text.substr(t.sentences[0].span.begin, t.sentences[0].span.size()), "Singer R. Harlow spoke.");
  EXPECT_EQ(t.text.substr(t.sentences[1].span.begin, t.sentences[1].span.size()), "They topped Group A.");
  opt.initial_breakers = nullptr;
  EXPECT_EQ(Tokenize(text, opt).sentences.size(), 4u);
}

// A closing quotation mark after the '.' ends the sentence with it; a lower-case word
// after the mark goes on with the sentence.
TEST(TokenizerTest, SentencesEndAfterClosingQuotes) {
  TokenizedText t = Tokenize("\"Lima orang ditangkap.\" Dia menolak. \u201cSudah.\u201d kata dia.", {});
  ASSERT_EQ(t.sentences.size(), 3u);
  EXPECT_EQ(t.text.substr(t.sentences[0].span.begin, t.sentences[0].span.size()),
            "\"Lima orang ditangkap.\"");
  EXPECT_EQ(t.text.substr(t.sentences[2].span.begin, t.sentences[2].span.size()),
            "\u201cSudah.\u201d kata dia.");
}

// Invalid UTF-8 and NUL never crash and never lose offsets.
// The lower-cased copy is made sixteen bytes at a time: every byte value, at every
// position of texts of every length up to 40, must come out as the byte-wise rule says.
TEST(TokenizerTest, LowerCaseOfEveryByteAtEveryPosition) {
  for (size_t len = 1; len <= 40; ++len) {
    for (int b = 0; b < 256; ++b) {
      for (size_t pos = 0; pos < len; ++pos) {
        std::string text(len, 'Q');
        text[pos] = static_cast<char>(b);
        std::string want = text;
        for (char& c : want) {
          if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
        }
        ASSERT_EQ(Tokenize(text, {}).lower, want) << "byte " << b << " at " << pos << " of " << len;
      }
    }
  }
}

TEST(TokenizerTest, MalformedBytes) {
  std::string text("a\xff\xfe b\xe2\x80", 8);
  TokenizedText t = Tokenize(text, {});
  ASSERT_FALSE(t.tokens.empty());
  EXPECT_EQ(t.tokens.back().end, text.size());
  TokenizedText empty = Tokenize("", {});
  EXPECT_TRUE(empty.tokens.empty());
  EXPECT_TRUE(empty.sentences.empty());
}

}  // namespace
}  // namespace claimcheck
