// Fuzz target: the rule-pack loader with one of its files replaced by arbitrary bytes
// (the first byte picks the file). A malformed pack must be an error, never a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "checker/rule_pack.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

const char* const kFiles[] = {
    "lang.json",       "numbers.json",    "dates.json",  "units.json",
    "concepts.json",   "hedges.json",     "attribution.json", "furniture.json",
    "stopwords.json",  "tolerances.json", "compare.json", "morphology.json",
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  if (size == 0) return 0;
  static const std::string pack_dir = [] {
    std::string dir = fuzz::Scratch() + "/id";
    std::string cmd = "cp -rL '" + fuzz::Root() + "/rules/id' '" + dir + "'";
    if (std::system(cmd.c_str()) != 0) std::abort();
    return dir;
  }();
  const std::string file = kFiles[data[0] % (sizeof kFiles / sizeof kFiles[0])];
  const std::string path = pack_dir + "/" + file;
  static std::string original_path;
  static std::string original;
  // Restore the file the previous input replaced.
  if (!original_path.empty()) {
    fuzz::WriteFile(original_path, reinterpret_cast<const uint8_t*>(original.data()), original.size());
  }
  auto saved = ReadFileToString(path);
  if (!saved.ok()) std::abort();
  original_path = path;
  original = *saved;
  fuzz::WriteFile(path, data + 1, size - 1);
  (void)LoadRulePack(pack_dir);
  return 0;
}
