// A light affix stripper: conflates the inflected forms outlets use for one idea
// ("penangkapan", "menangkap", "ditangkap" -> "tangkap") so the words around two facts can
// be compared. It is a conflation key, not a dictionary stemmer: with no root list it may
// cut a root ("korban" -> "korb"), but it cuts every form of that root the same way.
//
// The affixes are data (rules/<lang>/morphology.json):
//   {"min_stem": 4,
//    "suffixes": [["lah", "kah", "pun"], ["ku", "mu", "nya"], ["kan", "an"]],
//    "prefixes": [{"prefix": "meny", "vowel": "s"}, {"prefix": "ber", "inner": true}, ...],
//    "keep": ["lebaran"],
//    "examples": [{"word": "penangkapan", "stem": "tangkap"}]}
// One prefix is stripped (longest first), then one more if it is marked "inner"; a
// prefix with "vowel" restores the consonant that nasal assimilation dropped when the
// remainder begins with a vowel (meny+apu -> sapu); "not_with" lists suffixes the
// prefix never takes (peny+idik+an is -an, not -kan). Then suffix groups are stripped in
// order, at most one suffix per group (particle, possessive, derivational). No strip
// leaves fewer than min_stem bytes. "prefixed_suffixes" are tried last, in the last
// group's place, and only on a word that lost a prefix (a verb: di+jatuh+i, meng+hadir+i),
// each with its own minimum stem and a letter the stem must not end in
//   {"suffix": "i", "min_stem": 5, "not_after": "s"}
// so the loan nouns in -si keep their i (dievakuasi, mengungsi).
//
//   Stemmer s = Stemmer::FromJson(j, "rules/id/morphology.json").value();
//   s.Stem("penangkapan");  // "tangkap"
//
// Thread-safe after construction (const only).
#ifndef CLAIMCHECK_CHECKER_STEMMER_H_
#define CLAIMCHECK_CHECKER_STEMMER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

class Stemmer {
 public:
  struct Prefix {
    std::string prefix;
    std::string vowel;  // prepended when the remainder starts with a vowel ("" = none)
    bool inner = false;  // may also follow another prefix (di+ber+angkat)
    std::vector<std::string> not_with;  // suffixes it never combines with (peN- + -kan)
  };

  Stemmer() = default;  // strips nothing

  // Errors name `file` and the offending entry.
  static absl::StatusOr<Stemmer> FromJson(const nlohmann::json& j, const std::string& file);

  // The conflation key of a lower-case word; the word itself when nothing applies.
  // Remembered per thread (the same word costs one lookup the next time).
  std::string Stem(absl::string_view word) const;

  struct Example {
    std::string word, stem;
  };
  const std::vector<Example>& examples() const { return examples_; }

 private:
  struct PrefixedSuffix {
    std::string suffix;
    size_t min_stem = 0;
    std::string not_after;  // letters the stem may not end in
  };

  std::string StemUncached(absl::string_view word) const;

  // Which rules made a memoized stem: unique per FromJson, shared by copies (same
  // rules); 0 for the default stemmer.
  uint64_t id_ = 0;
  size_t min_stem_ = 4;
  std::vector<std::vector<std::string>> suffix_groups_;  // each sorted longest first
  std::vector<PrefixedSuffix> prefixed_suffixes_;
  std::vector<Prefix> prefixes_;                         // sorted longest first
  // Words that look affixed and are not, kept whole ("lebaran", the holiday, is no
  // "lebar" with -an).
  absl::flat_hash_set<std::string> keep_;
  std::vector<Example> examples_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_STEMMER_H_
