#include "checker/cli.h"

#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <cstdlib>
#include <fstream>
#include <functional>
#include <map>
#include <set>
#include <thread>
#include <tuple>
#include <memory>
#include <mutex>
#include <numeric>
#include <string>
#include <dirent.h>
#include <sys/stat.h>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/civil_time.h"
#include "absl/time/clock.h"
#include "absl/time/time.h"
#include "checker/article.h"
#include "checker/article_reader.h"
#include "checker/extractor.h"
#include "checker/fact_list.h"
#include "checker/json_writer.h"
#include "checker/comparator.h"
#include "checker/report.h"
#include "checker/reviews.h"
#include "checker/rule_pack.h"
#include "checker/status_macros.h"

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

  // The pack of an article's language: its metadata's, else --lang's, else (auto) the
  // pack whose detection words its text uses most, else Indonesian.
  absl::StatusOr<std::shared_ptr<const RulePack>> ForArticle(const Article& a,
                                                             const CliOptions& opt) {
    if (!a.lang.empty()) return Get(a.lang);
    if (opt.lang != "auto" && !opt.lang.empty()) return Get(opt.lang);
    if (!listed_) {
      listed_ = true;
      CC_RETURN_IF_ERROR(LoadAll());
    }
    const RulePack* p = DetectLanguage(all_, a.text);
    return Get(p != nullptr ? p->lang : std::string("id"));
  }

 private:
  // Every pack in the rules directory (a subdirectory with a lang.json), in name order.
  absl::Status LoadAll() {
    std::vector<std::string> langs;
    if (DIR* d = opendir(dir_.c_str())) {
      while (dirent* e = readdir(d)) {
        const std::string name = e->d_name;
        if (name.empty() || name[0] == '.') continue;
        struct stat st;
        if (stat(absl::StrCat(dir_, "/", name, "/lang.json").c_str(), &st) == 0) langs.push_back(name);
      }
      closedir(d);
    }
    std::sort(langs.begin(), langs.end());
    for (const std::string& lang : langs) {
      CC_ASSIGN_OR_RETURN(std::shared_ptr<const RulePack> pack, Get(lang));
      all_.push_back(pack.get());
    }
    return absl::OkStatus();
  }

  std::string dir_;
  std::map<std::string, std::shared_ptr<const RulePack>> packs_;
  bool listed_ = false;
  std::vector<const RulePack*> all_;
};

int Jobs(const CliOptions& opt) {
  if (opt.jobs > 0) return opt.jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

// An article's facts as its renderer wrote them.
struct Rendered {
  std::string bytes;
  std::vector<uint32_t> begins;  // where each fact begins, when the renderer says
};

// Turns an article's facts into output bytes, on the extracting thread (which may
// reorder them).
using Renderer = std::function<Rendered(const Article&, std::vector<Fact>&, const RulePack&)>;

// Articles on their way through extraction: read on the main thread, extracted and
// rendered by one worker, handed to the sink in input order.
struct Batch {
  std::vector<Article> articles;
  std::vector<const RulePack*> packs;
  std::vector<absl::optional<absl::CivilDay>> published;
  std::vector<Rendered> rendered;
  bool done = false;  // guarded by the pipeline's mutex
};

// The worker frees the facts it rendered: a block freed by another thread than the one
// that allocated it costs a lock on that thread's malloc arena.
void ExtractBatch(Batch* b, const Renderer* render) {
  b->rendered.resize(b->articles.size());
  for (size_t i = 0; i < b->articles.size(); ++i) {
    std::vector<Fact> facts =
        ExtractFacts(b->articles[i].id, b->articles[i].text, b->published[i], *b->packs[i]);
    b->rendered[i] = (*render)(b->articles[i], facts, *b->packs[i]);
  }
}

// Extracts batches on `jobs` worker threads while the main thread reads the next ones
// and delivers finished ones in input order, so reading, extracting and writing overlap
// and the output does not depend on scheduling. At most 4 * jobs batches are in flight:
// memory holds a bounded number of articles however long the input. With one job,
// everything runs on the calling thread.
class ExtractPipeline {
 public:
  using Deliver = std::function<void(Batch&)>;

  ExtractPipeline(int jobs, const Renderer* render, Deliver deliver)
      : render_(render), deliver_(std::move(deliver)), window_(4 * static_cast<size_t>(jobs)) {
    if (jobs > 1) {
      for (int t = 0; t < jobs; ++t) workers_.emplace_back([this] { Work(); });
    }
  }

  ~ExtractPipeline() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : workers_) t.join();
  }

  void Submit(std::unique_ptr<Batch> b) {
    if (workers_.empty()) {
      ExtractBatch(b.get(), render_);
      deliver_(*b);
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mu_);
      todo_.push_back(b.get());
      in_flight_.push_back(std::move(b));
    }
    work_cv_.notify_one();
    DeliverDone(/*all=*/false);
  }

  // Delivers every batch still in flight.
  void Finish() { DeliverDone(/*all=*/true); }

 private:
  // Delivers finished batches from the front of the queue; waits for the front one when
  // `all` or when the window is full.
  void DeliverDone(bool all) {
    for (;;) {
      std::unique_ptr<Batch> front;
      {
        std::unique_lock<std::mutex> lock(mu_);
        if (in_flight_.empty()) return;
        if (!in_flight_.front()->done) {
          if (!all && in_flight_.size() < window_) return;
          done_cv_.wait(lock, [this] { return in_flight_.front()->done; });
        }
        front = std::move(in_flight_.front());
        in_flight_.pop_front();
      }
      deliver_(*front);
    }
  }

  void Work() {
    for (;;) {
      Batch* b;
      {
        std::unique_lock<std::mutex> lock(mu_);
        work_cv_.wait(lock, [this] { return stop_ || !todo_.empty(); });
        if (stop_) return;  // finished, or abandoned after a read error
        b = todo_.front();
        todo_.pop_front();
      }
      ExtractBatch(b, render_);
      {
        std::lock_guard<std::mutex> lock(mu_);
        b->done = true;
      }
      done_cv_.notify_all();
    }
  }

  const Renderer* render_;
  Deliver deliver_;
  const size_t window_;
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::condition_variable done_cv_;
  std::deque<Batch*> todo_;
  std::deque<std::unique_ptr<Batch>> in_flight_;
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

// Reads the inputs and extracts their facts, calling `sink` in input order with each
// article and its facts as `render` wrote them. Memory holds a bounded number of
// articles at a time. The first error `sink` returns stops the run.
absl::Status ExtractAll(
    const CliOptions& opt, std::ostream& err, const Renderer& render,
    const std::function<absl::Status(const Article&, Rendered&, const RulePack&)>& sink) {
  absl::optional<absl::CivilDay> default_published;
  if (!opt.published.empty()) {
    absl::StatusOr<absl::CivilDay> d = ParsePublished(opt.published);
    if (!d.ok()) {
      return absl::InvalidArgumentError(absl::StrCat("--published: ", d.status().message()));
    }
    default_published = *d;
  }
  PackCache packs(FindRulesDir(opt.rules_dir, opt.argv0));
  ReadOptions ropt;
  ropt.keep_going = opt.keep_going;
  ropt.max_article_bytes = static_cast<uint64_t>(opt.max_article_bytes);
  // Small batches keep the workers evenly loaded; each costs one queue round trip.
  constexpr size_t kBatch = 16;
  absl::Status sink_status;
  ExtractPipeline pipeline(Jobs(opt), &render, [&](Batch& b) {
    for (size_t i = 0; i < b.articles.size() && sink_status.ok(); ++i) {
      sink_status = sink(b.articles[i], b.rendered[i], *b.packs[i]);
    }
  });
  auto batch = std::make_unique<Batch>();
  absl::Status st = ReadArticles(
      opt.inputs, ropt,
      [&](Article a) -> absl::Status {
        if (!sink_status.ok()) return sink_status;
        absl::StatusOr<std::shared_ptr<const RulePack>> pack = packs.ForArticle(a, opt);
        if (!pack.ok()) {
          return absl::InvalidArgumentError(absl::StrCat(a.path, ": ", pack.status().message()));
        }
        batch->packs.push_back(pack->get());
        batch->published.push_back(a.published ? a.published : default_published);
        batch->articles.push_back(std::move(a));
        if (batch->articles.size() >= kBatch) {
          pipeline.Submit(std::move(batch));
          batch = std::make_unique<Batch>();
        }
        return absl::OkStatus();
      },
      [&](const std::string& warning) { err << "claimcheck: warning: " << warning << "\n"; });
  if (!st.ok()) return st;
  if (!batch->articles.empty()) pipeline.Submit(std::move(batch));
  pipeline.Finish();
  return sink_status;
}

std::string Iso(const absl::optional<absl::CivilDay>& d) {
  return d ? absl::FormatCivilTime(*d) : "";
}

int Extract(const CliOptions& opt, std::ostream& out, std::ostream& err) {
  // Facts become JSON on the extracting threads; the main thread only writes, in order.
  const Renderer render = [](const Article& a, std::vector<Fact>& facts, const RulePack& pack) {
    std::string lines;
    // A fact takes about 1.2 KB as a line (1,180 bytes on the benchmark corpus): room for
    // them up front, not a string that doubles and copies itself as it grows.
    lines.reserve(facts.size() * 1280);
    JsonWriter w(&lines);
    const std::string published = Iso(a.published);
    FactArticleFields fields;
    fields.lang = a.lang.empty() ? pack.lang : a.lang;
    fields.outlet = a.outlet;
    fields.path = a.path;
    fields.published = published;
    fields.story = a.story;
    fields.url = a.url;
    for (const Fact& f : facts) {
      WriteFactJson(f, &w, &fields);
      lines += '\n';
    }
    return Rendered{std::move(lines), {}};
  };
  absl::Status st = ExtractAll(opt, err, render,
                               [&](const Article&, Rendered& r, const RulePack&) {
                                 out << r.bytes;
                                 return absl::OkStatus();
                               });
  if (!st.ok()) {
    err << "claimcheck: " << st.message() << "\n";
    return 2;
  }
  out.flush();
  return 0;
}

// Gives every article a unique id: when two inputs share one (the same file name in two
// story folders), both take their path instead. (Their facts take the new id when they
// are read back.)
void UniqueIds(std::vector<ArticleMeta>* metas) {
  std::map<std::string, int> count;
  for (const ArticleMeta& m : *metas) count[m.id]++;
  for (ArticleMeta& m : *metas) {
    if (count[m.id] >= 2) m.id = m.path;
  }
}

std::vector<std::string> SplitFormats(const std::string& s) {
  std::vector<std::string> out;
  for (absl::string_view p : absl::StrSplit(s, ',', absl::SkipEmpty())) {
    out.emplace_back(absl::StripAsciiWhitespace(p));
  }
  return out;
}

int FinishCheck(const Report& report, const CliOptions& opt, std::ostream& out,
                std::ostream& err) {
  absl::Status st = WriteReports(report, opt.out_dir, SplitFormats(opt.formats));
  if (!st.ok()) {
    err << "claimcheck: " << st.message() << "\n";
    return 2;
  }
  std::map<std::string, int> counts;
  for (const Finding& f : report.findings) counts[std::string(VerdictName(f.verdict))]++;
  out << "claimcheck: " << report.articles.size() << " articles, " << report.facts.size()
      << " facts, " << report.findings.size() << " findings";
  for (const auto& [v, n] : counts) out << ", " << n << " " << v;
  int unreviewed = report.UnreviewedContradictions();
  out << "; " << unreviewed << " unreviewed contradiction(s); report in " << opt.out_dir << "/\n";
  // A corpus may hold thousands: the console lists the first opt.show, the report all.
  int listed = 0;
  for (const Finding& f : report.findings) {
    if (f.verdict != Verdict::kContradict || report.reviews.count(f.id)) continue;
    if (opt.show >= 0 && listed >= opt.show) {
      out << "\n  ... and " << unreviewed - listed << " more unreviewed contradiction(s) in the report ("
          << opt.out_dir << "/); --show -1 lists them all here\n";
      break;
    }
    ++listed;
    out << "\n  contradiction " << f.id << " (confidence " << absl::StrFormat("%.2f", f.confidence)
        << ")\n";
    if (auto st = report.stale_reviews.find(f.id); st != report.stale_reviews.end()) {
      out << "    unreviewed again: " << st->second << "\n";
    }
    for (size_t side : {f.a, f.b}) {
      const FactRef x_ref = report.facts[side];
      const Fact& x = *x_ref;
      const ArticleMeta* m = FindArticle(report, x.article);
      out << "    " << (m && !m->outlet.empty() ? m->outlet : x.article) << ", "
          << (m && m->published ? absl::FormatCivilTime(*m->published) : "undated") << " ("
          << (m ? m->path : x.article) << "): \"" << x.text << "\"\n      in: " << x.sentence_text
          << "\n";
    }
    out << "    why: " << f.explanation << "\n";
    out << "    dismiss: " << ReviewCommand(report, f, "dismiss") << "\n";
    out << "    confirm: " << ReviewCommand(report, f, "confirm") << "\n";
  }
  return unreviewed > 0 ? 1 : 0;
}

bool ByOffset(const Fact& a, const Fact& b) {
  return std::tie(a.span.begin, a.span.end) < std::tie(b.span.begin, b.span.end);
}

// A block of one article's facts (sorted by offset) in a spill file, and the id its
// facts take.
struct SpilledBlock {
  std::string article;
  SpillFile::Extent extent;
};

// Adds `blocks` (of `spill`) to `facts` in a report's order: by article id, each
// article's facts by offset. Blocks that share an id (one file named twice, or an
// article's facts not together in a facts file) are merged into one block in memory.
absl::Status AddInReportOrder(const std::shared_ptr<SpillFile>& spill,
                              std::vector<SpilledBlock> blocks, FactList* facts) {
  CC_RETURN_IF_ERROR(spill->Flush());
  std::stable_sort(blocks.begin(), blocks.end(), [](const SpilledBlock& a, const SpilledBlock& b) {
    return a.article < b.article;
  });
  for (size_t lo = 0, hi = 0; lo < blocks.size(); lo = hi) {
    while (hi < blocks.size() && blocks[hi].article == blocks[lo].article) ++hi;
    if (hi - lo == 1) {
      facts->AddSpilledBlock(spill, std::move(blocks[lo].extent), blocks[lo].article);
      continue;
    }
    std::vector<Fact> merged;
    for (size_t k = lo; k < hi; ++k) {
      std::vector<Fact> part;
      CC_RETURN_IF_ERROR(spill->Read(blocks[k].extent, blocks[k].article, &part));
      merged.insert(merged.end(), std::make_move_iterator(part.begin()),
                    std::make_move_iterator(part.end()));
    }
    std::sort(merged.begin(), merged.end(), ByOffset);
    facts->AddBlock(std::move(merged));
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<Report> BuildReport(const CliOptions& opt, std::ostream& err) {
  // A corpus's facts would be most of a check's memory: each article's facts are
  // encoded as they are extracted and kept in a temporary file, read back one story at
  // a time to be compared and one article at a time to be written.
  absl::StatusOr<std::shared_ptr<SpillFile>> spill = SpillFile::Create();
  if (!spill.ok()) return spill.status();
  std::vector<ArticleMeta> metas;
  std::vector<SpillFile::Extent> extents;
  // The comparison rules of each language seen, each story compared with its own
  // language's (CompareByStory); the first seen for articles of no pack's language.
  // Copied here: the packs live only as long as ExtractAll.
  absl::flat_hash_map<std::string, CompareRules> rules_by_lang;
  absl::optional<CompareRules> rules;
  // On the extracting thread: in report order, encoded.
  const Renderer encode = [](const Article&, std::vector<Fact>& facts, const RulePack&) {
    std::sort(facts.begin(), facts.end(), ByOffset);
    SpillFile::Encoded e = SpillFile::Encode(facts);
    return Rendered{std::move(e.bytes), std::move(e.begins)};
  };
  absl::Status st = ExtractAll(opt, err, encode,
                               [&](const Article& a, Rendered& r, const RulePack& pack) {
    if (!rules) rules = pack.compare;
    const std::string& lang = a.lang.empty() ? pack.lang : a.lang;
    if (!rules_by_lang.contains(lang)) rules_by_lang.emplace(lang, pack.compare);
    metas.push_back({a.id, a.path, a.outlet, a.url, lang, a.published, a.story});
    absl::StatusOr<SpillFile::Extent> e =
        (*spill)->AppendEncoded({std::move(r.bytes), std::move(r.begins)});
    if (!e.ok()) return e.status();
    extents.push_back(*e);
    return absl::OkStatus();
  });
  if (!st.ok()) return st;
  UniqueIds(&metas);
  Report report;
  std::vector<SpilledBlock> blocks;
  for (size_t i = 0; i < metas.size(); ++i) blocks.push_back({metas[i].id, std::move(extents[i])});
  CC_RETURN_IF_ERROR(AddInReportOrder(*spill, std::move(blocks), &report.facts));
  // Articles by id (as their blocks): output independent of input order.
  std::stable_sort(metas.begin(), metas.end(),
                   [](const ArticleMeta& a, const ArticleMeta& b) { return a.id < b.id; });
  report.articles = std::move(metas);
  report.findings = CompareByStory(report.articles, report.facts, rules_by_lang, rules ? *rules : CompareRules{});
  if (!opt.reviews.empty()) {
    absl::StatusOr<Reviews> reviews = LoadReviews(opt.reviews, /*missing_ok=*/true);
    if (!reviews.ok()) return reviews.status();
    ApplyReviews(*reviews, &report);
  }
  report.reviews_path = opt.reviews;
  // Sorted: the review commands a report prints must not depend on the order the
  // articles were named in.
  report.inputs = opt.inputs;
  std::sort(report.inputs.begin(), report.inputs.end());
  report.inputs.erase(std::unique(report.inputs.begin(), report.inputs.end()), report.inputs.end());
  return report;
}

namespace {

int Check(const CliOptions& opt, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Report> report = BuildReport(opt, err);
  if (!report.ok()) {
    err << "claimcheck: " << report.status().message() << "\n";
    return 2;
  }
  return FinishCheck(*report, opt, out, err);
}

// compare: findings from facts that `extract` wrote, one JSON object per line. Prints
// the findings as JSON Lines, or with --out writes the reports and exits like check.
int Compare(const CliOptions& opt, std::ostream& out, std::ostream& err) {
  Report report;
  std::map<std::string, ArticleMeta> metas;
  std::set<std::string> article_paths;
  // As in check, the facts wait in a temporary file: each run of lines of one article
  // is a block.
  absl::StatusOr<std::shared_ptr<SpillFile>> spill = SpillFile::Create();
  if (!spill.ok()) {
    err << "claimcheck: " << spill.status().message() << "\n";
    return 2;
  }
  std::vector<SpilledBlock> blocks;
  std::vector<Fact> run;
  auto end_run = [&]() -> absl::Status {
    if (run.empty()) return absl::OkStatus();
    std::sort(run.begin(), run.end(), ByOffset);
    absl::StatusOr<SpillFile::Extent> e = (*spill)->Append(run);
    if (!e.ok()) return e.status();
    blocks.push_back({run.front().article, *e});
    run.clear();
    return absl::OkStatus();
  };
  for (const std::string& path : opt.inputs) {
    std::ifstream in(path);
    if (!in) {
      err << "claimcheck: " << path << ": no such file or directory\n";
      return 2;
    }
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      if (absl::StripAsciiWhitespace(line).empty()) continue;
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.is_object()) {
        err << "claimcheck: " << path << ":" << n << ": not a JSON object\n";
        if (opt.keep_going) continue;
        return 2;
      }
      absl::StatusOr<Fact> f = FactFromJson(j);
      if (!f.ok()) {
        err << "claimcheck: " << path << ":" << n << ": " << f.status().message() << "\n";
        if (opt.keep_going) continue;
        return 2;
      }
      ArticleMeta& m = metas[f->article];
      m.id = f->article;
      auto str = [&](const char* key) -> std::string {
        auto it = j.find(key);
        return it != j.end() && it->is_string() ? it->get<std::string>() : "";
      };
      m.path = str("path").empty() ? path : str("path");
      m.outlet = str("outlet");
      m.url = str("url");
      m.lang = str("lang");
      m.story = str("story");
      if (!str("published").empty()) {
        absl::StatusOr<absl::CivilDay> d = ParsePublished(str("published"));
        if (d.ok()) m.published = *d;
      }
      article_paths.insert(m.path);
      absl::Status st;
      if (!run.empty() && run.front().article != f->article) st = end_run();
      if (!st.ok()) {
        err << "claimcheck: " << st.message() << "\n";
        return 2;
      }
      run.push_back(std::move(*f));
    }
  }
  absl::Status st = end_run();
  if (st.ok()) st = AddInReportOrder(*spill, std::move(blocks), &report.facts);
  if (!st.ok()) {
    err << "claimcheck: " << st.message() << "\n";
    return 2;
  }
  for (auto& [id, m] : metas) report.articles.push_back(std::move(m));
  PackCache packs(FindRulesDir(opt.rules_dir, opt.argv0));
  // The comparison rules of --lang, else of the first article's language (as check).
  std::string lang = opt.lang;
  if (lang == "auto" || lang.empty()) {
    lang = !report.articles.empty() && !report.articles[0].lang.empty() ? report.articles[0].lang : "id";
  }
  absl::StatusOr<std::shared_ptr<const RulePack>> pack = packs.Get(lang);
  if (!pack.ok()) {
    err << "claimcheck: " << pack.status().message() << "\n";
    return 2;
  }
  report.findings = CompareByStory(report.articles, report.facts, (*pack)->compare);
  if (opt.out_given) {
    if (!opt.reviews.empty()) {
      absl::StatusOr<Reviews> reviews = LoadReviews(opt.reviews, /*missing_ok=*/true);
      if (!reviews.ok()) {
        err << "claimcheck: " << reviews.status().message() << "\n";
        return 2;
      }
      ApplyReviews(*reviews, &report);
    }
    report.reviews_path = opt.reviews;
    report.inputs.assign(article_paths.begin(), article_paths.end());
    return FinishCheck(report, opt, out, err);
  }
  std::string line;
  JsonWriter w(&line);
  for (const Finding& f : report.findings) {
    line.clear();
    WriteFindingJson(report, f, &w);
    out << line << "\n";
  }
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

namespace {

// review: records a fact-checker's decision on one finding of the given articles.
int Review(const CliOptions& opt, std::ostream& out, std::ostream& err) {
  if (opt.reviews.empty()) {
    err << "claimcheck review: --reviews FILE is required\n";
    return 2;
  }
  if (opt.confirm.empty() == opt.dismiss.empty()) {
    err << "claimcheck review: give exactly one of --confirm FINDING_ID or --dismiss FINDING_ID\n";
    return 2;
  }
  if (opt.note.empty()) {
    err << "claimcheck review: --note TEXT is required (say why)\n";
    return 2;
  }
  // Load first: a malformed file is reported and left untouched.
  absl::StatusOr<Reviews> reviews = LoadReviews(opt.reviews, /*missing_ok=*/true);
  if (!reviews.ok()) {
    err << "claimcheck: " << reviews.status().message() << "\n";
    return 2;
  }
  CliOptions build = opt;
  build.reviews.clear();
  absl::StatusOr<Report> report = BuildReport(build, err);
  if (!report.ok()) {
    err << "claimcheck: " << report.status().message() << "\n";
    return 2;
  }
  const std::string& id = opt.confirm.empty() ? opt.dismiss : opt.confirm;
  const Finding* found = nullptr;
  for (const Finding& f : report->findings) {
    if (f.id == id) found = &f;
  }
  if (found == nullptr) {
    err << "claimcheck review: unknown finding id '" << id << "': none of the "
        << report->findings.size() << " findings of " << absl::StrJoin(opt.inputs, " ")
        << " has it\n";
    return 2;
  }
  StoredDecision d;
  d.review.decision = opt.confirm.empty() ? "dismissed" : "confirmed";
  d.review.note = opt.note;
  d.review.reviewer = opt.reviewer;
  if (d.review.reviewer.empty()) {
    const char* user = std::getenv("USER");
    d.review.reviewer = user != nullptr ? user : "";
  }
  d.review.date = absl::FormatCivilTime(absl::ToCivilDay(absl::Now(), absl::LocalTimeZone()));
  const FactRef a_ref = report->facts[found->a];
  const Fact& a = *a_ref;
  const FactRef b_ref = report->facts[found->b];
  const Fact& b = *b_ref;
  d.a_article = a.article;
  d.a_text = a.text;
  d.b_article = b.article;
  d.b_text = b.text;
  (*reviews)[id] = std::move(d);
  absl::Status st = SaveReviews(opt.reviews, *reviews);
  if (!st.ok()) {
    err << "claimcheck: " << st.message() << "\n";
    return 2;
  }
  out << "claimcheck: " << (opt.confirm.empty() ? "dismissed " : "confirmed ") << id << " (\""
      << a.text << "\" vs \"" << b.text << "\") in " << opt.reviews << "\n";
  return 0;
}

}  // namespace

int RunCommand(const std::string& command, const CliOptions& opt, std::ostream& out,
               std::ostream& err) {
  if (opt.inputs.empty()) {
    err << "claimcheck " << command << ": no INPUT given (see --help)\n";
    return 2;
  }
  if (command == "extract") return Extract(opt, out, err);
  if (command == "check") return Check(opt, out, err);
  if (command == "compare") return Compare(opt, out, err);
  if (command == "review") return Review(opt, out, err);
  err << "claimcheck: unknown command '" << command
      << "' (expected extract, check, compare or review; see --help)\n";
  return 2;
}

}  // namespace claimcheck
