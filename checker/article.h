// An article as read from disk: its text and what its metadata says about it.
#ifndef CLAIMCHECK_CHECKER_ARTICLE_H_
#define CLAIMCHECK_CHECKER_ARTICLE_H_

#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/types/optional.h"

namespace claimcheck {

struct Article {
  std::string id;      // file stem ("000_65e5"), the record's "id", or "<file>:<line>"
  std::string path;    // where it came from ("-" for stdin)
  std::string outlet;
  std::string url;
  std::string title;
  std::string story;   // which story it belongs to, when the metadata says ("story")
  std::string lang;    // "" when the metadata does not say
  absl::optional<absl::CivilDay> published;
  std::string text;    // UTF-8; invalid bytes replaced one for one (offsets unchanged)
};

// Parses a publication date: "2023-10-18", "2023-10-18T10:00:00+07:00",
// "2023-10-18 10:00", "2023-10-18T10:00:00Z" (the calendar day as written). The day must
// exist: "2023-02-30" is an error.
absl::StatusOr<absl::CivilDay> ParsePublished(absl::string_view s);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_ARTICLE_H_
