// Files that appear whole or not at all.
//
// Each file is written to PATH.tmp.PID, flushed, and renamed over PATH; a set of files
// (a report's json, md, html...) is renamed only once every one of them is written, so a
// failed or interrupted run leaves the previous files as they were. While temporary
// files exist they are registered, and InstallInterruptCleanup() makes SIGINT, SIGTERM
// and SIGHUP remove them before the process dies of the signal.
//
//   PendingFiles files;
//   CC_RETURN_IF_ERROR(files.Stage("out/report.json", json));
//   CC_RETURN_IF_ERROR(files.Stage("out/report.md", md));
//   CC_RETURN_IF_ERROR(files.Commit());  // renames both into place
//
// Not thread-safe: one PendingFiles per thread, and one thread writing at a time.
#ifndef CLAIMCHECK_CHECKER_ATOMIC_FILE_H_
#define CLAIMCHECK_CHECKER_ATOMIC_FILE_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace claimcheck {

class PendingFiles {
 public:
  PendingFiles() = default;
  PendingFiles(const PendingFiles&) = delete;
  PendingFiles& operator=(const PendingFiles&) = delete;
  ~PendingFiles();  // removes whatever was staged and not committed

  // Writes `content` to a temporary file beside `path`. Errors name `path`.
  absl::Status Stage(const std::string& path, const std::string& content);
  // The same, with the content produced piece by piece by `produce` (written through a
  // buffer, never held whole).
  absl::Status StageWith(
      const std::string& path,
      const std::function<void(const std::function<void(absl::string_view)>&)>& produce);
  // Renames every staged file into place, in the order staged.
  absl::Status Commit();

 private:
  std::vector<std::pair<std::string, std::string>> staged_;  // (tmp, path)
};

// Writes one file atomically (a PendingFiles of one).
absl::Status WriteFileAtomically(const std::string& path, const std::string& content);

// Makes SIGINT, SIGTERM and SIGHUP remove staged temporary files, then end the process
// as the signal would have. Call once, early in main().
void InstallInterruptCleanup();

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_ATOMIC_FILE_H_
