#include "checker/number_parser.h"

#include <cmath>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/hash_filter.h"
#include "checker/lexicon.h"
#include "checker/status_macros.h"

namespace claimcheck {

struct NumberParser::Impl {
  char group_separator = '.';
  char decimal_separator = ',';
  absl::flat_hash_map<std::string, double> units;  // "dua" -> 2
  std::string teen;                                // "belas"
  double teen_add = 10;
  absl::flat_hash_map<std::string, double> teens;  // whole words 10-19: "eleven" -> 11
  absl::flat_hash_map<std::string, double> tens;   // whole words 20-90: "twenty" -> 20
  absl::flat_hash_set<std::string> one_words;      // "a" hundred, "an" hour
  absl::flat_hash_set<std::string> joiners;        // "hundred and five"
  absl::flat_hash_set<std::string> words_not_after;  // "no" one: no number word after it
  absl::flat_hash_set<std::string> vague_linkers;    // "tens of thousands"
  absl::flat_hash_set<std::string> word_hyphens;   // "twenty-five": token texts
  std::vector<std::string> ordinal_digit_suffixes;  // "1st", "22nd"
  absl::flat_hash_map<std::string, double> small;  // "puluh" -> 10
  absl::flat_hash_map<std::string, double> big;    // "ribu" -> 1000
  absl::flat_hash_map<std::string, double> attached;  // case-sensitive: "K" -> 1000
  absl::flat_hash_map<std::string, double> currency_attached;  // after "$" only: "m"
  std::string one_prefix;                          // "se"
  Lexicon<double> fractions;                       // "setengah" -> 0.5
  absl::flat_hash_set<std::string> decimal_words;  // "koma"
  absl::flat_hash_set<std::string> negative_words;
  absl::flat_hash_set<std::string> negative_not_after;  // "plus minus 1 persen": no sign
  absl::flat_hash_map<std::string, std::pair<double, double>> vague;
  std::vector<std::vector<std::string>> vague_suffixes;  // token texts, e.g. {"-", "an"}
  std::string ordinal_prefix;                       // "ke"
  // Every word a number may start with (below, plus the one- and ordinal-prefixed
  // words): one probe rules out the ordinary words of a text.
  absl::flat_hash_set<std::string> starters;
  HashFilter starter_filter;  // the starters' hashes

  void BuildStarters() {
    for (const auto* m : {&units, &small, &big, &ordinal_words, &teens, &tens}) {
      for (const auto& [w, v] : *m) starters.insert(w);
    }
    for (const auto& [w, v] : vague) starters.insert(w);
    for (const std::string& w : negative_words) starters.insert(w);
    for (const std::string& w : one_words) starters.insert(w);
    for (const std::string& w : decimal_words) starters.insert(w);
    fractions.ForEachFirst([&](const std::string& w) { starters.insert(w); });
    if (!teen.empty()) starters.insert(teen);
    for (const std::string& w : starters) starter_filter.Add(w);
  }

  // False only when no number can start with the lower-cased word `w`.
  bool MayStartWord(absl::string_view w, size_t hash) const {
    if (starter_filter.MayContain(hash) && starters.find(w, hash) != starters.end()) return true;
    if (!word_hyphens.empty() && HyphenatedStarter(w)) return true;
    // Most words start with neither prefix's letter.
    if (w.empty() || ((one_prefix.empty() || w[0] != one_prefix[0]) &&
                      (ordinal_prefix.empty() || w[0] != ordinal_prefix[0]))) {
      return false;
    }
    return MayStartPrefixed(w);
  }
  // A one-prefix or an ordinal prefix glued to a word that may start a number ("seratus",
  // "kedua", "ke-tiga"), or the bare ordinal prefix ("ke-70"): not "sebanyak", "kepada".
  ABSL_ATTRIBUTE_NOINLINE bool MayStartPrefixed(absl::string_view w) const {
    for (const std::string* p : {&one_prefix, &ordinal_prefix}) {
      if (p->empty() || !WordStartsWith(w, *p)) continue;
      absl::string_view rest = w.substr(p->size());
      if (p == &ordinal_prefix) {
        if (rest.empty()) return true;
        if (rest[0] == '-') rest.remove_prefix(1);
      }
      if (!rest.empty() && MayStartWord(rest, absl::Hash<absl::string_view>()(rest))) return true;
    }
    return false;
  }
  // "twenty-five", "twenty-first": a hyphenated word whose first part is a starter.
  ABSL_ATTRIBUTE_NOINLINE bool HyphenatedStarter(absl::string_view w) const {
    const size_t dash = w.find('-');
    return dash != absl::string_view::npos && starters.contains(w.substr(0, dash));
  }
  absl::flat_hash_map<std::string, double> ordinal_words;
};

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

absl::Status Bad(absl::string_view file, absl::string_view where, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ": ", where, ": ", what));
}

// Reads {"word": number, ...} into `out` (keys lower-cased unless `keep_case`).
absl::Status ReadWordMap(const nlohmann::json& j, absl::string_view file,
                         absl::string_view where, bool keep_case,
                         absl::flat_hash_map<std::string, double>* out) {
  if (!j.is_object()) return Bad(file, where, "must be an object of word: number");
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "about") continue;
    if (!it.value().is_number()) {
      return Bad(file, absl::StrCat(where, ".", it.key()), "must be a number");
    }
    std::string key = keep_case ? it.key() : absl::AsciiStrToLower(it.key());
    if (key.empty()) return Bad(file, where, "empty word");
    if (!out->emplace(key, it.value().get<double>()).second) {
      return Bad(file, absl::StrCat(where, ".", it.key()), "duplicate word");
    }
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadString(const nlohmann::json& j, absl::string_view file,
                                       absl::string_view where) {
  if (!j.is_string() || j.get<std::string>().empty()) {
    return Bad(file, where, "must be a non-empty string");
  }
  return j.get<std::string>();
}

const nlohmann::json* Member(const nlohmann::json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

// whole + decimals / 10^count, as one division where the digits fit a double exactly.
double WithDecimals(double whole, double decimals, size_t count) {
  double scale = 1;
  for (size_t k = 0; k < count; ++k) scale *= 10;
  const double joined = whole * scale + decimals;
  if (count <= 15 && joined < 9007199254740992.0) return joined / scale;  // 2^53
  return whole + decimals / scale;
}

// Parses one digit token ("1.000", "2,5", "1,200,000", "0033") into `out`, and the
// digits after its decimal separator into `decimals` when given. Returns false for shapes
// that are identifiers rather than numbers ("192.168.1.1", "1.2.3").
bool ParseDigitToken(absl::string_view s, char group, char decimal, double* out,
                     int* decimals = nullptr) {
  if (decimals != nullptr) *decimals = 0;
  std::vector<absl::string_view> parts;
  std::vector<char> seps;
  size_t start = 0;
  for (size_t k = 0; k < s.size(); ++k) {
    if (s[k] == '.' || s[k] == ',') {
      parts.push_back(s.substr(start, k - start));
      seps.push_back(s[k]);
      start = k + 1;
    }
  }
  parts.push_back(s.substr(start));
  auto digits = [](absl::string_view d) {
    double v = 0;
    for (char c : d) v = v * 10 + (c - '0');
    return v;
  };
  // whole + 0.<d>, computed as one quotient so "0.6" is the double nearest 0.6, not
  // 6 * 0.1 = 0.6000000000000001.
  auto with_fraction = [&](double whole, absl::string_view d) {
    if (decimals != nullptr) *decimals = static_cast<int>(d.size());
    return WithDecimals(whole, digits(d), d.size());
  };
  if (seps.empty()) {
    *out = digits(s);
    return true;
  }
  // Leading groups of one separator kind, each followed by exactly three digits.
  auto grouped = [&](char sep, size_t n) {
    for (size_t k = 0; k < n; ++k) {
      if (seps[k] != sep || parts[k + 1].size() != 3) return false;
    }
    return parts[0].size() <= 3;
  };
  auto whole = [&](size_t n) {
    double v = digits(parts[0]);
    for (size_t k = 1; k <= n; ++k) v = v * 1000 + digits(parts[k]);
    return v;
  };
  const size_t n = seps.size();
  // 1.000 / 9.000.000: groups of the group separator.
  if (grouped(group, n)) {
    *out = whole(n);
    return true;
  }
  // 1.000.000,50: groups then one decimal separator.
  if (n >= 2 && seps[n - 1] == decimal && grouped(group, n - 1)) {
    *out = with_fraction(whole(n - 1), parts[n]);
    return true;
  }
  // 1,200,000: the other convention, only when repeated (a single ',' is a decimal).
  if (n >= 2 && grouped(decimal, n)) {
    *out = whole(n);
    return true;
  }
  // 2,5 (or 2.5 in English-style copy): one separator, a decimal point.
  if (n == 1) {
    *out = with_fraction(digits(parts[0]), parts[1]);
    return true;
  }
  return false;
}

// What the previous word of a spelled-out number was.
enum class Last { kNone, kUnit, kTeen, kTens, kHundreds, kBig, kFraction };

// Composes number words Duckling-style. Feed words one at a time; Feed returns false
// (and leaves the state unchanged) when a word cannot continue the number.
class WordComposer {
 public:
  explicit WordComposer(const NumberParser::Impl& r) : r_(&r) {}

  bool FeedUnit(double u) {
    if (last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kFraction) return false;
    if (last_ == Last::kTens && u == 0) return false;
    seg_ += u;
    unit_ = u;
    last_ = Last::kUnit;
    return true;
  }
  // A word that is a whole teen ("eleven": `as` kTeen, the segment's tens and units at
  // once) or a whole multiple of ten ("twenty": kTens, a unit may follow).
  bool FeedTensWord(double v, Last as) {
    if (last_ != Last::kNone && last_ != Last::kHundreds && last_ != Last::kBig) return false;
    if (seg_has_tens_) return false;
    seg_ += v;
    if (as == Last::kTeen) unit_ = v;
    seg_has_tens_ = true;
    last_ = as;
    return true;
  }
  bool FeedTeen() {
    if (last_ != Last::kUnit || unit_ < 1 || seg_has_tens_) return false;
    seg_ += r_->teen_add;
    seg_has_tens_ = true;
    last_ = Last::kTeen;
    return true;
  }
  bool FeedSmall(double m) {
    // "fifteen hundred": a teen word times a hundred, when it is the whole segment.
    if (last_ == Last::kTeen && m == 100 && seg_ == unit_ && !r_->teens.empty()) {
      seg_ = unit_ * 100;
      seg_has_tens_ = false;
      last_ = Last::kHundreds;
      return true;
    }
    if (is_lone_fraction()) {  // "half a dozen", "half a hundred"
      seg_ *= m;
      last_ = m < 100 ? Last::kTens : Last::kHundreds;
      seg_has_tens_ = m < 100;
      return true;
    }
    if (last_ != Last::kUnit || unit_ < 1) return false;
    if (m >= 100 && (seg_ != unit_)) return false;  // "dua puluh tiga ratus"
    if (m < 100 && seg_has_tens_) return false;
    seg_ += unit_ * (m - 1);
    if (m < 100) seg_has_tens_ = true;
    last_ = m < 100 ? Last::kTens : Last::kHundreds;
    return true;
  }
  bool FeedBig(double m) {
    if (seg_ <= 0 || m >= last_big_) return false;
    total_ += seg_ * m;
    seg_ = 0;
    seg_has_tens_ = false;
    last_big_ = m;
    last_ = Last::kBig;
    return true;
  }
  bool FeedFraction(double f) {
    if (last_ != Last::kNone && last_ != Last::kUnit) return false;
    seg_ += f;
    last_ = Last::kFraction;
    return true;
  }
  // "dua koma lima": digits after the decimal word.
  void AddDecimals(double frac) {
    seg_ += frac;
    last_ = Last::kFraction;
  }

  // Feeds one lower-cased word, expanding the one-prefix ("seratus" = 1 + "ratus") and
  // splitting a hyphenated tens-and-unit word ("twenty-five").
  bool FeedWord(absl::string_view w) {
    if (auto it = r_->units.find(w); it != r_->units.end()) return FeedUnit(it->second);
    if (const size_t dash = r_->word_hyphens.empty() ? absl::string_view::npos : w.find('-');
        dash != absl::string_view::npos && r_->word_hyphens.contains("-")) {
      WordComposer saved = *this;
      if (FeedWord(w.substr(0, dash)) && can_take_hyphen() && FeedWord(w.substr(dash + 1)) &&
          last_ == Last::kUnit) {
        return true;
      }
      *this = saved;
      return false;
    }
    if (w == r_->teen) return FeedTeen();
    if (!r_->teens.empty()) {
      if (auto it = r_->teens.find(w); it != r_->teens.end()) return FeedTensWord(it->second, Last::kTeen);
      if (auto it = r_->tens.find(w); it != r_->tens.end()) return FeedTensWord(it->second, Last::kTens);
    }
    if (auto it = r_->small.find(w); it != r_->small.end()) return FeedSmall(it->second);
    if (auto it = r_->big.find(w); it != r_->big.end()) return FeedBig(it->second);
    if (!r_->one_prefix.empty() && w.size() > r_->one_prefix.size() &&
        WordStartsWith(w, r_->one_prefix)) {
      absl::string_view rest = w.substr(r_->one_prefix.size());
      bool known = rest == r_->teen || r_->small.contains(rest) || r_->big.contains(rest);
      if (!known) return false;
      WordComposer saved = *this;
      if (r_->big.contains(rest)) {
        // "seribu": one thousand, as a segment of its own.
        if (last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kFraction ||
            seg_ > 0) {
          return false;
        }
        seg_ = 1;
        unit_ = 1;
        last_ = Last::kUnit;
      } else if (!FeedUnit(1)) {
        return false;
      }
      if (!FeedWord(rest)) {
        *this = saved;
        return false;
      }
      return true;
    }
    return false;
  }

  bool empty() const { return last_ == Last::kNone; }
  // A joiner ("hundred and five") may follow: the segment so far ends in a multiplier.
  bool can_take_joiner() const { return last_ == Last::kHundreds || last_ == Last::kBig; }
  // A hyphen ("twenty-five") may follow: the segment so far ends in a tens word.
  bool can_take_hyphen() const { return last_ == Last::kTens; }
  // The one-word "a" may stand for one here ("a hundred", "a million").
  bool can_take_one() const { return last_ == Last::kNone; }
  // The number so far is a fraction word alone ("half" of "half a million").
  bool is_lone_fraction() const { return last_ == Last::kFraction && total_ == 0 && seg_ < 1; }
  bool ends_in_tens() const { return last_ == Last::kTens; }
  bool can_take_decimals() const {
    return last_ == Last::kUnit || last_ == Last::kTeen || last_ == Last::kTens ||
           last_ == Last::kHundreds;
  }
  double value() const { return total_ + seg_; }
  // The big multiplier that ends the number ("two hundred thousand": 1000), else 1.
  double ending_multiplier() const { return last_ == Last::kBig ? last_big_ : 1; }

 private:
  const NumberParser::Impl* r_;
  double total_ = 0;
  double seg_ = 0;
  double unit_ = 0;
  bool seg_has_tens_ = false;
  double last_big_ = kInf;
  Last last_ = Last::kNone;
};

bool Attached(const TokenizedText& t, size_t i) {
  return i < t.tokens.size() && !t.tokens[i].space_before;
}

}  // namespace

absl::StatusOr<NumberParser> NumberParser::FromJson(const nlohmann::json& j,
                                                    absl::string_view file) {
  if (!j.is_object()) return Bad(file, "top level", "must be an object");
  auto impl = std::make_shared<Impl>();
  const nlohmann::json* digits = Member(j, "digits");
  if (digits == nullptr || !digits->is_object()) {
    return Bad(file, "digits", "missing or not an object");
  }
  for (const char* key : {"group_separator", "decimal_separator"}) {
    const nlohmann::json* s = Member(*digits, key);
    if (s == nullptr || !s->is_string() || s->get<std::string>().size() != 1 ||
        (s->get<std::string>() != "." && s->get<std::string>() != ",")) {
      return Bad(file, absl::StrCat("digits.", key), "must be \".\" or \",\"");
    }
    (std::string(key) == "group_separator" ? impl->group_separator
                                           : impl->decimal_separator) = s->get<std::string>()[0];
  }
  if (impl->group_separator == impl->decimal_separator) {
    return Bad(file, "digits", "group and decimal separators must differ");
  }
  const nlohmann::json* words = Member(j, "words");
  if (words == nullptr) return Bad(file, "words", "missing");
  CC_RETURN_IF_ERROR(ReadWordMap(*words, file, "words", false, &impl->units));
  for (const auto& [w, v] : impl->units) {
    if (v < 0 || v > 9 || v != std::floor(v)) {
      return Bad(file, absl::StrCat("words.", w), "must be a digit 0-9");
    }
  }
  if (const nlohmann::json* teen = Member(j, "teen")) {
    if (!teen->is_object()) return Bad(file, "teen", "must be an object");
    CC_ASSIGN_OR_RETURN(impl->teen, ReadString(teen->value("form", nlohmann::json()), file, "teen.form"));
    impl->teen = absl::AsciiStrToLower(impl->teen);
    impl->teen_add = teen->value("add", 10.0);
  }
  // English-style words that are whole teens and tens ("eleven", "twenty").
  if (const nlohmann::json* t = Member(j, "teens")) {
    CC_RETURN_IF_ERROR(ReadWordMap(*t, file, "teens", false, &impl->teens));
    for (const auto& [w, v] : impl->teens) {
      if (v < 10 || v > 19 || v != std::floor(v)) {
        return Bad(file, absl::StrCat("teens.", w), "must be a whole number 10-19");
      }
    }
  }
  if (const nlohmann::json* t = Member(j, "tens")) {
    CC_RETURN_IF_ERROR(ReadWordMap(*t, file, "tens", false, &impl->tens));
    for (const auto& [w, v] : impl->tens) {
      if (v < 20 || v > 90 || std::fmod(v, 10) != 0) {
        return Bad(file, absl::StrCat("tens.", w), "must be one of 20, 30, ... 90");
      }
    }
  }
  if (const nlohmann::json* m = Member(j, "multipliers")) {
    if (!m->is_object()) return Bad(file, "multipliers", "must be an object");
    if (const nlohmann::json* s = Member(*m, "small")) {
      CC_RETURN_IF_ERROR(ReadWordMap(*s, file, "multipliers.small", false, &impl->small));
    }
    if (const nlohmann::json* b = Member(*m, "big")) {
      CC_RETURN_IF_ERROR(ReadWordMap(*b, file, "multipliers.big", false, &impl->big));
    }
    for (const auto& [w, v] : impl->small) {
      if (v != 10 && v != 12 && v != 100) {
        return Bad(file, absl::StrCat("multipliers.small.", w), "must be 10, 12 (a dozen) or 100");
      }
      if (impl->big.contains(w)) return Bad(file, absl::StrCat("multipliers.", w), "is both small and big");
    }
    for (const auto& [w, v] : impl->big) {
      if (v < 1000) return Bad(file, absl::StrCat("multipliers.big.", w), "must be at least 1000");
    }
  }
  if (const nlohmann::json* a = Member(j, "attached_multipliers")) {
    CC_RETURN_IF_ERROR(ReadWordMap(*a, file, "attached_multipliers", true, &impl->attached));
  }
  if (const nlohmann::json* a = Member(j, "currency_multipliers")) {
    CC_RETURN_IF_ERROR(ReadWordMap(*a, file, "currency_multipliers", true, &impl->currency_attached));
  }
  if (const nlohmann::json* p = Member(j, "one_prefix")) {
    CC_ASSIGN_OR_RETURN(impl->one_prefix,
                        ReadString(p->value("form", nlohmann::json()), file, "one_prefix.form"));
    impl->one_prefix = absl::AsciiStrToLower(impl->one_prefix);
  }
  if (const nlohmann::json* f = Member(j, "fractions")) {
    absl::flat_hash_map<std::string, double> m;
    CC_RETURN_IF_ERROR(ReadWordMap(*f, file, "fractions", false, &m));
    for (const auto& [w, v] : m) impl->fractions.Add(w, v);
  }
  auto read_set = [&](const char* key, absl::flat_hash_set<std::string>* out) -> absl::Status {
    const nlohmann::json* s = Member(j, key);
    if (s == nullptr) return absl::OkStatus();
    if (!s->is_array()) return Bad(file, key, "must be a list of words");
    for (size_t k = 0; k < s->size(); ++k) {
      CC_ASSIGN_OR_RETURN(std::string w, ReadString((*s)[k], file, absl::StrCat(key, "[", k, "]")));
      out->insert(absl::AsciiStrToLower(w));
    }
    return absl::OkStatus();
  };
  CC_RETURN_IF_ERROR(read_set("decimal_words", &impl->decimal_words));
  CC_RETURN_IF_ERROR(read_set("negative_words", &impl->negative_words));
  CC_RETURN_IF_ERROR(read_set("negative_not_after", &impl->negative_not_after));
  CC_RETURN_IF_ERROR(read_set("one_words", &impl->one_words));
  CC_RETURN_IF_ERROR(read_set("joiners", &impl->joiners));
  CC_RETURN_IF_ERROR(read_set("words_not_after", &impl->words_not_after));
  CC_RETURN_IF_ERROR(read_set("vague_linkers", &impl->vague_linkers));
  CC_RETURN_IF_ERROR(read_set("word_hyphens", &impl->word_hyphens));
  for (const auto* m : {&impl->units, &impl->teens, &impl->tens, &impl->small, &impl->big}) {
    for (const std::string& w : impl->one_words) {
      if (m->contains(w)) return Bad(file, absl::StrCat("one_words.", w), "is also a number word");
    }
  }
  if (const nlohmann::json* v = Member(j, "vague")) {
    if (!v->is_object()) return Bad(file, "vague", "must be an object");
    for (auto it = v->begin(); it != v->end(); ++it) {
      if (it.key() == "about") continue;
      const nlohmann::json& r = it.value();
      if (!r.is_array() || r.size() != 2 || !r[0].is_number() || !r[1].is_number() ||
          r[0].get<double>() > r[1].get<double>()) {
        return Bad(file, absl::StrCat("vague.", it.key()), "must be [low, high] with low <= high");
      }
      impl->vague[absl::AsciiStrToLower(it.key())] = {r[0].get<double>(), r[1].get<double>()};
    }
  }
  if (const nlohmann::json* v = Member(j, "vague_suffixes")) {
    const nlohmann::json* forms = Member(*v, "forms");
    if (forms == nullptr || !forms->is_array()) return Bad(file, "vague_suffixes.forms", "must be a list");
    for (size_t k = 0; k < forms->size(); ++k) {
      CC_ASSIGN_OR_RETURN(std::string f, ReadString((*forms)[k], file,
                                                    absl::StrCat("vague_suffixes.forms[", k, "]")));
      std::string lower = absl::AsciiStrToLower(f);
      TokenizedText t = Tokenize(lower, {});
      std::vector<std::string> toks;
      for (const Token& tok : t.tokens) toks.emplace_back(t.Text(tok));
      impl->vague_suffixes.push_back(std::move(toks));
    }
  }
  if (const nlohmann::json* o = Member(j, "ordinals")) {
    if (!o->is_object()) return Bad(file, "ordinals", "must be an object");
    if (const nlohmann::json* p = Member(*o, "prefix")) {
      CC_ASSIGN_OR_RETURN(impl->ordinal_prefix, ReadString(*p, file, "ordinals.prefix"));
      impl->ordinal_prefix = absl::AsciiStrToLower(impl->ordinal_prefix);
    }
    if (const nlohmann::json* w = Member(*o, "words")) {
      CC_RETURN_IF_ERROR(ReadWordMap(*w, file, "ordinals.words", false, &impl->ordinal_words));
    }
    if (const nlohmann::json* d = Member(*o, "digit_suffixes")) {
      if (!d->is_array()) return Bad(file, "ordinals.digit_suffixes", "must be a list");
      for (size_t k = 0; k < d->size(); ++k) {
        CC_ASSIGN_OR_RETURN(std::string f, ReadString((*d)[k], file,
                                                      absl::StrCat("ordinals.digit_suffixes[", k, "]")));
        impl->ordinal_digit_suffixes.push_back(absl::AsciiStrToLower(f));
      }
    }
  }
  impl->BuildStarters();
  NumberParser p;
  p.impl_ = std::move(impl);
  return p;
}

std::vector<std::string> NumberParser::RuleNames() const {
  return {"number.digits",  "number.digits_multiplier", "number.ordinal",
          "number.vague",   "number.vague_suffix",      "number.words"};
}

namespace {

struct Parser {
  const NumberParser::Impl& r;
  const TokenizedText& t;

  absl::string_view Lower(size_t i) const { return t.Lower(t.tokens[i]); }
  bool IsPunct(size_t i, char c) const {
    return i < t.tokens.size() && t.tokens[i].kind == TokenKind::kPunct &&
           t.tokens[i].end - t.tokens[i].begin == 1 && t.text[t.tokens[i].begin] == c;
  }

  // Digits at i (optionally "," + digits for ",77"), with attached or following
  // multipliers and the vague suffix.
  absl::optional<ParsedNumber> Digits(size_t i) const {
    ParsedNumber n;
    n.first_token = static_cast<uint32_t>(i);
    size_t j = i;
    double v = 0;
    if (IsPunct(j, r.decimal_separator) && Attached(t, j + 1) &&
        t.tokens[j + 1].kind == TokenKind::kNumber) {
      // ",77": a decimal without its leading zero.
      std::string s = absl::StrCat("0", std::string(1, r.decimal_separator),
                                   t.Text(t.tokens[j + 1]));
      if (!ParseDigitToken(s, r.group_separator, r.decimal_separator, &v, &n.decimals)) {
        return absl::nullopt;
      }
      j += 2;
    } else if (j < t.tokens.size() && t.tokens[j].kind == TokenKind::kNumber) {
      if (!ParseDigitToken(t.Text(t.tokens[j]), r.group_separator, r.decimal_separator, &v,
                           &n.decimals)) {
        return absl::nullopt;
      }
      j += 1;
    } else {
      return absl::nullopt;
    }
    n.rule = "number.digits";
    // "1 point 1": a whole number, the decimal word and plain digits.
    if (j == i + 1 && v == std::floor(v)) {
      double frac;
      if (DecimalDigitsAt(j, &frac)) {
        v += frac;
        n.decimals = static_cast<int>(t.tokens[j + 1].end - t.tokens[j + 1].begin);
        j += 2;
      }
    }
    // "9 1/2 minutes", "12-1/2 years", "3½ hours", "22 and a half years": a whole number
    // and a fraction, one number.
    if (j == i + 1 && v == std::floor(v) && n.decimals == 0) {
      if (double frac; FractionAfter(j, &frac, &j)) {
        v += frac;
        n.decimals = 1;  // written to about a tenth: 9 1/2 minutes may be 9 min 29 s
      }
    }
    // "1st", "22nd": an ordinal suffix written against a whole number.
    if (!r.ordinal_digit_suffixes.empty() && j < t.tokens.size() && Attached(t, j) &&
        t.tokens[j].kind == TokenKind::kWord && v == std::floor(v) && j == i + 1) {
      const absl::string_view suffix = Lower(j);
      for (const std::string& s : r.ordinal_digit_suffixes) {
        if (suffix != s) continue;
        n.value = n.low = n.high = v;
        n.ordinal = true;
        n.rule = "number.ordinal";
        n.end_token = static_cast<uint32_t>(j + 1);
        return n;
      }
    }
    // "100K": a multiplier letter written against the digits.
    if (j < t.tokens.size() && Attached(t, j) && t.tokens[j].kind == TokenKind::kWord) {
      auto it = r.attached.find(t.Text(t.tokens[j]));
      if (it != r.attached.end()) {
        v *= it->second;
        n.scale = it->second;
        ++j;
        n.rule = "number.digits_multiplier";
      }
    }
    // "300-an": about that many.
    if (n.rule == "number.digits") {
      for (const std::vector<std::string>& suf : r.vague_suffixes) {
        bool ok = j + suf.size() <= t.tokens.size();
        for (size_t k = 0; ok && k < suf.size(); ++k) {
          ok = Attached(t, j + k) && Lower(j + k) == suf[k];
        }
        // The suffix must end the word: "300-anak" is not "300-an".
        if (ok && j + suf.size() < t.tokens.size() && Attached(t, j + suf.size()) &&
            t.tokens[j + suf.size()].kind == TokenKind::kWord) {
          ok = false;
        }
        if (ok && v > 0 && v == std::floor(v)) {
          double step = 1;
          for (double x = v; std::fmod(x, 10) == 0 && x >= 10; x /= 10) step *= 10;
          n.value = n.low = v;
          n.high = v + step - 1;
          n.vague = true;
          n.rule = "number.vague_suffix";
          n.end_token = static_cast<uint32_t>(j + suf.size());
          return n;
        }
      }
    }
    // "2,5 juta", "5 ratus ribu": multipliers, each larger than the one before.
    double last = 1;
    while (j < t.tokens.size() && t.tokens[j].kind == TokenKind::kWord) {
      absl::string_view w = Lower(j);
      double m = 0;
      if (auto it = r.big.find(w); it != r.big.end()) m = it->second;
      else if (auto it2 = r.small.find(w); it2 != r.small.end()) m = it2->second;
      if (m <= last) break;
      v *= m;
      n.scale *= m;
      last = m;
      ++j;
      n.rule = "number.digits_multiplier";
      n.words = true;
    }
    n.value = n.low = n.high = v;
    n.end_token = static_cast<uint32_t>(j);
    return n;
  }

  // A fraction after a whole number ending at token j: "1/2" after a space or a hyphen
  // written against both ("12-1/2"), the denominator 2, 3 or 4 and above the numerator
  // (nothing more against it: "8 1/2/2021" is no fraction); a vulgar fraction written
  // against it ("3½"); a joiner and a fraction word ("22 and a half"). Sets *frac and
  // *end (the token after it).
  bool FractionAfter(size_t j, double* frac, size_t* end) const {
    const size_t n = t.tokens.size();
    if (j >= n) return false;
    static constexpr std::pair<absl::string_view, double> kVulgar[] = {
        {"\u00bd", 0.5}, {"\u00bc", 0.25}, {"\u00be", 0.75}, {"\u2153", 1.0 / 3}, {"\u2154", 2.0 / 3}};
    if (Attached(t, j)) {
      for (const auto& [glyph, value] : kVulgar) {
        if (t.Text(t.tokens[j]) != glyph) continue;
        *frac = value;
        *end = j + 1;
        return true;
      }
    }
    size_t k = j;
    if (IsPunct(k, '-') && Attached(t, k) && Attached(t, k + 1)) ++k;
    else if (Attached(t, k)) k = n;  // "2/3" right after the digits is another shape
    if (k + 2 < n && t.tokens[k].kind == TokenKind::kNumber && IsPunct(k + 1, '/') &&
        Attached(t, k + 1) && Attached(t, k + 2) && t.tokens[k + 2].kind == TokenKind::kNumber &&
        !(k + 3 < n && Attached(t, k + 3) &&
          (t.tokens[k + 3].kind == TokenKind::kNumber || IsPunct(k + 3, '/')))) {
      const absl::string_view num = t.Text(t.tokens[k]), den = t.Text(t.tokens[k + 2]);
      if (num.size() == 1 && den.size() == 1 && den[0] >= '2' && den[0] <= '4' && num[0] >= '1' &&
          num[0] < den[0]) {
        *frac = static_cast<double>(num[0] - '0') / (den[0] - '0');
        *end = k + 3;
        return true;
      }
    }
    if (!r.joiners.empty() && j + 1 < n && t.tokens[j].kind == TokenKind::kWord && r.joiners.contains(Lower(j))) {
      if (auto f = r.fractions.MatchAt(t, j + 1)) {
        *frac = *f->value;
        *end = f->end;
        return true;
      }
    }
    return false;
  }

  // The decimal word and plain digits at j ("point 77"): their fraction.
  bool DecimalDigitsAt(size_t j, double* frac) const {
    if (r.decimal_words.empty() || j + 1 >= t.tokens.size()) return false;
    const Token& d = t.tokens[j + 1];
    if (d.kind != TokenKind::kNumber || t.tokens[j].kind != TokenKind::kWord) return false;
    if (!r.decimal_words.contains(Lower(j))) return false;
    const absl::string_view s = t.Text(d);
    double digits = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      digits = digits * 10 + (c - '0');
    }
    *frac = WithDecimals(0, digits, s.size());
    return true;
  }

  bool IsWordHyphen(size_t j) const {
    return j < t.tokens.size() && t.tokens[j].kind == TokenKind::kPunct && Attached(t, j) &&
           Attached(t, j + 1) && r.word_hyphens.contains(t.Text(t.tokens[j]));
  }

  // "twenty-first", "twenty—fifth", "one hundred and first": a spelled-out number whose
  // last word is an ordinal below ten, at j (after an optional hyphen or joiner).
  absl::optional<ParsedNumber> OrdinalTail(const WordComposer& c, size_t i, size_t j) const {
    if (r.ordinal_words.empty()) return absl::nullopt;
    if (c.ends_in_tens() && IsWordHyphen(j)) ++j;
    else if (!r.joiners.empty() && c.can_take_joiner() && j < t.tokens.size() && r.joiners.contains(Lower(j))) ++j;
    if (j >= t.tokens.size() || t.tokens[j].kind != TokenKind::kWord) return absl::nullopt;
    auto it = r.ordinal_words.find(Lower(j));
    if (it == r.ordinal_words.end() || it->second >= 10) return absl::nullopt;
    if (!c.ends_in_tens() && !c.can_take_joiner()) return absl::nullopt;
    ParsedNumber n;
    n.first_token = static_cast<uint32_t>(i);
    n.end_token = static_cast<uint32_t>(j + 1);
    n.value = n.low = n.high = c.value() + it->second;
    n.words = true;
    n.ordinal = true;
    n.rule = "number.ordinal";
    return n;
  }

  // Spelled-out numbers: "dua ratus ribu", "satu setengah juta", "dua koma lima".
  absl::optional<ParsedNumber> Words(size_t i) const {
    WordComposer c(r);
    size_t j = i;
    while (j < t.tokens.size()) {
      // "twenty—five": a hyphen token between a tens word and a unit.
      if (c.can_take_hyphen() && IsWordHyphen(j) && t.tokens[j + 1].kind == TokenKind::kWord) {
        WordComposer next = c;
        if (next.FeedWord(Lower(j + 1))) {
          c = next;
          j += 2;
          continue;
        }
        break;
      }
      if (t.tokens[j].kind != TokenKind::kWord) break;
      const absl::string_view lw = Lower(j);
      // "a hundred", "a million": the one-word, only before a multiplier; after a
      // fraction alone ("half a million") it is an article, and the fraction is multiplied.
      if (!r.one_words.empty() && (c.can_take_one() || c.is_lone_fraction()) &&
          j + 1 < t.tokens.size() && r.one_words.contains(lw)) {
        WordComposer next = c;
        const absl::string_view after = Lower(j + 1);
        const bool multiplier = r.small.contains(after) || r.big.contains(after);
        if (multiplier && (c.is_lone_fraction() || next.FeedUnit(1)) && next.FeedWord(after)) {
          c = next;
          j += 2;
          continue;
        }
        if (!r.fractions.MatchAt(t, j)) break;  // else "a quarter million", below
      }
      // "two and a half": a joiner before a fraction after a whole number.
      if (!r.joiners.empty() && j + 1 < t.tokens.size() && r.joiners.contains(lw)) {
        if (auto f = r.fractions.MatchAt(t, j + 1)) {
          WordComposer next = c;
          if (next.FeedFraction(*f->value)) {
            c = next;
            j = f->end;
            continue;
          }
        }
      }
      // "hundred and five", "two thousand and ten": the joiner, only between a
      // multiplier and the rest of the number.
      if (!r.joiners.empty() && c.can_take_joiner() && j + 1 < t.tokens.size() &&
          r.joiners.contains(lw)) {
        WordComposer next = c;
        if (t.tokens[j + 1].kind == TokenKind::kWord && next.FeedWord(Lower(j + 1))) {
          c = next;
          j += 2;
          continue;
        }
        break;
      }
      if (auto f = r.fractions.MatchAt(t, j)) {
        if (!c.FeedFraction(*f->value)) break;
        j = f->end;
        continue;
      }
      absl::string_view w = Lower(j);
      if (r.decimal_words.contains(w) && c.can_take_decimals()) {
        // Decimal digits spelled one by one.
        double decimals = 0;
        size_t k = j + 1;
        for (; k < t.tokens.size(); ++k) {
          auto it = r.units.find(Lower(k));
          if (it == r.units.end()) break;
          decimals = decimals * 10 + it->second;
        }
        if (k == j + 1) break;
        c.AddDecimals(WithDecimals(0, decimals, k - j - 1));
        j = k;
        // A big multiplier may follow: "dua koma lima juta".
        if (j < t.tokens.size()) {
          if (auto it = r.big.find(Lower(j)); it != r.big.end()) {
            if (c.FeedBig(it->second)) ++j;
          }
        }
        break;
      }
      if (!c.FeedWord(w)) break;
      ++j;
    }
    if (c.empty() || j == i) return absl::nullopt;
    if (auto o = OrdinalTail(c, i, j)) return o;
    ParsedNumber n;
    n.first_token = static_cast<uint32_t>(i);
    n.end_token = static_cast<uint32_t>(j);
    n.value = n.low = n.high = c.value();
    n.scale = c.ending_multiplier();
    n.words = true;
    n.rule = "number.words";
    return n;
  }

  absl::optional<ParsedNumber> Vague(size_t i) const {
    auto it = r.vague.find(Lower(i));
    if (it == r.vague.end()) return absl::nullopt;
    ParsedNumber n;
    n.first_token = static_cast<uint32_t>(i);
    n.low = it->second.first;
    n.high = it->second.second;
    size_t j = i + 1;
    double last = 1;
    while (j < t.tokens.size()) {
      // "tens of thousands": a linker may stand before the multiplier.
      size_t k = j;
      if (!r.vague_linkers.empty() && k + 1 < t.tokens.size() && t.tokens[k].kind == TokenKind::kWord &&
          r.vague_linkers.contains(Lower(k))) {
        ++k;
      }
      auto b = r.big.find(Lower(k));
      if (b == r.big.end() || b->second <= last || b->second <= n.high) break;
      n.low *= b->second;
      n.high *= b->second;
      last = b->second;
      j = k + 1;
    }
    n.value = n.low;
    n.vague = true;
    n.words = true;
    n.end_token = static_cast<uint32_t>(j);
    n.rule = "number.vague";
    return n;
  }

  absl::optional<ParsedNumber> Ordinal(size_t i) const {
    absl::string_view w = Lower(i);
    ParsedNumber n;
    n.first_token = static_cast<uint32_t>(i);
    n.ordinal = true;
    n.rule = "number.ordinal";
    if (auto it = r.ordinal_words.find(w); it != r.ordinal_words.end()) {
      n.value = n.low = n.high = it->second;
      n.words = true;
      n.end_token = static_cast<uint32_t>(i + 1);
      return n;
    }
    // "twenty-fifth": a tens word and an ordinal below ten, hyphenated in one token.
    if (const size_t dash = r.word_hyphens.empty() ? absl::string_view::npos : w.find('-');
        dash != absl::string_view::npos && r.word_hyphens.contains("-")) {
      WordComposer c(r);
      auto it = r.ordinal_words.find(w.substr(dash + 1));
      if (c.FeedWord(w.substr(0, dash)) && c.ends_in_tens() && it != r.ordinal_words.end() &&
          it->second < 10) {
        n.value = n.low = n.high = c.value() + it->second;
        n.words = true;
        n.end_token = static_cast<uint32_t>(i + 1);
        return n;
      }
    }
    const std::string& p = r.ordinal_prefix;
    if (p.empty() || !WordStartsWith(w, p)) return absl::nullopt;
    if (w.size() == p.size()) {
      // "ke-70": prefix, hyphen and digits written together.
      if (IsPunct(i + 1, '-') && Attached(t, i + 1) && Attached(t, i + 2) &&
          t.tokens[i + 2].kind == TokenKind::kNumber) {
        double v;
        if (!ParseDigitToken(t.Text(t.tokens[i + 2]), r.group_separator, r.decimal_separator, &v) ||
            v != std::floor(v)) {
          return absl::nullopt;
        }
        n.value = n.low = n.high = v;
        n.end_token = static_cast<uint32_t>(i + 3);
        return n;
      }
      return absl::nullopt;
    }
    // "kedua", "ke-tiga", "kesepuluh": prefix glued to one number word.
    absl::string_view rest = w.substr(p.size());
    if (!rest.empty() && rest[0] == '-') rest.remove_prefix(1);
    WordComposer c(r);
    if (rest.empty() || !c.FeedWord(rest) || c.value() < 1) return absl::nullopt;
    n.value = n.low = n.high = c.value();
    n.words = true;
    n.end_token = static_cast<uint32_t>(i + 1);
    return n;
  }

  absl::optional<ParsedNumber> Unsigned(size_t i) const {
    const Token& tok = t.tokens[i];
    if (tok.kind == TokenKind::kNumber || IsPunct(i, r.decimal_separator)) return Digits(i);
    if (tok.kind != TokenKind::kWord) return absl::nullopt;
    // "no one else": after these words a number word is an idiom, not a number.
    if (!r.words_not_after.empty() && i > 0 && t.tokens[i - 1].kind == TokenKind::kWord &&
        r.words_not_after.contains(Lower(i - 1))) {
      return absl::nullopt;
    }
    // "point 77": a decimal without its leading zero, spelled.
    if (double frac; DecimalDigitsAt(i, &frac)) {
      ParsedNumber n;
      n.first_token = static_cast<uint32_t>(i);
      n.end_token = static_cast<uint32_t>(i + 2);
      n.value = n.low = n.high = frac;
      n.rule = "number.digits";
      return n;
    }
    if (auto n = Vague(i)) return n;
    if (auto n = Words(i)) return n;
    return Ordinal(i);
  }

  absl::optional<ParsedNumber> At(size_t i) const {
    if (i >= t.tokens.size()) return absl::nullopt;
    const Token& tok = t.tokens[i];
    // "-1200000", "-,0012G": a minus sign glued to the number, not "5-7".
    if (IsPunct(i, '-') && tok.space_before && Attached(t, i + 1)) {
      absl::optional<ParsedNumber> n = Digits(i + 1);
      if (n && n->rule != "number.vague_suffix") {
        n->first_token = static_cast<uint32_t>(i);
        n->value = -n->value;
        n->low = n->high = n->value;
        return n;
      }
      return absl::nullopt;
    }
    // ("2,5 plus minus 1 persen": a sign word after one of negative_not_after is a
    // tolerance's, which hedges.json reads.)
    if (tok.kind == TokenKind::kWord && r.negative_words.contains(t.Lower(tok)) &&
        !(i > 0 && !r.negative_not_after.empty() && r.negative_not_after.contains(t.Lower(t.tokens[i - 1]))) &&
        !AfterAnAmount(i)) {
      // "minus-130": the sign word may be hyphenated to the number.
      size_t k = i + 1;
      if (IsPunct(k, '-') && Attached(t, k) && Attached(t, k + 1)) ++k;
      absl::optional<ParsedNumber> n = k < t.tokens.size() ? Unsigned(k) : absl::nullopt;
      if (n && !n->vague && !n->ordinal) {
        n->first_token = static_cast<uint32_t>(i);
        n->value = -n->value;
        n->low = n->high = n->value;
        return n;
      }
      return absl::nullopt;
    }
    absl::optional<ParsedNumber> n = Unsigned(i);
    if (n && !n->vague && !n->ordinal) Echo(&*n);
    return n;
  }

  // Whether token i follows an amount, right after it or after a comma ("$7.3 million,
  // minus 5 billion rupiah he has already handed over"): a sign word there subtracts
  // the number after it, which is positive.
  bool AfterAnAmount(size_t i) const {
    size_t k = i;
    if (k > 0 && IsPunct(k - 1, ',')) --k;
    if (k == 0) return false;
    const Token& before = t.tokens[k - 1];
    return before.kind == TokenKind::kNumber ||
           (before.kind == TokenKind::kWord && (r.big.contains(t.Lower(before)) || r.small.contains(t.Lower(before))));
  }

  // A number written twice, the second time in parentheses, in digits and in words ("4
  // (empat) tahun", "four (4) years", as contracts and court reports write it): one
  // number, which ends after the closing parenthesis.
  void Echo(ParsedNumber* n) const {
    const size_t open = n->end_token;
    if (!IsPunct(open, '(') || open + 1 >= t.tokens.size()) return;
    absl::optional<ParsedNumber> again = Unsigned(open + 1);
    if (!again || again->vague || again->ordinal || again->value != n->value ||
        again->words == n->words || !IsPunct(again->end_token, ')')) {
      return;
    }
    n->end_token = again->end_token + 1;
  }
};

}  // namespace

bool NumberParser::IsOneWord(absl::string_view lower_word) const {
  return impl_ != nullptr && impl_->one_words.contains(lower_word);
}

bool NumberParser::MayStartAt(const TokenizedText& t, size_t i) const {
  if (impl_ == nullptr || i >= t.tokens.size()) return false;
  const Token& tok = t.tokens[i];
  if (tok.kind == TokenKind::kNumber) return true;
  if (tok.kind == TokenKind::kPunct) {
    // A minus sign ("-1200000") or a decimal separator (",5"); other punctuation only
    // when a lexicon form starts with it.
    const absl::string_view p = t.Text(tok);
    if (p.size() == 1 && (p[0] == '-' || p[0] == impl_->decimal_separator)) return true;
  }
  return impl_->MayStartWord(t.Lower(tok), t.HashAt(i));
}

absl::optional<ParsedNumber> NumberParser::ParseAt(const TokenizedText& t, size_t i) const {
  if (impl_ == nullptr) return absl::nullopt;
  if (!MayStartAt(t, i)) return absl::nullopt;
  return Parser{*impl_, t}.At(i);
}

const absl::optional<ParsedNumber>& NumberMemo::ParseAt(size_t i) const {
  static const absl::optional<ParsedNumber> kNone;
  if (slot_.size() != text_->tokens.size()) {
    slot_.assign(text_->tokens.size(), kNotParsed);
    parsed_.clear();
  }
  if (i >= slot_.size()) return kNone;
  if (slot_[i] == kNotParsed) {
    absl::optional<ParsedNumber> n = parser_->ParseAt(*text_, i);
    if (n) {
      slot_[i] = static_cast<int32_t>(parsed_.size());
      parsed_.push_back(std::move(n));
    } else {
      slot_[i] = kNoNumber;
    }
  }
  return slot_[i] == kNoNumber ? kNone : parsed_[static_cast<size_t>(slot_[i])];
}

bool NumberParser::ExtendAfterCurrency(const TokenizedText& t, ParsedNumber* n) const {
  if (impl_ == nullptr || impl_->currency_attached.empty() || n->words || n->ordinal ||
      n->vague) {
    return false;
  }
  const size_t j = n->end_token;
  if (j >= t.tokens.size() || t.tokens[j].space_before || t.tokens[j].kind != TokenKind::kWord ||
      j == 0 || t.tokens[j - 1].kind != TokenKind::kNumber) {
    return false;
  }
  auto it = impl_->currency_attached.find(t.Text(t.tokens[j]));
  if (it == impl_->currency_attached.end()) return false;
  // The multiplier must end the word: "$45mln" is not "$45m".
  n->value *= it->second;
  n->scale *= it->second;
  n->low = n->high = n->value;
  n->end_token = static_cast<uint32_t>(j + 1);
  n->rule = "number.digits_multiplier";
  return true;
}

absl::optional<ParsedNumber> NumberParser::ParseWhole(absl::string_view text) const {
  TokenizedText t = Tokenize(text, {});
  if (t.tokens.empty()) return absl::nullopt;
  absl::optional<ParsedNumber> n = ParseAt(t, 0);
  if (!n || n->end_token != t.tokens.size()) return absl::nullopt;
  return n;
}

}  // namespace claimcheck
