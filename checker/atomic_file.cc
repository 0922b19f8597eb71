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
  return StageWith(path, [&](const std::function<void(absl::string_view)>& out) { out(content); });
}

absl::Status PendingFiles::StageWith(
    const std::string& path,
    const std::function<void(const std::function<void(absl::string_view)>&)>& produce) {
  std::string tmp = absl::StrCat(path, ".tmp.", getpid());
  Register(tmp);
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    int e = errno;
    Unregister(tmp);
    return absl::InternalError(absl::StrCat(path, ": cannot write: ", strerror(e)));
  }
  staged_.emplace_back(tmp, path);
  int error = 0;
  auto write_all = [&](absl::string_view bytes) {
    while (!bytes.empty() && error == 0) {
      ssize_t n = write(fd, bytes.data(), bytes.size());
      if (n < 0) {
        if (errno != EINTR) error = errno;
        continue;
      }
      bytes.remove_prefix(static_cast<size_t>(n));
    }
  };
  constexpr size_t kBuffer = 1 << 20;
  std::string buffer;
  buffer.reserve(kBuffer);
  produce([&](absl::string_view piece) {
    if (buffer.size() + piece.size() > kBuffer) {
      write_all(buffer);
      buffer.clear();
    }
    if (piece.size() > kBuffer) {
      write_all(piece);
    } else {
      buffer.append(piece.data(), piece.size());
    }
  });
  write_all(buffer);
  if (error != 0) {
    close(fd);
    return absl::InternalError(absl::StrCat(path, ": write failed: ", strerror(error)));
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
