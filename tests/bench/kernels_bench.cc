// Microbenchmarks of claimcheck's hot paths, on the fixture articles.
//
// Run from anywhere in the repository (bazel run sets BUILD_WORKSPACE_DIRECTORY, which is
// the default root; --root overrides it, e.g. for a binary run by hand):
//
//   bazel run -c opt //tests/bench:kernels_bench
//   bazel run -c opt //tests/bench:kernels_bench -- --root "$PWD" --benchmark_filter=Extract
//   bazel-bin/tests/bench/kernels_bench --root . --benchmark_min_time=2
//
// Use -c opt: the default fastbuild configuration measures an unoptimised build.
// (If another Bazel server is busy in this tree, add --output_base=/tmp/SOMEWHERE before
// `run` and --symlink_prefix=/ after it, as tests/bench/run_bench.sh does.)
//
// Every benchmark reports bytes/s of article text, so the kernels can be compared with
// each other and with the end-to-end throughput run_bench.sh measures: a kernel at 40 MB/s
// is ~10% of an extraction running at 4 MB/s.
//
// "***WARNING*** Library was built as DEBUG" comes from Debian's libbenchmark build, not
// from this binary; it does not affect the code measured here.
//
// Inputs: fixtures/seeds/*.txt and fixtures/stories/<story>/*.txt with their sidecars
// (about 40 articles, 74 KB), read once with the tool's own ArticleReader; rules/id.
#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "checker/article.h"
#include "checker/article_reader.h"
#include "checker/comparator.h"
#include "checker/extractor.h"
#include "checker/fact.h"
#include "checker/number_parser.h"
#include "checker/rule_pack.h"
#include "checker/tokenizer.h"

namespace claimcheck {
namespace {

// One fixture story: the articles a `claimcheck check` of its folder would compare.
struct Story {
  std::string name;
  std::vector<Article> articles;
};

struct Corpus {
  std::shared_ptr<const RulePack> pack;
  std::vector<Story> stories;  // fixtures/seeds as one story, then fixtures/stories/*
  std::vector<const Article*> all;
  int64_t bytes = 0;
};

Corpus* g_corpus = nullptr;

// Sorted subdirectories of `dir`. The reader walks directories itself, but each story is
// a comparison of its own, so the stories are listed here.
std::vector<std::string> ListDirs(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_directory()) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

absl::Status LoadCorpus(const std::string& root, Corpus* c) {
  absl::StatusOr<std::shared_ptr<const RulePack>> pack = LoadRulePack(root + "/rules/id");
  if (!pack.ok()) return pack.status();
  c->pack = *pack;
  std::vector<std::pair<std::string, std::string>> dirs = {
      {"seeds", root + "/fixtures/seeds"}};
  for (const std::string& d : ListDirs(root + "/fixtures/stories")) {
    dirs.emplace_back(d.substr(d.rfind('/') + 1), d);
  }
  for (const auto& [name, dir] : dirs) {
    Story s;
    s.name = name;
    absl::Status st = ReadArticles(
        {dir}, {},
        [&s](Article a) {
          s.articles.push_back(std::move(a));
          return absl::OkStatus();
        },
        [](const std::string& w) { fprintf(stderr, "warning: %s\n", w.c_str()); });
    if (!st.ok()) return st;
    c->stories.push_back(std::move(s));
  }
  for (const Story& s : c->stories) {
    for (const Article& a : s.articles) {
      c->all.push_back(&a);
      c->bytes += static_cast<int64_t>(a.text.size());
    }
  }
  if (c->all.empty()) return absl::NotFoundError("no fixture articles under " + root);
  return absl::OkStatus();
}

TokenizeOptions Options() {
  TokenizeOptions o;
  o.abbreviations = &g_corpus->pack->abbreviations;
  return o;
}

// All fixture texts tokenized once, for the kernels that run on tokens.
const std::vector<TokenizedText>& Tokenized() {
  static const std::vector<TokenizedText>* t = [] {
    auto* v = new std::vector<TokenizedText>;
    for (const Article* a : g_corpus->all) v->push_back(Tokenize(a->text, Options()));
    return v;
  }();
  return *t;
}

// ---- tokenizer -------------------------------------------------------------------------

void BM_Tokenize(benchmark::State& state) {
  const TokenizeOptions o = Options();
  int64_t tokens = 0;
  for (auto _ : state) {
    for (const Article* a : g_corpus->all) {
      TokenizedText t = Tokenize(a->text, o);
      tokens += static_cast<int64_t>(t.tokens.size());
      benchmark::DoNotOptimize(t.tokens.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens),
                                                  benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Tokenize);

// ---- number parser ---------------------------------------------------------------------

// The forms numbers.json covers: digits in both conventions, words, multipliers, vague
// quantities, ordinals, fractions, decimals in words.
const char* const kNumberPhrases[] = {
    "1.000",           "2,5",          "1.200.000",       "1,200,000",
    "2.5",             "48",           "0,37",            "seribu",
    "seribu dua ratus", "empat puluh delapan", "tiga juta dua ratus ribu", "sebelas",
    "dua belas",       "2,5 juta",     "193,7 triliun",   "1.200 miliar",
    "5 rb",            "100K",         "ratusan",         "puluhan ribu",
    "300-an",          "ke-70",        "kedua",           "setengah",
    "tiga perempat",   "dua koma lima", "minus 5",        "sembilan ratus sembilan puluh sembilan",
};

void BM_NumberParseWhole(benchmark::State& state) {
  const NumberParser& p = *g_corpus->pack->numbers;
  int64_t bytes = 0, parsed = 0;
  for (const char* s : kNumberPhrases) bytes += static_cast<int64_t>(strlen(s));
  for (auto _ : state) {
    for (const char* s : kNumberPhrases) {
      absl::optional<ParsedNumber> n = p.ParseWhole(s);
      parsed += n.has_value();
      benchmark::DoNotOptimize(n);
    }
  }
  if (parsed != static_cast<int64_t>(state.iterations() * std::size(kNumberPhrases))) {
    state.SkipWithError("a number phrase did not parse: the phrase list is out of date");
  }
  state.SetBytesProcessed(state.iterations() * bytes);
  state.SetItemsProcessed(state.iterations() * std::size(kNumberPhrases));
}
BENCHMARK(BM_NumberParseWhole);

// The extractor's use: ParseAt at every token of every article (most find nothing).
void BM_NumberParseAtEveryToken(benchmark::State& state) {
  const NumberParser& p = *g_corpus->pack->numbers;
  const auto& texts = Tokenized();
  int64_t found = 0;
  for (auto _ : state) {
    for (const TokenizedText& t : texts) {
      for (size_t i = 0; i < t.tokens.size(); ++i) found += p.ParseAt(t, i).has_value();
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.counters["numbers"] = static_cast<double>(found) / state.iterations();
}
BENCHMARK(BM_NumberParseAtEveryToken);

// ---- date parser -----------------------------------------------------------------------

void BM_DateParseAtEveryToken(benchmark::State& state) {
  const DateParser& p = *g_corpus->pack->dates;
  const auto& texts = Tokenized();
  const absl::optional<absl::CivilMinute> ref = absl::CivilMinute(2024, 6, 11, 12, 0);
  int64_t found = 0;
  for (auto _ : state) {
    for (const TokenizedText& t : texts) {
      for (size_t i = 0; i < t.tokens.size(); ++i) found += p.ParseAt(t, i, ref).has_value();
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.counters["dates"] = static_cast<double>(found) / state.iterations();
}
BENCHMARK(BM_DateParseAtEveryToken);

// ---- lexicons --------------------------------------------------------------------------

// The phrase lexicons the extractor consults around each number: units on both sides,
// counted nouns (concepts), hedges. One MatchAt of each per token.
void BM_LexiconMatchAtEveryToken(benchmark::State& state) {
  const RulePack& pk = *g_corpus->pack;
  const auto& texts = Tokenized();
  int64_t hits = 0;
  for (auto _ : state) {
    for (const TokenizedText& t : texts) {
      for (size_t i = 0; i < t.tokens.size(); ++i) {
        hits += pk.suffix_units.MatchAt(t, i).has_value();
        hits += pk.prefix_units.MatchAt(t, i).has_value();
        hits += pk.concepts.MatchAt(t, i).has_value();
        hits += pk.hedges_before.MatchAt(t, i).has_value();
      }
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.counters["hits"] = static_cast<double>(hits) / state.iterations();
}
BENCHMARK(BM_LexiconMatchAtEveryToken);

// Single-word lookups of the unit table (the cheapest path: one hash probe).
void BM_UnitFind(benchmark::State& state) {
  const RulePack& pk = *g_corpus->pack;
  const auto& texts = Tokenized();
  int64_t hits = 0;
  for (auto _ : state) {
    for (const TokenizedText& t : texts) {
      for (const Token& tok : t.tokens) hits += pk.suffix_units.Find(t.Lower(tok)) != nullptr;
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.counters["hits"] = static_cast<double>(hits) / state.iterations();
}
BENCHMARK(BM_UnitFind);

// ---- whole-article extraction ----------------------------------------------------------

void BM_ExtractFacts(benchmark::State& state) {
  const RulePack& pk = *g_corpus->pack;
  int64_t facts = 0;
  for (auto _ : state) {
    for (const Article* a : g_corpus->all) {
      std::vector<Fact> f = ExtractFacts(a->id, a->text, a->published, pk);
      facts += static_cast<int64_t>(f.size());
      benchmark::DoNotOptimize(f.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(g_corpus->all.size()));
  state.counters["facts/s"] =
      benchmark::Counter(static_cast<double>(facts), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ExtractFacts)->Unit(benchmark::kMillisecond);

// ---- comparator ------------------------------------------------------------------------

struct StoryFacts {
  std::vector<ArticleMeta> articles;
  FactList facts;
  int64_t bytes = 0;
};

ArticleMeta Meta(const Article& a) {
  ArticleMeta m;
  m.id = a.id;
  m.path = a.path;
  m.outlet = a.outlet;
  m.url = a.url;
  m.lang = a.lang;
  m.published = a.published;
  return m;
}

// Facts of each story, extracted once (the comparator's input in `claimcheck check`).
const std::vector<StoryFacts>& FactsByStory() {
  static const std::vector<StoryFacts>* v = [] {
    auto* out = new std::vector<StoryFacts>;
    for (const Story& s : g_corpus->stories) {
      StoryFacts sf;
      for (const Article& a : s.articles) {
        sf.articles.push_back(Meta(a));
        sf.facts.AddBlock(ExtractFacts(a.id, a.text, a.published, *g_corpus->pack));
        sf.bytes += static_cast<int64_t>(a.text.size());
      }
      out->push_back(std::move(sf));
    }
    return out;
  }();
  return *v;
}

// Each story compared on its own, as `claimcheck check fixtures/stories/<story>` does.
void BM_CompareFactsPerStory(benchmark::State& state) {
  const auto& stories = FactsByStory();
  int64_t facts = 0, findings = 0;
  for (const StoryFacts& s : stories) facts += static_cast<int64_t>(s.facts.size());
  for (auto _ : state) {
    for (const StoryFacts& s : stories) {
      std::vector<Finding> f = CompareFacts(s.articles, s.facts, g_corpus->pack->compare);
      findings += static_cast<int64_t>(f.size());
      benchmark::DoNotOptimize(f.data());
    }
  }
  state.SetBytesProcessed(state.iterations() * g_corpus->bytes);
  state.SetItemsProcessed(state.iterations() * facts);  // facts compared per second
  state.counters["findings"] = static_cast<double>(findings) / state.iterations();
}
BENCHMARK(BM_CompareFactsPerStory)->Unit(benchmark::kMillisecond);

// Every fixture article in one comparison (`claimcheck check fixtures`): blocking must
// keep unrelated stories apart, so this should cost about the sum of the stories.
void BM_CompareFactsAllFixtures(benchmark::State& state) {
  static const StoryFacts* all = [] {
    auto* a = new StoryFacts;
    for (const StoryFacts& s : FactsByStory()) {
      a->articles.insert(a->articles.end(), s.articles.begin(), s.articles.end());
      for (const Fact& f : s.facts) a->facts.push_back(f);
      a->bytes += s.bytes;
    }
    return a;
  }();
  int64_t findings = 0;
  for (auto _ : state) {
    std::vector<Finding> f = CompareFacts(all->articles, all->facts, g_corpus->pack->compare);
    findings += static_cast<int64_t>(f.size());
    benchmark::DoNotOptimize(f.data());
  }
  state.SetBytesProcessed(state.iterations() * all->bytes);
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(all->facts.size()));
  state.counters["findings"] = static_cast<double>(findings) / state.iterations();
}
BENCHMARK(BM_CompareFactsAllFixtures)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimcheck

int main(int argc, char** argv) {
  // --root DIR / --root=DIR is ours; everything else goes to Google Benchmark.
  const char* ws = getenv("BUILD_WORKSPACE_DIRECTORY");
  std::string root = ws != nullptr ? ws : ".";
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (strcmp(argv[i], "--root") == 0 && i + 1 < argc) {
      root = argv[++i];
    } else if (strncmp(argv[i], "--root=", 7) == 0) {
      root = argv[i] + 7;
    } else {
      args.push_back(argv[i]);
    }
  }
  int n = static_cast<int>(args.size());
  benchmark::Initialize(&n, args.data());
  if (benchmark::ReportUnrecognizedArguments(n, args.data())) return 2;

  static claimcheck::Corpus corpus;
  absl::Status st = claimcheck::LoadCorpus(root, &corpus);
  if (!st.ok()) {
    fprintf(stderr, "kernels_bench: %s\n(run from the repository root or pass --root DIR)\n",
            st.ToString().c_str());
    return 2;
  }
  claimcheck::g_corpus = &corpus;
  benchmark::AddCustomContext("root", root);
  benchmark::AddCustomContext(
      "fixtures", absl::StrCat(corpus.stories.size(), " stories, ", corpus.all.size(),
                               " articles, ", corpus.bytes, " bytes of text"));
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
