#include "checker/utf8.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace claimcheck {
size_t Utf8SequenceLength(absl::string_view s, size_t i) {
  const unsigned char c = s[i];
  if (c < 0x80) return 1;
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    const unsigned char cc = s[i + k];
    if (k == 1 ? (cc < lo || cc > hi) : (cc < 0x80 || cc > 0xBF)) return 0;
  }
  return n;
}

Utf8Repair SanitizeUtf8(std::string* text) {
  Utf8Repair r;
  std::string& s = *text;
  size_t i = 0;
  if (s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    s[0] = s[1] = s[2] = ' ';
    i = 3;
  }
  while (i < s.size()) {
    // Eight bytes at a time while they are ASCII and not NUL (most of any article).
    for (uint64_t w; i + 8 <= s.size(); i += 8) {
      constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
      std::memcpy(&w, s.data() + i, 8);
      if (((w & kHigh) | ((w - kOnes) & ~w & kHigh)) != 0) break;
    }
    if (i >= s.size()) break;
    if (s[i] == '\0') {
      s[i++] = ' ';
      ++r.nul;
      continue;
    }
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      s[i++] = '?';
      ++r.invalid;
      continue;
    }
    i += n;
  }
  return r;
}

bool LooksBinary(const std::string& bytes) {
  const size_t n = std::min<size_t>(bytes.size(), 8192);
  if (n == 0) return false;
  size_t control = 0, invalid = 0, nul = 0;
  for (size_t i = 0; i < n;) {
    const unsigned char c = bytes[i];
    if (c == 0) ++nul;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ++control;
    size_t len = Utf8SequenceLength(bytes, i);
    if (len == 0) {
      ++invalid;
      len = 1;
    }
    i += len;
  }
  // Text with a stray NUL or a few bad bytes is still text (repaired, with a warning);
  // a file where a tenth of the bytes are controls or invalid sequences is not.
  return (nul > 0 && control * 10 > n) || (control + invalid) * 4 > n;
}

}  // namespace claimcheck
