#include "checker/tokenizer.h"

#include <cstring>
#include <string>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/hash/hash.h"

namespace claimcheck {
namespace {

// ASCII upper case to lower case, in place; other bytes (UTF-8 included) unchanged.
void AsciiLowerInPlace(char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: 0x20 added where 'A' <= byte <= 'Z' (as signed bytes, every
  // byte of 0x80 or more is below 'A').
  const __m128i before_a = _mm_set1_epi8('A' - 1), after_z = _mm_set1_epi8('Z' + 1);
  const __m128i bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= n; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(v, before_a), _mm_cmplt_epi8(v, after_z));
    v = _mm_add_epi8(v, _mm_and_si128(upper, bit));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(p + i), v);
  }
#endif
  for (; i < n; ++i) {
    if (p[i] >= 'A' && p[i] <= 'Z') p[i] = static_cast<char>(p[i] - 'A' + 'a');
  }
}

constexpr bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }

// A closing quotation mark or bracket, which ends a sentence with the '.' before it.
bool ClosesSentence(absl::string_view p) {
  return p == "\"" || p == "'" || p == ")" || p == "]" || p == "\u201d" || p == "\u2019" ||
         p == "\u00bb";
}
constexpr bool IsAsciiAlpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Length of the UTF-8 sequence starting with lead byte c (1 for invalid leads).
size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Decodes the code point at text[i] with length n; returns 0xFFFD when malformed.
uint32_t CodePoint(absl::string_view text, size_t i, size_t n) {
  if (i + n > text.size()) return 0xFFFD;
  unsigned char c = text[i];
  if (n == 1) return c;
  uint32_t cp = c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    unsigned char cc = text[i + k];
    if ((cc & 0xC0) != 0x80) return 0xFFFD;
    cp = (cp << 6) | (cc & 0x3F);
  }
  return cp;
}

enum class CharClass : uint8_t { kSpace, kNewline, kDigit, kLetter, kPunct };

// The class of every ASCII byte, looked up once per byte of the text.
struct AsciiClasses {
  CharClass of[0x80];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 0x80; ++c) {
      of[c] = c == '\n'                                                  ? CharClass::kNewline
              : c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ? CharClass::kSpace
              : IsAsciiDigit(static_cast<unsigned char>(c))              ? CharClass::kDigit
              : IsAsciiAlpha(static_cast<unsigned char>(c))              ? CharClass::kLetter
                                                                        : CharClass::kPunct;
    }
  }
};
constexpr AsciiClasses kAscii;

CharClass Classify(absl::string_view text, size_t i, size_t* len) {
  unsigned char c = text[i];
  if (c < 0x80) {
    *len = 1;
    return kAscii.of[c];
  }
  *len = Utf8Length(c);
  if (i + *len > text.size()) {
    *len = 1;
    return CharClass::kLetter;
  }
  uint32_t cp = CodePoint(text, i, *len);
  if (cp == 0xFFFD && *len > 1 && (static_cast<unsigned char>(text[i + 1]) & 0xC0) != 0x80) {
    *len = 1;  // malformed: consume one byte as a letter
    return CharClass::kLetter;
  }
  if (cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || (cp >= 0x2000 && cp <= 0x200A) ||
      cp == 0x3000 || cp == 0xFEFF || cp == 0x200B) {
    return CharClass::kSpace;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return CharClass::kNewline;
  if ((cp >= 0x0080 && cp <= 0x00BF) || cp == 0x00D7 || cp == 0x00F7 ||
      (cp >= 0x2010 && cp <= 0x206F) || (cp >= 0x20A0 && cp <= 0x20CF) ||
      (cp >= 0x2100 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
      (cp >= 0xFF00 && cp <= 0xFF0F)) {
    return CharClass::kPunct;
  }
  return CharClass::kLetter;
}

// The offset of the hyphen after the number words that open word [begin, end) of the
// lower-cased text, when a word that is none of them follows it ("six-year": the '-');
// 0 when none does.
size_t NumberHyphen(absl::string_view lower, size_t begin, size_t end,
                    const TokenizeOptions& options) {
  const absl::string_view word = lower.substr(begin, end - begin);
  size_t from = 0;
  while (true) {
    const size_t dash = word.find('-', from);
    if (dash == absl::string_view::npos) return 0;
    if (!options.hyphen_numbers->contains(word.substr(from, dash - from))) return 0;
    const size_t next = word.find('-', dash + 1);
    const absl::string_view after =
        word.substr(dash + 1, next == absl::string_view::npos ? absl::string_view::npos
                                                              : next - dash - 1);
    if (!options.hyphen_numbers->contains(after)) return begin + dash;
    from = dash + 1;
  }
}

}  // namespace

size_t TokenizedText::HashOf(size_t i) const {
  return absl::Hash<absl::string_view>{}(Lower(tokens[i]));
}

TokenizedText Tokenize(absl::string_view text, const TokenizeOptions& options) {
  TokenizedText out;
  out.text = text;
  out.lower.assign(text.data(), text.size());
  AsciiLowerInPlace(&out.lower[0], out.lower.size());
  out.tokens.reserve(text.size() / 5 + 1);

  bool space = false, newline = false;
  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (text[i] == ' ') {  // most spaces
      space = true;
      ++i;
      continue;
    }
    size_t len;
    CharClass cls = Classify(text, i, &len);
    if (cls == CharClass::kSpace) {
      space = true;
      i += len;
      continue;
    }
    if (cls == CharClass::kNewline) {
      space = newline = true;
      i += len;
      continue;
    }
    Token tok;
    tok.begin = static_cast<uint32_t>(i);
    tok.space_before = space || out.tokens.empty();
    tok.newline_before = newline || out.tokens.empty();
    space = newline = false;
    if (cls == CharClass::kDigit) {
      tok.kind = TokenKind::kNumber;
      size_t j = i + 1;
      while (j < n) {
        unsigned char c = text[j];
        if (IsAsciiDigit(c)) {
          ++j;
        } else if ((c == '.' || c == ',') && j + 1 < n && IsAsciiDigit(text[j + 1])) {
          j += 2;
        } else {
          break;
        }
      }
      i = j;
    } else if (cls == CharClass::kLetter) {
      tok.kind = TokenKind::kWord;
      size_t j = i + len;
      bool hyphen = false;
      while (j < n) {
        const unsigned char c = text[j];
        if (c < 0x80 && kAscii.of[c] == CharClass::kLetter) {  // most letters
          ++j;
          continue;
        }
        if (c == ' ') break;  // most word ends
        size_t l2;
        CharClass c2 = Classify(text, j, &l2);
        if (c2 == CharClass::kLetter) {
          j += l2;
        } else if ((text[j] == '-' || text[j] == '\'') && j + 1 < n) {
          size_t l3;
          if (Classify(text, j + 1, &l3) == CharClass::kLetter) {
            hyphen |= text[j] == '-';
            j += 1 + l3;
          } else {
            break;
          }
        } else {
          break;
        }
      }
      // Splits the word at the one-byte mark at `at`: the word before it and the mark are
      // tokens, and the rest goes on as `tok`.
      auto split_at = [&](size_t at) {
        Token word = tok;
        word.end = static_cast<uint32_t>(at);
        out.tokens.push_back(word);
        Token mark;
        mark.kind = TokenKind::kPunct;
        mark.begin = word.end;
        mark.end = word.end + 1;
        out.tokens.push_back(mark);
        tok.begin = mark.end;
        tok.space_before = tok.newline_before = false;
      };
      if (hyphen && options.hyphen_numbers != nullptr) {
        if (const size_t dash = NumberHyphen(out.lower, i, j, options); dash != 0) split_at(dash);
      }
      const absl::string_view p = options.possessive;
      if (!p.empty() && j - tok.begin > p.size() &&
          absl::string_view(out.lower).substr(j - p.size(), p.size()) == p) {
        split_at(j - p.size());
      }
      i = j;
    } else {
      tok.kind = TokenKind::kPunct;
      i += len;
    }
    tok.end = static_cast<uint32_t>(i);
    out.tokens.push_back(tok);
  }

  // Sentences: a paragraph break always ends one; '.', '!' and '?' end one when the
  // next token is separated by space (and the word before is no abbreviation).
  uint32_t start = 0;
  auto close = [&](uint32_t end_token) {
    if (end_token <= start) return;
    Sentence s;
    s.first_token = start;
    s.end_token = end_token;
    s.span = Span{out.tokens[start].begin, out.tokens[end_token - 1].end};
    uint32_t index = static_cast<uint32_t>(out.sentences.size());
    for (uint32_t k = start; k < end_token; ++k) out.tokens[k].sentence = index;
    out.sentences.push_back(s);
    start = end_token;
  };
  const uint32_t count = static_cast<uint32_t>(out.tokens.size());
  for (uint32_t k = 0; k < count; ++k) {
    if (k > start && out.tokens[k].newline_before) {
      close(k);
    }
    const Token& t = out.tokens[k];
    if (t.kind != TokenKind::kPunct || t.end - t.begin != 1) continue;
    char c = text[t.begin];
    if (c != '.' && c != '!' && c != '?') continue;
    // Closing quotes and brackets right after the mark belong to this sentence
    // ('"Lima orang sudah ditangkap." Dia ...').
    uint32_t end = k + 1;
    while (end < count && !out.tokens[end].space_before && ClosesSentence(out.Text(out.tokens[end]))) {
      ++end;
    }
    if (end < count && !out.tokens[end].space_before) continue;
    // '"Sudah selesai." kata dia' goes on after the quotation: a lower-case word does not
    // open a sentence.
    if (end > k + 1 && end < count && out.tokens[end].kind == TokenKind::kWord &&
        text[out.tokens[end].begin] >= 'a' && text[out.tokens[end].begin] <= 'z') {
      continue;
    }
    // (Not a letter written against a number before it: "a pension deficit of £412m. It
    // warned" ends at the stop; "U.S." and "a.m." do not.)
    if (c == '.' && k > 0 && options.abbreviations != nullptr &&
        out.tokens[k - 1].kind == TokenKind::kWord && !out.tokens[k].space_before &&
        options.abbreviations->contains(out.Lower(out.tokens[k - 1])) &&
        !(k > 1 && !out.tokens[k - 1].space_before && out.tokens[k - 2].kind == TokenKind::kNumber)) {
      continue;
    }
    // "singer R. Harlow", "Tarin W. Voss": a name's initial, a capital letter after a word,
    // before a capitalised word that is no stop word.
    if (c == '.' && k > 1 && end == k + 1 && end < count && options.initial_breakers != nullptr &&
        out.tokens[k - 1].kind == TokenKind::kWord && !out.tokens[k].space_before &&
        out.tokens[k - 1].end - out.tokens[k - 1].begin == 1 && text[out.tokens[k - 1].begin] >= 'A' &&
        text[out.tokens[k - 1].begin] <= 'Z' && out.tokens[k - 2].kind == TokenKind::kWord &&
        !out.tokens[k - 1].newline_before && out.tokens[end].kind == TokenKind::kWord &&
        text[out.tokens[end].begin] >= 'A' && text[out.tokens[end].begin] <= 'Z' &&
        !options.initial_breakers->contains(out.Lower(out.tokens[end]))) {
      continue;
    }
    close(end);
    k = end - 1;
  }
  close(count);
  out.hashes.resize(out.tokens.size());
  for (size_t k = 0; k < out.tokens.size(); ++k) {
    out.hashes[k] = out.HashOf(k);
  }
  return out;
}


}  // namespace claimcheck
