// Reads articles from the inputs a user names: .txt files (with an optional sidecar
// NAME.json of metadata beside them), .json article files, .jsonl streams of articles,
// directories (walked recursively, in sorted order) and "-" for text on stdin.
//
// Metadata fields are read under the names DESIGN.md gives (id, outlet, url, published,
// lang, title, text) and the names common news scrapers write (date, date_publish,
// hostname, source, source_domain, body, maintext, content). Every error names the file,
// and the line for JSON Lines. JSON Lines are streamed: memory holds one line at a time.
//
//   absl::Status st = ReadArticles({"fixtures/seeds"}, {}, [](Article a) {
//     Use(a);
//     return absl::OkStatus();
//   }, [](const std::string& w) { std::cerr << w << "\n"; });
#ifndef CLAIMCHECK_CHECKER_ARTICLE_READER_H_
#define CLAIMCHECK_CHECKER_ARTICLE_READER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "checker/article.h"

namespace claimcheck {

struct ReadOptions {
  // Skip unreadable articles and malformed JSON Lines with a warning instead of failing.
  bool keep_going = false;
  // Articles with more bytes of text are skipped with a warning; 0 means no limit.
  uint64_t max_article_bytes = 0;
};

using ArticleSink = std::function<absl::Status(Article)>;
using WarningSink = std::function<void(const std::string&)>;

// Calls `sink` with every article of `inputs`, in order. Stops at the first error (from
// the inputs or from `sink`) unless keep_going allows skipping it. Returns
// InvalidArgument / NotFound naming the file when nothing usable was found.
absl::Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                          const ArticleSink& sink, const WarningSink& warn);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_ARTICLE_READER_H_
