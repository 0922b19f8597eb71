#include "checker/comparator.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "checker/status_macros.h"

namespace claimcheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

uint64_t Fnv1a(absl::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool Comparable(const Fact& f) {
  if (f.kind == FactKind::kNumber || f.hypothetical || f.negated || f.comparative) return false;
  if ((f.kind == FactKind::kDate || f.kind == FactKind::kDateRange) && !f.date_resolved) {
    return false;
  }
  return true;
}

// Words of the named entities, for overlap: sorted, unique.
WordList EntityWords(const Fact& f) {
  std::vector<absl::string_view> out;
  for (absl::string_view e : f.measures.entities) {
    for (absl::string_view w : absl::StrSplit(e, ' ', absl::SkipEmpty())) {
      if (w.size() > 1) out.emplace_back(w);
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return WordList(out);
}

// Calls shared(word) for each word two sorted, unique lists (vectors of strings or
// views, or WordLists) have in common; returns how many there were.
template <typename A, typename B, typename F>
size_t ForEachShared(const A& a, const B& b, F shared) {
  auto i = a.begin(), j = b.begin();
  size_t n = 0;
  while (i != a.end() && j != b.end()) {
    absl::string_view x(*i), y(*j);
    int c = x.compare(y);
    if (c == 0) {
      shared(x);
      ++n;
      ++i;
      ++j;
    } else if (c < 0) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

template <typename L>
WordList Intersect(const L& a, const L& b) {
  WordList out;
  ForEachShared(a, b, [&](absl::string_view w) { out.push_back(w); });
  return out;
}

// The size of the intersection, without building it.
template <typename L>
size_t CountShared(const L& a, const L& b) {
  return ForEachShared(a, b, [](absl::string_view) {});
}

double Overlap(size_t shared, size_t na, size_t nb) {
  size_t m = std::min(na, nb);
  return m == 0 ? 0 : static_cast<double>(shared) / static_cast<double>(m);
}

// Whether two place names (lower-cased) name one place: the same, or, for names of
// seven letters or more, one spelt with a letter more than the other ("sumatera utara",
// "sumatra utara"). Two names that differ in a letter are two places.
bool SamePlace(absl::string_view a, absl::string_view b) {
  if (a == b) return true;
  constexpr size_t kMinSpelt = 7;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.size() < kMinSpelt || b.size() != a.size() + 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  return a.substr(i) == b.substr(i + 1);
}

// Whether two areas (Measures::scope) may be one: SamePlace, or the words of one opening
// the other's ("lapas kelas" and "lapas kelas i rantau jaya", "rsud" and "rsud kabupaten
// rantau jaya"), as a name is cut short.
// A name extended by a word of `divisions` names another place ("sumatera" and
// "sumatera barat").
bool SameScope(absl::string_view a, absl::string_view b, const absl::flat_hash_set<std::string>& divisions) {
  if (SamePlace(a, b)) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (!absl::StartsWith(b, a) || b[a.size()] != ' ') return false;
  const absl::string_view rest = b.substr(a.size() + 1);
  return !divisions.contains(rest.substr(0, rest.find(' ')));
}

// Whether two points lengths are measured from share a word of four letters or more
// ("bibir pantai kuala merbang" and "kuala merbang"; "permukiman warga" and "permukiman
// warga desa sukamaju hilir"): one point written two ways.
// Two names that differ only in a last word of `divisions` ("lembah sari timur",
// "lembah sari utara") are two places, whatever words they share.
bool SamePoint(absl::string_view a, absl::string_view b, const absl::flat_hash_set<std::string>& divisions) {
  const size_t sa = a.rfind(' '), sb = b.rfind(' ');
  if (sa != absl::string_view::npos && sb != absl::string_view::npos && a.substr(0, sa) == b.substr(0, sb) &&
      divisions.contains(a.substr(sa + 1)) && divisions.contains(b.substr(sb + 1))) {
    return a == b;
  }
  constexpr size_t kMinWord = 4;
  for (absl::string_view w : absl::StrSplit(a, ' ')) {
    if (w.size() < kMinWord) continue;
    for (absl::string_view v : absl::StrSplit(b, ' ')) {
      if (v == w) return true;
    }
  }
  return false;
}

// Whether the name words of `shorter` (those of no role: "=driver" is passed over) are one
// word of two or three letters ("rw" of "RW (44)") that are the first letters of the name
// words of `longer`, as many as they, in order ("rudi wahyono").
bool InitialsOf(const std::vector<absl::string_view>& shorter, const std::vector<absl::string_view>& longer) {
  absl::string_view initials, role;
  for (absl::string_view w : shorter) {
    if (absl::StartsWith(w, kThingMark)) {
      role = w;
      continue;
    }
    if (!initials.empty()) return false;
    initials = w;
  }
  // One letter is an initial only beside one role on both sides ("Sopir truk berinisial W
  // (47)" against "Sopir truk, Wartono (48)": the story's one driver).
  const bool one_role = !role.empty() && std::find(longer.begin(), longer.end(), role) != longer.end();
  if (initials.size() < (one_role ? 1u : 2u) || initials.size() > 3) return false;
  size_t k = 0;
  for (absl::string_view w : longer) {
    if (absl::StartsWith(w, kThingMark)) continue;
    if (k == initials.size() || w[0] != initials[k]) return false;
    ++k;
  }
  return k == initials.size();
}

// Whether two names are one person's: the same, or the words of one among the other's in
// order ("wulan" and "wulan sari", "auzar" and "ipda auzar"), or one the other's initials
// ("rw" and "rudi wahyono": outlets that name a suspect or a driver by initials, others in
// full). Empty names are none.
bool SameName(absl::string_view a, absl::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  // "tan wei-ming =pilot" and "tan wei-ming =captain": two names, each with a role
  // after it (kThingMark), are one person when the names are, whatever the roles.
  static const std::string kRoleAfter = absl::StrCat(" ", kThingMark);
  const size_t role_a = a.find(kRoleAfter), role_b = b.find(kRoleAfter);
  if (role_a != absl::string_view::npos && role_b != absl::string_view::npos && role_a > 0 && role_b > 0 &&
      SameName(a.substr(0, role_a), b.substr(0, role_b))) {
    return true;
  }
  if (a.size() > b.size()) std::swap(a, b);
  const std::vector<absl::string_view> shorter = absl::StrSplit(a, ' ', absl::SkipEmpty());
  const std::vector<absl::string_view> longer = absl::StrSplit(b, ' ', absl::SkipEmpty());
  size_t k = 0;
  for (absl::string_view w : longer) {
    if (k < shorter.size() && w == shorter[k]) ++k;
  }
  if (k == shorter.size() || InitialsOf(shorter, longer)) return true;
  // "bripda yoga adi santoso" and "anumerta yoga adi santoso": a rank or title
  // before a name of two words or more changes between outlets (a promotion, a
  // posthumous rank).
  constexpr size_t kMinTail = 2;
  return shorter.size() == longer.size() && shorter.size() > kMinTail &&
         std::equal(shorter.begin() + 1, shorter.end(), longer.begin() + 1);
}

// Counts and sums of money, as against measures.
bool IsFigure(const Fact& f) { return f.kind == FactKind::kCount || f.kind == FactKind::kMoney; }

// A mask of the lowest n bits (n at most 64).
uint64_t LowBits(size_t n) { return n >= 64 ? ~uint64_t{0} : (uint64_t{1} << n) - 1; }

// Whether word `w` is in a sorted list.
bool HoldsSorted(const WordList& l, absl::string_view w) { return std::binary_search(l.begin(), l.end(), w); }

// Whether word `w` is among a fact's context words (sorted).
bool HoldsWord(const Fact& f, absl::string_view w) { return HoldsSorted(f.measures.context, w); }

// Whether a form of `markers` stands in `text` (a slice of a sentence), tokenized as
// article text; `cut_first` leaves out the first token, the end of a word the slice cut;
// `strong` takes only forms whose value is true (update_markers: no weak one).
bool MarkerIn(absl::string_view text, const Lexicon<bool>& markers, bool cut_first, bool strong = false) {
  const TokenizedText t = Tokenize(text, {});
  for (size_t k = cut_first ? 1 : 0; k < t.tokens.size(); ++k) {
    if (auto m = markers.MatchAt(t, k); m && (*m->value || !strong)) return true;
  }
  return false;
}

bool IsDate(const Fact& f) {
  return f.kind == FactKind::kDate || f.kind == FactKind::kDateRange;
}

// A date resolved against the publication date ("kemarin", "Rabu", "pekan lalu"):
// outlets publishing a day apart may write different words for the same day.
bool RelativeDate(const Fact& f) {
  for (absl::string_view r : f.rules) {
    if (absl::StartsWith(r, "date.relative") || r == "date.weekday" || r == "date.day_part") {
      return true;
    }
  }
  return false;
}

// Whether a figure is specific enough that two outlets writing it are unlikely to mean
// different things: two or more significant digits as written (48, 1,2 triliun, 2,5
// juta), or a written value of 1000 or more.
// Whether a value has two significant digits or more, read to two decimals (2,5 -> 25;
// 3.000 has one, 2.078 four).
bool PreciseValue(double v) {
  v = std::abs(v);
  if (!std::isfinite(v) || v == 0) return false;
  long long m = std::llround(v * 100);
  while (m != 0 && m % 10 == 0) m /= 10;
  return m >= 10;
}

bool DistinctiveValue(double v) { return std::abs(v) >= 1000 || PreciseValue(v); }

bool Distinctive(const Fact& f) {
  // A calendar day written out ("Rabu (18/9)", "18 September 2024"), not resolved from
  // "kemarin" or a bare weekday.
  if (IsDate(f)) return f.date_grain == Grain::kDay && !RelativeDate(f);
  return DistinctiveValue(f.surface_value != 0 ? f.surface_value : f.value);
}

// Whether a context word is a figure beside its fact (kFigureMark: "#9.62147e+07",
// "#3048m") whose value is distinctive, as its unit normalised it.
bool DistinctiveFigureMark(absl::string_view w, bool precise = false) {
  if (w.empty() || w[0] != kFigureMark) return false;
  const std::string digits(w.substr(1));
  char* end = nullptr;
  const double v = std::strtod(digits.c_str(), &end);
  return end != digits.c_str() && (precise ? PreciseValue(v) : DistinctiveValue(v));
}

// Whether a count's value and another figure beside it (kFigureMark words) add up to a
// third beside it ("9 awak dan 104 penumpang, jadi total 113 orang"): its digits are
// backed by a sum its own text gives, no typo.
bool SumBacked(const Fact& f) {
  if (f.kind != FactKind::kCount) return false;
  std::vector<double> beside;
  for (absl::string_view w : f.measures.context) {
    if (w.empty() || w[0] != kFigureMark) continue;
    double v = 0;
    if (absl::SimpleAtod(w.substr(1), &v)) beside.push_back(v);
  }
  for (size_t i = 0; i < beside.size(); ++i) {
    for (size_t j = 0; j < beside.size(); ++j) {
      if (i != j && f.value + beside[i] == beside[j]) return true;
    }
  }
  return false;
}

// Day numbers of a date fact's first and last day.
absl::optional<std::pair<absl::CivilDay, absl::CivilDay>> DateDays(const Fact& f) {
  if (f.date_from.empty()) return absl::nullopt;
  absl::CivilDay from = f.date_from.civil();
  return std::make_pair(from, f.date_to.empty() ? from : f.date_to.civil());
}

// Whether the head says what the fact measures (a concept), not only its dimension.
bool HasConceptHead(const Fact& f) {
  return !f.measures.head.empty() && f.measures.head != f.dimension;
}

struct Prepared {
  const Fact* fact;
  size_t index;
  size_t article;  // index into articles
  WordList entity_words;   // EntityWords(*fact)
  WordList speaker_words;  // SpeakerWords(*fact)
  // The concept the fact's head is a kind of (compare.json kinds), or "".
  std::string broader;
  std::vector<size_t> copies;  // facts printing this passage verbatim, compared through it
  // The states other facts of its sentence count ("1.090 jiwa, sedangkan ... 186 jiwa
  // masih hilang": missing is the 186's), sorted.
  WordList neighbour_states;
  // The fact (index into prepared_) this one restates in other units in brackets right
  // after it ("about 1km (0.6 miles)"), or itself.
  uint32_t restates = 0;
  // Its context words that are figures beside it (kFigureMark): they count when shared
  // and do not dilute the overlap when not.
  uint32_t figures = 0;
  // A sum's context words that its own article also writes beside another sum of its
  // currency, sorted: they tell which of the article's sums this one is no better than
  // the budget's name does ('APBN', 'target' beside a deficit, a revenue and a ceiling).
  WordList common_sum_words;
  // Which of the exclusive concepts (Comparator::exclusive_concepts_) its words hold, one
  // bit each.
  uint64_t exclusive = 0;
  // A figure (kFigureMark) among its words; a distinctive one (DistinctiveFigureMark).
  bool beside_figure = false;
  bool beside_distinctive_figure = false;
  // Its qualifier is one of compare.json figure_tied_qualifiers.
  bool figure_tied = false;
  // The names its own words hold when it is a term said of a person (personal_concepts),
  // its speaker's left out, sorted; empty otherwise.
  WordList person_names;
  // Those of person_names its sentence writes in capitals, three letters or more (a
  // body's acronym, "KPK"), sorted (InCapitals).
  WordList capital_names;
  // Whether it is a term said of persons (personal_concepts), and of each of several
  // (several_persons: "masing-masing empat tahun").
  bool personal = false;
  bool several = false;
  // The words of its names of two words or more (measures.entities), each name's sorted,
  // one after another (views into the fact), and where each name ends among them.
  std::vector<absl::string_view> name_words;
  std::vector<uint32_t> name_ends;
  // When it is an item of a breakdown, counts of one state its sentence joins by
  // item_joiners alone ("Fourteen women and 9 men were killed"): how many items, and
  // their sum (the total they break down).
  uint32_t breakdown_items = 0;
  double breakdown_total = 0;
};

Tolerance TolFor(const CompareRules& r, const std::string& dimension) {
  Tolerance t = r.tolerance;
  for (const auto& [dim, tol] : r.dimension_tolerance) {
    if (dim == dimension) t = tol;
  }
  if (dimension == "count") t.exact_relative = 0;
  if (dimension == "date") t = Tolerance{0, 0, 0, 0, 0};
  return t;
}

// Tolerance `t` for two figures held against each other: exact_relative allows for the
// rounding of a conversion from one unit to another ("1.9 miles" for 3 km), so two exact
// figures written in one unit ("Rp 152,5 triliun" and "Rp 152,1 triliun", "53,27 persen"
// and "53,51 persen") are held to the rounding of their written digits alone.
Tolerance ConversionFree(Tolerance t, const Fact& a, const Fact& b) {
  if (a.bound != Bound::kExact || b.bound != Bound::kExact || a.surface_value == 0 || b.surface_value == 0) {
    return t;
  }
  // One factor from the written unit to the fact's unit: "persen" and "%", "km" and
  // "kilometer", "Rp ... triliun" and "Rp ... miliar".
  const double fa = a.value / a.surface_value, fb = b.value / b.surface_value;
  if (std::abs(fa - fb) <= 1e-9 * std::max(std::abs(fa), std::abs(fb))) t.exact_relative = 0;
  return t;
}

// `share` of one in the last written digit of exact figure `f`, just short of it, capped by
// rounding_max_relative of its value.
double StepAllowance(const Fact& f, double share, const Tolerance& t, double step = 0) {
  if (step == 0) step = f.precision;
  return std::min(step * share * (1 - 1e-9), std::abs(f.value) * t.rounding_max_relative);
}

// Figure `f` as its digits were written, a whole number in ones of its last written digit
// ("3.410": 3410; "65,3": 653), when it is one of at least `min` (and at most 10^15).
absl::optional<int64_t> WrittenDigits(const Fact& f, double min) {
  if (f.precision <= 0 || !std::isfinite(f.value)) return absl::nullopt;
  const double x = std::abs(f.value) / f.precision;
  const double whole = std::round(x);
  if (whole < min || whole > 1e15 || std::abs(x - whole) > 1e-6 * whole) return absl::nullopt;
  return static_cast<int64_t>(whole);
}

// One in the last digit of exact figure `f` that is no zero, when it is a whole figure
// ending in zeros ("900 km": 100 km), else its precision.
double RoundStep(const Fact& f) {
  const absl::optional<int64_t> written = WrittenDigits(f, 10);
  if (!written) return f.precision;
  double step = f.precision;
  for (int64_t w = *written; w >= 10 && w % 10 == 0; w /= 10) step *= 10;
  return step;
}

// Whether two figures written to one precision are the same digits with two neighbours
// swapped ("3.410" and "3.140", "65,3" and "63,5", "Rp 893,88 miliar" and "Rp839,88
// miliar"): one outlet most likely mistyped the other's figure. Three digits at least.
bool DigitsTransposed(const Fact& a, const Fact& b) {
  if (a.vague || b.vague || std::abs(a.precision - b.precision) > 1e-9 * a.precision || a.value == b.value) {
    return false;
  }
  const absl::optional<int64_t> wa = WrittenDigits(a, 100), wb = WrittenDigits(b, 100);
  if (!wa || !wb) return false;
  // Digit by digit, least significant first, without allocating: this runs for candidate
  // pairs. Exactly two neighbours differ, each the other's.
  int position = 0, first = -1, differ = 0;
  int64_t x = *wa, y = *wb;
  int x_first = 0, x_next = 0, y_first = 0, y_next = 0;
  for (; x > 0 || y > 0; x /= 10, y /= 10, ++position) {
    if (x == 0 || y == 0) return false;  // different lengths
    const int dx = static_cast<int>(x % 10), dy = static_cast<int>(y % 10);
    if (dx == dy) continue;
    if (++differ > 2) return false;
    if (differ == 1) {
      first = position;
      x_first = dx;
      y_first = dy;
    } else {
      if (position != first + 1) return false;
      x_next = dx;
      y_next = dy;
    }
  }
  return differ == 2 && x_first == y_next && x_next == y_first;
}

// How many digits two figures are written to when they are the same digits with two
// swapped (DigitsTransposed), else 0: the longer, the less likely two different
// quantities are so by chance ("142,385" and "124,385" employees, "Rp 3.287.415" and
// "Rp 3.278.415"). A swap that moves a zero to the end counts without the zeros that end
// both: "Rp 20.700" and "Rp 27.000" are three digits (207, 270), a rounder figure that is
// as likely another price as a slip; "2.460" and "2.640" stay four.
int TransposedDigits(const Fact& a, const Fact& b) {
  if (!DigitsTransposed(a, b)) return 0;
  auto trailing_zeros = [](int64_t w) {
    int n = 0;
    for (; w > 0 && w % 10 == 0; w /= 10) ++n;
    return n;
  };
  const int64_t wa = WrittenDigits(a, 1).value_or(0), wb = WrittenDigits(b, 1).value_or(0);
  const int za = trailing_zeros(wa), zb = trailing_zeros(wb);
  int digits = za == zb ? 0 : -std::min(za, zb);
  for (int64_t w = wa; w > 0; w /= 10) ++digits;
  return digits;
}

// How far an exact figure may lie from what its writer rounded ("16 km" for 16,09 km;
// "Rp1,2 triliun" for Rp1,23 triliun): a share of one in its last written digit, capped
// by a share of its value. Just short of the half, so that rounding never joins two
// neighbouring figures of the same precision ("5 orang", "6 orang").
double RoundingAllowance(const Fact& f, const Tolerance& t) {
  if (f.bound != Bound::kExact || f.precision <= 0 || t.rounding <= 0) return 0;
  const double own = StepAllowance(f, t.rounding, t);
  return t.trailing_zeros > 0 ? std::max(own, StepAllowance(f, t.trailing_zeros, t, RoundStep(f))) : own;
}

// How far above an exact count or sum its true value may lie when its writer cut it short
// to its last written digit (Tolerance::truncation): only for one written to fewer digits
// than the figure it is held against (`finer`), where a step above one means a multiplier
// word ("25,38 juta": one in 10.000). Two figures of one precision ("Rp1,2 triliun" and
// "Rp1,3 triliun") are held to rounding alone.
double TruncationAllowance(const Fact& f, const Fact& finer, const Tolerance& t) {
  if (f.bound != Bound::kExact || t.truncation <= 0 || f.precision <= 1 ||
      finer.precision >= f.precision || (f.kind != FactKind::kCount && f.kind != FactKind::kMoney)) {
    return 0;
  }
  return StepAllowance(f, t.truncation, t);
}

// The interval a fact allows once tolerances are applied (with rounding: allowing for
// the figure being rounded as written; `truncated`: its upper side widened by that much).
Interval Widened(const Fact& f, const Tolerance& t, bool rounding = true, double truncated = 0) {
  Interval in = f.interval;
  auto widen = [&](double v, double rel) { return std::max(std::abs(v) * rel, t.exact_absolute); };
  switch (f.bound) {
    case Bound::kApprox:
      in.low = f.value - widen(f.value, t.approx_relative);
      in.high = f.value + widen(f.value, t.approx_relative);
      break;
    case Bound::kExact: {
      // Just short of the tolerance, so that two figures a whole step apart never touch
      // ("magnitude 6.9" and "7.0", each within 0.05).
      const double w = std::max(widen(f.value, t.exact_relative) * (1 - 1e-9),
                                rounding ? RoundingAllowance(f, t) : 0);
      in.low = f.value - w;
      in.high = f.value + std::max(w, truncated);
      break;
    }
    default:
      if (!std::isinf(in.low)) in.low -= widen(in.low, t.exact_relative);
      if (!std::isinf(in.high)) in.high += widen(in.high, t.exact_relative);
      break;
  }
  return in;
}

bool Intersects(const Interval& a, const Interval& b) {
  double lo = std::max(a.low, b.low);
  double hi = std::min(a.high, b.high);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // Touching at one point: only if both ends there are closed.
  bool a_closed = (lo == a.low ? !a.low_open : true) && (lo == a.high ? !a.high_open : true);
  bool b_closed = (lo == b.low ? !b.low_open : true) && (lo == b.high ? !b.high_open : true);
  return a_closed && b_closed;
}

bool PointLike(Bound b) { return b == Bound::kExact || b == Bound::kApprox; }

std::string FormatValue(const Fact& f) {
  if (IsDate(f)) {
    return f.date_from == f.date_to ? f.date_from.str()
                                    : absl::StrCat(f.date_from.str(), "..", f.date_to.str());
  }
  std::string unit = f.dimension == "count" || f.unit.empty() ? "" : absl::StrCat(" ", f.unit.str());
  auto num = [](double v) { return absl::StrFormat("%.10g", v); };
  switch (f.bound) {
    case Bound::kRange: return absl::StrCat(num(f.value), "–", num(f.high), unit);
    case Bound::kApprox: return absl::StrCat("~", num(f.value), unit);
    case Bound::kAtLeast: return absl::StrCat("≥", num(f.value), unit);
    case Bound::kMoreThan: return absl::StrCat(">", num(f.value), unit);
    case Bound::kAtMost: return absl::StrCat("≤", num(f.value), unit);
    case Bound::kLessThan: return absl::StrCat("<", num(f.value), unit);
    case Bound::kExact: break;
  }
  return absl::StrCat(num(f.value), unit);
}

// The lower-case words of a fact's speaker: sorted, unique.
WordList SpeakerWords(const Fact& f) {
  std::vector<std::string> w =
      absl::StrSplit(absl::AsciiStrToLower(f.attributed_to), absl::ByAnyChar(" ,.;:()/"),
                     absl::SkipEmpty());
  std::sort(w.begin(), w.end());
  w.erase(std::unique(w.begin(), w.end()), w.end());
  return WordList(w);
}

// The words two facts' speakers share; nullopt when either fact names no speaker.
absl::optional<size_t> SharedSpeakerWords(const Prepared& a, const Prepared& b) {
  if (a.speaker_words.empty() || b.speaker_words.empty()) return absl::nullopt;
  return CountShared(a.speaker_words, b.speaker_words);
}

// Speakers with a word in common are one party.
bool SameSpeaker(const Prepared& a, const Prepared& b) {
  const absl::optional<size_t> n = SharedSpeakerWords(a, b);
  return n && *n > 0;
}

// Whether a name's word `w` stands among context words, as their stems ("corvan" of
// "Corvane").
bool NameAmong(absl::string_view w, const WordList& context) {
  for (absl::string_view c : context) {
    if (c.size() >= 3 && absl::StartsWith(w, c)) return true;
  }
  return false;
}

// Speakers with no word in common are different parties.
bool DifferentSpeakers(const Prepared& a, const Prepared& b) {
  const absl::optional<size_t> n = SharedSpeakerWords(a, b);
  return n && *n == 0;
}

}  // namespace

absl::string_view VerdictName(Verdict v) {
  switch (v) {
    case Verdict::kAgree: return "agree";
    case Verdict::kCompatible: return "compatible";
    case Verdict::kContradict: return "contradict";
    case Verdict::kDifferentEvent: return "different_event";
    case Verdict::kAttributedDisagreement: return "attributed_disagreement";
    case Verdict::kUpdated: return "updated";
  }
  return "agree";
}

absl::StatusOr<CompareRules> CompareRulesFromJson(const nlohmann::json& j,
                                                  const std::string& file) {
  CompareRules r;
  auto strings = [&](const char* key, std::vector<std::string>* out) -> absl::Status {
    auto it = j.find(key);
    if (it == j.end() || !it->is_array()) {
      return absl::InvalidArgumentError(absl::StrCat(file, ": missing array '", key, "'"));
    }
    for (const auto& v : *it) {
      if (!v.is_string()) {
        return absl::InvalidArgumentError(
            absl::StrCat(file, ": '", key, "' must hold only strings"));
      }
      out->push_back(v.get<std::string>());
    }
    return absl::OkStatus();
  };
  std::vector<std::string> running, markers;
  CC_RETURN_IF_ERROR(strings("running", &running));
  CC_RETURN_IF_ERROR(strings("update_markers", &markers));
  r.running.insert(running.begin(), running.end());
  if (j.contains("recounted")) {
    std::vector<std::string> recounted;
    CC_RETURN_IF_ERROR(strings("recounted", &recounted));
    r.recounted.insert(recounted.begin(), recounted.end());
  }
  if (j.contains("running_either_way")) {
    std::vector<std::string> either;
    CC_RETURN_IF_ERROR(strings("running_either_way", &either));
    r.running_either_way.insert(either.begin(), either.end());
    r.running.insert(either.begin(), either.end());
  }
  for (auto [key, out] : {std::pair<const char*, absl::flat_hash_set<std::string>*>{"stateless_heads", &r.stateless_heads},
                          {"strict_heads", &r.strict_heads},
                          {"generic_event_heads", &r.generic_event_heads},
                          {"place_divisions", &r.place_divisions},
                          {"timeless_heads", &r.timeless_heads},
                          {"one_off_events", &r.one_off_events},
                          {"named_one_off_events", &r.named_one_off_events},
                          {"bare_measure_dimensions", &r.bare_measure_dimensions},
                          {"bare_measure_near_names", &r.bare_measure_near_names},
                          {"anchored_dimensions", &r.anchored_dimensions},
                          {"place_dimensions", &r.place_dimensions},
                          {"anchored_heads", &r.anchored_heads},
                          {"fixed_states", &r.fixed_states},
                          {"item_joiners", &r.item_joiners},
                          {"additive_dimensions", &r.additive_dimensions},
                          {"from_point_heads", &r.from_point_heads},
                          {"size_units", &r.size_units},
                          {"running_measure_dimensions", &r.running_measure_dimensions}}) {
    if (!j.contains(key)) continue;
    std::vector<std::string> heads;
    CC_RETURN_IF_ERROR(strings(key, &heads));
    out->insert(heads.begin(), heads.end());
  }
  if (j.contains("running_measures")) {
    CC_RETURN_IF_ERROR(strings("running_measures", &r.running_measure_words));
  }
  if (j.contains("statistic_concepts")) CC_RETURN_IF_ERROR(strings("statistic_concepts", &r.statistic_concepts));
  if (j.contains("conversion_markers")) CC_RETURN_IF_ERROR(strings("conversion_markers", &r.conversion_markers));
  if (j.contains("exclusive_context")) {
    CC_RETURN_IF_ERROR(strings("exclusive_context", &r.exclusive_context));
  }
  if (j.contains("readings")) {
    CC_RETURN_IF_ERROR(strings("readings", &r.readings));
  }
  if (j.contains("revision_concepts")) {
    CC_RETURN_IF_ERROR(strings("revision_concepts", &r.revision_concepts));
  }
  if (j.contains("daily_readings")) {
    CC_RETURN_IF_ERROR(strings("daily_readings", &r.daily_readings));
  }
  if (auto g = j.find("exclusive_groups"); g != j.end()) {
    const std::string what = absl::StrCat(file, ": 'exclusive_groups' must be an array of arrays of concept ids");
    if (!g->is_array()) return absl::InvalidArgumentError(what);
    for (const auto& group : *g) {
      if (!group.is_array() || group.size() < 2) return absl::InvalidArgumentError(what);
      std::vector<std::string> members;
      for (const auto& m : group) {
        if (!m.is_string()) return absl::InvalidArgumentError(what);
        members.push_back(m.get<std::string>());
      }
      r.exclusive_groups.push_back(std::move(members));
    }
  }
  if (j.contains("personal_concepts")) CC_RETURN_IF_ERROR(strings("personal_concepts", &r.personal_concepts));
  if (j.contains("several_persons")) CC_RETURN_IF_ERROR(strings("several_persons", &r.several_persons));
  if (j.contains("figure_tied_qualifiers")) {
    CC_RETURN_IF_ERROR(strings("figure_tied_qualifiers", &r.figure_tied_qualifiers));
  }
  if (j.contains("identity_qualifier")) {
    std::vector<std::string> identity;
    CC_RETURN_IF_ERROR(strings("identity_qualifier", &identity));
    r.identity_qualifier.insert(identity.begin(), identity.end());
  }
  std::vector<std::string> weak;
  if (j.contains("weak_update_markers")) CC_RETURN_IF_ERROR(strings("weak_update_markers", &weak));
  for (const std::string& w : weak) {
    if (std::find(markers.begin(), markers.end(), w) == markers.end()) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ": weak_update_markers: '", w, "' is not one of update_markers"));
    }
  }
  for (const std::string& m : markers) {
    r.update_markers.Add(m, std::find(weak.begin(), weak.end(), m) == weak.end());
  }
  if (j.contains("fall_markers")) {
    std::vector<std::string> falls;
    CC_RETURN_IF_ERROR(strings("fall_markers", &falls));
    for (const std::string& m : falls) r.fall_markers.Add(m, true);
  }
  if (j.contains("lowered_markers")) {
    std::vector<std::string> lowered;
    CC_RETURN_IF_ERROR(strings("lowered_markers", &lowered));
    for (const std::string& m : lowered) r.lowered_markers.Add(m, true);
  }
  if (j.contains("set_span_markers")) {
    std::vector<std::string> set_spans;
    CC_RETURN_IF_ERROR(strings("set_span_markers", &set_spans));
    for (const std::string& m : set_spans) r.set_span_markers.Add(m, true);
  }
  if (j.contains("so_far_markers")) {
    std::vector<std::string> so_far;
    CC_RETURN_IF_ERROR(strings("so_far_markers", &so_far));
    for (const std::string& m : so_far) r.so_far_markers.Add(m, true);
  }
  if (j.contains("whole_markers")) {
    std::vector<std::string> whole;
    CC_RETURN_IF_ERROR(strings("whole_markers", &whole));
    for (const std::string& m : whole) r.whole_markers.Add(m, true);
  }
  if (j.contains("subset_markers")) {
    std::vector<std::string> subset;
    CC_RETURN_IF_ERROR(strings("subset_markers", &subset));
    for (const std::string& m : subset) r.subset_markers.Add(m, true);
  }
  for (auto [key, out] : {std::pair<const char*, absl::flat_hash_map<std::string, std::string>*>{"kinds", &r.kinds},
                          {"state_kinds", &r.state_kinds},
                          {"implied_states", &r.implied_states},
                          {"currency_aliases", &r.currency_aliases},
                          {"periodic_concepts", &r.periodic_concepts}}) {
    auto k = j.find(key);
    if (k == j.end()) continue;
    if (!k->is_object()) {
      return absl::InvalidArgumentError(absl::StrCat(file, ": '", key, "' must be an object"));
    }
    for (auto it = k->begin(); it != k->end(); ++it) {
      if (!it.value().is_string() || it.value().get<std::string>().empty()) {
        return absl::InvalidArgumentError(absl::StrCat(
            file, ": '", key, "' maps each name to another name (a string); '", it.key(), "' does not"));
      }
      (*out)[it.key()] = it.value().get<std::string>();
    }
  }
  auto number = [&](const nlohmann::json& obj, const char* key, double* out) -> absl::Status {
    auto it = obj.find(key);
    if (it == obj.end()) return absl::OkStatus();
    if (!it->is_number() || it->get<double>() < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(file, ": '", key, "' must be a non-negative number"));
    }
    *out = it->get<double>();
    return absl::OkStatus();
  };
  double window = r.event_window_days, max_block = static_cast<double>(r.max_block);
  double copies = static_cast<double>(r.copies_compared);
  CC_RETURN_IF_ERROR(number(j, "event_window_days", &window));
  CC_RETURN_IF_ERROR(number(j, "revised_down_ratio", &r.revised_down_ratio));
  CC_RETURN_IF_ERROR(number(j, "min_stateless_count", &r.min_stateless_count));
  CC_RETURN_IF_ERROR(number(j, "unrelated_ratio", &r.unrelated_ratio));
  CC_RETURN_IF_ERROR(number(j, "figure_unrelated_ratio", &r.figure_unrelated_ratio));
  CC_RETURN_IF_ERROR(number(j, "wider_total_ratio", &r.wider_total_ratio));
  CC_RETURN_IF_ERROR(number(j, "bearings_apart", &r.bearings_apart));
  CC_RETURN_IF_ERROR(number(j, "magnitude_apart", &r.magnitude_apart));
  CC_RETURN_IF_ERROR(number(j, "figure_magnitude_apart", &r.figure_magnitude_apart));
  double bare_words = r.bare_measure_min_words;
  CC_RETURN_IF_ERROR(number(j, "bare_measure_min_words", &bare_words));
  r.bare_measure_min_words = static_cast<size_t>(bare_words);
  if (auto v = j.find("vague_never_contradicts"); v != j.end()) {
    if (!v->is_boolean()) {
      return absl::InvalidArgumentError(absl::StrCat(file, ": 'vague_never_contradicts' must be true or false"));
    }
    r.vague_never_contradicts = v->get<bool>();
  }
  double moment = r.same_moment_minutes;
  CC_RETURN_IF_ERROR(number(j, "same_moment_minutes", &moment));
  r.same_moment_minutes = static_cast<int>(moment);
  double hedged_moment = r.same_moment_minutes;
  CC_RETURN_IF_ERROR(number(j, "hedged_moment_minutes", &hedged_moment));
  r.hedged_moment_minutes = static_cast<int>(hedged_moment);
  double near_moment = r.hedged_moment_minutes;
  CC_RETURN_IF_ERROR(number(j, "near_moment_minutes", &near_moment));
  r.near_moment_minutes = static_cast<int>(near_moment);
  CC_RETURN_IF_ERROR(number(j, "conversion_apart", &r.conversion_apart));
  CC_RETURN_IF_ERROR(number(j, "unit_conversion_apart", &r.unit_conversion_apart));
  if (auto m = j.find("currency_usd_ranges"); m != j.end()) {
    if (!m->is_object()) return absl::InvalidArgumentError(absl::StrCat(file, ": 'currency_usd_ranges' must be an object"));
    for (auto it = m->begin(); it != m->end(); ++it) {
      const nlohmann::json& v = it.value();
      if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number() || !(v[0].get<double>() > 0) ||
          v[1].get<double>() < v[0].get<double>()) {
        return absl::InvalidArgumentError(absl::StrCat(file, ": currency_usd_ranges: '", it.key(),
                                                       "' must be [lowest, highest], two positive numbers"));
      }
      r.currency_usd_ranges[it.key()] = {v[0].get<double>(), v[1].get<double>()};
    }
  }
  double since = r.currency_ranges_since;
  CC_RETURN_IF_ERROR(number(j, "currency_ranges_since", &since));
  r.currency_ranges_since = static_cast<int>(since);
  double day_part = r.day_part_minutes;
  CC_RETURN_IF_ERROR(number(j, "day_part_minutes", &day_part));
  r.day_part_minutes = static_cast<int>(day_part);
  double context_day_slack = r.context_day_slack_days;
  CC_RETURN_IF_ERROR(number(j, "context_day_slack_days", &context_day_slack));
  r.context_day_slack_days = static_cast<int>(context_day_slack);
  double period_report = r.period_report_days;
  CC_RETURN_IF_ERROR(number(j, "period_report_days", &period_report));
  r.period_report_days = static_cast<int>(period_report);
  double guessed_apart = r.guessed_moments_apart_minutes;
  CC_RETURN_IF_ERROR(number(j, "guessed_moments_apart_minutes", &guessed_apart));
  r.guessed_moments_apart_minutes = static_cast<int>(guessed_apart);
  double unclocked = r.unclocked_later_than;
  CC_RETURN_IF_ERROR(number(j, "unclocked_later_than", &unclocked));
  if (unclocked < 0 || unclocked > 24 * 60) {
    return absl::InvalidArgumentError(absl::StrCat(file, ": unclocked_later_than must be a minute of the day (0 to 1440)"));
  }
  r.unclocked_later_than = static_cast<int>(unclocked);
  CC_RETURN_IF_ERROR(number(j, "max_block", &max_block));
  CC_RETURN_IF_ERROR(number(j, "copies_compared", &copies));
  if (copies < 1) {
    return absl::InvalidArgumentError(absl::StrCat(file, ": 'copies_compared' must be at least 1"));
  }
  r.event_window_days = static_cast<int>(window);
  r.max_block = static_cast<size_t>(max_block);
  r.copies_compared = static_cast<size_t>(copies);
  if (auto s = j.find("similarity"); s != j.end()) {
    if (!s->is_object()) {
      return absl::InvalidArgumentError(absl::StrCat(file, ": 'similarity' must be an object"));
    }
    CC_RETURN_IF_ERROR(number(*s, "head", &r.w_head));
    CC_RETURN_IF_ERROR(number(*s, "qualifier", &r.w_qualifier));
    CC_RETURN_IF_ERROR(number(*s, "context", &r.w_context));
    CC_RETURN_IF_ERROR(number(*s, "entities", &r.w_entities));
    CC_RETURN_IF_ERROR(number(*s, "threshold", &r.threshold));
    CC_RETURN_IF_ERROR(number(*s, "date_threshold", &r.date_threshold));
    CC_RETURN_IF_ERROR(number(*s, "value_match", &r.w_value));
    CC_RETURN_IF_ERROR(number(*s, "distinctive_value_match", &r.w_distinctive_value));
  }
  return r;
}

std::string FindingId(const Fact& a, const Fact& b) {
  std::string ka = absl::StrCat(a.article, "\x1f", a.text, "\x1f", a.span.begin);
  std::string kb = absl::StrCat(b.article, "\x1f", b.text, "\x1f", b.span.begin);
  if (kb < ka) std::swap(ka, kb);
  uint64_t h = Fnv1a(kb, Fnv1a(absl::StrCat(ka, "\x1e")));
  return absl::StrFormat("f%012x", h & 0xffffffffffffull);
}

namespace {

class Comparator {
 public:
  Comparator(const std::vector<ArticleMeta>& articles, const FactList& facts,
             const CompareRules& rules)
      : articles_(articles), facts_(facts), rules_(rules) {
    for (size_t i = 0; i < articles.size(); ++i) {
      article_index_[articles[i].id] = i;
      some_without_story_ |= articles[i].story.empty();
    }
    // One bit per exclusive_context concept, then per member of each exclusive group.
    for (const std::string& c : rules_.exclusive_context) exclusive_concepts_.push_back(&c);
    exclusive_context_mask_ = LowBits(exclusive_concepts_.size());
    for (const std::vector<std::string>& group : rules_.exclusive_groups) {
      const size_t from = exclusive_concepts_.size();
      for (const std::string& c : group) exclusive_concepts_.push_back(&c);
      exclusive_group_masks_.push_back(LowBits(exclusive_concepts_.size()) & ~LowBits(from));
    }
    if (exclusive_concepts_.size() > 64) exclusive_concepts_.clear();  // Exclusive looks them up itself
  }

  // The findings, in no particular order (CompareByStory sorts them once, for all
  // stories). Gathered in a vector: a big one lives in its own mapping, which growing or
  // freeing hands back to the system whole; a deque's nodes, freed one by one among the
  // findings' strings, would stay in the heap (a deque drained into a vector at the end
  // held the findings twice at a large check's peak).
  std::vector<Finding> Find() {
    Prepare();
    std::vector<Finding> found;
    // Story by story (blocks never span two): what choosing partners needs is held for
    // one story at a time, so it does not grow with the corpus.
    for (const std::vector<uint32_t>& group : Groups()) JudgeGroup(group, &found);
    return found;
  }

  std::vector<Finding> Run() {
    std::vector<Finding> found = Find();
    std::sort(found.begin(), found.end(), [&](const Finding& x, const Finding& y) {
      auto key = [&](const Finding& f) {
        const Fact& fa = facts_.resident(f.a);
        const Fact& fb = facts_.resident(f.b);
        // References, not copies: this runs n log n times.
        return std::tuple<int, const std::string&, uint32_t, const std::string&, uint32_t>(
            Severity(f.verdict), fa.article, fa.span.begin, fb.article, fb.span.begin);
      };
      return key(x) < key(y);
    });
    return found;
  }

  // The order of findings: contradictions first.
  static int Severity(Verdict v) {
    switch (v) {
      case Verdict::kContradict: return 0;
      case Verdict::kAttributedDisagreement: return 1;
      case Verdict::kUpdated: return 2;
      case Verdict::kCompatible: return 3;
      case Verdict::kAgree: return 4;
      case Verdict::kDifferentEvent: return 5;
    }
    return 6;
  }

 private:

  // Whether the text between two figures of one sentence joins them as items of a list:
  // commas and at most one of item_joiners ("and", ", and", "dan", ", serta").
  bool ItemsJoined(const Fact& x, const Fact& y) const {
    const size_t from = x.span.end - x.sentence_span.begin, to = y.span.begin - y.sentence_span.begin;
    if (x.sentence_span.begin != y.sentence_span.begin || x.span.end < x.sentence_span.begin || to < from ||
        to > x.sentence_text.size()) {
      return false;
    }
    int words = 0;
    for (absl::string_view w : absl::StrSplit(absl::string_view(x.sentence_text).substr(from, to - from),
                                              absl::ByAnyChar(" ,\t\n"), absl::SkipEmpty())) {
      if (++words > 1 || !rules_.item_joiners.contains(absl::AsciiStrToLower(w))) return false;
    }
    return true;
  }

  // Marks the items of each breakdown among prepared facts [lo, hi) of one sentence, in
  // the order of the text: runs of two or more exact counts of one state, each joined to
  // the next (ItemsJoined), none a part of another count.
  void MarkBreakdowns(size_t lo, size_t hi) {
    if (rules_.item_joiners.empty()) return;
    auto item = [&](size_t i) {
      const Fact& f = *prepared_[i].fact;
      return f.kind == FactKind::kCount && f.bound == Bound::kExact && !f.vague && !f.part && !f.hypothetical &&
             !f.negated && !f.earlier;
    };
    for (size_t i = lo; i < hi;) {
      size_t j = i + 1;
      if (item(i)) {
        while (j < hi && item(j) && prepared_[j].fact->measures.qualifier == prepared_[i].fact->measures.qualifier &&
               ItemsJoined(*prepared_[j - 1].fact, *prepared_[j].fact)) {
          ++j;
        }
      }
      if (j - i >= 2) {
        double total = 0;
        for (size_t k = i; k < j; ++k) total += prepared_[k].fact->value;
        for (size_t k = i; k < j; ++k) {
          prepared_[k].breakdown_items = static_cast<uint32_t>(j - i);
          prepared_[k].breakdown_total = total;
        }
      }
      i = j;
    }
  }

  // Two items of breakdowns of one kind of thing: of one total ("Fourteen women and 9
  // men were killed" against "The dead, 13 women and 10 men"), parts that differ are an
  // outlet's error whenever each was reported (kContradict); of two totals of a running
  // tally, the later the larger ("22 people had died, 9 men and 13 women" against two
  // days later's "13 women and 10 men"), the later breakdown supersedes the earlier
  // (kUpdated). `first` was reported first, `later` says when the other was counted or
  // reported later. Empty when neither.
  std::string BreakdownNote(const Prepared& first, const Prepared& second, bool running, bool later,
                            Verdict* verdict) const {
    const Fact& a = *first.fact;
    const Fact& b = *second.fact;
    if (first.breakdown_items < 2 || second.breakdown_items < 2 || a.measures.head != b.measures.head) return "";
    // (An earlier breakdown its own words give as a tally on the move, "the death toll had
    // risen to 14 children and three adults", or as standing for now, may be recounted.)
    if (first.breakdown_total == second.breakdown_total &&
        !(later && (UpdateMarked(a) || CompareRules::InProgress(a.measures)))) {
      *verdict = Verdict::kContradict;
      return absl::StrCat("both break one total of ", absl::StrFormat("%.10g", first.breakdown_total),
                          " down: their parts differ");
    }
    // (A breakdown's items often carry no state of their own, their total's words do: "22
    // people had died, 9 men and 13 women".)
    auto running_words = [&] {
      return std::any_of(rules_.running.begin(), rules_.running.end(),
                         [&](const std::string& c) { return HoldsWord(a, c) && HoldsWord(b, c); });
    };
    if (later && second.breakdown_total > first.breakdown_total && (running || running_words())) {
      *verdict = Verdict::kUpdated;
      return absl::StrCat("parts of two totals, ", absl::StrFormat("%.10g", first.breakdown_total), " then ",
                          absl::StrFormat("%.10g", second.breakdown_total), ": the later breakdown supersedes the earlier");
    }
    return "";
  }

  // Whether one of two dates a day apart writes a weekday that is not its date's but is
  // the other's ("Minggu (15/6/2024)", a Saturday, against "Minggu (16/6/2024)"): one
  // happening, its date mistyped.
  static bool WeekdayNamesOther(const Fact& a, const Fact& b) {
    auto points = [](const Fact& x, const Fact& y) {
      if (!HasRule(x, kWeekdayMismatch) || x.date_from.empty() || y.date_from.empty() || x.date_from != x.date_to ||
          y.date_from != y.date_to || std::abs(x.date_from.days() - y.date_from.days()) != 1 ||
          HasRule(y, kWeekdayMismatch)) {
        return false;
      }
      int written;
      if (!absl::SimpleAtoi(MarkOf(x, Mark::kWeekday), &written)) return false;
      // absl::Weekday counts from Monday; the mark from Sunday.
      return written == (static_cast<int>(absl::GetWeekday(y.date_from.civil())) + 1) % 7;
    };
    return points(a, b) || points(b, a);
  }

  // The group a count counts only (kSubgroupMark: "86 penumpang dewasa": "adult"), or "".
  static absl::string_view SubgroupOf(const Fact& f) { return MarkOf(f, Mark::kSubgroup); }

  // A count of one group of a noun's people ("86 penumpang dewasa dan tiga anak-anak")
  // against a count of them all no smaller ("89 penumpang"): the group may be among the
  // whole. Empty when neither counts a group the other does not, or the group is larger.
  static std::string SubgroupNote(const Fact& a, const Fact& b) {
    const absl::string_view ga = SubgroupOf(a), gb = SubgroupOf(b);
    if (ga.empty() == gb.empty()) return "";
    const Fact& group = ga.empty() ? b : a;
    const Fact& whole = ga.empty() ? a : b;
    if (group.interval.high > whole.interval.high) return "";
    return absl::StrCat(FormatValue(group), " counts only the ", ga.empty() ? gb : ga, " among ",
                        FormatValue(whole), " ", whole.measures.head.str());
  }

  void Prepare() {
    const Fact* earlier = nullptr;  // the last figure given as earlier, for revised_
    const Fact* last = nullptr;     // the last figure not so given
    // A figure given as earlier and a figure of its sentence, of its kind or a bare number
    // on either side: a revision the story reports.
    auto revision = [&](const Fact& was, const Fact& now) {
      if (now.value == was.value) return;
      if (was.kind == FactKind::kNumber || now.kind == FactKind::kNumber ||
          (now.kind == was.kind && now.dimension == was.dimension &&
           now.measures.qualifier == was.measures.qualifier)) {
        if (auto a = article_index_.find(now.article); a != article_index_.end()) {
          revised_[articles_[a->second].story].push_back({&was, &now, a->second});
        }
      }
    };
    for (size_t i = 0; i < facts_.size(); ++i) {
      const Fact& f = facts_.resident(i);
      auto same_sentence = [&](const Fact* g) {
        return g != nullptr && g->article == f.article && g->sentence == f.sentence;
      };
      // "dari semula magnitudo 6,4 menjadi 6,3": the earlier figure, then the next one.
      if (same_sentence(earlier) && !f.earlier) {
        revision(*earlier, f);
        earlier = nullptr;
      }
      // "merevisi jumlah korban tewas menjadi 23 orang, turun dari angka 41 yang diumumkan
      // sebelumnya": the figure, then the earlier one after it.
      if (f.earlier && same_sentence(last) && earlier == nullptr) revision(f, *last);
      if (f.earlier) earlier = &f;
      if (!f.earlier) last = &f;
      if (!Comparable(f)) continue;
      auto it = article_index_.find(f.article);
      if (it == article_index_.end()) continue;
      auto broader = rules_.kinds.find(f.measures.head.str());
      prepared_.push_back({&f, i, it->second, EntityWords(f), SpeakerWords(f),
                           broader != rules_.kinds.end() ? broader->second : std::string()});
      Prepared& p = prepared_.back();
      for (absl::string_view e : f.measures.entities) {
        if (e.find(' ') == absl::string_view::npos) continue;
        const size_t from = p.name_words.size();
        for (absl::string_view word : absl::StrSplit(e, ' ', absl::SkipEmpty())) p.name_words.push_back(word);
        std::sort(p.name_words.begin() + from, p.name_words.end());
        p.name_ends.push_back(static_cast<uint32_t>(p.name_words.size()));
      }
      for (absl::string_view w : f.measures.context) {
        p.figures += w[0] == kFigureMark || w[0] == kWindowMark;
        p.beside_figure |= w[0] == kFigureMark;
        p.beside_distinctive_figure = p.beside_distinctive_figure || DistinctiveFigureMark(w);
      }
      p.figure_tied = std::find(rules_.figure_tied_qualifiers.begin(), rules_.figure_tied_qualifiers.end(),
                                f.measures.qualifier.str()) != rules_.figure_tied_qualifiers.end();
      auto holds_any = [&](const std::vector<std::string>& concepts) {
        return std::any_of(concepts.begin(), concepts.end(), [&](const std::string& c) { return HoldsWord(f, c); });
      };
      p.personal = holds_any(rules_.personal_concepts);
      p.several = p.personal && holds_any(rules_.several_persons);
      p.person_names = PersonNames(p);
      std::vector<absl::string_view> capitals;
      for (absl::string_view w : p.person_names) {
        if (InCapitals(f, w)) capitals.push_back(w);
      }
      p.capital_names = WordList(capitals);
    }
    // Deterministic order whatever the input order: by article id, then offset.
    std::sort(prepared_.begin(), prepared_.end(), [&](const Prepared& x, const Prepared& y) {
      return std::tie(articles_[x.article].id, x.fact->span.begin, x.fact->span.end) <
             std::tie(articles_[y.article].id, y.fact->span.begin, y.fact->span.end);
    });
    // The states of each fact's neighbours in its sentence, and the breakdowns it holds.
    for (size_t lo = 0, hi = 0; lo < prepared_.size(); lo = hi) {
      const Fact& first = *prepared_[lo].fact;
      while (hi < prepared_.size() && prepared_[hi].article == prepared_[lo].article &&
             prepared_[hi].fact->sentence == first.sentence) {
        ++hi;
      }
      MarkBreakdowns(lo, hi);
      for (size_t i = lo; i < hi && hi - lo > 1; ++i) {
        std::vector<std::string> n;
        for (size_t j = lo; j < hi; ++j) {
          const Symbol& q = prepared_[j].fact->measures.qualifier;
          if (j != i && !q.empty()) n.push_back(q.str());
        }
        if (n.empty()) continue;
        std::sort(n.begin(), n.end());
        n.erase(std::unique(n.begin(), n.end()), n.end());
        prepared_[i].neighbour_states = WordList(n);
      }
    }
    // A headline figure repeated in its own article's body is compared through the body
    // passage, which carries the sentence that says what the figure counts. So is a
    // figure given as earlier that its article also gives as its figure now ("Earlier on
    // Sunday, health officials had put the toll at 49 as well" beside "Forty-nine people
    // have died"): it was superseded by nothing. Facts of one article are contiguous after
    // the sort.
    std::vector<bool> repeated(prepared_.size(), false);
    for (size_t lo = 0, hi = 0; lo < prepared_.size(); lo = hi) {
      while (hi < prepared_.size() && prepared_[hi].article == prepared_[lo].article) ++hi;
      for (size_t i = lo; i < hi; ++i) {
        const Fact& h = *prepared_[i].fact;
        if (!h.headline && !h.earlier) continue;
        for (size_t j = lo; j < hi && !repeated[i]; ++j) {
          const Fact& b = *prepared_[j].fact;
          repeated[i] = !b.headline && !b.earlier && b.kind == h.kind && b.dimension == h.dimension &&
                        b.unit == h.unit && SameValue(h, b) &&
                        (h.headline || (b.measures.head == h.measures.head &&
                                        b.measures.qualifier == h.measures.qualifier));
        }
      }
    }
    // Wire copy: a passage printed verbatim by many outlets is compared from the first
    // copies_compared articles (by id); the rest ride on the first one's findings, so a
    // story republished a thousand times costs a thousand facts, not a million pairs.
    absl::flat_hash_map<std::string, std::vector<size_t>> verbatim;
    for (size_t i = 0; i < prepared_.size(); ++i) {
      if (repeated[i]) continue;
      const Fact& f = *prepared_[i].fact;
      verbatim[absl::StrCat(ClaimKey(prepared_[i]), "\x1f", f.unit.str(), "\x1f", BoundName(f.bound),
                            "\x1f", f.measures.qualifier.str(), "\x1f", f.text, "\x1f",
                            f.sentence_text)]
          .push_back(i);
    }
    for (auto& [key, members] : verbatim) {
      if (members.size() <= rules_.copies_compared) continue;
      Prepared& first = prepared_[members[0]];
      for (size_t k = rules_.copies_compared; k < members.size(); ++k) {
        first.copies.push_back(prepared_[members[k]].index);
        repeated[members[k]] = true;
      }
    }
    size_t kept = 0;
    for (size_t i = 0; i < prepared_.size(); ++i) {
      if (repeated[i]) continue;
      if (kept != i) prepared_[kept] = std::move(prepared_[i]);
      ++kept;
    }
    prepared_.resize(kept);
    // A quantity in brackets right after another of its dimension restates it
    // (after the compaction above: indices into the final prepared_).
    for (size_t i = 0; i < prepared_.size(); ++i) {
      prepared_[i].restates = static_cast<uint32_t>(i);
      if (i == 0 || prepared_[i - 1].article != prepared_[i].article) continue;
      const Fact& f = *prepared_[i].fact;
      const Fact& before = *prepared_[i - 1].fact;
      // ("2 million rupees ($2,420)": a sum in another currency restates it too.)
      const bool converted_sum = f.kind == FactKind::kMoney && before.kind == FactKind::kMoney &&
                                 rules_.CurrencyOf(f.unit.str()) != rules_.CurrencyOf(before.unit.str());
      if ((!converted_sum && (f.kind != FactKind::kQuantity || before.kind != FactKind::kQuantity)) ||
          before.dimension != f.dimension || before.sentence != f.sentence || before.span.end > f.span.begin ||
          before.span.end < f.sentence_span.begin || f.span.begin > f.sentence_span.end) {
        continue;
      }
      const absl::string_view between = absl::StripAsciiWhitespace(absl::string_view(f.sentence_text).substr(
          before.span.end - f.sentence_span.begin, f.span.begin - before.span.end));
      // ("15 mil laut atau sekitar 28 kilometer": a measure in another unit after a
      // conversion marker restates it too.)
      const bool converted_measure = !converted_sum && f.surface_unit != before.surface_unit &&
                                     !f.surface_unit.empty() && !before.surface_unit.empty();
      if (between == "(" || ((converted_sum || converted_measure) && EndsWithConversionMarker(between))) {
        prepared_[i].restates = prepared_[i - 1].restates;
      }
    }
    CommonSumWords();
    for (Prepared& p : prepared_) {
      for (size_t k = 0; k < exclusive_concepts_.size(); ++k) {
        if (HoldsWord(*p.fact, *exclusive_concepts_[k])) p.exclusive |= uint64_t{1} << k;
      }
    }
    article_facts_.assign(articles_.size(), {0, 0});
    for (size_t i = 0; i < prepared_.size(); ++i) {
      const Prepared& p = prepared_[i];
      if (!p.fact->attributed_to.empty()) attributed_claims_[ClaimKey(p)].push_back(i);
      auto& range = article_facts_[p.article];
      if (range.first == range.second) range.first = static_cast<uint32_t>(i);
      range.second = static_cast<uint32_t>(i + 1);
      if (Running(*p.fact) && UpdateMarked(*p.fact)) {
        risen_[articles_[p.article].story].push_back(static_cast<uint32_t>(i));
      }
    }
  }

  // Each sum's common_sum_words: the words of its context its article writes beside a sum
  // of its currency and another value too. Facts of one article are contiguous.
  void CommonSumWords() {
    absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, double> first_value;  // word, unit
    absl::flat_hash_set<std::pair<absl::string_view, absl::string_view>> common;
    for (size_t lo = 0, hi = 0; lo < prepared_.size(); lo = hi) {
      while (hi < prepared_.size() && prepared_[hi].article == prepared_[lo].article) ++hi;
      first_value.clear();
      common.clear();
      for (size_t i = lo; i < hi; ++i) {
        const Fact& f = *prepared_[i].fact;
        if (f.kind != FactKind::kMoney) continue;
        for (absl::string_view w : f.measures.context) {
          auto [it, fresh] = first_value.try_emplace({w, f.unit.str()}, f.value);
          if (!fresh && it->second != f.value) common.insert({w, f.unit.str()});
        }
      }
      if (common.empty()) continue;
      std::vector<absl::string_view> words;
      for (size_t i = lo; i < hi; ++i) {
        const Fact& f = *prepared_[i].fact;
        if (f.kind != FactKind::kMoney) continue;
        words.clear();
        for (absl::string_view w : f.measures.context) {
          if (common.contains({w, f.unit.str()})) words.push_back(w);
        }
        if (!words.empty()) prepared_[i].common_sum_words = WordList(words);
      }
    }
  }

  // A running tally: its head or state is one, or it is a measure of what a disaster has
  // done so far (running_measures among its words: '3,451 kilometers of roads' damaged).
  bool Running(const Fact& f) const {
    if (rules_.Running(f.measures)) return true;
    if (f.kind != FactKind::kQuantity || rules_.running_measure_keys.empty() ||
        !rules_.running_measure_dimensions.contains(f.dimension.str())) {
      return false;
    }
    for (absl::string_view w : f.measures.context) {
      if (rules_.running_measure_keys.contains(w)) return true;
    }
    return false;
  }
  // A running tally that falls in the normal course (the missing, evacuees).
  bool FallsAnyway(const Fact& f) const {
    return rules_.running_either_way.contains(f.measures.head) ||
           rules_.running_either_way.contains(f.measures.qualifier) || CompareRules::InProgress(f.measures);
  }
  // Whether `later`, lower than `earlier`, is a later report's revision of a running
  // figure: one that falls anyway, or a recount of a recounted tally that keeps most of
  // it (130 -> 125).
  // A later count that says it still stands ("kasus kematian masih empat orang", kInProgress)
  // says the tally never rose past it: no recount of a higher one.
  bool RevisedDown(const Fact& earlier, const Fact& later) const {
    if (!Running(earlier)) return false;
    const bool recounted = rules_.recounted.contains(earlier.measures.qualifier) ||
                           (earlier.measures.qualifier.empty() && rules_.recounted.contains(earlier.measures.head));
    if (recounted && !FallsAnyway(earlier) && CompareRules::InProgress(later.measures)) return false;
    return FallsAnyway(earlier) ||
           (recounted && later.value >= rules_.revised_down_ratio * earlier.value);
  }

  // Whether `f` is a count of day `day` made before unclocked_later_than ("hingga Senin
  // dini hari"): another outlet's count of that day with no time is presumed the later.
  bool EarlyCountOfReportDay(const Fact& f, absl::CivilDay day) const {
    return f.time.present && f.time.resolved && f.time.clock >= 0 && f.time.clock < rules_.unclocked_later_than &&
           f.time.from == f.time.to && f.time.from.civil() == day;
  }

  // Whether the later of two counts of a running figure supersedes the earlier: it is
  // higher, or a revision of it.
  bool LaterSupersedes(const Fact& earlier, const Fact& later) const {
    return later.value > earlier.value || RevisedDown(earlier, later);
  }

  // Whether two facts count one thing: kind, dimension, head, state and place.
  static bool SameThing(const Fact& a, const Fact& b) {
    return a.kind == b.kind && a.dimension == b.dimension && a.measures.head == b.measures.head &&
           a.measures.qualifier == b.measures.qualifier && SamePlace(a.measures.place, b.measures.place);
  }

  // A fact of the story that gives the value of `higher` as a running figure's update
  // ("korban meninggal bertambah menjadi tiga orang"), or null. Then a lower figure of the
  // same day is an earlier count of that day, not a contradiction.
  const Prepared* RoseTo(const Prepared& higher) const {
    auto it = risen_.find(articles_[higher.article].story);
    if (it == risen_.end()) return nullptr;
    const Fact& h = *higher.fact;
    for (uint32_t i : it->second) {
      const Fact& u = *prepared_[i].fact;
      if (SameThing(u, h) && Consistent(u, h)) return &prepared_[i];
    }
    return nullptr;
  }

  // Whether the same-day reports of `higher`'s and `lower`'s articles are in that order:
  // higher's article gives a running figure as updated ("korban meninggal bertambah
  // menjadi 62 orang") that lower's article gives lower (56), and nowhere as high. Then
  // lower's article tells an earlier release of the day, and its other running figures
  // are earlier counts too (1.773 damaged houses against the later report's 2.272). A
  // lower figure that allows the updated one ("more than 100" against "rose to 103") says
  // nothing of the order.
  // Returns the updated figure and lower's highest figure for it, or nulls.
  std::pair<const Prepared*, const Prepared*> LaterReport(const Prepared& higher,
                                                          const Prepared& lower) const {
    auto it = risen_.find(articles_[higher.article].story);
    if (it == risen_.end()) return {nullptr, nullptr};
    const auto [lo, hi] = article_facts_[lower.article];
    for (uint32_t i : it->second) {
      const Prepared& u = prepared_[i];
      if (u.article != higher.article) continue;
      const Prepared* most = nullptr;
      for (uint32_t k = lo; k < hi; ++k) {
        const Prepared& v = prepared_[k];
        if (SameThing(*u.fact, *v.fact) && (most == nullptr || v.fact->value > most->fact->value)) {
          most = &v;
        }
      }
      if (most != nullptr && most->fact->value < u.fact->value && !Consistent(*u.fact, *most->fact)) {
        return {&u, most};
      }
    }
    return {nullptr, nullptr};
  }

  // A revision: the figure given as earlier, the figure that supersedes it, and the article
  // that gives both.
  struct Revision {
    const Fact* was;
    const Fact* now;
    size_t article;
  };

  // For two differing figures, a revision of the one to the other that the story reports:
  // a fact of the later report's article (or either, of one day) that gives the other's
  // figure as an earlier one ("lowering a death toll that had earlier been put at 31";
  // hedge.earlier), in the same state, of the same head or of people; or another outlet's
  // "dari semula magnitudo 6,4 menjadi 6,3" (revised_).
  absl::optional<Revision> GivenAsEarlier(const Prepared& a, const Prepared& b) const {
    for (const auto& [old_one, later] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      const auto& pub_old = articles_[old_one->article].published;
      const auto& pub_later = articles_[later->article].published;
      if (!pub_old || !pub_later || *pub_later < *pub_old) continue;
      const Fact& xf = *old_one->fact;
      const auto [lo, hi] = article_facts_[later->article];
      for (uint32_t i = lo; i < hi; ++i) {
        const Fact& o = *prepared_[i].fact;
        if (!o.earlier || o.kind != xf.kind || o.dimension != xf.dimension ||
            o.measures.qualifier != xf.measures.qualifier || !SameValue(o, xf)) {
          continue;
        }
        if (o.measures.head == xf.measures.head || rules_.stateless_heads.contains(o.measures.head.str())) {
          return Revision{&o, later->fact, later->article};
        }
      }
    }
    auto it = revised_.find(articles_[a.article].story);
    if (it == revised_.end()) return absl::nullopt;
    auto matches = [](const Fact& written, const Fact& f) {
      return written.kind == FactKind::kNumber ? written.value == f.surface_value : written.value == f.value;
    };
    for (const Revision& r : it->second) {
      // (The figure it revises to says the kind; the earlier one may be bare: "turun dari
      // angka 41".)
      const Fact& kind = r.was->kind == FactKind::kNumber ? *r.now : *r.was;
      if (kind.kind != a.fact->kind || kind.dimension != a.fact->dimension) continue;
      if ((matches(*r.was, *a.fact) && matches(*r.now, *b.fact)) ||
          (matches(*r.was, *b.fact) && matches(*r.now, *a.fact))) {
        return r;
      }
    }
    return absl::nullopt;
  }

  // A fact of x's own article that counts what y counts and gives y's very figure, from
  // no party other than x's, or null. Then x's outlet reports y's figure too, and x
  // counts something else ("tiga korban meninggal dunia", and in a quotation "Dua korban
  // meninggal tertimpa tembok"). A bound or range that merely holds y's figure is not it.
  // Failing that, for a running tally x lower than y, a figure of its own article higher
  // than x for the same thing: x is then not its outlet's total but a part of it ("53
  // orang tewas" at one hospital beside the outlet's 131 dead), whose total meets y on
  // its own. (A sentence of 7 years beside a demand of 9 is no part of it: no tally.)
  const Prepared* AlsoReports(const Prepared& x, const Prepared& y) const {
    const Fact& yf = *y.fact;
    const Fact& xf = *x.fact;
    if (!PointLike(yf.bound)) return nullptr;
    const bool part_of_own = xf.kind == FactKind::kCount && Running(xf) && PointLike(xf.bound) &&
                             xf.value < yf.value;
    const Prepared* larger = nullptr;
    const auto [lo, hi] = article_facts_[x.article];
    for (uint32_t i = lo; i < hi; ++i) {
      const Prepared& o = prepared_[i];
      // (Not a figure its words keep apart from y's: "lebih ringan dari tuntutan jaksa
      // yang meminta 20 tahun" is the demand, not the sentence of another outlet's 20.)
      // (Nor one of another month: "6.2% in April" is no May's 6.2%.)
      // (Nor one of another numbered part: "zona 3 Rp 15.800" is no zone 2's Rp 15.800.)
      if (&o == &x || !PointLike(o.fact->bound) || DifferentSpeakers(o, x) || !SameThing(*o.fact, yf) ||
          Exclusive(o, y) || OfTwoPeriods(*o.fact, yf) || OverDifferentWindows(*o.fact, yf)) {
        continue;
      }
      if (SameValue(*o.fact, yf) && SameMoment(*o.fact, yf)) return &o;
      if (part_of_own && larger == nullptr && o.fact->value > xf.value && !o.fact->earlier) larger = &o;
    }
    return larger;
  }

  // One figure of one story: kind, dimension, head and value.
  std::string ClaimKey(const Prepared& p) const {
    const Fact& f = *p.fact;
    return absl::StrCat(articles_[p.article].story, "\x1f", static_cast<int>(f.kind), "\x1f",
                        f.dimension.str(), "\x1f", f.measures.head.str(), "\x1f",
                        absl::StrFormat("%.17g\x1f%.17g", f.value, f.high));
  }

  // The block keys of a fact: what must be shared for two facts to be compared. Keys are
  // scoped by story, so a corpus of many stories makes many small blocks, not a few
  // large ones (over max_block, a block is not compared at all). An article that names
  // no story may belong to any: when some do and some do not, the named ones' facts
  // carry unscoped keys as well.
  std::vector<std::string> Keys(const Prepared& p) const {
    const Fact& f = *p.fact;
    std::string kind = f.dimension;
    if (f.kind == FactKind::kCount) {
      // A kind shares its broader concept's blocks: "tersangka" meets "orang".
      kind = absl::StrCat("count|", p.broader.empty() ? f.measures.head.str() : p.broader);
    }
    if (f.kind == FactKind::kMoney) kind = absl::StrCat("money|", rules_.CurrencyOf(f.unit.str()));
    std::vector<std::string> keys;
    auto add = [&](absl::string_view story) {
      const std::string base = absl::StrCat(story, "\x1f", kind);
      keys.push_back(base);
      for (absl::string_view w : p.entity_words) keys.push_back(absl::StrCat(base, "|e|", w));
      for (absl::string_view w : f.measures.context) {
        if (w != kInProgress) keys.push_back(absl::StrCat(base, "|c|", w));
      }
    };
    const std::string& story = articles_[p.article].story;
    add(story);
    if (!story.empty() && some_without_story_) add("");
    return keys;
  }

  // Choosing between candidates, a consistent value is further evidence that two
  // passages state the same claim (a headline's "Rp1,2 Triliun" is the body's
  // "Rp1.200 miliar", not the "Rp58 miliar" beside a shared word).
  double Rank(size_t x, size_t y, const Similarity& s) const {
    const Fact& fx = *prepared_[x].fact;
    const Fact& fy = *prepared_[y].fact;
    // Figures of two months, quarters or years ("6.2% in April" against "6.2% in May") are
    // two statistics: one value says nothing of one claim, and the other article's figure
    // of the same period comes first.
    if (!IsDate(fx) && OfTwoPeriods(fx, fy)) return s.score - rules_.w_value;
    // ... and one statistic of one period, named as such in both, is one claim as surely as
    // one distinctive figure written by both.
    const double statistic =
        !IsDate(fx) && OneStatistic(fx, fy) ? rules_.w_distinctive_value : 0;
    if (SameValue(fx, fy)) {
      if (!SameMoment(fx, fy)) {
        // One day: a time of it is lined up with another time before the day itself.
        const bool both_clocked = fx.time.clock >= 0 && fy.time.clock >= 0;
        return s.score + rules_.w_value / (both_clocked ? 2 : 4);
      }
      return statistic + s.score + (Distinctive(fx) && Distinctive(fy) ? rules_.w_distinctive_value
                                                           : rules_.w_value);
    }
    if (Overlapping(fx, fy)) {
      // A year or a month holding a day ("tahun ini" against "pada Sabtu (9/3/2024)
      // sekitar pukul 22.00 WIB") says next to nothing of it: any day or time of a day in
      // the other article comes first, however many more words the two share.
      if (IsDate(fx) && IsDate(fy) && std::min(fx.date_grain, fy.date_grain) < Grain::kDay &&
          std::max(fx.date_grain, fy.date_grain) >= Grain::kDay) {
        return s.score - rules_.w_value;
      }
      return statistic + s.score + rules_.w_value / 2;  // overlapping values
    }
    // "3.410" and "3.140": one figure, mistyped by one outlet.
    if (s.transposed) return statistic + s.score + rules_.w_distinctive_value;
    return statistic + s.score;
  }

  // Whether two times of day written in one zone (or none) are one hour with the two
  // digits of the minutes swapped ("9:21" and "9:12", "13.42" and "13.24").
  static bool ClockDigitsSwapped(const Fact& a, const Fact& b) {
    if (a.time.zone != b.time.zone || a.time.grain != Grain::kMinute || b.time.grain != Grain::kMinute) return false;
    const int ha = a.time.clock / 60, ma = a.time.clock % 60, hb = b.time.clock / 60, mb = b.time.clock % 60;
    return ha == hb && ma != mb && ma / 10 == mb % 10 && ma % 10 == mb / 10;
  }

  // A fact's time of day as written, with its zone as an offset from UTC when named
  // ("17:02 UTC+7").
  static std::string ZonedClock(const Fact& f) {
    std::string s = ClockText(f.time.clock);
    if (f.time.zone == FactTime::kNoZone) return s;
    const int z = f.time.zone;
    absl::StrAppend(&s, " UTC", z < 0 ? "-" : "+", std::abs(z) / 60);
    if (std::abs(z) % 60 != 0) absl::StrAppend(&s, ":", absl::StrFormat("%02d", std::abs(z) % 60));
    return s;
  }

  // Minutes from a's time of day to b's on one day: as instants when both name their time
  // zone ("pukul 18.02 WITA" and "pukul 17.02 WIB" are one moment), else as written.
  static int ClockGap(const Fact& a, const Fact& b) {
    int gap = b.time.clock - a.time.clock;
    if (a.time.zone != FactTime::kNoZone && b.time.zone != FactTime::kNoZone) gap -= b.time.zone - a.time.zone;
    return gap;
  }

  // Whether two dates of one day name one moment: neither gives a time of day, or both
  // give one within same_moment_minutes (a day is not "pukul 21.00 WIT" of that day).
  bool SameMoment(const Fact& a, const Fact& b) const {
    if (!IsDate(a) || (a.time.clock < 0 && b.time.clock < 0)) return true;
    return a.time.clock >= 0 && b.time.clock >= 0 && std::abs(ClockGap(a, b)) <= MomentMinutes(a, b);
  }
  // Whether two dates of one happening a day apart give it one moment of the day: clock
  // times within MomentMinutes ("Gempa terjadi pada Sabtu (6/3/2021) pukul 14.00 WIB"
  // against "Jumat (5/3/2021) sekitar pukul 14.00 WIB"), or one part of the day, the
  // night, the small hours or a day part's mark (kDayPartMark: "Selasa malam (8/9)"
  // against "Rabu malam (9/9)"). Two happenings of a story rarely fall at one hour of two
  // days: one outlet misdated the one. So are two dates of a happening a story holds once
  // (one_off_events: "a jury convicted her on May 14" against "on May 13"), at whatever
  // time. Notes why.
  bool OneMomentADayApart(const Fact& a, const Fact& b, std::vector<std::string>* why) const {
    // (Whatever words stand beside them: the weekday says which day both mean.)
    if (WeekdayNamesOther(a, b)) {
      why->push_back("the weekday one writes is the other's date: one happening misdated");
      return true;
    }
    if (!a.date_resolved || !b.date_resolved || a.date_from != a.date_to || b.date_from != b.date_to ||
        a.date_from.empty() || b.date_from.empty() || std::abs(a.date_from.days() - b.date_from.days()) != 1 ||
        !OneEventWord(a, b)) {
      return false;
    }
    if (a.time.clock >= 0 && b.time.clock >= 0 && SameMoment(a, b)) {
      why->push_back("one time of day on two days: one happening misdated");
      return true;
    }
    // "tabrakan terjadi pada Jumat (8/3/2024) sekitar pukul 23.10 WIB" against "Sabtu
    // (9/3/2024) sekitar pukul 00.20 WIB": two times either side of midnight, closer than
    // guessed_moments_apart_minutes, are two times of one happening (outlets that disagree
    // about when one thing happened disagree by minutes), not two happenings' days.
    if (a.time.clock >= 0 && b.time.clock >= 0 && rules_.guessed_moments_apart_minutes > 0) {
      const int minutes = (b.date_from.days() - a.date_from.days()) * 24 * 60 + ClockGap(a, b);
      if (std::abs(minutes) > MomentMinutes(a, b) && std::abs(minutes) <= rules_.guessed_moments_apart_minutes) {
        why->push_back(absl::StrCat("two times ", std::abs(minutes),
                                    " minutes apart either side of midnight: one happening, timed apart"));
        return true;
      }
    }
    const bool both_clockless = a.time.clock < 0 && b.time.clock < 0;
    auto both = [&](absl::string_view rule) { return HasRule(a, rule) && HasRule(b, rule); };
    const int part_a = DayPartHour(a), part_b = DayPartHour(b);
    // ("Selasa (12/3/2024) dini hari" against "Rabu (13/3/2024) sekitar pukul 02.15 WIB":
    // a time in the small hours is in them.)
    const bool some_clockless = a.time.clock < 0 || b.time.clock < 0;
    if ((some_clockless && (both("date.night") || both("date.small_hours"))) ||
        (both_clockless && part_a >= 0 && part_a == part_b)) {
      why->push_back("one part of the day on two days: one happening misdated");
      return true;
    }
    // "pada Sabtu (9/3/2024) petang" against "Minggu (10/3/2024) sekitar pukul 18.10 WIB": a
    // part of the day whose nominal hour the other's time is within the moment of.
    if ((a.time.clock < 0) != (b.time.clock < 0)) {
      const int clock = std::max(a.time.clock, b.time.clock);
      const int hour = a.time.clock >= 0 ? part_b : part_a;
      if (hour >= 0 && std::abs(clock - hour * 60) <= std::max(MomentMinutes(a, b), rules_.day_part_minutes)) {
        why->push_back("a time in one part of the day on two days: one happening misdated");
        return true;
      }
    }
    if (const std::string once = HappensOnce(a, b); !once.empty()) {
      why->push_back(absl::StrCat(once, ": one happening misdated"));
      return true;
    }
    return false;
  }

  // Whether two dates are of one happening a story holds once, and how to say so; ""
  // when not: a conviction (one_off_events), or what happens once to one person
  // both sentences name (named_one_off_events: "Wulan meninggal dunia pada 4 Maret 2019"
  // against "Wulan meninggal pada 5 Maret 2019").
  std::string HappensOnce(const Fact& a, const Fact& b) const {
    if (a.measures.head != b.measures.head || a.measures.head.empty()) return "";
    const std::string head = a.measures.head.str();
    if (rules_.one_off_events.contains(head)) return absl::StrCat(head, " happens once");
    // "Api pertama kali terlihat sekitar pukul 19.40 WIB" against "api pertama kali
    // terlihat sekitar pukul 21.40 WIB": what happened first happened once.
    if (HasRule(a, kFirstOccurrence) && HasRule(b, kFirstOccurrence)) {
      return absl::StrCat("the first ", head, " happens once");
    }
    if (rules_.named_one_off_events.contains(head) && NameOfBoth(a, b)) {
      return absl::StrCat(head, " of one name both write happens once");
    }
    return "";
  }

  // Whether a word of both facts' own words stands capitalised in both sentences, a name
  // ("Wulan meninggal ..."), three letters or more.
  static bool NameOfBoth(const Fact& a, const Fact& b) {
    constexpr size_t kMinName = 3;
    bool found = false;
    ForEachShared(a.measures.context, b.measures.context, [&](absl::string_view w) {
      found = found || (w.size() >= kMinName && absl::ascii_isalpha(static_cast<unsigned char>(w[0])) &&
                        Capitalised(a.sentence_text, w) && Capitalised(b.sentence_text, w));
    });
    return found;
  }
  // Whether lower-case word w stands in `text` as a whole word with a capital first.
  static bool Capitalised(absl::string_view text, absl::string_view w) {
    std::string cap(w);
    cap[0] = absl::ascii_toupper(static_cast<unsigned char>(cap[0]));
    return WholeWordIn(text, cap);
  }

  // How far apart the times two measures of one day were taken may be and still be one
  // moment: a part of the day (a clock of day grain: "on Wednesday morning") names hours,
  // not a moment ("fell about 300 metres ... around 11.30 am" against "on Wednesday
  // morning ... fell nearly 300 feet": one fall).
  int MeasuredMomentsApart(const Fact& a, const Fact& b) const {
    const bool part = a.time.grain != Grain::kMinute || b.time.grain != Grain::kMinute;
    return part ? std::max(rules_.same_moment_minutes, rules_.day_part_minutes) : rules_.same_moment_minutes;
  }

  // How far apart two times of one day may be and still name one moment: wider when
  // either is hedged ("sekitar pukul 10.20"), and each hedge widens its own time ("at
  // around 7:45 p.m." and "shortly before 8pm" may be one moment), and a hedge of a time
  // a little before or after one widens it most ("shortly after 3 p.m." and "at 3:12
  // p.m.").
  int MomentMinutes(const Fact& a, const Fact& b) const {
    auto widening = [&](const Fact& f) {
      if (HasRule(f, kNearMomentHedge)) return rules_.near_moment_minutes;  // "shortly after 3 p.m."
      return f.bound == Bound::kApprox ? rules_.hedged_moment_minutes : 0;
    };
    const int wide = widening(a) + widening(b);
    return wide == 0 ? rules_.same_moment_minutes : wide;
  }

  // Whether two single-day clock times, at least one of which took its day from outside
  // its sentence (kDayFromContext), are within context_day_slack_days of each other.
  bool ClocksOfOneGuessedDay(const Fact& a, const Fact& b) const {
    if (!IsDate(a) || !IsDate(b) || a.time.clock < 0 || b.time.clock < 0 || a.date_from != a.date_to ||
        b.date_from != b.date_to || a.date_from.empty() || b.date_from.empty() ||
        (!HasRule(a, kDayFromContext) && !HasRule(b, kDayFromContext))) {
      return false;
    }
    return std::abs(a.date_from.days() - b.date_from.days()) <= rules_.context_day_slack_days;
  }

  // Whether one of two single-day dates is a clock time that took its day from outside its
  // sentence (kDayFromContext) and the other a day with no time, within
  // context_day_slack_days of it.
  bool ClockOfGuessedDayAgainstDay(const Fact& a, const Fact& b) const {
    if (!IsDate(a) || !IsDate(b) || (a.time.clock >= 0) == (b.time.clock >= 0) || a.date_from != a.date_to ||
        b.date_from != b.date_to || a.date_from.empty() || b.date_from.empty()) {
      return false;
    }
    const Fact& clock = a.time.clock >= 0 ? a : b;
    return HasRule(clock, kDayFromContext) &&
           std::abs(a.date_from.days() - b.date_from.days()) <= rules_.context_day_slack_days;
  }

  // How many units a figure is so much per ("@/liter") two facts share: no word of what
  // they are about, as "per liter" says nothing of which price.
  static size_t SharedPerUnit(const WordList& a, const WordList& b) {
    size_t n = 0;
    for (absl::string_view w : a) {  // sorted: the marks come before any word
      if (w[0] > kWindowMark) break;
      n += MarkKind(w) == Mark::kPerUnit && std::binary_search(b.begin(), b.end(), w);
    }
    return n;
  }

  // Whether both facts' words hold marks of one kind (`is_mark`) and no mark is the same:
  // two windows, two units, two sizes. Allocates nothing (every candidate pair asks).
  template <typename IsMark>
  static bool MarkedApart(const WordList& a, const WordList& b, IsMark is_mark) {
    bool in_a = false, in_b = false, shared = false;
    for (absl::string_view w : a) {
      if (!is_mark(w)) continue;
      in_a = true;
      shared |= std::find(b.begin(), b.end(), w) != b.end();
    }
    if (!in_a || shared) return false;
    for (absl::string_view w : b) in_b |= is_mark(w);
    return in_b;
  }

  // What the first mark of `kind` among fact f's words holds, after its two characters
  // ("@~15": "15"), or "" when it has none.
  static absl::string_view MarkOf(const Fact& f, Mark kind) {
    for (absl::string_view w : f.measures.context) {  // sorted: the marks come first
      if (w[0] > kWindowMark) break;
      if (MarkKind(w) == kind) return w.substr(2);
    }
    return "";
  }

  // The nominal hour of the part of the day a date gives (its one kDayPartMark, added
  // once in EmitDate: "@~18"), or -1.
  static int DayPartHour(const Fact& f) {
    int hour;
    return absl::SimpleAtoi(MarkOf(f, Mark::kDayPart), &hour) ? hour : -1;
  }

  // Whether both facts name the window they were counted over (kWindowMark) and no window
  // is the same, or both the unit they are so much per (kPerUnitMark) and no unit is, or
  // both the numbered part they are of (kDesignatorMark: "Unit 1", "Unit 2") and no part
  // is: each kind of mark is compared with its own.
  static bool OverDifferentWindows(const Fact& a, const Fact& b) {
    for (const Mark kind : {Mark::kWindow, Mark::kPerUnit, Mark::kDesignator, Mark::kSubgroup}) {
      if (MarkedApart(a.measures.context, b.measures.context,
                      [kind](absl::string_view w) { return MarkKind(w) == kind; })) {
        return true;
      }
    }
    return false;
  }

  // Whether two measures from one named point (both scopes written, and the same) each
  // name the compass bearing they run in from it (kBearingMark), and the bearings are
  // more than compare.json bearings_apart degrees apart: "about 55 km west of Calder City" and
  // "about 40km east of Calder City" are distances of two places. Close bearings ("barat daya"
  // against "selatan") may be one place's; and from a point unnamed, a bearing may be the
  // other's turned round ("Dorvale, some 150km south of the worst-hit villages"
  // against "the Kestrin Valley, about 100 km north of ... Dorvale").
  bool InFarDirections(const Fact& a, const Fact& b) const {
    return BearingGap(a, b) > rules_.bearings_apart;
  }
  // The degrees between two such measures' bearings from one named point, or -1 when
  // either names none, the point is not named on both, or bearings_apart is off.
  double BearingGap(const Fact& a, const Fact& b) const {
    if (rules_.bearings_apart <= 0 || a.measures.scope.empty() || b.measures.scope.empty()) return -1;
    auto bearing = [](const Fact& f) -> double {
      double d;
      return absl::SimpleAtod(MarkOf(f, Mark::kBearing), &d) ? d : -1;
    };
    const double x = bearing(a);
    if (x < 0) return -1;
    const double y = bearing(b);
    if (y < 0) return -1;
    const double gap = std::fmod(std::abs(x - y), 360.0);
    return std::min(gap, 360.0 - gap);
  }

  // Whether two figures of one scope (or one naming none) are each said of a name
  // (kLocatedMark) and no name is the same: "Tessford, about 190km north of the scene" and
  // "Ombury, about 300 miles north of the scene" are two places' distances, and so are "In
  // Pellham, about 120 km west of Dovecote" and "In Kessick, a city administered by
  // Dovecote about 70 kilometers to the west"; "The Calloway, which is 190 metres long"
  // and "The Marisol, which was 91 meters long", two ships' lengths.
  static bool LocateTwoPlaces(const Fact& a, const Fact& b) {
    return (a.measures.scope == b.measures.scope || a.measures.scope.empty() || b.measures.scope.empty()) &&
           MarkedApart(a.measures.context, b.measures.context,
                       [](absl::string_view w) { return MarkKind(w) == Mark::kLocated; });
  }

  // Whether two sums are each beside the size of what they buy (a co-figure in one of
  // compare.json size_units: "harga minyak goreng kemasan 2 liter Rp 46.000" against "1
  // liter ... Rp 24.000") and no size is the same: prices of two pack sizes.
  // So are two counts each beside the threshold they count over ("temperatures above 45C
  // forecast in parts of 10 states" against "above 40C in more than 20 states").
  bool ForDifferentSizes(const Fact& a, const Fact& b) const {
    if (a.kind != b.kind || (a.kind != FactKind::kMoney && a.kind != FactKind::kCount) || rules_.size_units.empty()) {
      return false;
    }
    return MarkedApart(a.measures.context, b.measures.context,
                       [&](absl::string_view w) { return rules_.size_units.contains(FigureMarkUnit(w)); });
  }

  // Whether two figures are at least compare.json magnitude_apart times one another
  // (figure_magnitude_apart for two counts or two sums): "Ia memiliki 10 petak keramba"
  // against the lake's "sekitar 16.500 petak", a cyclone's 27 dead in one district against
  // its 1,600 in all, eight seriously injured against the three of them who died. So far
  // apart, they are two quantities, not one an outlet got wrong; unless the one is the
  // other's digits at another scale, a slipped digit or scale word ("Rp45 miliar" against
  // "Rp4,5 miliar"), which needs digits on both sides ("dua penumpang" is no slip of
  // "around 20 passengers").
  bool MagnitudesApart(const Fact& a, const Fact& b) const {
    const double apart = IsFigure(a) && IsFigure(b) ? rules_.figure_magnitude_apart : rules_.magnitude_apart;
    if (apart <= 0) return false;
    const double lo = std::min(std::abs(a.value), std::abs(b.value));
    const double hi = std::max(std::abs(a.value), std::abs(b.value));
    if (lo <= 0 || hi < apart * lo) return false;
    return !SlippedScale(a, b);
  }

  // Whether two figures, both written in digits, are the same digits at another scale
  // (450,000 and 45,000; Rp45 miliar and Rp4,5 miliar).
  static bool SlippedScale(const Fact& a, const Fact& b) {
    auto digits = [](const Fact& f) {
      return HasRule(f, "number.digits") || HasRule(f, "number.digits_multiplier");
    };
    const double lo = std::min(std::abs(a.value), std::abs(b.value));
    const double hi = std::max(std::abs(a.value), std::abs(b.value));
    if (lo <= 0 || hi < 10 * lo * (1 - 1e-9) || !digits(a) || !digits(b)) return false;
    const double scale = std::pow(10.0, std::round(std::log10(hi / lo)));
    return std::abs(hi - scale * lo) <= 1e-9 * hi;
  }
  // Whether two figures are both upper bounds ("up to", "as many as"). (Lower ones are
  // not: "more than 100 dead" and "more than 1,000" may be a toll that rose.)
  static bool UpperBounds(const Fact& a, const Fact& b) {
    auto upper = [](Bound x) { return x == Bound::kAtMost || x == Bound::kLessThan; };
    return upper(a.bound) && upper(b.bound);
  }

  // Whether two facts are dated to one and the same day.
  static bool SameCountDay(const Fact& a, const Fact& b) {
    return a.time.present && b.time.present && a.time.resolved && b.time.resolved &&
           a.time.from == a.time.to && a.time.from == b.time.from && b.time.to == b.time.from;
  }

  // The facts to compare among themselves (indices into prepared_, ascending): one group
  // per story when every article names one (blocks never span two stories), else one.
  std::vector<std::vector<uint32_t>> Groups() const {
    std::vector<std::vector<uint32_t>> groups;
    if (some_without_story_) {
      groups.emplace_back(prepared_.size());
      std::iota(groups[0].begin(), groups[0].end(), 0);
    } else {
      std::map<absl::string_view, std::vector<uint32_t>> by_story;  // ordered: deterministic
      for (size_t i = 0; i < prepared_.size(); ++i) {
        by_story[articles_[prepared_[i].article].story].push_back(static_cast<uint32_t>(i));
      }
      for (auto& [story, members] : by_story) groups.push_back(std::move(members));
    }
    return groups;
  }

  // Scores every candidate pair of `group` once, keeping only what choosing partners
  // needs (no pair list, no word lists), then judges the pairs taken best first, one
  // per fact and other article.
  // A candidate pair (indices into prepared_) and its rank.
  struct Scored {
    uint32_t a, b;
    double rank;
  };

  void JudgeGroup(const std::vector<uint32_t>& group, std::vector<Finding>* out) const {
    std::vector<Scored> scored;
    ForEachCandidateIn(group, [&](size_t x, size_t y) {
      absl::optional<Similarity> s = Similar(prepared_[x], prepared_[y], /*detail=*/false);
      if (s) scored.push_back({static_cast<uint32_t>(x), static_cast<uint32_t>(y), Rank(x, y, *s)});
    });
    // Each fact is matched with at most one fact of each other article: pairs are taken
    // best first, and a pair is kept while neither fact has a partner in the other's
    // article yet. (Strictly mutual best matches left a fact with none when its best
    // partner preferred another: "menuntut 9 tahun" and "menuntut 10 tahun" beside
    // "vonis 7 tahun" and "8 tahun".) Equal ranks are taken in index order.
    std::sort(scored.begin(), scored.end(), [](const Scored& x, const Scored& y) {
      return std::tie(y.rank, x.a, x.b) < std::tie(x.rank, y.a, y.b);
    });
    absl::flat_hash_set<std::pair<size_t, size_t>> matched;  // (fact, other article)
    std::vector<bool> taken(scored.size(), false);
    // "about 1km (0.6 miles)" and "about 2 kilometers (1.2 miles)": the miles restate
    // what the kilometres say, so the pairs of one pair of originals make one finding: the
    // originals' own when taken, else the best.
    auto originals = [&](const Scored& s) {
      return std::minmax(prepared_[s.a].restates, prepared_[s.b].restates);
    };
    absl::flat_hash_set<std::pair<uint32_t, uint32_t>> original_taken, emitted;
    for (size_t i = 0; i < scored.size(); ++i) {
      if (!Claim(scored[i], &matched)) continue;
      taken[i] = true;
      if (originals(scored[i]) == std::minmax(scored[i].a, scored[i].b)) original_taken.insert(originals(scored[i]));
    }
    for (size_t i = 0; i < scored.size(); ++i) {
      if (!taken[i]) continue;
      const Scored& s = scored[i];
      const auto key = originals(s);
      const bool own = key == std::minmax(s.a, s.b);
      if (!own && (original_taken.contains(key) || !emitted.insert(key).second)) continue;
      Emit(s, /*only=*/absl::nullopt, out);
      if (own) EmitConversions(s, out);
    }
    // A party's figure has its partner in each other article: the same party's figure
    // there, when that outlet quotes it too. The other party's figure in that article is
    // then left out, though the two parties disagree ("three arrested", police said;
    // "two arrested", the port authority said). Each attributed fact gets one more
    // partner per other article, best first, for that disagreement alone: among figures
    // that disagree with it (one that agrees is no such partner and must not take the
    // place of one that does).
    absl::flat_hash_set<std::pair<size_t, size_t>> disputed;  // (fact, other article)
    Candidates candidates;
    for (const Scored& s : scored) {
      if (prepared_[s.a].speaker_words.empty() && prepared_[s.b].speaker_words.empty()) continue;
      candidates[{s.a, prepared_[s.b].article}].push_back(s.b);
      candidates[{s.b, prepared_[s.a].article}].push_back(s.a);
    }
    for (size_t i = 0; i < scored.size(); ++i) {
      const Scored& s = scored[i];
      if (taken[i] || !DifferentSpeakers(prepared_[s.a], prepared_[s.b])) continue;
      if (Consistent(s.a, s.b) || AgreesThroughItsParty(s.a, s.b, candidates) ||
          AgreesThroughItsParty(s.b, s.a, candidates) ||
          // ("Earlier figures from the federal health ministry had put the toll at 113"
          // against the ministry's "113 people had died": no party's claim now.)
          GivenAsEarlier(prepared_[s.a], prepared_[s.b])) {
        continue;
      }
      if (!Claim(s, &disputed)) continue;
      Emit(s, Verdict::kAttributedDisagreement, out);
    }
    // "22 orang meninggal, 15 orang hilang" against another outlet's "20 orang meninggal
    // dunia, 15 orang hilang", when each 22 and 20 has met a partner of its own in the
    // other's article already: two passages that write one same other figure beside
    // theirs tell one statement, and each fact gets one more partner per other article for
    // a contradiction of that statement alone.
    absl::flat_hash_set<std::pair<size_t, size_t>> beside_one_figure;  // (fact, other article)
    for (size_t i = 0; i < scored.size(); ++i) {
      const Scored& s = scored[i];
      if (taken[i] || prepared_[s.a].restates != s.a || prepared_[s.b].restates != s.b || Consistent(s.a, s.b) ||
          !SharesFigure(*prepared_[s.a].fact, *prepared_[s.b].fact) || !Claim(s, &beside_one_figure)) {
        continue;
      }
      Emit(s, Verdict::kContradict, out);
    }
  }

  // "compensation of 2 million rupees ($2,420)" against "Rs 20 lakh (roughly $24,000)":
  // two sums that agree, each converted into one other currency (in brackets, or after a
  // word of conversion_markers), were converted by the outlets themselves, at rates of their days, which differ by a few
  // percent; conversions further apart than compare.json conversion_apart (a share of the
  // smaller) are one outlet's arithmetic gone wrong, a contradiction of its own. Appends
  // it for the taken pair of originals s.
  void EmitConversions(const Scored& s, std::vector<Finding>* out) const {
    if (!Consistent(s.a, s.b)) return;
    auto conversion_of = [&](uint32_t i) -> const Prepared* {
      const Prepared& c = prepared_[i + 1 < prepared_.size() ? i + 1 : i];
      return &c != &prepared_[i] && c.restates == i ? &c : nullptr;
    };
    const Prepared* ca = conversion_of(s.a);
    const Prepared* cb = conversion_of(s.b);
    if (prepared_[s.a].fact->kind == FactKind::kQuantity) {
      EmitUnitConversion(ca, s.a, s.b, out);
      EmitUnitConversion(cb, s.b, s.a, out);
      return;
    }
    EmitCurrencyConversion(ca, s.a, s.b, out);
    EmitCurrencyConversion(cb, s.b, s.a, out);
    if (rules_.conversion_apart <= 0 || ca == nullptr || cb == nullptr || ca->fact->kind != FactKind::kMoney ||
        cb->fact->kind != FactKind::kMoney) {
      return;
    }
    const Fact& a = *ca->fact;
    const Fact& b = *cb->fact;
    if (rules_.CurrencyOf(a.unit.str()) != rules_.CurrencyOf(b.unit.str()) || Overlapping(a, b)) return;
    const double low = std::min(a.interval.high, b.interval.high);
    const double high = std::max(a.interval.low, b.interval.low);
    if (!(low > 0) || high <= low * (1 + rules_.conversion_apart)) return;
    absl::optional<Similarity> sim = Similar(prepared_[s.a], prepared_[s.b], /*detail=*/true);
    if (!sim) return;
    const Prepared* first = ReportedAfter(*ca, *cb) ? cb : ca;
    const Prepared* second = first == ca ? cb : ca;
    out->push_back(Contradiction(*ca, *cb, std::move(*sim),
                                 absl::StrCat("conversions of one sum (", FormatValue(*prepared_[s.a].fact), " and ",
                                              FormatValue(*prepared_[s.b].fact), "): ", FormatValue(*first->fact),
                                              " vs ", FormatValue(*second->fact),
                                              ", further apart than rates of two days")));
  }
  // A contradiction between x and y, the earlier report's first, as one finding of its own.
  Finding Contradiction(const Prepared& x, const Prepared& y, Similarity sim, std::string explanation) const {
    const Prepared& first = ReportedAfter(x, y) ? y : x;
    const Prepared& second = &first == &x ? y : x;
    Finding f;
    f.a = first.index;
    f.b = second.index;
    f.id = FindingId(*first.fact, *second.fact);
    f.verdict = Verdict::kContradict;
    f.confidence = std::round(std::min(1.0, sim.score) * 100) / 100;
    f.similarity = std::move(sim);
    f.explanation = std::move(explanation);
    return f;
  }

  // "235 km/h (195 mph)" against another outlet's "235 km/h": a measure restated in
  // brackets (conversion, of prepared_[original]) further from it than its written digits
  // and compare.json unit_conversion_apart allow is the outlet's arithmetic gone wrong, a
  // contradiction of the other outlet's agreeing measure (prepared_[other]). Appends it.
  void EmitUnitConversion(const Prepared* conversion, uint32_t original, uint32_t other,
                          std::vector<Finding>* out) const {
    if (conversion == nullptr || rules_.unit_conversion_apart <= 0) return;
    const Fact& c = *conversion->fact;
    const Fact& o = *prepared_[original].fact;
    if (c.kind != FactKind::kQuantity || c.dimension != o.dimension) return;
    // The figures as written, each within half its last digit: a bound restates the
    // figure it bounds ("winds of up to 210mph (about 230km/h)").
    // (A figure's trailing zeros may be rounding: "about 190 kilometres (120 miles)".)
    auto step = [](const Fact& f) {
      double p = f.precision;
      double v = std::abs(f.surface_value);
      if (p > 0 && v == std::floor(v) && v < 1e15) {
        for (auto n = static_cast<long long>(v); n != 0 && n % 10 == 0; n /= 10) p *= 10;
      }
      return p;
    };
    const double c_low = c.value - step(c) / 2, c_high = c.high + step(c) / 2;
    const double o_low = o.value - step(o) / 2, o_high = o.high + step(o) / 2;
    const double gap = std::max(c_low - o_high, o_low - c_high);
    const double smaller = std::min(std::abs(c.value), std::abs(o.value));
    if (!(smaller > 0) || gap <= smaller * rules_.unit_conversion_apart) return;
    EmitWrongRestatement(*conversion, original, other, "a conversion gone wrong", out);
  }

  // Appends the contradiction between a restatement gone wrong (conversion, of
  // prepared_[original]) and the other outlet's figure that agrees with the original
  // (prepared_[other]), explained by `why`, when the two are lined up.
  void EmitWrongRestatement(const Prepared& conversion, uint32_t original, uint32_t other, absl::string_view why,
                            std::vector<Finding>* out) const {
    absl::optional<Similarity> sim = Similar(conversion, prepared_[other], /*detail=*/true);
    if (!sim) sim = Similar(prepared_[original], prepared_[other], /*detail=*/true);
    if (!sim) return;
    const Prepared& p = prepared_[other];
    const Fact& c = *conversion.fact;
    out->push_back(Contradiction(conversion, p, std::move(*sim),
                                 absl::StrCat(articles_[conversion.article].outlet, " restates ",
                                              FormatValue(*prepared_[original].fact), " as ", c.text, ", which is ",
                                              FormatValue(c), ", against ", FormatValue(*p.fact), " in ",
                                              articles_[p.article].outlet, ": ", why)));
  }

  // "retail sales fell to $4.2bn (£5.1bn)" against another outlet's "$4.2bn": a sum
  // restated in another currency (conversion, of prepared_[original]) further from it than
  // any rate the two currencies have had since compare.json currency_ranges_since
  // (currency_usd_ranges), its written digits allowing, is the outlet's arithmetic gone
  // wrong, a contradiction of the other outlet's agreeing sum (prepared_[other]). Appends it.
  void EmitCurrencyConversion(const Prepared* conversion, uint32_t original, uint32_t other,
                              std::vector<Finding>* out) const {
    if (conversion == nullptr || rules_.currency_usd_ranges.empty()) return;
    const Fact& c = *conversion->fact;
    const Fact& o = *prepared_[original].fact;
    if (c.kind != FactKind::kMoney || o.kind != FactKind::kMoney || !(c.value > 0) || !(o.value > 0)) return;
    const auto& published = articles_[conversion->article].published;
    if (!published || published->year() < rules_.currency_ranges_since) return;
    const auto cr = rules_.currency_usd_ranges.find(rules_.CurrencyOf(c.unit.str()));
    const auto orr = rules_.currency_usd_ranges.find(rules_.CurrencyOf(o.unit.str()));
    if (cr == rules_.currency_usd_ranges.end() || orr == rules_.currency_usd_ranges.end() || cr == orr) return;
    // Each in dollars at the lowest and the highest rate, within half its last written digit.
    const double c_low = (c.value - c.precision / 2) * cr->second.first;
    const double c_high = (c.high + c.precision / 2) * cr->second.second;
    const double o_low = (o.value - o.precision / 2) * orr->second.first;
    const double o_high = (o.high + o.precision / 2) * orr->second.second;
    if (c_low <= o_high && o_low <= c_high) return;
    // The rates the ranges allow, one unit of the dearer currency in the other ("1 GBP =
    // 1-2.2 USD", "1 USD = 8000-18182 IDR").
    const std::string* unit = &cr->first;
    const std::string* in = &orr->first;
    double low = cr->second.first / orr->second.second, high = cr->second.second / orr->second.first;
    if (high < 1) {
      std::swap(unit, in);
      std::tie(low, high) = std::make_pair(1 / high, 1 / low);
    }
    auto rate = [](double v) { return v >= 100 ? absl::StrFormat("%.0f", v) : absl::StrFormat("%.3g", v); };
    EmitWrongRestatement(*conversion, original, other,
                         absl::StrCat("no rate since ", rules_.currency_ranges_since, " gives it (1 ", *unit, " = ",
                                      rate(low), "-", rate(high), " ", *in, "): a conversion gone wrong"),
                         out);
  }

  // Whether the words between two sums end with a word of compare.json
  // conversion_markers ("Rp 3,2 miliar, atau sekitar US$ 210 ribu", "Rp 3,2 miliar milik
  // PT X, setara sekitar US$ 210 ribu"): the second converts the first.
  bool EndsWithConversionMarker(absl::string_view between) const {
    const std::string lower = absl::AsciiStrToLower(between);
    for (const std::string& m : rules_.conversion_markers) {
      if (lower == m || (lower.size() > m.size() && absl::EndsWith(lower, m) &&
                         !absl::ascii_isalnum(static_cast<unsigned char>(lower[lower.size() - m.size() - 1])))) {
        return true;
      }
    }
    return false;
  }
  // Whether two figures are one statistic of one period: dated to one month, quarter or
  // year, their words holding the same statistic_concepts.
  bool OneStatistic(const Fact& a, const Fact& b) const { return OfOnePeriod(a, b) && OneStatisticNamed(a, b); }
  // Whether two facts' words hold the same statistic_concepts, at least one.
  bool OneStatisticNamed(const Fact& a, const Fact& b) const {
    bool any = false;
    for (const std::string& c : rules_.statistic_concepts) {
      const bool in_a = HoldsWord(a, c);
      if (in_a != HoldsWord(b, c)) return false;
      any |= in_a;
    }
    return any;
  }

  // Whether two facts' words hold one distinctive figure written beside both.
  // (With `precise`, of two significant digits or more: "3.000 meter" is a round figure.)
  static bool SharesDistinctiveFigure(const Fact& a, const Fact& b, bool precise = false) {
    bool shared = false;
    ForEachShared(a.measures.context, b.measures.context,
                  [&](absl::string_view w) { shared = shared || DistinctiveFigureMark(w, precise); });
    return shared;
  }

  // Whether two facts' words hold one figure written beside both (kFigureMark words).
  static bool SharesFigure(const Fact& a, const Fact& b) {
    bool shared = false;
    ForEachShared(a.measures.context, b.measures.context, [&](absl::string_view w) { shared |= w[0] == kFigureMark; });
    return shared;
  }

  // Whether the values of facts x and y agree or overlap.
  bool Consistent(size_t x, size_t y) const {
    return Consistent(*prepared_[x].fact, *prepared_[y].fact);
  }
  bool Consistent(const Fact& a, const Fact& b) const { return SameValue(a, b) || Overlapping(a, b); }

  // Whether two facts of one dimension overlap once widened by its tolerances.
  bool Overlapping(const Fact& a, const Fact& b) const {
    const Tolerance t = ConversionFree(TolFor(rules_, a.dimension), a, b);
    return Intersects(Widened(a, t, true, TruncationAllowance(a, b, t)),
                      Widened(b, t, true, TruncationAllowance(b, a, t)));
  }

  // The candidates of each fact in each other article: (fact, article) -> facts.
  using Candidates = absl::flat_hash_map<std::pair<size_t, size_t>, std::vector<uint32_t>>;

  // Whether y's party already agrees with x in y's article: a candidate of x there is
  // quoted from the same party as y and agrees with x ("the three people arrested, two
  // men and a woman": the two is a part of the three the inspector gives, not her count).
  bool AgreesThroughItsParty(size_t x, size_t y, const Candidates& candidates) const {
    auto it = candidates.find({x, prepared_[y].article});
    if (it == candidates.end()) return false;
    for (uint32_t c : it->second) {
      if (c != y && SameSpeaker(prepared_[c], prepared_[y]) && Consistent(x, c)) return true;
    }
    return false;
  }

  // Records pair s in `partners` unless either fact already has a partner in the other's
  // article there.
  bool Claim(const Scored& s, absl::flat_hash_set<std::pair<size_t, size_t>>* partners) const {
    const auto ka = std::make_pair(size_t{s.a}, prepared_[s.b].article);
    const auto kb = std::make_pair(size_t{s.b}, prepared_[s.a].article);
    if (partners->contains(ka) || partners->contains(kb)) return false;
    partners->insert(ka);
    partners->insert(kb);
    return true;
  }

  // Judges the chosen pair s and appends its finding (when `only` is set, only a finding
  // with that verdict).
  void Emit(const Scored& s, absl::optional<Verdict> only, std::vector<Finding>* out) const {
    // The chosen pairs only: their shared words, for the explanation.
    absl::optional<Similarity> sim = Similar(prepared_[s.a], prepared_[s.b], /*detail=*/true);
    if (!sim) return;
    sim->rank = s.rank;
    absl::optional<Finding> f = Judge(prepared_[s.a], prepared_[s.b], std::move(*sim));
    if (!f || (only && f->verdict != *only)) return;
    for (const Prepared* p : {&prepared_[s.a], &prepared_[s.b]}) {
      (f->a == p->index ? f->a_copies : f->b_copies) = p->copies;
    }
    out->push_back(std::move(*f));
  }

  // Calls visit(x, y) once for every pair of facts of `group` (indices into prepared_,
  // ascending) from different articles that share a block key (of a block no larger than
  // max_block) and fall within the window. A pair sharing several keys is visited in the
  // first eligible block they share, so no list of pairs is ever built.
  template <typename Visit>
  void ForEachCandidateIn(const std::vector<uint32_t>& group, Visit visit) const {
    // Members of a block are positions in `group`.
    std::map<std::string, std::vector<uint32_t>> blocks;  // ordered: deterministic
    for (uint32_t g = 0; g < group.size(); ++g) {
      for (std::string& k : Keys(prepared_[group[g]])) blocks[std::move(k)].push_back(g);
    }
    // Key ids in key order; each fact's eligible keys, sorted.
    std::vector<std::vector<uint32_t>> keys_of(group.size());
    std::vector<const std::vector<uint32_t>*> members_of;
    for (const auto& [key, members] : blocks) {
      const uint32_t id = static_cast<uint32_t>(members_of.size());
      members_of.push_back(&members);
      if (members.size() < 2 || members.size() > rules_.max_block) continue;
      for (uint32_t m : members) {
        if (keys_of[m].empty() || keys_of[m].back() != id) keys_of[m].push_back(id);
      }
    }
    for (uint32_t id = 0; id < members_of.size(); ++id) {
      const std::vector<uint32_t>& members = *members_of[id];
      if (members.size() < 2 || members.size() > rules_.max_block) continue;
      for (size_t x = 0; x < members.size(); ++x) {
        for (size_t y = x + 1; y < members.size(); ++y) {
          const uint32_t ga = members[x], gb = members[y];
          const uint32_t a = group[ga], b = group[gb];
          if (a == b || prepared_[a].article == prepared_[b].article) continue;
          if (FirstSharedKey(keys_of[ga], keys_of[gb]) != id) continue;
          if (!SameStory(prepared_[a], prepared_[b])) continue;
          if (!WithinWindow(prepared_[a], prepared_[b])) continue;
          visit(std::min(a, b), std::max(a, b));
        }
      }
    }
  }

  static uint32_t FirstSharedKey(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
      if (a[i] == b[j]) return a[i];
      if (a[i] < b[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    return std::numeric_limits<uint32_t>::max();
  }

  // Articles whose metadata names two different stories are never compared (their block
  // keys differ too; an article that names no story shares keys only with others that
  // name none).
  bool SameStory(const Prepared& a, const Prepared& b) const {
    const std::string& sa = articles_[a.article].story;
    const std::string& sb = articles_[b.article].story;
    return sa.empty() || sb.empty() || sa == sb;
  }

  // Facts from articles published years apart are never compared.
  bool WithinWindow(const Prepared& a, const Prepared& b) const {
    const auto& pa = articles_[a.article].published;
    const auto& pb = articles_[b.article].published;
    if (!pa || !pb) return true;
    return std::abs(*pa - *pb) <= 3 * 366;
  }

  // When one side's outlet also reports the other side's figure (AlsoReports), what the
  // explanation says of it; else "".
  std::string AlsoReportsNote(const Prepared& a, const Prepared& b) const {
    for (const auto& [x, y] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      if (const Prepared* also = AlsoReports(*x, *y)) {
        return absl::StrCat(articles_[x->article].outlet, " also reports ", FormatValue(*also->fact),
                            ": its ", FormatValue(*x->fact), " counts something else");
      }
    }
    return "";
  }

  // When one side counts in an area (Measures::scope: "37 orang tewas di Kabupaten Lembah
  // Sari") and the other names none, but the other's article counts the same thing in
  // another area too ("di Kabupaten Tanah Merah, 12 orang"), the unnamed figure is its
  // outlet's total over more areas than the first's, a whole of which the first is a
  // part: what the explanation says of it, when the total is no smaller than the part;
  // else "".
  std::string WiderTotalNote(const Prepared& a, const Prepared& b) const {
    for (const auto& [total, part] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      const Fact& t = *total->fact;
      const Fact& p = *part->fact;
      if (!IsWiderTotal(t, p)) continue;
      const auto [lo, hi] = article_facts_[total->article];
      for (uint32_t i = lo; i < hi; ++i) {
        const Fact& o = *prepared_[i].fact;
        const Symbol& area = o.measures.scope.empty() ? o.measures.place : o.measures.scope;
        if (area.empty() || SameScope(area, p.measures.scope, rules_.place_divisions) || o.kind != t.kind ||
            o.dimension != t.dimension || o.measures.head != t.measures.head ||
            o.measures.qualifier != t.measures.qualifier) {
          continue;
        }
        return absl::StrCat(articles_[total->article].outlet, " also counts ", FormatValue(o), " in ",
                            area.str(), ": its ", FormatValue(t), " may be a total over more than ",
                            p.measures.scope.str());
      }
    }
    return RatioTotalNote(a, b);
  }

  // Whether count `t`, with no area, is no smaller than `p`, counted in one.
  static bool IsWiderTotal(const Fact& t, const Fact& p) {
    return t.measures.scope.empty() && !p.measures.scope.empty() && t.kind == FactKind::kCount &&
           t.interval.high >= p.interval.low;
  }

  // "20 people had died in Calder City" against the junta's "2,056 people had been killed":
  // a figure with no area many times one area's is a wider total (wider_total_ratio), what
  // the explanation says of it; else "".
  std::string RatioTotalNote(const Prepared& a, const Prepared& b) const {
    if (rules_.wider_total_ratio <= 0) return "";
    for (const auto& [t, p] : {std::make_pair(a.fact, b.fact), std::make_pair(b.fact, a.fact)}) {
      if (IsWiderTotal(*t, *p) && t->interval.low >= rules_.wider_total_ratio * p->interval.high) {
        return absl::StrCat(FormatValue(*t), ", with no area, is ", rules_.wider_total_ratio,
                            " times or more the ", FormatValue(*p), " in ", p->measures.scope.str(),
                            ": it may be a total over more than ", p->measures.scope.str());
      }
    }
    return "";
  }

  // "Harlan's authorities said they had evacuated about 108,000 people, and Pellham more
  // than 82,000" against "authorities in Harlan and Pellham evacuated more than 180,000
  // people"; "268 tempat usaha di lantai basement, 120 tempat usaha di lantai dasar dan satu
  // toko di lantai 1" against "389 tempat usaha": counts of one thing in one sentence are a
  // breakdown, and a larger figure their sum allows is its total. A bare number after the
  // count in its sentence counts the same thing with the noun left out. What the
  // explanation says of it, or "".
  std::string PartsAddUpNote(const Prepared& a, const Prepared& b) const {
    constexpr size_t kReach = 24;  // facts either side in the article's order
    for (const auto& [total, part] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      const Fact& t = *total->fact;
      const Fact& p = *part->fact;
      // (Measures of an additive dimension add up too: "equivalent to 3 tonnes and 21
      // tonnes of TNT" against "24 tonnes in total".)
      const bool additive = t.kind == FactKind::kCount || rules_.additive_dimensions.contains(t.dimension.str());
      if (!additive || t.interval.low <= p.interval.high) continue;
      const Tolerance tol = TolFor(rules_, t.dimension.str());
      std::vector<const Fact*> items = {&p};  // the breakdown p is an item of
      const Fact* before = nullptr;           // the items right before and after p
      const Fact* after = nullptr;
      const size_t from = part->index >= kReach ? part->index - kReach : 0;
      const size_t to = std::min(facts_.size(), part->index + kReach + 1);
      for (size_t i = from; i < to; ++i) {
        if (i == part->index || facts_.article(i) != p.article) continue;  // (another may be spilled)
        const Fact& o = facts_.resident(i);
        if (o.sentence != p.sentence || o.hypothetical || o.negated || o.earlier || o.part) continue;
        const bool same_count = o.kind == p.kind && o.dimension == p.dimension && o.unit == p.unit &&
                                o.measures.qualifier == p.measures.qualifier;
        const bool elided = o.kind == FactKind::kNumber && o.span.begin > p.span.end;
        if ((same_count || elided) && !SubsetOf(p, o)) {
          items.push_back(&o);
          if (i < part->index) before = &o;
          if (i > part->index && after == nullptr) after = &o;
        }
      }
      if (items.size() < 2) continue;
      // A total of one area sums no items of another ("5 orang di Lembah Sari" is no total
      // of 3 there and 2 in Tanah Merah).
      if (!t.measures.scope.empty() && std::any_of(items.begin(), items.end(), [&](const Fact* o) {
            return !o->measures.scope.empty() && !SameScope(o->measures.scope, t.measures.scope, rules_.place_divisions);
          })) {
        continue;
      }
      auto adds_up = [&](const std::vector<const Fact*>& parts) {
        Interval sum{0, 0, false, false};
        for (const Fact* o : parts) {
          const Interval w = Widened(*o, tol);
          sum.low += w.low;
          sum.high += w.high;
        }
        return Intersects(Widened(t, tol), sum);
      };
      // All of them, or p and the item right after or before it ("agreed to pay $2.5
      // billion and guarantee the return of at least $1.4 billion ... over its role in
      // raising $6.5 billion in bonds" against "a $3.9bn settlement").
      if (!adds_up(items)) {
        if (items.size() > 2 && after != nullptr && adds_up({&p, after})) {
          items = {&p, after};
        } else if (items.size() > 2 && before != nullptr && adds_up({before, &p})) {
          items = {before, &p};
        } else {
          continue;
        }
      }
      std::string listed;
      for (const Fact* o : items) {
        absl::StrAppend(&listed, listed.empty() ? "" : ", ", absl::StripTrailingAsciiWhitespace(FormatValue(*o)));
      }
      return absl::StrCat(articles_[part->article].outlet, " counts ", listed,
                          " in one sentence, a breakdown: ", FormatValue(t), " may be their total");
    }
    return "";
  }

  // Whether a subset marker (compare.json subset_markers) stands between figures p and o
  // of one sentence, or after o in its clause: o is a subset of p, not a further item.
  bool SubsetOf(const Fact& p, const Fact& o) const {
    if (rules_.subset_markers.size() == 0 || p.span.begin < p.sentence_span.begin ||
        o.span.begin < o.sentence_span.begin) {
      return false;
    }
    const absl::string_view text(p.sentence_text);
    const size_t base = p.sentence_span.begin;
    size_t from = std::min(p.span.end, o.span.end) - base;
    size_t to = std::max(p.span.begin, o.span.begin) - base;
    // The clause after o: up to the next comma or full stop.
    const size_t after = o.span.end - base;
    size_t clause_end = text.find_first_of(",.;", std::min(after, text.size()));
    if (clause_end == absl::string_view::npos) clause_end = text.size();
    if (from > text.size()) return false;
    to = std::max(std::min(to, text.size()), std::min(clause_end, text.size()));
    return MarkerIn(text.substr(from, to - std::min(from, to)), rules_.subset_markers, /*cut_first=*/false);
  }

  // When one side counts over a month or a year, so marked (rule time.period: "More than
  // 1,800 people have died crossing the central Mediterranean so far this year"; not "the
  // most powerful typhoon to hit the country this year") and the other on a day or with
  // no time ("the death toll rose to 79"), the first is a total over the period, of which
  // the other's event may be a part: what the explanation says of it, when the period's
  // count is no smaller, or when its period leaves the event out (rule time.period_others:
  // "about 100 inmates have been killed so far this year before the latest riot", against
  // the riot's 116); else "".
  std::string PeriodTotalNote(const Prepared& a, const Prepared& b) const {
    // (An age is as of its report, whatever its sentence dates: "Darrell Quist, 50,
    // ... granted asylum in the 1990s".)
    if (rules_.identity_qualifier.contains(a.fact->dimension.str())) return "";
    auto period = [](const Fact& f) {
      return f.time.present && (f.time.grain == Grain::kYear || f.time.grain == Grain::kMonth);
    };
    for (const auto& [total, part] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      const Fact& t = *total->fact;
      const Fact& p = *part->fact;
      // time.period is set only on a count dated by a year or a month. A period of the
      // other's own is another total, unless it lies within this one ("In February, 79
      // prisoners died" within "so far this year").
      const absl::optional<Days> pp = EventPeriod(p), tp = EventPeriod(t);
      const bool within = pp && tp && Within(*pp, *tp) && *pp != *tp;
      if (!HasRule(t, kPeriodTotal) || (period(p) && !within)) continue;
      const absl::string_view over = t.time.grain == Grain::kYear ? "a year" : "a month";
      if (HasRule(t, kPeriodOthers)) {
        return absl::StrCat(FormatValue(t), " is counted over ", over, " leaving an event out: a total over ",
                            "other events than ", FormatValue(p), "'s");
      }
      if (t.interval.low < p.interval.high) continue;
      return absl::StrCat(FormatValue(t), " is counted over ", over, ": a total over the period, of which ",
                          FormatValue(p), " may be a part");
    }
    return "";
  }

  // Two spans of days from reports days apart, the later the longer by no more than the
  // days between the reports (plus one, for a first or last day counted or not): "had
  // been missing in a flooded cave for nine days" on 3 July against "trapped for more than
  // two weeks" on 11 July. A span still running when the first was written ran on: what
  // the explanation says of it; else "". Spans under a day (a trip of nine hours against
  // one of eleven) are never so read, nor two spans both dated ("found on 2 July, nine
  // days after they went missing" against "10 days after").
  std::string SpanRanOnNote(const Fact& a, const Fact& b, const ArticleMeta& art_a,
                            const ArticleMeta& art_b) const {
    if (a.dimension != "duration" || !art_a.published || !art_b.published ||
        *art_a.published == *art_b.published || (a.time.present && b.time.present) ||
        MarkedBy(a, rules_.set_span_markers) || MarkedBy(b, rules_.set_span_markers)) {
      return "";
    }
    const bool a_first = *art_a.published < *art_b.published;
    const Fact& early = a_first ? a : b;
    const Fact& late = a_first ? b : a;
    const int64_t gap = std::abs(*art_b.published - *art_a.published);
    // (Hedged spans as their hedges allow: "hampir tiga pekan" on 12 November against
    // "sekitar satu bulan" on 19 November.)
    const Tolerance t = TolFor(rules_, a.dimension);
    const Interval e = Widened(early, t), l = Widened(late, t);
    if (e.high < 1 || l.low <= e.high || l.low - e.high > gap + 1) {
      return "";
    }
    return absl::StrCat("the span may have run on over the ", gap, " days between the reports: ",
                        FormatValue(late), " supersedes ", FormatValue(early));
  }

  // When one side counts a kind of what the other counts (compare.json kinds: "25
  // penumpang selamat" against "26 orang selamat, termasuk motoris") and the broader count
  // is the larger, the narrower may be among it: what the explanation says of it; else "".
  // The same for a narrower state (compare.json state_kinds: "9 warga luka ringan"
  // against "12 warga luka-luka").
  std::string KindAmongNote(const Prepared& a, const Prepared& b) const {
    for (const auto& [narrow, broad] : {std::make_pair(&a, &b), std::make_pair(&b, &a)}) {
      const Fact& n = *narrow->fact;
      const Fact& w = *broad->fact;
      if (w.interval.high <= n.interval.low) continue;
      if (!narrow->broader.empty() && narrow->broader == w.measures.head.str()) {
        return absl::StrCat(FormatValue(n), " ", n.measures.head.str(), " may be among ", FormatValue(w), " ",
                            w.measures.head.str());
      }
      if (NarrowerState(n.measures.qualifier.str(), w.measures.qualifier.str())) {
        return absl::StrCat(FormatValue(n), " ", n.measures.qualifier.str(), " may be among ", FormatValue(w), " ",
                            w.measures.qualifier.str());
      }
      // "Pilot dan Tiga Awak Tewas" against "Empat awak tewas": the other may count the
      // one listed before the three among its crew.
      if (HasRule(n, kCountAfterNoun) && !HasRule(w, kCountAfterNoun) && n.measures.head == w.measures.head) {
        return absl::StrCat(FormatValue(n), " ", n.measures.head.str(), " listed after another may be among ",
                            FormatValue(w));
      }
    }
    return "";
  }

  // When the sentences of two facts each give a measure of one dimension (not a count:
  // a magnitude, a length) and the two disagree, they tell of two happenings: what the
  // explanation says of it; else "". Two measures of different things are no such sign,
  // nor two that each sentence gives both of: "at a depth of 10 km, 62 km northeast of
  // Labuha" against "62 km timur laut Labuha, pada kedalaman 10 km" are one quake's, while
  // "M4,1 pukul 14.35, disusul gempa M3,4 pada pukul 15.38" against "gempa M4,1 sekitar
  // pukul 14.35" tell of a quake of 3.4 the other does not.
  std::string SentencesMeasureApart(const Prepared& a, const Prepared& b) const {
    auto quantities = [&](const Prepared& p) {
      std::vector<const Fact*> out;
      const auto [lo, hi] = article_facts_[p.article];
      for (uint32_t i = lo; i < hi; ++i) {
        const Fact& o = *prepared_[i].fact;
        if (o.sentence == p.fact->sentence && o.kind == FactKind::kQuantity) out.push_back(&o);
      }
      return out;
    };
    const std::vector<const Fact*> qa = quantities(a);
    if (qa.empty()) return "";
    const std::vector<const Fact*> qb = quantities(b);
    auto given_by = [&](const Fact& x, const std::vector<const Fact*>& other) {
      for (const Fact* o : other) {
        if (o->dimension == x.dimension && Consistent(x, *o)) return true;
      }
      return false;
    };
    for (const Fact* y : qb) {
      for (const Fact* x : qa) {
        if (x->dimension != y->dimension || x->measures.head != y->measures.head || Consistent(*x, *y)) continue;
        if (given_by(*x, qb) && given_by(*y, qa)) continue;
        // ("di KM 613+200" against "di KM 631": where, not how big; one may be mistyped.)
        if (rules_.place_dimensions.contains(x->dimension.str())) continue;
        return absl::StrCat("their sentences give ", FormatValue(*x), " and ", FormatValue(*y),
                            ": two happenings");
      }
    }
    return "";
  }

  // Whether state `narrow` is a kind of state `broad` (compare.json state_kinds).
  bool NarrowerState(absl::string_view narrow, absl::string_view broad) const {
    if (narrow.empty() || broad.empty()) return false;
    auto it = rules_.state_kinds.find(narrow);
    return it != rules_.state_kinds.end() && it->second == broad;
  }

  // Whether the context words of two facts say they measure different things: a concept
  // of exclusive_context among one's and not the other's (an aftershock's magnitude is
  // not the quake's), or different members of an exclusive group and none in common (a
  // rate year on year is not one month to month).
  bool Exclusive(const Prepared& pa, const Prepared& pb) const {
    if (exclusive_concepts_.empty()) return Exclusive(*pa.fact, *pb.fact);
    if ((pa.exclusive ^ pb.exclusive) & exclusive_context_mask_) return true;
    for (const uint64_t group : exclusive_group_masks_) {
      const uint64_t in_a = pa.exclusive & group, in_b = pb.exclusive & group;
      if (in_a != 0 && in_b != 0 && (in_a & in_b) == 0) return true;
    }
    return false;
  }
  // The same, looked up in the facts' words (more concepts than the bits hold).
  bool Exclusive(const Fact& a, const Fact& b) const {
    for (const std::string& c : rules_.exclusive_context) {
      if (HoldsWord(a, c) != HoldsWord(b, c)) return true;
    }
    for (const std::vector<std::string>& group : rules_.exclusive_groups) {
      bool in_a = false, in_b = false, shared = false;
      for (const std::string& c : group) {
        const bool ha = HoldsWord(a, c), hb = HoldsWord(b, c);
        in_a |= ha;
        in_b |= hb;
        shared |= ha && hb;
      }
      if (in_a && in_b && !shared) return true;
    }
    return false;
  }

  // Whether name word w, which both facts' names hold, is of one name in both: a name of
  // one holding w whose words are all among those of a name of the other holding it
  // ("Voss" and "Arlen Voss", "Cianjur" and "Kabupaten Cianjur"), not a word two different
  // names share ("United States" and "United Nations", "Cal Fire" and "Tessel Fire").
  static bool OneNameHolds(const Prepared& pa, const Prepared& pb, absl::string_view w) {
    // (A name of the one word is among any name holding it.)
    for (const Prepared* p : {&pa, &pb}) {
      for (absl::string_view e : p->fact->measures.entities) {
        if (e == w) return true;
      }
    }
    for (size_t x = 0, x_from = 0; x < pa.name_ends.size(); x_from = pa.name_ends[x++]) {
      const auto a_begin = pa.name_words.begin() + x_from, a_end = pa.name_words.begin() + pa.name_ends[x];
      if (!std::binary_search(a_begin, a_end, w)) continue;
      for (size_t y = 0, y_from = 0; y < pb.name_ends.size(); y_from = pb.name_ends[y++]) {
        const auto b_begin = pb.name_words.begin() + y_from, b_end = pb.name_words.begin() + pb.name_ends[y];
        if (std::binary_search(b_begin, b_end, w) &&
            (std::includes(a_begin, a_end, b_begin, b_end) || std::includes(b_begin, b_end, a_begin, a_end))) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether sum `bare`, written with no period, is by nature the rate `rated` is written
  // as: both beside a concept of compare.json periodic_concepts paid per that period
  // ("UMP Provinsi Lembah 2020 sebesar Rp3.512.870" against "Rp3.521.870 per bulan").
  bool PaidPerByNature(const Fact& bare, const Fact& rated) const {
    if (rules_.periodic_concepts.empty() || bare.kind != FactKind::kMoney || !bare.measures.qualifier.empty()) {
      return false;
    }
    absl::string_view period = rated.measures.qualifier.str();
    if (!absl::ConsumePrefix(&period, kRatePrefix)) return false;
    bool paid = false;
    ForEachShared(bare.measures.context, rated.measures.context, [&](absl::string_view w) {
      const auto it = rules_.periodic_concepts.find(w);
      paid = paid || (it != rules_.periodic_concepts.end() && it->second == period);
    });
    return paid;
  }

  // With `detail`, the shared words are listed; without, only counted (scoring every
  // candidate pair must not allocate).
  absl::optional<Similarity> Similar(const Prepared& pa, const Prepared& pb, bool detail) const {
    const Fact& a = *pa.fact;
    const Fact& b = *pb.fact;
    if (a.kind != b.kind || a.dimension != b.dimension) return absl::nullopt;
    // An increase ("menambah dua ekskavator") is not the total another passage states.
    if (a.delta != b.delta) return absl::nullopt;
    // A goal ("menargetkan 1 juta rumah") or a rate ("35,000 people a day") is no amount
    // reached, and no rival of one; a rate meets only rates of its period.
    if ((ExclusiveQualifier(a.measures.qualifier) || ExclusiveQualifier(b.measures.qualifier)) &&
        a.measures.qualifier != b.measures.qualifier && !PaidPerByNature(a, b) && !PaidPerByNature(b, a)) {
      return absl::nullopt;
    }
    // "one resident said", "one family": a single thing with no state is no claim of how many.
    if (a.kind == FactKind::kCount && (StatelessFew(a) || StatelessFew(b))) return absl::nullopt;
    // One person's age is not another's: only the same name lines two up, written whole
    // or in part ("Wulan Sari (16)" and "Wulan berusia 20 tahun").
    const bool identity = rules_.identity_qualifier.contains(a.dimension);
    if (identity && !SameName(a.measures.qualifier, b.measures.qualifier)) return absl::nullopt;
    if (a.kind == FactKind::kMoney && a.unit != b.unit &&
        rules_.CurrencyOf(a.unit.str()) != rules_.CurrencyOf(b.unit.str())) {
      return absl::nullopt;
    }
    // One item of a breakdown by place counts its place only ("32 orang di Aceh" is no
    // total, and not Sumatra Utara's 72).
    if (!SamePlace(a.measures.place, b.measures.place)) return absl::nullopt;
    // "secara bulanan Maluku Utara mengalami inflasi sebesar 0,42 persen" against
    // "inflasi Maret 2019 tercatat 0,21 persen": a rate of a place named and one of no place
    // that differ are two places' (the country's, likely); the same rate agrees.
    if (a.dimension == "percent" && a.measures.scope.empty() != b.measures.scope.empty() &&
        (a.interval.high < b.interval.low || b.interval.high < a.interval.low)) {
      return absl::nullopt;
    }
    // "37 orang tewas ... di Sumatra Barat" against "24 orang ... di Kabupaten Tanah
    // Datar": two areas, two counts. A count with no area written meets either.
    // Two lengths from two points ("14 mil laut dari Kuala Merbang", "2 mil laut dari posisi
    // kapal terbalik") are two distances.
    if (!a.measures.scope.empty() && !b.measures.scope.empty() &&
        !SameScope(a.measures.scope, b.measures.scope, rules_.place_divisions) &&
        !(a.dimension == "length" && SamePoint(a.measures.scope.str(), b.measures.scope.str(), rules_.place_divisions))) {
      return absl::nullopt;
    }
    // "148 litres ... within 48 hours" against "more than 150 litres ... in 24 hours": two
    // windows, two figures.
    if (OverDifferentWindows(a, b) || ForDifferentSizes(a, b) || InFarDirections(a, b) || LocateTwoPlaces(a, b)) {
      return absl::nullopt;
    }
    // When a statement was made is no date of what it reports, and two speakers' statements
    // are two statements: a statement date meets only the same speaker's.
    if (IsDate(a) && (a.measures.qualifier == kStatementDate || b.measures.qualifier == kStatementDate) &&
        (a.measures.qualifier != b.measures.qualifier || !SameSpeaker(pa, pb))) {
      return absl::nullopt;
    }
    // "kembali mengeluarkan erupsi pada Senin sore": another occurrence's day is no rival
    // of the first's.
    if (IsDate(a) && (a.measures.qualifier == kRecurrenceDate || b.measures.qualifier == kRecurrenceDate) &&
        !SameValue(a, b)) {
      return absl::nullopt;
    }
    // "a second quake, of magnitude 7.5": another occurrence's measure meets only such.
    if (!IsDate(a) && a.measures.qualifier != b.measures.qualifier &&
        (a.measures.qualifier == kRecurrenceDate || b.measures.qualifier == kRecurrenceDate)) {
      return absl::nullopt;
    }
    // An aftershock's magnitude is not the quake's: with no concept head to say what is
    // measured, a concept of exclusive_context among one's words and not the other's.
    // So is a volcano's height not its ash column's, both heights, and a fine the
    // prosecutors demanded not the one imposed ("jaksa menuntut ... denda Rp 500 juta"
    // against "dijatuhi denda Rp200 juta"), nor the workers of a programme's first stage its
    // second's ("tahap pertama ... 2,5 juta pekerja" against "tahap kedua ... 3 juta
    // pekerja"), nor the sentence a defence sought the one passed ("lawyers had sought a
    // sentence of 18 months" against "sentenced to more than 11 years"): the same head, or
    // one named on one side only, says no more than none.
    // (A named person's age is his whatever his sentence tells of: "the 47-year-old
    // station master, who was charged with ...".)
    const bool unnamed = !HasConceptHead(a) || !HasConceptHead(b);
    if (!identity &&
        (IsDate(a) ? !HasConceptHead(a) && !HasConceptHead(b) : unnamed || a.measures.head == b.measures.head) &&
        Exclusive(pa, pb)) {
      return absl::nullopt;
    }
    Similarity s;
    size_t n_context = 0, n_entities = 0;
    double total = 0, weight = 0;
    // Head: the same concept is strong evidence, differing concepts rule it out.
    double head = 0;
    bool kind_of = false;  // one head is a kind of the other ("tersangka", "orang")
    if (HasConceptHead(a) && HasConceptHead(b)) {
      if (a.measures.head == b.measures.head) {
        head = 1;
        s.head = true;
      } else if (IsDate(a) && OneEventWord(a, b)) {
        head = 1;
        s.head = true;
      } else if (IsDate(a)) {
        // Outlets name one happening with different words ("peletakan batu pertama",
        // "memulai pembangunan"): differing words beside two dates say nothing either way.
        head = 0.5;
      } else if ((!pa.broader.empty() && pa.broader == b.measures.head.str()) ||
                 (!pb.broader.empty() && pb.broader == a.measures.head.str())) {
        head = 0.5;
        kind_of = true;
      } else {
        return absl::nullopt;
      }
    } else if (!HasConceptHead(a) && !HasConceptHead(b)) {
      head = 0.5;
    } else {
      // One passage names what it measures right at the figure ("dana Rp85 miliar"), the
      // other a few words away ("dana ganti rugi sebesar Rp58 miliar": "dana" is among its
      // words): the same concept, as a qualifier found among the other's words is. Not
      // for dates, whose "head" is only a word of the event beside them.
      const Fact& named = HasConceptHead(a) ? a : b;
      const Fact& other = HasConceptHead(a) ? b : a;
      // (A length measured from a point, "lebih dari 10 kilometer dari Bandara Wanareja",
      // is a distance: a height its sentence names is another measure's.)
      const bool from_point = other.dimension == "length" && !other.measures.scope.empty() &&
                              !rules_.from_point_heads.contains(named.measures.head.str());
      if (!IsDate(a) && !from_point &&
          std::binary_search(other.measures.context.begin(), other.measures.context.end(), named.measures.head)) {
        head = 1;
        s.head = true;
      } else if (rules_.strict_heads.contains(named.measures.head.str())) {
        // "dalam radius 6 kilometer" against "725 meter" with no head: a radius, a depth
        // or a distance meets a measure with none only when its words name it.
        return absl::nullopt;
      } else {
        head = 0.3;
      }
    }
    total += rules_.w_head * head;
    weight += rules_.w_head;
    // Qualifier: "4 orang tewas" vs "10 orang luka" measure different things.
    const std::string& qa = a.measures.qualifier;
    const std::string& qb = identity ? a.measures.qualifier.str() : b.measures.qualifier.str();  // one name
    if (qa == qb && absl::StartsWith(qa, kRatePrefix)) {
      // "35,000 people a day" and "12,000 vehicles a day": rates of one period say nothing
      // of being one figure, as a unit both are so much per does not (SharedPerUnit);
      // ExclusiveQualifier keeps apart rates of two periods.
      s.qualifier = true;
    } else if (!qa.empty() || !qb.empty()) {
      weight += rules_.w_qualifier;
      if (!qa.empty() && !qb.empty()) {
        if (qa == qb) {
          total += rules_.w_qualifier;
          s.qualifier = true;
        } else if (NarrowerState(qa, qb) || NarrowerState(qb, qa)) {
          // "sembilan warga mengalami luka ringan" and "delapan warga mengalami luka-luka":
          // the lightly injured are among the injured (KindAmongNote).
          total += rules_.w_qualifier / 2;
        } else {
          return absl::nullopt;
        }
      } else {
        const std::string& q = qa.empty() ? qb : qa;
        const Fact& other = qa.empty() ? a : b;
        const Prepared& po = qa.empty() ? pa : pb;
        // The state among its words, unless a neighbour in its sentence counts that state;
        // or the state its head implies (implied_states).
        auto implied = [&] {
          auto it = rules_.implied_states.find(other.measures.head.str());
          return it != rules_.implied_states.end() && it->second == q;
        };
        if ((std::binary_search(other.measures.context.begin(), other.measures.context.end(), q) &&
             !std::binary_search(po.neighbour_states.begin(), po.neighbour_states.end(),
                                 absl::string_view(q))) ||
            implied()) {
          total += rules_.w_qualifier;
          s.qualifier = true;
        } else if (HasConceptHead(a) && HasConceptHead(b)) {
          // "23 penumpang tewas" and "64 penumpang" on board count different people.
          return absl::nullopt;
        }
      }
    }
    // Suspects and people are the same people only in one state: "menangkap 5
    // tersangka" and "3 orang yang ditangkap" both count the arrested.
    if (kind_of && !s.qualifier) return absl::nullopt;
    // kInProgress says how a figure stands, not what it is about: no shared word.
    const size_t na = a.measures.context.size() - CompareRules::InProgress(a.measures) - pa.figures;
    const size_t nb = b.measures.context.size() - CompareRules::InProgress(b.measures) - pb.figures;
    if (na != 0 && nb != 0) {
      const bool both_in_progress = CompareRules::InProgress(a.measures) && CompareRules::InProgress(b.measures);
      n_context = CountShared(a.measures.context, b.measures.context) - both_in_progress -
                  SharedPerUnit(a.measures.context, b.measures.context);
      if (detail) {
        const WordList both = Intersect(a.measures.context, b.measures.context);
        std::vector<absl::string_view> shared;  // views into `both`
        for (absl::string_view w : both) {
          if (w != kInProgress) shared.push_back(w);
        }
        s.shared_context = WordList(shared);
      }
      total += rules_.w_context * std::min(1.0, Overlap(n_context, na, nb));
      weight += rules_.w_context;
    }
    if (!pa.entity_words.empty() && !pb.entity_words.empty()) {
      if (detail) {
        std::vector<absl::string_view> shared;  // views into the facts' entity words
        ForEachShared(pa.entity_words, pb.entity_words, [&](absl::string_view w) {
          if (OneNameHolds(pa, pb, w)) shared.push_back(w);
        });
        n_entities = shared.size();
        s.shared_entities = WordList(shared);
      } else {
        ForEachShared(pa.entity_words, pb.entity_words,
                      [&](absl::string_view w) { n_entities += OneNameHolds(pa, pb, w); });
      }
      total += rules_.w_entities *
               Overlap(n_entities, pa.entity_words.size(), pb.entity_words.size());
      weight += rules_.w_entities;
    }
    // Two sums of a budget ("defisit APBN 2021 mencapai Rp 783,7 triliun" against "target
    // APBN 2021 sebesar Rp 1.229,6 triliun") share the budget's words, which each article
    // also writes beside its other sums: to be one sum told two ways they need a word of
    // their own in common (a name, what was seized, whose it is).
    const bool same_value = SameValue(a, b);
    // The digits two figures are written to when two of them are swapped, looked for once
    // and only when asked (most pairs leave before).
    int swapped = -1;
    auto swapped_digits = [&] {
      if (swapped < 0) swapped = same_value ? 0 : TransposedDigits(a, b);
      return swapped;
    };
    // (Two sums of one concept head, "gratifikasi senilai Rp 12,07 miliar" against
    // "menerima gratifikasi Rp 120,7 miliar", say what they are of: the head is their own
    // word, whatever else each article writes beside its other sums.)
    // (Nor do the same three digits or more, two swapped: "surplus US$2,76 miliar" against
    // "surplus US$2,67 miliar", one figure mistyped.)
    constexpr int kTransposedSumDigits = 3;
    if (a.kind == FactKind::kMoney && !same_value && !(s.head && HasConceptHead(a) && HasConceptHead(b)) &&
        swapped_digits() < kTransposedSumDigits && !OwnSumWordShared(pa, pb)) {
      return absl::nullopt;
    }
    s.score = weight > 0 ? total / weight : 0;
    // A date says when something happened: two dates can only disagree about the same
    // happening, so both must name it (the event word beside them) and name the same.
    if (IsDate(a) && !same_value && !s.head && !WeekdayNamesOther(a, b)) {
      return absl::nullopt;
    }
    // "ekonomi Indonesia sepanjang 2021 tumbuh 3,69 persen" against "pada 2022 dapat tumbuh
    // sekitar 4,5%": a period a figure is over is no day of a happening; another year is
    // another period.
    // (Not when the dates are a thing's, "gedung puskesmas ... direnovasi pada 2016 dengan
    // anggaran Rp 400 juta": the sum is the work's cost, the year when it was done.)
    if (IsDate(a) && !same_value && (HasRule(a, kPeriodTotal) || HasRule(b, kPeriodTotal)) && !OfOneThing(a, b)) {
      return absl::nullopt;
    }
    // "180 penumpang lainnya" is the rest of a split, not a total: without a state that
    // says which part, it cannot contradict another figure.
    if ((a.part || b.part) && (qa.empty() || qa != qb) && !same_value) {
      return absl::nullopt;
    }
    // Two passages that share nothing but the kind of thing they count ("350 warga"
    // evacuated, "11 orang" dead) are not shown to be about the same claim, unless both
    // write one distinctive figure or quote one source.
    // Two conversions in brackets ("within 3 km (1.9 miles) of the crater" and "ash as high
    // as 3,000 meters (nearly 10,000 feet)") are each outlet's arithmetic, not a figure
    // either wrote: close conversions of two figures tell nothing of one claim.
    const bool both_converted = &prepared_[pa.restates] != &pa && &prepared_[pb.restates] != &pb;
    const bool distinctive = same_value && !both_converted && Distinctive(a) && Distinctive(b);
    // The same source quoted by both ("according to the National Seismic Institute", "the
    // institute says") is evidence the two passages carry one claim, when they also count
    // the same thing. Looked at only when nothing else is shared, or for the explanation.
    constexpr int kDistinctiveTransposedDigits = 4;
    const bool long_transposed =
        a.measures.head == b.measures.head && swapped_digits() >= kDistinctiveTransposedDigits;
    const bool nothing_else = !distinctive && !long_transposed && !s.qualifier && n_context == 0 && n_entities == 0;
    if (s.head && (nothing_else || detail) && SameSpeaker(pa, pb)) {
      if (detail) s.shared_speaker = Intersect(pa.speaker_words, pb.speaker_words);
    } else if (nothing_else) {
      return absl::nullopt;
    }
    // Two measures of a bare dimension ("about 47m", "33 feet": a length of what?) need
    // more than one word in common, or a name, to contradict: a tunnel's 200 m from the
    // entrance and its 2 km of space share 'tunnel' and nothing of what they measure.
    if (n_context < rules_.bare_measure_min_words && !HasConceptHead(a) && !HasConceptHead(b) &&
        rules_.bare_measure_dimensions.contains(a.dimension)) {
      size_t names = n_entities;
      if (names != 0 && rules_.bare_measure_near_names.contains(a.dimension) && !SameSpeaker(pa, pb)) {
        names = 0;
        ForEachShared(pa.entity_words, pb.entity_words, [&](absl::string_view w) {
          names += NameAmong(w, a.measures.context) && NameAmong(w, b.measures.context);
        });
        // A name is whose the sum is, not what it is of ("Harlan said he had lined up $46.5
        // billion" against "$12.5 billion is a margin loan against Harlan's shares"): it
        // lines two sums up only beside a word of their own in common.
        if (n_context <= names) names = 0;
      }
      s.thin = names == 0;
    }
    // "tiga ajudan ... divonis masing-masing tiga tahun" against "terdakwa Harun Wirya
    // dengan pidana penjara selama enam tahun": each of several people's term is no one
    // person's.
    if (pa.personal && pb.personal && pa.several != pb.several) return absl::nullopt;
    if (NamesApart(pa, pb) || TiedToOtherFigures(pa, pb)) return absl::nullopt;
    // (Of a kind and its broader concept, "123 passengers" and "132 people on board", the
    // broader may count more: no figure mistyped.)
    s.transposed = a.measures.head == b.measures.head && swapped_digits() > 0;
    // Agreement needs less evidence than disagreement: a shared value is itself a sign
    // that two facts are the same claim, a differing one is not.
    double bar = IsDate(a) ? rules_.date_threshold : rules_.threshold;
    if (identity && s.qualifier) {
      // One named person's or thing's age ("Harlan (56)", "the 57-year-old Harlan"; "the
      // 44-year-old submarine", "Kapal berusia 43 tahun"): the name is the claim.
      bar = 0;
    } else if (same_value) {
      // A distinctive figure ("Rp1,2 triliun", "2,5 juta meter kubik", "48 penumpang")
      // written by two outlets of one story is the same claim whatever words surround it;
      // a round small one ("2 orang", "30 meter") needs the words too.
      bar = distinctive ? 0 : bar * 0.75;
    } else if (s.transposed) {
      // As a shared value: one figure, mistyped; four digits or more, as a distinctive one
      // ("142,385 employees" against "124,385 employees", sharing no other word).
      bar = long_transposed ? 0 : bar * 0.75;
    } else if (pa.beside_distinctive_figure && pb.beside_distinctive_figure && SharesDistinctiveFigure(a, b)) {
      // "83.417.526 suara atau 53,27 persen" and "83.417.526 suara atau 53,51 persen": one
      // distinctive figure written beside both is one statement, as a shared value is.
      bar *= 0.75;
    } else if (s.head && s.qualifier && HasConceptHead(a) && Running(a) && SameCountDay(a, b)) {
      // "Suharyo menyebut korban luka-luka mencapai 1.083 orang" and "Pada Selasa
      // (22/11), BNPB mencatat 1.038 orang luka-luka": one tally counted on one day.
      bar *= 0.75;
    } else if (OneStatistic(a, b)) {
      // "Inflasi IHK pada Juni 2023 tercatat 2,61 persen" and "Inflasi pada Juni 2023
      // tercatat 2,16 persen": one statistic of one month.
      bar *= 0.75;
    } else if (IsDate(a) && WeekdayNamesOther(a, b)) {
      // "dieksekusi di Lembah Sari pada Senin (18/6/2024)", a Tuesday, against "mengeksekusi
      // ... Senin (17/6/2024)": the weekday says which day both mean.
      bar *= 0.5;
    }
    if (s.score < bar) return absl::nullopt;
    return s;
  }

  // "denda Rp500 juta subsider 6 bulan kurungan" against "uang pengganti Rp 14,59 miliar
  // subsider 2 tahun penjara": terms tied to the figures beside them (compare.json
  // figure_tied_qualifiers), each beside figures and none the same, are two sums' terms.
  // Whether date `g` is dated by a word of any happening (generic_event_heads: "Longsor
  // terjadi pada Selasa malam, sekitar pukul 20.00") in words that name `d`'s happening
  // ('landslide'): the two dates are of one happening. Only between two times of day or
  // two days: a day with no time says nothing of a time's happening it would be lined up
  // with before another time of it.
  bool GenericEventOf(const Fact& g, const Fact& d) const {
    return (g.time.clock >= 0) == (d.time.clock >= 0) && rules_.generic_event_heads.contains(g.measures.head.str()) &&
           std::binary_search(g.measures.context.begin(), g.measures.context.end(), d.measures.head);
  }
  // Whether two dates are beside the same event word, or one beside a word of any
  // happening names the other's (GenericEventOf).
  bool OneEventWord(const Fact& a, const Fact& b) const {
    if (a.measures.head.empty() || b.measures.head.empty()) return false;
    return a.measures.head == b.measures.head || GenericEventOf(a, b) || GenericEventOf(b, a);
  }

  static bool TiedToOtherFigures(const Prepared& pa, const Prepared& pb) {
    return (pa.figure_tied || pb.figure_tied) && pa.beside_figure && pb.beside_figure &&
           !SharesFigure(*pa.fact, *pb.fact);
  }

  // The names among a term's own words when it is said of a person (personal_concepts:
  // a name of its sentence among its context words), its speaker's left out, sorted.
  WordList PersonNames(const Prepared& p) const {
    const Fact& f = *p.fact;
    if (!p.personal) return WordList();
    std::vector<absl::string_view> names;
    for (absl::string_view w : p.entity_words) {
      if (NameAmong(w, f.measures.context) && !HoldsSorted(p.speaker_words, w)) names.push_back(w);
    }
    std::sort(names.begin(), names.end());
    return WordList(names);
  }

  // "Jaksa menuntut Bayu dan Tono masing-masing delapan tahun penjara" against "tuntutan
  // jaksa yang meminta Wulan dihukum delapan tahun penjara": both terms' own words name
  // someone, and none the same.
  static bool NamesApart(const Prepared& pa, const Prepared& pb) {
    if (pa.person_names.empty() || pb.person_names.empty()) return false;
    // "jaksa KPK yang meminta Darmaji dihukum 12 tahun" against "jaksa KPK yang meminta
    // Sulaiman dihukum enam tahun": a body's acronym both write in capitals is no one the
    // figure is said of; names left on both sides, none the same, are two people.
    const size_t shared = CountShared(pa.person_names, pb.person_names);
    if (shared == 0) return true;
    const size_t acronyms = CountShared(pa.capital_names, pb.capital_names);
    return shared == acronyms && pa.person_names.size() > acronyms && pb.person_names.size() > acronyms;
  }
  // Whether lower-case word `w` of three letters or more stands in a fact's sentence
  // written in capitals, a whole word ("KPK").
  static bool InCapitals(const Fact& f, absl::string_view w) {
    constexpr size_t kMinAcronym = 3;
    return w.size() >= kMinAcronym && WholeWordIn(f.sentence_text, absl::AsciiStrToUpper(w));
  }
  // Whether `word` stands in `text` as a whole word (no letter or digit either side).
  static bool WholeWordIn(absl::string_view text, absl::string_view word) {
    for (size_t at = text.find(word); at != absl::string_view::npos; at = text.find(word, at + 1)) {
      const size_t end = at + word.size();
      if ((at == 0 || !absl::ascii_isalnum(static_cast<unsigned char>(text[at - 1]))) &&
          (end == text.size() || !absl::ascii_isalnum(static_cast<unsigned char>(text[end])))) {
        return true;
      }
    }
    return false;
  }

  // Whether a fact is dated to a day after its article's publication by a date written
  // before it in its sentence ("on the evening of June 15 with maximum sustained winds of
  // 140-150km per hour"; not "evacuated 62,000 and the rest will be moved by tomorrow", nor
  // an as-of date another sentence gives).
  bool Ahead(const Prepared& p) const {
    const Fact& f = *p.fact;
    const FactTime& t = f.time;
    const absl::optional<absl::CivilDay>& published = articles_[p.article].published;
    return t.present && t.resolved && !t.from.empty() && published && t.from.civil() > *published &&
           t.span.begin >= f.sentence_span.begin && t.span.end <= f.span.begin;
  }

  // Whether two sums share a context word neither's article also writes beside another
  // of its sums (Prepared::common_sum_words).
  static bool OwnSumWordShared(const Prepared& pa, const Prepared& pb) {
    bool own = false;
    ForEachShared(pa.fact->measures.context, pb.fact->measures.context, [&](absl::string_view w) {
      own = own || (!HoldsSorted(pa.common_sum_words, w) && !HoldsSorted(pb.common_sum_words, w));
    });
    return own;
  }

  bool SameValue(const Fact& a, const Fact& b) const {
    const Tolerance t = ConversionFree(TolFor(rules_, a.dimension), a, b);
    if (IsDate(a)) return a.date_from == b.date_from && a.date_to == b.date_to;
    if (std::isinf(a.value) || std::isinf(b.value)) return false;
    double tol = std::max({std::abs(a.value) * t.exact_relative, t.exact_absolute, 1e-9});
    bool same_nominal = std::abs(a.value - b.value) <= tol &&
                        std::abs(a.high - b.high) <= std::max(tol, std::abs(a.high) * t.exact_relative);
    if (!same_nominal) return false;
    if (a.bound == b.bound) return true;
    return PointLike(a.bound) && PointLike(b.bound);
  }

  // A period of days, first and last.
  using Days = std::pair<absl::CivilDay, absl::CivilDay>;

  // The period a fact's event happened in, as day numbers, when its sentence says.
  static absl::optional<Days> EventPeriod(const Fact& f) {
    if (IsDate(f) || !f.time.present || !f.time.resolved || f.time.from.empty() ||
        f.time.to.empty()) {
      return absl::nullopt;
    }
    return std::make_pair(f.time.from.civil(), f.time.to.civil());
  }

  // Whether two dates are one night: one a night with no time (date.night) on day D, the
  // other the small hours (date.small_hours) of D + 1.
  static bool OneNight(const Fact& a, const Days& da, const Fact& b, const Days& db) {
    auto night_before = [&](const Fact& night, const Days& n, const Fact& early, const Days& e) {
      return HasRule(night, "date.night") && HasRule(early, "date.small_hours") && n.first == n.second &&
             e.first == e.second && e.first == n.first + 1;
    };
    return night_before(a, da, b, db) || night_before(b, db, a, da);
  }

  // A period of a month or more: when something happened, too coarse to date a count.
  static bool Coarse(const Days& p) { return p.second - p.first >= 27; }
  // Whether two figures are dated to two months, quarters or years that do not overlap.
  static bool OfTwoPeriods(const Fact& a, const Fact& b) {
    const auto pa = EventPeriod(a), pb = EventPeriod(b);
    return pa && pb && Coarse(*pa) && Coarse(*pb) && (pa->second < pb->first || pb->second < pa->first);
  }
  // Whether two figures are both dated to one and the same month, quarter or year.
  static bool OfOnePeriod(const Fact& a, const Fact& b) {
    const auto pa = EventPeriod(a), pb = EventPeriod(b);
    return pa && pb && *pa == *pb && Coarse(*pa);
  }
  static bool Within(const Days& inner, const Days& outer) {
    return inner.first >= outer.first && inner.second <= outer.second;
  }

  // For a count dated to one day and another's report day: +1 when the dated day is
  // later, -1 when earlier, within the event window; 0 for the same day, a period, or
  // days further apart (another event, which EventFarFromReport has judged).
  int DayFromReport(const Days& dated, absl::CivilDay report) const {
    if (dated.first != dated.second || dated.first == report) return 0;
    if (std::abs(dated.first - report) > rules_.event_window_days) return 0;
    return dated.first > report ? 1 : -1;
  }

  // The time of day a count was taken, -1 when none is written: not the time of the
  // event that dates it (rule time.event: "Kebakaran ... Senin (29/3/2021) dini hari
  // menyebabkan enam orang mengalami luka berat" was counted later, not at 02:00).
  static int CountClock(const Fact& f) { return HasRule(f, kEventDated) ? -1 : f.time.clock; }

  // Whether count `f`, dated `days` by its event (rule time.event), not by an until or
  // as-of word, is a running tally counted by its report: the event's day is before the
  // report's and within the event window of it.
  bool CountedByReport(const Fact& f, const Days& days, const ArticleMeta& art) const {
    return HasRule(f, kEventDated) && art.published && days.first == days.second && days.second < *art.published &&
           *art.published - days.first <= rules_.event_window_days;
  }

  // Whether a dated event lies further from the report of an undated fact than the event
  // window: the undated fact is about the time of its report.
  bool EventFarFromReport(const Days& event, absl::CivilDay report) const {
    const int64_t apart = std::max<int64_t>(0, std::max(event.first - report, report - event.second));
    return apart > rules_.event_window_days;
  }

  // Whether `f`, a figure over a period, is the statistic another figure gives dated by a
  // single day right after the period (its release: "inflasi tahun kalender Januari–Juni
  // 2019 mencapai 2,05 persen" against "Data BPS yang dirilis Senin (1/7/2019)
  // menunjukkan ... inflasi tahun kalender 2,50%").
  bool ReleasedAfterPeriod(const Fact& f, const Days& period, const Days& other) const {
    return other.first == other.second && StatisticOfPeriodJustPast(f, period, other.first);
  }

  // Whether `f`, a figure over a period (kPeriodTotal: "tumbuh 5,05 persen pada kuartal
  // III-2023"), is a statistic of the period a report of day `report` is still news of:
  // published after the period ended, within period_report_days.
  bool StatisticOfPeriodJustPast(const Fact& f, const Days& period, absl::CivilDay report) const {
    return HasRule(f, kPeriodTotal) && report > period.second && report - period.second <= rules_.period_report_days;
  }

  // Whether an article carries both claims with their speakers, so the outlets agree on
  // who said what and the disagreement is between the quoted parties.
  bool SomeOutletReportsBoth(const Prepared& pa, const Prepared& pb) const {
    absl::flat_hash_map<size_t, int> seen;  // article -> bit 1: has a's claim, 2: b's
    for (const auto& [claim, bit] : {std::pair<const Prepared*, int>{&pa, 1}, {&pb, 2}}) {
      auto it = attributed_claims_.find(ClaimKey(*claim));
      if (it == attributed_claims_.end()) continue;
      // The party: the claim's speaker and each speaker its own article gives the same
      // claim to ("three people have been arrested, police said" and "Det Insp Leah
      // Marchetti said the three people arrested": one party).
      std::vector<const Prepared*> party = {claim};
      for (size_t i : it->second) {
        if (prepared_[i].article == claim->article) party.push_back(&prepared_[i]);
      }
      for (size_t i : it->second) {
        for (const Prepared* p : party) {
          if (!DifferentSpeakers(prepared_[i], *p)) {
            seen[prepared_[i].article] |= bit;
            break;
          }
        }
      }
    }
    for (const auto& [article, bits] : seen) {
      if (bits == 3) return true;
    }
    return false;
  }

  // A context key as the sentence writes it: a stem ("kirim" -> "mengirimkan") or a
  // concept id ("death" -> "tewas", "arrested" -> "ditangkap"); keys not found stay as
  // they are.
  std::string AsWritten(const Fact& f, const std::string& key) const {
    if (rules_.stemmer == nullptr) return key;
    const auto* concepts = rules_.word_concepts.get();
    auto names = [&](const std::string& word) {
      if (concepts == nullptr) return false;
      auto it = concepts->find(word);
      return it != concepts->end() && it->second == key;
    };
    for (absl::string_view w : absl::StrSplit(f.sentence_text, absl::ByAnyChar(" ,.;:!?\"()[]'\n\t"),
                                              absl::SkipEmpty())) {
      std::string lower = absl::AsciiStrToLower(w);
      if (lower == key) return key;
      const std::string stem = rules_.stemmer->Stem(lower);
      if (stem == key || names(lower) || names(stem)) return lower;
    }
    return key;
  }

  // Whether two measures write one figure in two units of their dimension ("1.146
  // kilogram" against "1.146 ton", "about 60km/h" against "about 60mph"): one outlet's
  // unit is wrong, however far apart the two lie.
  static bool OneFigureTwoUnits(const Fact& a, const Fact& b) {
    return a.kind == FactKind::kQuantity && b.kind == FactKind::kQuantity && a.dimension == b.dimension &&
           a.surface_value != 0 && a.surface_value == b.surface_value && a.surface_high == b.surface_high &&
           !a.surface_unit.empty() && !b.surface_unit.empty() && a.unit == b.unit && a.value != b.value;
  }

  // Whether two measures lie further apart than unrelated_ratio, or two counts or sums
  // further than figure_unrelated_ratio (both positive).
  bool Unrelated(const Fact& a, const Fact& b) const {
    auto measure = [](const Fact& f) { return f.kind == FactKind::kQuantity || f.kind == FactKind::kDuration; };
    const double ratio = measure(a) && measure(b)   ? rules_.unrelated_ratio
                         : IsFigure(a) && IsFigure(b) ? rules_.figure_unrelated_ratio
                                                  : 0;
    if (ratio <= 0 || OneFigureTwoUnits(a, b)) return false;
    // An open bound ("lebih dari 24 jam") has no high: its low stands for it.
    auto top = [](const Fact& f) { return std::isfinite(f.high) ? std::max(f.high, f.value) : f.value; };
    const double lo = std::min(top(a), top(b));
    const double hi = std::max(a.value, b.value);
    return lo > 0 && hi / lo > ratio;
  }

  // Whether two figures that differ hold no outlet to a claim: an order of magnitude
  // ("hundreds dead" against "the death toll stood at five"), two measures too far apart
  // to be readings of one ("lebih dari 24 jam" against "48 menit 56 detik"), or people
  // of whom one of the two does not say which ("103 orang" against "20 orang", "15
  // orang" against "1.976 pengungsi"), or an outlet's conversion of its sum into another
  // currency ("200,000 rupees ($2,700; £1,950)" against "(£1,900)").
  bool NoClaimBetween(const Fact& a, const Fact& b) const {
    return (rules_.vague_never_contradicts && (a.vague || b.vague)) || Unrelated(a, b) ||
           Stateless(a) || Stateless(b) || HasRule(a, kMoneyConverted) || HasRule(b, kMoneyConverted);
  }

  // A count of a stateless_heads concept with no state.
  bool Stateless(const Fact& f) const {
    return f.kind == FactKind::kCount && f.measures.qualifier.empty() &&
           rules_.stateless_heads.contains(f.measures.head.str());
  }

  // A count below min_stateless_count with no state ("one resident said"): no claim of how many.
  bool StatelessFew(const Fact& f) const {
    return f.measures.qualifier.empty() && !f.vague && f.value < rules_.min_stateless_count;
  }

  // Whether a figure is given as a tally that moved: an update word among its context
  // words, or among the words right before it as its sentence writes them ("bertambah
  // menjadi tiga orang": the context holds stems, "tambah" and "jadi").
  bool UpdateMarked(const Fact& f) const { return MarkedBy(f, rules_.update_markers); }
  // Whether f is given as updated by a marker that says so of any figure, not only of a
  // running tally (one of update_markers whose value is true: no weak one).
  bool StronglyUpdateMarked(const Fact& f) const { return MarkedBy(f, rules_.update_markers, /*strong=*/true); }
  // Whether f is given as updated: by any update marker for a running tally, by a strong
  // one for any other figure.
  bool UpdateMarkedFor(const Fact& f, bool running) const {
    return running ? UpdateMarked(f) : StronglyUpdateMarked(f);
  }
  // Of two facts, the one whose words hold a revision_concepts concept the other's do not
  // ("berdasarkan hasil pemutakhiran ... 61 km"), or the lower one when a word right
  // before it gives it as lowered and none does so before the other ("Ministry lowers train
  // crash death toll to 19" against "killing 32"; lowered_markers); or null.
  const Fact* RevisedOne(const Prepared& pa, const Prepared& pb) const {
    const Fact& a = *pa.fact;
    const Fact& b = *pb.fact;
    // A date in a sentence with a figure beside it ("Berdasarkan pendataan terbaru, total
    // warga yang berada di lokasi saat longsor terjadi pada Minggu pukul 17.00 berjumlah
    // 83 orang") is no revised date: the revision is the figure's.
    auto revised = [](const Prepared& p, const std::string& c) {
      return HoldsWord(*p.fact, c) && !(IsDate(*p.fact) && p.beside_figure);
    };
    for (const std::string& c : rules_.revision_concepts) {
      const bool in_a = revised(pa, c);
      if (in_a != revised(pb, c)) return in_a ? &a : &b;
    }
    if (a.value == b.value) return nullptr;
    const Fact& lower = a.value < b.value ? a : b;
    const Fact& higher = a.value < b.value ? b : a;
    return MarkedBefore(lower, rules_.lowered_markers) && !MarkedBefore(higher, rules_.lowered_markers) ? &lower
                                                                                                       : nullptr;
  }
  // The concept of `readings` both quantities' words hold, or null.
  static const std::string* ReadingOf(const Fact& a, const Fact& b, const std::vector<std::string>& readings,
                                      bool counts) {
    // (A share's price, a night's arrests: sums and counts are read so too; but no count
    // is a reading of a measure that changes by the hour, an ash column's height: "14 kali
    // letusan" beside it counts eruptions.)
    if (a.kind != b.kind || IsDate(a) || (!counts && a.kind == FactKind::kCount)) return nullptr;
    for (const std::string& r : readings) {
      if (HoldsWord(a, r) && HoldsWord(b, r)) {
        return &r;
      }
    }
    return nullptr;
  }

  // Whether two facts have one head of timeless_heads: a property of a thing (its floors)
  // or a date of one ("built", "direnovasi"), which no happening of the story dates.
  bool OfOneThing(const Fact& a, const Fact& b) const {
    return a.measures.head == b.measures.head && rules_.timeless_heads.contains(a.measures.head.str());
  }

  // Whether two dates are of readings of one measure that changes by the hour (their event
  // word is of compare.json readings: an ash column's height).
  bool ReadingDates(const Fact& a, const Fact& b) const {
    return a.measures.head == b.measures.head &&
           std::find(rules_.readings.begin(), rules_.readings.end(), a.measures.head.str()) != rules_.readings.end();
  }

  // Whether two readings give one day and clock times within same_moment_minutes.
  static bool ReadAtOneMoment(const Fact& a, const Fact& b, int minutes) {
    return SameCountDay(a, b) && a.time.clock >= 0 && b.time.clock >= 0 && std::abs(ClockGap(a, b)) <= minutes;
  }

  // The lower of two counts when it is a running tally given as standing so far
  // (so_far_markers: "We have so far recovered 30 bodies"), or null. (A deployment, in
  // progress by its verb, says no such thing: two counts of one day still disagree.)
  // So is a count taken up to a time of the day ("87 bodies had been pulled out by
  // mid-afternoon", rule time.until) against one of that day with no time.
  const Fact* CountSoFar(const Fact& a, const Fact& b) const {
    const Fact& lower = a.value < b.value ? a : b;
    const Fact& higher = a.value < b.value ? b : a;
    const bool counted_until = HasRule(lower, kCountedUntil) && lower.time.clock >= 0 && higher.time.clock < 0;
    // ("sekitar 150 rumah" against the day's "171 rumah rusak": a round estimate of the day
    // below an exact count of it is an early one.)
    const bool estimate = lower.bound == Bound::kApprox && higher.bound == Bound::kExact;
    if (a.value == b.value || !rules_.RunningTally(lower.measures) ||
        !(counted_until || estimate || SoFarMarked(lower))) {
      return nullptr;
    }
    return &lower;
  }
  // Whether an earlier report's figure says it has moved or stands for now ("Saat ini
  // sudah 50 unit mobil pemadam", "Indonesia kini mengoleksi 29 medali emas"): a figure
  // that moves, which a later report's higher one supersedes, whatever it counts.
  bool StandsForNow(const Fact& a) const {
    return StronglyUpdateMarked(a) || MarkedBefore(a, rules_.fall_markers) || SoFarMarked(a);
  }
  // Whether measure b, later and lower than a, is given as fallen since (fall_markers):
  // a level, not a running tally (whose falls RevisedDown judges), a time or an age; or a
  // count ("Hari ini masih ada 12 perjalanan KA yang memutar" a day after "16 perjalanan
  // KA kami alihkan").
  bool FellSince(const Fact& a, bool running, const Fact& b) const {
    return !running && (a.kind == FactKind::kQuantity || a.kind == FactKind::kCount) &&
           !rules_.identity_qualifier.contains(a.dimension.str()) && MarkedBefore(b, rules_.fall_markers);
  }
  // Whether a word of compare.json whole_markers stands right before count `f` ("saved
  // all 12 boys and their coach", "seluruh 34 penumpang").
  bool WholeMarked(const Fact& f) const {
    if (rules_.whole_markers.size() == 0 || f.kind != FactKind::kCount || f.span.begin < f.sentence_span.begin) {
      return false;
    }
    const size_t end = f.span.begin - f.sentence_span.begin;
    if (end > f.sentence_text.size()) return false;
    const absl::string_view before = absl::StripTrailingAsciiWhitespace(absl::string_view(f.sentence_text).substr(0, end));
    size_t k = before.size();
    while (k > 0 && absl::ascii_isalpha(static_cast<unsigned char>(before[k - 1]))) --k;
    return k < before.size() && rules_.whole_markers.Find(absl::AsciiStrToLower(before.substr(k))) != nullptr;
  }

  // "has saved all 12 boys and their soccer coach" against "The eight boys rescued on
  // Sunday and Monday": a count given as the whole and a smaller count of the same thing,
  // which may be a part of it; "" when not so.
  std::string WholeNote(const Fact& a, const Fact& b, const ArticleMeta& art_a, const ArticleMeta& art_b) const {
    for (const auto& [whole, part, outlet] : {std::make_tuple(&a, &b, &art_a), std::make_tuple(&b, &a, &art_b)}) {
      if (whole->interval.low > part->interval.high && WholeMarked(*whole) && !WholeMarked(*part)) {
        return absl::StrCat(outlet->outlet, " gives ", FormatValue(*whole), " as the whole: ", FormatValue(*part),
                            " may be a part of them");
      }
      // ("62 dari 65 orang di dalam pesawat": a part its own words give as one of a whole
      // written beside it, against another outlet's count of that whole.)
      if (whole->interval.low > part->interval.high && part->part && !whole->part && BesideFigure(*part, whole->value)) {
        const ArticleMeta& part_outlet = outlet == &art_a ? art_b : art_a;
        return absl::StrCat(part_outlet.outlet, " gives ", FormatValue(*part), " as a part: ", FormatValue(*whole),
                            " may be the whole");
      }
    }
    return "";
  }

  // Whether figure `value` (in f's unit: a count's) is written beside fact f, among its
  // context words (kFigureMark: "62 dari 65 orang": "#65").
  static bool BesideFigure(const Fact& f, double value) {
    return HoldsWord(f, absl::StrCat(absl::string_view(&kFigureMark, 1), value));  // as CoFigureAt spells it
  }

  // Whether a word of `markers` is among fact f's context words or written right before it.
  bool MarkedBy(const Fact& f, const Lexicon<bool>& markers, bool strong = false) const {
    if (markers.size() == 0) return false;
    for (absl::string_view w : f.measures.context) {
      if (const bool* v = markers.Find(w); v != nullptr && (*v || !strong)) return true;
    }
    return MarkedBefore(f, markers, strong);
  }
  // Whether a word of `markers` is written in the 40 bytes of fact f's sentence before it.
  static bool MarkedBefore(const Fact& f, const Lexicon<bool>& markers, bool strong = false) {
    if (markers.size() == 0 || f.span.begin < f.sentence_span.begin) return false;
    const size_t end = f.span.begin - f.sentence_span.begin;
    if (end > f.sentence_text.size()) return false;
    constexpr size_t kBytesBefore = 40;
    const size_t begin = end > kBytesBefore ? end - kBytesBefore : 0;
    // A window that starts inside a word leaves out that word's end.
    return MarkerIn(absl::string_view(f.sentence_text).substr(begin, end - begin), markers, begin > 0, strong);
  }

  // Whether a word of `markers` is written right after fact f in its sentence ("We have
  // rescued around 25 people so far").
  static bool MarkedAfter(const Fact& f, const Lexicon<bool>& markers) {
    if (markers.size() == 0 || f.span.end < f.sentence_span.begin) return false;
    const size_t begin = f.span.end - f.sentence_span.begin;
    if (begin > f.sentence_text.size()) return false;
    constexpr size_t kBytesAfter = 24;
    return MarkerIn(absl::string_view(f.sentence_text).substr(begin, kBytesAfter), markers, /*cut_first=*/false);
  }
  // Whether a running tally is given as standing so far (so_far_markers), before or after
  // its figure.
  bool SoFarMarked(const Fact& f) const {
    return MarkedBy(f, rules_.so_far_markers) || MarkedAfter(f, rules_.so_far_markers);
  }

  // Whether fact x's article comes after y's in a finding: reported later, or the same
  // day (or either undated) with the later article id.
  bool ReportedAfter(const Prepared& x, const Prepared& y) const {
    const ArticleMeta& mx = articles_[x.article];
    const ArticleMeta& my = articles_[y.article];
    if (mx.published && my.published && *mx.published != *my.published) return *my.published < *mx.published;
    return my.id < mx.id;
  }

  absl::optional<Finding> Judge(const Prepared& pa, const Prepared& pb, Similarity sim) const {
    // Order the pair: a is the earlier-published (then lower article id) fact.
    const Prepared* first = &pa;
    const Prepared* second = &pb;
    if (ReportedAfter(pa, pb)) std::swap(first, second);
    const Fact& a = *first->fact;
    const Fact& b = *second->fact;
    const ArticleMeta& art_a = articles_[first->article];
    const ArticleMeta& art_b = articles_[second->article];
    bool same = SameValue(a, b);
    // "sejak 1 Januari hingga 14 Januari 2024" against "1 hingga 7 Januari 2024": the two
    // ends a range of days is written with are exact, the period of one thing, not a
    // span somewhere in which it happened.
    constexpr absl::string_view kDateRangeRule = "date.range";  // dates.json's range words
    const bool exact_ranges = HasRule(a, kDateRangeRule) && HasRule(b, kDateRangeRule);
    bool overlap = exact_ranges && !same ? false : Overlapping(a, b);
    // Two such ranges that share an end are one period, its other end misreported.
    const bool one_period = exact_ranges && (a.value == b.value || a.high == b.high);
    // "Tarif baru berlaku mulai Senin (3/6) pukul 00.00" against "mulai Selasa (4/6)
    // pukul 00.00": two dates open on one side (both since, both until) name one start or
    // one end, which two days cannot both be.
    if (IsDate(a) && !same && a.bound == b.bound && (a.bound == Bound::kAtLeast || a.bound == Bound::kAtMost)) {
      overlap = false;
    }
    // "The boat left Kestrel port at 10 a.m." in reports of Saturday and Monday: a time
    // whose sentence names no day took its day from elsewhere, so the two are times of
    // one day, compared by the clock alone.
    const bool guessed_day = !same && ClocksOfOneGuessedDay(a, b);
    if (guessed_day) same = overlap = true;
    // "pukul 23.00 WIB" dated by its report's day against "pada Selasa malam": the
    // clock's day is a guess, so the two may be one day (compatible).
    const bool guessed_against_day = !same && !guessed_day && ClockOfGuessedDayAgainstDay(a, b);
    if (guessed_against_day) overlap = true;
    // "up to 450,000 people were displaced" against "as many as 45,000 people": two upper
    // bounds whose figures are the same digits at another scale are one figure with a
    // slipped digit, not two bounds that agree.
    const bool slipped_bounds = overlap && !same && !IsDate(a) && UpperBounds(a, b) && SlippedScale(a, b);
    if (slipped_bounds) overlap = false;
    // Figures that differ but hold no outlet to a claim (NoClaimBetween) make no finding,
    // before any of the finding is built.
    if (!IsDate(a) && !same && !overlap && NoClaimBetween(a, b)) return absl::nullopt;

    Finding f;
    f.a = first->index;
    f.b = second->index;
    f.id = FindingId(a, b);
    f.similarity = std::move(sim);
    std::vector<std::string> why;
    if (slipped_bounds) why.push_back("the same digits at another scale: one outlet slipped a digit");
    if (f.similarity.head && HasConceptHead(a)) {
      why.push_back(absl::StrCat("both about ", a.measures.head.str(),
                                 a.measures.qualifier.empty() ? "" : absl::StrCat(" (", a.measures.qualifier.str(), ")")));
    } else {
      why.push_back(absl::StrCat("both a ", a.dimension.str()));
    }
    if (!a.measures.scope.empty() && !b.measures.scope.empty()) {
      // Both name the area they count ("di Kabupaten Lembah Sari"); the shorter name.
      const Symbol& area = a.measures.scope.size() <= b.measures.scope.size() ? a.measures.scope : b.measures.scope;
      why.push_back(absl::StrCat("both in ", area.str()));
    }
    if (!f.similarity.shared_entities.empty()) {
      why.push_back(absl::StrCat("shared names: ", absl::StrJoin(f.similarity.shared_entities, ", ")));
    }
    if (!f.similarity.shared_context.empty()) {
      std::vector<std::string> ctx, figures;
      for (std::string& w : f.similarity.shared_context.ToVector()) {
        if (w[0] == kWindowMark) continue;  // told by OverDifferentWindows, not shown
        if (w[0] == kFigureMark) {
          figures.push_back(w.substr(1));
        } else if (ctx.size() < 6) {
          ctx.push_back(AsWritten(a, w));
        }
      }
      std::sort(ctx.begin(), ctx.end());
      ctx.erase(std::unique(ctx.begin(), ctx.end()), ctx.end());
      if (!ctx.empty()) why.push_back(absl::StrCat("shared words: ", absl::StrJoin(ctx, ", ")));
      if (!figures.empty()) why.push_back(absl::StrCat("both beside ", absl::StrJoin(figures, ", ")));
    }
    if (!f.similarity.shared_speaker.empty() && f.similarity.shared_entities.empty() &&
        f.similarity.shared_context.empty()) {
      why.push_back(absl::StrCat("same source: ", absl::StrJoin(f.similarity.shared_speaker, ", ")));
    }
    why.push_back(absl::StrCat(FormatValue(a), " vs ", FormatValue(b)));
    if (guessed_day) {
      const Fact& guessed = HasRule(a, kDayFromContext) ? a : b;
      why.push_back(absl::StrCat("no day is written beside ", guessed.text, ": compared as times of one day"));
    } else if (guessed_against_day) {
      const Fact& guessed = HasRule(a, kDayFromContext) ? a : b;
      why.push_back(absl::StrCat("no day is written beside ", guessed.text, ": it may be of the other's day"));
    }
    if (overlap && !same && !IsDate(a)) {
      const Tolerance t = ConversionFree(TolFor(rules_, a.dimension), a, b);
      if (!Intersects(Widened(a, t, /*rounding=*/false), Widened(b, t, /*rounding=*/false))) {
        const Fact& coarse = a.precision >= b.precision ? a : b;
        why.push_back(absl::StrCat("within the rounding of ", coarse.text, " as written"));
      }
    }

    // "206 kasus dari 20 provinsi dengan angka kematian 99" and "206 kasus di 22 provinsi,
    // 99 di antaranya meninggal": counts beside the same two other figures are of one
    // release, whatever day each report gives it; neither updates the other.
    int shared_figures = 0;
    for (absl::string_view w : f.similarity.shared_context) shared_figures += w[0] == kFigureMark;
    const bool one_release = shared_figures >= 2;
    // Time frames: two dated events that do not overlap, or undated facts from reports
    // far apart, are different events.
    auto ta = EventPeriod(a);
    auto tb = EventPeriod(b);
    // Two measures said of one name ("the women's prison in Harlan, about 50km north-west
    // of the capital" in a sentence of Tuesday, "in Harlan, about 25 km from the capital"
    // in one of Wednesday; "The Calloway, which is 190 metres long"): where a place lies
    // or how long a ship is belongs to no happening, and no day dates it.
    const bool one_named_thing =
        a.kind == FactKind::kQuantity && b.kind == FactKind::kQuantity &&
        std::any_of(f.similarity.shared_context.begin(), f.similarity.shared_context.end(),
                    [](absl::string_view w) { return MarkKind(w) == Mark::kLocated; });
    // An age is as of its report, whatever day its sentence names ("Sopir bus, Darman
    // (32), turut menjadi korban tewas ... pada Sabtu" against "Darman (52),
    // dimakamkan ... pada Minggu").
    const bool aged = rules_.identity_qualifier.contains(a.dimension.str());
    // So is a property of a thing (timeless_heads: "a seven-storey building" in a sentence
    // of the fire's Thursday, "an eight-storey building" in one of Saturday's arrests),
    // which no tally runs.
    const bool property = !IsDate(a) && OfOneThing(a, b);
    if (one_named_thing || aged || property) {
      ta.reset();
      tb.reset();
    }
    // (A measure's damage word may stand beyond one outlet's window: either says it.)
    // (A figure as it stood at an until or as-of date runs, whatever it counts: "hingga
    // Kamis (30/6) pukul 08.00 WIB, sebanyak 232.374 wajib pajak".)
    // (A person's age is no tally, whatever stands beside it: "penumpang yang masih dicari
    // yaitu Darsono (60)".)
    // ("Inflasi pada Juni 2023 tercatat 2,16 persen, masih dalam rentang sasaran": a
    // statistic of one period, named as such, runs no tally, whatever words of progress
    // stand beside it.)
    const bool named_statistic = OneStatistic(a, b);
    const bool running = !aged && !property && !named_statistic &&
                         (Running(a) || (a.kind == FactKind::kQuantity && Running(b)) ||
                          HasRule(a, kCountedUntil) || HasRule(b, kCountedUntil));
    // "banjir bandang pada Sabtu malam ... menyebabkan 153 orang luka-luka" in a report of
    // Thursday: a tally dated by its event a few days before its report was counted when
    // the report says, as an undated one is.
    if (running) {
      if (ta && CountedByReport(a, *ta, art_a)) ta.reset();
      if (tb && CountedByReport(b, *tb, art_b)) tb.reset();
    }
    if (running && ta && tb) {
      // "gempa yang terjadi pada awal tahun 2024 ... 303 unit" against a count of 4
      // January: a month or a year says when the event happened, not when a running
      // tally was counted; within it, the day-dated count is the one that is dated.
      if (Coarse(*ta) && !Coarse(*tb) && Within(*tb, *ta)) ta.reset();
      else if (Coarse(*tb) && !Coarse(*ta) && Within(*ta, *tb)) tb.reset();
    }
    int pub_gap = (art_a.published && art_b.published)
                      ? static_cast<int>(std::abs(*art_b.published - *art_a.published))
                      : 0;
    bool different_event = false;
    std::string time_note;
    int clock_gap = 0;  // minutes from a's count of the day to b's, when both give a time
    int day_gap = 0;    // days from a's count to b's, when both are dated
    // Both dated to one and the same month, quarter or year, and no running tally: one
    // statistic of one period ("The jobless rate was 4.2% in August" against
    // "unemployment, at 4.3% in August"), which a later report does not supersede unless
    // it says so (a revision).
    bool one_statistic = false;
    // Two past events dated far from both reports are history, not counts of a tally
    // still running: "In 2014, more than 200 people died" and "In 2015, about 70 people
    // died" are two events; "the Blizzard of 1977, which killed 23 people" and "the 1977
    // blizzard, which killed 29 people", one settled toll that no later report updates.
    bool history = false;
    if (ta && tb) {
      int64_t apart = std::max<int64_t>(0, std::max(ta->first - tb->second, tb->first - ta->second));
      // (Past only: "hingga Juni 2024" in a report of February is a plan's end.)
      history = art_a.published && art_b.published && ta->second < *art_a.published &&
                tb->second < *art_b.published && EventFarFromReport(*ta, *art_a.published) &&
                EventFarFromReport(*tb, *art_b.published);
      if (running && !history && apart > 0 && apart <= rules_.event_window_days && !Coarse(*ta) &&
          !Coarse(*tb)) {
        // A running tally is dated by the report that gives it ("Selasa (3/9)"), so
        // close dates are successive counts of one event, not two events. A month or a
        // year apart from the other's days dates another event ("a helicopter that
        // crashed in Dunmore in June, killing six" against 29 killed on Sunday, July 4).
        time_note = absl::StrCat("counted on ", a.time.from.str(), " and ", b.time.from.str());
        day_gap = tb->first > ta->second ? 1 : -1;
      } else if ((ta->second < tb->first || tb->second < ta->first) && !ReleasedAfterPeriod(a, *ta, *tb) &&
                 !ReleasedAfterPeriod(b, *tb, *ta)) {
        different_event = true;
        time_note = absl::StrCat("events dated ", a.time.from.str(), " and ", b.time.from.str());
      } else if (running && a.time.from == b.time.from && a.time.to == b.time.to &&
                 CountClock(a) >= 0 && CountClock(b) >= 0 && a.time.clock != b.time.clock) {
        // "hingga pukul 18.27 WIB" and "pukul 19.34 WIB" of one day: two counts of the day.
        clock_gap = ClockGap(a, b);
        time_note = absl::StrCat("counted at ", ClockText(a.time.clock), " and ", ClockText(b.time.clock), " on ",
                                 a.time.from.str());
      } else if (running && a.time.from == b.time.from && a.time.to == b.time.to &&
                 (CountClock(a) >= 0) != (CountClock(b) >= 0) &&
                 std::max(CountClock(a), CountClock(b)) < rules_.unclocked_later_than) {
        // "hingga Senin (8/7) dini hari, ... tujuh orang" against another outlet's 11 of
        // Monday, no time given: the count of the small hours is presumed the earlier.
        clock_gap = CountClock(a) >= 0 ? 1 : -1;
        time_note = absl::StrCat("counted at ", ClockText(std::max(CountClock(a), CountClock(b))),
                                 " and later on ", a.time.from.str());
      } else if (a.kind == FactKind::kQuantity && !running && a.time.from == b.time.from && a.time.clock >= 0 &&
                 b.time.clock >= 0 && std::abs(ClockGap(a, b)) > MeasuredMomentsApart(a, b)) {
        // "Gempa berkekuatan M 4,1 terjadi pukul 14.35" and "M 4,8 ... pukul 20.34": the
        // measures of two moments of one day are two happenings' (not counts: "75 pendaki"
        // at the eruption and in the evening's statement are one count).
        different_event = true;
        time_note = absl::StrCat("at ", ClockText(a.time.clock), " and ", ClockText(b.time.clock), " on ",
                                 a.time.from.str());
      } else {
        time_note = absl::StrCat("same time frame (", a.time.from.str(), ")");
        one_statistic = !running && *ta == *tb && Coarse(*ta);
        // "5,000 people arrived on 112 boats on Tuesday" against "8,500 people arrived on
        // 199 boats between Monday and Wednesday": a count over days that hold another's
        // day may count more; only a smaller one disagrees. (Counts that are no running
        // tally: a tally's later count is judged as an update.)
        const bool a_longer = Within(*tb, *ta) && *ta != *tb;
        const bool b_longer = Within(*ta, *tb) && *ta != *tb;
        if (!same && !overlap && !running && a.kind == FactKind::kCount && (a_longer || b_longer)) {
          const Fact& longer = a_longer ? a : b;
          const Fact& shorter = a_longer ? b : a;
          if (longer.interval.high >= shorter.interval.low) {
            overlap = true;
            time_note = absl::StrCat(longer.text, " counts over ", longer.time.from.str(), " to ",
                                     longer.time.to.str(), ", which holds the day of ", shorter.text);
          }
        }
      }
    } else if (aged && !same && pub_gap > rules_.event_window_days) {
      // One person's or one thing's age (they line up by its name alone) written months
      // apart: one claim, grown by a year for each year between the reports, and never
      // smaller in the later report.
      const int years = static_cast<int>(std::ceil(pub_gap / 365.25));
      time_note = absl::StrCat("reported ", pub_gap, " days apart, in which an age grows by up to ", years);
      const bool a_later = art_a.published && art_b.published && *art_a.published > *art_b.published;
      const double growth = a_later ? a.value - b.value : b.value - a.value;
      if (growth >= 0 && growth <= years) overlap = true;
    } else if (pub_gap > rules_.event_window_days && !(IsDate(a) && SameValue(a, b)) && !one_named_thing &&
               !(rules_.timeless_heads.contains(a.measures.head.str()) && a.measures.head == b.measures.head)) {
      // (Two reports far apart that name one date agree on it: "bulan ini" of 5 September
      // and "bulan lalu" of 18 October both name September.)
      different_event = true;
      time_note = absl::StrCat("reported ", pub_gap, " days apart");
    } else if ((ta || tb) && art_a.published && art_b.published &&
               EventFarFromReport(ta ? *ta : *tb, ta ? *art_b.published : *art_a.published) &&
               !StatisticOfPeriodJustPast(ta ? a : b, ta ? *ta : *tb, ta ? *art_b.published : *art_a.published)) {
      // "In March 2011, a quake ... killed 16 people" against an undated "41 dead" in a
      // report of 2024: the dated one is another event.
      different_event = true;
      const Fact& dated = ta ? a : b;
      time_note = absl::StrCat("event dated ", dated.time.from.str(), ", the other reported ",
                               absl::FormatCivilTime(ta ? *art_b.published : *art_a.published));
    } else if (running && (ta || tb) && art_a.published && art_b.published &&
               EarlyCountOfReportDay(ta ? a : b, ta ? *art_b.published : *art_a.published)) {
      // The same, when the other count has no date at all and is reported that day.
      clock_gap = ta ? 1 : -1;
      const Fact& early = ta ? a : b;
      time_note = absl::StrCat("counted at ", ClockText(early.time.clock), " and later on ", early.time.from.str());
    } else if (const int gap = running && (ta || tb) && art_a.published && art_b.published
                                   ? DayFromReport(ta ? *ta : *tb, ta ? *art_b.published : *art_a.published)
                                   : 0;
               gap != 0) {
      // A running tally counted on one day ("pada 31 Desember 2023, 143 bangunan rusak")
      // against another outlet's undated count, which is its report's: two counts a day
      // or more apart, the later of which may supersede the earlier.
      day_gap = ta ? -gap : gap;
      const Fact& dated = ta ? a : b;
      time_note = absl::StrCat("counted on ", dated.time.from.str(), ", the other reported ",
                               absl::FormatCivilTime(ta ? *art_b.published : *art_a.published));
    } else if (art_a.published && art_b.published) {
      time_note = pub_gap == 0 ? "reported the same day"
                               : absl::StrCat("reported ", pub_gap, " day", pub_gap == 1 ? "" : "s", " apart");
    }
    if (!time_note.empty()) why.push_back(time_note);
    if (a.caption || b.caption) why.push_back("one passage is a photo caption");

    // Two times of one day ("took off at about 1:56 p.m.", "lost contact at 2:40 p.m."):
    // the same moment within a few minutes; else a contradiction when both say when one
    // thing happened, and two moments of the day otherwise.
    const bool moments_differ = IsDate(a) && same && a.time.clock >= 0 && b.time.clock >= 0 &&
                                std::abs(ClockGap(a, b)) > MomentMinutes(a, b);
    if (moments_differ) {
      if (!OneEventWord(a, b)) return absl::nullopt;
      // "Hingga pukul 15.00 WIB, BMKG mencatat 25 kali gempa susulan" and "Hingga pukul
      // 20.00 WIB, ... 62 kali": two bounds of a count, no times of one happening.
      if (!PointLike(a.bound) && !PointLike(b.bound)) return absl::nullopt;
      // "Hingga Minggu pukul 22.00 WIB telah terjadi 47 kali gempa susulan" against "Gempa
      // utama terjadi pada Minggu malam sekitar pukul 19.46 WITA": a time a count was taken
      // up to is no time of the happening.
      auto until = [](Bound bound) { return bound == Bound::kAtMost || bound == Bound::kLessThan; };
      if (until(a.bound) || until(b.bound)) return absl::nullopt;
      same = overlap = false;
      why.push_back(absl::StrCat(ZonedClock(a), " vs ", ZonedClock(b)));
      // "pukul 10.15 WIT" against "pada pukul 10.15 WIB": one time of day in two zones is
      // one outlet's zone gone wrong, not two moments hours apart.
      const bool zone_slip = a.time.clock == b.time.clock && a.time.zone != FactTime::kNoZone &&
                             b.time.zone != FactTime::kNoZone && a.time.zone != b.time.zone;
      if (zone_slip) {
        why.push_back("the same time of day in two time zones: one outlet named the wrong zone");
      } else if (const std::string apart = SentencesMeasureApart(*first, *second); !apart.empty()) {
        // "Gempa pertama bermagnitudo 4,1 terjadi pukul 14.35" and "gempa terkuat
        // bermagnitudo 4,8 terjadi pada pukul 20.34": two quakes of a series.
        different_event = true;
        why.push_back(apart);
      } else if (rules_.guessed_moments_apart_minutes > 0 && (HasRule(a, kDayFromContext) || HasRule(b, kDayFromContext)) &&
                 std::abs(ClockGap(a, b)) > rules_.guessed_moments_apart_minutes && HappensOnce(a, b).empty()) {
        // Outlets that disagree about when one thing happened disagree by minutes; hours
        // apart, on a day one sentence does not name, are two happenings of the story,
        // unless the story holds it once (HappensOnce).
        different_event = true;
        why.push_back("hours apart on a day a sentence does not name: two moments of the story");
      }
    }
    const bool clock_swapped = IsDate(a) && same && !moments_differ && a.time.clock >= 0 && b.time.clock >= 0 &&
                               ClockDigitsSwapped(a, b);
    if (IsDate(a) && same && !moments_differ && a.time.clock >= 0 && b.time.clock >= 0 &&
        a.time.clock != b.time.clock && a.time.zone != b.time.zone && a.time.zone != FactTime::kNoZone &&
        b.time.zone != FactTime::kNoZone && ClockGap(a, b) == 0) {
      why.push_back(absl::StrCat(ZonedClock(a), " and ", ZonedClock(b), " are one moment"));
    } else if (clock_swapped) {
      // "derailed at about 9:21 a.m." against "about 9:12 a.m.": the same digits of the
      // minutes swapped, one time mistyped, however near the two are.
      same = overlap = false;
      why.push_back(absl::StrCat(ZonedClock(a), " vs ", ZonedClock(b),
                                 ": the same digits of the minutes swapped, one outlet likely mistyped the time"));
    } else if (IsDate(a) && same && !moments_differ && a.time.clock >= 0 && b.time.clock >= 0 &&
               ClockGap(a, b) != 0) {
      // "sekitar pukul 05.30" and "sekitar pukul 05.20": one moment, not one time.
      same = false;
      overlap = true;
      why.push_back(absl::StrCat(ZonedClock(a), " vs ", ZonedClock(b), ": within ", MomentMinutes(a, b),
                                 " minutes, taken as one moment"));
    }
    // A date that is a property of a thing (timeless_heads: when a bridge was built, a ship
    // commissioned, a bridge reopened) names one happening however far apart two dates
    // are: two dates of it are one misdated, not two happenings.
    const bool thing_date = IsDate(a) && OfOneThing(a, b);
    if (IsDate(a) && !same && !moments_differ && !clock_swapped) {
      auto da = DateDays(a);
      auto db = DateDays(b);
      if (da && db && OneNight(a, *da, b, *db)) {
        // "Minggu (3/11) malam" and "Senin (4/11) pukul 00.30": a night runs past midnight.
        overlap = true;
        why.push_back("one night: the evening of one day and the small hours of the next");
      } else if (da && db) {
        int64_t gap = exact_ranges ? std::max(std::abs(da->first - db->first), std::abs(da->second - db->second))
                                   : std::max<int64_t>(0, std::max(da->first - db->second, db->first - da->second));
        // Relative dates carry the uncertainty of when each outlet wrote them; a weekday
        // does not, against another or against a date ("on Saturday night" against "at
        // about 9:40 p.m. on Sunday" a day later, "on Thursday" against "on Wednesday,
        // March 4"): the outlets name two days, whenever they wrote.
        auto names_day = [](const Fact& f) { return HasRule(f, "date.weekday") || !RelativeDate(f); };
        int64_t slack = names_day(a) && names_day(b) ? 0 : pub_gap;
        if (gap <= slack) {
          overlap = true;
        } else if (gap > rules_.event_window_days && !thing_date) {
          // Dates months or years apart are two happenings, not two reports of one.
          different_event = true;
          time_note = absl::StrCat("dates ", gap, " days apart");
          why.push_back(time_note);
        } else if (rules_.context_day_slack_days > 0 && gap > rules_.context_day_slack_days &&
                   a.time.clock >= 0 && b.time.clock >= 0 &&
                   (HasRule(a, kDayFromContext) || HasRule(b, kDayFromContext))) {
          // "kapal ... merapat sekitar pukul 02.00 WIB" of a landing on the 15th and "pukul
          // 03.00 WIB" of one on the 21st: a time whose day its report gave it, days from
          // the other's, is of another happening; its day is no claim to contradict.
          different_event = true;
          const Fact& guessed = HasRule(a, kDayFromContext) ? a : b;
          time_note = absl::StrCat("no day is written beside ", guessed.text, ", dated ", gap,
                                   " days from the other by its report: two happenings");
          why.push_back(time_note);
        }
      }
    }
    // "pada Jumat (15/6)", a Saturday: the outlet's weekday or its date is wrong, so even
    // the same date is no agreement.
    // Against the same date written with its own weekday ("Selasa (14/11/2017)" against
    // "Kamis (14/11)"), the two outlets disagree either way: on the weekday, or on the date
    // it names.
    bool weekdays_apart = false;
    for (const auto& [x, art] : {std::make_pair(&a, &art_a), std::make_pair(&b, &art_b)}) {
      if (!IsDate(*x) || !HasRule(*x, kWeekdayMismatch)) continue;
      why.push_back(absl::StrCat(art->outlet, "'s weekday is not ", x->date_from.str(),
                                 "'s: its weekday or its date is wrong"));
      const Fact& y = x == &a ? b : a;
      if (same) {
        same = false;
        weekdays_apart = HasRule(y, kWeekdayWritten) && !HasRule(y, kWeekdayMismatch);
        overlap = !weekdays_apart;
        if (weekdays_apart) why.push_back("the other writes the date's own weekday: one outlet misdated");
      }
    }
    double conf = f.similarity.score;
    // Two figures too loosely lined up to hold an outlet to: a thin match, two unanchored
    // figures of a story that holds many, or two far apart in magnitude.
    // (A round figure anchors only beside two shared words of the figures' own: "Calder
    // Motors rose more than 3%, and Vesk gained about 9%" and "the difference between a 3% rate
    // and a 6.1% rate" share a 3% and 'more' by chance; "lending facility ... 4,50
    // persen" and "4,25%" beside one deposit facility's 3% share that too.)
    const size_t shared_words = f.similarity.shared_context.size() - static_cast<size_t>(shared_figures);
    constexpr size_t kRoundAnchorWords = 2;
    const bool anchored = SharesDistinctiveFigure(a, b) || (shared_figures > 0 && shared_words >= kRoundAnchorWords);
    const bool no_claim = f.similarity.thin ||
                          (!anchored && !named_statistic &&
                           (rules_.anchored_dimensions.contains(a.dimension.str()) ||
                                                   rules_.anchored_heads.contains(a.measures.head.str()))) ||
                          MagnitudesApart(a, b);
    Verdict broken = Verdict::kContradict;  // BreakdownNote's verdict
    // "embusan hingga 235 km per jam" against "embusan hingga 253 km per jam": two bounds
    // of one kind whose digits are the same, two swapped, give one peak mistyped, though
    // the bounds overlap; so do two hedged figures ("sekitar 485.000 jiwa" against "sekitar
    // 458.000 jiwa": a hedge on three digits written is no hedge over their order).
    // (Digits each outlet's own sum backs are two counts, no typo: asked only of a pair
    // whose digits are swapped.)
    auto sums_back_both = [&] { return SumBacked(a) && SumBacked(b); };
    constexpr absl::string_view kSwappedDigitsNote = "the same digits with two swapped: one outlet likely mistyped the figure";
    const bool bounds_swapped = overlap && !same && !different_event && a.bound == b.bound &&
                                (a.bound == Bound::kAtMost || a.bound == Bound::kAtLeast || a.bound == Bound::kApprox) &&
                                f.similarity.transposed &&
                                (!running || pub_gap == 0) && a.earlier == b.earlier && !sums_back_both();
    // "48 kilometer barat daya Lembah Sari" against "48 kilometer barat laut Lembah Sari": one
    // distance from one point in bearings bearings_apart degrees apart is one place
    // given two directions. (Bearings further apart never reach here: InFarDirections
    // made them two places' distances, so this holds at bearings_apart exactly.)
    const double bearing_gap = same && !IsDate(a) ? BearingGap(a, b) : -1;
    const bool directions_apart = bearing_gap >= 0 && bearing_gap >= rules_.bearings_apart;
    if (directions_apart) {
      f.verdict = Verdict::kContradict;
      why.push_back(absl::StrCat("one distance from ", a.measures.scope.str(), " in directions ",
                                 static_cast<int>(bearing_gap), " degrees apart"));
    } else if (same) {
      f.verdict = Verdict::kAgree;
    } else if (overlap && !bounds_swapped) {
      f.verdict = Verdict::kCompatible;
    } else if (bounds_swapped) {
      f.verdict = Verdict::kContradict;
      why.push_back(std::string(kSwappedDigitsNote));
    } else if (different_event) {
      f.verdict = Verdict::kDifferentEvent;
    } else if (const bool first_ahead = !IsDate(a) && Ahead(*first); !IsDate(a) && first_ahead != Ahead(*second)) {
      // "It is expected to cross the coast ... on the evening of June 15 with maximum
      // sustained winds of 140-150km per hour" in a report of June 14, against the winds
      // at landfall: a figure of a day after its report's is a forecast or a plan, which
      // what happened does not contradict.
      f.verdict = Verdict::kDifferentEvent;
      const Prepared& ahead = first_ahead ? *first : *second;
      why.push_back(absl::StrCat(articles_[ahead.article].outlet, " dates ", FormatValue(*ahead.fact),
                                 " after its report: a forecast or a plan, not what happened"));
    } else if (std::string parts = no_claim ? std::string() : PartsAddUpNote(*first, *second); !parts.empty()) {
      // A breakdown's parts and their total are no digits swapped.
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(parts));
    } else if (std::string whole = WholeNote(a, b, art_a, art_b); !whole.empty()) {
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(whole));
    } else if (std::string breakdown =
                   no_claim ? std::string()
                            : BreakdownNote(*first, *second, running || Running(b),
                                            pub_gap >= 1 || day_gap != 0 || clock_gap != 0, &broken);
               !breakdown.empty()) {
      f.verdict = broken;
      why.push_back(std::move(breakdown));
    } else if (std::string group = SubgroupNote(a, b); !group.empty()) {
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(group));
    } else if (f.similarity.transposed && !(pub_gap >= 1 && b.value > a.value && UpdateMarkedFor(b, running)) &&
               !(a.earlier != b.earlier && !aged) && !sums_back_both()) {
      // No update, revision or other party's figure: the same digits, two swapped. (A
      // figure a later report says has risen may have risen so: "117" on Thursday, "has
      // risen to 171" on Sunday; unsaid, a rise so is a mistyped figure. A figure its own
      // text gives as an earlier count, "Sehari sebelumnya ... masih sekitar 8.000 jiwa",
      // is superseded, as below, however like the other its digits are; two such, "harga
      // lama Rp4.150" and "harga lama Rp4.510", are one old figure mistyped. Two whose own
      // sums back their digits, "9 awak dan 104 penumpang, jadi total 113" against "9
      // awak dan 140 penumpang, sehingga total 149", are two counts, no typo.)
      f.verdict = Verdict::kContradict;
      why.push_back(std::string(kSwappedDigitsNote));
    } else if (clock_swapped) {
      f.verdict = Verdict::kContradict;  // one time of one day, mistyped (said above)
    } else if (std::string period = PeriodTotalNote(*first, *second); !period.empty()) {
      // A total over a year is no earlier or later count of one day's tally.
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(period));
    } else if (std::string wider = RatioTotalNote(*first, *second); !wider.empty()) {
      // "di wilayah Kota Lembah Sari saja tercatat 31.232 jiwa mengungsi" against a later
      // "397.171 jiwa" over the whole region: a part and a wider total, whichever came
      // first, not an earlier count the later one supersedes.
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(wider));
    } else if (std::string ran = SpanRanOnNote(a, b, art_a, art_b); !ran.empty()) {
      f.verdict = Verdict::kUpdated;
      why.push_back(std::move(ran));
    } else if ((a.earlier || b.earlier) && !aged) {
      // (A person's age is no count a later one supersedes: "Setelah sebelumnya menetapkan
      // RPK (36) sebagai tersangka" says when he was named, not that 36 was revised.)
      // "Sebelumnya kami melaporkan ada 130": a running figure its own text gives as an
      // earlier count; "Sebelumnya, polisi sempat menyebutkan 16 kendaraan": any figure
      // so given is superseded, no outlet's claim now.
      f.verdict = Verdict::kUpdated;
      const bool both = a.earlier && b.earlier;
      why.push_back(both ? std::string("both give an earlier figure, since superseded")
                         : absl::StrCat((a.earlier ? art_a : art_b).outlet, " gives ",
                                        FormatValue(a.earlier ? a : b),
                                        " as an earlier figure, since superseded"));
    } else if (DifferentSpeakers(pa, pb) && SomeOutletReportsBoth(pa, pb) &&
               !(running && (pub_gap != 0 || day_gap != 0) &&
                 ((UpdateMarked(a) && a.value > b.value) || (UpdateMarked(b) && b.value > a.value)))) {
      // (Two sources' counts of a running tally on two days, the higher given as risen,
      // "Seven people are confirmed dead ..., police said on Thursday" against
      // Tuesday's "the confirmed death toll ... rose to 10", are a tally that rose, judged
      // as any two days' counts; unmarked, "menangkap 5 tersangka" against "hanya 3 orang
      // yang ditangkap" a day later, they are two parties' dispute.)
      f.verdict = Verdict::kAttributedDisagreement;
      why.push_back(absl::StrCat("according to ", a.attributed_to, " vs according to ",
                                 b.attributed_to));
    } else if (!one_release && clock_gap != 0 && LaterSupersedes(clock_gap > 0 ? a : b, clock_gap > 0 ? b : a)) {
      f.verdict = Verdict::kUpdated;
      why.push_back("a running figure counted twice in a day: the later count supersedes the earlier one");
    } else if (!one_release && pub_gap == 0 && day_gap != 0 && LaterSupersedes(day_gap > 0 ? a : b, day_gap > 0 ? b : a)) {
      // Reported the same day, counted on two ("sampai kemarin sore (7/12) ... 22 orang
      // masih hilang" against that day's 16).
      f.verdict = Verdict::kUpdated;
      why.push_back("a running figure counted on two days: the later count supersedes the earlier one");
    } else if (!one_release && !history && !property && !aged && pub_gap >= 1 && !IsDate(a) && !one_statistic &&
               (b.value > a.value ? running || StronglyUpdateMarked(b) || (!no_claim && StandsForNow(a))
                                                   : RevisedDown(a, b) || FellSince(a, running, b))) {
      // A later report's figure supersedes an earlier report's: a toll rises, the missing
      // are found, and a toll is recounted ("setelah penghitungan ulang, ternyata 125
      // jiwa"). None of them is a contradiction between outlets. (When something happened
      // is no such figure, whatever words of a rising toll stand beside it.)
      f.verdict = Verdict::kUpdated;
      why.push_back(!running && b.value < a.value
                        ? "the later report gives the figure as fallen since: it supersedes the earlier one"
                    : !running && !StronglyUpdateMarked(b)
                        ? absl::StrCat(art_a.outlet, " gives ", FormatValue(a),
                                       " as standing for now: the later report supersedes it")
                    : b.value < a.value && !FallsAnyway(a)
                        ? "a running figure revised down: the later report supersedes the earlier one"
                        : "a running figure: the later report supersedes the earlier one");
    } else if (const Prepared* rose = running && !different_event && pub_gap == 0
                                          ? RoseTo(b.value > a.value ? *second : *first)
                                          : nullptr) {
      f.verdict = Verdict::kUpdated;
      why.push_back(absl::StrCat(articles_[rose->article].outlet, " gives ",
                                 FormatValue(*rose->fact),
                                 " as the updated figure: the lower one is an earlier count"));
    } else if (const auto [u, v] = running && !different_event && pub_gap == 0
                                       ? (b.value > a.value ? LaterReport(*second, *first)
                                                            : LaterReport(*first, *second))
                                       : std::pair<const Prepared*, const Prepared*>{};
               u != nullptr) {
      f.verdict = Verdict::kUpdated;
      why.push_back(absl::StrCat(articles_[u->article].outlet, " gives ", FormatValue(*u->fact),
                                 " as updated where ", articles_[v->article].outlet, " gives ",
                                 FormatValue(*v->fact), ": the lower figure is from an earlier report of the day"));
    } else if (const Fact* so_far = running && !different_event && pub_gap == 0 ? CountSoFar(a, b) : nullptr) {
      // "We have so far recovered 30 bodies" against another report's 32 of the day: a
      // count that says it stands so far is no final one a higher count of its day denies.
      f.verdict = Verdict::kUpdated;
      why.push_back(absl::StrCat((so_far == &a ? art_a : art_b).outlet, " gives ", FormatValue(*so_far),
                                 HasRule(*so_far, kCountedUntil) && so_far->time.clock >= 0
                                     ? absl::StrCat(" as counted up to ", ClockText(so_far->time.clock))
                                     : std::string(" as a count so far"),
                                 ": the higher figure of the day may be a later count"));
    } else if (std::string note = AlsoReportsNote(*first, *second); !note.empty()) {
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(note));
    } else if (std::string wider = WiderTotalNote(*first, *second); !wider.empty()) {
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(wider));
    } else if (std::string among = KindAmongNote(*first, *second); !among.empty()) {
      f.verdict = Verdict::kCompatible;
      why.push_back(std::move(among));
    } else if (const std::string* reading = ReadingOf(a, b, rules_.readings, /*counts=*/false);
               reading != nullptr && !ReadAtOneMoment(a, b, rules_.same_moment_minutes)) {
      f.verdict = Verdict::kCompatible;
      why.push_back(absl::StrCat("two readings of ", *reading, ", a measure that changes by the hour, not said to be of one moment"));
    } else if (const std::string* daily = ReadingOf(a, b, rules_.daily_readings, /*counts=*/true);
               daily != nullptr && (pub_gap != 0 || day_gap != 0)) {
      f.verdict = Verdict::kCompatible;
      why.push_back(absl::StrCat("readings of ", *daily, " on two days, a measure that changes by the day"));
    } else if (no_claim) {
      return absl::nullopt;
    } else if (IsDate(a) && IsDate(b) && !moments_differ && !thing_date && !one_period && !weekdays_apart &&
               (!SharesDistinctiveFigure(a, b) || (ReadingDates(a, b) && !SharesDistinctiveFigure(a, b, /*precise=*/true))) &&
               !OneMomentADayApart(a, b, &why)) {
      // (Nor do days of readings of a measure that changes by the hour beside a round
      // figure they share: "kolom abu pada Selasa pagi teramati setinggi sekitar 2.000 meter"
      // against "pada Kamis pagi masih teramati setinggi 1.500 hingga 2.000 meter" are two
      // observations.)
      // "serangan ke pos TNI terjadi pada Senin (3/12)" against "the attack took place on
      // Dec. 2", "arrested two state inspectors on Friday" against "detained on Thursday":
      // a story of days holds happenings of several days, and an event word rarely tells
      // them apart. Two days dated beside no same distinctive figure (a quake's magnitude,
      // not the "two buildings" of a blast and of a body recovered from them two days
      // later) are two happenings', not one happening an outlet misdated.
      f.verdict = Verdict::kDifferentEvent;
      why.push_back("two days, beside no same figure: two happenings of the story, not one misdated");
    } else if (const absl::optional<Revision> r = GivenAsEarlier(*first, *second)) {
      // "lowering a death toll that had earlier been put at 31" against another outlet's
      // 31 of two days before: the later outlet knows the earlier figure and revises it.
      f.verdict = Verdict::kUpdated;
      why.push_back(absl::StrCat(articles_[r->article].outlet, " gives ", FormatValue(*r->was),
                                 " as an earlier figure: its ", FormatValue(*r->now), " supersedes it"));
    } else if (const Fact* revised = RevisedOne(*first, *second)) {
      // "berdasarkan hasil pemutakhiran, pusat gempa terletak pada jarak 61 km" against
      // another outlet's "sekitar 55 km": an agency's revised figure supersedes its first.
      f.verdict = Verdict::kUpdated;
      why.push_back(absl::StrCat((revised == &a ? art_a : art_b).outlet, " gives ", FormatValue(*revised),
                                 " as revised: it supersedes ", FormatValue(revised == &a ? b : a)));
    } else {
      f.verdict = Verdict::kContradict;
    }
    if (f.verdict == Verdict::kContradict && OneFigureTwoUnits(a, b)) {
      why.push_back("one figure written in two units: one outlet's unit is wrong");
    }
    if (one_release && running && f.verdict == Verdict::kContradict && !f.similarity.transposed &&
        (pub_gap != 0 || day_gap != 0 || clock_gap != 0)) {
      why.push_back("beside the same other figures: one release, not a later count");
    }
    if (different_event && f.verdict != Verdict::kDifferentEvent) {
      // Agreeing values across two events are no finding worth a reviewer's time.
      return absl::nullopt;
    }
    if (a.caption || b.caption) conf *= 0.8;
    f.confidence = std::round(std::min(1.0, conf) * 100) / 100;
    f.explanation = absl::StrJoin(why, "; ");
    return f;
  }

  const std::vector<ArticleMeta>& articles_;
  const FactList& facts_;
  // The concepts of exclusive_context, then of each exclusive group, in bit order
  // (Prepared::exclusive); empty when there are more than 64.
  std::vector<const std::string*> exclusive_concepts_;
  uint64_t exclusive_context_mask_ = 0;
  std::vector<uint64_t> exclusive_group_masks_;
  const CompareRules& rules_;
  absl::flat_hash_map<std::string, size_t> article_index_;
  bool some_without_story_ = false;
  std::vector<Prepared> prepared_;
  // Each article's facts, [first, end) in prepared_ (contiguous after the sort).
  std::vector<std::pair<uint32_t, uint32_t>> article_facts_;
  // By story, the running figures given as updates (UpdateMarked), for RoseTo.
  absl::flat_hash_map<absl::string_view, std::vector<uint32_t>> risen_;
  // By story, the revisions an outlet reports, for GivenAsEarlier.
  absl::flat_hash_map<absl::string_view, std::vector<Revision>> revised_;
  // The attributed facts (indices into prepared_) by ClaimKey, for SomeOutletReportsBoth.
  absl::flat_hash_map<std::string, std::vector<size_t>> attributed_claims_;
};

}  // namespace

std::vector<Finding> CompareFacts(const std::vector<ArticleMeta>& articles,
                                  const FactList& facts, const CompareRules& rules) {
  return Comparator(articles, facts, rules).Run();
}

CompareRules MergedRules(const CompareRules& base, const CompareRules& other) {
  CompareRules r = base;
  for (const auto& [to, from] : {std::make_pair(&r.running, &other.running), std::make_pair(&r.fixed_states, &other.fixed_states),
                           std::make_pair(&r.item_joiners, &other.item_joiners),
                           std::make_pair(&r.running_either_way, &other.running_either_way),
                           std::make_pair(&r.recounted, &other.recounted),
                           std::make_pair(&r.stateless_heads, &other.stateless_heads),
                           std::make_pair(&r.identity_qualifier, &other.identity_qualifier),
                           std::make_pair(&r.strict_heads, &other.strict_heads),
                           std::make_pair(&r.generic_event_heads, &other.generic_event_heads),
                           std::make_pair(&r.place_divisions, &other.place_divisions),
                           std::make_pair(&r.timeless_heads, &other.timeless_heads),
                           std::make_pair(&r.one_off_events, &other.one_off_events),
                           std::make_pair(&r.named_one_off_events, &other.named_one_off_events),
                           std::make_pair(&r.running_measure_keys, &other.running_measure_keys),
                           std::make_pair(&r.running_measure_dimensions, &other.running_measure_dimensions),
                           std::make_pair(&r.bare_measure_dimensions, &other.bare_measure_dimensions),
                           std::make_pair(&r.bare_measure_near_names, &other.bare_measure_near_names),
                           std::make_pair(&r.anchored_dimensions, &other.anchored_dimensions),
                           std::make_pair(&r.anchored_heads, &other.anchored_heads),
                           std::make_pair(&r.size_units, &other.size_units),
                           std::make_pair(&r.from_point_heads, &other.from_point_heads),
                           std::make_pair(&r.additive_dimensions, &other.additive_dimensions)}) {
    to->insert(from->begin(), from->end());
  }
  for (const auto& [to, from] : {std::make_pair(&r.exclusive_context, &other.exclusive_context),
                           std::make_pair(&r.revision_concepts, &other.revision_concepts),
                           std::make_pair(&r.readings, &other.readings),
                           std::make_pair(&r.daily_readings, &other.daily_readings),
                           std::make_pair(&r.running_measure_words, &other.running_measure_words),
                           std::make_pair(&r.statistic_concepts, &other.statistic_concepts),
                           std::make_pair(&r.conversion_markers, &other.conversion_markers)}) {
    for (const std::string& w : *from) {
      if (std::find(to->begin(), to->end(), w) == to->end()) to->push_back(w);
    }
  }
  for (const std::vector<std::string>& g : other.exclusive_groups) {
    if (std::find(r.exclusive_groups.begin(), r.exclusive_groups.end(), g) == r.exclusive_groups.end()) {
      r.exclusive_groups.push_back(g);
    }
  }
  for (const auto& [to, from] : {std::make_pair(&r.kinds, &other.kinds), std::make_pair(&r.implied_states, &other.implied_states),
                           std::make_pair(&r.state_kinds, &other.state_kinds),
                           std::make_pair(&r.currency_aliases, &other.currency_aliases),
                           std::make_pair(&r.periodic_concepts, &other.periodic_concepts)}) {
    to->insert(from->begin(), from->end());
  }
  r.currency_usd_ranges.insert(other.currency_usd_ranges.begin(), other.currency_usd_ranges.end());
  r.currency_ranges_since = std::max(r.currency_ranges_since, other.currency_ranges_since);
  r.update_markers.AddAll(other.update_markers);
  r.fall_markers.AddAll(other.fall_markers);
  r.lowered_markers.AddAll(other.lowered_markers);
  r.set_span_markers.AddAll(other.set_span_markers);
  r.so_far_markers.AddAll(other.so_far_markers);
  r.subset_markers.AddAll(other.subset_markers);
  return r;
}

std::vector<Finding> CompareByStory(const std::vector<ArticleMeta>& articles,
                                    const FactList& facts, const CompareRules& rules) {
  return CompareByStory(articles, facts, {}, rules);
}

std::vector<Finding> CompareByStory(const std::vector<ArticleMeta>& articles, const FactList& facts,
                                    const absl::flat_hash_map<std::string, CompareRules>& by_lang,
                                    const CompareRules& fallback) {
  // The rules of the language most of a group's articles are in, with the words of the
  // group's other languages added (MergedRules, made once per set of languages).
  std::map<std::vector<absl::string_view>, CompareRules> merged;
  auto rules_of = [&](const std::vector<size_t>& members) -> const CompareRules& {
    if (by_lang.empty()) return fallback;
    std::map<absl::string_view, int> count;  // ordered: a tie goes to the first language
    for (size_t i : members) {
      if (by_lang.contains(articles[i].lang)) ++count[articles[i].lang];
    }
    if (count.empty()) return fallback;
    absl::string_view best;
    int most = 0;
    for (const auto& [lang, n] : count) {
      if (n > most) {
        most = n;
        best = lang;
      }
    }
    const CompareRules& base = by_lang.at(best);
    if (count.size() == 1) return base;
    std::vector<absl::string_view> langs = {best};  // the base language first, then the others
    for (const auto& [lang, n] : count) {
      if (lang != best) langs.push_back(lang);
    }
    auto it = merged.find(langs);
    if (it == merged.end()) {
      CompareRules r = base;
      for (size_t k = 1; k < langs.size(); ++k) r = MergedRules(r, by_lang.at(langs[k]));
      it = merged.emplace(langs, std::move(r)).first;
    }
    return it->second;
  };
  absl::flat_hash_map<absl::string_view, uint32_t> block_of;  // by article id
  for (size_t b = 0; b < facts.blocks(); ++b) block_of[facts.block_article(b)] = b;
  // The articles compared among themselves: one group per story, as the comparator
  // groups them, or all of them when one names no story.
  std::map<absl::string_view, std::vector<size_t>> groups;  // ordered: deterministic
  const bool all_named = std::all_of(articles.begin(), articles.end(),
                                     [](const ArticleMeta& m) { return !m.story.empty(); });
  for (size_t i = 0; i < articles.size(); ++i) {
    groups[all_named ? absl::string_view(articles[i].story) : ""].push_back(i);
  }
  // Where each fact sorts in a report: its block (its article, as blocks are in id
  // order) and offset, the order CompareFacts gives findings in.
  std::vector<uint64_t> position(facts.size(), 0);
  std::vector<Finding> found;
  for (const auto& [story, members] : groups) {
    std::vector<ArticleMeta> group_articles;
    std::vector<uint32_t> blocks;
    for (size_t i : members) {
      group_articles.push_back(articles[i]);
      auto it = block_of.find(articles[i].id);
      if (it != block_of.end()) blocks.push_back(it->second);
    }
    std::sort(blocks.begin(), blocks.end());
    blocks.erase(std::unique(blocks.begin(), blocks.end()), blocks.end());
    FactList local;
    std::vector<size_t> global;  // local index -> index in `facts`
    for (uint32_t b : blocks) {
      local.AddBlock(facts.CopyBlock(b));
      for (size_t g = facts.block_begin(b); g < facts.block_begin(b + 1); ++g) {
        position[g] = uint64_t{b} << 32 | local.resident(global.size()).span.begin;
        global.push_back(g);
      }
    }
    for (Finding& f : Comparator(group_articles, local, rules_of(members)).Find()) {
      f.a = global[f.a];
      f.b = global[f.b];
      for (size_t& c : f.a_copies) c = global[c];
      for (size_t& c : f.b_copies) c = global[c];
      found.push_back(std::move(f));
    }
  }
  std::sort(found.begin(), found.end(), [&](const Finding& x, const Finding& y) {
    return std::make_tuple(Comparator::Severity(x.verdict), position[x.a], position[x.b], x.a,
                           x.b) < std::make_tuple(Comparator::Severity(y.verdict),
                                                  position[y.a], position[y.b], y.a, y.b);
  });
  return found;
}

}  // namespace claimcheck
