// The check's result and its renderings: report.json (schema claimcheck.report/v1),
// report.md, report.html (self-contained review page) and report.csv.
//
// Renderers are pure functions of a Report; WriteReports writes each file to a
// temporary name and renames it into place, so a failed run never leaves a
// half-written report and never clobbers the previous one.
#ifndef CLAIMCHECK_CHECKER_REPORT_H_
#define CLAIMCHECK_CHECKER_REPORT_H_

#include <functional>
#include <map>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "checker/atomic_file.h"
#include "checker/comparator.h"
#include "checker/fact.h"
#include "checker/fact_list.h"
#include "checker/json_writer.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

struct ReviewDecision {
  std::string decision;  // "confirmed" or "dismissed"
  std::string note;
  std::string reviewer;
  std::string date;      // ISO date of the decision
};

struct Report {
  std::vector<ArticleMeta> articles;  // sorted by id
  // Sorted by (article, offset). In a check, kept in a temporary file: read them with
  // FactRef f = facts[i].
  FactList facts;
  std::vector<Finding> findings;      // indices into facts
  std::map<std::string, ReviewDecision> reviews;  // by finding id
  // Findings that were reviewed on text that has since changed: finding id -> note.
  // They count as unreviewed again.
  std::map<std::string, std::string> stale_reviews;
  // How the report was made, so the review command it prints can be run as is.
  std::string reviews_path;          // --reviews, or "" when none was given
  std::vector<std::string> inputs;   // the INPUT arguments

  int UnreviewedContradictions() const;
};

// report.json as a tree (parsed from WriteReportJson's bytes; tests and small reports).
nlohmann::json ReportToJson(const Report& r);
// The article with `id`, or null (a binary search: articles are sorted by id).
const ArticleMeta* FindArticle(const Report& r, const std::string& id);
// One finding as report.json's findings[] holds it.
void WriteFindingJson(const Report& r, const Finding& f, JsonWriter* w);

// The shell command that records a decision on `f` ("dismiss" or "confirm"), with the
// report's reviews file and inputs, ready to paste.
std::string ReviewCommand(const Report& r, const Finding& f, absl::string_view action);
std::string ReportToMarkdown(const Report& r);
// schema.org ClaimReview JSON-LD, one item per confirmed contradiction.
nlohmann::json ReportToClaimReview(const Report& r);
// report.json, written piece by piece to `out`: laid out as ReportToJson(r).dump(1), but
// with each element of articles, facts and findings compact on a line of its own; then a
// newline.
void WriteReportJson(const Report& r, const std::function<void(absl::string_view)>& out);
std::string ReportToHtml(const Report& r);
std::string ReportToCsv(const Report& r);

// Writes DIR/report.<fmt> for each of `formats` ("json", "md", "html", "csv"),
// creating DIR if needed. InvalidArgument for an unknown format (before writing
// anything); the error names the directory or file that could not be written.
absl::Status WriteReports(const Report& r, const std::string& dir,
                          const std::vector<std::string>& formats);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_REPORT_H_
