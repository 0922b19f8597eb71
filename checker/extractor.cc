#include "checker/extractor.h"

#include <algorithm>
#include <deque>
#include <cmath>
#include <limits>
#include <string>
#include <tuple>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/macros.h"
#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/cleaner.h"
#include "checker/tokenizer.h"

namespace claimcheck {
namespace {

constexpr uint32_t kNone = static_cast<uint32_t>(-1);

// Per-token state for one article.
struct TokenInfo {
  LineKind line = LineKind::kBody;
  uint32_t date = kNone;  // index into dates when the token is part of a date mention
  bool used = false;      // part of an extracted fact already
};

struct DateMention {
  ParsedDate parsed;
  Span span;
  // No fact of its own: the time before it in another zone ("(0441 GMT)"), the day in
  // that restatement's brackets ("(2100 GMT Thursday)"), or hours from a moment the
  // report does not give ("sekitar delapan menit kemudian"). It dates no figure.
  bool no_fact = false;
  bool unanchored_clock = false;  // a time no day before it gave a day to, or only a guessed one
  // The day of a clock time written right beside it ("at 9:55 a.m. on Sunday", "Minggu
  // (15/5/2022) sekitar pukul 11.00 WIB"): the time's fact says that day and its time, so
  // the day is no fact of its own (it would be lined up with another report's day before
  // the two times were). It still dates the figures of its sentence.
  bool in_clock = false;
  // The tokens of such a day folded into this time: its fact quotes both ("Minggu
  // (15/5/2022) sekitar pukul 11.00 WIB", "at 9:55 a.m. on Sunday").
  uint32_t quote_first = kNone;
  uint32_t quote_end = 0;
  absl::string_view day_rule;  // that day's rule, among the fact's rules
  // What a figure before it is compared with (lang.json compared_dates right before it:
  // "lebih tinggi dari November 2023"): it dates no figure before it.
  bool compared = false;
};

struct Speaker {
  uint32_t token;  // where the attribution verb stands
  std::string name;
};

CalendarDay DayOf(const absl::CivilMinute& m) { return CalendarDay(absl::CivilDay(m)); }
int16_t MinuteOfDay(const absl::CivilMinute& m) { return static_cast<int16_t>(m.hour() * 60 + m.minute()); }

// One in the last digit of a number as written: its multiplier over 10^decimals
// ("16,1": 0.1; "1,2 triliun": 1e11; "dua juta": 1e6).
double LastDigitStep(const ParsedNumber& n) {
  double step = n.scale;
  for (int k = 0; k < n.decimals; ++k) step /= 10;
  return step;
}

Grain FactGrain(DateGrain g) {
  switch (g) {
    case DateGrain::kYear: return Grain::kYear;
    case DateGrain::kMonth: return Grain::kMonth;
    case DateGrain::kDay: return Grain::kDay;
    case DateGrain::kMinute: return Grain::kMinute;
  }
  return Grain::kDay;
}

// The end of the period a date of grain g starts at m.
absl::CivilMinute EndOfGrain(const absl::CivilMinute& m, DateGrain g) {
  switch (g) {
    case DateGrain::kYear:
      return absl::CivilMinute(absl::CivilDay(absl::CivilYear(m) + 1) - 1);
    case DateGrain::kMonth:
      return absl::CivilMinute(absl::CivilDay(absl::CivilMonth(m) + 1) - 1);
    default:
      return m;
  }
}

// Folds reduplication ("kontainer-kontainer" -> "kontainer").
absl::string_view FoldReduplication(absl::string_view w) {
  size_t dash = w.find('-');
  if (dash != absl::string_view::npos && dash * 2 + 1 == w.size() &&
      w.substr(0, dash) == w.substr(dash + 1)) {
    return w.substr(0, dash);
  }
  return w;
}

class ArticleExtractor {
 public:
  ArticleExtractor(absl::string_view id, absl::string_view text,
                   absl::optional<absl::CivilDay> published, const RulePack& pack)
      : id_(id), text_(text), pack_(pack) {
    if (published) reference_ = absl::CivilMinute(*published);
    TokenizeOptions opt;
    opt.abbreviations = &pack.abbreviations;
    opt.possessive = pack.possessive;
    if (!pack.hyphen_numbers.empty()) opt.hyphen_numbers = &pack.hyphen_numbers;
    if (!pack.stopword_strings.empty()) opt.initial_breakers = &pack.stopword_strings;
    t_ = Tokenize(text, opt);
    info_.resize(t_.tokens.size());
  }

  std::vector<Fact> Run() {
    MarkLines();
    FindDates();
    MarkNameWords();
    FindSpeakers();
    FindQuotes();
    // Most facts start at a digit token or are dates: room for them all at once, so that
    // growing the vector does not move every fact again and again.
    facts_.reserve(dates_.size() + static_cast<size_t>(std::count_if(
                                       t_.tokens.begin(), t_.tokens.end(), [](const Token& t) {
                                         return t.kind == TokenKind::kNumber;
                                       })));
    for (uint32_t i = 0; i < t_.tokens.size();) {
      // "mengangkat satu per satu jenazah", "one by one": no count.
      if (const auto idiom = pack_.not_numbers.MatchAt(t_, i)) {  // one filter bit, mostly
        i = idiom->end;
        continue;
      }
      uint32_t next = TryNumberAt(i);
      i = next > i ? next : i + 1;
    }
    MarkBreakdowns();
    MarkScopes();
    DateRepeatedFigures();
    DateByOpeningUntil();
    DateByAsOf();
    DateBackReferences();
    for (const DateMention& d : dates_) {
      if (!d.no_fact && !d.in_clock) EmitDate(d);
    }
    SortBySpan();
    // No shrink_to_fit: every caller renders the facts and frees them at once, and
    // shrinking moved every fact into a new array.
    return std::move(facts_);
  }

 private:
  // Facts in text order, those of one span in the order they were found. The facts come
  // as runs already in order (numbers, then dates): the order is found among indices and
  // each fact moved once, not moved about by a sort of the facts themselves.
  void SortBySpan() {
    std::vector<uint32_t> order(facts_.size());
    for (uint32_t k = 0; k < order.size(); ++k) order[k] = k;
    auto before = [&](uint32_t a, uint32_t b) {
      return facts_[a].span < facts_[b].span || (facts_[a].span == facts_[b].span && a < b);
    };
    if (std::is_sorted(order.begin(), order.end(), before)) return;
    std::sort(order.begin(), order.end(), before);
    std::vector<Fact> sorted;
    sorted.reserve(facts_.size());
    for (uint32_t k : order) sorted.push_back(std::move(facts_[k]));
    facts_ = std::move(sorted);
  }

  bool Dropped(uint32_t i) const { return info_[i].line == LineKind::kDropped; }
  bool IsWord(uint32_t i) const {
    return i < t_.tokens.size() && t_.tokens[i].kind == TokenKind::kWord;
  }
  bool SameSentence(uint32_t a, uint32_t b) const {
    return a < t_.tokens.size() && b < t_.tokens.size() &&
           t_.tokens[a].sentence == t_.tokens[b].sentence;
  }

  void MarkLines() {
    std::vector<Line> lines = CleanLines(text_, pack_);
    size_t l = 0;
    for (uint32_t i = 0; i < t_.tokens.size(); ++i) {
      while (l + 1 < lines.size() && lines[l].span.end < t_.tokens[i].begin) ++l;
      if (l < lines.size()) info_[i].line = lines[l].kind;
    }
  }

  // A word that may name what happened: lower-case (names of places and bodies stand in
  // every sentence, datelines included), no stop word, date or number.
  bool EventWord(uint32_t k) const {
    return IsContentWord(k) && !t_.IsCapitalized(t_.tokens[k]) && info_[k].date == kNone &&
           !numbers_.ParseAt(k);
  }

  // Whether date d is a dateline's, the day the report was filed, not a happening's: it
  // follows a place in capitals and a comma at the start of a paragraph, and the story
  // opens after it, past an outlet in brackets, with a dash ("ROME, 27 November 2022 - The
  // death toll ...", "CASAMICCIOLA TERME, Italy, Nov 26 (Harbour Wire) - A torrent ...").
  bool Dateline(const ParsedDate& d) const {
    constexpr uint32_t kMaxPlaceTokens = 8;
    const uint32_t f = d.first_token;
    const uint32_t first = t_.sentences[t_.tokens[f].sentence].first_token;
    if (first != 0 && !t_.tokens[first].newline_before) return false;
    // ("June 3, 2022 - The conviction of ...": a day alone opening the paragraph.)
    if (f == first) return DashAfter(d.end_token);
    if (f < first + 2 || f - first > kMaxPlaceTokens || !t_.Is(f - 1, ",") || !t_.IsCapitalized(t_.tokens[first])) {
      return false;
    }
    for (uint32_t k = first; k + 1 < f; ++k) {
      const bool place = IsWord(k) ? t_.IsCapitalized(t_.tokens[k]) : t_.Is(k, ",") || t_.Is(k, "/") || t_.Is(k, ".");
      if (!place) return false;
    }
    return DashAfter(d.end_token);
  }
  // Whether a dash opens the story at token k, past an outlet in brackets ("(Harbour
  // Wire) -").
  bool DashAfter(uint32_t k) const {
    constexpr uint32_t kMaxOutletTokens = 8;
    if (t_.Is(k, "(")) {
      const uint32_t open = k;
      while (k < t_.tokens.size() && k - open <= kMaxOutletTokens && !t_.Is(k, ")")) ++k;
      if (!t_.Is(k, ")")) return false;
      ++k;
    }
    return t_.Is(k, "-") || t_.Is(k, "–") || t_.Is(k, "—");
  }

  // Whether two dates name one happening: the same event word beside each (DateHead).
  bool SameHappening(const ParsedDate& a, const ParsedDate& b) const {
    const std::string head = DateHead(a);
    return !head.empty() && head == DateHead(b);
  }

  // A clock time written with no day ("The quake struck at 11:41 p.m.") happened on the
  // day of the event it describes, not always on the day the article was published. The
  // event is the one whose sentence shares a lower-case word with the clock's ("A
  // magnitude 6.2 earthquake struck the valley late on Sunday": 'struck'): the clock takes
  // the day of the day-level date nearest such a word, among the dates before it (the next
  // day for a small hour after a night: "Friday night ... at 3 a.m."), a day the words
  // were said on only when no other shares a word ("... padamkan api," kata Wulan, Kamis
  // (9/9): the fire is Wednesday's, "Api baru berhasil dipadamkan pukul 02.30 WIB" too).
  // With no shared word,
  // the day before it that DayBefore finds; else it keeps the publication day.
  // A date of one day (with or without its time) that a clock time may take its day from.
  static bool DayLevel(const ParsedDate& a) {
    return a.rule != "date.time" && a.resolved && !a.is_range &&
           (a.grain == DateGrain::kDay || a.grain == DateGrain::kMinute);
  }
  // Moves clock time `d` to `day` (plus `extra` days), keeping its time of day.
  static void MoveToDay(ParsedDate* d, absl::CivilDay day, int64_t extra = 0) {
    const int64_t shift = day - absl::CivilDay(d->from) + extra;
    d->from += shift * 24 * 60;
    d->to += shift * 24 * 60;
  }

  // Whether the sentence of clock time `clock` names a day ("Kapal berangkat pada Senin
  // (10/6) pukul 14.30", "pukul 13.21 WIB, Senin, 21 November 2022"), which the anchoring
  // above gave it; else its day came from another sentence or the report's day
  // (kDayFromContext).
  bool DayInSentence(const ParsedDate& clock) const {
    for (const DateMention& m : dates_) {
      const ParsedDate& a = m.parsed;
      if (&a == &clock || !SameSentence(a.first_token, clock.first_token)) continue;
      // ("officers were on the scene by midnight": a day part alone names no day.)
      if (a.rule == "date.day_part" && a.end_token == a.first_token + 1) continue;
      if (DayLevel(a) || (a.resolved && a.is_range && a.grain == DateGrain::kDay)) return true;
    }
    return false;
  }

  // Returns whether it found a day for it; *guessed says the day is only the last one
  // written in an earlier sentence, sharing no event word with it (DayBefore, or a day
  // the words were said on), which a day later in its own sentence overrides
  // (AnchorClockTimesToLaterDay).
  bool AnchorClockTime(ParsedDate* d, bool* guessed) const {
    *guessed = false;
    if (d->rule != "date.time" || !d->resolved || dates_.empty()) return false;
    // "pada Minggu (6/12/2020) malam hingga Senin (7/12/2020) dini hari sekitar pukul
    // 00.30 WIB": a time right after a span of days is of its last day.
    constexpr uint32_t kMaxAfterSpan = 2;
    if (const ParsedDate& span = dates_.back().parsed;
        span.resolved && span.is_range && span.grain == DateGrain::kDay && span.end_token <= d->first_token &&
        d->first_token - span.end_token <= kMaxAfterSpan && SameSentence(span.end_token - 1, d->first_token)) {
      MoveToDay(d, absl::CivilDay(span.to), 0);
      return true;
    }
    const Sentence& own = t_.sentences[t_.tokens[d->first_token].sentence];
    absl::flat_hash_set<absl::string_view> keys;
    for (uint32_t k = own.first_token; k < own.end_token; ++k) {
      if (k >= d->first_token && k < d->end_token) continue;
      if (EventWord(k)) keys.insert(StemmedConceptAt(k).id);
    }
    // The day of the nearest sentence before it that shares an event word, and within
    // it the day nearest that word ("Kebakaran ... terjadi pada Jumat (3/3) ...", then
    // "... api yang baru padam sekitar pukul 23.00 WIB": Friday's, not the Monday of a
    // lead sentence about the same fire).
    // A day the words were said on is taken only when no other day shares a word and
    // DayBefore finds none: the event may be that day's or earlier.
    const ParsedDate* best = nullptr;
    const ParsedDate* said = nullptr;
    std::pair<uint32_t, uint32_t> best_distance{kNone, kNone}, said_distance{kNone, kNone};  // sentences, words
    const uint32_t own_index = t_.tokens[d->first_token].sentence;
    for (const DateMention& m : dates_) {
      if (keys.empty()) break;
      const ParsedDate& a = m.parsed;
      // ("The checks must be carried out within 20 days": a deadline, no day of anything.)
      if (!DayLevel(a) || AheadCount(a)) continue;
      const bool statement = StatementDate(a.first_token, a.end_token);
      const uint32_t index = t_.tokens[a.first_token].sentence;
      const Sentence& s = t_.sentences[index];
      const uint32_t sentences = own_index >= index ? own_index - index : index - own_index;
      for (uint32_t k = s.first_token; k < s.end_token; ++k) {
        if (!EventWord(k) || !keys.contains(StemmedConceptAt(k).id)) continue;
        const uint32_t words = k < a.first_token ? a.first_token - k : k - a.first_token;
        auto& distance = statement ? said_distance : best_distance;
        if (std::make_pair(sentences, words) <= distance) {  // ties: the later date
          distance = {sentences, words};
          (statement ? said : best) = &a;
        }
      }
    }
    if (best == nullptr) {
      best = DayBefore(*d);
      if (best == nullptr) best = said;
      if (best == nullptr) return false;
      *guessed = !SameSentence(best->first_token, d->first_token);
    }
    // "Jumat malam ... pukul 03.00": a small hour after a night is the next day's; an
    // evening hour after a night that ended in the small hours of the day ("tadi malam
    // pukul 23.59 WIB" said on Friday) is the day before's.
    const int shift = best->day_part_hour >= 18 && d->from.hour() < 6                         ? 1
                      : best->day_part_hour >= 0 && best->day_part_hour < 6 && d->from.hour() >= 18 ? -1
                                                                                                  : 0;
    MoveToDay(d, absl::CivilDay(best->from), shift);
    return true;
  }

  // For a clock time `d` that shares no event word with any day: the last day before it
  // written with a day part that holds its hour ("Sabtu (5/10) malam" for "Pertandingan
  // berakhir pukul 22.00 WIB", passing over "Minggu pagi"), else the last day written
  // with neither a day part nor a time ("tenggelam ... Senin (10/6)" for "Kapal berangkat
  // pukul 14.30 WITA"), passing over days the words were said on; or null.
  const ParsedDate* DayBefore(const ParsedDate& d) const {
    const int hour = d.from.hour();
    const ParsedDate* plain = nullptr;
    for (size_t n = dates_.size(); n-- > 0;) {
      const ParsedDate& a = dates_[n].parsed;
      if (!a.resolved || a.is_range || a.grain != DateGrain::kDay || AheadCount(a)) continue;
      // A day the words were said on ("kata Hilman di Jakarta, Kamis, 16 Mei 2024") is
      // AnchorClockTime's last resort, not the day of what the article tells.
      if (StatementDate(a.first_token, a.end_token)) continue;
      if (a.day_part_from < 0) {
        if (plain == nullptr && a.day_part_hour < 0 && !a.has_time) plain = &a;
        continue;
      }
      if (HourInWindow(hour, a.day_part_from, a.day_part_to)) return &a;
    }
    return plain;
  }

  // A date that writes its day of the month ("Selasa (18/12)", "18 December", "12/5/2024"),
  // not one the publication day gives ("pada Selasa", "kemarin", "malam ini").
  static bool WrittenDay(const ParsedDate& a) {
    static constexpr absl::string_view kWritten[] = {
        "date.weekday_paren", "date.weekday_date", "date.day_month", "date.day_month_year",
        "date.month_day",     "date.month_day_year", "date.numeric", "date.relative_day_paren"};
    return DayLevel(a) && std::find(std::begin(kWritten), std::end(kWritten), a.rule) != std::end(kWritten);
  }

  // A weekday written alone ("Jalan Raya Tirta Jaya ambles pada Selasa sekitar pukul 21.40")
  // after the article has dated a day of that weekday ("ambles pada Selasa (18/12)
  // malam") a week before the one the publication day gives it, names that day again:
  // it takes the latest such date written before it. (Further back, a date of that
  // weekday is more often the background's: "pada hari Selasa" of 17 October is not the
  // 26 September an article recalls.)
  void RecallWeekday(ParsedDate* d) const {
    constexpr int64_t kMaxWeeks = 1;
    if (d->rule != "date.weekday" || !d->resolved || d->is_range) return;
    const absl::CivilDay day(d->from);
    for (size_t n = dates_.size(); n-- > 0;) {
      const ParsedDate& a = dates_[n].parsed;
      if (!WrittenDay(a)) continue;
      const int64_t gap = day - absl::CivilDay(a.from);
      if (gap < 0 || gap % 7 != 0) continue;
      // The day written with its weekday ("pada Selasa (18/12)"), or of the same happening
      // ("The road caved in on 18 December ... caved in on Tuesday"); not "found on August
      // 22", a Tuesday, before "On Tuesday, the fire service said" a week on.
      if (gap > 0 && gap <= 7 * kMaxWeeks && (a.weekday >= 0 || SameHappening(a, *d))) {
        MoveToDay(d, absl::CivilDay(a.from));
      }
      return;
    }
  }

  // Whether a bare year a filler opened is a measure's number instead: "sepanjang 2000
  // meter" is a length, "sepanjang 2023" a year.
  bool YearOfAUnit(const ParsedDate& d) const {
    return d.rule == "date.year" && d.end_token == d.first_token + 2 && d.end_token < t_.tokens.size() &&
           SameSentence(d.first_token, d.end_token) && pack_.suffix_units.MatchAt(t_, d.end_token).has_value();
  }

  // Whether a year from token k is a numbered designation's (concepts.json
  // numbered_designations): "UU Nomor 7 Tahun 2014", "Law No. 7 of 2014".
  bool DesignationYear(uint32_t k) const {
    if (pack_.numbered_designations.empty() || k < 2) return false;
    // ("of 2014": one lower-case word between the number and the year.)
    if (k >= 3 && IsWord(k - 1) && !t_.IsCapitalized(t_.tokens[k - 1]) && !numbers_.ParseAt(k - 1)) --k;
    if (t_.tokens[k - 1].kind != TokenKind::kNumber) return false;
    uint32_t w = k - 2;
    if (t_.Is(w, ".") && w > 0) --w;  // "No."
    return IsWord(w) && SameSentence(w, k) && InSet(pack_.numbered_designations, w);
  }

  void FindDates() {
    for (uint32_t i = 0; i < t_.tokens.size();) {
      if (Dropped(i)) {
        ++i;
        continue;
      }
      absl::optional<ParsedDate> d = pack_.dates->ParseAt(t_, i, reference_, &numbers_);
      if (!d || d->end_token <= i || YearOfAUnit(*d)) {
        ++i;
        continue;
      }
      RecallWeekday(&*d);
      bool guessed = false;
      const bool anchored = AnchorClockTime(&*d, &guessed);
      DateMention m{*d, Span{t_.tokens[d->first_token].begin, t_.tokens[d->end_token - 1].end}};
      // "sekitar delapan menit kemudian", "within 48 hours": hours or minutes from a moment
      // the report does not give (its hour of publication, or another happening) date
      // nothing, nor are they how long anything lasted: no fact.
      if (d->rule == "date.relative_count" && d->grain == DateGrain::kMinute) {
        m.parsed.resolved = false;
        m.no_fact = true;
      }
      // A year modifying a noun ("the 2019 price list") and a dateline's day ("ROME, 27
      // November 2022 - ...", the day the report was filed) are read and date nothing.
      m.no_fact |= d->rule == kYearModifier || Dateline(*d) ||
                   (d->grain == DateGrain::kYear && DesignationYear(d->first_token));
      m.unanchored_clock = d->rule == "date.time" && d->resolved && (!anchored || guessed);
      m.compared = d->first_token > 0 && pack_.compared_dates.MatchEndingAt(t_, d->first_token).has_value();
      for (uint32_t k = d->first_token; k < d->end_token; ++k) {
        info_[k].date = static_cast<uint32_t>(dates_.size());
      }
      dates_.push_back(std::move(m));
      i = d->end_token;
    }
    MarkDaysBeforeClockTimes();
    AnchorClockTimesToDayAfter();
    AnchorClockTimesToLaterDay();
    MarkZoneRestatements();
    MarkZoneRanges();
  }

  // "between 07:30 and 18:30 BST": a time with no zone, then a joiner of a range
  // (zone_range_joiners), then a time with one: the first is of that zone too.
  void MarkZoneRanges() {
    for (size_t n = 0; n + 1 < dates_.size(); ++n) {
      ParsedDate& first = dates_[n].parsed;
      const ParsedDate& second = dates_[n + 1].parsed;
      if (first.rule != "date.time" || second.rule != "date.time" || first.has_tz || !second.has_tz ||
          second.first_token != first.end_token + 1 || !SameSentence(first.first_token, second.first_token)) {
        continue;
      }
      const uint32_t j = first.end_token;  // the joiner
      const absl::string_view joiner = IsWord(j) ? t_.Lower(t_.tokens[j]) : t_.Text(t_.tokens[j]);
      if (!pack_.zone_range_joiners.contains(joiner)) continue;
      first.has_tz = true;
      first.tz_offset_minutes = second.tz_offset_minutes;
    }
  }


  // "Pukul 14.37 WIB pesawat melewati ketinggian 1.700 kaki ..., kata Budi dalam
  // konferensi pers di Bandara Tirta Jaya, Sabtu (9/1/2021) malam": a time that no day
  // before it dated takes the first day written after it in its sentence, not the
  // publication day (what was said that day happened then or before; the day is the best
  // the text gives). So does one only an earlier sentence's last day dated, sharing no
  // event word with it ("Aktivitas di sekitar gereja pada Senin masih dibatasi. Ledakan
  // terjadi sekitar pukul 10.28 WITA, tidak lama setelah misa Minggu Palma": Sunday's).
  void AnchorClockTimesToLaterDay() {
    for (size_t n = 0; n + 1 < dates_.size(); ++n) {
      if (!dates_[n].unanchored_clock) continue;
      ParsedDate& clock = dates_[n].parsed;
      for (size_t m = n + 1; m < dates_.size() && SameSentence(clock.first_token, dates_[m].parsed.first_token); ++m) {
        if (!DayLevel(dates_[m].parsed)) continue;
        MoveToDay(&clock, absl::CivilDay(dates_[m].parsed.from));
        break;
      }
    }
  }

  // "at 11:41 p.m. local time (0441 GMT)", "pukul 10.28 WITA atau 09.28 WIB": a time,
  // then in parentheses or after a zone_restatements word the same time in another zone.
  // The second is no fact of its own; it gives the first the zone it leaves unnamed
  // (local time here is UTC-5). Two zoned times that are not one moment are both kept.
  void MarkZoneRestatements() {
    constexpr int kDay = 24 * 60;
    for (size_t n = 0; n + 1 < dates_.size(); ++n) {
      ParsedDate& first = dates_[n].parsed;
      const ParsedDate& second = dates_[n + 1].parsed;
      // "pukul 21.40 waktu setempat atau Sabtu (9/3) pukul 03.40 WIB": the restating time
      // may be written with its own day, which is the restated moment's day, no day of the
      // first time's.
      const bool own_day = second.rule != "date.time";
      // (The first may carry its day: "pada Sabtu (14/10/2023) pukul 10.25 waktu setempat atau
      // 08.25 WIB".)
      if (!first.has_time || !first.resolved || !second.has_time || (own_day && !second.resolved) ||
          !second.has_tz || first.is_range || second.is_range || !SameSentence(first.first_token, second.first_token)) {
        continue;
      }
      const uint32_t e = first.end_token;
      const bool bracketed = t_.Is(e, "(") && second.first_token == e + 1;
      const bool joined = IsWord(e) && InSet(pack_.zone_restatements, e) && second.first_token == e + 1;
      if (!bracketed && !joined) continue;
      const int a = first.from.hour() * 60 + first.from.minute(), b = second.from.hour() * 60 + second.from.minute();
      if (!first.has_tz) {
        // first's offset: second's plus the difference of the two clocks, within a day.
        int offset = ((second.tz_offset_minutes + a - b) % kDay + kDay) % kDay;
        if (offset > 14 * 60) offset -= kDay;
        first.has_tz = true;
        first.tz_offset_minutes = offset;
      } else if (((a - first.tz_offset_minutes) - (b - second.tz_offset_minutes)) % kDay != 0) {
        continue;  // not one moment: an outlet's slip, kept for a reader to see
      }
      dates_[n + 1].no_fact = true;
      if (own_day) {
        const absl::CivilMinute moment = absl::CivilMinute(absl::CivilDay(second.from)) +
                                         (b - second.tz_offset_minutes + first.tz_offset_minutes);
        MoveToDay(&first, absl::CivilDay(moment));
        continue;
      }
      // "at around 3 a.m. (2100 GMT Thursday)", "pukul 21.00 waktu Moskwa atau pukul 01.00
      // WIB, Minggu (12/5)": the day written right after the restating time is the
      // restated moment's, no date of its own; the first time is that moment, on its own
      // day (Saturday's 21.00 in Moscow).
      if (n + 2 >= dates_.size()) continue;
      const ParsedDate& day = dates_[n + 2].parsed;
      const bool day_after = bracketed ? day.first_token == second.end_token && t_.Is(day.end_token, ")")
                                       : day.first_token >= second.end_token &&
                                             SameSentence(second.first_token, day.first_token) &&
                                             JoinsDayAndTime(second.end_token, day.first_token);
      if (!day_after || !DayLevel(day) || day.has_time) continue;
      const absl::CivilMinute moment =
          absl::CivilMinute(absl::CivilDay(day.from)) + (b - second.tz_offset_minutes + first.tz_offset_minutes);
      MoveToDay(&first, absl::CivilDay(moment));
      dates_[n + 2].no_fact = true;
    }
  }

  // A day and a time beside it are joined by at most kMaxDayTimeJoiners tokens, each a
  // comma or a stop word, a hedge among them ("Minggu (15/5/2022) sekitar pukul 11.00
  // WIB", "pukul 13.21 WIB, Senin, 21 November 2022").
  static constexpr uint32_t kMaxDayTimeJoiners = 2;
  bool DayTimeJoiner(uint32_t k) const { return t_.Is(k, ",") || (IsWord(k) && InSet(pack_.stopwords, k)); }

  // Whether the tokens [from, to) only join a day to a time beside it.
  bool JoinsDayAndTime(uint32_t from, uint32_t to) const {
    if (to < from || to - from > kMaxDayTimeJoiners) return false;
    for (uint32_t k = from; k < to; ++k) {
      if (!DayTimeJoiner(k)) return false;
    }
    return true;
  }

  // "Minggu (15/5/2022) sekitar pukul 11.00 WIB", "on Sunday at around 1 p.m.": a day
  // right before the clock time it gave its day to (AnchorClockTime) is in the time.
  void MarkDaysBeforeClockTimes() {
    for (size_t n = 1; n < dates_.size(); ++n) {
      const ParsedDate& clock = dates_[n].parsed;
      const ParsedDate& day = dates_[n - 1].parsed;
      if (clock.rule != "date.time" || !clock.resolved || !DayLevel(day) || day.has_time ||
          absl::CivilDay(clock.from) != absl::CivilDay(day.from) || !SameSentence(day.first_token, clock.first_token) ||
          !JoinsDayAndTime(day.end_token, clock.first_token)) {
        continue;
      }
      dates_[n - 1].in_clock = true;
      dates_[n].quote_first = day.first_token;
      dates_[n].day_rule = day.rule;
    }
  }

  // "pukul 13.21 WIB, Senin, 21 November 2022": a clock time that the day right after it
  // names (over a comma or a stop word) is that day's, whatever AnchorClockTime, which
  // knew only the dates before it, made of it. The same time in another zone may stand
  // between, in parentheses ("at 16:10 local time (07:10 GMT) on Monday"): it is that
  // day's too.
  void AnchorClockTimesToDayAfter() {
    auto in_parens = [&](const ParsedDate& d) {
      return d.rule == "date.time" && d.first_token > 0 && t_.Is(d.first_token - 1, "(") &&
             t_.Is(d.end_token, ")");
    };
    for (size_t n = 0; n + 1 < dates_.size(); ++n) {
      ParsedDate& clock = dates_[n].parsed;
      size_t m = n + 1;
      while (m + 1 < dates_.size() && in_parens(dates_[m].parsed)) ++m;
      const ParsedDate& day = dates_[m].parsed;
      if (clock.rule != "date.time" || !clock.resolved || (!day.resolved && day.weekday < 0) || day.is_range ||
          (day.grain != DateGrain::kDay && day.grain != DateGrain::kMinute) ||
          day.first_token < clock.end_token || !SameSentence(clock.first_token, day.first_token)) {
        continue;
      }
      bool joined = true;
      uint32_t between = 0;
      for (uint32_t k = clock.end_token; k < day.first_token && joined; ++k) {
        const uint32_t d = info_[k].date;
        if (d != kNone && d > n && d < m) continue;  // the time in another zone
        if (m > n + 1 && (t_.Is(k, "(") || t_.Is(k, ")"))) continue;
        joined = DayTimeJoiner(k) && ++between <= kMaxDayTimeJoiners;
      }
      if (!joined) continue;
      if (DayLevel(day)) {  // (not another time: "at 07:30 and 18:30 BST")
        dates_[m].in_clock = true;
        dates_[n].quote_end = day.end_token;
        dates_[n].day_rule = day.rule;
      }
      for (size_t c = n; c < m; ++c) {
        ParsedDate& time = dates_[c].parsed;
        if (!day.resolved) {
          // "pukul 20.11 WIB, Jumat (4/3)" where 4 March is no Friday: the clock's day is
          // not known either.
          time.resolved = false;
          continue;
        }
        MoveToDay(&time, absl::CivilDay(day.from));
      }
    }
  }

  // Collects a speaker name from tokens [from, to) walking in direction `step`.
  std::string SpeakerText(int64_t from, int64_t limit, int step, uint32_t sentence) {
    std::vector<uint32_t> picked;
    int commas = 0;
    bool comma_at_verb = false;  // the verb follows a comma: the name may be in apposition
    for (int64_t k = from; step > 0 ? k < limit : k > limit; k += step) {
      if (k < 0 || k >= static_cast<int64_t>(t_.tokens.size())) break;
      const Token& tok = t_.tokens[k];
      if (tok.sentence != sentence) break;
      // Before the verb, a name may stand in apposition between commas: "Kuasa hukum
      // nakhoda, Fransiskus Lewo, mengatakan". A single comma ends the name: "died in
      // the blast, police said" is said by the police.
      if (step < 0 && tok.kind == TokenKind::kPunct && t_.Text(tok) == "," && commas < 2) {
        ++commas;
        if (picked.empty()) {
          comma_at_verb = true;
          continue;
        }
        if (comma_at_verb && k > 0 && t_.tokens[k - 1].kind == TokenKind::kWord) continue;
        break;
      }
      if (info_[k].date != kNone) {
        if (picked.empty()) continue;  // skip a time phrase next to the verb
        break;
      }
      // The dots of an initialism ("U.S. Geological Survey", "U.N."): part of the name.
      if (tok.kind == TokenKind::kPunct && t_.Text(tok) == "." && !tok.space_before && k > 0 &&
          IsWord(k - 1) && t_.tokens[k - 1].end - t_.tokens[k - 1].begin == 1 &&
          !picked.empty()) {
        continue;
      }
      // Before the verb, an acronym in parentheses closes the name: "Badan Survei Geologi
      // Amerika Serikat (USGS) mencatat". It joins the name, which goes on before it.
      if (step < 0 && tok.kind == TokenKind::kPunct && t_.Text(tok) == ")") {
        const int64_t stop = std::max<int64_t>({limit, k - 5, -1});  // at most 3 words inside
        int64_t open = k - 1;
        while (open > stop && t_.tokens[open].kind == TokenKind::kWord &&
               t_.tokens[open].sentence == sentence) {
          --open;
        }
        if (open > stop && open < k - 1 && t_.tokens[open].kind == TokenKind::kPunct &&
            t_.Text(t_.tokens[open]) == "(") {
          for (int64_t w = k; w >= open; --w) picked.push_back(static_cast<uint32_t>(w));
          k = open;  // the loop steps on to the word before "("
          continue;
        }
        break;
      }
      // A possessive inside the name: "the agency's director", "China’s foreign ministry".
      if (!picked.empty() && PossessiveAt(static_cast<uint32_t>(k))) continue;
      if (tok.kind != TokenKind::kWord) break;
      const uint32_t word = static_cast<uint32_t>(k);
      if (picked.empty() && step < 0 && InSet(pack_.speaker_skip, word)) continue;
      // "Office for National Statistics", "Bank of England": a joiner between two
      // capitalised words of the name.
      if (!picked.empty() && !pack_.name_joiners.empty() && InSet(pack_.name_joiners, word) &&
          t_.IsCapitalized(t_.tokens[picked.back()]) && k + step >= 0 &&
          k + step < static_cast<int64_t>(t_.tokens.size()) && IsWord(static_cast<uint32_t>(k + step)) &&
          t_.IsCapitalized(t_.tokens[k + step]) && t_.tokens[k + step].sentence == sentence) {
        picked.push_back(word);
        continue;
      }
      if (InSet(pack_.speaker_stop, word) || (InSet(pack_.stopwords, word) && !t_.IsCapitalized(tok))) break;
      picked.push_back(word);
      if (static_cast<int>(picked.size()) >= pack_.max_speaker_tokens) break;
    }
    if (picked.empty()) return "";
    std::sort(picked.begin(), picked.end());
    return TokensText(picked.front(), picked.back() + 1);
  }

  // The text of tokens [begin, end), as written.
  std::string TokensText(uint32_t begin, uint32_t end) const {
    return std::string(text_.substr(t_.tokens[begin].begin, t_.tokens[end - 1].end - t_.tokens[begin].begin));
  }

  // Whether token k is the apostrophe or the "s" of a possessive written against a word
  // ("agency's", "China’s").
  bool PossessiveAt(uint32_t k) const {
    auto apostrophe = [&](uint32_t a) {
      if (a == 0 || a + 1 >= t_.tokens.size() || t_.tokens[a].kind != TokenKind::kPunct ||
          t_.tokens[a].space_before || t_.tokens[a + 1].space_before || !IsWord(a - 1) ||
          !t_.Is(a + 1, "s")) {
        return false;
      }
      const absl::string_view p = t_.Text(t_.tokens[a]);
      return p == "'" || p == "\u2019";
    };
    return apostrophe(k) || (k > 0 && apostrophe(k - 1));
  }

  // A name after an inverted verb: at most three lower-case words of a title, then
  // capitalised words up to a punctuation mark or the sentence's end ("regional governor
  // Ana Ortiz,"); no date, no number, no stop word ("said Russian forces fired 12
  // missiles" and "mengatakan tim menemukan tujuh jenazah sepanjang Senin" are clauses).
  bool InvertedSpeakerAt(uint32_t k, uint32_t sentence) const {
    constexpr uint32_t kMaxTitleWords = 3;
    const uint32_t end = t_.sentences[sentence].end_token;
    uint32_t j = k, title = 0, name = 0;
    for (; j < end && IsWord(j) && title + name < static_cast<uint32_t>(pack_.max_speaker_tokens); ++j) {
      if (info_[j].date != kNone || numbers_.ParseAt(j)) return false;
      if (t_.IsCapitalized(t_.tokens[j])) {
        ++name;
        continue;
      }
      if (name > 0 || ++title > kMaxTitleWords || InSet(pack_.stopwords, j) ||
          InSet(pack_.speaker_stop, j)) {
        return false;
      }
    }
    return name > 0 && (j == end || t_.tokens[j].kind == TokenKind::kPunct);
  }

  // Whether the verb at i follows a comma, perhaps inside a closing quote ('so far," said').
  bool AfterComma(uint32_t i) const {
    if (i > 0 && t_.Is(i - 1, ",")) return true;
    if (i < 2 || !t_.Is(i - 2, ",")) return false;
    const absl::string_view q = t_.Text(t_.tokens[i - 1]);
    return q == "\"" || q == "\u201d" || q == "'" || q == "\u2019";
  }

  // Where to walk back from for the speaker of the verb at i: past a relative clause
  // between commas right before it ("The authority, which owns the wharf, said"), to
  // the comma that opens it; else the token before the verb.
  int64_t SkipRelativeClause(uint32_t i) const {
    const int64_t before = static_cast<int64_t>(i) - 1;
    if (pack_.speaker_clauses.empty() || i == 0 || !t_.Is(i - 1, ",")) return before;
    const uint32_t sentence_first = t_.sentences[t_.tokens[i].sentence].first_token;
    constexpr uint32_t kMaxClauseTokens = 12;
    for (uint32_t k = i - 1; k > sentence_first + 1 && i - k <= kMaxClauseTokens; --k) {
      if (t_.Is(k - 1, ",") && IsWord(k) && InSet(pack_.speaker_clauses, k)) {
        return static_cast<int64_t>(k) - 1;  // the comma that opens it (skipped as one)
      }
      if (t_.tokens[k - 1].kind == TokenKind::kPunct && !t_.Is(k - 1, ",") && !t_.Is(k - 1, "'")) {
        break;
      }
    }
    return before;
  }

  // The speaker of an after_speaker verb at [i, end): the name walked back to, or the
  // name after an inverted verb ("..., said John Smith."), in which case *next is the
  // verb's last token (the scan goes on after it).
  ABSL_ATTRIBUTE_NOINLINE std::string SpeakerOfVerbAfter(uint32_t i, uint32_t end,
                                                         uint32_t sentence, uint32_t* next) {
    // "..., said John Smith.": after a comma, and before a name that ends at a
    // punctuation mark, the verb is inverted and its speaker follows it ("Smith, a
    // spokesman, said Russian forces fired" goes on after the name: not inverted).
    if (AfterComma(i) && InvertedSpeakerAt(end, sentence)) {
      std::string name = SpeakerText(end, end + pack_.max_speaker_tokens + 4, 1, sentence);
      if (!name.empty()) {
        *next = end - 1;
        return name;
      }
    }
    const int64_t back = SkipRelativeClause(i);
    return SpeakerText(back, back - pack_.max_speaker_tokens - 4, -1, sentence);
  }

  // Whether the words from `k` on, before any punctuation, are the rest of a subject
  // and then an after_speaker verb ("worker from Vantara told"): nouns and names, and a
  // speaker_origins word only before a name ("from Vantara"); any other stop word ("and
  // police said") ends the subject first.
  bool SpeaksAfter(uint32_t k) const {
    if (k >= t_.tokens.size()) return false;
    const uint32_t sentence = t_.tokens[k].sentence;
    for (int n = 0; n < pack_.max_speaker_tokens && k < t_.tokens.size(); ++n, ++k) {
      if (!IsWord(k) || t_.tokens[k].sentence != sentence) return false;
      if (pack_.attribution_after.MatchAt(t_, k)) return true;
      if (InSet(pack_.speaker_stop, k) &&
          !(InSet(pack_.speaker_origins, k) && k + 1 < t_.tokens.size() && IsWord(k + 1) &&
            t_.IsCapitalized(t_.tokens[k + 1]))) {
        return false;
      }
    }
    return false;
  }

  // A speaker that is only a pronoun ("Ia mengatakan") is the last one named, if any.
  std::string Resolved(std::string name, const std::string& last) const {
    if (!name.empty() && pack_.pronoun_speakers.contains(absl::AsciiStrToLower(name))) return last;
    return name;
  }

  void FindSpeakers() {
    std::string last;
    for (uint32_t i = 0; i < t_.tokens.size(); ++i) {
      if (Dropped(i) || t_.tokens[i].kind != TokenKind::kWord) continue;
      uint32_t sentence = t_.tokens[i].sentence;
      if (auto m = pack_.attribution_before.MatchAt(t_, i)) {
        std::string name = Resolved(
            SpeakerText(m->end, m->end + pack_.max_speaker_tokens + 4, 1, sentence), last);
        if (!name.empty()) {
          speakers_.push_back({i, name});
          last = name;
          i = m->end - 1;
          continue;
        }
      }
      if (auto m = pack_.attribution_after.MatchAt(t_, i)) {
        uint32_t next = i;
        std::string name = Resolved(SpeakerOfVerbAfter(i, m->end, sentence, &next), last);
        if (!name.empty()) {
          speakers_.push_back({i, name});
          last = std::move(name);
          i = next;
          continue;
        }
      }
      if (pack_.attribution_pronoun.MatchAt(t_, i) && !last.empty()) {
        speakers_.push_back({i, last});
      }
    }
  }

  // The quotations of the text, as [opening mark, closing mark] token pairs: a mark of
  // the pack's quote_marks opens one, its closing mark ends it; a line break drops one
  // left open.
  void FindQuotes() {
    if (pack_.quote_marks.empty()) return;
    const std::string* close = nullptr;
    uint32_t open = 0;
    for (uint32_t i = 0; i < t_.tokens.size(); ++i) {
      const Token& tok = t_.tokens[i];
      if (tok.newline_before) close = nullptr;
      if (tok.kind != TokenKind::kPunct) continue;
      const absl::string_view mark = t_.Text(tok);
      if (close != nullptr) {
        if (mark == *close) {
          quotes_.push_back({open, i});
          close = nullptr;
        }
        continue;
      }
      for (const auto& [opening, closing] : pack_.quote_marks) {
        if (mark == opening) {
          open = i;
          close = &closing;
          break;
        }
      }
    }
  }

  // Whether `p` opens or closes a quotation (the pack's quote_marks).
  bool QuoteMark(absl::string_view p) const {
    for (const auto& [opening, closing] : pack_.quote_marks) {
      if (p == opening || p == closing) return true;
    }
    return false;
  }

  // The speaker of token's sentence nearest to it; in a sentence with none inside a
  // quotation of several sentences, the quotation's speaker ("Kami sudah menangkap 5
  // tersangka. Semuanya kini ditahan," kata Hendra: Hendra said both).
  std::string SpeakerFor(uint32_t token) const {
    const uint32_t sentence = t_.tokens[token].sentence;
    if (const Speaker* s = NearestSpeaker(sentence, token)) return s->name;
    auto q = std::upper_bound(quotes_.begin(), quotes_.end(), token,
                              [](uint32_t t, const std::pair<uint32_t, uint32_t>& q) {
                                return t < q.first;
                              });
    if (q == quotes_.begin()) return "";
    const auto [open, close] = *--q;
    if (token >= close) return "";
    // The speaker named right after the closing mark, else right before the opening one.
    const uint32_t last = t_.tokens[close].sentence, first = t_.tokens[open].sentence;
    if (sentence != last) {
      const Speaker* s = NearestSpeaker(last, close);
      if (s != nullptr && s->token > close) return s->name;
    }
    if (sentence != first) {
      const Speaker* s = NearestSpeaker(first, open);
      if (s != nullptr && s->token < open) return s->name;
    }
    return "";
  }

  // The speaker of `sentence` nearest to token, if any.
  const Speaker* NearestSpeaker(uint32_t sentence, uint32_t token) const {
    const Speaker* best = nullptr;
    uint32_t best_dist = kNone;
    // speakers_ is in text order: only the sentence's own speakers are looked at.
    const Sentence& sent = t_.sentences[sentence];
    auto from = std::lower_bound(
        speakers_.begin(), speakers_.end(), sent.first_token,
        [](const Speaker& s, uint32_t t) { return s.token < t; });
    for (auto it = from; it != speakers_.end() && it->token < sent.end_token; ++it) {
      const Speaker& s = *it;
      uint32_t d = s.token > token ? s.token - token : token - s.token;
      if (d < best_dist) {
        best_dist = d;
        best = &s;
      }
    }
    return best;
  }

  // Whether a new clause opens in tokens [from, to): a comma then a conjunction of the
  // pack's clause_conjunctions ("struck at a depth of 10 km, ..., and has been followed by
  // 47 aftershocks, ... a tremor on Monday morning": Monday is the tremor's day).
  bool ClauseBreakBetween(uint32_t from, uint32_t to) const {
    if (pack_.clause_conjunctions.empty()) return false;
    for (uint32_t k = from; k + 1 < to; ++k) {
      if (t_.Is(k, ",") && IsWord(k + 1) && InSet(pack_.clause_conjunctions, k + 1)) return true;
    }
    return false;
  }

  // Whether `p` counts units ahead of the publication ("dalam sehari", "dalam dua pekan",
  // "in two days"): a span or a deadline, which dates nothing.
  bool AheadCount(const ParsedDate& p) const {
    return p.rule == "date.relative_count" && p.resolved && reference_ &&
           absl::CivilDay(p.from) > absl::CivilDay(*reference_);
  }

  // Whether date `d`, coarser than a day, stands in a relative clause set off by commas
  // that does not hold tokens [first, end): "The Marisol Star, which was built in 2007, had
  // 20 crew members aboard" (2007 says when the ship was built, not when 20 were aboard).
  bool InOtherRelativeClause(const ParsedDate& d, uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxBack = 8;
    if (d.grain == DateGrain::kDay || d.grain == DateGrain::kMinute || pack_.relative_pronouns.empty()) {
      return false;
    }
    const uint32_t sentence_first = t_.sentences[t_.tokens[d.first_token].sentence].first_token;
    const uint32_t sentence_end = t_.sentences[t_.tokens[d.first_token].sentence].end_token;
    uint32_t open = kNone;
    for (uint32_t k = d.first_token; k > sentence_first && d.first_token - k < kMaxBack; --k) {
      if (t_.Is(k - 1, ",")) {
        open = k - 1;
        break;
      }
    }
    if (open == kNone || !IsWord(open + 1) || !InSet(pack_.relative_pronouns, open + 1)) return false;
    uint32_t close = d.end_token;
    while (close < sentence_end && !t_.Is(close, ",")) ++close;
    return end <= open || first > close;
  }

  // Whether a comma and a time_clause_openers word ("when", "ketika") start at token k.
  bool OpensTimeClause(uint32_t k) const {
    return t_.Is(k, ",") && IsWord(k + 1) && SameSentence(k, k + 1) && InSet(pack_.time_clause_openers, k + 1);
  }

  // Whether a word of lang.json not_event_time ends right before token k, or opens the
  // clause of a few words that ends there: "since May 29", and "since the monsoon set in
  // on May 29" (the start of what was counted, not the day it was counted).
  bool NotEventTimeBefore(uint32_t k) const {
    constexpr uint32_t kMaxWords = 6;
    for (uint32_t j = k, words = 0; j > 0 && words <= kMaxWords && SameSentence(j - 1, k); --j) {
      if (pack_.not_event_time.MatchEndingAt(t_, j)) return true;
      if (!IsWord(j - 1)) return false;  // a comma or a figure: another clause
      ++words;
    }
    return false;
  }

  // The date mention of token's sentence nearest to it, if any.
  const DateMention* DateFor(uint32_t first, uint32_t end) const {
    const DateMention* best = nullptr;
    uint32_t best_dist = kNone;
    // dates_ is in text order: only the sentence's own mentions are looked at.
    const Sentence& s = t_.sentences[t_.tokens[first].sentence];
    auto from = std::lower_bound(
        dates_.begin(), dates_.end(), s.first_token,
        [](const DateMention& d, uint32_t token) { return d.parsed.first_token < token; });
    auto candidate = [&](const DateMention& d) {
      const uint32_t df = d.parsed.first_token;
      if (df > 0 && NotEventTimeBefore(df) && !OpensTimeClause(d.parsed.end_token)) return false;
      if (d.parsed.rule == kOtherCalendar) return false;  // "1445 H": dates nothing
      if (d.no_fact) return false;
      if (df >= end && ClauseBreakBetween(end, df)) return false;  // another clause's date
      if (df >= end && d.compared) return false;  // what it is compared with
      return !InOtherRelativeClause(d.parsed, first, end) && !AheadCount(d.parsed);
    };
    // The day a statement was made dates a figure as counted that day, unless its sentence
    // gives the period it was counted over ("said on Friday that 719 deaths had been
    // reported in the week from June 25 to July 1": the week's).
    bool period = false;
    for (auto it = from; it != dates_.end() && it->parsed.first_token < s.end_token && !period; ++it) {
      period = it->parsed.is_range && candidate(*it) && !UntilBefore(it->parsed);  // not "by the end of May"
    }
    for (auto it = from; it != dates_.end() && it->parsed.first_token < s.end_token; ++it) {
      const DateMention& d = *it;
      uint32_t df = d.parsed.first_token;
      if (!candidate(d)) continue;
      uint32_t dist = df >= end ? df - end : (first >= d.parsed.end_token ? first - d.parsed.end_token : 0);
      // A date of the figure's own clause before one a comma sets apart ("took effect on
      // March 2, 2016, eclipsing the €512 million fine imposed on Harlan Corp in June 2019").
      if (CommaBetween(df >= end ? end : d.parsed.end_token, df >= end ? df : first)) dist += kOtherClause;
      if (period && !d.parsed.is_range && StatementDate(df, d.parsed.end_token)) dist += kStatementDay;
      if (dist < best_dist) {
        best_dist = dist;
        best = &d;
      }
    }
    return best;
  }

  // Whether a comma stands among tokens [from, to).
  bool CommaBetween(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      if (t_.Is(k, ",")) return true;
    }
    return false;
  }
  static constexpr uint32_t kOtherClause = 8;  // tokens a comma counts as
  static constexpr uint32_t kStatementDay = 1000;  // beyond any sentence's other dates

  // The until-bound date right after `d` ("September 2017 hingga 15 Januari 2018", "sejak
  // September 2017 hingga 25 Januari 2018"), else `d`: a count over a span stands as of
  // its end, not its start.
  const DateMention* SpanEnd(const DateMention* d) const {
    const DateMention* next = d + 1;  // dates_ is in text order
    if (next == dates_.data() + dates_.size() || next->parsed.first_token == 0) return d;
    auto m = UntilBefore(next->parsed);
    return m && m->begin == d->parsed.end_token ? next : d;
  }

  // The until word right before date `p` ("hingga Sabtu", "by mid-afternoon"), if any. A
  // word that also names who did a thing (lang.json agent_prepositions) bounds no day
  // written as an owner ("killed by Tuesday's blast").
  absl::optional<Lexicon<bool>::Match> UntilBefore(const ParsedDate& p) const {
    auto m = pack_.date_until.MatchEndingAt(t_, p.first_token);
    if (m && m->end == m->begin + 1 && InSet(pack_.agent_prepositions, m->begin) && PossessiveAt(p.end_token)) {
      return absl::nullopt;
    }
    return m;
  }

  // The canonical concept of the word(s) at i, or else the folded word: its stem when
  // `stem` (context words, where "penangkapan" should meet "ditangkap"), as written
  // otherwise (heads, which must name the same thing for two facts to disagree).
  std::string ConceptAt(uint32_t i, uint32_t* end, bool stem = false) const {
    if (auto m = pack_.concepts.MatchAt(t_, i)) {
      *end = m->end;
      return m->value->id;
    }
    *end = i + 1;
    const absl::string_view lower = t_.Lower(t_.tokens[i]);
    absl::string_view w = FoldReduplication(lower);
    // MatchAt has looked the word itself up (a one-word form always matches); only its
    // folded form ("kontainer" of "kontainer-kontainer") is new.
    if (w.size() != lower.size()) {
      if (const Concept* c = pack_.concepts.Find(w)) return c->id;
    }
    // Inflected forms share a key ("penangkapan", "ditangkap"), and a concept may hide
    // behind an affix ("penumpangnya").
    std::string key = pack_.stemmer.Stem(w);
    if (auto it = pack_.concept_stems.find(key); it != pack_.concept_stems.end()) {
      return it->second;
    }
    return stem ? key : std::string(w);
  }

  // Whether `id` (what ConceptAt gives) is a concept of concepts.json, not a word's own
  // form or stem.
  bool IsConcept(const std::string& id) const { return pack_.concept_ids.contains(id); }

  // Whether a number that is no date follows token k in the sentence of token `number`.
  bool FigureAfter(uint32_t number, uint32_t k) const {
    const uint32_t end = t_.sentences[t_.tokens[number].sentence].end_token;
    for (uint32_t j = k; j < end; ++j) {
      if (t_.tokens[j].kind == TokenKind::kNumber && info_[j].date == kNone) return true;
    }
    return false;
  }

  // The other states joined to the state `state` ending before token k, as alternatives
  // or by a conjunction ("tewas atau terluka", "either died or are missing", "selamat,
  // hilang dan tewas"); none when the next state labels a figure after it ("luka-luka 56
  // jiwa, hilang 17 jiwa": a list of items) or is the same state said twice.
  std::vector<std::string> JoinedStates(uint32_t number, uint32_t k, const std::string& state) const {
    if (!SameSentence(number, k) || k >= t_.tokens.size()) return {};
    const bool comma = t_.Is(k, ",");
    if (!comma && (!IsWord(k) || (!InSet(pack_.state_alternatives, k) && !InSet(pack_.state_stop, k)))) {
      return {};
    }
    if (comma) {
      // "selamat, hilang dan tewas": a comma joins states only in a list that a
      // conjunction closes.
      const uint32_t after = k + 1;
      const auto m = pack_.concepts.MatchAt(t_, after);
      if (!m || !pack_.states.contains(m->value->id) || !SameSentence(number, after)) return {};
      std::vector<std::string> rest = JoinedStates(number, m->end, state);
      if (!rest.empty()) rest.push_back(m->value->id);
      return rest;
    }
    // "either died or are missing": words passed over before a state may stand between,
    // but not another figure ("Four crew members are missing and one has died": the one's).
    uint32_t next = k + 1;
    for (int skipped = 0; skipped < 2 && next < t_.tokens.size() && IsWord(next) && SameSentence(number, next) &&
                          (InSet(pack_.qualifier_skip, next) || InSet(pack_.stopwords, next)) &&
                          !pack_.concepts.MatchAt(t_, next) && !numbers_.ParseAt(next);
         ++skipped) {
      ++next;
    }
    // "unaccounted for and presumed dead": one state, said twice.
    const auto m = pack_.concepts.MatchAt(t_, next);
    if (!m || !pack_.states.contains(m->value->id) || m->value->id == state || !SameSentence(number, next)) {
      return {};
    }
    // The state after the conjunction labels the next figure ("hilang 17 jiwa dan
    // meninggal dunia 34 jiwa"): the list goes on, and the state before is its own.
    if (m->end < t_.tokens.size() && SameSentence(number, m->end) && t_.tokens[m->end].kind == TokenKind::kNumber) {
      return {};
    }
    return {m->value->id};
  }

  // The state of concepts.json state_changes, other than `state`, that is the predicate
  // right after token `from` (over a noun of another concept, then qualifier_skip words)
  // of a count whose figure is at token `number` ("korban luka berat meninggal dunia di
  // rumah sakit", "two injured people later died"); null when there is none, or when it
  // labels a figure after it ("luka berat 8 orang, meninggal 41 orang" is a list).
  const std::string* StateChangeAfter(uint32_t number, uint32_t from, absl::string_view state) const {
    constexpr int kMaxSkipped = 2;
    if (pack_.state_changes.empty()) return nullptr;
    uint32_t k = from;
    // "Three seriously injured inmates died": the noun after a state written before it.
    if (IsWord(k) && SameSentence(number, k)) {
      const auto noun = pack_.concepts.MatchAt(t_, k);
      if (noun && !pack_.states.contains(noun->value->id)) k = noun->end;
    }
    for (int skipped = 0; skipped < kMaxSkipped && IsWord(k) && SameSentence(number, k) &&
                          InSet(pack_.qualifier_skip, k) && !pack_.concepts.MatchAt(t_, k);
         ++skipped) {
      ++k;
    }
    if (!IsWord(k) || !SameSentence(number, k)) return nullptr;
    const auto m = pack_.concepts.MatchAt(t_, k);
    if (!m || m->value->id == state || !pack_.state_changes.contains(m->value->id)) return nullptr;
    if (m->end < t_.tokens.size() && SameSentence(number, m->end) && t_.tokens[m->end].kind == TokenKind::kNumber) {
      return nullptr;
    }
    return &m->value->id;
  }

  // Whether the count whose first token is `first` (figure at token i) is listed after a
  // noun with no figure of its own and a noun joiner ("Pilot dan Tiga Awak Tewas",
  // "the pilot and three crew members were killed"): it counts a part of those in its
  // state, the noun before being among them too. Not in a list of counts ("12 penumpang
  // dan 3 kru"), nor after a state ("korban luka dan 5 orang hilang") or a concept other
  // than the count's own (`head`: "pesawat nirawak dan lebih dari 20 rudal" are two things).
  bool JoinedAfterBareNoun(uint32_t first, uint32_t i, const Symbol& head) const {
    constexpr uint32_t kNoFigureWithin = 4;  // tokens before the noun with no figure
    if (first < 2 || !IsWord(first - 1) || !InSet(pack_.noun_joiners, first - 1)) return false;
    const uint32_t noun = first - 2;
    if (!IsWord(noun) || !SameSentence(i, noun) || InSet(pack_.stopwords, noun) || info_[noun].date != kNone) {
      return false;
    }
    if (const auto c = pack_.concepts.MatchEndingAt(t_, first - 1);
        c && (pack_.states.contains(c->value->id) || c->value->id != head.str())) {
      return false;
    }
    for (uint32_t k = noun; k > 0 && noun - k < kNoFigureWithin && SameSentence(i, k - 1); --k) {
      if (t_.tokens[k - 1].kind == TokenKind::kNumber || numbers_.ParseAt(k - 1)) return false;  // "Eighteen men and 11 women"
    }
    return true;
  }

  // The state a part of a part_of_links whole in `whole_state` is in, written after the
  // whole ending before token `e`: only when the whole's state is one of concepts.json
  // located_wholes, which holds all of the part's state ("14 of the 29 people on board
  // were injured": all the injured; "Two of the 30 injured died" count no total of the
  // dead), and it is another state; else "".
  std::string PartStateAfterLocatedWhole(uint32_t number, const std::string& whole_state, uint32_t e) const {
    if (!pack_.located_wholes.contains(whole_state)) return "";
    std::string next = StateAfter(number, e);
    return next == whole_state ? "" : next;
  }

  // The state a count's `state`, written right after its noun ending before token `e`, is
  // narrowed to by a state after it (concepts.json narrowed_after: "14 korban luka masih
  // dirawat", the injured still in hospital); else `state`.
  std::string NarrowedAfter(uint32_t number, uint32_t e, std::string state) const {
    if (state.empty() || pack_.narrowed_after.empty() || !IsWord(e) || !SameSentence(number, e)) return state;
    const auto m = pack_.concepts.MatchAt(t_, e);
    if (!m || m->value->id != state) return state;
    std::string narrower = StateAfter(number, m->end);
    if (pack_.narrowed_after.contains(std::make_pair(state, narrower))) return narrower;
    // ("19 people wounded in the market shooting remained in the hospital": over a
    // phrase a phrase preposition opens, a few words, no punctuation.)
    constexpr uint32_t kMaxPhrase = 6;
    if (m->end < t_.tokens.size() && IsWord(m->end) && InSet(pack_.phrase_prepositions, m->end)) {
      for (uint32_t k = m->end + 1; k < t_.tokens.size() && k <= m->end + kMaxPhrase && IsWord(k) && SameSentence(number, k);
           ++k) {
        if (auto c = pack_.concepts.MatchAt(t_, k);
            c && pack_.narrowed_after.contains(std::make_pair(state, c->value->id))) {
          return c->value->id;
        }
      }
    }
    return state;
  }

  // The state concept after a counted noun ending before token `e`, over words that may
  // stand between (qualifier_skip, stopwords); "" when the next words name none.
  std::string StateAfter(uint32_t number, uint32_t e) const {
    constexpr int kMaxSkipped = 4;
    constexpr uint32_t kMaxModifiers = 2;
    int skipped = 0, names_skipped = 0;
    // (After a classifier the next noun is the head, not a modifier: "dua orang pedagang".)
    bool after_classifier = e > 0 && pack_.classifiers.contains(t_.Lower(t_.tokens[e - 1]));
    uint32_t modifiers = 0, noun_end = e;
    // A capitalised word that is no concept and no word passed over anyway ("Masih
    // Hilang" in a headline's title case is no name).
    auto PlainName = [&](uint32_t k) {
      return NameWord(k) && !InSet(pack_.qualifier_skip, k) && !InSet(pack_.stopwords, k) &&
             !pack_.concepts.MatchAt(t_, k);
    };
    for (uint32_t k = e; k < t_.tokens.size() && SameSentence(number, k) && info_[k].date == kNone;) {
      // "64 orang (selamat) ditempatkan ...": brackets are passed over.
      if (t_.Is(k, "(") || t_.Is(k, ")")) {
        ++k;
        continue;
      }
      // "at least 14 people, including security guards and churchgoers, were wounded": an
      // insert a part opener opens between two commas is passed over.
      if (t_.Is(k, ",") && k + 1 < t_.tokens.size() && pack_.part_openers.MatchAt(t_, k + 1)) {
        constexpr uint32_t kMaxInsert = 10;
        uint32_t c = k + 2;
        while (c < t_.tokens.size() && c - k <= kMaxInsert && SameSentence(number, c) && !t_.Is(c, ",")) ++c;
        if (c >= t_.tokens.size() || c - k > kMaxInsert || !t_.Is(c, ",")) break;
        k = c + 1;
        continue;
      }
      if (!IsWord(k)) break;
      if (auto m = pack_.concepts.MatchAt(t_, k)) {
        if (pack_.states.contains(m->value->id)) {
          // "tewas atau terluka", "luka-luka dan meninggal dunia": either or both of two
          // states is neither.
          // "53 children have either died or are missing": the figure counts the states
          // together, a state of its own ("death+missing") that meets only the same.
          std::vector<std::string> joined = JoinedStates(number, m->end, m->value->id);
          if (joined.empty()) return m->value->id;
          joined.push_back(m->value->id);
          std::sort(joined.begin(), joined.end());
          joined.erase(std::unique(joined.begin(), joined.end()), joined.end());
          return absl::StrJoin(joined, "+");
        }
      }
      // "27 orang dengan total korban selamat, hilang dan tewas mencapai 325 orang": a
      // tally opener with a figure after it in the sentence opens another tally (not "19
      // untuk total yang meninggal dunia").
      if (pack_.tally_openers.size() != 0 && pack_.tally_openers.MatchAt(t_, k) && FigureAfter(number, k)) break;
      // Right after the noun, a name and a place after its preposition modify it, and
      // are passed over as one word each ("11 pendaki Gunung Rimbosati di Andalas Barat
      // ditemukan meninggal dunia"); a place further on is where something else is ("4
      // korban lainnya ditemukan di Dusun X yang juga terdampak longsoran").
      if (skipped == names_skipped) {
        const uint32_t name_from = PlainName(k) ? k
                                   : InSet(pack_.place_prepositions, k) && k + 1 < t_.tokens.size() &&
                                           PlainName(k + 1) && SameSentence(number, k + 1)
                                       ? k + 1
                                       : kNone;
        if (name_from != kNone) {
          if (++skipped > kMaxSkipped) break;
          ++names_skipped;
          k = name_from;
          while (k < t_.tokens.size() && PlainName(k) && SameSentence(number, k)) ++k;
          continue;
        }
      }
      // "55 pengawas pemilu meninggal dunia", "5 pekerja tambang emas tewas": in a
      // language whose verbs wear prefixes (verb_prefixes), up to two lower-case words
      // right after the noun that are no verb, stop word or state modify it.
      if (!after_classifier && modifiers < kMaxModifiers && k == noun_end + modifiers && NounModifier(k)) {
        ++modifiers;
        ++skipped;
        ++k;
        continue;
      }
      // "155 narapidana dan tahanan kasus terorisme menyerah": a noun of the counted
      // noun's own concept joined to it (noun_joiners) is the same noun, and may have
      // modifiers of its own.
      if (k == noun_end + modifiers && k + 1 < t_.tokens.size() && SameSentence(number, k + 1) &&
          InSet(pack_.noun_joiners, k)) {
        const auto head = pack_.concepts.MatchEndingAt(t_, e);
        const auto joined = head ? pack_.concepts.MatchAt(t_, k + 1) : absl::nullopt;
        if (joined && joined->value->id == head->value->id && !pack_.states.contains(joined->value->id)) {
          if (++skipped > kMaxSkipped) break;
          noun_end = k = static_cast<uint32_t>(joined->end);
          modifiers = 0;
          after_classifier = false;
          continue;
        }
      }
      if (++skipped > kMaxSkipped || (!InSet(pack_.qualifier_skip, k) && !InSet(pack_.stopwords, k))) {
        break;
      }
      if (!pack_.state_stop.empty() && InSet(pack_.state_stop, k)) break;
      if (!pack_.state_clause_openers.empty() && InSet(pack_.state_clause_openers, k)) break;
      ++k;
    }
    return "";
  }

  // A lower-case content word that may modify the noun before it ("pemilu" in "pengawas
  // pemilu"): no verb by its prefix, no stop word, no state; only where verbs wear
  // prefixes (verb_prefixes), so never in English.
  bool NounModifier(uint32_t k) const {
    if (pack_.verb_prefixes.empty() || !IsContentWord(k) || NameWord(k) || VerbShaped(k) ||
        InSet(pack_.qualifier_skip, k) || info_[k].date != kNone || numbers_.ParseAt(k)) {
      return false;
    }
    const auto m = pack_.concepts.MatchAt(t_, k);
    return !m || !pack_.states.contains(m->value->id);
  }

  // A comparative at *end ("lebih ringan", in the number's sentence) makes the number at
  // token i a difference between two amounts; it joins the fact's span.
  // (Not a measure's words that open with one: "2,310 m above sea level" is an
  // elevation, "10 km below the surface" a depth; concepts.json measured_after.)
  bool ComparativeAt(uint32_t i, uint32_t* end) const {
    auto c = pack_.comparatives.MatchAt(t_, *end);
    if (!c || !SameSentence(i, c->begin)) return false;
    if (auto m = pack_.measured_after.MatchAt(t_, *end); m && m->end > c->end) return false;
    *end = c->end;
    return true;
  }

  // A word with a verb's prefix (verb_prefixes) that names no concept: "dinyatakan",
  // "tertimbun", "menjadi" (not "tersangka", a concept, nor "pedagang").
  bool VerbShaped(uint32_t k) const {
    if (pack_.verb_prefixes.empty() || pack_.concepts.MatchAt(t_, k)) return false;
    const absl::string_view w = t_.Lower(t_.tokens[k]);
    for (const std::string& suffix : pack_.noun_suffixes) {
      if (absl::EndsWith(w, suffix)) return false;  // "terorisme"
    }
    return HasPrefix(k, pack_.verb_prefixes);
  }

  // Whether word k starts with one of `prefixes` and goes on for at least three letters.
  bool HasPrefix(uint32_t k, const std::vector<std::string>& prefixes) const {
    constexpr size_t kMinRest = 3;
    const absl::string_view w = t_.Lower(t_.tokens[k]);
    for (const std::string& p : prefixes) {
      if (w.size() >= p.size() + kMinRest && WordStartsWith(w, p)) return true;
    }
    return false;
  }

  // The last count already found in the sentence of token i (numbers are found in text
  // order, dates only after them), or null.
  const Fact* CountBefore(uint32_t i) const {
    const uint32_t sentence = t_.tokens[i].sentence;
    for (auto it = facts_.rbegin(); it != facts_.rend() && it->sentence == sentence; ++it) {
      if (it->kind == FactKind::kCount && !it->measures.head.empty()) return &*it;
    }
    return nullptr;
  }

  // Who holds `state`, written with no noun at `first` (number token i): the noun of the
  // list item right before it when that item's state has the same holder ("12 sekolah
  // rusak berat dan 7 rusak ringan": schools), else the state's holder ("152 rusak
  // sedang": houses; "5 orang tewas dan 3 luka-luka": people).
  Symbol HolderInList(uint32_t i, uint32_t first, const Symbol& state) const {
    const std::string& holder = pack_.HolderOf(state);
    if (holder == pack_.state_holder || !JoinedToItemBefore(first)) return holder;
    const Fact* before = CountBefore(i);
    if (before != nullptr && !before->measures.qualifier.empty() &&
        pack_.HolderOf(before->measures.qualifier) == holder) {
      return before->measures.head;
    }
    return holder;
  }

  // Whether another state is joined before the state starting at token `begin`
  // ("total korban selamat, hilang dan tewas mencapai 325 orang", "killed or injured 40"):
  // the tally of a list of states counts none of them alone.
  bool StateJoinedBefore(uint32_t begin) const {
    if (begin < 2 || !IsWord(begin - 1) ||
        (!InSet(pack_.state_alternatives, begin - 1) && !InSet(pack_.state_stop, begin - 1))) {
      return false;
    }
    const auto before = pack_.concepts.MatchEndingAt(t_, begin - 1);
    return before && pack_.states.contains(before->value->id);
  }

  // The state concept ending just before the number at `first`, over update words
  // ("korban tewas bertambah menjadi 11 orang", "jumlah korban meninggal 19 orang").
  std::string StateBefore(uint32_t number, uint32_t first) const {
    constexpr int kMaxSkipped = 3;
    uint32_t k = first;
    // "meninggal dunia: 23 orang": a state as the label of the figure.
    if (k > 1 && t_.Is(k - 1, ":") && SameSentence(number, k - 1)) --k;
    bool after_marker = false;
    for (int skipped = 0; k > 0 && skipped <= kMaxSkipped; ++skipped) {
      // "rose from 5 to 11 people": the old figure of a change is passed over.
      if (pack_.range_not_after.size() != 0) {
        if (auto c = pack_.range_connectives.MatchEndingAt(t_, k);
            c && c->begin > 1 && t_.tokens[c->begin - 1].kind == TokenKind::kNumber &&
            SameSentence(number, c->begin - 1)) {
          if (auto o = pack_.range_openers.MatchEndingAt(t_, c->begin - 1)) {
            k = o->begin;
            continue;
          }
        }
      }
      if (!IsWord(k - 1) || !SameSentence(number, k - 1) || info_[k - 1].date != kNone) break;
      if (auto m = pack_.concepts.MatchEndingAt(t_, k)) {
        if (pack_.states.contains(m->value->id)) {
          return StateJoinedBefore(m->begin) ? "" : UnnarrowedState(m->begin, m->value->id, number);
        }
      }
      absl::string_view w = t_.Lower(t_.tokens[k - 1]);
      const bool marker =
          pack_.compare.update_markers.Find(w) != nullptr || InSet(pack_.tally_verbs, k - 1);
      after_marker |= marker;
      if (!InSet(pack_.qualifier_skip, k - 1) && !InSet(pack_.stopwords, k - 1) && !marker) break;
      --k;
    }
    // "Jumlah korban meninggal akibat longsor di Desa X, Kabupaten Y, bertambah menjadi
    // 11 orang": a tally's subject names the state, far before the figure its update
    // verb (or tally verb: "sebanyak", "sejumlah") gives. Only a tally subject (the
    // pack's tally_subjects) followed by a state counts ("korban meninggal", "korban
    // yang meninggal"), and no other figure between.
    if (!after_marker) return "";
    constexpr uint32_t kMaxSubjectDistance = 30;
    const uint32_t lo = first > kMaxSubjectDistance ? first - kMaxSubjectDistance : 0;
    // A tally opener ("jumlah", "total", "number of") ends the search: the subject
    // follows it ("jumlah pendaki yang meninggal dunia": any noun after one is a
    // subject), and a state before it belongs to another clause ("Dengan bertambahnya
    // korban meninggal dunia, jumlah pendaki yang berhasil ditemukan sebanyak 74 orang":
    // those found, not the dead).
    auto opener_ends_at = [&](uint32_t k) {  // an opener's last token is k - 1
      return k > 0 && pack_.tally_openers.size() != 0 && pack_.tally_openers.MatchEndingAt(t_, k);
    };
    auto is_subject = [&](uint32_t k) {
      const Concept* c = pack_.concepts.Find(t_.Lower(t_.tokens[k]));
      return (c != nullptr && pack_.tally_subjects.contains(c->id)) || opener_ends_at(k);
    };
    for (uint32_t j = first; j > lo && SameSentence(number, j - 1); --j) {
      // Another count between takes the state; a date or a measure ("gempa magnitudo 5,8
      // yang mengguncang ... pada Kamis (21/11)") counts nobody and is passed over, and so
      // is the increase of this very tally ("bertambah 28 jiwa menjadi 240 jiwa"), and a
      // name's number ("di Tol Lembah Sari KM 150"; identifier_before; "a COVID-19 ward").
      if (t_.tokens[j - 1].kind == TokenKind::kNumber && info_[j - 1].date == kNone &&
          !pack_.prefix_units.MatchEndingAt(t_, j - 1) && !pack_.suffix_units.MatchAt(t_, j) &&
          !IncreaseAt(j - 1, number) && !AfterIdentifierWord(j - 1) && !GluedToWord(j - 1)) {
        break;
      }
      if (opener_ends_at(j)) break;
      auto m = pack_.concepts.MatchEndingAt(t_, j);
      if (!m || !pack_.states.contains(m->value->id)) continue;
      // "korban meninggal" as one form, "korban" right before the state word, or a stop
      // word between them ("korban yang meninggal dunia").
      if (StateJoinedBefore(m->begin)) return "";
      // "berjumlah 41 orang, luka berat dalam penanganan sebanyak 8 orang": a state that
      // opens a list's item names the item's tally.
      if (m->begin > 0 && (t_.Is(m->begin - 1, ",") || (IsWord(m->begin - 1) && InSet(pack_.state_stop, m->begin - 1)))) {
        return m->value->id;
      }
      // "jumlah pengungsi terdampak gempa ... mencapai 548 orang": the subject is itself a
      // state (evacuees), and the state right after it only describes them.
      if (auto noun = pack_.concepts.MatchEndingAt(t_, m->begin);
          noun && pack_.states.contains(noun->value->id) && opener_ends_at(noun->begin)) {
        return noun->value->id;
      }
      if (is_subject(m->begin) || (m->begin > 0 && is_subject(m->begin - 1)) ||
          (m->begin > 1 && InSet(pack_.stopwords, m->begin - 1) && is_subject(m->begin - 2))) {
        return UnnarrowedState(m->begin, m->value->id, number);
      }
    }
    return "";
  }

  // "total korban meninggal dunia yang berhasil dievakuasi sebanyak 40 orang": a state
  // (at token `begin`) in a clause about a noun that is itself a state the clause never
  // narrows (concepts.json never_narrows: the dead who were recovered are the dead, no
  // evacuees) gives way to that one.
  std::string UnnarrowedState(uint32_t begin, const std::string& state, uint32_t number) const {
    const uint32_t before = StopWordsBefore(begin, number);
    if (before == begin || before == 0) return state;
    const auto subject = pack_.concepts.MatchEndingAt(t_, before);
    if (subject && pack_.states.contains(subject->value->id) &&
        pack_.never_narrows.contains(std::make_pair(subject->value->id, state))) {
      return subject->value->id;
    }
    return state;
  }

  // The token after the last word before token `k` that is no stop word, verb-shaped
  // word ("berhasil") nor qualifier_skip word, within three, in the sentence of `number`.
  uint32_t StopWordsBefore(uint32_t k, uint32_t number) const {
    for (int n = 0; n < 3 && k > 0 && IsWord(k - 1) && SameSentence(number, k - 1) &&
                    (InSet(pack_.stopwords, k - 1) || InSet(pack_.qualifier_skip, k - 1) || VerbShaped(k - 1));
         ++n) {
      --k;
    }
    return k;
  }

  // A sentence that opens with a conditional ("Apabila denda tidak dibayar, diganti
  // dengan kurungan enam bulan") states what would happen, not what did.
  bool Hypothetical(uint32_t sentence) const {
    const Sentence& s = t_.sentences[sentence];
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (IsWord(k)) return pack_.conditionals.MatchAt(t_, k).has_value();
    }
    return false;
  }

  // Whether a projection (lang.json projections_after: "may have died") stands within
  // a few words after token `end`, with no punctuation between.
  bool ProjectionAfter(uint32_t end) const {
    constexpr uint32_t kMaxWords = 3;
    if (pack_.projections_after.size() == 0 || end >= t_.tokens.size()) return false;
    const uint32_t sentence_end = t_.sentences[t_.tokens[end].sentence].end_token;
    for (uint32_t k = end; k < sentence_end && k <= end + kMaxWords && IsWord(k); ++k) {
      if (pack_.projections_after.MatchAt(t_, k)) return true;
    }
    return false;
  }

  // Whether a generic marker (lang.json generic_markers: "umumnya", "typically") stands
  // before token `first` in its sentence: the sentence tells what usually happens, not
  // what did ("puting beliung umumnya berlangsung singkat, sekitar 5 hingga 10 menit, dan
  // terjadi pada siang hingga sore hari"), and its figures are never compared.
  bool GenericBefore(uint32_t first) const {
    if (pack_.generic_markers.size() == 0) return false;
    for (uint32_t k = t_.sentences[t_.tokens[first].sentence].first_token; k < first; ++k) {
      if (IsWord(k) && pack_.generic_markers.MatchAt(t_, k)) return true;
    }
    return false;
  }

  // Whether a denial of the pack stands before token `first` in its clause, at most
  // denial_window words back ("Tidak benar ada lima orang", "denied that five"): the
  // figure is denied. A clause starts after a comma, semicolon, colon or quotation mark
  // (the pack's quote_marks).
  bool Negated(uint32_t first) const { return InClauseBefore(first, pack_.denials, pack_.denial_window); }

  // Whether a word of `words` stands before token `first` in its clause, at most `window`
  // words back. A clause starts after a comma, semicolon, colon or quotation mark.
  bool InClauseBefore(uint32_t first, const Lexicon<bool>& words, int window) const {
    if (window == 0 || words.size() == 0) return false;
    const uint32_t start = t_.sentences[t_.tokens[first].sentence].first_token;
    int n = 0;
    for (uint32_t k = first; k > start && n < window;) {
      --k;
      const Token& tok = t_.tokens[k];
      if (tok.kind == TokenKind::kPunct) {
        const absl::string_view p = t_.Text(tok);
        if (p == "," || p == ";" || p == ":" || QuoteMark(p)) break;
        continue;
      }
      ++n;
      if (auto m = words.MatchAt(t_, k); m && m->end <= first) return true;
    }
    return false;
  }

  // A capitalised word that may be part of a name: not a date, not a currency ("Rp").
  // Known once the dates are (MarkNameWords); every fact's context asks again.
  bool NameWord(uint32_t k) const { return k < name_word_.size() && name_word_[k]; }
  // Whether token k is a name particle inside a name ("br" of "Marlina br Sembiring").
  bool NameParticle(uint32_t k) const { return NameWord(k) && !t_.IsCapitalized(t_.tokens[k]); }
  void MarkNameWords() {
    name_word_.assign(t_.tokens.size(), false);
    for (uint32_t k = 0; k < t_.tokens.size(); ++k) {
      name_word_[k] = IsWord(k) && t_.IsCapitalized(t_.tokens[k]) && info_[k].date == kNone &&
                      !PrefixUnitAt(k);
    }
    // A name particle between two capitalised words of one sentence is a word of the
    // name ("Marlina br Sembiring").
    for (uint32_t k = 1; k + 1 < t_.tokens.size(); ++k) {
      if (name_word_[k - 1] && name_word_[k + 1] && IsWord(k) && InSet(pack_.age.name_particles, k) &&
          SameSentence(k - 1, k + 1)) {
        name_word_[k] = true;
      }
    }
  }
  // Whether token j is a hyphen written against the token before it and a word after it
  // ("22-member", "seven-storey").
  bool HyphenJoinedWordAt(uint32_t j) const {
    return t_.Is(j, "-") && !t_.tokens[j].space_before && IsWord(j + 1) && !t_.tokens[j + 1].space_before;
  }
  // Whether a prefix unit written before a number stands at token k ("M 6,5", "Rp 5.000";
  // not the initial of "berinisial M (45)").
  bool PrefixUnitAt(uint32_t k) const {
    const auto m = pack_.prefix_units.MatchAt(t_, k);
    return m && m->end < t_.tokens.size() && t_.tokens[m->end].kind == TokenKind::kNumber;
  }

  // The run of capitalised words that ends right before `k` (with `skip`, over the
  // pack's name_skip: "Sutrisno, yang berusia"), in the same sentence, lower-cased (its
  // first token in `*first` when given); "" when there is none.
  std::string PersonBefore(uint32_t k, bool skip, uint32_t* first = nullptr) const {
    const uint32_t sentence_first = t_.sentences[t_.tokens[k].sentence].first_token;
    while (skip && k > sentence_first && pack_.age.name_skip.contains(t_.Lower(t_.tokens[k - 1]))) {
      --k;
    }
    uint32_t b = k;
    constexpr uint32_t kMaxNameWords = 4;
    uint32_t words = 0;
    uint32_t nickname = kNone;  // the opening quote of 'Wallace "Buddy" Norcott', whose nickname is left out
    while (b > sentence_first && words < kMaxNameWords) {
      if (NameWord(b - 1)) {
        --b;
        if (!NameParticle(b)) ++words;
      } else if (nickname == kNone && words > 0 && b >= sentence_first + 4 && QuotedNameWord(b - 3) &&
                 NameWord(b - 4)) {
        nickname = b - 3;
        b -= 3;
      } else {
        break;
      }
    }
    if (b == k) return "";
    for (uint32_t w = b; w < k; ++w) {  // "Kabupaten Bogor", "Warga Desa Sukamaju"
      if (pack_.age.not_names.contains(t_.Lower(t_.tokens[w]))) return "";
    }
    // "Nofal Harsono atau Brigadir N (27)": the name before an alias link.
    if (b > sentence_first + 1 && IsWord(b - 1) && InSet(pack_.age.alias_links, b - 1) && NameWord(b - 2)) {
      if (std::string earlier = PersonBefore(b - 1, /*skip=*/false, first); !earlier.empty()) return earlier;
    }
    if (first != nullptr) *first = b;
    if (nickname == kNone) return std::string(t_.Lower(Span{t_.tokens[b].begin, t_.tokens[k - 1].end}));
    return absl::StrCat(t_.Lower(Span{t_.tokens[b].begin, t_.tokens[nickname - 1].end}), " ",
                        t_.Lower(Span{t_.tokens[nickname + 3].begin, t_.tokens[k - 1].end}));
  }
  // Whether tokens q..q+2 are one capitalised word in quotation marks (a nickname).
  bool QuotedNameWord(uint32_t q) const {
    auto mark = [&](uint32_t m) { return t_.tokens[m].kind == TokenKind::kPunct && QuoteMark(t_.Text(t_.tokens[m])); };
    return mark(q) && NameWord(q + 1) && mark(q + 2);
  }

  // The thing of concepts.json ages.things that the words from token `k` name, within
  // three words of the sentence ("aircraft" of "German-built aircraft"), or null.
  // (or role: ages.roles, "the 39-year-old captain")
  // *role tells which, when given.
  const std::string* ThingAfter(uint32_t k, bool* role = nullptr) const {
    const RulePack::AgeRule& age = pack_.age;
    if ((age.things.size() == 0 && age.roles.size() == 0) || k >= t_.tokens.size()) return nullptr;
    constexpr uint32_t kMaxWords = 3;
    const uint32_t sentence_end = t_.sentences[t_.tokens[k].sentence].end_token;
    for (uint32_t j = k; j < sentence_end && j < k + kMaxWords && IsWord(j); ++j) {
      if (auto m = age.roles.MatchAt(t_, j)) {
        if (role != nullptr) *role = true;
        return m->value;
      }
      if (auto m = age.things.MatchAt(t_, j)) return m->value;
    }
    return nullptr;
  }
  // The role or thing named right before token `k`, over the pack's name_skip ("kapal
  // selam yang berusia", "Its captain, 39"), a role before a thing ("nakhoda kapal
  // (52)") taking it; or null.
  const std::string* ThingBefore(uint32_t k) const {
    const RulePack::AgeRule& age = pack_.age;
    if (age.things.size() == 0 && age.roles.size() == 0) return nullptr;
    const uint32_t sentence_first = t_.sentences[t_.tokens[k].sentence].first_token;
    while (k > sentence_first && InSet(age.name_skip, k - 1)) --k;
    auto within = [&](const absl::optional<Lexicon<std::string>::Match>& m) {
      return m && m->begin >= sentence_first;
    };
    if (auto role = age.roles.MatchEndingAt(t_, k); within(role)) return role->value;
    auto thing = age.things.MatchEndingAt(t_, k);
    if (!within(thing)) return nullptr;
    if (auto role = age.roles.MatchEndingAt(t_, thing->begin); within(role)) return role->value;
    return thing->value;
  }

  // The role of ages.roles named right before a name at token k, over name_skip words
  // and role_name_links ("Sopir bus, Somchai Rattana (58)", "pilot berinisial AW (44)",
  // "The driver, 58-year-old Somchai Rattana"), or opening the name's capitalised run
  // ("Pilot Dani Harlow, 44,"): the named person holds it. Null when none.
  const std::string* RoleOfName(uint32_t k) const {
    const RulePack::AgeRule& age = pack_.age;
    if (age.roles.size() == 0) return nullptr;
    if (auto opening = age.roles.MatchAt(t_, k)) return opening->value;
    const uint32_t sentence_first = t_.sentences[t_.tokens[k].sentence].first_token;
    // ("Pengemudi bus, pria berinisial T (47)": over a person noun too.)
    for (;;) {
      if (k > sentence_first && (InSet(age.name_skip, k - 1) || InSet(age.role_name_links, k - 1))) {
        --k;
      } else if (auto noun = age.person_nouns.MatchEndingAt(t_, k); noun && noun->begin >= sentence_first) {
        k = noun->begin;
      } else {
        break;
      }
    }
    auto role = age.roles.MatchEndingAt(t_, k);
    if (!role || role->begin < sentence_first) {
      // ("sopir bus": a role before a thing.)
      auto thing = age.things.MatchEndingAt(t_, k);
      if (!thing || thing->begin < sentence_first) return nullptr;
      role = age.roles.MatchEndingAt(t_, thing->begin);
      if (!role || role->begin < sentence_first) return nullptr;
    }
    return role->value;
  }
  // A person's age qualifier: the name, and after it the role of ages.roles the text
  // gives the person at token k, the name's first or the age's ("somchai rattana
  // =driver"), so that the age meets one given with the role alone ("=driver", "The
  // 48-year-old driver") as well as one given with the name alone (comparator's
  // SameName reads a name's words in order).
  std::string WithRole(std::string name, const std::string* role) const {
    if (role == nullptr || name.empty() || absl::StartsWith(name, kThingMark)) return name;
    return absl::StrCat(name, " ", *role);
  }

  // The run of two to four capitalised words from token k, in the sentence of token i,
  // lower-cased; "" when there is none.
  std::string FullNameAfter(uint32_t k, uint32_t i) const {
    constexpr uint32_t kMaxNameWords = 4;
    uint32_t e = k;
    while (e < t_.tokens.size() && e - k < kMaxNameWords && NameWord(e) && SameSentence(i, e)) ++e;
    if (e - k < 2) return "";
    for (uint32_t w = k; w < e; ++w) {
      if (pack_.age.not_names.contains(t_.Lower(t_.tokens[w]))) return "";
    }
    return std::string(t_.Lower(Span{t_.tokens[k].begin, t_.tokens[e - 1].end}));
  }

  // The first two distinct full names that end in (or open with) one word, each where
  // first written (a name that ends the other, "Wardell" of "Rosalind Wardell", is the
  // same).
  struct FullName {
    std::string name[2];
    uint32_t first[2] = {0, 0};
    int count = 0;
  };
  using FullNameIndex = absl::flat_hash_map<std::string, FullName>;

  // The full name written earlier in the text that name word k, standing alone, ends
  // ("Rosalind Wardell" for "Wardell, 61,"), lower-cased; "" when there is none; null
  // when two full names end in it (a family: "Alan Harlow" and "Paul Harlow") or k
  // is cut from a longer name by a quote or a bracket ('Margaret "Meg" Harlow').
  // The text's full names are indexed by their last word once, on the first call.
  absl::optional<std::string> FullNameEndingIn(uint32_t k) const {
    if (k > 0 && t_.tokens[k - 1].sentence == t_.tokens[k].sentence &&
        t_.tokens[k - 1].kind == TokenKind::kPunct && !t_.Is(k - 1, ",")) {
      return absl::nullopt;
    }
    if (!full_names_) IndexFullNames();
    return FullNameIn(*full_names_, k);
  }
  // The same for a full name that name word k opens ("Najib Razak" for "Najib, 67,": a
  // person called by the first name, as Malay and Indonesian names are).
  absl::optional<std::string> FullNameStartingWith(uint32_t k) const {
    if (!full_names_) IndexFullNames();
    return FullNameIn(*first_names_, k);
  }
  absl::optional<std::string> FullNameIn(const FullNameIndex& index, uint32_t k) const {
    auto it = index.find(t_.Lower(t_.tokens[k]));
    if (it == index.end()) return std::string();
    const FullName& f = it->second;
    const int before = (f.count > 0 && f.first[0] < k) + (f.count > 1 && f.first[1] < k);
    if (before == 0) return std::string();
    if (before > 1) return absl::nullopt;
    return f.first[0] < k ? f.name[0] : f.name[1];
  }
  void IndexFullNames() const {
    constexpr uint32_t kMaxNameWords = 4;
    full_names_.emplace();
    first_names_.emplace();
    const uint32_t n = static_cast<uint32_t>(t_.tokens.size());
    // ("R. Harlow": an initial and its stop before the last name.)
    auto initial_before = [&](uint32_t j) {
      if (j < 2 || !t_.Is(j - 1, ".") || !IsWord(j - 2) || t_.tokens[j - 1].space_before) return false;
      const absl::string_view w = t_.Text(t_.tokens[j - 2]);
      return w.size() == 1 && absl::ascii_isupper(static_cast<unsigned char>(w[0])) &&
             t_.tokens[j - 2].sentence == t_.tokens[j].sentence;
    };
    // ('Teodor "Teddy" Marsh': a nickname in quotation marks before the last name.)
    auto quote = [&](uint32_t k) {
      return t_.tokens[k].kind == TokenKind::kPunct && QuoteMark(t_.Text(t_.tokens[k]));
    };
    auto nickname_before = [&](uint32_t j) {
      return j >= 4 && quote(j - 1) && NameWord(j - 2) && quote(j - 3) && NameWord(j - 4) &&
             t_.tokens[j - 4].sentence == t_.tokens[j].sentence;
    };
    for (uint32_t j = 1; j < n; ++j) {
      const uint32_t sentence = t_.tokens[j].sentence;
      const bool initial = NameWord(j) && initial_before(j);
      const bool nickname = NameWord(j) && !initial && nickname_before(j);
      // ("Darrel Varga Jr.": the suffix is no word of the name it ends.)
      if (!NameWord(j) || NameSuffix(j) ||
          (!initial && !nickname && (!NameWord(j - 1) || t_.tokens[j - 1].sentence != sentence)) ||
          (j + 1 < n && NameWord(j + 1) && t_.tokens[j + 1].sentence == sentence && !NameSuffix(j + 1))) {
        continue;
      }
      uint32_t b = initial ? j - 2 : nickname ? j - 4 : j - 1;
      uint32_t words = j - b + 1 - (NameParticle(b) ? 1 : 0);  // (a particle is no word of the count)
      while (b > 0 && words < kMaxNameWords && NameWord(b - 1) && t_.tokens[b - 1].sentence == sentence) {
        --b;
        if (!NameParticle(b)) ++words;
      }
      // (The nickname's marks are left out: 'Teddy Marsh' ends the same name.)
      std::string name = nickname ? absl::StrCat(t_.Lower(Span{t_.tokens[b].begin, t_.tokens[j - 4].end}), " ",
                                                 t_.Lower(t_.tokens[j - 2]), " ", t_.Lower(t_.tokens[j]))
                                  : std::string(t_.Lower(Span{t_.tokens[b].begin, t_.tokens[j].end}));
      // (Indexed by its first word too, where a name that opens the other is the same.)
      auto add = [&](FullName& entry, const std::string& name, bool by_last) {
        int same = -1;
        for (int e = 0; e < entry.count; ++e) {
          if (by_last ? absl::EndsWith(entry.name[e], name) || absl::EndsWith(name, entry.name[e])
                      : absl::StartsWith(entry.name[e], name) || absl::StartsWith(name, entry.name[e])) {
            same = e;
          }
        }
        if (same >= 0) {
          if (name.size() > entry.name[same].size()) entry.name[same] = name;
        } else if (entry.count < 2) {
          entry.name[entry.count] = name;
          entry.first[entry.count] = j;
          ++entry.count;
        }
      };
      add((*full_names_)[t_.Lower(t_.tokens[j])], name, /*by_last=*/true);
      // (And by the word before a particle: "Mendes, 64," is "Carlos Mendes da Rocha".)
      for (uint32_t k = b + 1; k < j; ++k) {
        if (NameParticle(k)) add((*full_names_)[t_.Lower(t_.tokens[k - 1])], name, /*by_last=*/true);
      }
      // (Not a place's name: "Harlow County ... Harlow, 52, houses".)
      if (!initial && !nickname && !InSet(pack_.place_types, j)) {
        add((*first_names_)[t_.Lower(t_.tokens[b])], name, /*by_last=*/false);
      }
    }
  }

  // Whether token k is a word written after a full name that is no part of it
  // (ages.name_suffixes: "Jr", "III").
  bool NameSuffix(uint32_t k) const { return IsWord(k) && InSet(pack_.age.name_suffixes, k); }

  // The name before an apposition that ends right before token k: a comma, an article of
  // ages.appositive_articles and at most `max_nouns` words ("Tarin Voss, a 37-year-old":
  // none; "Darman Saleh, seorang petani berusia", "Tarin Voss, a diver aged": one or
  // two), or a word of ages.person_nouns in the article's place, itself a noun of the
  // apposition ("Sari Wulandari, perempuan Dayak berusia"); "" when there is none. The name's
  // first token goes to *name_first when given.
  std::string AppositiveName(uint32_t k, uint32_t max_nouns, uint32_t* name_first = nullptr,
                             uint32_t close_from = kNone) const {
    const uint32_t sentence_first = t_.sentences[t_.tokens[k].sentence].first_token;
    for (uint32_t nouns = 0; nouns <= max_nouns && k >= sentence_first + nouns + 2; ++nouns) {
      const uint32_t article = k - nouns - 1;
      if (!IsWord(article)) return "";
      const bool person_noun = pack_.age.person_nouns.size() != 0 && t_.Is(article - 1, ",") &&
                               pack_.age.person_nouns.MatchEndingAt(t_, article + 1).has_value();
      if (!person_noun && !InSet(pack_.age.appositive_articles, article) &&
          !(close_from != kNone && InSet(pack_.age.closed_appositive_articles, article) && ClosedAfter(close_from))) {
        continue;
      }
      if (!t_.Is(article - 1, ",")) return "";
      // (Not a place, "Di Jakarta, seorang pria berusia 30 tahun", nor a word of a concept
      // or a stop word opening the sentence, "Pelaku, pria berusia 30 tahun".)
      uint32_t b = article;
      std::string name = PersonBefore(article - 1, /*skip=*/false, &b);
      if (name.empty() || InSet(pack_.place_prepositions, b) ||
          (b == sentence_first && b + 1 == article - 1 && !NameWordBeforeFigure(b))) {
        return "";
      }
      if (name_first != nullptr) *name_first = b;
      return name;
    }
    return "";
  }

  // Whether an apposition's words from token k are closed: a comma or a closing bracket
  // within a few words (hyphens among them: "the 49-year-old Canadian-born gunman, when"),
  // or the sentence's end within fewer ("the 49-year-old Canadian-born cleric."); "the
  // 49-year-old minister said he was pleased." goes on as a clause.
  bool ClosedAfter(uint32_t k) const {
    constexpr uint32_t kMaxWords = 5;
    constexpr uint32_t kMaxWordsBeforeEnd = 3;
    const uint32_t sentence_end = t_.sentences[t_.tokens[k].sentence].end_token;
    uint32_t words = 0;
    for (uint32_t j = k; j < sentence_end && words <= kMaxWords; ++j) {
      if (t_.Is(j, ",") || t_.Is(j, ")")) return true;
      if (j > k && IsWord(j) && InSet(pack_.age.apposition_closers, j)) return true;  // "entrepreneur whose"
      if (j + 1 == sentence_end && t_.tokens[j].kind == TokenKind::kPunct) return words <= kMaxWordsBeforeEnd;
      if (IsWord(j)) {
        ++words;
      } else if (!t_.Is(j, "-")) {
        return false;
      }
    }
    return false;
  }

  // Whose an age after an ages marker at token k is: a thing's or role's named before it,
  // else a person's ("Sutrisno, yang berusia"), else an apposition's ("Darman Saleh,
  // seorang petani berusia"); "" for no one named ("a girl of").
  std::string MarkedAgeOwner(uint32_t k) const {
    if (const std::string* thing = ThingBefore(k)) return *thing;
    uint32_t name_first = k;
    std::string person = PersonBefore(k, /*skip=*/true, &name_first);
    constexpr uint32_t kMaxNouns = 2;
    // ("Sari Wulandari, perempuan Dayak berusia 21 tahun", "Budi Santoso, seorang warga
    // Lembah berusia 30 tahun": a capitalised word inside an apposition says what kind of
    // person, or from where; the name is before the comma.)
    if (!person.empty()) {
      uint32_t apposed_first = name_first;
      if (std::string apposed = AppositiveName(k, kMaxNouns, &apposed_first);
          !apposed.empty() && apposed_first < name_first) {
        person = std::move(apposed);
        name_first = apposed_first;
      }
    }
    if (person.empty()) {
      person = AppositiveName(k, kMaxNouns, &name_first);
      const std::string* role = person.empty() ? nullptr : RoleOfName(name_first);
      return WithRole(std::move(person), role);
    }
    return PlaceNamed(name_first) ? "" : WithRole(std::move(person), RoleOfName(name_first));
  }

  // Whether a word of ages.kin_before_name stands right before name word k, or before a
  // comma before it ("his wife Odile", "his son, Tomas").
  // Whether a word that introduces a name (ages.role_name_links: "named", "surnamed",
  // "called") stands right before token k: "A passenger surnamed Quist, 26," names him.
  bool NamingWordBefore(uint32_t k) const {
    return k > 0 && SameSentence(k - 1, k) && IsWord(k - 1) && InSet(pack_.age.role_name_links, k - 1);
  }

  bool KinBeforeName(uint32_t k) const {
    if (k > 0 && t_.Is(k - 1, ",")) --k;
    return k > 0 && SameSentence(k - 1, k) && IsWord(k - 1) && InSet(pack_.age.kin_before_name, k - 1);
  }

  // Whether the capitalised run from token k is a place, a place preposition (or a word of
  // ages.name_not_after) opening it or standing right before it ("Di Jakarta, 5 tahun",
  // "killed on Samos, aged 15").
  bool PlaceNamed(uint32_t k) const {
    auto place_word = [&](uint32_t w) {
      return IsWord(w) && (InSet(pack_.place_prepositions, w) || InSet(pack_.age.name_not_after, w));
    };
    return place_word(k) || (k > 0 && place_word(k - 1));
  }

  // "Sutrisno (45)", "Sutrisno, yang berusia 45 tahun": a person's age. Gives the fact
  // a name (its qualifier), and widens [first, end) to the name or the marker.
  bool AgeAt(uint32_t i, double value, double high, const UnitDef* unit, bool plain, bool ranged,
             uint32_t* first, uint32_t* end, std::string* person) const {
    const RulePack::AgeRule& age = pack_.age;
    if (age.rule.empty() || !plain) return false;
    if (unit != nullptr && unit->name == age.year_old_unit) {
      if (ranged) return false;
      // "the 16-year-old aircraft", "the 44-year-old German-built submarine": the thing
      // within a few words after.
      bool role = false;
      if (const std::string* thing = ThingAfter(*end, &role)) {
        // ("Tarin Voss, a 37-year-old pilot": Tarin Voss, the pilot.)
        uint32_t name_first = *first;
        std::string name = role ? AppositiveName(*first, /*max_nouns=*/0, &name_first, *end) : "";
        *person = name.empty() || !SameSentence(i, name_first) ? *thing : WithRole(std::move(name), thing);
        return true;
      }
      // "54-year-old Abdul Haris": a full name right after, even after a role ("The
      // aircraft's captain, 41-year-old Denis Varlow": his name, which his other ages
      // are written with).
      if (std::string name = FullNameAfter(*end, i); !name.empty()) {
        *person = WithRole(std::move(name), RoleOfName(*first));
        return true;
      }
      // "Harlan's 11-year-old daughter Mira", "his 12-year-old son, Tomas": a kin word
      // of ages.kin_before_name and a name right after.
      if (*end + 1 < t_.tokens.size() && IsWord(*end) && InSet(age.kin_before_name, *end)) {
        uint32_t k = *end + 1;
        if (t_.Is(k, ",")) ++k;
        constexpr uint32_t kMaxNameWords = 4;
        uint32_t e = k;
        while (e < t_.tokens.size() && e - k < kMaxNameWords && NameWord(e) && SameSentence(i, e) &&
               !pack_.age.not_names.contains(t_.Lower(t_.tokens[e]))) {
          ++e;
        }
        if (e > k) {
          *person = std::string(t_.Lower(Span{t_.tokens[k].begin, t_.tokens[e - 1].end}));
          return true;
        }
      }
      // "The 57-year-old Quent": one name right after that ends a full name written earlier
      // ("Marisol Quent"), which names the person.
      if (*end < t_.tokens.size() && NameWord(*end) && SameSentence(i, *end) &&
          !(*end + 1 < t_.tokens.size() && NameWord(*end + 1) && SameSentence(i, *end + 1))) {
        if (absl::optional<std::string> full = FullNameEndingIn(*end); full && !full->empty()) {
          *person = WithRole(std::move(*full), RoleOfName(*first));
          return true;
        }
      }
      // "The aircraft was 15 years old": the thing before, over name_skip words.
      if (const std::string* thing = ThingBefore(*first)) {
        *person = *thing;
        return true;
      }
      // "Tarin Voss, a 37-year-old former diver": a name, a comma, an article.
      uint32_t name_first = *first;
      std::string name = AppositiveName(*first, /*max_nouns=*/0, &name_first, *end);
      if (name.empty() || !SameSentence(i, name_first) || *first - 2 - name_first < 2) return false;
      *person = WithRole(std::move(name), RoleOfName(name_first));
      return true;
    }
    if (unit != nullptr) {
      if (unit->name != age.year_unit && (age.month_unit.empty() || unit->name != age.month_unit)) return false;
      auto m = age.markers.MatchEndingAt(t_, *first);
      if (!m) m = age.person_nouns.MatchEndingAt(t_, *first);  // "Pria 58 tahun"
      // (A range only after a marker: "anak usia 2 sampai 15 tahun", the ages of a group.)
      if (!m || !SameSentence(i, m->begin)) {
        // "pembina berinisial RPK, 37 tahun, sebagai tersangka": years between commas
        // right after a name.
        if (ranged || *first < 2 || !t_.Is(*first - 1, ",") || !t_.Is(*end, ",")) return false;
        uint32_t name_first = *first - 1;
        std::string name = PersonBefore(*first - 1, /*skip=*/false, &name_first);
        if (name.empty() || !SameSentence(i, name_first)) return false;
        if (PlaceNamed(name_first)) return false;
        *person = WithRole(std::move(name), RoleOfName(name_first));
        *first = name_first;
        return true;
      }
      // "kapal selam yang berusia 43 tahun", "Kapal berusia 43 tahun" opening a sentence:
      // a thing's age; else a person's.
      *person = MarkedAgeOwner(m->begin);
      *first = m->begin;
      return true;
    }
    // In parentheses right after a name (or between commas, where the pack says so): a
    // whole number of years.
    if (value != high || value < 1 || value > age.max || value != std::floor(value)) return false;
    if (*first == 0) return false;
    // "a man aged 45", "a girl of 15": a whole number right after a marker.
    if (auto m = age.markers.MatchEndingAt(t_, *first); m && SameSentence(i, m->begin)) {
      *person = MarkedAgeOwner(m->begin);
      *first = m->begin;
      return true;
    }
    const bool parens = t_.Is(*first - 1, "(") && t_.Is(*end, ")");
    // (A list's items may end with a semicolon: "team captain Dale Varga, 42; a referee".)
    const bool commas = age.between_commas && t_.Is(*first - 1, ",") && (t_.Is(*end, ",") || t_.Is(*end, ";"));
    // "The boat's captain was identified as Kenji Marumoto, 54.": after a full name, at
    // the sentence's end.
    const bool last = age.between_commas && t_.Is(*first - 1, ",") && t_.Is(*end, ".") &&
                      (*end + 1 == t_.tokens.size() || !SameSentence(*end, *end + 1));
    if (!parens && !commas && !last) return false;
    // "Darrel Varga Jr., 26,": a name's suffix is no part of it.
    uint32_t name_end = *first - 1;
    if (const uint32_t k = name_end > 0 && t_.Is(name_end - 1, ".") ? name_end - 1 : name_end;
        k > 1 && NameSuffix(k - 1) && NameWord(k - 2)) {
      name_end = k - 1;
    }
    uint32_t name_first = name_end;
    std::string name = PersonBefore(name_end, /*skip=*/false, &name_first);
    if (name.empty()) {
      // "Its captain, 39, escaped", "nakhoda kapal (52)": the one holder of a role.
      const std::string* thing = ThingBefore(*first - 1);
      if (thing == nullptr) return false;
      *person = *thing;
      *end += 1;  // the closing parenthesis or comma
      return true;
    }
    if (!SameSentence(i, name_first)) return false;
    const bool one_name = name_end - name_first < 2;
    // At the sentence's end, a full name only, or one name that ends one full name written
    // earlier ("a fine of $1 million on Quist, 40." after "Darrell Quist").
    if (last && one_name) {
      absl::optional<std::string> full = FullNameEndingIn(name_first);
      if (!full || full->empty()) return false;
      name = std::move(*full);
    }
    // Between commas, a full name: "Dennis Halloway, 52," but not "Harlow, 52, houses";
    // one name when it ends or opens one full name of the text, which names the person
    // ("Rosalind Wardell ... Wardell, 61, stood", "Najib Razak ... Najib, 67, told"), or,
    // in none, before a clause about a person ("Rahman, 54, who was evacuated").
    if (commas && one_name && !KinBeforeName(name_first) && !NamingWordBefore(name_first)) {
      absl::optional<std::string> full = FullNameEndingIn(name_first);
      if (full && full->empty()) full = FullNameStartingWith(name_first);
      if (!full) return false;
      if (!full->empty()) {
        name = std::move(*full);
      } else if (!(*end + 1 < t_.tokens.size() && IsWord(*end + 1) &&
                   InSet(pack_.age.person_clause_openers, *end + 1)) ||
                 PlaceNamed(name_first)) {
        // ("His wife in Harlow, 45, said": a place, whoever speaks.)
        return false;
      }
    }
    *person = WithRole(std::move(name), RoleOfName(name_first));
    *first = name_first;
    if (!last) *end += 1;  // the closing parenthesis or comma
    return true;
  }

  // The words right after a measure ending before token `end` (number token `i`) that
  // say what it measures ("sekitar 10 km barat daya Lembah Sari", "just 10km below the
  // surface"), over the same measure in other units in brackets ("16 km (10 miles)
  // northwest of"); `*after` is set to the token past the brackets.
  absl::optional<Lexicon<std::string>::Match> MeasureWordsAfter(uint32_t i, uint32_t end, uint32_t* after) const {
    *after = end;
    if (t_.Is(end, "(")) {
      constexpr uint32_t kMaxInside = 6;
      for (uint32_t k = end + 1; k < t_.tokens.size() && k <= end + kMaxInside && SameSentence(i, k); ++k) {
        if (t_.Is(k, ")")) {
          *after = k + 1;
          break;
        }
      }
    }
    auto m = pack_.measured_after.MatchAt(t_, *after);
    if (m && !SameSentence(i, m->begin)) m.reset();
    return m;
  }

  // The marks of a measure at tokens [first, end) that locates a place from a point,
  // which its words after say ("40km east of Calder City", "18 km barat laut Lembah Sari"): its
  // bearing ("@^315", concepts.json bearings) and the place it locates, a name right
  // before it and a comma ("Tessford, about 190km north of the scene": "@=tessford"). A
  // measure restating another in brackets ("(34 miles) west of") takes the words after
  // the brackets.
  void LocationMarks(uint32_t first, uint32_t end, std::vector<absl::string_view>* words) const {
    uint32_t after;
    const auto m = MeasureWordsAfter(first, t_.Is(end, ")") ? end + 1 : end, &after);
    if (!m) return;
    for (uint32_t k = m->begin; k < m->end; ++k) {
      if (auto b = pack_.bearings.MatchAt(t_, k)) {
        words->push_back(*b->value);
        break;
      }
    }
    // ("Tessford, about 190km (120 miles) north": the restatement is of Tessford too.)
    uint32_t k = first;
    if (k > 0 && t_.Is(k - 1, "(")) {
      constexpr uint32_t kMaxRestated = 5;
      for (uint32_t n = 0; k > 1 && n < kMaxRestated && t_.tokens[k - 2].kind != TokenKind::kPunct; ++n) --k;
      --k;  // the measure restated starts at k
    }
    if (pack_.located_openers.empty() || k < 3 || !t_.Is(k - 1, ",") || !NameWord(k - 2) ||
        !SameSentence(first, k - 2)) {
      return;
    }
    uint32_t name = k - 2;
    // (An opener capitalised at the sentence's start is no part of the name: "In Pellham,
    // about 120 km west of Dovecote".)
    while (name > 0 && NameWord(name - 1) && SameSentence(name - 1, first) &&
           !InSet(pack_.located_openers, name - 1)) {
      --name;
    }
    // "flown to Tessford, about 190km", "in Ombury, about 300 miles", "in nearby Harlan,
    // about 2 miles away"; not "operated by Corvane Logistics, about 8 km south of the
    // city centre".
    constexpr int kMaxFillers = 3;
    for (int n = 0; n < kMaxFillers && name > 1 && IsWord(name - 1) && InSet(pack_.located_fillers, name - 1) &&
                    !InSet(pack_.located_openers, name - 1);
         ++n) {
      --name;
    }
    if (name > 0 && IsWord(name - 1) && InSet(pack_.located_openers, name - 1)) words->push_back(NameMark(k - 2));
  }

  // The mark of the name ending at token `last` ("@=marisol"), keyed by its last word:
  // outlets write a name with or without its first words ("The British-flagged Marisol",
  // "The Marisol").
  absl::string_view NameMark(uint32_t last) const {
    window_words_.push_back(absl::StrCat(absl::string_view(&kWindowMark, 1), absl::string_view(&kLocatedMark, 1),
                                         t_.Lower(t_.tokens[last])));
    return window_words_.back();
  }

  // The mark of the name a figure at token `first` is said of, in a clause or apposition
  // right after it and a comma (concepts.json subject_openers): "The much larger Calloway,
  // which is 190 metres long", "The Marisol, a 91m (299ft) vessel with seven crew":
  // "@=calloway", "@=marisol". Two figures said of two names are never lined up.
  void SubjectMark(uint32_t first, std::vector<absl::string_view>* words) const {
    constexpr uint32_t kMaxBack = 10;
    if (pack_.subject_openers.empty()) return;
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    for (uint32_t k = first; k > sentence_first + 2 && first - k < kMaxBack; --k) {
      const uint32_t o = k - 1;
      if (t_.tokens[o].kind == TokenKind::kPunct && !t_.Is(o, "(") && !t_.Is(o, ")")) return;
      if (!IsWord(o) || !InSet(pack_.subject_openers, o) || !t_.Is(o - 1, ",") || !NameWord(o - 2)) continue;
      words->push_back(NameMark(o - 2));
      return;
    }
  }

  // The designation right after a designator at token k ("Unit 1", "Blok B", "Tahap II"),
  // lower-cased, Roman numerals as digits ("ii": "2"); "" when none is.
  absl::string_view DesignationAt(uint32_t k) const {
    static constexpr absl::string_view kRoman[] = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    static constexpr absl::string_view kDigits[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};
    constexpr size_t kMaxDigits = 3;
    if (k >= t_.tokens.size()) return "";
    const Token& d = t_.tokens[k];
    const absl::string_view text = t_.Text(d);
    if (d.kind == TokenKind::kNumber) {
      const bool digits = text.size() <= kMaxDigits && std::all_of(text.begin(), text.end(), absl::ascii_isdigit);
      return digits ? text : "";
    }
    if (d.kind != TokenKind::kWord || !std::all_of(text.begin(), text.end(), absl::ascii_isupper)) return "";
    if (text.size() == 1 && text != "I" && text != "V" && text != "X") return t_.Lower(d);
    for (size_t r = 0; r < ABSL_ARRAYSIZE(kRoman); ++r) {
      if (t_.Lower(d) == kRoman[r]) return kDigits[r];
    }
    return "";
  }

  // The marks of the numbered parts named in the clause of the figure at token `first`
  // before it, after any other figure ("PLTP Lembah Sari Unit 2 dan Kessa Unit 2 dengan
  // kapasitas masing-masing 55 megawatt": "@*2"; "Unit 1 dan 2": "@*1", "@*2";
  // concepts.json designators): figures of two parts are never lined up.
  void DesignatorMarks(uint32_t first, std::vector<absl::string_view>* words) const {
    constexpr uint32_t kMaxBack = 16;
    if (pack_.designators.empty()) return;
    // Most sentences name no part at all: looked for once per sentence.
    const uint32_t sentence = t_.tokens[first].sentence;
    if (designator_in_sentence_.empty()) designator_in_sentence_.assign(t_.sentences.size(), -1);
    if (designator_in_sentence_[sentence] < 0) {
      const Sentence& s = t_.sentences[sentence];
      bool any = false;
      for (uint32_t k = s.first_token; k + 1 < s.end_token && !any; ++k) {
        any = IsWord(k) && InSet(pack_.designators, k) && !DesignationAt(k + 1).empty();
      }
      designator_in_sentence_[sentence] = any ? 1 : 0;
    }
    if (designator_in_sentence_[sentence] == 0) return;
    const uint32_t sentence_first = t_.sentences[sentence].first_token;
    const uint32_t from = first > sentence_first + kMaxBack ? first - kMaxBack : sentence_first;
    const size_t before = words->size();
    for (uint32_t k = from; k < first; ++k) {
      if (t_.tokens[k].kind == TokenKind::kNumber || info_[k].date != kNone) {
        words->resize(before);  // another figure's, or a date's: what came before is theirs
        continue;
      }
      if (!IsWord(k) || !InSet(pack_.designators, k)) continue;
      for (uint32_t d = k + 1; d < first; d += 2) {
        const absl::string_view designation = DesignationAt(d);
        if (designation.empty()) break;
        window_words_.push_back(absl::StrCat(absl::string_view(&kWindowMark, 1),
                                             absl::string_view(&kDesignatorMark, 1), designation));
        words->push_back(window_words_.back());
        k = d;
        if (d + 1 >= first || !DesignationJoiner(d + 1)) break;
      }
    }
  }

  // The point a length at number token `i` is measured from, written from token `from`:
  // past a lower-case stop word ("from the coast"), up to three words through a name that
  // starts among them ("dari bibir pantai Kuala Merbang", "dari permukiman warga Desa
  // Sukamaju Hilir", "of the state capital Veranagar"), as a scope; with `names_only`,
  // only a name found so. The comparator holds two lengths' points the same when they
  // share a word. "" when there is none.
  std::string MeasuredFrom(uint32_t from, uint32_t i, bool names_only) const {
    if (IsWord(from) && SameSentence(i, from) && InSet(pack_.stopwords, from) && !t_.IsCapitalized(t_.tokens[from])) {
      ++from;
    }
    constexpr uint32_t kMaxWords = 3;
    uint32_t name_end = from;
    for (uint32_t k = from; k < from + kMaxWords && IsWord(k) && SameSentence(i, k) && info_[k].date == kNone; ++k) {
      uint32_t place, place_end;
      PlaceNameAt(k, t_.tokens[i].sentence, &place, &place_end);
      if (place_end > place) return std::string(PlaceText(names_only ? place : from, place_end));
      if (!IsContentWord(k)) break;
      name_end = k + 1;
    }
    return names_only ? std::string() : std::string(PlaceText(from, name_end));
  }

  // Whether a contraction word (hedges.json contraction_before) ends right before token
  // `first` or before stop words only, in its sentence ("terkontraksi 5,32%", "mengalami
  // kontraksi pertumbuhan sebesar 5,32 persen"; not "sempat terkontraksi kini tumbuh 5
  // persen").
  bool ContractionBefore(uint32_t first) const {
    constexpr uint32_t kMaxWords = 3;
    if (pack_.contraction_before.size() == 0) return false;
    for (uint32_t k = first, n = 0; k > 0 && n <= kMaxWords; ++n) {
      if (pack_.contraction_before.MatchEndingAt(t_, k)) return true;
      --k;
      if (!IsWord(k) || !SameSentence(first, k) || !InSet(pack_.stopwords, k)) return false;
    }
    return false;
  }

  // Whether word k ends like a plural noun (concepts.json plural_endings, not one of
  // singular_endings: "trains", not "glass" nor "census") and is longer than the ending by
  // three letters or more (not "gas").
  bool PluralAt(uint32_t k) const {
    const absl::string_view w = t_.Lower(t_.tokens[k]);
    for (const std::string& ending : pack_.plural_endings) {
      if (w.size() >= ending.size() + 3 && absl::EndsWith(w, ending)) {
        for (const std::string& other : pack_.singular_endings) {
          if (absl::EndsWith(w, other)) return false;
        }
        return true;
      }
    }
    return false;
  }

  bool IsContentWord(uint32_t i) const {
    if (!IsWord(i)) return false;
    return t_.tokens[i].end - t_.tokens[i].begin > 1 && !InSet(pack_.stopwords, i);
  }
  // Whether word w is part of a compass direction (concepts.json bearings: "utara", "barat
  // laut"), which names where, never what happened.
  bool BearingWord(uint32_t w) const {
    return IsWord(w) && (pack_.bearings.MatchAt(t_, w) || pack_.bearings.MatchEndingAt(t_, w + 1));
  }
  // Whether token i is a counting word that is also a stop word ("kali": "dua kali" is
  // "twice") with a known concept right after it in its sentence: then it counts that
  // concept ("88 kali gempa susulan", 88 aftershocks), as any classifier does.
  bool ClassifierBeforeConcept(uint32_t i) const {
    return IsWord(i) && i + 1 < t_.tokens.size() && t_.tokens[i + 1].sentence == t_.tokens[i].sentence &&
           InSet(pack_.classifiers, i) && pack_.concepts.MatchAt(t_, i + 1).has_value();
  }
  // Whether token k's lower-cased text is in `set`, found by the token's hash.
  // Most tokens are in none of the sets: the filter's bit tells them inline.
  ABSL_ATTRIBUTE_ALWAYS_INLINE bool InSet(const WordSet& set, uint32_t k) const {
    const size_t hash = t_.HashAt(k);
    return set.MayContain(hash) && InSetProbe(set, k, hash);
  }
  ABSL_ATTRIBUTE_NOINLINE bool InSetProbe(const WordSet& set, uint32_t k, size_t hash) const {
    return set.Probe(t_.Lower(t_.tokens[k]), hash);
  }

  // Whether word k is another figure's unit or multiplier: "Rp", "triliun" and "persen"
  // of "Rp 2.774,3 triliun atau 105,2 persen" say nothing of what a figure beside them
  // measures, and two sums that share only those are no claim of one thing.
  bool FigureWord(uint32_t k) const {
    const uint32_t n = static_cast<uint32_t>(t_.tokens.size());
    if (k + 1 < n && t_.tokens[k + 1].kind == TokenKind::kNumber && pack_.prefix_units.MatchAt(t_, k)) {
      return true;
    }
    // The digits before k, or before the one word before it ("2,5 juta dolar").
    for (uint32_t back = 1; back <= 2 && back <= k; ++back) {
      if (t_.tokens[k - back].kind != TokenKind::kNumber) continue;
      const absl::optional<ParsedNumber>& num = numbers_.ParseAt(k - back);
      if (!num) return false;
      if (num->end_token > k) return true;  // a multiplier of it
      return num->end_token == k && pack_.suffix_units.MatchAt(t_, k).has_value();
    }
    return false;
  }

  void FillContext(Fact* f, uint32_t first, uint32_t end) const {
    const Sentence& s = t_.sentences[t_.tokens[first].sentence];
    // Eight words before and six after, within the sentence (punctuation and the digits
    // of dates do not use up the window, and a name of several words counts as one: "20
    // kios di Pasar Induk Kramat Jati, Jakarta Timur, hangus terbakar" reaches the verb).
    constexpr int kWordsBefore = 8, kWordsAfter = 6;
    auto continues_name = [&](uint32_t k, uint32_t neighbour) {
      return NameWord(k) && neighbour >= s.first_token && neighbour < s.end_token &&
             NameWord(neighbour);
    };
    uint32_t lo = first;
    for (int n = 0; lo > s.first_token && n < kWordsBefore;) {
      --lo;
      if (IsWord(lo) && !continues_name(lo, lo + 1)) ++n;
    }
    uint32_t hi = end;
    for (int n = 0; hi < s.end_token && n < kWordsAfter; ++hi) {
      if (IsWord(hi) && !continues_name(hi, hi - 1)) ++n;  // hi >= end > 0
    }
    if (f->kind == FactKind::kMoney) OwnItemOfSums(s, first, end, &lo, &hi);
    std::vector<absl::string_view>& words = context_words_;  // kept for its capacity
    words.clear();
    const bool dated = f->kind == FactKind::kDate || f->kind == FactKind::kDateRange;
    for (uint32_t k = lo; k < hi;) {
      if ((k < first || k >= end) && info_[k].date == kNone &&
          (t_.tokens[k].kind == TokenKind::kNumber || WordFigureAt(k))) {
        const StemmedConcept& c = CoFigureAt(k);
        // "1 mph (2 kph)": a figure in brackets right after the fact, or the one right
        // before the brackets it stands in, restates it.
        const bool restates = (k == end + 1 && t_.Is(end, "(")) || (first > 0 && c.end + 1 == first && t_.Is(first - 1, "(")) ||
                              RestatesHedged(*f, c);
        if (!c.id.empty() && !restates) words.push_back(c.id);
        k = std::max(c.end, k + 1);
        continue;
      }
      const uint8_t flags = (k >= first && k < end) ? 0 : ContextFlagsAt(k);
      if (!dated && (flags & kContextProgress)) words.push_back(kInProgress);
      if (!(flags & kContextWord)) {
        ++k;
        continue;
      }
      const StemmedConcept& c = StemmedConceptAt(k);
      // (A concept of nearest_figure_only with another figure between it and the fact is
      // that figure's.)
      // (So is one after the fact with a figure of its own nearer after it: "sustained
      // winds of 215 km/h near the centre and gusts of up to 260 km/h".)
      const bool others = c.nearest_only && (k < first ? FigureBetween(std::max(c.end, k + 1), first)
                                                       : k >= end && (FigureBetween(end, k) ||
                                                                      FigureBetween(std::max(c.end, k + 1),
                                                                                    std::min(s.end_token, c.end + (k - end)))));
      if ((k < end || !c.before_only) && !others) words.push_back(c.id);
      k = std::max(c.end, k + 1);
    }
    if (const std::string* wide = SentenceWideBefore(first)) {
      words.push_back(*wide);
    } else if (const std::string* next = WideInSentenceAfter(first)) {
      words.push_back(*next);
    }
    if (const std::string* whole = SentenceWhole(first)) words.push_back(*whole);
    if (!dated && f->kind == FactKind::kCount && f->measures.qualifier.empty() && ProgressLaterInClause(hi, s.end_token)) {
      words.push_back(kInProgress);
    }
    if (!dated) {
      if (const std::string* window = WindowAfter(end)) words.push_back(*window);
      if (const std::string* per = UnitRateAfter(end)) words.push_back(*per);
      if (pack_.measured_after.size() != 0 && f->kind == FactKind::kQuantity) LocationMarks(first, end, &words);
      if (f->kind == FactKind::kQuantity || f->kind == FactKind::kCount) SubjectMark(first, &words);
      if (f->kind == FactKind::kQuantity || f->kind == FactKind::kCount || f->kind == FactKind::kMoney) {
        DesignatorMarks(first, &words);
      }
      if (f->kind == FactKind::kCount) {
        if (const std::string* group = SubgroupOf(first, end)) words.push_back(*group);
      }
    }
    if (const std::string* base = ComparedBase(*f, end)) words.push_back(*base);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    f->measures.context = WordList(words);
    f->measures.entities = SentenceEntities(t_.tokens[first].sentence);
  }

  // "nilai ekspor bulan lalu ... naik 12,5 persen dibandingkan Mei 2024": a percentage of
  // a month compared with a month after it in its sentence (a compared date), so many
  // months before, is a change over that base (lang.json compared_bases: one month
  // before, month to month; twelve, year on year); null when none.
  const std::string* ComparedBase(const Fact& f, uint32_t end) const {
    if (pack_.compared_bases.empty() || f.dimension != "percent" || !f.time.present || !f.time.resolved) return nullptr;
    if (f.time.grain != Grain::kMonth && f.time.grain != Grain::kDay) return nullptr;
    const uint32_t sentence = t_.tokens[end - 1].sentence;
    for (const DateMention& d : dates_) {
      const ParsedDate& p = d.parsed;
      if (!d.compared || p.first_token < end || t_.tokens[p.first_token].sentence != sentence || !p.resolved ||
          p.grain != DateGrain::kMonth || p.is_range) {
        continue;
      }
      const int64_t months = absl::CivilMonth(f.time.from.civil()) - absl::CivilMonth(p.from);
      if (auto b = pack_.compared_bases.find(months); b != pack_.compared_bases.end()) return &b->second;
      return nullptr;
    }
    return nullptr;
  }

  // The concept of the noun that opens the clause of the figure at token `first` right
  // before a relative pronoun ("Rumah yang terendam tercatat 3.500 unit": house), with no
  // other figure between; "" when there is none. The noun opens its sentence, or follows
  // punctuation or a stop word ("Jumlah rumah yang terendam").
  std::string RelativeSubjectBefore(uint32_t first) const {
    constexpr uint32_t kMaxBack = 8;
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    for (uint32_t r = first; r > sentence_first + 1 && first - r < kMaxBack;) {
      --r;
      if (t_.tokens[r].kind == TokenKind::kPunct || t_.tokens[r].kind == TokenKind::kNumber) return "";
      if (!IsWord(r) || !InSet(pack_.relative_pronouns, r)) continue;
      const uint32_t noun = r - 1;
      const bool opens = noun == sentence_first || t_.tokens[noun - 1].kind == TokenKind::kPunct ||
                         (IsWord(noun - 1) && InSet(pack_.stopwords, noun - 1));
      uint32_t end = 0;
      std::string concept = opens && IsWord(noun) ? ConceptAt(noun, &end) : std::string();
      return end == r && !pack_.states.contains(concept) ? concept : std::string();
    }
    return "";
  }

  // Whether a figure (digits or number words, no date) starts in tokens [from, to).
  bool FigureBetween(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k) {
      if (info_[k].date != kNone) continue;
      if (t_.tokens[k].kind == TokenKind::kNumber || (IsWord(k) && numbers_.ParseAt(k))) return true;
    }
    return false;
  }

  // Narrows a sum's window [lo, hi) to its own item of a list of sums: a budget's lines
  // ("defisit Rp522,8 triliun atau 2,29% PDB, dengan belanja negara Rp3.325,1 triliun dan
  // pendapatan negara Rp2.802,3 triliun") each name what they sum before their figure, and
  // the 3.325,1 has 'belanja negara', not the deficit's words nor the revenue's. An item
  // opens at the last of lang.json sum_separators between two sums that has a content word
  // after it; with none ("$1 billion, or about Rp 15 trillion" restates one sum), the two
  // share their words.
  void OwnItemOfSums(const Sentence& s, uint32_t first, uint32_t end, uint32_t* lo, uint32_t* hi) const {
    if (pack_.sum_separators.empty()) return;
    auto sum_at = [&](uint32_t k) {
      return t_.tokens[k].kind == TokenKind::kNumber && info_[k].date == kNone && CoFigureAt(k).sum;
    };
    auto item_opening = [&](uint32_t from, uint32_t to) {  // the separator in [from, to), or kNone
      bool named = false;
      for (uint32_t j = to; j > from;) {
        --j;
        if (InSet(pack_.sum_separators, j)) {
          if (named) return j;
        } else if (ContextFlagsAt(j) & kContextWord) {
          named = true;
        }
      }
      return kNone;
    };
    for (uint32_t k = first; k > s.first_token;) {  // the sum before, in or beyond the window
      if (!sum_at(--k)) continue;
      const uint32_t separator = item_opening(CoFigureAt(k).end, first);
      if (separator != kNone) *lo = std::max(*lo, separator + 1);
      break;
    }
    for (uint32_t k = end; k < s.end_token; ++k) {  // the sum after
      if (!sum_at(k)) continue;
      const auto unit = pack_.prefix_units.MatchEndingAt(t_, k);  // "US$" of "US$1 miliar"
      const uint32_t separator = item_opening(end, unit ? unit->begin : k);
      if (separator != kNone) *hi = std::min(*hi, separator);
      break;
    }
  }

  // Whether a progress marker stands in the clause after token `from`, beyond a figure's
  // window: the predicate of a long subject ("Sebanyak 5 unit kapal dan sekitar 200
  // personel gabungan dari Basarnas, TNI, Polri, dan BPBD dikerahkan"). The clause ends at
  // the sentence's end (`end`, the figure's sentence's: `from` may be past it, "... 30
  // anak buah kapal (ABK)." says nothing of the next sentence's "laporan awal") or a
  // state_stop word that joins no nouns ("namun", "while").
  bool ProgressLaterInClause(uint32_t from, uint32_t end) const {
    constexpr int kMaxWords = 15;
    if (pack_.progress_markers.size() == 0) return false;
    int words = 0;
    for (uint32_t k = from; k < end && words < kMaxWords; ++k) {
      if (!IsWord(k)) {
        if (t_.Is(k, ";") || t_.Is(k, ":")) return false;
        continue;
      }
      ++words;
      if (InSet(pack_.state_stop, k) && !InSet(pack_.noun_joiners, k)) return false;
      if (ContextFlagsAt(k) & kContextProgress) return true;
    }
    return false;
  }

  // What word k gives the context window of a figure it is outside of: a progress marker
  // ("sejauh ini"), and whether it is a content word that is no date and no other
  // figure's unit. Computed once per token, as the facts of a sentence share most of
  // their windows.
  static constexpr uint8_t kContextKnown = 1, kContextProgress = 2, kContextWord = 4;
  uint8_t ContextFlagsAt(uint32_t k) const {
    if (context_flags_.empty()) context_flags_.resize(t_.tokens.size());
    uint8_t& flags = context_flags_[k];
    if (flags != 0) return flags;
    flags = kContextKnown;
    if (pack_.progress_markers.size() != 0 && IsWord(k) && pack_.progress_markers.MatchAt(t_, k)) {
      flags |= kContextProgress;
    }
    // A stop word may open a concept of several words ("first phase", "second round").
    auto opens_phrase = [&] {
      const auto m = IsWord(k) ? pack_.concepts.MatchAt(t_, k) : absl::nullopt;
      return m && m->end > k + 1;
    };
    if (info_[k].date == kNone && !FigureWord(k) && (IsContentWord(k) || opens_phrase())) flags |= kContextWord;
    return flags;
  }

  // ConceptAt(i, &end, /*stem=*/true), computed once per token: the facts of a
  // sentence share most of their context windows.
  struct StemmedConcept {
    uint32_t end = 0;  // 0: not computed yet
    bool sum = false;  // a figure (CoFigureAt) in a unit of money
    bool before_only = false;  // a concept of before_figure_only (StemmedConceptAt)
    bool nearest_only = false;  // a concept of nearest_figure_only
    std::string id;
    // A figure's (CoFigureAt) value in its canonical unit, and that unit: what `id` spells.
    double value = 0;
    absl::string_view unit;
  };
  // Whether figure c (CoFigureAt) beside hedged fact f is f's own figure written exactly
  // ("tumbuh hampir 5 persen, yakni 4,96 persen": 4,96 lies within half a step of the
  // last digit of "hampir 5 persen"): of its unit and inside its interval, so widened
  // when approximate (a range's ends are its own), the same quantity, no other figure
  // beside it.
  static bool RestatesHedged(const Fact& f, const StemmedConcept& c) {
    if (f.bound == Bound::kExact || f.bound == Bound::kRange || c.id.empty() || c.unit != f.unit.str()) return false;
    const double slack = f.bound == Bound::kApprox ? f.precision / 2 : 0;
    return c.value >= f.interval.low - slack && c.value <= f.interval.high + slack;
  }
  // The sentence_wide concept that governs a figure at token `first`: the last one written
  // before it in its sentence with no sentence_wide_stops word between, or null.
  const std::string* SentenceWideBefore(uint32_t first) const {
    if (pack_.sentence_wide.empty()) return nullptr;
    const auto [begin, end] = WideMarks(t_.tokens[first].sentence);
    const std::string* governing = nullptr;
    for (uint32_t i = begin; i < end; ++i) {
      const auto& [k, id] = wide_marks_[i];
      if (k >= first) break;
      if (id == nullptr || !pack_.sentence_whole.contains(*id)) governing = id;
    }
    return governing;
  }
  // The concept of sentence_wide that the sentence after the one of token `first` says its
  // figures are, when it opens with lang.json figure_back_references and has no figure of
  // its own ("BPBD mencatat 9 warga meninggal dunia. Data tersebut masih bersifat
  // sementara": provisional; "Angka itu naik dari laporan awal 10 orang" tells of another
  // figure); null when none.
  const std::string* WideInSentenceAfter(uint32_t first) const {
    if (pack_.sentence_wide.empty() || pack_.figure_back_references.size() == 0) return nullptr;
    const uint32_t next = t_.tokens[first].sentence + 1;
    if (next >= t_.sentences.size()) return nullptr;
    uint32_t k = t_.sentences[next].first_token;
    while (k < t_.sentences[next].end_token && t_.tokens[k].kind == TokenKind::kPunct) ++k;
    if (k >= t_.sentences[next].end_token || !pack_.figure_back_references.MatchAt(t_, k) ||
        FigureBetween(k, t_.sentences[next].end_token)) {
      return nullptr;
    }
    const auto [begin, end] = WideMarks(next);
    for (uint32_t i = begin; i < end; ++i) {
      const std::string* id = wide_marks_[i].second;
      if (id == nullptr) return nullptr;  // a stop
      if (!pack_.sentence_whole.contains(*id)) return id;
    }
    return nullptr;
  }
  // The concept of sentence_whole written anywhere in the sentence of token `first`, or
  // null.
  const std::string* SentenceWhole(uint32_t first) const {
    if (pack_.sentence_whole.empty()) return nullptr;
    const auto [begin, end] = WideMarks(t_.tokens[first].sentence);
    for (uint32_t i = begin; i < end; ++i) {
      const std::string* id = wide_marks_[i].second;
      if (id != nullptr && pack_.sentence_whole.contains(*id)) return id;
    }
    return nullptr;
  }
  // The sentence's concepts of sentence_wide and sentence_whole and its
  // sentence_wide_stops, in order: [begin, end) in wide_marks_, found once per sentence.
  std::pair<uint32_t, uint32_t> WideMarks(uint32_t index) const {
    if (wide_ranges_.empty()) wide_ranges_.assign(t_.sentences.size(), {kNone, kNone});
    std::pair<uint32_t, uint32_t>& range = wide_ranges_[index];
    if (range.first != kNone) return range;
    range.first = static_cast<uint32_t>(wide_marks_.size());
    const Sentence& s = t_.sentences[index];
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (!IsWord(k)) continue;
      if (InSet(pack_.sentence_wide_first, k)) {
        if (auto m = pack_.concepts.MatchAt(t_, k);
            m && (pack_.sentence_wide.contains(m->value->id) || pack_.sentence_whole.contains(m->value->id))) {
          wide_marks_.emplace_back(k, &m->value->id);
          k = m->end - 1;  // a stop inside the form is the concept's: "meminta majelis menghukum"
        }
      } else if (InSet(pack_.sentence_wide_stops, k)) {
        wide_marks_.emplace_back(k, nullptr);
      }
    }
    range.second = static_cast<uint32_t>(wide_marks_.size());
    return range;
  }

  // Another figure beside a fact, as one context word of its value and unit ("16.72%" of
  // "25.387.279 suara atau 16,72 persen"): two passages that write the same figure beside
  // theirs share it. Computed once per token, in a cache of its own: a token may be asked
  // both ("disimpan dalam belasan karung" asks a window's figure of 'belasan', which is
  // none, and a context its concept).
  const StemmedConcept& CoFigureAt(uint32_t k) const {
    if (co_figures_.empty()) co_figures_.resize(t_.tokens.size());
    StemmedConcept& c = co_figures_[k];
    if (c.end != 0) return c;
    c.end = k + 1;
    const absl::optional<ParsedNumber>& num = numbers_.ParseAt(k);
    if (!num || num->vague || num->ordinal) return c;
    // ("lebih rendah dari 2018 yang sebesar 4,80%": a year, dated or bare, is no figure.)
    if (FourDigitYear(k, *num) && !pack_.suffix_units.MatchAt(t_, k + 1)) return c;
    // "pagu Perpres 75/2023": an identifier's digits are no figure beside it.
    if (const auto at = NumberStartingAt(k); at && IsIdentifier(*at)) return c;
    // "Spanish 10-year bond yields": a duration joined to its noun by a hyphen names the
    // thing, and is no figure beside another.
    if (const uint32_t e = std::max(num->end_token, k + 1); HyphenJoinedWordAt(e)) {
      auto u = pack_.suffix_units.MatchAt(t_, e);
      if (!u) u = pack_.suffix_units.MatchAt(t_, e + 1);
      if (u && u->value->dimension == "duration") return c;
    }
    c.end = std::max(num->end_token, k + 1);
    double value = num->value;
    absl::string_view unit;
    if (auto u = pack_.suffix_units.MatchAt(t_, c.end); u && SameSentence(k, u->end - 1)) {
      value = (value + u->value->offset) * u->value->factor / u->value->divisor;
      unit = u->value->canonical;
      c.sum = u->value->dimension == "money";
      c.end = u->end;
    } else if (k > 0) {
      if (auto p = pack_.prefix_units.MatchEndingAt(t_, k)) {
        value = (value + p->value->offset) * p->value->factor / p->value->divisor;
        unit = p->value->canonical;
        c.sum = p->value->dimension == "money";
      }
    }
    c.id = absl::StrCat(absl::string_view(&kFigureMark, 1), value, unit);
    c.value = value;
    c.unit = unit;
    return c;
  }

  // Whether a figure in words of two or more starts at word k ("tujuh kru dan lima
  // penumpang": the lima beside the tujuh is a figure, as "7 kru dan 5 penumpang"'s 5 is;
  // "one" and "satu" are too often no count to be one).
  bool WordFigureAt(uint32_t k) const {
    if (!IsWord(k)) return false;
    const absl::optional<ParsedNumber>& num = numbers_.ParseAt(k);
    return num && !num->vague && !num->ordinal && num->value >= 2;
  }

  // Whether the number at token k is four digits written as one token, 1900 to 2100: a
  // year's shape.
  bool FourDigitYear(uint32_t k, const ParsedNumber& num) const {
    constexpr double kFirstYear = 1900, kLastYear = 2100;
    return num.end_token == k + 1 && t_.Text(t_.tokens[k]).size() == 4 && num.value >= kFirstYear &&
           num.value <= kLastYear;
  }

  const StemmedConcept& StemmedConceptAt(uint32_t k) const {
    if (stemmed_.empty()) stemmed_.resize(t_.tokens.size());
    StemmedConcept& c = stemmed_[k];
    if (c.end == 0) {
      c.id = ConceptAt(k, &c.end, /*stem=*/true);
      c.before_only = !pack_.before_figure_only.empty() && pack_.before_figure_only.contains(c.id);
      c.nearest_only = !pack_.nearest_figure_only.empty() && pack_.nearest_figure_only.contains(c.id);
    }
    return c;
  }

  // Named entities: runs of capitalised words, anywhere in the sentence; computed once
  // per sentence.
  const WordList& SentenceEntities(uint32_t sentence) const {
    if (entities_.empty()) entities_.resize(t_.sentences.size());
    absl::optional<WordList>& cached = entities_[sentence];
    if (!cached) cached = EntitiesOf(t_.sentences[sentence]);
    return *cached;
  }
  WordList EntitiesOf(const Sentence& s) const {
    std::vector<std::string> ents;
    // The sentence's first word, after any opening quote or bracket, is capitalised
    // whatever it is ("Kami ...").
    uint32_t first_word = s.first_token;
    while (first_word < s.end_token && t_.tokens[first_word].kind == TokenKind::kPunct) {
      ++first_word;
    }
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (!NameWord(k)) continue;
      uint32_t e = k;
      while (e + 1 < s.end_token && NameWord(e + 1)) ++e;
      // ("In Pellham, about 120 km west of Dovecote": a stop word opening the run is no
      // part of the name.)
      uint32_t b = k;
      while (b < e && InSet(pack_.stopwords, b)) ++b;
      // One capitalised word opening the sentence, or a stop word ("- A magnitude 6.2
      // earthquake"), names nothing.
      const bool single_common = e == b && (b == first_word || InSet(pack_.stopwords, b));
      if (!single_common) {
        ents.emplace_back(t_.Lower(Span{t_.tokens[b].begin, t_.tokens[e].end}));
      }
      k = e;
    }
    std::sort(ents.begin(), ents.end());
    ents.erase(std::unique(ents.begin(), ents.end()), ents.end());
    return WordList(ents);
  }

  // The fact's time as the date mention `d` gives it.
  static void SetTime(const DateMention& d, FactTime* t) {
    const ParsedDate& p = d.parsed;
    t->present = true;
    t->resolved = p.resolved;
    if (p.resolved) {
      t->from = DayOf(p.from);
      t->to = DayOf(EndOfGrain(p.to, p.grain));
    }
    t->grain = FactGrain(p.grain);
    if (p.resolved && p.has_time && !p.is_range) {
      t->clock = MinuteOfDay(p.from);
      if (p.has_tz) t->zone = static_cast<int16_t>(p.tz_offset_minutes);
    } else if (p.resolved && p.day_part_hour > 0) {
      t->clock = static_cast<int16_t>(p.day_part_hour * 60);
    }
    t->span = d.span;
  }

  // Whether an as-of or until word stands right before the date `d`, or before the date
  // it restates in brackets ("sampai kemarin sore (7/12)").
  bool UntilMarked(const DateMention& d) const {
    auto marked = [&](const ParsedDate& p) {
      return p.first_token > 0 && (pack_.data_as_of.MatchEndingAt(t_, p.first_token) || UntilBefore(p));
    };
    if (marked(d.parsed)) return true;
    const uint32_t k = d.parsed.first_token;
    if (k < 2 || !t_.Is(k - 1, "(")) return false;
    // dates_ is in text order: the one right before `d`, if it ends at the bracket.
    auto it = std::lower_bound(dates_.begin(), dates_.end(), k, [](const DateMention& e, uint32_t token) {
      return e.parsed.first_token < token;
    });
    return it != dates_.begin() && std::prev(it)->parsed.end_token == k - 1 && marked(std::prev(it)->parsed);
  }

  // The date mention whose text starts at byte `begin`, or null (dates_ is in text order).
  const DateMention* DateStartingAt(uint32_t begin) const {
    auto it = std::lower_bound(dates_.begin(), dates_.end(), begin,
                               [](const DateMention& e, uint32_t b) { return e.span.begin < b; });
    return it != dates_.end() && it->span.begin == begin ? &*it : nullptr;
  }

  // Whether a word of the sentence is a data noun (lang.json data_nouns).
  // Whether date p names one day, or a time of one, that a figure may take: resolved, no
  // range, not dropped.
  bool OneDayDate(const ParsedDate& p) const {
    return p.resolved && !p.is_range && (p.grain == DateGrain::kDay || p.grain == DateGrain::kMinute) &&
           !Dropped(p.first_token);
  }

  // Whether sentences a <= b are of one paragraph (no line break opens one after a).
  bool SameParagraph(uint32_t a, uint32_t b) const {
    for (uint32_t s = a + 1; s <= b; ++s) {
      if (t_.tokens[t_.sentences[s].first_token].newline_before) return false;
    }
    return true;
  }

  bool NamesData(uint32_t sentence) const {
    if (pack_.data_nouns.empty()) return false;
    const Sentence& s = t_.sentences[sentence];
    for (uint32_t k = s.first_token; k < s.end_token; ++k) {
      if (IsWord(k) && InSet(pack_.data_nouns, k)) return true;
    }
    return false;
  }

  // "hingga Senin (8/7) dini hari, korban meninggal dunia sebanyak tujuh orang" and later
  // "Meninggal dunia tujuh orang," kata ...: an undated count that the article gives
  // dated elsewhere (the same figure of the same thing in the same state, one time) is
  // that count, and takes its time.
  void DateRepeatedFigures() {
    auto countable = [](const Fact& f) {
      return f.kind == FactKind::kCount && !f.measures.qualifier.empty() && !f.part && !f.delta && !f.earlier;
    };
    // One look-up per fact: an article of a million figures is read in linear time.
    using Key = std::tuple<double, double, int, std::string, std::string>;
    auto key = [](const Fact& f) {
      return Key{f.value, f.high, static_cast<int>(f.bound), f.measures.head.str(), f.measures.qualifier.str()};
    };
    struct Dated {
      const Fact* fact;
      bool ambiguous;  // given at two times: which one is repeated cannot be told
    };
    absl::flat_hash_map<Key, Dated> dated;
    for (const Fact& g : facts_) {
      if (!g.time.present || !countable(g)) continue;
      auto [it, added] = dated.try_emplace(key(g), Dated{&g, false});
      if (!added && (it->second.fact->time.from != g.time.from || it->second.fact->time.clock != g.time.clock)) {
        it->second.ambiguous = true;
      }
    }
    if (dated.empty()) return;
    for (Fact& f : facts_) {
      if (f.time.present || !countable(f)) continue;
      auto it = dated.find(key(f));
      if (it == dated.end() || it->second.ambiguous) continue;
      f.time = it->second.fact->time;
      f.rules.push_back(pack_.repeated_rule);
    }
  }

  // "Data itu dihimpun BPBD per Senin (4/12/2023) pukul 09.00 WIB.": a sentence with no
  // figure of its own whose date follows an as-of word (lang.json data_as_of) says when
  // the article's data were compiled. Every figure the text does not date otherwise takes
  // the nearest such date before it, else the first after it; a running tally so dated at
  // 09.55 is an earlier count of the day than another outlet's "sampai Selasa sore".
  void DateByAsOf() {
    if (pack_.data_as_of.size() == 0 || dates_.empty()) return;
    std::vector<bool> has_figure(t_.sentences.size(), false);
    for (const Fact& f : facts_) has_figure[f.sentence] = true;  // numbers only, so far
    std::vector<std::pair<uint32_t, const DateMention*>> as_of;  // sentence, its date
    for (const DateMention& d : dates_) {
      const ParsedDate& p = d.parsed;
      if (!OneDayDate(p) || p.first_token == 0) continue;
      const uint32_t sentence = t_.tokens[p.first_token].sentence;
      if (has_figure[sentence]) continue;
      // "Jumlah itu berdasarkan data ... hingga Selasa (9/7/2024) pukul 16.20 WITA",
      // "jumlah tersebut berdasar update pukul 16.20 WITA": in a sentence about the data.
      if (!pack_.data_as_of.MatchEndingAt(t_, p.first_token) &&
          !((UntilBefore(p) || InSet(pack_.data_nouns, p.first_token - 1)) &&
            NamesData(sentence))) {
        continue;
      }
      if (as_of.empty() || as_of.back().first != sentence) as_of.emplace_back(sentence, &d);
    }
    // Else "Hingga Senin (8/7) dini hari, korban meninggal dunia sebanyak tujuh orang": a
    // tally dated by an as-of or until word dates the article's other undated counts of
    // running tallies (compare.json running), not what was sent or found once ("51 unit
    // mobil pemadam dikerahkan").
    const bool tallies_only = as_of.empty();
    if (tallies_only) {
      for (const Fact& f : facts_) {
        if (f.kind != FactKind::kCount || f.measures.qualifier.empty() || !f.time.present) continue;
        const DateMention* d = DateStartingAt(f.time.span.begin);
        if (d == nullptr) continue;
        const ParsedDate& p = d->parsed;
        if (p.is_range || p.first_token == 0 || (p.grain != DateGrain::kDay && p.grain != DateGrain::kMinute)) {
          continue;
        }
        if (UntilMarked(*d) && (as_of.empty() || as_of.back().first != f.sentence)) {
          as_of.emplace_back(f.sentence, d);
        }
      }
    }
    if (as_of.empty()) return;
    for (Fact& f : facts_) {
      if (f.time.present || f.kind == FactKind::kDate || f.kind == FactKind::kDateRange) continue;
      if (tallies_only && (f.kind != FactKind::kCount || !pack_.compare.RunningTally(f.measures))) continue;
      auto after = std::upper_bound(
          as_of.begin(), as_of.end(), f.sentence,
          [](uint32_t s, const std::pair<uint32_t, const DateMention*>& a) { return s < a.first; });
      const DateMention& d = *(after == as_of.begin() ? after : std::prev(after))->second;
      SetTime(d, &f.time);
      f.rules.push_back(pack_.as_of_rule);
    }
  }

  // "Hingga Jumat pukul 17.00 WIB, data kantor pajak menunjukkan total harta
  // Rp 3.210 triliun. Uang tebusan tercatat Rp 97 triliun": an until date that opens a
  // sentence about the data (lang.json data_nouns) dates the undated figures after it in
  // its paragraph, though its sentence has a figure of its own; a count or a sum so dated
  // stood so at that time and may have grown since (rule time.until).
  void DateByOpeningUntil() {
    if (pack_.data_nouns.empty()) return;
    for (const DateMention& d : dates_) {
      const ParsedDate& p = d.parsed;
      if (!OneDayDate(p) || p.first_token == 0) continue;
      const uint32_t sentence = t_.tokens[p.first_token].sentence;
      if (p.first_token != t_.sentences[sentence].first_token + 1 || !UntilBefore(p) || !NamesData(sentence)) {
        continue;
      }
      for (Fact& f : facts_) {
        if (f.time.present || f.kind == FactKind::kDate || f.kind == FactKind::kDateRange || f.sentence <= sentence ||
            !SameParagraph(sentence, f.sentence)) {
          continue;
        }
        SetTime(d, &f.time);
        f.rules.push_back(pack_.as_of_rule);
        if (f.kind == FactKind::kCount || f.kind == FactKind::kMoney) f.rules.push_back(std::string(kCountedUntil));
      }
    }
  }

  // "Gempa yang lebih kuat kembali mengguncang Prefektur X, Sabtu (16/3/2024) pukul 01.25
  // ... . Badan Meteorologi mencatat kekuatannya magnitudo 6,4": a measure (no age) with no
  // date of its own, written after a word that refers back to a happening (lang.json
  // back_references, or back_demonstratives beside a happening word, "gempa itu"), is of
  // the happening a sentence before names and dates: it takes that date (the first of
  // the nearest sentence's dates after a happening word; a demonstrative's happening must
  // be the same, within three sentences; a back reference alone looks one sentence back).
  void DateBackReferences() {
    if ((pack_.back_references.size() == 0 && pack_.back_demonstratives.empty()) || pack_.happening_words.empty()) {
      return;
    }
    for (Fact& f : facts_) {
      if (f.time.present || f.kind != FactKind::kQuantity || f.sentence == 0 || f.dimension == pack_.age.dimension) {
        continue;
      }
      const Sentence& own = t_.sentences[f.sentence];
      std::string happening;  // the demonstrative's happening; empty for a back reference alone
      bool referred = false;
      for (uint32_t k = own.first_token; k < own.end_token && t_.tokens[k].begin < f.span.begin && !referred; ++k) {
        if (!IsWord(k)) continue;
        if (pack_.back_references.MatchAt(t_, k)) {
          referred = true;
        } else if (k > own.first_token && IsWord(k - 1) && InSet(pack_.back_demonstratives, k)) {
          // ("Kapal itu tenggelam": the ship, no happening, is the one pointed back to.)
          if (std::string key = HappeningKeyAt(k - 1); !key.empty()) {
            happening = std::move(key);
            referred = true;
          }
        }
      }
      if (!referred) continue;
      // (A demonstrative's happening may be named a few sentences before: "Gempa ...
      // mengguncang ..., Kamis (14/3/2024) pukul 21.10. Hingga Jumat siang, sembilan orang
      // tewas. ... mencatat kekuatan gempa itu magnitudo 6,5".)
      constexpr uint32_t kMaxSentencesBack = 3;
      const uint32_t earliest = happening.empty()                  ? f.sentence - 1
                                : f.sentence < kMaxSentencesBack ? 0
                                                                 : f.sentence - kMaxSentencesBack;
      const DateMention* found = nullptr;
      for (const DateMention& d : dates_) {
        const ParsedDate& p = d.parsed;
        const uint32_t sentence = t_.tokens[p.first_token].sentence;
        if (sentence < earliest || sentence >= f.sentence) continue;
        if (found != nullptr && t_.tokens[found->parsed.first_token].sentence >= sentence) continue;  // the nearest
        // (A time of day alone, "at 3:36 a.m.", names no day of its own.)
        if (!OneDayDate(p) || (p.rule == "date.time" && !DayInSentence(p)) || Dateline(p) ||
            StatementDate(p.first_token, p.end_token)) {
          continue;
        }
        // (The sentence names the happening before the date: "Gempa bumi ... mengguncang
        // Prefektur X di Pulau Y, Pulau Z bagian selatan, Kamis (14/3/2024)".)
        bool named = false;
        for (uint32_t w = t_.sentences[sentence].first_token; w < p.first_token && !named; ++w) {
          if (!IsWord(w) || info_[w].date != kNone) continue;
          const std::string key = HappeningKeyAt(w);
          named = !key.empty() && (happening.empty() || key == happening);
        }
        if (named) found = &d;
      }
      if (found == nullptr) continue;
      // (Its day only: a clock of the happening is not when the measure was given, and
      // outlets convert it to zones of their own.)
      SetTime(*found, &f.time);
      f.time.clock = -1;
      f.time.zone = FactTime::kNoZone;
      f.rules.push_back(pack_.back_reference_rule);
    }
  }
  // The key of the happening word at token w (lang.json happening_words, by the word or
  // its concept's stem), as HappeningBefore reads it; "" when none.
  std::string HappeningKeyAt(uint32_t w) const {
    uint32_t e;
    if (InSet(pack_.happening_words, w)) return ConceptAt(w, &e);
    if (std::string key = ConceptAt(w, &e, /*stem=*/true); pack_.happening_words.contains(key)) return key;
    return "";
  }

  void FinishFact(Fact f, uint32_t first, uint32_t end) {
    // "one injured worker from Vantara told Vantara TV": one person who speaks is a speaker,
    // no count of the injured. Without its state it is no claim of how many
    // (compare.json min_stateless_count).
    if (f.kind == FactKind::kCount && f.value == 1 && f.bound == Bound::kExact && !f.measures.qualifier.empty() &&
        SpeaksAfter(end)) {
      f.measures.qualifier = Symbol();
    }
    // "145 inmates gave themselves up ... and the remaining 10 surrendered": the rest,
    // marked before it, in the state of the count it is the rest of, is a part of that
    // state's total, no total of it (as a part marked after it is: CountAt).
    if (f.kind == FactKind::kCount && f.part && !f.measures.qualifier.empty() && first > 0 &&
        pack_.part_markers_before.size() != 0 && pack_.part_markers_before.MatchEndingAt(t_, first)) {
      if (InWholesState(first, f.measures.qualifier.str())) f.measures.qualifier = Symbol();
    }
    f.article = std::string(id_);
    f.span = Span{t_.tokens[first].begin, t_.tokens[end - 1].end};
    f.text = std::string(text_.substr(f.span.begin, f.span.size()));
    f.caption = info_[first].line == LineKind::kCaption;
    f.headline = info_[first].line == LineKind::kHeadline;
    // ("is forecast to grow 5.2 percent": the span opens with the measured verb, which a
    // projection may end with; it is looked for before the figure's digits.)
    uint32_t digits = first;
    while (digits + 1 < end && t_.tokens[digits].kind != TokenKind::kNumber) ++digits;
    if (t_.tokens[digits].kind != TokenKind::kNumber) digits = first;
    // (A substitute term is written as a condition, "Jika denda itu tidak dibayar, diganti
    // dengan kurungan selama 6 bulan", and is the court's term all the same.)
    f.hypothetical = f.measures.qualifier != kSubstituteQualifier &&
                     (Hypothetical(t_.tokens[first].sentence) || GenericBefore(first) ||
                      InClauseBefore(first, pack_.clause_conditionals, pack_.clause_conditional_window) ||
                      InClauseBefore(digits, pack_.projections, pack_.clause_conditional_window) ||
                      ProjectionAfter(end));
    f.negated = Negated(first);
    const Sentence& s = t_.sentences[t_.tokens[first].sentence];
    f.sentence = t_.tokens[first].sentence;
    f.sentence_span = s.span;
    f.sentence_text = std::string(text_.substr(s.span.begin, s.span.size()));
    // "Gunung Wanareja (2.417 mdpl) meletus pada awal Maret 2022": a measure in brackets
    // right after a name is the name's, dated by no happening of its sentence.
    // (Not after a capitalised unit: "Lytton reached 49.6C (121F) on Tuesday", "47.9
    // degrees Celsius (118 Fahrenheit) on Monday" date both figures.)
    const bool of_name = f.kind == FactKind::kQuantity && first >= 2 && end < t_.tokens.size() &&
                         t_.Is(first - 1, "(") && t_.Is(end, ")") && NameWord(first - 2) &&
                         !pack_.suffix_units.MatchEndingAt(t_, first - 1);
    if (f.kind != FactKind::kDate && f.kind != FactKind::kDateRange && !of_name) {
      if (const DateMention* d = DateFor(first, end)) {
        if (f.kind == FactKind::kCount) d = SpanEnd(d);
        SetTime(*d, &f.time);
        // "banjir bandang pada Sabtu malam ... menyebabkan 153 orang luka-luka": a count
        // dated by its event, not by an until or as-of word nor as said on a day, was
        // counted when its report says, not on the event's day.
        if (f.kind == FactKind::kCount && !AsOfDate(*d)) f.rules.push_back(kEventDated);
        if ((f.kind == FactKind::kCount || f.kind == FactKind::kMoney) &&
            (d->parsed.rule == "date.until" || UntilMarked(*d))) {
          f.rules.push_back(std::string(kCountedUntil));
        }
        // "so far this year", "sepanjang tahun 2023": a total over the period.
        const ParsedDate& p = d->parsed;
        if (OverPeriod(p)) {
          f.rules.push_back(kPeriodTotal);
          // "so far this year before the latest riot": the total leaves the riot out.
          if (auto x = pack_.period_exclusions.MatchAt(t_, p.end_token); x && SameSentence(first, x->begin)) {
            f.rules.push_back(kPeriodOthers);
          }
        }
      }
      if (f.measures.place.empty()) {
        if (absl::string_view p = RestrictedPlace(first, end); !p.empty()) f.measures.place = p;
      }
      if (f.measures.place.empty() && f.kind == FactKind::kCount) {
        if (absl::string_view c = CountedClass(first, end); !c.empty()) {
          f.measures.place = c;
        } else if (const std::string* n = NationalityOf(first, end)) {
          f.measures.place = *n;
        }
      }
    }
    f.attributed_to = SpeakerFor(first);
    const bool itemizable = f.kind == FactKind::kQuantity || f.kind == FactKind::kMoney || f.kind == FactKind::kCount;
    if (const absl::optional<uint32_t> opener = f.part || !itemizable ? absl::nullopt : BreakdownOpenerBefore(first)) {
      if (f.kind == FactKind::kQuantity || f.kind == FactKind::kMoney) {
        // "barang bukti terdiri atas 517.200 gram sabu ..., 147.460 gram ...": an item.
        f.part = true;
      } else if (f.kind == FactKind::kCount && f.measures.qualifier.empty()) {
        // A count's items are compared with another outlet's items (a manifest), in the
        // state of what they break down: the survivors' 18 women are not the bodies' two.
        if (std::string state = BrokenDownState(*opener); !state.empty()) f.measures.qualifier = state;
      }
    }
    // "Barang bukti yang disita di antaranya uang tunai Rp414,5 juta, ... emas senilai Rp1,4
    // miliar": a sum or a measure after a part opener of its sentence is an item, no total.
    // (A person's age is no item: "termasuk di antara korban meninggal, yakni Syahrul
    // Efendi (48)".)
    if (!f.part && (f.kind == FactKind::kQuantity || f.kind == FactKind::kMoney) &&
        f.dimension != pack_.age.dimension && PartOpenerBefore(first)) {
      f.part = true;
    }
    if (f.kind == FactKind::kCount && !f.part) {
      if (const auto among = AmongAfter(first, end)) {
        // "Twelve children were among the dead": some of the dead, as a narrowed state
        // ('death (among)') meets only the same, never the toll.
        f.part = true;
        if (!f.measures.qualifier.empty()) {
          // "19 of the injured were in serious condition", "one of the injured died": after a
          // partitive the predicate says which of them ('injured (of the: serious)').
          const std::string predicate =
              pack_.among_predicates.contains(among->text) ? PredicateAfter(among->end, first) : "";
          f.measures.qualifier = absl::StrCat(f.measures.qualifier.str(), " (", among->text,
                                              predicate.empty() ? "" : ": ", predicate, ")");
        }
      }
    }
    FillContext(&f, first, end);
    for (uint32_t k = first; k < end; ++k) info_[k].used = true;
    // "Sebelumnya, jaksa menuntut Darsono dihukum delapan tahun penjara": an earlier marker
    // beside a figure of a concept of hedges.json earlier not_of (a demand, made once) says
    // when it was made, not that a later figure superseded it.
    if (f.earlier && std::any_of(pack_.earlier_not_of.begin(), pack_.earlier_not_of.end(), [&](const std::string& c) {
          return std::binary_search(f.measures.context.begin(), f.measures.context.end(), c);
        })) {
      f.earlier = false;
      std::vector<std::string> rules = f.rules.ToVector();
      rules.erase(std::remove(rules.begin(), rules.end(), pack_.earlier_rule), rules.end());
      f.rules = WordList(rules);
    }
    if (f.kind == FactKind::kCount && !f.part) {
      const Fact* before = ListItemBefore(f, first);
      // "Earlier reports had put the toll at 30 dead and 17 injured": an earlier figure's
      // list gives its items as earlier too.
      if (!f.earlier && before != nullptr && before->earlier) {
        f.earlier = true;
        f.rules.push_back(pack_.earlier_rule);
      }
      if (!f.measures.qualifier.empty()) {
        ShareStateWithList(f, first);
      } else if (before != nullptr && !before->measures.qualifier.empty() && StateBefore(TokenAt(before->span.begin))) {
        // "was carrying 91 passengers and eight crew members", "killed 91 passengers and
        // eight crew members": a state written before the first count of a list governs
        // the list.
        f.measures.qualifier = before->measures.qualifier;
      }
    }
    facts_.push_back(std::move(f));
  }

  // The count right before `f` (starting at token `first`) in its sentence when the two are
  // items of one list: a noun_joiner, after a comma or not, stands between them.
  const Fact* ListItemBefore(const Fact& f, uint32_t first) const {
    if (facts_.empty()) return nullptr;
    const Fact& item = facts_.back();
    if (item.kind != FactKind::kCount || item.part || item.sentence != f.sentence) return nullptr;
    const absl::optional<ListGap> gap = ListGapBetween(item, first, pack_.noun_joiners);
    return gap && gap->joined ? &item : nullptr;
  }

  // What stands between two items of a list: commas, and words of a joiners list.
  struct ListGap {
    bool comma = false;   // a comma among them
    bool joined = false;  // a joiner among them
  };
  // The gap between fact `item` and token `first` after it when one or two commas and
  // `joiners` ("dan", ", dan"), and nothing else, fill it; nullopt otherwise.
  absl::optional<ListGap> ListGapBetween(const Fact& item, uint32_t first,
                                         const WordSet& joiners) const {
    constexpr int kMaxBetween = 2;  // ", dan"
    int between = 0;
    ListGap gap;
    for (uint32_t k = first; k > 0 && t_.tokens[k - 1].begin >= item.span.end; --k) {
      const bool comma = t_.Is(k - 1, ",");
      const bool joiner = !comma && IsWord(k - 1) && InSet(joiners, k - 1);
      if (++between > kMaxBetween || !(comma || joiner)) return absl::nullopt;
      gap.comma |= comma;
      gap.joined |= joiner;
    }
    if (between == 0) return absl::nullopt;
    return gap;
  }

  // "47 soldiers and three civilians died", "49 military personnel and four civilians were
  // injured", "12 prajurit, 3 pilot dan 2 warga tewas": the state after the last count of
  // a list is every count's in it that names none, when a noun_joiner (after a comma or
  // not) stands before the last, and commas between the others. A comma alone is no list
  // ("Banjir di Tiga Provinsi, 212 Orang Meninggal").
  // A last count whose noun is itself its state ("163 kasus dan 7 kematian": deaths) shares
  // nothing: the state is its noun, no predicate of the list.
  void ShareStateWithList(const Fact& last, uint32_t first) {
    if (const Concept* own = pack_.concepts.Find(absl::AsciiStrToLower(last.measures.head_text));
        own != nullptr && own->id == last.measures.qualifier.str()) {
      return;
    }
    for (size_t i = facts_.size(); i > 0; --i) {
      Fact& item = facts_[i - 1];
      if (item.kind != FactKind::kCount || item.part || !item.measures.qualifier.empty() ||
          item.sentence != last.sentence) {
        return;
      }
      const absl::optional<ListGap> gap = ListGapBetween(item, first, pack_.noun_joiners);
      if (!gap || (i == facts_.size() && !gap->joined)) return;
      first = TokenAt(item.span.begin);
      // "Korban Meninggal Banjir 263 Jiwa, 102 Masih Hilang": a state before the item is its own.
      if (StateBefore(first)) return;
      item.measures.qualifier = last.measures.qualifier;
    }
  }

  // The token that begins at byte `begin`.
  uint32_t TokenAt(uint32_t begin) const {
    auto it = std::lower_bound(t_.tokens.begin(), t_.tokens.end(), begin,
                               [](const Token& t, uint32_t b) { return t.begin < b; });
    return static_cast<uint32_t>(it - t_.tokens.begin());
  }

  // Whether a state (concepts.json states) stands before token `first` in its clause, at
  // most eight words back.
  bool StateBefore(uint32_t first) const {
    constexpr int kWords = 8;
    const uint32_t begin = t_.sentences[t_.tokens[first].sentence].first_token;
    int words = 0;
    for (uint32_t k = first; k > begin && words < kWords;) {
      --k;
      if (t_.Is(k, ",") || t_.Is(k, ";") || t_.Is(k, ":")) return false;
      if (!IsWord(k)) continue;
      ++words;
      if (pack_.states.contains(StemmedConceptAt(k).id)) return true;
    }
    return false;
  }

  // Whether a word of concepts.json whole_clauses opens a clause about the noun ending
  // before token `noun_end`, a few words on in its clause ("tiga jenazah korban kebakaran
  // gudang yang sudah teridentifikasi").
  bool WholeClauseAfter(uint32_t i, uint32_t noun_end) const {
    constexpr uint32_t kMaxWords = 5;
    for (uint32_t k = noun_end; k < noun_end + kMaxWords && IsWord(k) && SameSentence(i, k); ++k) {
      if (InSet(pack_.whole_clauses, k)) return true;
    }
    return false;
  }

  // The class a count at tokens [first, end) counts, named after a class marker
  // (concepts.json class_markers) after its noun ("373 ribu pelanggan golongan
  // pemerintah") or before the figure in its clause ("golongan R3 sebanyak 316 ribu
  // pelanggan"): the marker and the word after it, lower-cased; else "". Like a place of
  // a breakdown, it makes the count an item, met only by the same class's.
  absl::string_view CountedClass(uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxBefore = 8, kMaxAfter = 3;
    if (pack_.class_markers.empty()) return {};
    auto class_at = [&](uint32_t k) -> absl::string_view {
      if (!IsWord(k) || !InSet(pack_.class_markers, k) || k + 1 >= t_.tokens.size() || !SameSentence(k, k + 1) ||
          t_.tokens[k + 1].kind == TokenKind::kPunct || InSet(pack_.stopwords, k + 1)) {
        return {};
      }
      // "golongan R3", tokenized "R", "3": a name's digits are part of it.
      uint32_t e = k + 2;
      if (e < t_.tokens.size() && t_.tokens[e].kind == TokenKind::kNumber && !t_.tokens[e].space_before) {
        ++e;
      }
      return PlaceText(k, e);
    };
    // Right after the noun ("1,77 juta pelanggan golongan R2 dan 316.000 pelanggan
    // golongan R3"), else before the figure in its clause ("golongan R2 sebanyak 1,7 juta
    // pelanggan dan golongan R3 sebanyak 361.000": each its own).
    if (absl::string_view c = class_at(end); !c.empty()) return c;
    for (uint32_t k = first; k > t_.sentences[t_.tokens[first].sentence].first_token && first - k < kMaxBefore; --k) {
      const Token& tok = t_.tokens[k - 1];
      if (absl::string_view c = class_at(k - 1); !c.empty()) return c;
      const bool in_name = k >= 2 && !tok.space_before;  // the "3" of "R3"
      if ((tok.kind == TokenKind::kNumber && !in_name) ||
          (tok.kind == TokenKind::kPunct && !t_.Is(k - 1, "(") && !t_.Is(k - 1, ")"))) {
        break;
      }
    }
    // After the noun, over at most a few content words ("2,5 juta pelanggan rumah tangga
    // golongan R2 dan R3").
    for (uint32_t k = end; k <= end + kMaxAfter && IsWord(k) && SameSentence(first, k); ++k) {
      if (absl::string_view c = class_at(k); !c.empty()) return c;
      if (InSet(pack_.stopwords, k)) break;
    }
    return {};
  }

  // The nationality a count at tokens [first, end) is restricted to (concepts.json
  // nationalities): written in its words or within a few after them, before any stop
  // word or punctuation ("33 South Koreans", "19 other South Koreans", "33 wisatawan asal
  // Korea Selatan"); null when none.
  const std::string* NationalityOf(uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxAfter = 3;
    if (pack_.nationalities.size() == 0) return nullptr;
    for (uint32_t k = first; k < end + kMaxAfter && k < t_.tokens.size() && SameSentence(first, k); ++k) {
      if (!IsWord(k)) {
        if (k >= end) break;
        continue;
      }
      if (auto m = pack_.nationalities.MatchAt(t_, k)) return m->value;
      if (k >= end && InSet(pack_.stopwords, k)) break;
    }
    return nullptr;
  }

  // The place a figure at tokens [first, end) is restricted to by a place_restrictors
  // word right after the place's name: after the figure in its clause ("about 200 miles
  // (320 kilometers) in Tessford alone") or opening its sentence or its clause before it
  // ("Di Jawa Barat saja, 30 orang meninggal"). Lower-cased; empty when none.
  absl::string_view RestrictedPlace(uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxAfter = 10;
    if (pack_.place_restrictors.empty()) return {};
    const uint32_t sentence = t_.tokens[first].sentence;
    const Sentence& s = t_.sentences[sentence];
    uint32_t name, e;  // the last place name looked at: tokens [name, e)
    auto restricted_at = [&](uint32_t k) -> absl::string_view {  // k: a place preposition
      PlaceNameAt(k + 1, sentence, &name, &e);
      if (e == name || !IsWord(e) || !SameSentence(first, e) || !InSet(pack_.place_restrictors, e)) return {};
      return PlaceText(name, e);
    };
    for (uint32_t k = end; k < s.end_token && k < end + kMaxAfter; ++k) {
      if (t_.tokens[k].kind == TokenKind::kPunct && !t_.Is(k, "(") && !t_.Is(k, ")")) break;
      if (IsWord(k) && InSet(pack_.place_prepositions, k)) {
        if (absl::string_view p = restricted_at(k); !p.empty()) return p;
      }
    }
    // Before it, a place opening the sentence, with no other place name between that
    // and the figure ("In Tessford alone, 74 died, and in Orlen 4": the 4 are Orlen's).
    const uint32_t k = s.first_token;
    auto no_place_between = [&](uint32_t from) {
      for (uint32_t m = from; m < first; ++m) {
        if (PlaceWord(m, sentence)) return false;
      }
      return true;
    };
    // (A name that is no place of its own, with no place preposition before it, does not
    // end the restriction: "Di Kabupaten Wanareja saja, BPBD mencatat 1.112 hektare".)
    auto no_located_place_between = [&](uint32_t from) {
      for (uint32_t m = from; m < first; ++m) {
        if (!IsWord(m) || !InSet(pack_.place_prepositions, m)) continue;
        uint32_t place, place_end;
        PlaceNameAt(m + 1, sentence, &place, &place_end);
        if (place_end > place) return false;
      }
      return true;
    };
    if (k < first && IsWord(k) && InSet(pack_.place_prepositions, k)) {
      if (absl::string_view p = restricted_at(k); !p.empty() && no_located_place_between(e)) return p;
    }
    // Or opening the figure's clause after a comma, up to two commas back ("BPBD mencatat,
    // di Kecamatan Rancaekek saja terdapat 296 rumah rusak"; "Officials said, in Tessford
    // alone, 74 people died").
    for (uint32_t c = first, commas = 0; c > k + 1 && commas < 2;) {
      --c;
      if (!t_.Is(c, ",")) continue;
      ++commas;
      if (IsWord(c + 1) && InSet(pack_.place_prepositions, c + 1)) {
        if (absl::string_view p = restricted_at(c + 1); !p.empty() && no_located_place_between(e)) return p;
      }
    }
    // A place as the subject of its sentence, said to be a kind of place ("Kalimantan
    // Tengah menjadi provinsi dengan titik panas terbanyak, yakni 954 titik").
    PlaceNameAt(k, sentence, &name, &e);
    if (name == k && e > k && e + 1 < first && IsWord(e) && InSet(pack_.subject_place_copulas, e) &&
        IsWord(e + 1) && InSet(pack_.place_types, e + 1) && no_place_between(e + 2)) {
      return PlaceText(name, e);
    }
    return {};
  }

  // Where the breakdown opener before `first` in its sentence starts ("terdiri atas",
  // "consisting of"), if there is one.
  // The sentence's first opener is looked for once per sentence (most have none).
  absl::optional<uint32_t> BreakdownOpenerBefore(uint32_t first) const {
    if (pack_.breakdown_openers.size() == 0) return absl::nullopt;
    const std::pair<uint32_t, uint32_t> opener = FirstInSentence(first, pack_.breakdown_openers, &breakdown_opener_);
    if (opener.second <= first) return opener.first;
    return absl::nullopt;
  }

  // The first match of `words` in the sentence of token `first`, as [begin, end), or the
  // sentence's end twice when none; cached per sentence in *cache.
  std::pair<uint32_t, uint32_t> FirstInSentence(uint32_t first, const Lexicon<bool>& words,
                                                std::vector<std::pair<uint32_t, uint32_t>>* cache) const {
    const uint32_t sentence = t_.tokens[first].sentence;
    if (cache->empty()) cache->assign(t_.sentences.size(), {kNone, kNone});
    std::pair<uint32_t, uint32_t>& found = (*cache)[sentence];
    if (found.first == kNone) {
      const Sentence& s = t_.sentences[sentence];
      found = {s.end_token, s.end_token};  // none
      for (uint32_t k = s.first_token; k < s.end_token; ++k) {
        if (auto m = words.MatchAt(t_, k)) {
          found = {k, static_cast<uint32_t>(m->end)};
          break;
        }
      }
    }
    return found;
  }

  // Whether a part opener (concepts.json part_openers: "termasuk", "di antaranya",
  // "including") stands before `first` in its sentence.
  bool PartOpenerBefore(uint32_t first) const {
    return pack_.part_openers.size() != 0 && FirstInSentence(first, pack_.part_openers, &part_opener_).second <= first;
  }

  // The state the whole a breakdown opener at `opener` breaks down names, within a few
  // words before it, when it is one of concepts.json breakdown_states ("Ketiga jenazah itu
  // terdiri dari dua perempuan": death), or "". (Other wholes, passengers or survivors,
  // leave their items stateless, to meet another outlet's items however it names them.)
  std::string BrokenDownState(uint32_t opener) const {
    constexpr uint32_t kMaxWords = 4;
    const uint32_t sentence_first = t_.sentences[t_.tokens[opener].sentence].first_token;
    for (uint32_t k = opener, n = 0; k > sentence_first && n < kMaxWords; --k, ++n) {
      if (!IsWord(k - 1)) continue;
      if (auto m = pack_.concepts.MatchAt(t_, k - 1); m && pack_.breakdown_states.contains(m->value->id)) {
        return m->value->id;
      }
    }
    return "";
  }

  struct Among {
    std::string text;  // the marker as written, lower-cased
    uint32_t end;      // the token after it
  };
  // The among_markers word after a count ending at `end`, over at most two stop words or
  // qualifier_skip words ("Twelve children were among the dead"), or the
  // among_markers_before word right before it at `first` ("Salah satu korban meninggal"),
  // as written: the count is a part of those, never their total.
  absl::optional<Among> AmongAfter(uint32_t first, uint32_t end) const {
    constexpr int kMaxSkipped = 2;
    auto among = [&](uint32_t from, uint32_t to) {
      return Among{absl::AsciiStrToLower(t_.text.substr(t_.tokens[from].begin,
                                                        t_.tokens[to - 1].end - t_.tokens[from].begin)),
                   to};
    };
    if (auto m = pack_.among_markers_before.MatchEndingAt(t_, first); m && SameSentence(m->begin, first)) {
      return among(m->begin, first);
    }
    // "Among the 15 foreigners on board were five Indians": an among_openers word opens the
    // sentence and an among_copulas word stands right before the count.
    if (first > 0 && SameSentence(first - 1, first) && IsWord(first - 1) && InSet(pack_.among_copulas, first - 1)) {
      uint32_t opening = t_.sentences[t_.tokens[first].sentence].first_token;
      while (opening < first && !IsWord(opening)) ++opening;
      if (pack_.among_openers.MatchAt(t_, opening)) return among(opening, first);
    }
    if (pack_.among_markers.size() == 0) return absl::nullopt;
    for (uint32_t k = end, skipped = 0; k < t_.tokens.size() && SameSentence(first, k) && IsWord(k); ++k) {
      if (auto m = pack_.among_markers.MatchAt(t_, k)) return among(k, m->end);
      if (++skipped > kMaxSkipped || !(InSet(pack_.stopwords, k) || InSet(pack_.qualifier_skip, k))) break;
    }
    return absl::nullopt;
  }

  // The word that says which of them a partitive counts, after the marker ending before
  // token k: past the noun or state right after it and stop words ("of the injured were
  // in serious condition": "serious"); lower-cased, empty when none.
  std::string PredicateAfter(uint32_t k, uint32_t first) const {
    constexpr int kMaxSkipped = 4;
    if (auto m = pack_.concepts.MatchAt(t_, k); m && SameSentence(first, k)) k = m->end;
    for (int skipped = 0; k < t_.tokens.size() && SameSentence(first, k) && IsWord(k); ++k) {
      if (info_[k].date != kNone) break;  // "443 of them by Wednesday afternoon": when, not which
      if (!InSet(pack_.stopwords, k) && !InSet(pack_.qualifier_skip, k)) return std::string(t_.Lower(t_.tokens[k]));
      if (++skipped > kMaxSkipped) break;
    }
    return "";
  }

  // The name of an approx hedge right before a date or among its opening words ("sekitar
  // pukul 10.20", "at about 5:30 a.m."), or null.
  const std::string* ApproxHedgeOf(const ParsedDate& p) const {
    if (auto h = pack_.hedges_before.MatchEndingAt(t_, p.first_token);
        h && h->value->bound == Bound::kApprox && SameSentence(h->begin, p.first_token)) {
      return &h->value->name;
    }
    for (uint32_t k = p.first_token; k < p.end_token && IsWord(k); ++k) {
      if (auto h = pack_.hedges_before.MatchAt(t_, k); h && h->value->bound == Bound::kApprox && h->end <= p.end_token) {
        return &h->value->name;
      }
    }
    return nullptr;
  }

  // Whether a year or a month is given as a period ("sepanjang 2021", "selama tahun
  // 2023", "so far this year"; lang.json period_markers), the marker opening the date's
  // span or standing right before it: a figure so dated is a total over it.
  bool OverPeriod(const ParsedDate& p) const {
    // (A range of months or years is a period however it is introduced: "inflasi tahun
    // kalender Januari–Juni 2019 mencapai 2,05 persen".)
    return (p.grain == DateGrain::kYear || p.grain == DateGrain::kMonth) &&
           ((p.is_range && p.resolved) || MarkedBy(pack_.period_markers, p));
  }
  // Whether a date of any grain is named as one period of a series ("harga TBS periode
  // 4-10 Mei 2022"; lang.json period_labels): the period the figures beside it are for,
  // which the figures take as their time, not the day of a happening.
  bool LabelledPeriod(const ParsedDate& p) const {
    return pack_.period_labels.size() != 0 && MarkedBy(pack_.period_labels, p);
  }
  bool MarkedBy(const Lexicon<bool>& markers, const ParsedDate& p) const {
    return markers.MatchAt(t_, p.first_token) ||
           (p.first_token > 0 && markers.MatchEndingAt(t_, p.first_token));
  }

  // Whether the date at `span` dates a percentage or a sum, asked before dates are emitted
  // (facts_ then holds the figures only).
  bool DatesAStatistic(const Span& span) const {
    for (const Fact& f : facts_) {
      if (f.time.present && f.time.span == span && (f.kind == FactKind::kMoney || f.dimension == "percent")) {
        return true;
      }
    }
    return false;
  }

  void EmitDate(const DateMention& d) {
    const ParsedDate& p = d.parsed;
    if (Dropped(p.first_token)) return;
    Fact f;
    f.kind = p.is_range ? FactKind::kDateRange : FactKind::kDate;
    f.dimension = "date";
    f.unit = "date";
    f.rule = std::string(p.rule);
    f.rules = {"date.mention", p.rule};
    if (!d.day_rule.empty()) f.rules.push_back(std::string(d.day_rule));
    if (p.night) f.rules.push_back("date.night");
    if (p.weekday_mismatch) f.rules.push_back(kWeekdayMismatch);
    if (p.weekday >= 0) f.rules.push_back(kWeekdayWritten);
    if (p.small_hours) f.rules.push_back("date.small_hours");
    f.date_resolved = p.resolved;
    f.date_grain = FactGrain(p.grain);
    if (p.resolved) {
      absl::CivilMinute end = EndOfGrain(p.to, p.grain);
      f.date_from = DayOf(p.from);
      f.date_to = DayOf(end);
      f.value = static_cast<double>(f.date_from.days());
      f.high = static_cast<double>(f.date_to.days());
      f.bound = (p.is_range || f.high > f.value) ? Bound::kRange : Bound::kExact;
      f.interval = Interval{f.value, f.high, false, false};
      f.time.present = true;
      f.time.resolved = true;
      f.time.from = f.date_from;
      f.time.to = f.date_to;
      f.time.grain = f.date_grain;
      f.time.span = d.span;
      if (p.has_time && !p.is_range) {
        f.time.clock = MinuteOfDay(p.from);
        if (p.has_tz) f.time.zone = static_cast<int16_t>(p.tz_offset_minutes);
        if (p.rule == "date.time" && !DayInSentence(p)) f.rules.push_back(std::string(kDayFromContext));
        // "sekitar pukul 10.20", "at about 5:30 a.m.": a time of day given roughly.
        if (const std::string* hedge = ApproxHedgeOf(p)) {
          f.bound = Bound::kApprox;
          f.rules.push_back(*hedge);
        }
      }
      if (p.grain == DateGrain::kYear && !p.is_range) {
        f.surface_value = p.from.year();
        f.surface_unit = "year";
      }
      // "sepanjang 2021", "periode 4-10 Mei": the period a figure is over or for, not the
      // day of a happening.
      if (OverPeriod(p) || LabelledPeriod(p)) f.rules.push_back(std::string(kPeriodTotal));
    } else {
      f.interval = Interval{-std::numeric_limits<double>::infinity(),
                            std::numeric_limits<double>::infinity(), true, true};
    }
    if (StatementDate(p.first_token, p.end_token)) {
      f.measures.qualifier = kStatementDate;
      f.rules.push_back("date.statement");
    } else {
      f.measures.head = DateHead(p);
      // So is a year or a month of a statistic ("penyumbang inflasi pada Januari 2024";
      // period_heads), or one that dates a rate or a sum in its sentence ("pertumbuhan
      // pada 2018 yang mencapai 5,17 persen").
      if ((p.grain == DateGrain::kYear || p.grain == DateGrain::kMonth) && !HasRule(f, kPeriodTotal) &&
          (pack_.period_heads.contains(f.measures.head.str()) || DatesAStatistic(d.span))) {
        f.rules.push_back(std::string(kPeriodTotal));
      }
      // "Api pertama kali terlihat sekitar pukul 19.40 WIB": when it happened first.
      constexpr int kFirstWindow = 6;
      if (InClauseBefore(p.first_token, pack_.first_markers, kFirstWindow)) {
        f.rules.push_back(std::string(kFirstOccurrence));
      }
      if (Recurrence(p.first_token)) {
        f.measures.qualifier = kRecurrenceDate;
        f.rules.push_back(pack_.recurrence_rule);
      } else if (InClauseBefore(p.first_token, pack_.schedules, pack_.clause_conditional_window)) {
        // "was due to return to port at 13:00": a plan, not what happened.
        f.measures.qualifier = kPlannedQualifier;
        f.rules.push_back("date.planned");
      }
    }
    // "Sampai Sabtu (16/12) siang, terjadi 19 gempa susulan": that day or before, not the
    // day something happened; "sejak Jumat": that day or after.
    uint32_t first = p.first_token;
    if (p.resolved && !p.is_range && first > 0) {
      constexpr double kInf = std::numeric_limits<double>::infinity();
      if (auto m = UntilBefore(p); m && SameSentence(m->begin, first)) {
        f.bound = Bound::kAtMost;
        f.interval = Interval{-kInf, f.high, true, false};
        f.rules.push_back("date.until");
        first = m->begin;
        // "jumlah korban tewas hingga Sabtu pukul 13.00 WIB sebanyak 17 orang": the time a
        // count of its sentence was taken, not when anything happened.
        if (SentenceCounts(t_.tokens[first].sentence)) f.measures.head = Symbol();
      } else if (auto since = pack_.date_since.MatchEndingAt(t_, first);
                 since && SameSentence(since->begin, first) && pack_.onset_heads.contains(f.measures.head.str())) {
        // "hilang kontak sejak Kamis (27/6) siang": the day contact was lost, no bound.
        f.rules.push_back("date.since_onset");
        first = since->begin;
      } else if (since && SameSentence(since->begin, first)) {
        f.bound = Bound::kAtLeast;
        f.interval = Interval{f.value, kInf, false, true};
        f.rules.push_back("date.since");
        first = since->begin;
        // "melarang ekspor ... mulai Kamis (28/4/2022)" in a report of 22 April: a start
        // after the report's own day is still to come, as a plan is, and no day before it
        // is against it.
        if (reference_ && absl::CivilDay(p.from) > absl::CivilDay(*reference_) && f.measures.qualifier.empty()) {
          f.measures.qualifier = kPlannedQualifier;
          f.rules.push_back("date.ahead");
        }
      }
    }
    // "156.093 orang diperiksa dalam sehari": a span or a deadline, no day anything
    // happened on: never compared.
    const bool ahead = AheadCount(p);
    const size_t before = facts_.size();
    FinishFact(std::move(f), first, p.end_token);
    if (facts_.size() == before) return;
    if (ahead) facts_.back().hypothetical = true;
    // "pada Jumat (9/10/2020) sore": "@~15"; "Minggu (15/6/2024)", a Saturday: "@!0", the
    // weekday written, which another report's date may be.
    const bool day_part = !p.has_time && p.day_part_hour >= 0;
    const bool written_weekday = p.weekday_mismatch && p.weekday >= 0;
    if (day_part || written_weekday) {
      Fact& g = facts_.back();
      std::vector<std::string> words(g.measures.context.begin(), g.measures.context.end());
      if (day_part) {
        words.push_back(absl::StrCat(absl::string_view(&kWindowMark, 1), absl::string_view(&kDayPartMark, 1),
                                     p.day_part_hour));
      }
      if (written_weekday) {
        words.push_back(absl::StrCat(absl::string_view(&kWindowMark, 1), absl::string_view(&kWeekdayMark, 1),
                                     p.weekday));
      }
      std::sort(words.begin(), words.end());
      words.erase(std::unique(words.begin(), words.end()), words.end());
      g.measures.context = WordList(words);
    }
    if (d.quote_first != kNone || d.quote_end != 0) {
      Fact& g = facts_.back();
      g.span = Span{t_.tokens[std::min(first, d.quote_first)].begin,
                    t_.tokens[std::max(p.end_token, d.quote_end) - 1].end};
      g.text = std::string(text_.substr(g.span.begin, g.span.size()));
    }
  }

  // Whether a duration at tokens [first, end) (number token i) is an instrument's tenor:
  // a word of tenor_before right before it, or of tenor_after right after it.
  bool Tenor(uint32_t i, uint32_t first, uint32_t end) const {
    if (first > 0) {
      if (auto m = pack_.tenor_before.MatchEndingAt(t_, first); m && SameSentence(i, m->begin)) return true;
    }
    auto m = pack_.tenor_after.MatchAt(t_, end);
    return m && SameSentence(i, end);
  }

  // Whether the comma at token w ends a place's name, a place type opening it or a place
  // preposition before it ("menghantam daratan di Kota Sindang, Provinsi Tirta, pada
  // Minggu": the names of an address do not end the clause the date is in), or a name
  // after such a comma ("di Desa Karangsari, Kabupaten Wanareja, Jawa Timur, pada Minggu").
  bool AfterPlaceName(uint32_t w) const {
    for (int part = 0; part < 2; ++part) {
      if (w == 0 || !NameWord(w - 1) || !SameSentence(w - 1, w)) return false;
      uint32_t b = w - 1;
      while (b > 0 && NameWord(b - 1) && SameSentence(b - 1, w)) --b;
      if (InSet(pack_.place_types, b) ||
          (b > 0 && SameSentence(b - 1, w) && IsWord(b - 1) && InSet(pack_.place_prepositions, b - 1))) {
        return true;
      }
      if (b == 0 || !t_.Is(b - 1, ",") || !SameSentence(b - 1, w)) return false;
      w = b - 1;  // the part before must itself be a place's
    }
    return false;
  }

  // What a date is about: the nearest plain content word of its clause ("tiba pada
  // Rabu", "kecelakaan terjadi pada 9 November"), looking left first; "" when none. A word
  // between an article and a name only describes the name ("struck the mountainous
  // Tessel Valley late on Sunday": struck).
  std::string DateHead(const ParsedDate& p) const {
    const Sentence& s = t_.sentences[t_.tokens[p.first_token].sentence];
    // (Not a concept's word: "had departed Kessa at 10:15 a.m." is a departure.)
    auto describes_name = [&](uint32_t w) {
      return w > s.first_token && NameWord(w + 1) && IsWord(w - 1) && InSet(pack_.stopwords, w - 1) &&
             !pack_.concepts.MatchAt(t_, w);
    };
    // A kind of place ("on the Greek island of Kessa on Saturday", "across the country on
    // Tuesday") or a compass direction ("wilayah barat Kabupaten Lembah, Minggu") names
    // where, not what happened, a time of day when ("just before midnight on Sunday"), and
    // another figure's unit how much ("within 12 minutes on Thursday afternoon"), and a
    // unit's name no happening ("Pada 16 April lalu, rupiah sempat menyentuh level
    // Rp16.250": a currency quoted on a day).
    auto event_word = [&](uint32_t w) {
      return IsContentWord(w) && !t_.IsCapitalized(t_.tokens[w]) && info_[w].date == kNone &&
             !InSet(pack_.place_types, w) && !pack_.dates->DayPartAt(t_, w) && !FigureWord(w) &&
             !pack_.suffix_units.MatchAt(t_, w) && !BearingWord(w);
    };
    uint32_t e;
    // The nearest event word before it, unless a preposition a few words before that word
    // opens the phrase it is in ("smashed into the sea early last Monday": 'smashed';
    // "hilang kontak di perairan Bali bagian utara pada Rabu": 'kontak'); then the
    // nearest event word before the preposition.
    constexpr uint32_t kMaxSteps = 6, kMaxPhrase = 4;
    auto comma = [&](uint32_t w) {
      return t_.tokens[w].kind == TokenKind::kPunct && t_.text[t_.tokens[w].begin] == ',';
    };
    // Another date's tokens are passed as one step: "menerjang Bukit Asri pada Sabtu
    // (16/3/2019) sekitar pukul 21.00 WIB" (the clock is about 'menerjang' too).
    const uint32_t own = info_[p.first_token].date;
    auto nearest_before = [&](uint32_t from, uint32_t max_steps) {
      for (uint32_t k = from, steps = 0; k > s.first_token && steps < max_steps; --k) {
        const uint32_t w = k - 1;
        const uint32_t date = info_[w].date;
        // "pada Sabtu, 16 Maret 2019, sekitar pukul 21.00 WIB": a comma after a date too.
        const bool after_date = w > 0 && info_[w - 1].date != kNone && info_[w - 1].date != own;
        if (comma(w)) {
          if (!after_date && !AfterPlaceName(w)) break;
          continue;
        }
        // A date's tokens, and a name of several words, are one step each.
        const bool in_date = date != kNone && date != own && w > 0 && info_[w - 1].date == date;
        const bool in_name = NameWord(w) && NameWord(w + 1) && SameSentence(w, w + 1);
        if (!in_date && !in_name) ++steps;
        if (event_word(w) && !describes_name(w) && !InSet(pack_.phrase_prepositions, w)) return w;
      }
      return kNone;
    };
    // "dalam kecelakaan lalu lintas pada 4 Januari 2021", "lost contact with air traffic
    // control": a concept of several words that ends at the word names the phrase
    // ('accident', 'lost_contact'), not its last word.
    auto head_at = [&](uint32_t w) {
      if (auto m = pack_.concepts.MatchEndingAt(t_, w + 1); m && m->begin < w) return m->value->id;
      return ConceptAt(w, &e);
    };
    // "died in the Oct. 23 collapse", "after Saturday morning's collapse": a date written
    // after an article (lang.json date_modifier_openers) or with a possessive, right
    // before a happening's word, dates that happening.
    if (p.end_token < s.end_token && !pack_.date_modifier_openers.empty()) {
      bool modifies = false;
      for (uint32_t k = p.first_token; k < p.end_token && !modifies; ++k) {
        modifies = IsWord(k) && InSet(pack_.date_modifier_openers, k);
      }
      uint32_t noun = p.end_token;
      if (PossessiveAt(p.end_token)) {  // the apostrophe, then its "s"
        modifies = true;
        noun += 2;
      }
      if (modifies && noun < s.end_token && IsWord(noun) && !t_.IsCapitalized(t_.tokens[noun])) {
        if (std::string key = HappeningKeyAt(noun); !key.empty()) return key;
      }
    }
    const uint32_t found = nearest_before(p.first_token, kMaxSteps);
    // A verb ("kebakaran di Depo X terjadi sekitar pukul 20.20") is in no such phrase,
    // nor a word the date does not follow right away ("rose to 41 on Wednesday"), over an
    // address ("ditangkap di rumahnya di Perumahan X, Pamulang, pada 27 April": the
    // arrest, not the house).
    auto address_between = [&](uint32_t from, uint32_t to) {
      bool named = false;
      for (uint32_t k = from; k < to; ++k) {
        const bool bearing = BearingWord(k);  // "perairan Bali bagian utara pada Rabu"
        named |= NameWord(k) || bearing;
        if (NameWord(k) || bearing || (t_.Is(k, ",") && AfterPlaceName(k)) ||
            (IsWord(k) && (InSet(pack_.phrase_prepositions, k) || InSet(pack_.place_prepositions, k) ||
                           InSet(pack_.place_types, k)))) {
          continue;
        }
        if (info_[k].date != kNone && info_[k].date != own) continue;
        if (IsWord(k) && k + 1 == to && InSet(pack_.stopwords, k)) continue;  // "pada"
        return false;
      }
      return named;
    };
    if (found != kNone && !VerbShaped(found) &&
        (found + 1 == p.first_token || address_between(found + 1, p.first_token))) {
      // "Tenggelamnya perahu migran di Selat Lembah pada Selasa": a happening word
      // (lang.json happening_words) made a noun (found by its stem, "Tenggelamnya",
      // "Runtuhnya") opening the noun phrase of the word found heads it: the sinking's
      // day, not the migrants'. (Opening it: first in its clause, or after a stop word or
      // a verb; not "Pemakaman korban tenggelamnya perahu pada Senin".)
      auto opens_phrase = [&](uint32_t w) {
        return w == s.first_token || !IsWord(w - 1) || !IsContentWord(w - 1) || VerbShaped(w - 1);
      };
      auto nominal_happening = [&](uint32_t w) -> std::string {
        if (InSet(pack_.happening_words, w) || pack_.concepts.MatchAt(t_, w)) return "";
        std::string key = HappeningKeyAt(w);  // by its stem, then
        return key != t_.Lower(t_.tokens[w]) ? key : "";
      };
      // (No stop word or verb yet between the word and the one found, itself no happening.)
      bool in_phrase = HappeningKeyAt(found).empty();
      for (uint32_t k = found, steps = 0; k > s.first_token && steps < kMaxPhrase && !comma(k - 1); --k, ++steps) {
        if (IsWord(k - 1) && (InSet(pack_.phrase_prepositions, k - 1) ||
                              (InSet(pack_.agent_prepositions, k - 1) && !pack_.concepts.MatchAt(t_, found)))) {
          const uint32_t outer = nearest_before(k - 1, kMaxPhrase);
          if (outer != kNone) return head_at(outer);
          break;
        }
        if (!IsContentWord(k - 1) || VerbShaped(k - 1)) {
          in_phrase = false;
        } else if (std::string key = in_phrase ? nominal_happening(k - 1) : std::string();
                   !key.empty() && opens_phrase(k - 1)) {
          return key;
        }
      }
    }
    if (found != kNone) {
      // "Raka ditangkap penyidik KPK pada 14 Maret 2016", "ditangkap penyidik kejaksaan
      // pada ...": up to two words of no concept right after a passive verb of one
      // (passive_prefixes) are who did what the verb names, written with no 'oleh': the
      // date is the happening's (not a span counted from another moment: "Pembangunan
      // ditargetkan rampung dalam tiga tahun", whose word is no doer).
      constexpr uint32_t kMaxDoerWords = 2;
      auto doer_word = [&](uint32_t k) {
        uint32_t end = 0;
        return IsWord(k) && (k == found || event_word(k)) && !HasPrefix(k, pack_.verb_prefixes) &&
               !pack_.concepts.MatchEndingAt(t_, k + 1) && !IsConcept(ConceptAt(k, &end));
      };
      const bool counted = p.rule == "date.relative_count";
      for (uint32_t doer = found; !counted && doer > s.first_token && found - doer < kMaxDoerWords && doer_word(doer);
           --doer) {
        const uint32_t verb = doer - 1;
        // (So is what a verb of a happening befell: "Banjir menerjang permukiman di
        // bantaran Sungai Lembah pada Minggu" dates the flood's striking, lang.json
        // happening_words, not the settlement.)
        if (IsWord(verb) && event_word(verb)) {
          uint32_t verb_end = 0;
          const std::string id = ConceptAt(verb, &verb_end);
          if (verb_end == doer && IsConcept(id) &&
              (HasPrefix(verb, pack_.passive_prefixes) ||
               (HasPrefix(verb, pack_.verb_prefixes) && pack_.happening_words.contains(id)))) {
            return id;
          }
        }
      }
      // "Tim SAR menemukan tiga korban terakhir perahu yang terbalik di Waduk Lembah,
      // Kecamatan Sari, Senin (15/5/2023)": a date set off by a comma after the places of a
      // relative clause's verb ends the main clause; it is the day of the main verb before
      // the relative pronoun (the finding), not of the clause's (the capsizing). (Written
      // with "pada", "perahu yang terbalik di Waduk Lembah pada Minggu", it is the clause's.)
      // A main verb of saying (attribution.json after_speaker) has no day of its own to
      // give: "BPBD mencatat 14 orang meninggal akibat gempa yang mengguncang Kabupaten
      // Lembah, Provinsi Sari, pada Jumat pukul 10.12 WIB" is the quake's time.
      // Nor when a verb follows the date after a comma: the words before are the main
      // clause's subject ("Hujan deras disertai angin kencang yang melanda wilayah barat
      // Kabupaten Lembah, Senin (11/3/2024) sore, merusak 120 rumah": the storm's day).
      const uint32_t after_date = p.end_token + 1;
      const bool verb_after = p.end_token < s.end_token && t_.Is(p.end_token, ",") && after_date < s.end_token &&
                              IsWord(after_date) && !t_.IsCapitalized(t_.tokens[after_date]) &&
                              HasPrefix(after_date, pack_.verb_prefixes);
      if (!verb_after && found > s.first_token + 1 && p.first_token > 0 && t_.Is(p.first_token - 1, ",") &&
          IsWord(found - 1) && InSet(pack_.relative_pronouns, found - 1) && !comma(found - 1)) {
        for (uint32_t v = found - 1; v > s.first_token; --v) {
          if (comma(v - 1)) break;
          if (event_word(v - 1) && VerbShaped(v - 1)) {
            if (pack_.attribution_after.MatchAt(t_, v - 1)) break;
            return head_at(v - 1);
          }
        }
      }
      return head_at(found);
    }
    // After it, the last concept of those words, the happening a subject before it did
    // ("Sekitar pukul 09.15 WIB helikopter hilang kontak": lost contact; "Pukul 07.40 WIB
    // pesawat lepas landas": the departure, not the aircraft), else the first event word.
    uint32_t first_after = kNone;
    const Concept* last_concept = nullptr;
    for (uint32_t k = p.end_token; k < s.end_token && k < p.end_token + 4 && !comma(k); ++k) {
      if (!event_word(k)) continue;
      if (auto m = pack_.concepts.MatchAt(t_, k)) last_concept = m->value;
      if (first_after == kNone) first_after = k;
    }
    if (last_concept != nullptr) return last_concept->id;
    if (first_after != kNone) return ConceptAt(first_after, &e);
    return HappeningBefore(p.first_token);
  }

  // The happening a clause's subject names (lang.json happening_words, by a word, its
  // concept or its stem), for a date with no nearer word it is about: the first such word
  // of the date's clause, however far before the date, with no verb before it; "" when
  // none. A lead names its happening first and its places and day after it ("Tanah
  // longsor menimbun permukiman warga di Dusun X, Desa Y, Kecamatan Z, Kabupaten W,
  // Senin (6/3) sekitar pukul 12.30": the landslide's time; "Banjir bandang menerjang
  // ...": the flood, not any happening), so the commas of a list of places (after a name
  // or a kind of place) do not end the clause; any other punctuation does. A word after a
  // verb is no subject ("Tim SAR menemukan korban terakhir banjir bandang di Kecamatan X,
  // Jumat sore": the finding's day, not the flood's). A capitalised word counts unless a
  // name goes on after it ("Anjloknya kereta api ...", not "di Banjir Kanal Timur"); one
  // found by its stem is read as that stem ("Anjloknya": anjlok).
  std::string HappeningBefore(uint32_t first) const {
    if (pack_.happening_words.empty()) return "";
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    std::string head;
    for (uint32_t w = first; w > sentence_first;) {
      --w;
      if (info_[w].date != kNone) continue;  // a date's own tokens, brackets too
      if (t_.tokens[w].kind == TokenKind::kPunct) {
        // "Kabupaten Lembah Sari (Lemsa), Sumatera Utara": a name's short form
        // in brackets is part of the list of places.
        if (const uint32_t open = NameBracketOpen(w, sentence_first); open != kNone) {
          w = open;
          continue;
        }
        const bool list_comma = t_.Is(w, ",") && w > sentence_first &&
                                (NameWord(w - 1) || (IsWord(w - 1) && InSet(pack_.place_types, w - 1)) ||
                                 NameBracketOpen(w - 1, sentence_first) != kNone);
        if (!list_comma) break;
        continue;
      }
      if (!IsWord(w)) continue;
      if (t_.IsCapitalized(t_.tokens[w]) && NameWord(w + 1) && SameSentence(w, w + 1)) continue;
      if (std::string key = HappeningKeyAt(w); !key.empty()) {
        head = std::move(key);
      } else if (VerbShaped(w) || (pack_.verb_prefixes.empty() && IsContentWord(w))) {
        // What comes after a verb is no subject; in a language whose verbs no prefix
        // marks, only the clause's first word is ("The blast struck the mine in Kessa, in
        // Doran province, at about 3:10 p.m."; not "Rescuers found the last victim of
        // the flood in Kessa, in Doran province, on Friday").
        head.clear();
      }
    }
    return head;
  }

  // The mark of the group (concepts.json subgroups) a word modifying the noun of the
  // count at tokens [first, end) names: right after the count ("86 penumpang dewasa"),
  // or inside it before its noun ("72 adult passengers"); null when none ("dua anak-anak":
  // the group is the noun itself).
  const std::string* SubgroupOf(uint32_t first, uint32_t end) const {
    if (pack_.subgroups.size() == 0) return nullptr;
    // (A group's word that opens a longer concept is that concept's: "13 anak buah kapal"
    // counts crew.)
    auto group_at = [&](uint32_t k) -> absl::optional<Lexicon<std::string>::Match> {
      auto m = IsWord(k) ? pack_.subgroups.MatchAt(t_, k) : absl::nullopt;
      if (!m) return absl::nullopt;
      if (auto c = pack_.concepts.MatchAt(t_, k); c && c->end > m->end) return absl::nullopt;
      return m;
    };
    if (end < t_.tokens.size() && SameSentence(first, end)) {
      if (auto m = group_at(end)) return m->value;
    }
    for (uint32_t k = first + 1; k < end; ++k) {
      if (auto m = group_at(k); m && m->end < end) return m->value;
    }
    return nullptr;
  }

  // The "(" of a bracket closing at token `close` that holds only a name's words, a
  // short form ("(Lemsa)", "(NTT)"), opening after `floor`; kNone for any other.
  uint32_t NameBracketOpen(uint32_t close, uint32_t floor) const {
    constexpr uint32_t kMaxWords = 3;
    if (!t_.Is(close, ")")) return kNone;
    for (uint32_t k = close; k > floor && close - k <= kMaxWords;) {
      --k;
      if (t_.Is(k, "(")) return k + 1 < close ? k : kNone;
      if (!IsWord(k) || !t_.IsCapitalized(t_.tokens[k])) return kNone;
    }
    return kNone;
  }

  // The state of a relative clause opening within a few words after token e, in number
  // i's clause ("yang sudah teridentifikasi", "who were identified"); "" when none.
  std::string RelativeState(uint32_t i, uint32_t e) const {
    constexpr uint32_t kMaxWords = 6;
    if (pack_.relative_pronouns.empty()) return "";
    for (uint32_t k = e; k < t_.tokens.size() && k <= e + kMaxWords && SameSentence(i, k) && IsWord(k) &&
                         info_[k].date == kNone && !numbers_.ParseAt(k);
         ++k) {
      if (InSet(pack_.relative_pronouns, k)) return StateAfter(i, k + 1);
      // A verb or a place before it: the clause is the predicate's or the place's ("4
      // korban lainnya ditemukan di Dusun X yang juga terdampak longsoran").
      if (InSet(pack_.place_prepositions, k) || VerbShaped(k)) return "";
    }
    return "";
  }

  // Whether a count was found in the sentence (numbers are found before dates are emitted).
  bool SentenceCounts(uint32_t sentence) const {
    for (const CountAt& c : counts_) {
      if (facts_[c.fact].sentence == sentence) return true;
    }
    return false;
  }

  // Whether a recurrence word (lang.json recurrence: "kembali", "again") stands in the
  // clause of the date at token `first`, a few words before it: the date is another
  // occurrence's.
  bool Recurrence(uint32_t first) const {
    constexpr uint32_t kMaxBack = 10;
    if (pack_.recurrence.size() == 0) return false;
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    for (uint32_t k = first; k > sentence_first && first - k < kMaxBack; --k) {
      if (t_.Is(k - 1, ",") || t_.Is(k - 1, ";")) return false;
      // "Ia kembali menegaskan bahwa polisi menangkap tiga orang pada 14 Maret": the
      // statement recurs, not what it reports.
      if (pack_.attribution_after.MatchAt(t_, k - 1) || pack_.attribution_before.MatchAt(t_, k - 1)) {
        return false;
      }
      if (IsWord(k - 1) && pack_.recurrence.MatchAt(t_, k - 1)) return true;
    }
    return false;
  }

  // Whether date `d` says when data stood: an until or as-of word before it ("hingga
  // Senin (8/7) dini hari", "as of 6 p.m."; UntilMarked), or the day words were said
  // ("kata Hendra, Selasa (3/9)").
  bool AsOfDate(const DateMention& d) const {
    return d.parsed.rule == "date.until" || UntilMarked(d) ||
           StatementDate(d.parsed.first_token, d.parsed.end_token);
  }

  // Whether the date at tokens [first, end) says when a statement was made: it follows
  // the statement's verb over its speaker, a place and punctuation ("a search and rescue
  // official said on Tuesday", "told Reuters on Tuesday", "kata Sutopo di Graha BNPB,
  // Jakarta Timur, Sabtu (16/12)"), or it stands between commas right before a verb of
  // the speaker ("Sutopo, di Jakarta, Sabtu, mengatakan"), or it opens the sentence
  // before a speaker of a few words and the verb ("On Wednesday police said"). Not "sank
  // on Monday, said Budiawan": there the date is what the statement reports.
  bool StatementDate(uint32_t first, uint32_t end) const {
    constexpr uint32_t kMaxBack = 12;
    const uint32_t sentence = t_.tokens[first].sentence;
    const uint32_t sentence_first = t_.sentences[sentence].first_token;
    for (uint32_t k = first; k > sentence_first && first - k < kMaxBack; --k) {
      if (pack_.attribution_after.MatchEndingAt(t_, k) || pack_.attribution_before.MatchEndingAt(t_, k) ||
          pack_.statement_settings.MatchEndingAt(t_, k)) {
        return true;
      }
      const uint32_t w = k - 1;
      const bool passable = t_.Is(w, ",") || (IsWord(w) && (t_.IsCapitalized(t_.tokens[w]) ||
                                                           InSet(pack_.stopwords, w) ||
                                                           InSet(pack_.place_prepositions, w) ||
                                                           InSet(pack_.name_joiners, w)));
      if (!passable || (info_[w].date != kNone && info_[w].date != info_[first].date)) break;
    }
    if (first > 0 && t_.Is(first - 1, ",") && end + 1 < t_.tokens.size() && t_.Is(end, ",") &&
        SameSentence(first, end + 1) && pack_.attribution_after.MatchAt(t_, end + 1)) {
      return true;
    }
    // A date that opens its sentence, then a speaker of a few words and the verb: "On
    // Wednesday police said ...", "Pada Rabu, polisi mengatakan ...".
    const uint32_t sentence_end = t_.sentences[sentence].end_token;
    if (first != sentence_first) return false;
    constexpr uint32_t kMaxSpeakerWords = 4;
    uint32_t k = end;
    if (k < sentence_end && t_.Is(k, ",")) ++k;
    for (uint32_t n = 0; k < sentence_end && n <= kMaxSpeakerWords; ++k, ++n) {
      if (n > 0 && pack_.attribution_after.MatchAt(t_, k)) return true;
      if (!IsWord(k)) return false;
    }
    return false;
  }

  // Whether token i is the "s" of a possessive ending split off its word ("the Fund's $50
  // billion": no "S$", Singapore's dollar).
  bool PossessiveEnding(uint32_t i) const {
    return i > 0 && t_.Is(i, "s") && !t_.tokens[i].space_before && (t_.Is(i - 1, "'") || t_.Is(i - 1, "’"));
  }

  struct NumberAt {
    ParsedNumber n;
    uint32_t first;  // first token of the expression, including a prefix unit
    const UnitDef* prefix_unit = nullptr;
  };

  // A number at i, possibly behind a prefix unit ("Rp193,7", "M 6,9", "$10").
  absl::optional<NumberAt> NumberStartingAt(uint32_t i) const {
    if (i >= t_.tokens.size() || Dropped(i) || info_[i].date != kNone) return absl::nullopt;
    if (auto u = pack_.prefix_units.MatchAt(t_, i); u && !PossessiveEnding(i)) {
      uint32_t j = u->end;
      if (j < t_.tokens.size() && info_[j].date == kNone &&
          (t_.tokens[j].kind == TokenKind::kNumber || !t_.tokens[j].space_before)) {
        if (const auto& n = numbers_.ParseAt(j)) {
          if (!n->ordinal) {
            NumberAt at{*n, i, u->value};
            // "$45m": a multiplier only money takes.
            if (u->value->dimension == "money") pack_.numbers->ExtendAfterCurrency(t_, &at.n);
            return at;
          }
        }
      }
    }
    const Token& tok = t_.tokens[i];
    if (tok.kind == TokenKind::kPunct) {
      // Only a leading decimal comma (",77") or a minus sign glued to the digits after a
      // space ("dropped to -10C"; not "5-7", nor a list's "- 10 orang") starts a number
      // among punctuation.
      const char c = t_.text[tok.begin];
      if ((c != ',' && c != '-') || tok.end != tok.begin + 1 || i + 1 >= t_.tokens.size() ||
          t_.tokens[i + 1].space_before || t_.tokens[i + 1].kind != TokenKind::kNumber ||
          (!tok.space_before && i > 0)) {
        return absl::nullopt;
      }
    }
    const auto& n = numbers_.ParseAt(i);
    if (!n) return absl::nullopt;
    return NumberAt{*n, i, nullptr};
  }

  // The value, in `unit`, of a measure in a smaller unit of the same dimension written at
  // token k ("6 bulan" after "4 tahun"), and the token after it; nullopt when none.
  absl::optional<std::pair<double, uint32_t>> CompoundPart(uint32_t k, const UnitDef* unit,
                                                           uint32_t number) const {
    // "6 tahun dan 6 bulan": a joiner may stand between the parts.
    // The parts may be written in words ("six years and six months").
    auto starts_number = [&](uint32_t j) {
      return t_.tokens[j].kind == TokenKind::kNumber ||
             (IsWord(j) && pack_.numbers->MayStartAt(t_, j) && numbers_.ParseAt(j).has_value());
    };
    if (k + 1 < t_.tokens.size() && IsWord(k) && InSet(pack_.compound_joiners, k) && starts_number(k + 1)) {
      ++k;
    }
    if (k >= t_.tokens.size() || !SameSentence(number, k) || info_[k].date != kNone || !starts_number(k)) {
      return absl::nullopt;
    }
    const auto& m = numbers_.ParseAt(k);
    if (!m || m->vague || m->ordinal) return absl::nullopt;
    auto u = pack_.suffix_units.MatchAt(t_, m->end_token);
    if (!u || !SameSentence(number, u->begin) || info_[u->begin].date != kNone) return absl::nullopt;
    const UnitDef* smaller = u->value;
    const double per = smaller->factor / smaller->divisor, whole = unit->factor / unit->divisor;
    if (smaller->dimension != unit->dimension || smaller->offset != 0 || per >= whole) {
      return absl::nullopt;
    }
    return std::make_pair(m->value * per / whole, u->end);
  }

  // The value, in `unit`, of one larger unit of its dimension written with a one-word
  // and a compound joiner right before token `first` ("an hour and" before "45
  // minutes"), and the one-word's token; nullopt when none.
  absl::optional<std::pair<double, uint32_t>> OneUnitBefore(uint32_t first, const UnitDef* unit,
                                                            uint32_t number) const {
    if (first < 3 || !IsWord(first - 1) || !InSet(pack_.compound_joiners, first - 1)) return absl::nullopt;
    auto u = pack_.suffix_units.MatchEndingAt(t_, first - 1);
    if (!u || u->begin == 0 || !SameSentence(number, u->begin - 1) || !IsWord(u->begin - 1) ||
        !pack_.numbers->IsOneWord(t_.Lower(t_.tokens[u->begin - 1]))) {
      return absl::nullopt;
    }
    const UnitDef* larger = u->value;
    const double per = larger->factor / larger->divisor, own = unit->factor / unit->divisor;
    if (larger->dimension != unit->dimension || larger->offset != 0 || per <= own) return absl::nullopt;
    return std::make_pair(per / own, u->begin - 1);
  }

  // The hedged count right before the figure at token `first` (of value `value`) in its
  // sentence whose hedge bounds it too, as an item of one list: only commas and
  // list_joiners stand between; a lower bound (at least, more than) carries on after a
  // comma, or after an item that took its bound so ("sedikitnya 150 rumah, 80 ruko, dan
  // 70 kendaraan"); "about" only from a round figure to a round one ("about 2,500
  // passengers and 1,200 crew"; not "sekitar 400 personel dan empat unit ekskavator",
  // whose round figure alone is hedged); or null.
  const Fact* HedgedListItemBefore(uint32_t first, double value) const {
    if (facts_.empty() || first == 0 || pack_.list_joiners.empty()) return nullptr;
    const Fact& item = facts_.back();
    if (item.kind != FactKind::kCount || item.sentence != t_.tokens[first].sentence) return nullptr;
    constexpr double kRound = 100;
    auto round = [&](double v) { return v >= kRound && std::fmod(v, kRound) == 0; };
    const bool lower = item.bound == Bound::kAtLeast || item.bound == Bound::kMoreThan;
    const bool about = item.bound == Bound::kApprox && round(item.value) && round(value);
    if (!lower && !about) return nullptr;
    const absl::optional<ListGap> gap = ListGapBetween(item, first, pack_.list_joiners);
    return gap && (about || gap->comma || HasRule(item, pack_.list_hedge_rule)) ? &item : nullptr;
  }

  // Whether token k is a single letter written against a hyphen and digits ("Two C-130
  // aircraft", "two F-16 jets"): a designation's letter, not a unit ("40C", "86 F",
  // "10C-16C").
  bool DesignationLetter(uint32_t k) const {
    return k + 2 < t_.tokens.size() && t_.tokens[k].end - t_.tokens[k].begin == 1 && IsWord(k) &&
           t_.tokens[k].space_before && t_.Is(k + 1, "-") &&
           !t_.tokens[k + 1].space_before && t_.tokens[k + 2].kind == TokenKind::kNumber &&
           !t_.tokens[k + 2].space_before;
  }

  // Whether the number at token i follows an identifier_before word of its sentence ("KM
  // 72", "Pasal 340"); not when the word is the unit of digits before it ("kedalaman 10
  // km 5 orang tewas").
  bool AfterIdentifierWord(uint32_t i) const {
    return i > 0 && t_.tokens[i - 1].kind == TokenKind::kWord && SameSentence(i - 1, i) &&
           InSet(pack_.identifier_before, i - 1) &&
           !(i > 1 && t_.tokens[i - 2].kind == TokenKind::kNumber && pack_.suffix_units.MatchAt(t_, i - 1));
  }

  // Whether token k joins a second designation to the one before it ("Unit 1 dan 2",
  // "Unit 1, 2"; concepts.json designator_joiners).
  bool DesignationJoiner(uint32_t k) const {
    return t_.Is(k, ",") || (IsWord(k) && InSet(pack_.designator_joiners, k));
  }

  // Whether number token i is the designation of a numbered part (concepts.json
  // designators), right after its word or joined to one that is ("Unit 1", the 2 of
  // "Unit 1 dan 2"), not a count; not after a number ("27 unit 3 di antaranya").
  bool Designation(uint32_t i) const {
    if (pack_.designators.empty() || DesignationAt(i).empty()) return false;
    for (uint32_t k = i; k >= 1 && SameSentence(k - 1, k); k -= 2) {
      if (IsWord(k - 1) && InSet(pack_.designators, k - 1)) {
        return k < 2 || t_.tokens[k - 2].kind != TokenKind::kNumber;
      }
      if (!DesignationJoiner(k - 1) || k < 2 || DesignationAt(k - 2).empty()) return false;
    }
    return false;
  }

  // Whether number token i is glued to the word before it, or by a hyphen: "G20", "B-52",
  // "COVID-19" (not a unit's prefix: "Rp5").
  bool GluedToWord(uint32_t i) const {
    if (i == 0 || t_.tokens[i].space_before) return false;
    const Token& prev = t_.tokens[i - 1];
    if (prev.kind == TokenKind::kWord) return !pack_.prefix_units.MatchAt(t_, i - 1);
    return prev.kind == TokenKind::kPunct && t_.text[prev.begin] == '-' && i > 1 && !prev.space_before &&
           t_.tokens[i - 2].kind == TokenKind::kWord;
  }

  // Numbers glued to letters are names, not quantities: "B-52", "G20", "Su-35", "COVID-19".
  bool IsIdentifier(const NumberAt& at) const {
    uint32_t i = at.n.first_token;
    if (at.prefix_unit != nullptr) return false;
    // "a Boeing 737 passenger jet", "Pasal 340 KUHP", "flight 182", "KM 72": a model, an
    // article, a flight's number, a road's kilometre post, in digits or words ("kendaraan
    // roda empat", "lantai dua").
    const bool after_identifier_word = AfterIdentifierWord(i);
    if (t_.tokens[i].kind != TokenKind::kNumber) return after_identifier_word || NameNumberWord(i, at.n.end_token);
    if (GluedToWord(i) || after_identifier_word || Designation(i)) return true;
    // "Boeing 737-800", "Pasal 2-3", "Perpres 75/2023": digits joined by a hyphen or a
    // slash to an identifier's digits.
    if (i > 1 && !t_.tokens[i].space_before && (t_.Is(i - 1, "-") || t_.Is(i - 1, "/")) &&
        !t_.tokens[i - 1].space_before &&
        t_.tokens[i - 2].kind == TokenKind::kNumber) {
      if (auto before = NumberStartingAt(i - 2); before && before->n.end_token == i - 1 && IsIdentifier(*before)) {
        return true;
      }
    }
    // "Pasal 355 ayat (1)": an identifier's digits in brackets right after its word.
    if (i > 1 && t_.Is(i - 1, "(") && t_.Is(at.n.end_token, ")") && t_.tokens[i - 2].kind == TokenKind::kWord &&
        InSet(pack_.identifier_before, i - 2)) {
      return true;
    }
    // "Flight XQZ 412", "Pasal KUHP 340": an all-capitals code between.
    if (i > 1 && t_.tokens[i - 1].kind == TokenKind::kWord && t_.IsAllCaps(t_.tokens[i - 1]) &&
        t_.tokens[i - 2].kind == TokenKind::kWord && InSet(pack_.identifier_before, i - 2)) {
      return true;
    }
    // "speedboat Sinar 72", "KM Bahari Jaya 02": digits that close a capitalised name
    // after a name opener (a vessel's) belong to the name.
    if (!pack_.name_openers.empty() && at.n.end_token == i + 1) {
      constexpr int kMaxNameWords = 4;
      const uint32_t sentence_first = t_.sentences[t_.tokens[i].sentence].first_token;
      uint32_t k = i;
      int names = 0;
      while (k > sentence_first && names < kMaxNameWords && IsWord(k - 1) && t_.IsCapitalized(t_.tokens[k - 1]) &&
             !InSet(pack_.name_openers, k - 1)) {
        --k;
        ++names;
      }
      // ("Kapal Basarnas 3 unit": digits a counted word follows count.)
      const uint32_t next = i + 1;
      const bool counted = IsWord(next) && SameSentence(i, next) &&
                           (pack_.classifiers.contains(t_.Lower(t_.tokens[next])) || pack_.concepts.MatchAt(t_, next) ||
                            pack_.suffix_units.MatchAt(t_, next));
      if (names > 0 && !counted && k > sentence_first && IsWord(k - 1) && InSet(pack_.name_openers, k - 1)) return true;
    }
    // "Operasi Antik Toba 2024", "Euro 2020", "Piala Dunia 2022": a year that closes a
    // name belongs to the name.
    // The word before it must not open the sentence ("Sejak 2019": a capital, no name).
    if (FourDigitYear(i, at.n) && i > t_.sentences[t_.tokens[i].sentence].first_token + 1 &&
        t_.tokens[i - 1].kind == TokenKind::kWord && t_.IsCapitalized(t_.tokens[i - 1])) {
      return true;
    }
    uint32_t e = at.n.end_token;
    if (e < t_.tokens.size() && !t_.tokens[e].space_before && t_.tokens[e].kind == TokenKind::kWord &&
        !pack_.suffix_units.MatchAt(t_, e) && !pack_.glued_suffix_units.MatchAt(t_, e) &&
        !pack_.concepts.MatchAt(t_, e)) {
      return true;
    }
    return InName(i, e);
  }

  // Whether the number word at token i (ending at e) is a name's ("Dusun Sembilan
  // mencatat partisipasi 71,4 persen", "Formula One"): one word, written capitalised right
  // after a capitalised word that is no stop word, concept, unit or date. Not in a
  // headline, whose Title Case names nothing ("Banjir Rendam Seribu Rumah").
  bool NameNumberWord(uint32_t i, uint32_t e) const {
    if (i == 0 || e != i + 1 || !IsWord(i) || info_[i].line == LineKind::kHeadline ||
        !t_.IsCapitalized(t_.tokens[i]) || t_.IsAllCaps(t_.tokens[i])) {
      return false;
    }
    const uint32_t w = i - 1;
    return SameSentence(w, i) && NameWordBeforeFigure(w) && !numbers_.ParseAt(w);
  }

  // Whether word w, right before a figure, may end a name the figure belongs to:
  // capitalised, and no date, stop word, concept or unit ("Wirabaya" of "KRI Wirabaya
  // 409", "Dusun" of "Dusun Sembilan").
  bool NameWordBeforeFigure(uint32_t w) const {
    return IsWord(w) && t_.IsCapitalized(t_.tokens[w]) && info_[w].date == kNone && !InSet(pack_.stopwords, w) &&
           !pack_.concepts.MatchAt(t_, w) && !pack_.prefix_units.MatchAt(t_, w);
  }

  // Whether the digits at token i (ending at e) are a name's ("KRI Wirabaya 409 hilang
  // kontak", "Lapas Kelas 1 Rantau Jaya", "737 MAX 8"): right after a capitalised word that
  // is no concept, in a run of capitalised words (or right after an identifier's code),
  // with no noun or unit after them. Not in a headline, whose Title Case names nothing.
  bool InName(uint32_t i, uint32_t e) const {
    if (i < 2 || info_[i].line == LineKind::kHeadline || t_.tokens[i].kind != TokenKind::kNumber || e != i + 1) return false;
    const uint32_t w = i - 1;
    const uint32_t sentence_first = t_.sentences[t_.tokens[i].sentence].first_token;
    if (w <= sentence_first || !NameWordBeforeFigure(w)) return false;
    // "737 MAX 8": a code after an identifier's digits.
    if (t_.IsAllCaps(t_.tokens[w]) && t_.tokens[w - 1].kind == TokenKind::kNumber) {
      if (auto before = NumberStartingAt(w - 1); before && IsIdentifier(*before)) return true;
    }
    // "disusul Tanah Merah 627 titik", "Lembah Sari 7.131 kasus": digits grouped
    // in thousands, or a plain lower-case noun after them, count what the list names.
    if (t_.Text(t_.tokens[i]).find_first_not_of("0123456789") != absl::string_view::npos) return false;
    if (e < t_.tokens.size() && SameSentence(i, e) && IsWord(e)) {
      if (pack_.suffix_units.MatchAt(t_, e)) return false;
      const auto c = pack_.concepts.MatchAt(t_, e);
      // (A state or a verb of a happening after them says what befell the name: "KM
      // Bahari Jaya 02 tenggelam".)
      if (c && !pack_.states.contains(c->value->id) && !pack_.never_counted.contains(c->value->id)) return false;
      if (!c && !t_.IsCapitalized(t_.tokens[e]) && IsContentWord(e) && !VerbShaped(e)) return false;
    }
    // The word before the name may open the sentence when it is an acronym ("KRI").
    const bool name_before = IsWord(w - 1) && t_.IsCapitalized(t_.tokens[w - 1]) &&
                             (w - 1 > sentence_first || t_.IsAllCaps(t_.tokens[w - 1])) &&
                             !InSet(pack_.stopwords, w - 1) && info_[w - 1].date == kNone;
    const bool name_after = e < t_.tokens.size() && SameSentence(i, e) && IsWord(e) &&
                            t_.IsCapitalized(t_.tokens[e]) && info_[e].date == kNone;
    return name_before || name_after;
  }

  // Whether the number at `at` is a duration right after a window marker that follows
  // another duration ("talks that lasted about 14 hours over three days": the days the hours
  // fell in): the window of that duration (WindowAfter), no figure of its own, and no
  // "more than three days".
  bool WindowOfDurationBefore(const NumberAt& at) const {
    if (at.first < 3 || pack_.window_markers.size() == 0) return false;
    const auto u = pack_.suffix_units.MatchAt(t_, at.n.end_token);
    if (!u || u->value->dimension != "duration") return false;
    const auto m = pack_.window_markers.MatchEndingAt(t_, at.first);
    if (!m || m->begin < 2 || !SameSentence(m->begin - 1, at.first)) return false;
    const auto before = pack_.suffix_units.MatchEndingAt(t_, m->begin);
    return before && before->value->dimension == "duration" && before->begin > 0 &&
           SameSentence(before->begin - 1, at.first) && numbers_.ParseAt(before->begin - 1).has_value();
  }

  // Tries to build a fact from a number starting at token i; returns the token after it
  // (or i when nothing was found).
  uint32_t TryNumberAt(uint32_t i) {
    absl::optional<NumberAt> at = NumberStartingAt(i);
    if (!at) return i;
    const ParsedNumber& n = at->n;
    if (n.ordinal) return n.end_token;
    if (IsIdentifier(*at)) return n.end_token;
    if (InGroupScope(i)) return n.end_token;  // "from one family": a scope, not a count
    // "a man in his 50s": an age of no one named, which is never compared; no count of 50.
    if (n.rule == "number.vague_suffix" && at->first > 0 && pack_.age.decade_markers.size() != 0 &&
        pack_.age.decade_markers.MatchEndingAt(t_, at->first)) {
      return n.end_token;
    }
    if (WindowOfDurationBefore(*at)) return n.end_token;
    uint32_t first = at->first;
    absl::optional<uint32_t> unmeasured_first;  // the figure's first token before a measured noun
    uint32_t end = n.end_token;
    double low = n.value, high = n.vague ? n.high : n.value;
    Bound bound = n.vague ? Bound::kRange : Bound::kExact;
    std::string rule;
    const UnitDef* unit = at->prefix_unit;
    // "diperbarui dari magnitudo 6,0 menjadi 5,8": the figure a change ends at, written
    // bare, is in its earlier figure's unit.
    bool changed_to = false;
    if (!unit && changed_from_.unit != nullptr && at->first > 0) {
      const auto then = pack_.earlier_then.MatchEndingAt(t_, at->first);
      changed_to = then && then->begin == changed_from_.end;
      if (changed_to) unit = changed_from_.unit;
    }
    // One in the last digit written, as a number ("16,1": 0.1; "1,2 triliun": 1e11): what
    // the writer may have rounded to. 0 where the figure is no one number as written.
    double step = n.vague ? 0 : LastDigitStep(n);

    // A second number joined by a range connective: "25.000 hingga 30.000", "5-7",
    // "antara 10 dan 20", "10 dolar hingga 20 dolar".
    auto try_range = [&](const Lexicon<bool>& connectives) -> bool {
      uint32_t j = end;
      const UnitDef* mid_unit = nullptr;
      if (auto u = pack_.suffix_units.MatchAt(t_, j)) {
        if (DesignationLetter(u->begin)) return false;
        mid_unit = u->value;
        j = u->end;
      }
      auto c = connectives.MatchAt(t_, j);
      if (!c || !SameSentence(i, c->end)) return false;
      absl::optional<NumberAt> second = NumberStartingAt(c->end);
      if (!second || second->n.ordinal || second->n.vague) return false;
      if (mid_unit && second->prefix_unit) return false;
      // "PELLHAM, March 13 - Forty-nine people were killed": a dash before a number in
      // words with a capital opens the story after its dateline; it ends no range.
      if (t_.tokens[c->begin].kind == TokenKind::kPunct && IsWord(c->end) && t_.IsCapitalized(t_.tokens[c->end])) {
        return false;
      }
      // "12% to 345 pence": ends in different units are two figures, not a range; so are a
      // measure and a bare number after it ("anjlok 2,15 persen ke 4.388,20": a level).
      if (mid_unit) {
        auto u2 = pack_.suffix_units.MatchAt(t_, second->n.end_token);
        if (u2 && u2->value->dimension != mid_unit->dimension) return false;
        if (!u2 && second->n.value > n.value * 10) return false;
      }
      // A hyphen between numbers glued on both sides reads as a range only.
      low = n.value;
      high = second->n.value;
      // "10-15 miliar", "four to five thousand", "$10 to $15 billion": a first end written
      // bare takes the second's multiplier, when that keeps it no larger than the second.
      if (n.scale == 1 && second->n.scale >= 1000 && low * second->n.scale <= high) {
        low *= second->n.scale;
      }
      if (high < low) return false;
      step = 0;
      bound = Bound::kRange;
      rule = pack_.range_rule;
      end = second->n.end_token;
      if (!unit) unit = second->prefix_unit ? second->prefix_unit : mid_unit;
      return true;
    };
    bool opener = false;
    uint32_t opener_first = first;
    if (first > 0) {
      if (auto o = pack_.range_openers.MatchEndingAt(t_, first)) {
        opener = true;
        opener_first = o->begin;
      }
    }
    bool ranged = false;
    // "rose from 5 to 11", "jumped 12% to 345 pence", "raised the fee from $10 to $12": a
    // change, two figures, not a range.
    const bool change = (pack_.range_not_after.size() != 0 &&
                         ((opener_first > 0 && pack_.range_not_after.MatchEndingAt(t_, opener_first)) ||
                          (first > 0 && pack_.range_not_after.MatchEndingAt(t_, first)))) ||
                        ChangedFromEndingAt(first);
    if (!n.vague && !change) {
      if (opener && try_range(pack_.range_opener_connectives)) {
        first = opener_first;
        ranged = true;
      } else {
        ranged = try_range(pack_.range_connectives);
      }
    }

    // "12.3m tonnes", "2m people": a letter after the digits that reads as a unit alone
    // ("m", metres) is the multiplier a currency would take when a unit or a counted noun
    // follows it.
    if (!unit && !ranged && !n.vague && end == n.end_token) {
      ParsedNumber scaled = n;
      if (pack_.numbers->ExtendAfterCurrency(t_, &scaled) && SameSentence(i, scaled.end_token) &&
          (pack_.suffix_units.MatchAt(t_, scaled.end_token) ||
           pack_.concepts.MatchAt(t_, scaled.end_token))) {
        low = high = scaled.value;
        step = LastDigitStep(scaled);
        end = scaled.end_token;
      }
    }
    // Unit after the number.
    absl::string_view hyphen_measure;  // "high" of "68-meter-high"
    if (!unit) {
      auto u = pack_.suffix_units.MatchAt(t_, end);
      if (!u && end < t_.tokens.size() && !t_.tokens[end].space_before) {
        u = pack_.glued_suffix_units.MatchAt(t_, end);  // "30in"
      }
      // "a 10-mile stretch", "a 68-meter-high structure": a unit joined by a hyphen, alone
      // or opening a word of its own joined so (what it measures: measured_after).
      if (!u && end + 1 < t_.tokens.size() && t_.Is(end, "-") && !t_.tokens[end].space_before &&
          !t_.tokens[end + 1].space_before && IsWord(end + 1)) {
        u = pack_.suffix_units.MatchAt(t_, end + 1);
        const absl::string_view word = t_.Lower(t_.tokens[end + 1]);
        if (const size_t dash = word.find('-'); !u && dash != absl::string_view::npos) {
          if (const UnitDef* def = pack_.suffix_units.Find(word.substr(0, dash))) {
            u = Lexicon<UnitDef>::Match{def, end + 1, end + 2};
            hyphen_measure = word.substr(dash + 1);
          }
        }
      }
      // ("Two magnitude 6.3 earthquakes": a form that may also stand before a number, with
      // one right after it, is that number's unit.)
      const bool next_ones = u && u->value->dimension != "money" && u->end < t_.tokens.size() &&
                             t_.tokens[u->end].kind == TokenKind::kNumber &&
                             SameSentence(u->begin, u->end) && pack_.prefix_units.MatchAt(t_, u->begin).has_value();
      if (u && !next_ones && !DesignationLetter(u->begin) && SameSentence(i, u->begin) &&
          info_[u->begin].date == kNone) {
        unit = u->value;
        end = u->end;
      }
    }
    if (unit && unit->max_value > 0 && high > unit->max_value) unit = nullptr;
    // "Kilometer 118+300": a number written against the figure after its unit's
    // sub_joiner adds sub_factor times it (118.3 km).
    if (unit && at->prefix_unit && !unit->sub_joiner.empty() && !n.vague && low == high && end + 1 < t_.tokens.size() &&
        t_.Text(t_.tokens[end]) == unit->sub_joiner && !t_.tokens[end].space_before &&
        t_.tokens[end + 1].kind == TokenKind::kNumber && !t_.tokens[end + 1].space_before) {
      if (const auto sub = numbers_.ParseAt(end + 1); sub && !sub->vague && sub->end_token == end + 2) {
        low = high = low + sub->value * unit->sub_factor;
        step = unit->sub_factor;
        end = sub->end_token;
      }
    }
    // "around 150 million pounds": after a scale word, a form may read as another unit
    // (units.json scaled_as), unless a word of scaled_not_before follows it ("2.5 million
    // pounds of beef").
    if (unit && unit->scaled_as && n.scale >= 1e6 && !at->prefix_unit &&
        !(end < t_.tokens.size() && IsWord(end) &&
          std::find(unit->scaled_not_before.begin(), unit->scaled_not_before.end(),
                    t_.Lower(t_.tokens[end])) != unit->scaled_not_before.end())) {
      unit = unit->scaled_as.get();
    }
    // "4 tahun 6 bulan", "1 meter 70 cm": a measure of a smaller unit of the same
    // dimension right after the first is part of it, one quantity.
    // "an hour and 45 minutes", "a year and six months": a larger unit of the same
    // dimension counted by a one-word, and a joiner, right before the figure are its first
    // part.
    const uint32_t unit_end = end;  // the first unit's last token ends at unit_end - 1
    if (unit && !at->prefix_unit && !ranged && !n.vague && unit->offset == 0) {
      auto add = [&](double part) {
        step = 0;
        low += part;
        high += part;
      };
      while (auto more = CompoundPart(end, unit, i)) {
        add(more->first);
        end = more->second;
      }
      if (auto lead = OneUnitBefore(first, unit, i)) {
        add(lead->first);
        first = lead->second;
      }
    }

    // Hedge before (or after) the number; a comparative after it makes it a difference
    // ("dua tahun lebih ringan daripada tuntutan jaksa"), which no hedge then bounds.
    const std::string* hedge_rule = nullptr;
    bool after_noun = false;  // a count listed after a noun with no figure (kCountAfterNoun)
    bool comparative = ComparativeAt(i, &end);
    if (!comparative && pack_.comparatives_before && first > 0) {
      // "lebih ringan 6 tahun dari tuntutan jaksa": the comparative before the figure.
      if (auto c = pack_.comparatives.MatchEndingAt(t_, first); c && SameSentence(i, c->begin)) {
        comparative = true;
        first = c->begin;
      }
    }
    if (!comparative && !ranged && !n.vague) {
      if (auto h = pack_.hedges_before.MatchEndingAt(t_, first)) {
        if (SameSentence(i, h->begin)) {
          bound = h->value->bound;
          hedge_rule = &h->value->name;
          first = h->begin;
        }
      } else if (auto h2 = pack_.hedges_after.MatchAt(t_, end)) {
        const bool lower = h2->value->bound == Bound::kMoreThan || h2->value->bound == Bound::kAtLeast;
        if (SameSentence(i, h2->begin) && lower &&
            !(IsWord(h2->end) && SameSentence(i, h2->end) && InSet(h2->value->not_before, h2->end))) {
          bound = h2->value->bound;
          hedge_rule = &h2->value->name;
          end = h2->end;
        }
      }
    }

    // An increase ("menambah dua ekskavator", "tambahan sekitar 200 personel"): the word
    // must touch the number or its hedge ("bertambah menjadi 30 orang" is a total).
    bool delta = false;
    bool tally_subject = false;  // the state is written before the figure, as its subject
    bool inherited = false;      // no noun: the count before it names what it counts
    size_t opened_whole = kNoFact;  // the whole a part opener opened a list of parts of
    if (!comparative) {
      // A tally verb may stand between ("bertambah sebanyak 7 jiwa", "berkurang sebanyak
      // 17 jiwa"), not "menjadi".
      const uint32_t before = first > 0 && IsWord(first - 1) && InSet(pack_.tally_verbs, first - 1) ? first - 1 : first;
      if (auto inc = pack_.increments.MatchEndingAt(t_, before); inc && SameSentence(i, inc->begin)) {
        delta = true;
        first = inc->begin;
      } else if (before != first) {
        // "menambah kuota impor beras sebesar 1,6 juta ton": the increase of an object
        // the verb names, its amount after the tally verb.
        constexpr uint32_t kMaxObjectWords = 6;
        for (uint32_t k = before, n = 0; k > 0 && n <= kMaxObjectWords && SameSentence(i, k - 1); --k, ++n) {
          if (pack_.increments.MatchEndingAt(t_, k)) {
            delta = true;
            break;
          }
          if (!IsWord(k - 1) || info_[k - 1].date != kNone) break;
        }
      }
      // "anjlok 96,40 poin atau 2,15 persen": a figure joined to a change right before it
      // by a restatement joiner (lang.json restatement_joiners) is that change in other
      // terms, a change too.
      if (!delta && first >= 2 && IsWord(first - 1) && InSet(pack_.restatement_joiners, first - 1) &&
          !facts_.empty() && facts_.back().delta) {
        const uint32_t joined = t_.Is(first - 2, ",") && first >= 3 ? first - 3 : first - 2;  // "96 points, or 2.2%"
        delta = facts_.back().span.end == t_.tokens[joined].end;
      }
    }

    Fact f;
    f.surface_value = low;
    f.surface_high = high;
    f.vague = n.vague;
    if (unit) {
      f.surface_unit = std::string(at->prefix_unit ? t_.Text(t_.tokens[at->first])
                                                   : t_.Lower(t_.tokens[unit_end - 1]));
    }
    std::string person;
    if (AgeAt(i, low, high, unit,
              /*plain=*/!comparative && !delta && !n.vague && (unit != nullptr || bound == Bound::kExact), ranged,
              &first, &end, &person)) {
      f.kind = FactKind::kQuantity;
      f.dimension = pack_.age.dimension;
      f.unit = pack_.age.unit;
      // In years, as written, or of months ("berusia tujuh bulan": 7/12).
      const double per_year = unit != nullptr && unit->name == pack_.age.month_unit ? 12 : 1;
      f.value = low / per_year;
      f.high = high / per_year;
      f.measures.head = pack_.age.dimension;
      f.measures.qualifier = std::move(person);
      rule = pack_.age.rule;
    } else if (unit) {
      f.dimension = unit->dimension;
      f.unit = unit->canonical;
      f.value = (low + unit->offset) * unit->factor / unit->divisor;
      f.high = (high + unit->offset) * unit->factor / unit->divisor;
      f.precision = step * unit->factor / unit->divisor;
      // "terkontraksi 5,32%", "mengalami kontraksi sebesar 5,32 persen": a rate of growth
      // written as a contraction is negative, as "minus 5,32 persen" is.
      if (unit->dimension == "percent" && low > 0 && (bound == Bound::kExact || bound == Bound::kApprox || ranged) &&
          ContractionBefore(first)) {
        const double v = f.value;
        f.value = -f.high;
        f.high = -v;
      }
      if (unit->dimension == "money") {
        f.kind = FactKind::kMoney;
        if (rule.empty()) rule = "money.unit";
      } else if (unit->dimension == "duration") {
        f.kind = FactKind::kDuration;
        if (rule.empty()) rule = "duration.unit";
      } else {
        f.kind = FactKind::kQuantity;
        if (rule.empty()) rule = "quantity.unit";
      }
      // What is measured: a concept noun right before ("kunjungan dua hari", "kedalaman
      // 10 km"), or the head noun after.
      uint32_t before = first;
      // ("status tanggap darurat selama 14 hari", "a state of emergency for two months":
      // a link word between a period set in advance and its duration, lang.json
      // duration_links and duration_link_heads; not "pidana penjara selama 5 tahun dan
      // kurungan selama enam bulan", whose terms the words before them say.)
      if (unit->dimension == "duration" && before > 1 && IsWord(before - 1) && InSet(pack_.duration_links, before - 1) &&
          SameSentence(before - 1, i)) {
        if (auto c = pack_.concepts.MatchEndingAt(t_, before - 1); c && pack_.duration_link_heads.contains(c->value->id)) {
          --before;
        }
      }
      if (before > 0 && IsWord(before - 1) && SameSentence(before - 1, i) &&
          info_[before - 1].date == kNone) {
        auto c = pack_.concepts.MatchEndingAt(t_, before);
        // (A period set in advance measures only its duration: "dana tanggap darurat Rp 12
        // miliar" is a fund's sum.)
        // ("sales plunged 42.6%": a concept of measured measures only its dimensions,
        // concepts.json measured_dimensions.)
        const auto d = c ? pack_.measured_dimensions.find(c->value->id) : pack_.measured_dimensions.end();
        if (c && (d == pack_.measured_dimensions.end() || d->second.contains(unit->dimension)) &&
            (pack_.measured.contains(c->value->id) ||
             (unit->dimension == "duration" && pack_.duration_link_heads.contains(c->value->id)))) {
          f.measures.head = c->value->id;
          f.measures.head_text = std::string(t_.Text(t_.tokens[c->begin]));
          unmeasured_first = first;
          first = c->begin;
        }
      }
      if (pack_.measured_after.size() != 0) {
        uint32_t after = end;
        auto m = MeasureWordsAfter(i, end, &after);
        if (m && first > 0 && IsWord(first - 1)) {
          if (auto no = pack_.measured_after_not_after.find(*m->value);
              no != pack_.measured_after_not_after.end() && InSet(no->second, first - 1)) {
            m.reset();
          }
        }
        if (auto d = m ? pack_.measured_after_dimensions.find(*m->value) : pack_.measured_after_dimensions.end();
            d != pack_.measured_after_dimensions.end() && !d->second.contains(unit->dimension)) {
          m.reset();
        }
        // "ketinggian 2.310 meter di atas permukaan laut": words after that narrow the
        // measure named before (measured_after_over) take it over.
        const std::string* over = m ? m->value : nullptr;
        if (over == nullptr && !f.measures.head.empty()) {
          if (auto u = pack_.measured_after.MatchAt(t_, unit_end - 1); u && u->end == unit_end) over = u->value;
        }
        if (over != nullptr && !f.measures.head.empty() && *over != f.measures.head.str()) {
          if (auto o = pack_.measured_after_over.find(*over);
              o != pack_.measured_after_over.end() && o->second.contains(f.measures.head.str())) {
            f.measures.head = *over;
          }
        }
        if (!f.measures.head.empty()) {
          // "jarak 18 kilometer barat laut Lembah Sari Timur": the measure named before, the
          // point it is measured from after.
          if (m && *m->value == f.measures.head.str()) f.measures.scope = MeasuredFrom(m->end, i, /*names_only=*/true);
        } else if (m) {
          f.measures.head = *m->value;
          // "30 miles northeast of Port Calder", "10 km barat daya Lembah Sari", "170 km
          // northeast of the state capital Veranagar": the place a distance is measured
          // from is its scope; from two places, two distances.
          f.measures.scope = MeasuredFrom(m->end, i, /*names_only=*/true);
        } else if (const std::string* h = hyphen_measure.empty() ? nullptr : pack_.measured_after.Find(hyphen_measure)) {
          f.measures.head = *h;  // "68-meter-high"
        } else if (auto u = pack_.measured_after.MatchAt(t_, unit_end - 1); u && u->end == unit_end) {
          f.measures.head = *u->value;  // a unit that says it too ("2.891 mdpl")
        } else if (unit->dimension == "length" && IsWord(after) && SameSentence(i, after) &&
                   InSet(pack_.distance_from, after)) {
          // "sekitar 14 mil laut dari Kuala Merbang", "2 mil laut dari posisi kapal terbalik":
          // the point a length is measured from is its scope, a name or up to three words.
          f.measures.scope = MeasuredFrom(after + 1, i, /*names_only=*/false);
        }
      }
      if (f.measures.head.empty()) f.measures.head = unit->dimension;
      if (unit->dimension == "duration" && Tenor(i, first, end)) f.measures.qualifier = kTenorQualifier;
    } else {
      f.value = low;
      f.high = high;
      f.precision = step;
      // A counted noun after the number ("hundreds of homes": after a linker when the
      // number is vague).
      uint32_t j = end;
      if (n.vague && !pack_.vague_noun_linkers.empty() && IsWord(j) && SameSentence(i, j) &&
          InSet(pack_.vague_noun_linkers, j) && IsContentWord(j + 1) && SameSentence(i, j + 1)) {
        ++j;
      }
      // "the 22-member crew", "a 50-person team": a classifier joined by a hyphen; the
      // noun after the compound is counted.
      if (pack_.compound_classifiers.size() != 0 && HyphenJoinedWordAt(j) &&
          InSet(pack_.compound_classifiers, j + 1) && IsContentWord(j + 2) && SameSentence(i, j + 2)) {
        j += 2;
      }
      bool counted = false;
      const Fact* whole = nullptr;  // the count a partitive number is part of
      // "termasuk", "including" right before the figure, after a count in its sentence.
      const Fact* opened = first > 0 && pack_.part_openers.size() != 0 &&
                                   pack_.part_openers.MatchEndingAt(t_, first)
                               ? CountBefore(i)
                               : nullptr;
      // "terdiri dari 124 siswa kelas VII dan 125 siswa kelas VIII": the next item of a
      // list a part opener opened is a part of the same whole.
      if (opened == nullptr && last_opened_ != kNoFact && CountBefore(i) == &facts_[last_opened_] &&
          JoinedToItemBefore(first)) {
        opened = &facts_[last_opened_whole_];
      }
      if (opened != nullptr) opened_whole = static_cast<size_t>(opened - facts_.data());
      // "Of the four flight attendants, two died": after a count a fronted partitive opens
      // the sentence with, and a comma.
      const Fact* fronted = opened == nullptr ? FrontedWhole(first) : nullptr;
      auto pm = pack_.partitives.MatchAt(t_, j);
      if (pm && SameSentence(i, pm->begin) && (whole = WholeBefore(i)) != nullptr) {
        // "320 rumah mengalami kerusakan, 95 di antaranya rusak berat": 95 houses, a
        // part of the 320, heavily damaged. Without a state it never meets a total.
        f.measures.head = whole->measures.head;
        f.measures.head_text = whole->measures.head_text;
        f.part = true;
        end = pm->end;
        counted = true;
        f.measures.qualifier = StateAfter(i, pm->end);
        // "48 of those who died were in Marrow": a part in its whole's state is no total
        // of that state.
        if (f.measures.qualifier == whole->measures.qualifier) f.measures.qualifier = Symbol();
      }
      // "179 of the 181 passengers and crew on board were killed", "12 dari 52 pendaki":
      // a part of the count after it, counted by its noun; the state after that noun is
      // the part's, and the count after it is the whole, which has none.
      if (whole == nullptr && !counted && pack_.part_of_links.size() != 0) {
        if (auto po = pack_.part_of_links.MatchAt(t_, j); po && SameSentence(i, po->end)) {
          // "17 of the ship's 1,323 crew members": over a possessor.
          if (IsWord(po->end) && PossessiveAt(po->end + 1)) po->end += 3;
          uint32_t noun, noun_end;
          if (NounCountAt(i, po->end, &noun)) {
            f.measures.head = ConceptAt(noun, &noun_end);
            f.measures.head_text = TokensText(noun, noun_end);
            f.part = true;
            counted = true;
            rule = pack_.part_of_rule;
            if (pack_.states.contains(f.measures.head)) {
              // "two of the 30 injured", "satu dari tiga jenazah": the whole's noun is its
              // state, and a part in the state of its whole is no total of that state. The
              // state after the whole is the part's ("One of the seven injured people was
              // in critical condition"), not the whole's, unless a clause about the whole
              // says it ("satu dari tiga jenazah korban kebakaran yang sudah teridentifikasi").
              if (!WholeClauseAfter(i, noun_end)) {
                whole_state_ = f.measures.head;
                whole_of_part_ = NumberTokenAfterHedge(po->end);
                // ("14 of the 29 people on board were injured": the part's own state.)
                if (std::string next = PartStateAfterLocatedWhole(i, whole_state_.str(), noun_end); !next.empty()) {
                  f.measures.qualifier = std::move(next);
                }
              }
              f.measures.head = pack_.HolderOf(f.measures.head.str());
            } else if (!(IsWord(noun_end) && SameSentence(i, noun_end) && InSet(pack_.whole_clauses, noun_end))) {
              f.measures.qualifier = StateAfter(i, noun_end);
              whole_of_part_ = NumberTokenAfterHedge(po->end);
              whole_state_ = Symbol();
              // "Fourteen of the 29 passengers on board were injured": a state of
              // located_wholes right after the whole's noun is the whole's, and the one
              // after it the part's.
              if (auto at = IsWord(noun_end) && SameSentence(i, noun_end) ? pack_.concepts.MatchAt(t_, noun_end)
                                                                           : absl::nullopt) {
                if (std::string next = PartStateAfterLocatedWhole(i, at->value->id, at->end); !next.empty()) {
                  f.measures.qualifier = std::move(next);
                  whole_state_ = at->value->id;
                }
              }
            }
            // ("tiga dari tujuh tahanan yang kabur": the whole's state, which a part in it
            // is no total of.)
          }
        }
      }
      // "6 juta warga terdampak, termasuk 1,5 juta di Jakarta": after a part opener, a
      // number with no noun of its own counts what the count before it counts, a part; so
      // do the next ones of its list ("including 32 in Aceh, 72 in North Sumatra and 82").
      if (whole == nullptr && !IsContentWord(j) &&
          (whole = opened != nullptr ? opened : fronted != nullptr ? fronted : ContinuedList(i, first)) != nullptr) {
        inherited = true;
        f.measures.head = whole->measures.head;
        f.measures.head_text = whole->measures.head_text;
        f.part = true;
        counted = true;
        // A part of the same state is no total of it: only a state of its own is kept.
        f.measures.qualifier = StateAfter(i, end);
      }
      // "1,293 deaths in Dorvale, 452 in Kestrin, 41 in Ombury": after a count
      // written before a place, a number with no noun before another place is the next
      // item of a breakdown by place, of the same thing in the same state (MarkBreakdowns
      // then gives every item its place).
      if (whole == nullptr && !counted && BeforePlace(j, i) && JoinedToItemBefore(first)) {
        const Fact* before = CountBefore(i);
        if (before != nullptr && !counts_.empty() && &facts_[counts_.back().fact] == before &&
            BeforePlace(counts_.back().end, i)) {
          whole = before;
          f.measures.head = before->measures.head;
          f.measures.head_text = before->measures.head_text;
          f.measures.qualifier = before->measures.qualifier;
          counted = true;
        }
      }
      // "75 confirmed dead", "17 masih hilang": no noun, a word passed over, then a state:
      // a count of those in that state (the noun of the count before it, else people).
      if (whole == nullptr && !pack_.state_holder.empty() && IsWord(j) && SameSentence(i, j) &&
          InSet(pack_.qualifier_skip, j) && !pack_.concepts.MatchAt(t_, j)) {
        std::string state = StateAfter(i, j);
        if (!state.empty()) {
          const Fact* before = CountBefore(i);
          f.measures.head = before != nullptr ? before->measures.head : Symbol(pack_.HolderOf(state));
          f.measures.qualifier = std::move(state);
          counted = true;
          // "sedangkan dua lainnya meninggal karena terseret arus banjir": the rest of a
          // split, a part.
          f.part |= pack_.part_markers.MatchAt(t_, j).has_value();
        }
      }
      // "a seven-storey building", "the 12-story tower": a head joined by a hyphen.
      if (!counted && whole == nullptr && pack_.compound_heads.size() != 0 && HyphenJoinedWordAt(j)) {
        if (auto m = pack_.compound_heads.MatchAt(t_, j + 1)) {
          f.measures.head = *m->value;
          f.measures.head_text = std::string(t_.Text(t_.tokens[j + 1]));
          end = m->end;
          counted = true;
        }
      }
      // A capital says "a name" in running text, nothing in a headline's Title Case
      // ("12 Kios Ludes Terbakar"), on a counting word ("Desa Karang Jati 787 Orang") nor in a
      // concept's abbreviation ("130 KK").
      if (!counted && whole == nullptr && (IsContentWord(j) || ClassifierBeforeConcept(j)) && SameSentence(i, j) &&
          info_[j].date == kNone &&
          (!t_.IsCapitalized(t_.tokens[j]) || info_[j].line == LineKind::kHeadline ||
           pack_.classifiers.contains(t_.Lower(t_.tokens[j])) ||
           (t_.IsAllCaps(t_.tokens[j]) && pack_.concepts.MatchAt(t_, j)))) {
        uint32_t e;
        std::string head = ConceptAt(j, &e);
        // ("KM Bahari Jaya 02 tenggelam": a verb of a happening is no known noun.)
        if (pack_.never_counted.contains(head)) {
          head = std::string(t_.Lower(t_.tokens[j]));
          e = j + 1;
        }
        // Head-final: when the first word is no known concept, a known concept a few plain
        // words on is the head ("47 fire trucks", "twelve young men"); the words before it
        // only modify it. A known first word stays ("40 trucks carrying containers").
        const bool first_known = pack_.head_final_window > 0 && pack_.concepts.MatchAt(t_, j);
        for (uint32_t k = e, n = 0; !first_known && n < static_cast<uint32_t>(pack_.head_final_window) &&
                                    IsContentWord(k) && SameSentence(i, k) &&
                                    info_[k].date == kNone && !t_.IsCapitalized(t_.tokens[k]);
             ++n) {
          auto m = pack_.concepts.MatchAt(t_, k);
          if (!m) {
            ++k;  // a modifier: "fire", "young"
            continue;
          }
          if (pack_.states.contains(m->value->id)) break;  // "12 people killed"
          head = m->value->id;  // the last one wins: "armoured police trucks"
          e = m->end;
          k = m->end;
        }
        // "Two passenger trains": a known singular noun right before a plural word only
        // modifies it (concepts.json plural_endings); the plural is what is counted.
        if (first_known && e == j + 1 && f.value != 1 && IsContentWord(e) && SameSentence(i, e) &&
            info_[e].date == kNone && !t_.IsCapitalized(t_.tokens[e]) && PluralAt(e) && !PluralAt(j)) {
          uint32_t e2;
          head = ConceptAt(e, &e2);
          e = e2;
        }
        f.measures.head = head;
        f.measures.head_text = TokensText(j, e);
        end = e;
        counted = true;
        // "23 penumpang tewas", "17 orang lainnya masih dinyatakan hilang": a state after
        // the noun says which of them are counted.
        // "termasuk 5 anak-anak", "including 12 children": after a part opener, a part.
        const auto marked_part = IsWord(e) && SameSentence(i, e) ? pack_.part_markers.MatchAt(t_, e)
                                                                 : absl::nullopt;
        f.part = marked_part ||
                 (first > 0 && pack_.part_markers_before.size() != 0 &&
                  pack_.part_markers_before.MatchEndingAt(t_, first)) ||
                 opened != nullptr;
        // "five people were killed from one family": one group's count, a part whatever
        // its state, which never meets a total.
        const bool group_part = GroupScoped(i, e);
        // "About 170 additional individuals were killed elsewhere": more beyond a count.
        f.part |= InSet(pack_.part_classifiers, j);
        // "ada dua korban lagi yang tewas": an increase, written after its noun.
        delta |= IsWord(e) && SameSentence(i, e) && InSet(pack_.increments_after, e);
        // "The towns of Orlen and Vesk had two deaths each", "masing-masing 5 orang": a
        // count of each of several, a part.
        f.part |= (IsWord(e) && SameSentence(i, e) && InSet(pack_.distributives, e)) ||
                  (first > 0 && IsWord(first - 1) && InSet(pack_.distributives, first - 1));
        f.part |= group_part;
        after_noun = JoinedAfterBareNoun(first, i, f.measures.head);
        f.part |= after_noun;
        comparative |= ComparativeAt(i, &end);  // "10 orang lebih banyak dari tahun lalu"
        // A figure whose word is itself a state ("and 12 injured", "152 rusak sedang")
        // counts those in that state (below): another state before or after it is not its.
        const bool own_state = pack_.states.contains(f.measures.head);
        // "52 pendaki di antaranya selamat": the state follows the part marker.
        std::string state = own_state ? "" : StateAfter(i, marked_part ? marked_part->end : e);
        if (!marked_part) state = NarrowedAfter(i, e, std::move(state));
        // "Lapas yang berkapasitas 600 orang dihuni 2.072 narapidana": a state of
        // states_before_figure written right before the figure is what it counts; the state
        // after it is the next figure's.
        bool state_before = false;
        if (!own_state && first > 0 && !pack_.states_before_figure.empty()) {
          if (auto c = pack_.concepts.MatchEndingAt(t_, first);
              c && SameSentence(i, c->begin) && pack_.states_before_figure.contains(c->value->id)) {
            state = c->value->id;
            state_before = true;
          }
        }
        // "tiga jenazah korban kebakaran yang sudah teridentifikasi": a relative clause
        // after a noun that is a state names the narrower state counted (the identified
        // among the dead); the noun's holder is counted.
        if (own_state) {
          // "151 jenazah masih belum teridentifikasi": a state right after it, too.
          std::string narrower = StateAfter(i, e);
          if (narrower.empty()) narrower = RelativeState(i, e);
          if (!narrower.empty() && narrower != f.measures.head.str() &&
              !pack_.never_narrows.contains(std::make_pair(f.measures.head.str(), narrower))) {
            f.measures.head = pack_.HolderOf(f.measures.head.str());
            state = std::move(narrower);
          }
        }
        if (state.empty() && !own_state) {
          state = StateBefore(i, first);
          tally_subject = !state.empty();
          // "tiga jenazah korban kebakaran gudang yang sudah teridentifikasi": a relative
          // clause a few words on says which of them are counted.
          if (state.empty()) state = RelativeState(i, e);
        }
        // "265 orang dirawat ... Sebanyak 11 orang di antaranya masih menjalani rawat inap":
        // a marked part in the state of the count it is a part of (the last of its
        // sentence, or of the sentence before) is no total of that state.
        if (marked_part && !state.empty()) {
          if (InWholesState(i, state)) state.clear();
        }
        // (Asked only where it decides: with no state, or one written before the figure.)
        const bool classifier_noun = (state.empty() || state_before) && !group_part && e == j + 1 &&
                                     pack_.classifiers.contains(t_.Lower(t_.tokens[j])) &&
                                     IsContentWord(e) && SameSentence(i, e) && info_[e].date == kNone &&
                                     !pack_.qualifier_skip.contains(t_.Lower(t_.tokens[e])) && !VerbShaped(e);
        if (group_part) {
          // Its state is the group's: with one, the part would meet the total's state.
        } else if (!state.empty() && !(state_before && classifier_noun)) {
          f.measures.qualifier = std::move(state);
        } else if (classifier_noun) {
          // "5 buah rumah", "dua orang pedagang mengalami luka ringan": a classifier says
          // nothing of what is counted (a state after it was taken above); the noun after
          // it is the head, as in "tiga pedagang", and a state may follow that noun, unless
          // one stands before the figure ("mengerahkan delapan unit kapal").
          uint32_t e2;
          f.measures.head = ConceptAt(e, &e2);
          f.measures.head_text = TokensText(j, e2);
          end = e2;
          f.measures.qualifier = state_before ? std::move(state) : StateAfter(i, e2);
        }
      }
      // "92 unit rusak sedang", "rusak ringan 1.019 unit": a classifier alone names
      // nothing; a state whose holder is not people says what is counted (houses), or the
      // list item before it does ("303 unit rumah rusak ringan, 92 unit rusak sedang").
      if (counted && !f.measures.qualifier.empty() &&
          pack_.HolderOf(f.measures.qualifier.str()) != pack_.state_holder &&
          pack_.classifiers.contains(absl::AsciiStrToLower(f.measures.head_text))) {
        f.measures.head = HolderInList(i, first, f.measures.qualifier);
      }
      // "Rumah yang terendam tercatat 3.500 unit", "Kendaraan yang rusak sebanyak 20 unit":
      // a classifier alone counts the noun that opens its clause before a relative pronoun.
      // (A classifier of people, "12 orang", counts people, whatever noun of them opens.)
      if (counted && f.measures.head != pack_.state_holder &&
          pack_.classifiers.contains(absl::AsciiStrToLower(f.measures.head_text))) {
        if (std::string subject = RelativeSubjectBefore(first); !subject.empty()) f.measures.head = subject;
      }
      // "Satu korban meninggal dunia belum dievakuasi": a narrower right after the state
      // makes the count a part of those in it, and so does another state those in it
      // passed into ("Tiga orang korban luka berat meninggal dunia").
      // (The state is the qualifier, or the noun itself before it becomes one below.)
      const Symbol& state = f.measures.qualifier.empty() ? f.measures.head : f.measures.qualifier;
      if (counted && (!pack_.state_narrowers.empty() || !pack_.state_changes.empty()) &&
          pack_.states.contains(state.str())) {
        constexpr uint32_t kMaxAfter = 6;
        uint32_t state_end = 0;  // the end of the state's words ("korban meninggal", "meninggal dunia")
        for (uint32_t k = first; k < end + kMaxAfter && k < t_.tokens.size() && SameSentence(i, k); ++k) {
          auto m = IsWord(k) ? pack_.concepts.MatchAt(t_, k) : absl::optional<Lexicon<Concept>::Match>();
          if (m && m->value->id == state.str()) {
            state_end = std::max(state_end, m->end);
          } else if (state_end != 0 && k >= state_end) {
            break;
          }
        }
        std::string narrowed;
        // ("satu orang meninggal dunia yang terkonfirmasi positif": after a relative
        // pronoun too.)
        if (state_end != 0 && IsWord(state_end) && SameSentence(i, state_end) &&
            InSet(pack_.relative_pronouns, state_end) && IsWord(state_end + 1) &&
            SameSentence(i, state_end + 1) && InSet(pack_.state_narrowers, state_end + 1)) {
          ++state_end;
        }
        if (state_end != 0 && IsWord(state_end) && SameSentence(i, state_end) &&
            InSet(pack_.state_narrowers, state_end)) {
          narrowed = std::string(t_.Lower(t_.tokens[state_end]));
        } else if (const std::string* change = StateChangeAfter(i, std::max(state_end, end), state.str())) {
          narrowed = *change;
        }
        if (!narrowed.empty()) {
          // A part whose state says less than which part ("death (belum)"), or those of
          // it who passed into another state ("injured_seriously (death)"): its qualifier
          // is the state so narrowed, which meets only the same.
          f.part = true;
          if (f.measures.qualifier.empty()) {
            f.measures.qualifier = std::move(f.measures.head);
            f.measures.head = pack_.HolderOf(f.measures.qualifier.str());
          }
          f.measures.qualifier = absl::StrCat(f.measures.qualifier.str(), " (", narrowed, ")");
        }
      }
      // "17 remain missing", "12 firefighters were treated and three were taken to
      // hospital": no noun, but a verb that says the figure counts (implied_noun_verbs),
      // then a state. What it counts is the noun of the count before it in the sentence
      // (the noun left out), else people.
      if (!counted && whole == nullptr && pack_.implied_noun_verbs.size() != 0 &&
          !pack_.state_holder.empty() && SameSentence(i, end)) {
        if (auto v = pack_.implied_noun_verbs.MatchAt(t_, end)) {
          std::string state = StateAfter(i, v->end);
          if (!state.empty()) {
            const Fact* before = CountBefore(i);
            if (before != nullptr) {
              f.measures.head = before->measures.head;
            } else {
              f.measures.head = pack_.HolderOf(state);
            }
            f.measures.qualifier = std::move(state);
            counted = true;
          }
        }
      }
      // "dengan total suara 12.126.455", "jumlah penumpang 48": a tally opener and a noun
      // right before a figure with no noun of its own name what it counts.
      if (!counted && whole == nullptr && first == i && i >= 2 && IsContentWord(i - 1) && SameSentence(i, i - 1) &&
          pack_.tally_openers.size() != 0 && pack_.tally_openers.MatchEndingAt(t_, i - 1)) {
        const auto c = pack_.concepts.MatchAt(t_, i - 1);
        if (!c || !pack_.states.contains(c->value->id)) {
          f.measures.head = c && c->end == i ? Symbol(c->value->id) : Symbol(t_.Lower(t_.tokens[i - 1]));
          f.measures.head_text = std::string(t_.Text(t_.tokens[i - 1]));
          counted = true;
        }
      }
      if (!counted && whole == nullptr && pack_.state_counts_without_noun &&
          !pack_.state_holder.empty()) {
        // A state after it over stop words is its own ("323 korban luka-luka dan 125
        // untuk total yang meninggal dunia": 125 dead, not injured), unless a conjunction
        // starts the next item ("menewaskan 23 dan melukai 40").
        std::string state = IsWord(end) && SameSentence(i, end) && !InSet(pack_.clause_conjunctions, end)
                                ? StateAfter(i, end)
                                : std::string();
        if (state.empty()) state = StateBefore(i, first);
        if (!state.empty()) {
          f.measures.head = pack_.HolderOf(state);
          f.measures.qualifier = std::move(state);
          counted = true;
        }
      }
      // "512 passengers and a crew of 64", "a population of 12,000": a number with no noun
      // of its own right after a concept's noun and a link (concepts.json noun_of_links),
      // the noun opened by a determiner (noun_of_openers), counts that noun; not a state's
      // ("the deaths of 12") nor a measure's ("a height of 120"). A state after the number
      // ("a crew of 64 on board") says which of them, as after a noun.
      if ((!counted || f.measures.head_text.empty()) && whole == nullptr && pack_.noun_of_links.size() != 0 &&
          first >= 2 && !n.words) {
        auto c = pack_.concepts.MatchEndingAt(t_, first);  // "population of"
        if (!c && IsWord(first - 1) && InSet(pack_.noun_of_links, first - 1)) {
          c = pack_.concepts.MatchEndingAt(t_, first - 1);
        }
        if (c && c->begin > 0 && IsWord(c->begin - 1) && InSet(pack_.noun_of_openers, c->begin - 1) &&
            SameSentence(c->begin - 1, i) && !pack_.states.contains(c->value->id) &&
            !pack_.measured.contains(c->value->id)) {
          f.measures.head = c->value->id;
          f.measures.head_text = TokensText(c->begin, c->end);
          counted = true;
        }
      }
      // "Dari 52 pendaki itu, 12 orang dirawat": a count of the fronted whole's noun, of
      // people, or of a state after it is a part of it; with no noun but its state ("Of
      // the four flight attendants, two died"), of the whole's noun.
      bool fronted_no_noun = false;
      if (counted && fronted != nullptr && whole == nullptr) {
        fronted_no_noun = f.measures.head_text.empty() || pack_.states.contains(f.measures.head);
        f.part |= fronted_no_noun || f.measures.head == fronted->measures.head ||
                  f.measures.head == pack_.state_holder;
      }
      // "of the 181 passengers and crew on board were killed": the state was the part's.
      if (counted && i == whole_of_part_) f.measures.qualifier = Symbol();
      if (counted) {
        // "sekitar 1.200 pengungsi": a count of a state is a count of people in it.
        if (f.measures.qualifier.empty() && !pack_.state_holder.empty() &&
            pack_.states.contains(f.measures.head)) {
          f.measures.qualifier = std::move(f.measures.head);
          f.measures.head = HolderInList(i, first, f.measures.qualifier);
        }
        // The whole's state is only that of its noun ("of the seven injured people").
        if (i == whole_of_part_ && f.measures.qualifier.empty()) f.measures.qualifier = whole_state_;
        if (fronted_no_noun) {
          f.measures.head = fronted->measures.head;
          f.measures.head_text = fronted->measures.head_text;
        }
        // "dari 63 pasien yang meninggal ..., sebanyak 33 pasien meninggal setelah ...":
        // a part in the state of its whole is no total of that state.
        if (f.part && fronted != nullptr && whole == nullptr && f.measures.qualifier == StateOfGroup(*fronted)) {
          f.measures.qualifier = Symbol();
        }
        f.kind = FactKind::kCount;
        f.dimension = "count";
        f.unit = f.measures.head;
        if (rule.empty()) rule = "count.noun";
      } else {
        // A bare number: only digits are worth keeping (number words alone are mostly
        // "satu-satunya", "kedua" and other idioms).
        if (n.words) return end;
        f.kind = FactKind::kNumber;
        f.dimension = "number";
        if (rule.empty()) rule = "number.bare";
      }
    }
    // "Sedikitnya 150 rumah, 80 ruko, dan 70 kendaraan dibakar": the hedge of a list's
    // count bounds the counts listed right after it.
    const Fact* listed_after = nullptr;
    if (f.kind == FactKind::kCount && bound == Bound::kExact && hedge_rule == nullptr && !comparative) {
      listed_after = HedgedListItemBefore(first, f.value);
      if (listed_after != nullptr) bound = listed_after->bound;
    }
    f.bound = bound;
    f.interval = Interval::FromBound(bound, f.value, f.high);
    f.rule = rule;
    f.rules = {rule, n.rule};
    if (after_noun) f.rules.push_back(kCountAfterNoun);
    if (hedge_rule) f.rules.push_back(*hedge_rule);
    if (listed_after != nullptr) f.rules.push_back(pack_.list_hedge_rule);
    if (unit) f.rules.push_back(unit->name);
    f.comparative = comparative;
    if (comparative) f.rules.push_back(pack_.comparative_rule);
    // "Jumlah korban meninggal bertambah 19 jiwa": an increase of the tally its subject
    // names, whatever the counts before it.
    f.delta = delta && (tally_subject || !AddsToAnotherState(f, t_.tokens[i].sentence));
    if (f.delta) f.rules.push_back(pack_.increment_rule);
    // ("naik ke ketinggian 13.000 kaki": a target form may hold the measured noun.)
    if (TargetMarked(first) || (unmeasured_first && TargetMarked(*unmeasured_first)) ||
        (f.kind == FactKind::kCount && f.measures.qualifier.empty() && FutureAfter(i, end))) {
      f.measures.qualifier = kTargetQualifier;
      f.rules.push_back(pack_.target_rule);
    } else if (first > 0 && pack_.substitute_markers.size() != 0 && SameSentence(first - 1, first) &&
               pack_.substitute_markers.MatchEndingAt(t_, first)) {
      // "subsider 6 bulan kurungan": a term in lieu of a fine, not the sentence.
      f.measures.qualifier = kSubstituteQualifier;
      f.rules.push_back(pack_.substitute_rule);
    } else if (auto rate = RateAfter(i, end)) {
      // "35,000 people a day use the bridge": a rate, which meets only rates of its period.
      f.measures.qualifier = absl::StrCat(kRatePrefix, *rate->value);
      f.rules.push_back(pack_.rate_rule);
    } else if (const Fact* converted = ConversionOf(first, f)) {
      // "29,000 feet (8,839 meters)": the same amount in other units, of the same thing,
      // under the same hedge ("gusts topping 60 miles per hour (97 km per hour)").
      f.measures.head = converted->measures.head;
      f.measures.qualifier = converted->measures.qualifier;
      if (f.measures.scope.empty()) f.measures.scope = converted->measures.scope;
      if (f.bound == Bound::kExact && converted->bound != Bound::kExact && converted->bound != Bound::kRange &&
          converted->value > 0 && f.value > 0) {
        const double r = f.value / converted->value;
        f.bound = converted->bound;
        f.interval = converted->interval;
        if (!std::isinf(f.interval.low)) f.interval.low *= r;
        if (!std::isinf(f.interval.high)) f.interval.high *= r;
      }
    } else if (f.kind == FactKind::kQuantity && f.measures.qualifier.empty() &&
               InClauseBefore(first, pack_.series_markers, pack_.series_window)) {
      // "a second quake, of magnitude 7.5", "gempa kedua berkekuatan M 4,8": a measure of
      // another occurrence, which meets only such measures (lang.json series_markers).
      f.measures.qualifier = kRecurrenceDate;
      f.rules.push_back(pack_.series_rule);
    }
    f.earlier = EarlierMarked(first);
    if (f.earlier) f.rules.push_back(pack_.earlier_rule);
    if (changed_to) f.rules.push_back(pack_.earlier_then_rule);
    changed_from_ = {};
    if (f.earlier && unit != nullptr) changed_from_ = {end, unit};
    if (MoneyConversion(first, f)) f.rules.push_back(std::string(kMoneyConverted));
    const size_t before = facts_.size();
    FinishFact(std::move(f), first, end);
    if (facts_.size() > before && facts_.back().kind == FactKind::kCount && !facts_.back().delta) {
      counts_.push_back({static_cast<uint32_t>(facts_.size() - 1), first, end});
    } else if (facts_.size() > before && facts_.back().dimension == "percent" && !facts_.back().delta) {
      percents_.push_back({static_cast<uint32_t>(facts_.size() - 1), first, end});
    }
    if (facts_.size() > before) {
      last_inherited_ = inherited ? facts_.size() - 1 : kNoFact;
      last_opened_ = opened_whole != kNoFact && facts_.back().part ? facts_.size() - 1 : kNoFact;
      last_opened_whole_ = opened_whole;
    }
    return end;
  }

  // Whether the sum `f` at token `first` restates the sum before it in another currency, in
  // brackets right after it ("200,000 rupees ($2,700; £1,950)"; the second after a ';' or
  // ',' inside them): an outlet's conversion, not a claim of its own (kMoneyConverted).
  bool MoneyConversion(uint32_t first, const Fact& f) const {
    if (f.kind != FactKind::kMoney || first < 2 || facts_.empty()) return false;
    const Fact& before = facts_.back();
    if (before.kind != FactKind::kMoney || before.sentence != t_.tokens[first].sentence ||
        before.span.end != t_.tokens[first - 2].end) {
      return false;
    }
    if (t_.Is(first - 1, "(")) return before.unit != f.unit;
    return (t_.Is(first - 1, ";") || t_.Is(first - 1, ",")) && HasRule(before, kMoneyConverted);
  }

  // The window a figure ending before token `end` was counted or measured over: a
  // duration right after a window marker further on in its clause ("148 litres of rain
  // per square metre had fallen within 48 hours": "@2day"; "617 mm of rain in three
  // days"), with no other figure or
  // punctuation between; or null.
  const std::string* WindowAfter(uint32_t end) const {
    constexpr uint32_t kMaxAfter = 12;
    if (pack_.window_markers.size() == 0 || end == 0) return nullptr;
    for (uint32_t k = end; k < t_.tokens.size() && k < end + kMaxAfter && SameSentence(end - 1, k); ++k) {
      if (t_.Is(k, "(")) {  // "(5.9 inches)": the figure restated, passed over
        while (k + 1 < t_.tokens.size() && SameSentence(end - 1, k + 1) && !t_.Is(k, ")")) ++k;
        continue;
      }
      if (t_.tokens[k].kind == TokenKind::kPunct) return nullptr;
      if (t_.tokens[k].kind == TokenKind::kNumber) return nullptr;
      const auto m = IsWord(k) ? pack_.window_markers.MatchAt(t_, k) : absl::nullopt;
      // (The duration's number in digits or words: "within 48 hours", "in three days".)
      if (!m || m->end >= t_.tokens.size() || !numbers_.ParseAt(m->end)) continue;
      const StemmedConcept& c = CoFigureAt(static_cast<uint32_t>(m->end));
      if (!absl::EndsWith(c.id, "day")) return nullptr;  // a duration's canonical unit
      window_words_.push_back(absl::StrCat(absl::string_view(&kWindowMark, 1), absl::string_view(c.id).substr(1)));
      return &window_words_.back();
    }
    return nullptr;
  }

  // "Rp 20.400 per kilogram", "Rp24.000/liter", "$4.50 a gallon": the unit a figure
  // ending before token `end` is so much per (unit_rates), as a context word that keeps
  // it from meeting a figure per another unit ("@/kg" against "@/liter"), as a window
  // does; or null.
  const std::string* UnitRateAfter(uint32_t end) const {
    if (pack_.unit_rates.size() == 0 || end == 0 || end >= t_.tokens.size() || !SameSentence(end - 1, end)) {
      return nullptr;
    }
    const auto m = pack_.unit_rates.MatchAt(t_, end);
    return m ? m->value : nullptr;
  }

  // The rates form that makes the figure at token i, ending before token `end`, a rate:
  // right after it ("35,000 people a day"), or opening with a rate_clause_word further on
  // in its clause ("12,000 people killed on its roads each year"), with no other figure
  // between; or none.
  absl::optional<Lexicon<std::string>::Match> RateAfter(uint32_t i, uint32_t end) const {
    constexpr uint32_t kMaxAfter = 8;
    // ("Rp24.000/liter": a slash may open the form.)
    if ((!IsWord(end) && !t_.Is(end, "/")) || !SameSentence(i, end)) return absl::nullopt;
    // "killed 12 people a year ago": a time, not a rate.
    auto is_rate = [&](const absl::optional<Lexicon<std::string>::Match>& m) {
      return m && !(IsWord(m->end) && SameSentence(i, m->end) && InSet(pack_.rate_not_before, m->end));
    };
    if (auto rate = pack_.rates.MatchAt(t_, end); is_rate(rate)) return rate;
    if (pack_.rate_clause_words.empty()) return absl::nullopt;
    for (uint32_t k = end; k < t_.tokens.size() && k < end + kMaxAfter && SameSentence(i, k); ++k) {
      if (!IsWord(k) || numbers_.ParseAt(k)) return absl::nullopt;
      if (InSet(pack_.rate_clause_words, k)) {
        if (auto rate = pack_.rates.MatchAt(t_, k); is_rate(rate)) return rate;
      }
    }
    return absl::nullopt;
  }

  // The quantity that the quantity `f` at token `first` restates in brackets right after
  // it ("29,000 feet (8,839 meters)", "70km (40 miles)"), or null.
  const Fact* ConversionOf(uint32_t first, const Fact& f) const {
    if (f.kind != FactKind::kQuantity || first < 2 || !t_.Is(first - 1, "(") || facts_.empty()) return nullptr;
    const Fact& before = facts_.back();
    if (before.kind != FactKind::kQuantity || before.dimension != f.dimension ||
        before.sentence != t_.tokens[first].sentence || before.span.end != t_.tokens[first - 2].end) {
      return nullptr;
    }
    return &before;
  }

  // Whether a word of hedges.json target.future_after stands right after the figure at
  // token `number` and its noun, ending at token `end` ("Operator jalan tol memperkirakan
  // sekitar 1,3 juta kendaraan akan meninggalkan Lembah Sari"): for a count, a number
  // still to come, a forecast or a plan (a sum that "akan dicairkan" is there already).
  bool FutureAfter(uint32_t number, uint32_t end) const {
    return !pack_.target_future_after.empty() && IsWord(end) && SameSentence(number, end) &&
           InSet(pack_.target_future_after, end);
  }

  // Whether the figure at token `first` follows a verb of hedges.json target
  // condition_verbs in a clause a condition opener opens a few words before, with only
  // words between ("berlaku sampai harga gula pasir mencapai Rp12.500"; not
  // "hingga Selasa, korban mencapai 20 orang").
  bool ConditionThreshold(uint32_t first, uint32_t sentence_first) const {
    constexpr uint32_t kMaxWords = 6;
    if (pack_.target_condition_openers.size() == 0) return false;
    auto verb = pack_.target_condition_verbs.MatchEndingAt(t_, first);
    if (!verb || verb->begin <= sentence_first) return false;
    for (uint32_t k = verb->begin; k > sentence_first && verb->begin - k <= kMaxWords; --k) {
      const uint32_t w = k - 1;
      if (!IsWord(w) || info_[w].date != kNone || numbers_.ParseAt(w)) return false;
      if (InSet(pack_.target_condition_openers, w)) {
        return w + 1 < verb->begin && !InSet(pack_.target_condition_not_before, w + 1);
      }
    }
    return false;
  }

  // Whether a target marker ends at most kMaxBetween words before the figure at token
  // `first`, in its clause, with no number between ("ascend to an altitude of 29,000
  // feet": the figure starts at "altitude").
  bool TargetMarked(uint32_t first) const {
    constexpr uint32_t kMaxBetween = 2;
    if (pack_.target_markers.size() == 0) return false;
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    for (uint32_t k = first; k > sentence_first && first - k <= kMaxBetween; --k) {
      if (pack_.target_markers.MatchEndingAt(t_, k)) return true;
      if (!IsWord(k - 1) || numbers_.ParseAt(k - 1)) break;
    }
    if (ConditionThreshold(first, sentence_first)) return true;
    if (pack_.target_appositives.empty() && pack_.target_subject_copulas.empty()) return false;
    uint32_t c = first;
    if (auto hedge = c > sentence_first ? pack_.hedges_before.MatchEndingAt(t_, c) : absl::nullopt) c = hedge->begin;
    if (c == sentence_first || !IsWord(c - 1)) return false;
    const uint32_t copula = c - 1;
    // "melampaui target yang dicanangkan pemerintah, yakni 16 medali emas": an appositive
    // restates a target named a few words before it, with no other figure between.
    if (InSet(pack_.target_appositives, copula)) {
      constexpr uint32_t kMaxBack = 6;
      for (uint32_t k = copula; k > sentence_first && copula - k < kMaxBack; --k) {
        if (t_.tokens[k - 1].kind == TokenKind::kNumber || info_[k - 1].date != kNone) break;
        if (pack_.target_markers.MatchEndingAt(t_, k)) return true;
      }
    }
    // "Sasaran vaksinasi tahap pertama adalah (sekitar) 1,3 juta": a sentence whose subject
    // is a target, linked to the figure by a copula with no other figure between.
    if (!InSet(pack_.target_subject_copulas, copula)) return false;
    uint32_t subject = sentence_first;  // past an opening quote and an article ("The target")
    while (subject < first && t_.tokens[subject].kind == TokenKind::kPunct) ++subject;
    if (subject < first && IsWord(subject) && InSet(pack_.stopwords, subject)) ++subject;
    if (!pack_.target_markers.MatchAt(t_, subject)) return false;
    for (uint32_t k = sentence_first; k < copula; ++k) {
      if (t_.tokens[k].kind == TokenKind::kNumber || info_[k].date != kNone) return false;
    }
    return true;
  }

  // Whether the figure starting at token `first` is given as an earlier count: an
  // earlier marker stands before it in its sentence with no other figure between them
  // ("Sebelumnya kami melaporkan ada 130 orang", "dari sebelumnya 162 orang"; not the
  // 125 of "..., ternyata 125", nor the 268 of "menjadi 268 orang dari sebelumnya 162").
  // The digits of a date between them are no figure ("Sebelumnya, Senin (21/11), BNPB
  // mencatat 62 orang").
  bool EarlierMarked(uint32_t first) const {
    if (pack_.earlier_markers.size() == 0) return false;
    // Most sentences have no marker at all: looked for once per sentence.
    const uint32_t sentence = t_.tokens[first].sentence;
    if (earlier_in_sentence_.empty()) earlier_in_sentence_.assign(t_.sentences.size(), -1);
    if (earlier_in_sentence_[sentence] < 0) {
      const Sentence& s = t_.sentences[sentence];
      bool any = false;
      for (uint32_t k = s.first_token; k < s.end_token && !any; ++k) {
        any = pack_.earlier_markers.MatchAt(t_, k).has_value() ||
              (IsWord(k) && InSet(pack_.earlier_change_verbs, k));
      }
      earlier_in_sentence_[sentence] = any ? 1 : 0;
    }
    if (earlier_in_sentence_[sentence] == 0) return false;
    constexpr uint32_t kMaxBack = 16;
    const uint32_t sentence_first = t_.sentences[sentence].first_token;
    for (uint32_t k = first; k > sentence_first && first - k <= kMaxBack; --k) {
      // "Originally from Veloria, Marco was a father of three": a word right after
      // the marker may say it tells where from, not an earlier figure (earlier_not_before);
      // one right before, that it names a period ("kuartal sebelumnya"; earlier_not_after).
      if (const auto m = pack_.earlier_markers.MatchEndingAt(t_, k);
          m && !(IsWord(k) && InSet(pack_.earlier_not_before, k)) &&
          !(m->begin > 0 && IsWord(m->begin - 1) && InSet(pack_.earlier_not_after, m->begin - 1))) {
        return true;
      }
      // ("revised the death toll from the crash at Harlow to 47": the figure after its own
      // 'from', not one further on.)
      if (k == first && ChangedFromEndingAt(k)) return true;
      const uint32_t w = k - 1;
      if (info_[w].date != kNone) continue;
      if (t_.tokens[w].kind == TokenKind::kNumber || numbers_.ParseAt(w)) return false;
    }
    return false;
  }

  // Whether a change verb, up to kMaxObject words of what it changes and a word of
  // change_from end right before token k in its sentence ("lengthened his sentence from",
  // "memperberat hukuman Dimas dari"; hedges.json earlier change_verbs).
  bool ChangedFromEndingAt(uint32_t k) const {
    constexpr uint32_t kMaxObject = 4;
    if (k < 2 || !IsWord(k - 1) || !SameSentence(k - 1, k) || !InSet(pack_.earlier_change_from, k - 1)) {
      return false;
    }
    for (uint32_t v = k - 2, n = 0; n <= kMaxObject && IsWord(v) && SameSentence(v, k); --v, ++n) {
      if (InSet(pack_.earlier_change_verbs, v)) return true;
      if (v == 0) break;
    }
    return false;
  }

  // Whether token k is inside the last fact found, an increase in the sentence of token
  // `number` ("bertambah 28 jiwa" before "menjadi 240 jiwa").
  bool IncreaseAt(uint32_t k, uint32_t number) const {
    if (facts_.empty()) return false;
    const Fact& last = facts_.back();
    return last.delta && last.sentence == t_.tokens[number].sentence &&
           t_.tokens[k].begin >= last.span.begin && t_.tokens[k].end <= last.span.end;
  }

  // The list item before the number at `first` (token i), when a comma or a conjunction
  // stands right after that item and its noun was left out and taken from the count
  // before it; else null.
  const Fact* ContinuedList(uint32_t i, uint32_t first) const {
    if (last_inherited_ == kNoFact) return nullptr;
    const Fact* before = CountBefore(i);
    if (before != &facts_[last_inherited_]) return nullptr;
    return JoinedToItemBefore(first) ? before : nullptr;
  }

  // The count a fronted partitive opens the sentence of `first` with ("Of the four
  // flight attendants, two died"; concepts.json fronted_partitives), when a comma stands
  // between that count and `first`; right before the comma ("Of those, 12 died"), the
  // last count of the sentence before; else null.
  const Fact* FrontedWhole(uint32_t first) const {
    if (pack_.fronted_partitives.size() == 0) return nullptr;
    const uint32_t sentence = t_.tokens[first].sentence;
    const absl::optional<std::pair<uint32_t, uint32_t>> opener = FrontedPartitiveOf(sentence);
    if (!opener || opener->second >= first) return nullptr;
    const uint32_t opener_end = opener->second;
    // "Of those, 12 died", "Dari jumlah tersebut, 5 orang hilang": of the count before.
    if (t_.Is(opener_end, ",")) return CountInSentenceBefore(first);
    for (auto it = facts_.rbegin(); it != facts_.rend() && it->sentence == sentence; ++it) {
      if (it->span.begin != t_.tokens[opener_end].begin) continue;
      if (it->kind != FactKind::kCount || it->measures.head.empty()) return nullptr;
      for (uint32_t c = opener_end; c < first; ++c) {
        if (t_.tokens[c].begin >= it->span.end && t_.Is(c, ",")) return &*it;
      }
      return nullptr;
    }
    return nullptr;
  }

  // The state of the group count `c` names: its own, else, with none ("Dari 63 pasien
  // itu, 33 meninggal"), the state of an earlier count of the article with its noun and
  // figure ("kematian 63 pasien"), which it names again.
  Symbol StateOfGroup(const Fact& c) const {
    if (!c.measures.qualifier.empty()) return c.measures.qualifier;
    for (const Fact& e : facts_) {
      if (&e == &c || e.span.begin >= c.span.begin) break;
      if (e.kind == FactKind::kCount && e.measures.head == c.measures.head && e.value == c.value &&
          e.high == c.high && !e.measures.qualifier.empty()) {
        return e.measures.qualifier;
      }
    }
    return Symbol();
  }

  // The fronted partitive of a sentence, as tokens [begin, end): opening it, or opening
  // what a speaker says after an attribution verb and a comma ("Direktur menjelaskan, dari
  // 63 pasien yang meninggal ..., sebanyak 33 pasien meninggal ..."); looked for once per
  // sentence (FrontedWhole asks for every number).
  absl::optional<std::pair<uint32_t, uint32_t>> FrontedPartitiveOf(uint32_t sentence) const {
    if (fronted_partitive_.empty()) fronted_partitive_.assign(t_.sentences.size(), {kNone, kNone});
    std::pair<uint32_t, uint32_t>& found = fronted_partitive_[sentence];  // {kNone, kNone}: not looked for; {kNone, 0}: none
    if (found.first == kNone && found.second == kNone) {
      const Sentence& s = t_.sentences[sentence];
      auto skip_quotes = [&](uint32_t k) {
        while (k < s.end_token && t_.tokens[k].kind == TokenKind::kPunct && QuoteMark(t_.Text(t_.tokens[k]))) ++k;
        return k;
      };
      auto m = pack_.fronted_partitives.MatchAt(t_, skip_quotes(s.first_token));
      for (uint32_t c = s.first_token + 1; !m && c + 1 < s.end_token; ++c) {
        if (t_.Is(c, ",") && pack_.attribution_after.MatchEndingAt(t_, c)) {
          m = pack_.fronted_partitives.MatchAt(t_, skip_quotes(c + 1));
          break;
        }
      }
      found = m ? std::make_pair(static_cast<uint32_t>(m->begin), static_cast<uint32_t>(m->end))
                : std::make_pair(kNone, 0u);
    }
    if (found.first == kNone) return absl::nullopt;
    return found;
  }

  // The count a partitive at number token i is part of ("95 di antaranya", "11 orang di
  // antaranya"): the last of its sentence, else of the sentence before; or null.
  // Whether the count a part at token i is a part of (WholeBefore) is in `state`: the part
  // is then no total of that state.
  bool InWholesState(uint32_t i, absl::string_view state) const {
    const Fact* of = WholeBefore(i);
    return of != nullptr && of->measures.qualifier.str() == state;
  }

  const Fact* WholeBefore(uint32_t i) const {
    const Fact* whole = CountBefore(i);
    // "186 kasus di 14 provinsi, dengan 71 di antaranya meninggal": the places a count
    // is found in are no whole its part is of; the count before them is.
    if (whole != nullptr && !counts_.empty() && &facts_[counts_.back().fact] == whole) {
      const uint32_t sentence = t_.tokens[i].sentence;
      for (auto it = counts_.rbegin(); it != counts_.rend() && facts_[it->fact].sentence == sentence; ++it) {
        const Fact& c = facts_[it->fact];
        const bool located = it->first > 0 && IsWord(it->first - 1) && InSet(pack_.place_prepositions, it->first - 1);
        if (c.kind == FactKind::kCount && !c.measures.head.empty() && !located) return &c;
      }
    }
    return whole != nullptr ? whole : CountInSentenceBefore(i);
  }

  // The last count with a noun in the sentence right before the one of number token i
  // ("Twelve people died. Five of them were children."); else null.
  const Fact* CountInSentenceBefore(uint32_t i) const {
    const uint32_t sentence = t_.tokens[i].sentence;
    if (sentence == 0) return nullptr;
    for (auto it = facts_.rbegin(); it != facts_.rend() && it->sentence + 1 >= sentence; ++it) {
      if (it->sentence + 1 == sentence && it->kind == FactKind::kCount && !it->measures.head.empty()) {
        return &*it;
      }
    }
    return nullptr;
  }

  // Token k, or the token after a hedge that starts at k ("nearly 100").
  uint32_t NumberTokenAfterHedge(uint32_t k) const {
    const auto h = pack_.hedges_before.MatchAt(t_, k);
    return h ? static_cast<uint32_t>(h->end) : k;
  }

  // Whether a figure starts at token k, in the sentence of token i, with a noun right
  // after it (at *noun): the whole that "179 of the 181 passengers" names.
  bool NounCountAt(uint32_t i, uint32_t k, uint32_t* noun) const {
    // "two of the nearly 100 victims": a hedge may stand before the whole's figure.
    if (auto h = pack_.hedges_before.MatchAt(t_, k); h && SameSentence(i, h->end)) k = h->end;
    const absl::optional<NumberAt> at = NumberStartingAt(k);
    if (!at || at->prefix_unit != nullptr || at->n.ordinal) return false;
    const uint32_t j = at->n.end_token;
    if (!IsContentWord(j) || !SameSentence(i, j) || info_[j].date != kNone ||
        (t_.IsCapitalized(t_.tokens[j]) && info_[j].line != LineKind::kHeadline)) {
      return false;
    }
    *noun = j;
    return !InSet(pack_.qualifier_skip, j);  // "55 of 75 confirmed dead": no noun
  }

  // Whether a group scope (concepts.json group_scopes: "dari satu keluarga", "from one
  // family") follows the counted noun ending before token e, in its clause and within a
  // few words: "five people were killed from one family" counts a part of the toll.
  bool GroupScoped(uint32_t i, uint32_t e) const {
    constexpr uint32_t kMaxWords = 6;
    if (pack_.group_scopes.size() == 0) return false;
    for (uint32_t k = e; k < t_.tokens.size() && k < e + kMaxWords && SameSentence(i, k); ++k) {
      if (t_.tokens[k].kind == TokenKind::kPunct) {
        const absl::string_view p = t_.Text(t_.tokens[k]);
        if (p == "," || p == ";" || p == ":" || QuoteMark(p)) return false;
        continue;
      }
      if (pack_.group_scopes.MatchAt(t_, k)) return true;
    }
    return false;
  }

  // Whether token i is inside a group scope's words ("one" of "from one family").
  bool InGroupScope(uint32_t i) const {
    if (pack_.group_scopes.size() == 0) return false;
    for (uint32_t b = i >= 2 ? i - 2 : 0; b <= i; ++b) {
      if (auto m = pack_.group_scopes.MatchAt(t_, b); m && m->end > i && SameSentence(b, i)) return true;
    }
    return false;
  }

  // Whether a place preposition and a place name start at token k, in number i's sentence.
  bool BeforePlace(uint32_t k, uint32_t i) const {
    return IsWord(k) && SameSentence(i, k) && InSet(pack_.place_prepositions, k) &&
           PlaceWord(k + 1, t_.tokens[i].sentence);
  }

  // Whether a comma or a conjunction stands right before token `first`, joining it to a
  // list item before it.
  bool JoinedToItemBefore(uint32_t first) const {
    return first > 0 && (t_.Is(first - 1, ",") ||
                         (IsWord(first - 1) && InSet(pack_.clause_conjunctions, first - 1)));
  }

  // The place written beside the count at tokens [first, end): a place word and a run of
  // capitalised words right after it ("32 orang di Aceh"), else a run right before it
  // ("Lembata 40 orang", not opening the sentence), else a place word and its run in the
  // clause before it, after `floor` ("di Sumatra Barat (Sumbar), korban meninggal dunia
  // sebanyak 248 orang"). Lower-cased, a view of the text's lower-cased copy; empty when
  // none.
  absl::string_view PlaceOf(uint32_t first, uint32_t end, uint32_t floor) const {
    constexpr uint32_t kMaxClauseTokens = 12;
    const uint32_t sentence = t_.tokens[first].sentence;
    const uint32_t sentence_first = t_.sentences[sentence].first_token;
    auto run_after = [&](uint32_t k) {
      uint32_t name, e;
      PlaceNameAt(k, sentence, &name, &e);
      return PlaceText(name, e);
    };
    if (IsWord(end) && SameSentence(first, end) && InSet(pack_.place_prepositions, end)) {
      if (absl::string_view p = run_after(end + 1); !p.empty()) return p;
    }
    uint32_t b = first;
    while (b > sentence_first && PlaceWord(b - 1, sentence)) --b;
    if (b < first && b > sentence_first) return run_after(b);
    for (uint32_t k = first; k > floor && k > sentence_first && first - k < kMaxClauseTokens; --k) {
      if (IsWord(k - 1) && InSet(pack_.place_prepositions, k - 1)) {
        if (absl::string_view p = run_after(k); !p.empty()) return p;
      }
    }
    return {};
  }

  // A word of a place name: capitalised, in the sentence, no date, no stop word and no
  // kind of place ("Kabupaten").
  bool PlaceWord(uint32_t k, uint32_t sentence) const {
    return IsWord(k) && t_.tokens[k].sentence == sentence && t_.IsCapitalized(t_.tokens[k]) &&
           info_[k].date == kNone && !InSet(pack_.stopwords, k) && !InSet(pack_.place_types, k);
  }
  // The place name written from token k, past the kinds of place written first ("wilayah"
  // in "di wilayah Jawa Barat", "Provinsi" in "di Provinsi DI Yogyakarta"): tokens
  // [*name, *end), empty when no place word follows them.
  void PlaceNameAt(uint32_t k, uint32_t sentence, uint32_t* name, uint32_t* end) const {
    constexpr int kMaxTypes = 2;
    for (int n = 0; n < kMaxTypes && IsWord(k) && t_.tokens[k].sentence == sentence &&
                    InSet(pack_.place_types, k);
         ++n) {
      ++k;
    }
    *name = k;
    while (PlaceWord(k, sentence)) ++k;
    *end = k;
  }
  // Tokens [k, e), lower-cased; empty when there are none.
  absl::string_view PlaceText(uint32_t k, uint32_t e) const {
    if (e <= k) return {};
    return t_.Lower(Span{t_.tokens[k].begin, t_.tokens[e - 1].end});
  }

  // The area each count covers that is no item of a breakdown (Measures::scope): a place
  // after a place word after it in its clause, up to a comma, a quote or other stop ("37 orang tewas
  // akibat banjir lahar dingin di Sumatra Barat"), else one with a kind of place before it
  // in the sentence ("Di Kabupaten Sungai Manik, korban meninggal 21 orang").
  void MarkScopes() {
    if (pack_.place_prepositions.empty()) return;
    constexpr uint32_t kMaxAfter = 16, kMaxBefore = 14;
    for (const CountAt& c : counts_) {
      Fact& f = facts_[c.fact];
      if (!f.measures.place.empty()) continue;
      const uint32_t sentence = t_.tokens[c.first].sentence;
      const uint32_t sentence_first = t_.sentences[sentence].first_token;
      const uint32_t sentence_end = t_.sentences[sentence].end_token;
      absl::string_view scope;
      for (uint32_t k = c.end; k < sentence_end && k < c.end + kMaxAfter && scope.empty(); ++k) {
        if (t_.tokens[k].kind == TokenKind::kPunct && !t_.Is(k, "(") && !t_.Is(k, ")") && !t_.Is(k, "-")) break;
        if (!IsWord(k) || !InSet(pack_.place_prepositions, k)) continue;
        uint32_t name, e;
        PlaceNameAt(k + 1, sentence, &name, &e);
        scope = PlaceText(name, e);
      }
      for (uint32_t k = c.first; scope.empty() && k > sentence_first && c.first - k < kMaxBefore; --k) {
        if (!IsWord(k - 1) || !InSet(pack_.place_prepositions, k - 1) || !IsWord(k) ||
            !InSet(pack_.place_types, k)) {
          continue;
        }
        uint32_t name, e;
        PlaceNameAt(k, sentence, &name, &e);
        if (e <= c.first) scope = PlaceText(name, e);
      }
      if (scope.empty()) scope = KnownPlaceBefore(c.first);
      if (scope.empty()) scope = OpeningKnownPlace(sentence, c.first);
      f.measures.scope = scope;
    }
    // A percentage of a place known by name written before it ("followed by Lithuania at
    // 20.1%", "in Estonia (21.5%)") is that place's: rates of two countries are never
    // lined up.
    for (const CountAt& c : percents_) {
      Fact& f = facts_[c.fact];
      if (!f.measures.scope.empty() || !f.measures.place.empty()) continue;
      // (In brackets right after the name, "Estonia (21.5%)", it is the name's.)
      f.measures.scope = KnownPlaceBefore(c.first > 0 && t_.Is(c.first - 1, "(") ? c.first - 1 : c.first);
    }
  }

  // A place known by name (place_names) that the clause of the figure at token `first`
  // is about, written before it with no punctuation between: its subject before a
  // recording verb ("Adapun Riau mencatat 62 titik panas", "dengan Kalimantan Tengah
  // mencatat jumlah terbanyak yakni 945 titik"), a place after a place preposition
  // ("berada di Kalimantan Tengah dengan 954 titik"), or the name right before the figure
  // ("Riau 187 titik"). The nearest name before the figure decides: a body ("BNPB
  // mencatat") is none. Lower-cased; empty when none.
  absl::string_view KnownPlaceBefore(uint32_t first) const {
    constexpr uint32_t kMaxBefore = 8;
    if (pack_.place_names.empty()) return {};
    const uint32_t sentence = t_.tokens[first].sentence;
    const uint32_t sentence_first = t_.sentences[sentence].first_token;
    for (uint32_t e = first; e > sentence_first && first - e < kMaxBefore; --e) {
      if (t_.tokens[e - 1].kind == TokenKind::kPunct) return {};
      if (!PlaceWord(e - 1, sentence)) continue;
      uint32_t name = e - 1;
      while (name > sentence_first && PlaceWord(name - 1, sentence)) --name;
      // "Disusul Kalimantan Barat 627 titik": the known place ends the run of names.
      while (name < e && !pack_.place_names.contains(PlaceText(name, e))) ++name;
      if (name == e) return {};
      // "across Mozambique, Zimbabwe and Malawi more than 1.5 million": the last of a
      // list of places is no scope of the figure, which is over all of them.
      if (name >= sentence_first + 2 && InSet(pack_.zone_range_joiners, name - 1)) {
        const uint32_t before = t_.Is(name - 2, ",") && name >= sentence_first + 3 ? name - 3 : name - 2;
        if (PlaceWord(before, sentence)) return {};
      }
      uint32_t verb = e;  // "Washington state has reported about 20 deaths"
      while (verb < first && IsWord(verb) && InSet(pack_.place_types, verb)) ++verb;
      const bool subject = verb < first && IsWord(verb) && InSet(pack_.place_subject_verbs, verb);
      const bool located = name > sentence_first && IsWord(name - 1) && InSet(pack_.place_prepositions, name - 1);
      return subject || located || e == first ? PlaceText(name, e) : absl::string_view();
    }
    return {};
  }

  // A place known by name that opens the sentence of a figure at token `first` after a
  // place preposition, set off by a comma ("In Mozambique, the president has
  // warned that more than a thousand people may have died"): what the sentence is about.
  // Lower-cased; empty when none.
  absl::string_view OpeningKnownPlace(uint32_t sentence, uint32_t first) const {
    const uint32_t k = t_.sentences[sentence].first_token;
    if (pack_.place_names.empty() || k + 2 >= first || !IsWord(k) || !InSet(pack_.place_prepositions, k)) return {};
    uint32_t e = k + 1;
    while (e < first && PlaceWord(e, sentence)) ++e;
    if (e == k + 1 || e >= first || !t_.Is(e, ",") || !pack_.place_names.contains(PlaceText(k + 1, e))) return {};
    // ("Di Mozambik, Zimbabwe, dan Malawi": a list of places is none.)
    if (e + 1 < first && PlaceWord(e + 1, sentence)) return {};
    return PlaceText(k + 1, e);
  }

  // A breakdown by place: counts of one thing in one sentence, two or more of them beside
  // places of their own ("186 orang masih hilang, terdiri dari 32 orang di Aceh, 72 orang
  // di Sumatra Utara, dan 82 orang di Sumatra Barat"). Each item takes its place, so it is
  // compared only with the same place's count, and the state of the total before it when
  // it names none.
  void MarkBreakdowns() {
    if (pack_.place_prepositions.empty()) return;
    for (size_t a = 0; a < counts_.size();) {
      size_t z = a;
      const uint32_t sentence = facts_[counts_[a].fact].sentence;
      while (z < counts_.size() && facts_[counts_[z].fact].sentence == sentence) ++z;
      if (z - a >= 2) MarkBreakdownsIn(a, z);
      a = z;
    }
    MarkBreakdownsAcrossSentences();
  }

  void MarkBreakdownsIn(size_t a, size_t z) {
    std::vector<absl::string_view> places(z - a);
    uint32_t floor = 0;
    for (size_t k = a; k < z; ++k) {
      // A place the count is restricted to (RestrictedPlace) is its place.
      const Symbol& own = facts_[counts_[k].fact].measures.place;
      places[k - a] = own.empty() ? PlaceOf(counts_[k].first, counts_[k].end, floor) : absl::string_view(own);
      floor = counts_[k].end;
    }
    for (size_t k = a; k < z; ++k) {
      const absl::string_view place = places[k - a];
      if (place.empty()) continue;
      const Symbol head = facts_[counts_[k].fact].measures.head;
      // An item: another count of the same thing in the sentence stands beside another place.
      bool item = false;
      for (size_t m = a; m < z && !item; ++m) {
        item = facts_[counts_[m].fact].measures.head == head && !places[m - a].empty() &&
               places[m - a] != place;
      }
      if (!item) continue;
      Fact& f = facts_[counts_[k].fact];
      f.measures.place = place;
      if (!f.measures.qualifier.empty()) continue;
      for (size_t m = k; m-- > a;) {  // the total before it: the same thing, no place
        const Fact& total = facts_[counts_[m].fact];
        if (total.measures.head == head && places[m - a].empty()) {
          f.measures.qualifier = total.measures.qualifier;
          break;
        }
      }
    }
  }

  // The place a clause opens with before token `first` of its sentence ("Sementara itu di
  // Aceh, korban meninggal tercatat 96 jiwa", "di Sumatra Utara (Sumut) korban jiwa
  // mencapai 370 orang"): a place word, a run of capitalised words, then a comma or an
  // opening bracket. A list of places ("di Aceh, Sumatera Utara, dan Sumatera Barat")
  // is none. Lower-cased; empty when none.
  absl::string_view FrontedPlace(uint32_t first) const {
    const uint32_t sentence_first = t_.sentences[t_.tokens[first].sentence].first_token;
    for (uint32_t k = first; k > sentence_first; --k) {
      if (!IsWord(k - 1) || !InSet(pack_.place_prepositions, k - 1)) continue;
      uint32_t name, e;
      PlaceNameAt(k, t_.tokens[first].sentence, &name, &e);
      if (e == name || e >= first) continue;
      if (!t_.Is(e, ",") && !t_.Is(e, "(")) continue;
      if (t_.Is(e, ",") && IsWord(e + 1) && t_.IsCapitalized(t_.tokens[e + 1])) return {};  // a list
      return PlaceText(name, e);
    }
    return {};
  }

  // A breakdown by place over several sentences: counts of one thing in one state, each
  // in a clause opened by a place of its own, two or more places in the article
  // ("Sementara itu di Aceh, korban meninggal tercatat 96 jiwa. ... Adapun di Sumatera
  // Barat, jumlah korban meninggal dunia mencapai 129 jiwa").
  void MarkBreakdownsAcrossSentences() {
    struct Placed {
      uint32_t fact;
      absl::string_view place;
    };
    // (head, state) -> its counts in clauses opened by a place; std::map: a fixed order.
    std::map<std::pair<absl::string_view, absl::string_view>, std::vector<Placed>> groups;
    // FrontedPlace of each count with a state, looked up once.
    std::vector<absl::optional<absl::string_view>> fronted(counts_.size());
    for (size_t k = 0; k < counts_.size(); ++k) {
      const Fact& f = facts_[counts_[k].fact];
      if (!f.measures.place.empty() || f.measures.qualifier.empty()) continue;
      fronted[k] = FrontedPlace(counts_[k].first);
      if (!fronted[k]->empty()) {
        groups[{f.measures.head, f.measures.qualifier}].push_back({counts_[k].fact, *fronted[k]});
      }
    }
    std::vector<absl::string_view> breakdown_places;
    for (const auto& group : groups) {
      const std::vector<Placed>& items = group.second;
      const absl::string_view first_place = items[0].place;
      const bool two_places = std::any_of(items.begin(), items.end(), [first_place](const Placed& p) {
        return p.place != first_place;
      });
      if (!two_places) continue;
      for (const Placed& p : items) {
        facts_[p.fact].measures.place = p.place;
        breakdown_places.push_back(p.place);
      }
    }
    // Once the article breaks figures down by these places, every count in a clause one
    // of them opens is that place's, though no other place counts the same thing ("di
    // wilayah Jawa Barat, yakni satu orang meninggal dunia, ..., dan 10 rumah rusak ringan.
    // Sedangkan di Jawa Tengah, satu orang meninggal dunia, ...": the 10 are Jawa Barat's).
    if (breakdown_places.empty()) return;
    for (size_t k = 0; k < counts_.size(); ++k) {
      Fact& f = facts_[counts_[k].fact];
      if (!f.measures.place.empty() || f.measures.head.empty()) continue;
      const absl::string_view place = fronted[k] ? *fronted[k] : FrontedPlace(counts_[k].first);
      if (!place.empty() &&
          std::find(breakdown_places.begin(), breakdown_places.end(), place) != breakdown_places.end()) {
        f.measures.place = place;
      }
    }
  }

  // Whether an increase of a count in a state follows a count of the same thing in another
  // state, in its sentence or the one before ("killed 27 people, and 35 are still missing.
  // A further 212 people have been injured"): it counts more people besides those, so it
  // is the total of its own state, not an increase of it.
  bool AddsToAnotherState(const Fact& f, uint32_t sentence) const {
    if (f.kind != FactKind::kCount || f.measures.qualifier.empty()) return false;
    for (auto it = facts_.rbegin(); it != facts_.rend() && it->sentence + 1 >= sentence; ++it) {
      if (it->kind != FactKind::kCount) continue;
      return it->measures.head == f.measures.head && !it->measures.qualifier.empty() &&
             it->measures.qualifier != f.measures.qualifier;
    }
    return false;
  }

  absl::string_view id_;
  absl::string_view text_;
  const RulePack& pack_;
  absl::optional<absl::CivilMinute> reference_;
  TokenizedText t_;
  NumberMemo numbers_{pack_.numbers.get(), &t_};  // t_'s numbers, for dates and facts
  std::vector<TokenInfo> info_;
  std::vector<bool> name_word_;                           // NameWord, per token
  mutable std::vector<StemmedConcept> stemmed_;           // StemmedConceptAt, per token
  mutable std::vector<StemmedConcept> co_figures_;        // CoFigureAt, per token
  mutable absl::optional<FullNameIndex> full_names_;   // FullNameEndingIn
  mutable absl::optional<FullNameIndex> first_names_;  // FullNameStartingWith
  mutable std::vector<uint8_t> context_flags_;            // ContextFlagsAt, per token
  mutable std::vector<absl::string_view> context_words_;  // FillContext's scratch
  mutable std::deque<std::string> window_words_;  // WindowAfter's words, which facts point into
  // SentenceWideBefore: each sentence's sentence_wide concepts and stops (null), in
  // wide_marks_ at [begin, end) of wide_ranges_[sentence].
  mutable std::vector<std::pair<uint32_t, uint32_t>> wide_ranges_;
  mutable std::vector<std::pair<uint32_t, const std::string*>> wide_marks_;
  mutable std::vector<absl::optional<WordList>> entities_;  // SentenceEntities
  std::vector<DateMention> dates_;
  std::vector<Speaker> speakers_;
  std::vector<std::pair<uint32_t, uint32_t>> quotes_;  // see FindQuotes
  std::vector<Fact> facts_;
  struct CountAt {
    uint32_t fact;  // index into facts_ (before they are sorted)
    uint32_t first, end;  // its tokens
  };
  std::vector<CountAt> counts_;  // the counts, in text order (see MarkBreakdowns)
  std::vector<CountAt> percents_;  // the percentages, in text order (see MarkScopes)
  static constexpr size_t kNoFact = static_cast<size_t>(-1);
  size_t last_inherited_ = kNoFact;  // the last fact, when its noun was inherited
  size_t last_opened_ = kNoFact;     // the last fact, when a part of a list a part opener opened
  size_t last_opened_whole_ = kNoFact;  // and the whole that list breaks down
  // The first token of the count a part was linked to ("179 of the 181 passengers"): the
  // whole, whose state was the part's.
  uint32_t whole_of_part_ = std::numeric_limits<uint32_t>::max();
  Symbol whole_state_;  // the state the whole's noun names ("injured"), or none
  mutable std::vector<std::pair<uint32_t, uint32_t>> breakdown_opener_;  // per sentence, BreakdownOpenerBefore
  mutable std::vector<std::pair<uint32_t, uint32_t>> part_opener_;       // per sentence, PartOpenerBefore
  mutable std::vector<std::pair<uint32_t, uint32_t>> fronted_partitive_;  // per sentence, FrontedPartitiveOf
  // The end and unit of the last figure given as an earlier one, which a bare figure it
  // changed to takes (hedges.json earlier_then).
  struct {
    uint32_t end = kNone;
    const UnitDef* unit = nullptr;
  } changed_from_;
  mutable std::vector<int8_t> earlier_in_sentence_;  // per sentence: -1 unknown, 0/1 has an earlier marker
  mutable std::vector<int8_t> designator_in_sentence_;  // per sentence: -1 unknown, 0/1 names a numbered part
};

}  // namespace

std::vector<Fact> ExtractFacts(absl::string_view article_id, absl::string_view text,
                               absl::optional<absl::CivilDay> published, const RulePack& pack) {
  return ArticleExtractor(article_id, text, published, pack).Run();
}

}  // namespace claimcheck
