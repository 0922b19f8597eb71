#include "checker/fact_list.h"

#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "absl/strings/str_cat.h"
#include "checker/fact_codec.h"

namespace claimcheck {
namespace {

[[noreturn]] void Die(absl::string_view what) {
  std::fprintf(stderr, "claimcheck: internal error: %.*s\n", static_cast<int>(what.size()),
               what.data());
  std::abort();
}

constexpr size_t kSpillBuffer = 1 << 20;

}  // namespace

// ---- SpillFile ----

absl::StatusOr<std::shared_ptr<SpillFile>> SpillFile::Create() {
  const char* env = std::getenv("TMPDIR");
  std::string dir = env != nullptr && *env ? env : "/tmp";
  std::string name = absl::StrCat(dir, "/claimcheck-facts.XXXXXX");
  int fd = mkstemp(name.data());
  if (fd < 0) {
    return absl::UnavailableError(absl::StrCat("cannot make a temporary file for facts in ", dir,
                                               ": ", std::strerror(errno), " (set TMPDIR)"));
  }
  unlink(name.c_str());  // nameless from now on: nothing to clean up
  return std::shared_ptr<SpillFile>(new SpillFile(fd, std::move(dir)));
}

SpillFile::~SpillFile() { close(fd_); }

SpillFile::Encoded SpillFile::Encode(const std::vector<Fact>& facts) {
  Encoded e;
  EncodeFacts(facts, &e.bytes);
  e.begins.reserve(facts.size());
  for (const Fact& f : facts) e.begins.push_back(f.span.begin);
  return e;
}

absl::StatusOr<SpillFile::Extent> SpillFile::AppendEncoded(Encoded facts) {
  Extent e;
  e.offset = size();
  e.begins = std::move(facts.begins);
  e.size = facts.bytes.size();
  buffer_.append(facts.bytes);
  if (buffer_.size() >= kSpillBuffer) {
    absl::Status st = Flush();
    if (!st.ok()) return st;
  }
  return e;
}

absl::Status SpillFile::Flush() {
  size_t done = 0;
  while (done < buffer_.size()) {
    ssize_t n = write(fd_, buffer_.data() + done, buffer_.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return absl::UnavailableError(absl::StrCat("cannot write the temporary file for facts in ",
                                                 dir_, ": ", std::strerror(errno),
                                                 " (set TMPDIR to a roomier place)"));
    }
    done += static_cast<size_t>(n);
  }
  flushed_ += buffer_.size();
  buffer_.clear();
  return absl::OkStatus();
}

absl::Status SpillFile::Read(const Extent& e, absl::string_view article,
                             std::vector<Fact>* out) const {
  if (e.offset + e.size > flushed_) {
    return absl::FailedPreconditionError("facts read back before they were flushed");
  }
  std::string bytes(e.size, '\0');
  size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = pread(fd_, bytes.data() + done, bytes.size() - done,
                      static_cast<off_t>(e.offset + done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      return absl::DataLossError(absl::StrCat("cannot read the temporary file for facts in ",
                                              dir_, ": ",
                                              n == 0 ? "it is shorter than written"
                                                     : std::strerror(errno)));
    }
    done += static_cast<size_t>(n);
  }
  return DecodeFacts(bytes, article, out);
}

// ---- FactList ----

FactList::FactList(std::vector<Fact> facts) { AddBlock(std::move(facts)); }

void FactList::AddBlock(std::vector<Fact> facts) {
  if (facts.empty()) return;
  const uint32_t block = static_cast<uint32_t>(blocks_.size());
  for (uint32_t k = 0; k < facts.size(); ++k) index_.push_back(Where{block, k, facts[k].span.begin});
  Block b;
  b.first = index_.size() - facts.size();
  b.facts = std::move(facts);
  blocks_.push_back(std::move(b));
}

void FactList::push_back(Fact f) {
  if (blocks_.empty()) blocks_.emplace_back();
  Block& last = blocks_.back();
  if (last.spill != nullptr) Die("push_back onto a spilled block of facts");
  index_.push_back(Where{static_cast<uint32_t>(blocks_.size() - 1),
                         static_cast<uint32_t>(last.facts.size()), f.span.begin});
  last.facts.push_back(std::move(f));
}

void FactList::AddSpilledBlock(std::shared_ptr<const SpillFile> spill, SpillFile::Extent where,
                               std::string article) {
  const uint32_t count = static_cast<uint32_t>(where.begins.size());
  if (count == 0) return;
  const uint32_t block = static_cast<uint32_t>(blocks_.size());
  for (uint32_t k = 0; k < count; ++k) index_.push_back(Where{block, k, where.begins[k]});
  std::vector<uint32_t>().swap(where.begins);  // kept in the index
  Block b;
  b.first = index_.size() - count;
  b.count = count;
  b.spill = std::move(spill);
  b.extent = std::move(where);
  b.article = std::move(article);
  blocks_.push_back(std::move(b));
  ++spilled_;
}

std::shared_ptr<const std::vector<Fact>> FactList::Decoded(uint32_t block) const {
  std::lock_guard<std::mutex> lock(cache_->mu);
  auto& cached = cache_->blocks;
  for (size_t i = 0; i < cached.size(); ++i) {
    if (cached[i].first != block) continue;
    std::rotate(cached.begin(), cached.begin() + i, cached.begin() + i + 1);  // to the front
    return cached.front().second;
  }
  const Block& b = blocks_[block];
  auto facts = std::make_shared<std::vector<Fact>>();
  absl::Status st = b.spill->Read(b.extent, b.article, facts.get());
  if (!st.ok()) Die(st.message());
  if (facts->size() != b.count) Die("a block of facts read back with another count");
  if (cached.size() >= kCachedBlocks) cached.pop_back();
  cached.insert(cached.begin(), {block, facts});
  return facts;
}

FactRef FactList::operator[](size_t i) const {
  const Where w = index_[i];
  const Block& b = blocks_[w.block];
  if (b.spill == nullptr) return FactRef(&b.facts[w.offset], nullptr);
  std::shared_ptr<const std::vector<Fact>> facts = Decoded(w.block);
  const Fact* f = &(*facts)[w.offset];
  return FactRef(f, std::move(facts));
}

const Fact& FactList::resident(size_t i) const {
  const Where w = index_[i];
  const Block& b = blocks_[w.block];
  if (b.spill != nullptr) Die("a spilled fact read as one in memory");
  return b.facts[w.offset];
}

std::string FactList::id(size_t i) const {
  const Where w = index_[i];
  const Block& b = blocks_[w.block];
  if (b.spill == nullptr) return b.facts[w.offset].id();
  return absl::StrCat(b.article, "#", w.begin);
}

const std::string& FactList::article(size_t i) const {
  const Where w = index_[i];
  const Block& b = blocks_[w.block];
  return b.spill == nullptr ? b.facts[w.offset].article : b.article;
}

const std::string& FactList::block_article(size_t b) const {
  return blocks_[b].spill != nullptr ? blocks_[b].article : blocks_[b].facts.front().article;
}

std::vector<Fact> FactList::CopyBlock(size_t b) const {
  if (blocks_[b].spill == nullptr) return blocks_[b].facts;
  std::vector<Fact> facts;
  absl::Status st = blocks_[b].spill->Read(blocks_[b].extent, blocks_[b].article, &facts);
  if (!st.ok()) Die(st.message());
  return facts;
}

FactList::const_iterator::const_iterator(const FactList* list, size_t i)
    : list_(list), i_(i), ref_(nullptr, nullptr) {
  if (i_ < list_->size()) ref_ = (*list_)[i_];
}

FactList::const_iterator& FactList::const_iterator::operator++() {
  ++i_;
  ref_ = i_ < list_->size() ? (*list_)[i_] : FactRef(nullptr, nullptr);
  return *this;
}

}  // namespace claimcheck
