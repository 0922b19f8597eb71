// Helpers shared by the fuzz targets: a private scratch directory and the repository
// root (CLAIMCHECK_ROOT, else the working directory) for the rule packs.
#ifndef CLAIMCHECK_TESTS_FUZZ_FUZZ_UTIL_H_
#define CLAIMCHECK_TESTS_FUZZ_FUZZ_UTIL_H_

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>

namespace claimcheck {
namespace fuzz {

inline std::string Root() {
  const char* r = std::getenv("CLAIMCHECK_ROOT");
  return r != nullptr && *r ? r : ".";
}

// A directory of our own, created once per process: in Bazel's TEST_TMPDIR when the
// regression tests replay inputs (Bazel removes it), else in TMPDIR (run_fuzzers.sh
// points it into its own work directory).
inline const std::string& Scratch() {
  static const std::string dir = [] {
    const char* base = std::getenv("TEST_TMPDIR");
    if (base == nullptr || *base == '\0') base = std::getenv("TMPDIR");
    if (base == nullptr || *base == '\0') base = "/tmp";
    std::string tmpl = std::string(base) + "/claimcheck-fuzz.XXXXXX";
    char* made = mkdtemp(tmpl.data());
    if (made == nullptr) {
      std::perror("mkdtemp");
      std::abort();
    }
    return std::string(made);
  }();
  return dir;
}

inline void WriteFile(const std::string& path, const uint8_t* data, size_t size) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

}  // namespace fuzz
}  // namespace claimcheck

#endif  // CLAIMCHECK_TESTS_FUZZ_FUZZ_UTIL_H_
