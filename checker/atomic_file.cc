#include "checker/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Temporary files that exist right now, for the signal handler. Fixed storage: the
// handler may only use async-signal-safe calls (unlink), no allocation or locks.
constexpr int kMaxPending = 32;
constexpr size_t kMaxPath = 4096;
char g_pending[kMaxPending][kMaxPath];
volatile sig_atomic_t g_pending_used[kMaxPending];

int Register(const std::string& tmp) {
  if (tmp.size() >= kMaxPath) return -1;
  for (int i = 0; i < kMaxPending; ++i) {
    if (!g_pending_used[i]) {
      std::memcpy(g_pending[i], tmp.c_str(), tmp.size() + 1);
      g_pending_used[i] = 1;
      return i;
    }
  }
  return -1;  // not registered: an interrupt may leave this one behind
}

void Unregister(const std::string& tmp) {
  for (int i = 0; i < kMaxPending; ++i) {
    if (g_pending_used[i] && tmp == g_pending[i]) g_pending_used[i] = 0;
  }
}

void OnInterrupt(int sig) {
  for (int i = 0; i < kMaxPending; ++i) {
    if (g_pending_used[i]) unlink(g_pending[i]);
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

}  // namespace

PendingFiles::~PendingFiles() {
  for (const auto& [tmp, path] : staged_) {
    unlink(tmp.c_str());
    Unregister(tmp);
  }
}

absl::Status PendingFiles::Stage(const std::string& path, const std::string& content) {
  std::string tmp = absl::StrCat(path, ".tmp.", getpid());
  Register(tmp);
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    int e = errno;
    Unregister(tmp);
    return absl::InternalError(absl::StrCat(path, ": cannot write: ", strerror(e)));
  }
  staged_.emplace_back(tmp, path);
  size_t done = 0;
  while (done < content.size()) {
    ssize_t n = write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int e = errno;
      close(fd);
      return absl::InternalError(absl::StrCat(path, ": write failed: ", strerror(e)));
    }
    done += static_cast<size_t>(n);
  }
  if (fsync(fd) != 0) {
    int e = errno;
    close(fd);
    return absl::InternalError(absl::StrCat(path, ": cannot flush: ", strerror(e)));
  }
  if (close(fd) != 0) {
    return absl::InternalError(absl::StrCat(path, ": cannot flush: ", strerror(errno)));
  }
  return absl::OkStatus();
}

absl::Status PendingFiles::Commit() {
  while (!staged_.empty()) {
    auto [tmp, path] = staged_.front();
    if (rename(tmp.c_str(), path.c_str()) != 0) {
      return absl::InternalError(
          absl::StrCat(path, ": cannot rename into place: ", strerror(errno)));
    }
    Unregister(tmp);
    staged_.erase(staged_.begin());
  }
  return absl::OkStatus();
}

absl::Status WriteFileAtomically(const std::string& path, const std::string& content) {
  PendingFiles f;
  absl::Status st = f.Stage(path, content);
  if (!st.ok()) return st;
  return f.Commit();
}

void InstallInterruptCleanup() {
  struct sigaction sa;
  std::memset(&sa, 0, sizeof sa);
  sa.sa_handler = OnInterrupt;
  sigemptyset(&sa.sa_mask);
  for (int sig : {SIGINT, SIGTERM, SIGHUP}) sigaction(sig, &sa, nullptr);
}

}  // namespace claimcheck
