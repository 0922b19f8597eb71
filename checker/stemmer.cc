#include "checker/stemmer.h"

#include <algorithm>
#include <atomic>
#include <cstdint>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

absl::Status Bad(const std::string& file, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ": ", what));
}

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool IsAsciiLowerWord(absl::string_view w) {
  for (char c : w) {
    if (c < 'a' || c > 'z') return false;
  }
  return true;
}

void LongestFirst(std::vector<std::string>* v) {
  std::stable_sort(v->begin(), v->end(),
                   [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
}

}  // namespace

absl::StatusOr<Stemmer> Stemmer::FromJson(const nlohmann::json& j, const std::string& file) {
  if (!j.is_object()) return Bad(file, "must be a JSON object");
  Stemmer s;
  if (auto it = j.find("min_stem"); it != j.end()) {
    if (!it->is_number_unsigned() || it->get<size_t>() < 2) {
      return Bad(file, "'min_stem' must be an integer of at least 2");
    }
    s.min_stem_ = it->get<size_t>();
  }
  auto groups = j.find("suffixes");
  if (groups == j.end() || !groups->is_array()) return Bad(file, "missing array 'suffixes'");
  for (const auto& g : *groups) {
    if (!g.is_array()) return Bad(file, "'suffixes' must be an array of arrays of strings");
    std::vector<std::string> group;
    for (const auto& x : g) {
      if (!x.is_string() || x.get<std::string>().empty() ||
          !IsAsciiLowerWord(x.get<std::string>())) {
        return Bad(file, absl::StrCat("suffix ", x.dump(), " must be a non-empty lower-case word"));
      }
      group.push_back(x.get<std::string>());
    }
    LongestFirst(&group);
    s.suffix_groups_.push_back(std::move(group));
  }
  if (auto ps = j.find("prefixed_suffixes"); ps != j.end()) {
    if (!ps->is_array()) return Bad(file, "'prefixed_suffixes' must be an array");
    for (const auto& p : *ps) {
      auto suf = p.find("suffix");
      auto min = p.find("min_stem");
      if (!p.is_object() || suf == p.end() || !suf->is_string() || suf->get<std::string>().empty() ||
          !IsAsciiLowerWord(suf->get<std::string>()) || min == p.end() ||
          !min->is_number_unsigned() || min->get<size_t>() < 2) {
        return Bad(file, absl::StrCat("prefixed_suffixes entry ", p.dump(),
                                      " needs a lower-case \"suffix\" and a \"min_stem\" of at least 2"));
      }
      PrefixedSuffix x{suf->get<std::string>(), min->get<size_t>(), ""};
      if (auto na = p.find("not_after"); na != p.end()) {
        if (!na->is_string() || !IsAsciiLowerWord(na->get<std::string>())) {
          return Bad(file, absl::StrCat("prefixed suffix '", x.suffix, "': \"not_after\" must be lower-case letters"));
        }
        x.not_after = na->get<std::string>();
      }
      s.prefixed_suffixes_.push_back(std::move(x));
    }
  }
  auto prefixes = j.find("prefixes");
  if (prefixes == j.end() || !prefixes->is_array()) return Bad(file, "missing array 'prefixes'");
  for (const auto& p : *prefixes) {
    auto pre = p.find("prefix");
    if (!p.is_object() || pre == p.end() || !pre->is_string() ||
        !IsAsciiLowerWord(pre->get<std::string>()) || pre->get<std::string>().empty()) {
      return Bad(file, absl::StrCat("prefix entry ", p.dump(),
                                    " needs a non-empty lower-case \"prefix\""));
    }
    Prefix x{pre->get<std::string>(), "", false, {}};
    if (auto in = p.find("inner"); in != p.end()) {
      if (!in->is_boolean()) return Bad(file, absl::StrCat("prefix '", x.prefix, "': \"inner\" must be true or false"));
      x.inner = in->get<bool>();
    }
    if (auto v = p.find("vowel"); v != p.end()) {
      if (!v->is_string() || !IsAsciiLowerWord(v->get<std::string>())) {
        return Bad(file, absl::StrCat("prefix '", x.prefix, "': \"vowel\" must be a lower-case string"));
      }
      x.vowel = v->get<std::string>();
    }
    if (auto nw = p.find("not_with"); nw != p.end()) {
      if (!nw->is_array()) return Bad(file, absl::StrCat("prefix '", x.prefix, "': \"not_with\" must be an array of suffixes"));
      for (const auto& suf : *nw) {
        if (!suf.is_string() || !IsAsciiLowerWord(suf.get<std::string>())) {
          return Bad(file, absl::StrCat("prefix '", x.prefix, "': \"not_with\" must be an array of suffixes"));
        }
        x.not_with.push_back(suf.get<std::string>());
      }
    }
    s.prefixes_.push_back(std::move(x));
  }
  std::stable_sort(s.prefixes_.begin(), s.prefixes_.end(),
                   [](const Prefix& a, const Prefix& b) { return a.prefix.size() > b.prefix.size(); });
  if (auto keep = j.find("keep"); keep != j.end()) {
    if (!keep->is_array()) return Bad(file, "'keep' must be an array of lower-case words");
    for (const auto& w : *keep) {
      if (!w.is_string() || !IsAsciiLowerWord(w.get<std::string>())) {
        return Bad(file, "'keep' must be an array of lower-case words");
      }
      s.keep_.insert(w.get<std::string>());
    }
  }
  if (auto ex = j.find("examples"); ex != j.end()) {
    if (!ex->is_array()) return Bad(file, "'examples' must be an array");
    for (const auto& e : *ex) {
      auto w = e.find("word");
      auto st = e.find("stem");
      if (!e.is_object() || w == e.end() || st == e.end() || !w->is_string() || !st->is_string()) {
        return Bad(file, absl::StrCat("example ", e.dump(), " needs \"word\" and \"stem\" strings"));
      }
      s.examples_.push_back({w->get<std::string>(), st->get<std::string>()});
    }
  }
  static std::atomic<uint64_t> next_id{1};
  s.id_ = next_id.fetch_add(1);
  return s;
}

std::string Stemmer::Stem(absl::string_view word) const {
  // Only plain lower-case ASCII words are touched: names, numbers and loan words with
  // other letters pass through.
  if (word.size() <= min_stem_ || !IsAsciiLowerWord(word) || keep_.contains(word)) return std::string(word);
  // The words of a corpus repeat: each thread remembers the stems it made, for the
  // stemmer it made them with (its id), up to a bound.
  struct Memo {
    uint64_t owner = 0;
    absl::flat_hash_map<std::string, std::string> stems;
  };
  thread_local Memo memo;
  constexpr size_t kMaxMemo = 1 << 16;
  if (memo.owner != id_ || memo.stems.size() >= kMaxMemo) {
    memo.stems.clear();
    memo.owner = id_;
  }
  auto it = memo.stems.find(word);
  if (it != memo.stems.end()) return it->second;
  std::string stem = StemUncached(word);
  memo.stems.emplace(word, stem);
  return stem;
}

std::string Stemmer::StemUncached(absl::string_view word) const {
  std::string w(word);
  const Prefix* outer = nullptr;  // the first prefix stripped, if any
  // Prefixes first, so a suffix is judged against the root's length ("ditahan" keeps
  // "tahan" whole, "penahanan" gives "tahan" too).
  for (int round = 0; round < 2; ++round) {
    bool stripped = false, restored = false;
    for (const Prefix& p : prefixes_) {
      if ((round == 1 && !p.inner) || !absl::StartsWith(w, p.prefix)) continue;
      absl::string_view rest = absl::string_view(w).substr(p.prefix.size());
      bool restore = !p.vowel.empty() && !rest.empty() && IsVowel(rest.front());
      std::string next = restore ? absl::StrCat(p.vowel, rest) : std::string(rest);
      if (next.size() < min_stem_) continue;
      w = std::move(next);
      stripped = true;
      if (round == 0) outer = &p;
      restored = restore;
      break;
    }
    // A restored root ("t" + "angkap") carries no further prefix.
    if (!stripped || restored) break;
  }
  bool last_group_stripped = false;
  for (const auto& group : suffix_groups_) {
    last_group_stripped = false;
    for (const std::string& suf : group) {
      if (outer != nullptr &&
          std::find(outer->not_with.begin(), outer->not_with.end(), suf) != outer->not_with.end()) {
        continue;
      }
      if (w.size() >= suf.size() + min_stem_ && absl::EndsWith(w, suf)) {
        w.resize(w.size() - suf.size());
        last_group_stripped = true;
        break;
      }
    }
  }
  if (outer != nullptr && !last_group_stripped) {
    for (const PrefixedSuffix& p : prefixed_suffixes_) {
      if (w.size() < p.suffix.size() + std::max(p.min_stem, min_stem_) || !absl::EndsWith(w, p.suffix)) continue;
      const char before = w[w.size() - p.suffix.size() - 1];
      if (p.not_after.find(before) != std::string::npos) continue;
      w.resize(w.size() - p.suffix.size());
      break;
    }
  }
  return w;
}

}  // namespace claimcheck
