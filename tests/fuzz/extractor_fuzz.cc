// Fuzz target: fact extraction with every rule pack (Indonesian and English) on arbitrary
// text. Facts' spans must lie inside the text and quote it verbatim.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/time/civil_time.h"
#include "checker/extractor.h"
#include "checker/rule_pack.h"
#include "checker/utf8.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  static const std::vector<std::shared_ptr<const RulePack>> packs = [] {
    std::vector<std::shared_ptr<const RulePack>> out;
    for (const char* lang : {"id", "en"}) {
      auto p = LoadRulePack(fuzz::Root() + "/rules/" + lang);
      if (!p.ok()) {
        std::fprintf(stderr, "cannot load rules: %s\n", std::string(p.status().message()).c_str());
        std::abort();
      }
      out.push_back(*p);
    }
    return out;
  }();
  std::string text(reinterpret_cast<const char*>(data), size);
  // The reader hands the extractor valid UTF-8 without NUL bytes; do the same.
  SanitizeUtf8(&text);
  for (const auto& pack : packs) {
    std::vector<Fact> facts = ExtractFacts("fuzz", text, absl::CivilDay(2024, 6, 11), *pack);
    for (const Fact& f : facts) {
      if (f.span.begin > f.span.end || f.span.end > text.size()) __builtin_trap();
      if (text.compare(f.span.begin, f.span.size(), f.text) != 0) __builtin_trap();
    }
  }
  return 0;
}
