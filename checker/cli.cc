#include "checker/cli.h"

#include <unistd.h>

#include <cstdlib>
#include <map>
#include <memory>
#include <string>
#include <sys/stat.h>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/article.h"
#include "checker/article_reader.h"
#include "checker/extractor.h"
#include "checker/rule_pack.h"

namespace claimcheck {
namespace {

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

std::string Absolute(const std::string& p) {
  if (p.empty() || p[0] == '/') return p;
  char buf[4096];
  if (getcwd(buf, sizeof(buf)) == nullptr) return p;
  return absl::StrCat(buf, "/", p);
}

// Rule packs, loaded on first use per language and then shared.
class PackCache {
 public:
  explicit PackCache(std::string dir) : dir_(std::move(dir)) {}

  absl::StatusOr<std::shared_ptr<const RulePack>> Get(const std::string& lang) {
    auto it = packs_.find(lang);
    if (it != packs_.end()) return it->second;
    std::string path = absl::StrCat(dir_, "/", lang);
    if (!IsDir(path)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "no rule pack for language '", lang, "' (looked in ", path, ")"));
    }
    absl::StatusOr<std::shared_ptr<const RulePack>> pack = LoadRulePack(path);
    if (!pack.ok()) return pack.status();
    packs_[lang] = *pack;
    return *pack;
  }

 private:
  std::string dir_;
  std::map<std::string, std::shared_ptr<const RulePack>> packs_;
};

std::string LangOf(const Article& a, const CliOptions& opt) {
  if (!a.lang.empty()) return a.lang;
  if (opt.lang != "auto" && !opt.lang.empty()) return opt.lang;
  return "id";
}

int Extract(const CliOptions& opt, std::ostream& out, std::ostream& err) {
  absl::optional<absl::CivilDay> default_published;
  if (!opt.published.empty()) {
    absl::StatusOr<absl::CivilDay> d = ParsePublished(opt.published);
    if (!d.ok()) {
      err << "claimcheck: --published: " << d.status().message() << "\n";
      return 2;
    }
    default_published = *d;
  }
  PackCache packs(FindRulesDir(opt.rules_dir, opt.argv0));
  ReadOptions ropt;
  ropt.keep_going = opt.keep_going;
  ropt.max_article_bytes = static_cast<uint64_t>(opt.max_article_bytes);
  absl::Status st = ReadArticles(
      opt.inputs, ropt,
      [&](Article a) -> absl::Status {
        absl::StatusOr<std::shared_ptr<const RulePack>> pack = packs.Get(LangOf(a, opt));
        if (!pack.ok()) {
          return absl::InvalidArgumentError(absl::StrCat(a.path, ": ", pack.status().message()));
        }
        absl::optional<absl::CivilDay> published = a.published ? a.published : default_published;
        for (const Fact& f : ExtractFacts(a.id, a.text, published, **pack)) {
          out << FactToJson(f).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
              << "\n";
        }
        return absl::OkStatus();
      },
      [&](const std::string& warning) { err << "claimcheck: warning: " << warning << "\n"; });
  if (!st.ok()) {
    err << "claimcheck: " << st.message() << "\n";
    return 2;
  }
  out.flush();
  return 0;
}

}  // namespace

std::string FindRulesDir(const std::string& flag, const std::string& argv0) {
  if (!flag.empty()) return Absolute(flag);
  if (const char* env = std::getenv("CLAIMCHECK_RULES"); env != nullptr && *env) {
    return Absolute(env);
  }
  std::vector<std::string> candidates;
  if (const char* rf = std::getenv("RUNFILES_DIR"); rf != nullptr && *rf) {
    candidates.push_back(absl::StrCat(rf, "/claimcheck/rules"));
  }
  if (!argv0.empty()) candidates.push_back(absl::StrCat(argv0, ".runfiles/claimcheck/rules"));
  candidates.push_back("rules");
  for (const std::string& c : candidates) {
    if (IsDir(c)) return Absolute(c);
  }
  return Absolute("rules");
}

int RunCommand(const std::string& command, const CliOptions& opt, std::ostream& out,
               std::ostream& err) {
  if (opt.inputs.empty()) {
    err << "claimcheck " << command << ": no INPUT given (see --help)\n";
    return 2;
  }
  if (command == "extract") return Extract(opt, out, err);
  err << "claimcheck: unknown command '" << command
      << "' (expected extract, check or compare; see --help)\n";
  return 2;
}

}  // namespace claimcheck
