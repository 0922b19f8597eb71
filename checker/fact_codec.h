// A compact binary form of an article's facts, for keeping them out of memory.
//
// A check of a large corpus holds every fact until its report is written, and a Fact in
// memory takes about 800 bytes with its strings. EncodeFacts writes an article's facts
// as one byte string (numbers as varints or their 8 raw bytes, strings length-prefixed,
// a sentence quoted by several facts written once); DecodeFacts gives back facts equal
// in every field. The article id is not stored: the caller gives it back on decoding,
// so a check can rename an article (two inputs with one id) without re-encoding.
//
//   std::string bytes;
//   EncodeFacts(facts, &bytes);
//   std::vector<Fact> back;
//   CC_RETURN_IF_ERROR(DecodeFacts(bytes, article_id, &back));
//
// The encoding is private to one process (a temporary file of a check): it has no
// version and may change with any build.
#ifndef CLAIMCHECK_CHECKER_FACT_CODEC_H_
#define CLAIMCHECK_CHECKER_FACT_CODEC_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "checker/fact.h"

namespace claimcheck {

// Appends the encoding of `facts` (all of one article) to `out`.
void EncodeFacts(const std::vector<Fact>& facts, std::string* out);

// Replaces `out` with the facts `bytes` encodes, each with `article` as its article id.
// DataLoss when `bytes` is not an encoding EncodeFacts made (truncated or corrupt).
absl::Status DecodeFacts(absl::string_view bytes, absl::string_view article,
                         std::vector<Fact>* out);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_FACT_CODEC_H_
