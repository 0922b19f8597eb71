// Fact-checkers' decisions on findings, kept in a JSON file people can read and diff.
//
//   {"schema": "claimcheck.reviews/v1",
//    "decisions": {"f0123456789ab": {"decision": "dismissed", "note": "...",
//                                    "reviewer": "...", "date": "2026-11-24",
//                                    "a": {"article": "...", "text": "..."},
//                                    "b": {"article": "...", "text": "..."}}}}
//
// Decisions are keyed by finding id, which is a hash of both quoted spans, so a decision
// stops applying when the text it was made on changes. Files are rewritten atomically.
#ifndef CLAIMCHECK_CHECKER_REVIEWS_H_
#define CLAIMCHECK_CHECKER_REVIEWS_H_

#include <map>
#include <string>

#include "absl/status/statusor.h"
#include "checker/report.h"

namespace claimcheck {

struct StoredDecision {
  ReviewDecision review;
  std::string a_article, a_text, b_article, b_text;
};

using Reviews = std::map<std::string, StoredDecision>;

// Loads a reviews file. A missing file is an empty set when `missing_ok`. A malformed
// file is InvalidArgument naming the file and the byte position or the decision.
absl::StatusOr<Reviews> LoadReviews(const std::string& path, bool missing_ok);

// Writes the reviews atomically (sorted keys, one decision per block, stable diffs).
absl::Status SaveReviews(const std::string& path, const Reviews& reviews);

// Applies decisions to a report: each finding whose id has a decision gets it.
void ApplyReviews(const Reviews& reviews, Report* report);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_REVIEWS_H_
