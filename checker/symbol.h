// An interned string: the fields of a fact that take their values from a small
// vocabulary (dimension, unit, head concept, rule name) in 8 bytes instead of 32.
//
// A check holds every fact of a corpus, and a fact names its dimension, units, head,
// qualifier and rule: seven strings of a few hundred distinct values. A Symbol points
// at the one copy of its text in a process-wide table, which only grows and is never
// freed: use it only where the values come from the rule packs or the language (units,
// concepts, counted nouns), never for names, ids or sentences, which grow with a corpus.
//
//   Symbol unit = "m";            // interns
//   unit == "m";                  // compares text
//   const std::string& s = unit;  // the interned copy
//
// Thread-safe: each thread looks symbols up in its own cache before taking the table's
// lock.
#ifndef CLAIMCHECK_CHECKER_SYMBOL_H_
#define CLAIMCHECK_CHECKER_SYMBOL_H_

#include <string>

#include "absl/strings/string_view.h"

namespace claimcheck {

class Symbol {
 public:
  Symbol() : s_(Empty()) {}
  Symbol(absl::string_view s) : s_(Intern(s)) {}  // NOLINT: a Symbol is its text
  Symbol(const std::string& s) : s_(Intern(s)) {}  // NOLINT
  Symbol(const char* s) : s_(Intern(s)) {}  // NOLINT

  const std::string& str() const { return *s_; }
  operator const std::string&() const { return *s_; }  // NOLINT
  operator absl::string_view() const { return *s_; }  // NOLINT
  bool empty() const { return s_->empty(); }
  size_t size() const { return s_->size(); }

  // One copy per text: symbols are equal when their pointers are.
  friend bool operator==(Symbol a, Symbol b) { return a.s_ == b.s_; }
  friend bool operator!=(Symbol a, Symbol b) { return a.s_ != b.s_; }
  friend bool operator==(Symbol a, absl::string_view b) { return *a.s_ == b; }
  friend bool operator!=(Symbol a, absl::string_view b) { return *a.s_ != b; }
  friend bool operator==(absl::string_view a, Symbol b) { return a == *b.s_; }
  friend bool operator!=(absl::string_view a, Symbol b) { return a != *b.s_; }
  friend bool operator==(Symbol a, const char* b) { return *a.s_ == b; }
  friend bool operator!=(Symbol a, const char* b) { return *a.s_ != b; }
  friend bool operator==(Symbol a, const std::string& b) { return *a.s_ == b; }
  friend bool operator!=(Symbol a, const std::string& b) { return *a.s_ != b; }
  friend bool operator==(const std::string& a, Symbol b) { return a == *b.s_; }
  friend bool operator!=(const std::string& a, Symbol b) { return a != *b.s_; }
  // By text, as the strings they replace were ordered.
  friend bool operator<(Symbol a, Symbol b) { return *a.s_ < *b.s_; }
  friend bool operator<(Symbol a, absl::string_view b) { return absl::string_view(*a.s_) < b; }
  friend bool operator<(absl::string_view a, Symbol b) { return a < absl::string_view(*b.s_); }

 private:
  static const std::string* Empty();
  static const std::string* Intern(absl::string_view s);

  const std::string* s_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_SYMBOL_H_
