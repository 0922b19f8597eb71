// Splits article text into tokens and sentences, keeping byte offsets.
//
// The tokenizer is language-neutral: it knows letters, digits, whitespace and
// punctuation, and takes the few language facts it needs (abbreviations that do not end
// a sentence) from the caller. It makes one pass over the text and allocates nothing per
// token: a token is a pair of offsets, and its lower-cased form is a view into one
// lower-cased copy of the whole text.
//
//   TokenizedText t = Tokenize(text, {});
//   for (const Token& tok : t.tokens) Use(t.Lower(tok));
//
// Thread-safe: Tokenize is a pure function.
#ifndef CLAIMCHECK_CHECKER_TOKENIZER_H_
#define CLAIMCHECK_CHECKER_TOKENIZER_H_

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/base/optimization.h"
#include "absl/container/flat_hash_set.h"
#include "absl/hash/hash.h"
#include "absl/strings/string_view.h"
#include "checker/span.h"

namespace claimcheck {

enum class TokenKind : uint8_t {
  kWord,    // letters (ASCII or any non-punctuation UTF-8), may hold inner '-' or '\''
  kNumber,  // digits, with inner '.' or ',' between digits ("1.000", "2,5", "14.40")
  kPunct,   // one punctuation or symbol character ("(", "/", "$", "€", "“")
};

struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  TokenKind kind = TokenKind::kWord;
  bool space_before = false;    // whitespace separates it from the previous token
  bool newline_before = false;  // a line break separates it from the previous token
  uint32_t sentence = 0;        // index into TokenizedText::sentences

  Span span() const { return Span{begin, end}; }
};

struct Sentence {
  uint32_t first_token = 0;  // [first_token, end_token)
  uint32_t end_token = 0;
  Span span;
};

struct TokenizeOptions {
  // Lower-case words that, followed by '.', do not end a sentence ("dr", "tgl").
  const absl::flat_hash_set<std::string>* abbreviations = nullptr;
  // A possessive ending ("'s") split off a word as an apostrophe and a word, as a
  // typographic apostrophe is ("Wednesday's" as "Wednesday’s"); lower-case; empty: none.
  absl::string_view possessive;
  // Lower-case number words that, joined by a hyphen to a word that is none of them, are
  // split from it as digits are ("six-year" as "six", "-", "year", the way "6-year" reads;
  // "twenty-five-year-old" as "twenty-five", "-", "year-old"). Null: no split.
  const absl::flat_hash_set<std::string>* hyphen_numbers = nullptr;
  // Lower-case words before which a capital letter and its '.' end a sentence ("in Group
  // A. The"); before any other capitalised word they are a name's initial ("singer R.
  // Harlow", "Tarin W. Voss"). Null: a capital letter's '.' ends a sentence as any does.
  const absl::flat_hash_set<std::string>* initial_breakers = nullptr;
};

struct TokenizedText {
  absl::string_view text;  // the original text; not owned, must outlive this object
  std::string lower;       // ASCII-lower-cased copy of text, same length
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  // Hash of each token's lower-cased text (absl::Hash<string_view>, the hash every
  // string-keyed absl map uses), computed once so lexicon lookups do not rehash.
  std::vector<size_t> hashes;

  absl::string_view Text(const Token& t) const {
    return text.substr(t.begin, t.end - t.begin);
  }
  absl::string_view Lower(const Token& t) const {
    return absl::string_view(lower).substr(t.begin, t.end - t.begin);
  }
  absl::string_view Lower(Span s) const {
    return absl::string_view(lower).substr(s.begin, s.end - s.begin);
  }
  // The hash of token i's lower-cased text (computed when `hashes` was not filled).
  size_t HashAt(size_t i) const {
    if (ABSL_PREDICT_TRUE(hashes.size() == tokens.size())) return hashes[i];
    return HashOf(i);
  }
  size_t HashOf(size_t i) const;  // out of line, so that HashAt is inlined
  // True when token i exists and its lower-cased text equals `word`.
  bool Is(size_t i, absl::string_view word) const {
    return i < tokens.size() && Lower(tokens[i]) == word;
  }
  // True when the token starts with an upper-case ASCII letter.
  bool IsCapitalized(const Token& t) const {
    char c = text[t.begin];
    return c >= 'A' && c <= 'Z';
  }
  // True when the token is two or more upper-case ASCII letters and nothing else ("KK").
  bool IsAllCaps(const Token& t) const {
    if (t.end - t.begin < 2) return false;
    for (uint32_t k = t.begin; k < t.end; ++k) {
      if (text[k] < 'A' || text[k] > 'Z') return false;
    }
    return true;
  }
};

// absl::StartsWith for the per-token paths: most words differ from a prefix in their
// first byte, and are then told apart without a call to memcmp.
inline bool WordStartsWith(absl::string_view w, absl::string_view prefix) {
  return prefix.empty() || (w.size() >= prefix.size() && w[0] == prefix[0] &&
                            std::memcmp(w.data(), prefix.data(), prefix.size()) == 0);
}

// Tokenizes `text` (which must outlive the result). Never fails: any byte sequence
// yields tokens; bytes that are not valid UTF-8 are treated as letters.
TokenizedText Tokenize(absl::string_view text, const TokenizeOptions& options);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_TOKENIZER_H_
