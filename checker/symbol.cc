#include "checker/symbol.h"

#include "absl/base/thread_annotations.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/node_hash_set.h"
#include "absl/synchronization/mutex.h"

namespace claimcheck {
namespace {

struct Table {
  absl::Mutex mu;
  absl::node_hash_set<std::string> strings ABSL_GUARDED_BY(mu);  // nodes never move
};

Table& GlobalTable() {
  static Table* t = new Table();  // never destroyed: symbols may outlive main's locals
  return *t;
}

}  // namespace

const std::string* Symbol::Empty() {
  static const std::string* e = Intern("");
  return e;
}

const std::string* Symbol::Intern(absl::string_view s) {
  // Views into the table's strings, which never move or die.
  thread_local absl::flat_hash_map<absl::string_view, const std::string*> cache;
  if (auto it = cache.find(s); it != cache.end()) return it->second;
  Table& t = GlobalTable();
  const std::string* p;
  {
    absl::MutexLock lock(&t.mu);
    p = &*t.strings.emplace(s).first;
  }
  cache.emplace(*p, p);
  return p;
}

}  // namespace claimcheck
