// Repairs text that is not valid UTF-8 without moving any byte: every byte of an invalid
// sequence becomes '?', a NUL becomes ' ', and a byte-order mark becomes three spaces.
// Offsets into the repaired text are offsets into the original bytes.
#ifndef CLAIMCHECK_CHECKER_UTF8_H_
#define CLAIMCHECK_CHECKER_UTF8_H_

#include <cstddef>
#include <string>

#include "absl/strings/string_view.h"

namespace claimcheck {

struct Utf8Repair {
  size_t invalid = 0;  // bytes of invalid sequences replaced by '?'
  size_t nul = 0;      // NUL bytes replaced by ' '
};

// The length of the well-formed UTF-8 sequence at s[i] (1 for ASCII), or 0 when the
// bytes there are not one (RFC 3629: no overlong forms, no surrogates, nothing above
// U+10FFFF; nlohmann::json is as strict). i < s.size().
size_t Utf8SequenceLength(absl::string_view s, size_t i);

// Repairs `text` in place; returns what was replaced. Linear, no allocation.
Utf8Repair SanitizeUtf8(std::string* text);

// True when the bytes look like a binary file rather than text: a NUL in the first
// 8 KiB together with many control bytes, or mostly invalid UTF-8.
bool LooksBinary(const std::string& bytes);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_UTF8_H_
