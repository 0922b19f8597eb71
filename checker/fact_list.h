// The facts of a check, indexed 0..size()-1, stored in the blocks they were made in:
// in memory, or encoded in a temporary file and decoded when asked for.
//
// Extraction makes one vector of facts per article. Gathering a corpus's facts into one
// vector means allocating room for all of them while the per-article vectors still hold
// them: at the moment of the copy every fact exists twice, and the facts are most of a
// check's memory. A FactList keeps the per-article vectors as its blocks and an index
// of (block, offset, span.begin) per fact, 12 bytes each, so nothing is copied or moved.
//
// A check of a large corpus does not hold its facts at all: each article's facts are
// encoded (fact_codec.h) into a SpillFile as they are extracted, and the list keeps only
// where each block lies. Reading a spilled fact decodes its block into a small cache of
// recently used blocks; the FactRef it returns keeps that block alive.
//
//   FactList facts;
//   facts.AddBlock(ExtractFacts(...));   // one article's facts, moved in
//   FactRef f = facts[i];                // f->text, *f
//
//   facts.AddSpilledBlock(spill, where, article_id);  // an article's facts, in the file
//
// Not thread-safe for writing; concurrent reads are fine.
#ifndef CLAIMCHECK_CHECKER_FACT_LIST_H_
#define CLAIMCHECK_CHECKER_FACT_LIST_H_

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/fact.h"

namespace claimcheck {

// An unnamed temporary file of encoded facts: created in $TMPDIR (else /tmp) and
// unlinked at once, so it is gone when the process ends, however it ends. Appends go
// through a buffer; Flush() before reading what was appended.
class SpillFile {
 public:
  // Where one block of facts lies in the file.
  struct Extent {
    uint64_t offset = 0;
    uint64_t size = 0;
    // Where each fact begins in its article, in order: one per fact. (A report names
    // facts by article and offset; the list answers that without decoding.)
    std::vector<uint32_t> begins;
  };

  // Errors name the directory the file could not be made in.
  static absl::StatusOr<std::shared_ptr<SpillFile>> Create();
  SpillFile(const SpillFile&) = delete;
  SpillFile& operator=(const SpillFile&) = delete;
  ~SpillFile();

  // An article's facts as AppendEncoded takes them: EncodeFacts' bytes, and where each
  // fact begins in its article. Thread-safe (a check encodes on its extracting threads).
  struct Encoded {
    std::string bytes;
    std::vector<uint32_t> begins;
  };
  static Encoded Encode(const std::vector<Fact>& facts);

  // Appends facts Encode encoded. Not thread-safe.
  absl::StatusOr<Extent> AppendEncoded(Encoded facts);
  absl::StatusOr<Extent> Append(const std::vector<Fact>& facts) {
    return AppendEncoded(Encode(facts));
  }
  // Writes what Append buffered. Not thread-safe.
  absl::Status Flush();
  // The facts of `e` (flushed), each with `article` as its article id. Thread-safe.
  absl::Status Read(const Extent& e, absl::string_view article, std::vector<Fact>* out) const;
  // Bytes appended so far.
  uint64_t size() const { return flushed_ + buffer_.size(); }

 private:
  SpillFile(int fd, std::string dir) : fd_(fd), dir_(std::move(dir)) {}

  int fd_;
  std::string dir_;  // for error messages
  std::string buffer_;
  uint64_t flushed_ = 0;
};

// A fact of a FactList, valid as long as the FactRef lives (it keeps a spilled fact's
// decoded block alive).
class FactRef {
 public:
  FactRef(const Fact* f, std::shared_ptr<const std::vector<Fact>> block)
      : fact_(f), block_(std::move(block)) {}
  const Fact& operator*() const { return *fact_; }
  const Fact* operator->() const { return fact_; }

 private:
  const Fact* fact_;
  std::shared_ptr<const std::vector<Fact>> block_;  // null for a block in memory
};

class FactList {
 public:
  FactList() = default;
  // One block holding `facts` (tests, and callers that already have one vector).
  FactList(std::vector<Fact> facts);  // NOLINT: implicit, a vector is a list of facts
  FactList(FactList&&) = default;
  FactList& operator=(FactList&&) = default;

  // Appends a block of facts, moved in.
  void AddBlock(std::vector<Fact> facts);
  // Appends one fact to the last block (which must be in memory).
  void push_back(Fact f);
  // Appends a block of `spill` (flushed): its facts take `article` as their article id.
  void AddSpilledBlock(std::shared_ptr<const SpillFile> spill, SpillFile::Extent where,
                       std::string article);

  size_t size() const { return index_.size(); }
  bool empty() const { return index_.empty(); }
  // Any fact. Decoding a spilled block that cannot be read back ends the process with
  // a message: the file is the process's own, and nothing sensible can go on without it.
  FactRef operator[](size_t i) const;
  // A fact of a block in memory, by reference (the comparator's lists). Ends the process
  // for a spilled fact.
  const Fact& resident(size_t i) const;
  // What (*this)[i]->id() and ->article give, without decoding a spilled block (a
  // finding names every verbatim copy of its passages).
  std::string id(size_t i) const;
  const std::string& article(size_t i) const;
  // Whether every block is in memory.
  bool all_resident() const { return spilled_ == 0; }

  // Blocks, in order: the facts of block b are [block_begin(b), block_begin(b + 1)).
  size_t blocks() const { return blocks_.size(); }
  size_t block_begin(size_t b) const { return b < blocks_.size() ? blocks_[b].first : size(); }
  // The article id of block b's facts (its first fact's).
  const std::string& block_article(size_t b) const;
  // The facts of block b: a copy of a block in memory, decoded for a spilled one.
  std::vector<Fact> CopyBlock(size_t b) const;

  // Iterates in index order; *it is valid until the iterator moves.
  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = Fact;
    using difference_type = std::ptrdiff_t;
    using pointer = const Fact*;
    using reference = const Fact&;
    const_iterator(const FactList* list, size_t i);
    const Fact& operator*() const { return *ref_; }
    const Fact* operator->() const { return ref_.operator->(); }
    const_iterator& operator++();
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const FactList* list_;
    size_t i_;
    FactRef ref_;
  };
  using iterator = const_iterator;
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size()); }

 private:
  struct Where {
    uint32_t block;
    uint32_t offset;
    uint32_t begin;  // the fact's span.begin
  };
  struct Block {
    size_t first = 0;        // index of its first fact
    std::vector<Fact> facts;  // in memory, or empty when spilled
    // Spilled: where, how many facts, and the article id they take.
    std::shared_ptr<const SpillFile> spill;
    uint32_t count = 0;
    SpillFile::Extent extent;
    std::string article;
  };
  // A spilled block, decoded: from the cache, or read and put at its front.
  std::shared_ptr<const std::vector<Fact>> Decoded(uint32_t block) const;

  std::vector<Block> blocks_;
  std::vector<Where> index_;
  size_t spilled_ = 0;  // blocks
  // The spilled blocks decoded last, most recent first.
  static constexpr size_t kCachedBlocks = 64;
  struct Cache {
    std::mutex mu;
    std::vector<std::pair<uint32_t, std::shared_ptr<const std::vector<Fact>>>> blocks;
  };
  std::unique_ptr<Cache> cache_ = std::make_unique<Cache>();
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_FACT_LIST_H_
