// Reads one JSON Lines record the quick way, when it is the usual kind: an object whose
// members are strings, numbers, true, false or null.
//
// nlohmann::json::parse copies a string into its token buffer one character at a time;
// on a corpus of articles that was a tenth of extraction, all of it on the thread that
// reads the input while the others extract. This reader copies runs of plain bytes at
// once and builds the same tree.
//
//   absl::optional<nlohmann::json> j = ParseFlatJsonObject(line);
//   if (!j) j = nlohmann::json::parse(line);  // its verdict, and its error message
//
// The contract: whenever ParseFlatJsonObject returns a value, nlohmann::json::parse
// accepts the same bytes and returns an equal tree. Anything else (nested values,
// malformed syntax, bytes that are not UTF-8, a lone surrogate) gives nullopt and is
// left to nlohmann, so what is rejected and how is unchanged. Thread-safe.
#ifndef CLAIMCHECK_CHECKER_JSON_LINE_H_
#define CLAIMCHECK_CHECKER_JSON_LINE_H_

#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

absl::optional<nlohmann::json> ParseFlatJsonObject(absl::string_view line);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_JSON_LINE_H_
