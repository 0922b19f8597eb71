// Separates article text from page furniture, line by line.
//
// Scraped pages carry menus, "Baca Juga" links, share buttons, video widgets, author
// biographies and photo captions repeated as alt text. The patterns that recognise them
// are data (rules/<lang>/furniture.json); this module applies them in one pass with
// RE2::Set and marks every line as body, caption or dropped. The text itself is never
// modified, so spans keep pointing into the original bytes.
//
// Thread-safe: a pure function of its inputs.
#ifndef CLAIMCHECK_CHECKER_CLEANER_H_
#define CLAIMCHECK_CHECKER_CLEANER_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/rule_pack.h"
#include "checker/span.h"

namespace claimcheck {

// kHeadline: the article's first line when it stands alone as a title (a blank line after
// it, no sentence-final punctuation); its figures usually repeat the body's.
enum class LineKind : uint8_t { kBody, kCaption, kDropped, kHeadline };

struct Line {
  Span span;  // the line without its trailing newline
  LineKind kind = LineKind::kBody;
  std::string rule;  // the furniture or caption rule that classified it, if any
};

// Classifies every line of `text` (lines end at '\n'). Empty lines are returned as body.
std::vector<Line> CleanLines(absl::string_view text, const RulePack& pack);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_CLEANER_H_
