// claimcheck: the command-line tool. Thin: flags and files here, work in the library.
//
//   claimcheck extract [--lang id|en|auto] [--published YYYY-MM-DD] INPUT...
//   claimcheck check [--out DIR] [--reviews FILE] [--format json,md,html,csv] INPUT...
//   claimcheck compare FACTS.jsonl...
//   claimcheck review --reviews FILE (--confirm|--dismiss) ID --note TEXT INPUT...
//
// Exit status: 0 success (check: no unreviewed contradiction), 1 check found one or
// more unreviewed contradictions, 2 usage or input error.
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "absl/flags/flag.h"
#include "absl/flags/parse.h"
#include "absl/flags/reflection.h"
#include "absl/flags/usage.h"
#include "absl/flags/usage_config.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/atomic_file.h"
#include "checker/cli.h"

ABSL_FLAG(std::string, lang, "auto",
          "Language of the articles whose metadata does not say: a rule pack's code (id, "
          "en), or auto: the pack whose most frequent words (lang.json detection_words) the "
          "text uses most, else id.");
ABSL_FLAG(std::string, published, "",
          "Publication date (YYYY-MM-DD) for articles whose metadata has none; relative "
          "dates such as 'kemarin' or 'yesterday' resolve against it.");
ABSL_FLAG(std::string, rules, "",
          "Directory holding the rule packs (rules/<lang>/). Default: the rules/ bundled "
          "with the binary, else ./rules.");
ABSL_FLAG(std::string, out, "reports", "check: directory to write the reports into.");
ABSL_FLAG(std::string, format, "json,md,html,csv",
          "check: report formats to write, comma-separated (json, md, html, csv, claimreview: schema.org ClaimReview JSON-LD of the confirmed contradictions).");
ABSL_FLAG(std::string, reviews, "", "check: reviews file whose decisions apply to findings.");
ABSL_FLAG(bool, keep_going, false,
          "Skip unreadable articles or JSON Lines (with a warning) instead of stopping.");
ABSL_FLAG(int64_t, max_article_bytes, 64 << 20,
          "Articles larger than this are skipped with a warning.");
ABSL_FLAG(int, jobs, 0, "Articles extracted in parallel (0: one per core).");
ABSL_FLAG(int, show, 50,
          "check: unreviewed contradictions listed on the console with their quotes and "
          "review commands; the report holds every one. -1: list them all.");
ABSL_FLAG(std::string, confirm, "", "review: the finding id to confirm as a real contradiction.");
ABSL_FLAG(std::string, dismiss, "", "review: the finding id to dismiss (not a real contradiction).");
ABSL_FLAG(std::string, note, "", "review: why (required).");
ABSL_FLAG(std::string, reviewer, "", "review: who decided (default: $USER).");

namespace {

constexpr char kUsage[] =
    "cross-source claim-consistency checker for news.\n"
    "\n"
    "Usage:\n"
    "  claimcheck extract [--lang id|en|auto] [--published YYYY-MM-DD] INPUT...\n"
    "      Prints the facts of each article as JSON Lines on stdout.\n"
    "  claimcheck check [--out DIR] [--reviews FILE] [--format json,md,html,csv] [--show N]\n"
    "                   INPUT...\n"
    "      Compares the facts of all articles across outlets and writes DIR/report.*.\n"
    "      Lists the first N (50) unreviewed contradictions; exit status 1 when there is one.\n"
    "  claimcheck compare [--out DIR [--reviews FILE] [--format ...]] FACTS.jsonl...\n"
    "      Prints the findings between facts that extract wrote, as JSON Lines; with\n"
    "      --out, writes the reports and exits like check instead.\n"
    "  claimcheck review --reviews FILE (--confirm|--dismiss) FINDING_ID --note TEXT\n"
    "                    [--reviewer NAME] INPUT...\n"
    "      Records a decision on one finding of INPUT in FILE (created if missing).\n"
    "\n"
    "INPUT is a .txt article (metadata from a sidecar NAME.json beside it), a .json\n"
    "article, a .jsonl stream of articles, a directory (walked, sorted), or - for text\n"
    "on stdin. Metadata: id, outlet, url, published (YYYY-MM-DD), lang, title, and\n"
    "story (articles of two different stories are never compared).\n"
    "check and compare keep the facts in a temporary file in $TMPDIR (default /tmp).\n"
    "Flags may be written with dashes or underscores (--max-article-bytes).\n"
    "Exit status 2 on a usage or input error.";

// Flags may be spelt with dashes ("--max-article-bytes") or underscores: the name part of
// every "--name[=value]" before a bare "--" is rewritten to underscores in place.
void NormalizeFlagNames(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    char* a = argv[i];
    if (std::strcmp(a, "--") == 0) break;
    if (a[0] != '-' || a[1] != '-') continue;
    for (char* p = a + 2; *p != '\0' && *p != '='; ++p) {
      if (*p == '-') *p = '_';
    }
  }
}

// The first "--name" that is no flag of claimcheck's, or "" when all are known. Abseil
// would exit with status 1; claimcheck's usage errors exit with 2 and say what to do.
std::string UnknownFlag(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    absl::string_view a = argv[i];
    if (a == "--") break;
    if (!absl::StartsWith(a, "-") || a == "-") continue;
    a.remove_prefix(a[1] == '-' ? 2 : 1);
    const bool has_value = a.find('=') != absl::string_view::npos;
    a = a.substr(0, a.find('='));
    if (absl::StartsWith(a, "help") || a == "version") continue;
    if (const absl::CommandLineFlag* f = absl::FindCommandLineFlag(a); f != nullptr) {
      if (!has_value && !f->IsOfType<bool>()) ++i;  // "--note -x": -x is the value
      continue;
    }
    if (absl::StartsWith(a, "no") && absl::FindCommandLineFlag(a.substr(2)) != nullptr) continue;
    return std::string(argv[i]);
  }
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  claimcheck::InstallInterruptCleanup();
  NormalizeFlagNames(argc, argv);
  if (std::string bad = UnknownFlag(argc, argv); !bad.empty()) {
    std::cerr << "claimcheck: unknown flag " << bad << " (see claimcheck --help)\n";
    return 2;
  }
  absl::SetProgramUsageMessage(kUsage);
  absl::FlagsUsageConfig config;
  config.contains_help_flags = [](absl::string_view path) {
    return absl::StrContains(path, "checker/main.cc");
  };
  config.contains_helpshort_flags = config.contains_help_flags;
  absl::SetFlagsUsageConfig(config);
  std::vector<char*> args = absl::ParseCommandLine(argc, argv);

  claimcheck::CliOptions opt;
  for (int i = 1; i < argc; ++i) {
    absl::string_view a = argv[i];
    if (a == "--") break;
    if (a == "--out" || absl::StartsWith(a, "--out=")) opt.out_given = true;
  }
  opt.argv0 = argv[0];
  opt.lang = absl::GetFlag(FLAGS_lang);
  opt.published = absl::GetFlag(FLAGS_published);
  // Find the bundled rules before moving to the caller's directory (bazel run starts in
  // the runfiles tree and says where the user was in BUILD_WORKING_DIRECTORY).
  opt.rules_dir = claimcheck::FindRulesDir(absl::GetFlag(FLAGS_rules), argv[0]);
  if (const char* wd = std::getenv("BUILD_WORKING_DIRECTORY"); wd != nullptr && *wd) {
    if (chdir(wd) != 0) {
      std::cerr << "claimcheck: cannot enter " << wd << "\n";
      return 2;
    }
  }
  opt.out_dir = absl::GetFlag(FLAGS_out);
  opt.formats = absl::GetFlag(FLAGS_format);
  opt.reviews = absl::GetFlag(FLAGS_reviews);
  opt.keep_going = absl::GetFlag(FLAGS_keep_going);
  opt.max_article_bytes = absl::GetFlag(FLAGS_max_article_bytes);
  opt.jobs = absl::GetFlag(FLAGS_jobs);
  opt.show = absl::GetFlag(FLAGS_show);
  opt.confirm = absl::GetFlag(FLAGS_confirm);
  opt.dismiss = absl::GetFlag(FLAGS_dismiss);
  opt.note = absl::GetFlag(FLAGS_note);
  opt.reviewer = absl::GetFlag(FLAGS_reviewer);
  if (args.size() < 2) {
    std::cerr << kUsage << "\n\nclaimcheck: missing command (extract, check, compare or review)\n";
    return 2;
  }
  std::string command = args[1];
  for (size_t i = 2; i < args.size(); ++i) opt.inputs.emplace_back(args[i]);
  return claimcheck::RunCommand(command, opt, std::cout, std::cerr);
}
