// Turns one article into typed facts, using its language's rule pack.
//
// One pass over the tokens: calendar references first (DateParser), then numbers with
// their hedges, ranges, units or counted nouns (NumberParser and the pack's lexicons);
// then each fact is given what it measures (head noun and clause context), when
// (the nearest date of its sentence) and who says so (attribution in its sentence).
// Facts from page furniture are never produced; facts from captions are marked.
//
//   std::vector<Fact> facts = ExtractFacts("000_abc", text, absl::CivilDay(2023, 10, 18), pack);
//
// Thread-safe: a pure function; the pack is shared read-only.
#ifndef CLAIMCHECK_CHECKER_EXTRACTOR_H_
#define CLAIMCHECK_CHECKER_EXTRACTOR_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/types/optional.h"
#include "checker/fact.h"
#include "checker/rule_pack.h"

namespace claimcheck {

// Rule names the extractor records on facts, beside the parsers' own.
inline constexpr const char* kExtractorRules[] = {
    "count.noun", "quantity.unit", "money.unit", "duration.unit", "number.bare", "date.mention",
    "date.statement", "date.night", "date.small_hours", "date.weekday_mismatch", "date.weekday_written", "date.day_from_context", "date.planned", "date.ahead", "money.converted",
    "time.period", "time.period_others", "time.event", "time.until", "count.after_noun", "date.since_onset",
    "date.first",
};

// Extracts the facts of `text`, sorted by span. `published` resolves relative dates;
// without it they are kept unresolved. Never fails: text the rules do not understand
// yields no facts.
std::vector<Fact> ExtractFacts(absl::string_view article_id, absl::string_view text,
                               absl::optional<absl::CivilDay> published, const RulePack& pack);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_EXTRACTOR_H_
