// Fuzz target: the reviews loader on arbitrary bytes. A malformed file is an error naming
// it, never a crash; what loads must save and load back to the same decisions.
#include <cstddef>
#include <cstdint>
#include <string>

#include "checker/reviews.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace claimcheck;
  const std::string path = fuzz::Scratch() + "/reviews.json";
  fuzz::WriteFile(path, data, size);
  absl::StatusOr<Reviews> r = LoadReviews(path, /*missing_ok=*/false);
  if (!r.ok()) {
    if (r.status().message().find(path) == std::string::npos) __builtin_trap();
    return 0;
  }
  const std::string again = fuzz::Scratch() + "/reviews2.json";
  if (!SaveReviews(again, *r).ok()) __builtin_trap();
  absl::StatusOr<Reviews> back = LoadReviews(again, false);
  if (!back.ok() || back->size() != r->size()) __builtin_trap();
  return 0;
}
