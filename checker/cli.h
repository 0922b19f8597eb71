// The commands of the claimcheck tool as a library call, so tests can run them without
// a process: RunCommand("extract", options, out, err) behaves like the binary.
#ifndef CLAIMCHECK_CHECKER_CLI_H_
#define CLAIMCHECK_CHECKER_CLI_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/report.h"

namespace claimcheck {

struct CliOptions {
  std::string argv0;
  std::string lang = "auto";
  std::string published;
  std::string rules_dir;
  std::string out_dir = "reports";
  bool out_given = false;  // --out was on the command line (compare then writes reports)
  std::string formats = "json,md,html,csv";
  std::string reviews;
  bool keep_going = false;
  int64_t max_article_bytes = 64 << 20;
  int jobs = 0;
  int show = 50;  // check: unreviewed contradictions listed on the console (-1: all)
  // review: the finding to decide on (exactly one of the two), why, and who.
  std::string confirm;
  std::string dismiss;
  std::string note;
  std::string reviewer;
  std::vector<std::string> inputs;
};

// Runs `command` and returns the process exit status (0, 1 or 2). Output goes to
// `out`; warnings and errors, each naming the file, go to `err`.
// Where the rule packs are: `flag` when given, else $CLAIMCHECK_RULES, else the rules/
// bundled in the binary's Bazel runfiles, else ./rules. Returned as an absolute path.
std::string FindRulesDir(const std::string& flag, const std::string& argv0);

// The work of `check` up to the report: reads, extracts, compares and applies the
// reviews file. Errors name the file and the problem.
absl::StatusOr<Report> BuildReport(const CliOptions& options, std::ostream& err);

int RunCommand(const std::string& command, const CliOptions& options, std::ostream& out,
               std::ostream& err);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_CLI_H_
