// Byte spans into an article's original text.
//
// Every span in claimcheck is a half-open range of UTF-8 byte offsets into the text
// exactly as it was read (after same-length sanitizing, see article_reader.h), so a
// reviewer can always find the quoted bytes in the source file.
#ifndef CLAIMCHECK_CHECKER_SPAN_H_
#define CLAIMCHECK_CHECKER_SPAN_H_

#include <cstdint>

namespace claimcheck {

struct Span {
  uint32_t begin = 0;  // first byte
  uint32_t end = 0;    // one past the last byte

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
};

inline bool operator==(const Span& a, const Span& b) {
  return a.begin == b.begin && a.end == b.end;
}
inline bool operator<(const Span& a, const Span& b) {
  return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
}

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_SPAN_H_
