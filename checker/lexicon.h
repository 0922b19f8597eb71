// A phrase lexicon: multi-token forms ("dolar AS", "pesawat tanpa awak", "lebih dari")
// mapped to entries, matched longest-first against a token stream.
//
// Every word list of a rule pack (units, counted nouns and their synonyms, hedges,
// attribution verbs, stop words) is one of these, so there is a single matching
// mechanism: a hash map from the first token's lower-cased text to the forms that start
// with it. No regular expressions, no allocation per lookup.
//
//   Lexicon<int> lex;
//   lex.Add("lebih dari", 7);
//   TokenizedText t = Tokenize("lebih dari 1.000", {});
//   absl::optional<Lexicon<int>::Match> m = lex.MatchAt(t, 0);  // m->value == 7, m->end == 2
//
// Matching compares lower-cased token texts and ignores whitespace between tokens, so
// "km/jam" and "km / jam" are the same form. Thread-safe after construction.
#ifndef CLAIMCHECK_CHECKER_LEXICON_H_
#define CLAIMCHECK_CHECKER_LEXICON_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"
#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "checker/hash_filter.h"
#include "checker/tokenizer.h"

namespace claimcheck {

template <typename V>
class Lexicon {
 public:
  struct Match {
    const V* value;
    uint32_t begin;  // token range [begin, end)
    uint32_t end;
  };

  // Adds `form` (tokenized like article text, matched case-insensitively). Returns
  // false when the form has no tokens or was already present (the first value wins).
  bool Add(absl::string_view form, V value) {
    std::string lowered = absl::AsciiStrToLower(form);
    TokenizedText t = Tokenize(lowered, {});
    if (t.tokens.empty()) return false;
    Form f;
    for (const Token& tok : t.tokens) f.tokens.emplace_back(t.Text(tok));
    f.value = std::move(value);
    std::vector<Form>& bucket = by_first_[f.tokens[0]];
    for (const Form& other : bucket) {
      if (other.tokens == f.tokens) return false;
    }
    max_tokens_ = std::max(max_tokens_, f.tokens.size());
    first_words_.Add(f.tokens[0]);
    bucket.push_back(std::move(f));
    // Longest forms first, so the first hit is the longest match.
    std::stable_sort(bucket.begin(), bucket.end(), [](const Form& a, const Form& b) {
      return a.tokens.size() > b.tokens.size();
    });
    ++size_;
    return true;
  }

  // The longest form starting at token i, or nullopt.
  ABSL_ATTRIBUTE_ALWAYS_INLINE absl::optional<Match> MatchAt(const TokenizedText& t, size_t i) const {
    // Most tokens start no form: one bit of the filter says so, inline, without a probe.
    if (i >= t.tokens.size() || !first_words_.MayContain(t.HashAt(i))) return absl::nullopt;
    return MatchInMap(t, i);
  }

  // The longest form that ends exactly at token end-1 (tokens [begin, end)), or nullopt:
  // a shorter form ending there counts though a longer one starts at its first token
  // ("than" before "in November", with "than in" a form too).
  absl::optional<Match> MatchEndingAt(const TokenizedText& t, size_t end) const {
    for (size_t len = std::min(max_tokens_, end); len >= 1; --len) {
      const size_t i = end - len;
      if (i >= t.tokens.size() || !first_words_.MayContain(t.HashAt(i))) continue;
      if (absl::optional<Match> m = MatchInMap(t, i, len)) return m;
    }
    return absl::nullopt;
  }

  // Looks up a single already lower-cased word.
  const V* Find(absl::string_view lower_word) const {
    auto it = by_first_.find(lower_word);
    if (it == by_first_.end()) return nullptr;
    for (const Form& f : it->second) {
      if (f.tokens.size() == 1) return &f.value;
    }
    return nullptr;
  }

  // Adds every form of `other` not already here, with its value.
  void AddAll(const Lexicon& other) {
    for (const auto& [word, forms] : other.by_first_) {
      for (const Form& f : forms) Add(absl::StrJoin(f.tokens, " "), f.value);
    }
  }

  // Calls f(word) for the first word of every form.
  template <typename F>
  void ForEachFirst(F f) const {
    for (const auto& [word, forms] : by_first_) f(word);
  }

  bool contains_first(absl::string_view lower_word) const {
    return by_first_.contains(lower_word);
  }
  size_t size() const { return size_; }

 private:
  // The longest form starting at token i, or with `length`, the form of that many tokens.
  ABSL_ATTRIBUTE_NOINLINE absl::optional<Match> MatchInMap(const TokenizedText& t, size_t i, size_t length = 0) const {
    auto it = by_first_.find(t.Lower(t.tokens[i]), t.HashAt(i));
    if (it == by_first_.end()) return absl::nullopt;
    for (const Form& f : it->second) {
      if (i + f.tokens.size() > t.tokens.size() || (length != 0 && f.tokens.size() != length)) continue;
      bool ok = true;
      for (size_t k = 1; k < f.tokens.size() && ok; ++k) {
        ok = t.Lower(t.tokens[i + k]) == f.tokens[k];
      }
      if (ok) {
        return Match{&f.value, static_cast<uint32_t>(i),
                     static_cast<uint32_t>(i + f.tokens.size())};
      }
    }
    return absl::nullopt;
  }

  struct Form {
    std::vector<std::string> tokens;
    V value;
  };
  absl::flat_hash_map<std::string, std::vector<Form>> by_first_;
  HashFilter first_words_;  // the keys of by_first_
  size_t max_tokens_ = 0;
  size_t size_ = 0;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_LEXICON_H_
