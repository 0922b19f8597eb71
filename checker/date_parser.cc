#include "checker/date_parser.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_split.h"
#include "checker/date_rules.h"
#include "checker/hash_filter.h"

namespace claimcheck {

struct DateParser::Impl {
  internal_dates::DateRules rules;
  const NumberParser* numbers = nullptr;
  // The first word of every form of the lexicons a date may open with: a date that
  // starts with a word starts with one of these, with a number word, or with a
  // one-prefix ("setahun"). One probe rules out the ordinary words of a text. Lexicons
  // only ever read after a date's first word are left out: modifiers ("lalu", "yang
  // lalu"), connectives and joiners ("dan", "hingga"), suffixes, zones, eras, and the
  // words that only filter a weekday or a day part from outside its span.
  absl::flat_hash_set<std::string> starters;
  HashFilter starter_filter;  // the starters' hashes

  void BuildStarters() {
    auto add = [&](const auto& lexicon) {
      lexicon.ForEachFirst([&](const std::string& w) { starters.insert(w); });
    };
    const internal_dates::DateRules& r = rules;
    add(r.months), add(r.weekdays), add(r.fillers);
    add(r.relative_days), add(r.day_parts_alone), add(r.day_parts_after);
    add(r.time_markers), add(r.year_markers);
    add(r.month_markers), add(r.units);
    add(r.prefix_modifiers);
    add(r.alone_units), add(r.count_before);
    add(r.month_parts), add(r.openers), add(r.week_markers);
    for (const std::string& w : starters) starter_filter.Add(w);
  }

  // `memo`, when given, holds `numbers`' parses of t: a word that starts no form of a
  // lexicon starts a date only as a number ("tiga hari lalu"), so the memo's answer (which
  // the number extraction needs anyway) replaces a second look at the word.
  bool MayStartAt(const TokenizedText& t, size_t i, const NumberMemo* memo) const {
    const Token& tok = t.tokens[i];
    if (tok.kind == TokenKind::kNumber) return true;
    // A word or punctuation: the first token of a form of a lexicon, or of a number.
    const absl::string_view w = t.Lower(tok);
    const size_t h = t.HashAt(i);
    if (starter_filter.MayContain(h) && starters.find(w, h) != starters.end()) return true;
    // "setahun": a one-prefix glued to a unit (not "sebanyak").
    for (const std::string& p : rules.one_prefixes) {
      if (WordStartsWith(w, p) && w.size() > p.size() && rules.units.Find(w.substr(p.size()))) {
        return true;
      }
    }
    if (memo != nullptr) return memo->ParseAt(i).has_value();
    return numbers != nullptr && numbers->MayStartAt(t, i);
  }
};

namespace {

using internal_dates::DateRules;
using internal_dates::Mode;
using internal_dates::WeekdayPolicy;
namespace k = internal_dates;

int WeekdayOf(absl::CivilDay d) {
  switch (absl::GetWeekday(d)) {
    case absl::Weekday::sunday: return 0;
    case absl::Weekday::monday: return 1;
    case absl::Weekday::tuesday: return 2;
    case absl::Weekday::wednesday: return 3;
    case absl::Weekday::thursday: return 4;
    case absl::Weekday::friday: return 5;
    case absl::Weekday::saturday: return 6;
  }
  return 0;
}

bool ValidDay(int64_t y, int m, int d) {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  absl::CivilDay c(y, m, d);
  return c.year() == y && c.month() == m && c.day() == d;
}

// The start of the grain `m` falls in: Jan 1 for a year, the 1st for a month.
absl::CivilMinute Truncate(absl::CivilMinute m, DateGrain g) {
  switch (g) {
    case DateGrain::kYear: return absl::CivilMinute(absl::CivilYear(m));
    case DateGrain::kMonth: return absl::CivilMinute(absl::CivilMonth(m));
    case DateGrain::kDay: return absl::CivilMinute(absl::CivilDay(m));
    case DateGrain::kMinute: return m;
  }
  return m;
}

int DaysInMonth(int64_t y, int m) {
  absl::CivilDay next = absl::CivilDay(absl::CivilMonth(y, m) + 1);
  return (next - 1).day();
}

// One parse in progress: where it ends and what it says.
struct Hit {
  size_t end = 0;
  ParsedDate d;
};

// Keeps h in *best when it reaches further (the first of equally long parses wins).
void KeepLongest(absl::optional<Hit>* best, absl::optional<Hit>&& h) {
  if (h && (!*best || h->end > (*best)->end)) *best = std::move(h);
}

class Parser {
 public:
  Parser(const DateParser::Impl& impl, const TokenizedText& t,
         absl::optional<absl::CivilMinute> ref, const NumberMemo* memo)
      : r_(impl.rules), nums_(impl.numbers), memo_(memo), t_(t), n_(t.tokens.size()), ref_(ref) {}

  absl::optional<ParsedDate> At(size_t i) const {
    if (i >= n_) return absl::nullopt;
    // Fillers ("pada", "hari", "tanggal") open a date and belong to its span.
    uint32_t kinds = 0;
    size_t j = i;
    for (int guard = 0; guard < 4; ++guard) {
      auto f = r_.fillers.MatchAt(t_, j);
      if (!f) break;
      // "early March": a word that is a filler ("early on Monday") and a month part reads
      // as the month part before a month.
      if (auto mp = r_.month_parts.MatchAt(t_, j); mp && MonthAt(mp->end)) break;
      kinds |= f->value->kinds;
      j = f->end;
    }
    absl::optional<Hit> best;
    if (j > i) {
      best = Any(j, kinds, /*opened=*/true);
      if (best && best->end > j) {
        best->d.first_token = static_cast<uint32_t>(i);
        best->d.end_token = static_cast<uint32_t>(best->end);
        return best->d;
      }
      // "hari" before a weekday is also what lets an ambiguous weekday count.
    }
    best = Any(i, k::kKindAll, /*opened=*/false);
    if (!best) return absl::nullopt;
    best->d.first_token = static_cast<uint32_t>(i);
    best->d.end_token = static_cast<uint32_t>(best->end);
    return best->d;
  }

 private:
  // ---- tokens ----
  absl::string_view Lower(size_t i) const { return t_.Lower(t_.tokens[i]); }
  bool Attached(size_t i) const { return i < n_ && !t_.tokens[i].space_before; }
  bool Punct(size_t i, absl::string_view p) const {
    return i < n_ && t_.tokens[i].kind == TokenKind::kPunct && t_.Text(t_.tokens[i]) == p;
  }
  // A plain integer token ("18", "2023"): digits only.
  bool Int(size_t i, int64_t* v, size_t* digits = nullptr) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return false;
    absl::string_view s = t_.Text(t_.tokens[i]);
    if (s.empty() || s.size() > 9) return false;
    int64_t x = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return false;
      x = x * 10 + (c - '0');
    }
    if (digits) *digits = s.size();
    *v = x;
    return true;
  }
  absl::CivilDay RefDay() const { return absl::CivilDay(*ref_); }

  // ---- dispatch ----
  absl::optional<Hit> Any(size_t i, uint32_t kinds, bool opened) const {
    absl::optional<Hit> best;
    auto consider = [&](absl::optional<Hit>&& h) { KeepLongest(&best, std::move(h)); };
    if (kinds & (k::kKindDate | k::kKindWeekday | k::kKindRelative)) consider(Range(i, opened));
    if (kinds & k::kKindDate) {
      consider(WithTime(DayMonth(i)));
      consider(WithTime(MonthDay(i)));
      consider(WithTime(Numeric(i, opened)));
    }
    if (kinds & k::kKindWeekday) consider(Weekday(i, opened));
    if (kinds & (k::kKindWeekday | k::kKindRelative | k::kKindMonth)) consider(Prefixed(i));
    if (kinds & k::kKindRelative) {
      consider(RelativeDay(i));
      consider(RelativeUnit(i));
      consider(RelativeCount(i));
    }
    if (kinds & k::kKindMonth) {
      consider(MonthRange(i));
      consider(MonthYear(i));
      consider(Month(i, opened));
      consider(MonthPart(i));
    }
    if (kinds & k::kKindYear) {
      consider(Year(i, opened));
    } else if ((kinds & k::kKindYearClause) && opened) {
      if (auto y = Year(i, opened); y && (Punct(y->end, ",") || r_.year_clause_followers.MatchAt(t_, y->end))) {
        consider(std::move(y));
      }
    }
    if (kinds & k::kKindDate) consider(WeekOfYear(i));
    if (kinds & (k::kKindDate | k::kKindMonth)) consider(PeriodOfYear(i));
    if (kinds & k::kKindTime) consider(Time(i));
    if (kinds & k::kKindDayPart) consider(DayPart(i));
    return best;
  }

  // ---- resolution helpers ----
  void SetDay(ParsedDate* d, int64_t y, int m, int day) const {
    d->grain = DateGrain::kDay;
    if (!ValidDay(y, m, day)) {
      d->resolved = false;
      return;
    }
    d->resolved = true;
    d->from = d->to = absl::CivilMinute(absl::CivilDay(y, m, day));
  }

  // The year of a yearless month/day whose date opens at token i: this year, unless that
  // lies further ahead than the future window (then last year), or the mode points the
  // other way. With no future marker before it in its clause, the window is the unmarked
  // one ("hospitalised in November" in a June report is last November).
  int64_t InferYear(size_t i, int m, int day, Mode mode) const {
    absl::CivilDay ref = RefDay();
    int64_t y = ref.year();
    int dd = std::min(day, DaysInMonth(y, m));
    absl::CivilDay c(y, m, dd);
    if (mode == Mode::kPrevious) return c > ref ? y - 1 : y;
    if (mode == Mode::kNext) return c < ref ? y + 1 : y;
    const absl::CivilMonth month(c);
    if (month > FutureLimit()) return y - 1;
    if (month > absl::CivilMonth(ref) + r_.settings.unmarked_future_months && !FutureBefore(i)) {
      return y - 1;
    }
    return y;
  }

  // The last month the future window reaches from the reference day.
  absl::CivilMonth FutureLimit() const {
    return absl::CivilMonth(RefDay()) + r_.settings.future_window_months;
  }

  // The year of a yearless day whose date opens at token i: InferYear's, unless a future
  // marker stands before it in its clause and the day is past this year while next year's
  // lies in the future window ("Sentencing was set for Feb. 23" in a November report,
  // "sidang akan digelar 5 Januari" in a December one).
  int64_t InferYearAt(size_t i, int m, int day, Mode mode) const {
    const int64_t y = InferYear(i, m, day, mode);
    // (The calendar first: most days fail it, and the marker search walks the clause.)
    const bool past_with_next_in_window = absl::CivilDay(y, m, std::min(day, DaysInMonth(y, m))) < RefDay() &&
                                          absl::CivilMonth(y + 1, m) <= FutureLimit();
    return mode == Mode::kDefault && past_with_next_in_window && FutureBefore(i) ? y + 1 : y;
  }

  // A month name at i. When the pack says capitals decide, an ambiguous form counts only
  // capitalised ("they may march" has none), and capitalised inside a sentence it is a
  // month like any other ("in May"); opening a sentence it stays ambiguous.
  ABSL_ATTRIBUTE_ALWAYS_INLINE absl::optional<Lexicon<k::MonthForm>::Match> MonthAt(size_t i) const {
    auto m = r_.months.MatchAt(t_, i);
    if (!m || !m->value->ambiguous || !r_.month_needs_capital) return m;
    const Token& tok = t_.tokens[i];
    if (!t_.IsCapitalized(tok)) return absl::nullopt;
    if (t_.sentences.empty() || t_.sentences[tok.sentence].first_token != i) {
      m->value = &r_.plain_months[m->value->month];
    }
    return m;
  }

  absl::optional<Mode> ModeAt(size_t i, size_t* end) const {
    auto m = r_.modifiers.MatchAt(t_, i);
    if (!m) return absl::nullopt;
    *end = m->end;
    return *m->value;
  }

  // Weekday wd on the reference day or the first day after it.
  absl::CivilDay ComingWeekday(int wd) const {
    const absl::CivilDay ref = RefDay();
    return ref + (wd - WeekdayOf(ref) + 7) % 7;
  }

  // The day of weekday wd nearest the reference, back on a tie (today: today).
  absl::CivilDay NearestWeekday(int wd) const {
    const absl::CivilDay ref = RefDay();
    const int back = (WeekdayOf(ref) - wd + 7) % 7, ahead = (wd - WeekdayOf(ref) + 7) % 7;
    return back <= ahead ? ref - back : ref + ahead;
  }

  absl::CivilDay ResolveWeekday(int wd, Mode mode) const {
    absl::CivilDay ref = RefDay();
    int cur = WeekdayOf(ref);
    int back = (cur - wd + 7) % 7;     // days back to the most recent wd (0 = today)
    int ahead = (wd - cur + 7) % 7;    // days ahead to the next wd (0 = today)
    // Monday-based week start for "pekan lalu / depan".
    int ws = r_.settings.week_starts_on;
    absl::CivilDay week_start = ref - ((cur - ws + 7) % 7);
    int offset_in_week = (wd - ws + 7) % 7;
    switch (mode) {
      case Mode::kPrevious: return ref - (back == 0 ? 7 : back);
      case Mode::kNext: return ref + (ahead == 0 ? 7 : ahead);
      case Mode::kThis: return week_start + offset_in_week;
      case Mode::kLastWeek: return week_start - 7 + offset_in_week;
      case Mode::kNextWeek: return week_start + 7 + offset_in_week;
      case Mode::kDefault: break;
    }
    switch (r_.settings.weekday_policy) {
      case WeekdayPolicy::kPast: return ref - back;
      case WeekdayPolicy::kFuture: return ComingWeekday(wd);
      case WeekdayPolicy::kNearest: return NearestWeekday(wd);
    }
    return ref - back;
  }

  // ---- clock ----
  // "14.40", "14:40", "20:32:13", "3": hour and minute at i.
  bool Clock(size_t i, bool bare, int* h, int* m, int* sec, size_t* end) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return false;
    absl::string_view s = t_.Text(t_.tokens[i]);
    *sec = 0;
    // One separator: "14.40".
    const size_t sep = s.find_first_of(".,");
    if (sep != absl::string_view::npos && s.find_first_of(".,", sep + 1) == absl::string_view::npos &&
        absl::StrContains(r_.settings.clock_separators, s[sep])) {
      const absl::string_view hours = s.substr(0, sep), minutes = s.substr(sep + 1);
      if (bare || hours.size() > 2 || minutes.size() != 2) return false;
      int64_t hh, mm;
      if (!absl::SimpleAtoi(hours, &hh) || !absl::SimpleAtoi(minutes, &mm)) return false;
      if (hh > 24 || mm > 59) return false;
      *h = static_cast<int>(hh);
      *m = static_cast<int>(mm);
      *end = i + 1;
      return true;
    }
    int64_t hh;
    size_t digits;
    if (!Int(i, &hh, &digits) || digits > 2 || hh > 24) return false;
    size_t j = i + 1;
    int64_t mm = 0, ss = 0;
    bool minutes = false, seconds = false;
    if (Punct(j, ":") && Attached(j) && Attached(j + 1) && Int(j + 1, &mm, &digits) && digits == 2 && mm < 60) {
      minutes = true;
      j += 2;
      if (Punct(j, ":") && Attached(j) && Attached(j + 1) && Int(j + 1, &ss, &digits) && digits == 2 &&
          ss < 60) {
        seconds = true;
        j += 2;
      }
    }
    if (bare && !(seconds || !r_.settings.bare_clock_needs_seconds)) return false;
    if (bare && !minutes) return false;
    *h = static_cast<int>(hh);
    *m = static_cast<int>(mm);
    *sec = static_cast<int>(ss);
    *end = j;
    return true;
  }

  // A day part after a clock hour moves it into the part's window ("jam 3 sore" = 15).
  int AdjustHour(int h, const k::DayPart& p) const {
    if (!p.has_window || h >= 12) return h;
    auto in = [&](int x) { return HourInWindow(x, p.window_from, p.window_to); };
    if (!in(h) && in(h + 12)) return h + 12;
    return h;
  }

  // "pukul 14.40 WIB", "jam 3 sore", "pukul 09.00 - 11.00": a time on the reference day
  // (or on `day` when given).
  absl::optional<Hit> TimeAt(size_t i, bool need_marker, absl::optional<absl::CivilDay> day) const {
    size_t j = i;
    auto marker = r_.time_markers.MatchAt(t_, i);
    // "2 jam 15 menit": after a count, "jam" is a unit of duration, not a clock marker.
    if (marker && i > 0 && t_.tokens[i - 1].kind == TokenKind::kNumber && r_.units.MatchAt(t_, i)) {
      return absl::nullopt;
    }
    if (marker) j = marker->end;
    int h, m, sec;
    size_t end;
    // "3 p.m.", "10:30 am": an hour of a 12-hour clock with its suffix needs no marker.
    bool suffixed = false;
    if (!marker && r_.clock_suffixes.size() != 0 && Clock(j, /*bare=*/false, &h, &m, &sec, &end) &&
        h <= 12 && r_.clock_suffixes.MatchAt(t_, end)) {
      suffixed = true;
    }
    // "09.28 WIB", "1640 GMT": a time followed by a zone whose offset is known needs no
    // marker either (a four-digit time only so).
    bool four_digits = false;
    if (!marker && !suffixed) {
      int64_t hhmm;
      size_t digits;
      if (Clock(j, /*bare=*/false, &h, &m, &sec, &end) &&
          (end > j + 1 || t_.Text(t_.tokens[j]).find_first_of(".,") != absl::string_view::npos) &&
          KnownZoneAt(end)) {
        suffixed = true;
      } else if (Int(j, &hhmm, &digits) && digits == 4 && hhmm / 100 < 24 && hhmm % 100 < 60 &&
                 KnownZoneAt(j + 1)) {
        h = static_cast<int>(hhmm / 100);
        m = static_cast<int>(hhmm % 100);
        sec = 0;
        end = j + 1;
        suffixed = four_digits = true;
      }
    }
    if (need_marker && !marker && !suffixed) return absl::nullopt;
    const bool worded = marker && !suffixed && WordedHour(j, &h, &end);
    if (worded) m = sec = 0;
    if (!four_digits && !worded && !Clock(j, /*bare=*/!marker && !suffixed, &h, &m, &sec, &end)) return absl::nullopt;
    if (!marker && !suffixed && end == j + 1) return absl::nullopt;
    if (end < n_ && r_.units.MatchAt(t_, end)) return absl::nullopt;  // "jam 15 menit"
    Hit hit;
    hit.d.has_time = true;
    hit.d.second = sec;
    hit.d.grain = DateGrain::kMinute;
    hit.d.rule = "date.time";
    j = end;
    if (auto p = r_.day_parts_after.MatchAt(t_, j)) {
      h = AdjustHour(h, *p->value);
      j = p->end;
    } else if (auto c = r_.clock_suffixes.MatchAt(t_, j); c && h <= 12) {
      h = h == 12 ? (c->value->window_from == 0 ? 0 : 12) : AdjustHour(h, *c->value);
      j = c->end;
    }
    absl::optional<int> h2, m2;
    // "09.00 - 11.00": a time range; after a range opener, joined by its own connectives
    // ("antara pukul 09.00 dan 15.00", "between 9am and 3pm"), the second time with a
    // marker or a suffix of its own ("sampai pukul 15.00", "to 3 p.m.").
    const Lexicon<int>* conns = &r_.connectives;
    if (auto op = i > 0 ? r_.openers.MatchEndingAt(t_, i) : absl::nullopt) conns = &r_.opener_connectives[*op->value];
    if (auto c = conns->MatchAt(t_, j)) {
      size_t s2 = c->end;
      const auto marker2 = r_.time_markers.MatchAt(t_, s2);
      if (marker2) s2 = marker2->end;
      int hh, mm, ss;
      size_t e2;
      if (Clock(s2, /*bare=*/false, &hh, &mm, &ss, &e2)) {
        const auto suffix2 = hh <= 12 ? r_.clock_suffixes.MatchAt(t_, e2) : absl::nullopt;
        if (marker2 || suffix2 || e2 != s2 + 1 ||
            t_.Text(t_.tokens[s2]).find_first_of(".:") != absl::string_view::npos) {
          if (suffix2) {
            hh = hh == 12 ? (suffix2->value->window_from == 0 ? 0 : 12) : AdjustHour(hh, *suffix2->value);
            e2 = suffix2->end;
          }
          h2 = hh;
          m2 = mm;
          j = e2;
        }
      }
    }
    if (auto z = r_.time_zones.MatchAt(t_, j)) {
      hit.d.has_tz = *z->value != DateRules::kUnknownZone;
      hit.d.tz_offset_minutes = hit.d.has_tz ? *z->value : 0;
      j = z->end;
    }
    if (!day && !ref_) {
      hit.d.resolved = false;
    } else {
      absl::CivilDay base = day ? *day : RefDay();
      hit.d.resolved = true;
      hit.d.from = absl::CivilMinute(base) + (h * 60 + m);
      hit.d.to = h2 ? absl::CivilMinute(base) + (*h2 * 60 + *m2) : hit.d.from;
      hit.d.is_range = h2.has_value();
    }
    hit.end = j;
    return hit;
  }

  // The number starting at token j: the memo's parse when there is one, else the
  // parser's; none without a parser.
  absl::optional<ParsedNumber> NumberAt(size_t j) const {
    if (memo_ != nullptr) return memo_->ParseAt(j);
    if (nums_ != nullptr) return nums_->ParseAt(t_, j);
    return absl::nullopt;
  }

  // An hour written in words after a clock marker, with a day part or a clock suffix
  // after it ("pukul sepuluh pagi", "pukul delapan malam"): *h and *end, the token after
  // the words.
  bool WordedHour(size_t j, int* h, size_t* end) const {
    if (j >= n_ || t_.tokens[j].kind != TokenKind::kWord) return false;
    const absl::optional<ParsedNumber> num = NumberAt(j);
    if (!num || !num->words || num->vague || num->ordinal || !(num->value >= 1 && num->value <= 12) ||
        num->value != std::floor(num->value)) {
      return false;
    }
    if (!r_.day_parts_after.MatchAt(t_, num->end_token) && !r_.clock_suffixes.MatchAt(t_, num->end_token)) return false;
    *h = static_cast<int>(num->value);
    *end = num->end_token;
    return true;
  }

  // Whether a time zone with a known offset is named at token j.
  bool KnownZoneAt(size_t j) const {
    auto z = r_.time_zones.MatchAt(t_, j);
    return z && *z->value != DateRules::kUnknownZone;
  }

  absl::optional<Hit> Time(size_t i) const { return TimeAt(i, /*need_marker=*/false, absl::nullopt); }

  // A day-level date may be followed by a day part and a time of day.
  absl::optional<Hit> WithTime(absl::optional<Hit> h) const {
    if (!h) return h;
    size_t j = h->end;
    if (auto p = r_.day_parts_after.MatchAt(t_, j)) {
      // (After a day, "itu" and "hari" leave the part the day's: "Rabu (4/3/2020)
      // petang itu"; a filler that opens another date does not, "tengah malam pada".)
      if (!r_.day_part_not_before.MatchAt(t_, p->end) || !r_.fillers.MatchAt(t_, p->end)) {
        h->d.day_part_hour = p->value->hour;
        if (p->value->has_window) {
          h->d.day_part_from = p->value->window_from;
          h->d.day_part_to = p->value->window_to;
        }
        j = p->end;
      }
    }
    if (h->d.grain == DateGrain::kDay) {
      absl::optional<absl::CivilDay> day;
      if (h->d.resolved) day = absl::CivilDay(h->d.from);
      auto tm = TimeAt(j, /*need_marker=*/true, day);
      // "Monday at 3 p.m.": a filler that opens a time, then a time that needs none.
      if (!tm) {
        if (auto f = r_.fillers.MatchAt(t_, j); f && (f->value->kinds & k::kKindTime)) {
          tm = TimeAt(f->end, /*need_marker=*/false, day);
        }
      }
      if (tm && h->d.resolved && !h->d.is_range) {
        h->d.from = tm->d.from;
        h->d.to = tm->d.to;
        h->d.has_time = true;
        h->d.grain = DateGrain::kMinute;
        h->d.has_tz = tm->d.has_tz;
        h->d.tz_offset_minutes = tm->d.tz_offset_minutes;
        j = tm->end;
      }
    }
    h->end = j;
    return h;
  }

  // ---- dates ----
  // A year after a day and month: "1945", "tahun 1945", "500 SM", "'23" is not handled.
  bool YearAt(size_t i, int64_t* y, size_t* end, bool need_four_digits = true) const {
    size_t j = i;
    if (auto mk = r_.year_markers.MatchAt(t_, j)) j = mk->end;
    int64_t v;
    size_t digits;
    if (!Int(j, &v, &digits)) return false;
    size_t e = j + 1;
    int sign = 0;
    if (auto era = r_.eras.MatchAt(t_, e)) {
      sign = *era->value;
      e = era->end;
    }
    if (sign == 0 && need_four_digits && digits != 4) return false;
    if (digits > 4 || v == 0) return false;
    *y = sign < 0 ? -v : v;
    *end = e;
    return true;
  }

  // A year named relative to the report's at token j ("last year", "this year", "tahun
  // lalu", "tahun ini"): its offset from the report's year and the token after it.
  absl::optional<std::pair<int, size_t>> NamedYearAt(size_t j) const {
    const auto pm = r_.prefix_modifiers.size() != 0 ? r_.prefix_modifiers.MatchAt(t_, j) : absl::nullopt;
    const auto u = r_.alone_units.MatchAt(t_, pm ? pm->end : j);
    if (!u || u->value->months != 12) return absl::nullopt;
    size_t ue = u->end;
    const absl::optional<Mode> md = pm ? absl::optional<Mode>(*pm->value) : ModeAt(u->end, &ue);
    if (!md || (*md != Mode::kPrevious && *md != Mode::kNext && *md != Mode::kThis)) return absl::nullopt;
    return std::make_pair(*md == Mode::kPrevious ? -1 : *md == Mode::kNext ? 1 : 0, ue);
  }

  // A yearless day ("May 25", "25 Mei") followed by a year named relative to the report's
  // at token j ("May 25 last year", "25 Mei tahun lalu"): that day of that year.
  bool DayOfNamedYear(size_t j, int month, int day, Hit* h) const {
    const auto named = ref_ ? NamedYearAt(j) : absl::nullopt;
    if (!named) return false;
    SetDay(&h->d, RefDay().year() + named->first, month, day);
    h->d.year_certain = true;
    h->end = named->second;
    return true;
  }

  // "17 Agustus 1945", "1 September", "17 Maret lalu".
  absl::optional<Hit> DayMonth(size_t i) const {
    int64_t day;
    size_t digits;
    if (!Int(i, &day, &digits) || digits > 2 || day < 1 || day > 31) return absl::nullopt;
    auto mo = MonthAt(i + 1);
    if (!mo) return absl::nullopt;
    Hit h;
    size_t j = mo->end;
    int64_t y;
    size_t ye;
    if (YearAt(j, &y, &ye)) {
      SetDay(&h.d, y, mo->value->month, static_cast<int>(day));
      h.d.rule = "date.day_month_year";
      h.end = ye;
      return h;
    }
    h.d.rule = "date.day_month";
    if (DayOfNamedYear(j, mo->value->month, static_cast<int>(day), &h)) return h;
    Mode mode = Mode::kDefault;
    size_t me;
    if (auto md = ModeAt(j, &me); md && (*md == Mode::kPrevious || *md == Mode::kNext)) {
      mode = *md;
      j = me;
    }
    h.d.year_certain = false;
    h.end = j;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    SetDay(&h.d, InferYearAt(i, mo->value->month, static_cast<int>(day), mode), mo->value->month,
           static_cast<int>(day));
    return h;
  }

  // "September 23, 2026", "Nov 10" (the English order some outlets copy).
  absl::optional<Hit> MonthDay(size_t i, bool range_end = false) const {
    auto mo = MonthAt(i);
    if (!mo) return absl::nullopt;
    size_t j = mo->end;
    int64_t day;
    size_t digits;
    if (!Int(j, &day, &digits) || digits > 2 || day < 1 || day > 31) return absl::nullopt;
    if (Punct(j + 1, ":") && Attached(j + 1)) return absl::nullopt;  // "Januari 12:00"
    // "March 13-15", "Nov 10 to 12", "March 30 to April 2": a range's first end. A spaced
    // dash before no number is a dateline's ("PELLHAM, March 13 - Forty-nine people were
    // killed"), and a word before no number or month joins no range ("cut rates on March 9
    // to a range of 2% to 2.25%").
    if (auto c = range_end ? absl::nullopt : r_.connectives.MatchAt(t_, j + 1)) {
      int64_t next;
      size_t next_digits;
      // (A day before the first ends no range: "pleaded guilty on June 9 to 7 counts".)
      const bool second_end = (Int(c->end, &next, &next_digits) && next > day && next <= 31) ||
                              MonthAt(c->end).has_value();
      const bool tight_mark = t_.tokens[j + 1].kind == TokenKind::kPunct && Attached(j + 1);
      if (second_end || tight_mark) return absl::nullopt;
    } else if (!range_end && Punct(j + 1, "-")) {
      return absl::nullopt;
    }
    Hit h;
    size_t e = j + 1;
    if (Punct(e, ",")) ++e;
    int64_t y;
    size_t ye;
    if (YearAt(e, &y, &ye)) {
      SetDay(&h.d, y, mo->value->month, static_cast<int>(day));
      h.d.rule = "date.month_day_year";
      h.end = ye;
      return h;
    }
    // A yearless "Nov 10" must not run into a following number.
    if (j + 1 < n_ && t_.tokens[j + 1].kind == TokenKind::kNumber) return absl::nullopt;
    h.d.rule = "date.month_day";
    if (DayOfNamedYear(j + 1, mo->value->month, static_cast<int>(day), &h)) return h;
    h.d.year_certain = false;
    h.end = j + 1;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    SetDay(&h.d, InferYearAt(i, mo->value->month, static_cast<int>(day), Mode::kDefault),
           mo->value->month, static_cast<int>(day));
    return h;
  }

  // "18/10", "18/10/2023", "2023-10-18", "18.10.2023".
  absl::optional<Hit> Numeric(size_t i, bool opened) const {
    if (i >= n_ || t_.tokens[i].kind != TokenKind::kNumber) return absl::nullopt;
    // Up to three parts and the separators between them, without allocating.
    int64_t parts[3];
    size_t digits[3];
    absl::string_view seps[2];
    size_t count = 0;
    size_t j = i;
    absl::string_view first = t_.Text(t_.tokens[i]);
    if (first.find('.') != absl::string_view::npos) {
      // "18.10.2023" is one number token.
      if (!absl::StrContains(r_.settings.numeric_separators, '.')) return absl::nullopt;
      if (std::count(first.begin(), first.end(), '.') != 2) return absl::nullopt;
      for (absl::string_view p : absl::StrSplit(first, '.')) {
        int64_t v;
        if (!absl::SimpleAtoi(p, &v)) return absl::nullopt;
        if (count < 2) seps[count] = ".";
        parts[count] = v;
        digits[count] = p.size();
        ++count;
      }
      j = i + 1;
    } else {
      int64_t v;
      size_t d;
      if (!Int(i, &v, &d)) return absl::nullopt;
      parts[0] = v;
      digits[0] = d;
      count = 1;
      j = i + 1;
      while (count < 3 && j + 1 < n_ && Attached(j) && Attached(j + 1) &&
             t_.tokens[j].kind == TokenKind::kPunct &&
             absl::StrContains(r_.settings.numeric_separators, t_.Text(t_.tokens[j])) &&
             Int(j + 1, &v, &d)) {
        if (count > 1 && seps[count - 2] != t_.Text(t_.tokens[j])) return absl::nullopt;
        seps[count - 1] = t_.Text(t_.tokens[j]);
        parts[count] = v;
        digits[count] = d;
        ++count;
        j += 2;
      }
      // "1/2/3/4" or "18/10/2023/5": not a date.
      if (j + 1 < n_ && Attached(j) && t_.tokens[j].kind == TokenKind::kPunct &&
          absl::StrContains(r_.settings.numeric_separators, t_.Text(t_.tokens[j])) && Attached(j + 1) &&
          t_.tokens[j + 1].kind == TokenKind::kNumber) {
        return absl::nullopt;
      }
    }
    if (count < 2) return absl::nullopt;
    int64_t y = 0, m, d;
    bool has_year = count == 3;
    if (has_year && digits[0] == 4) {
      y = parts[0];
      m = parts[1];
      d = parts[2];
    } else {
      if (digits[0] > 2 || digits[1] > 2) return absl::nullopt;
      d = r_.settings.numeric_day_first ? parts[0] : parts[1];
      m = r_.settings.numeric_day_first ? parts[1] : parts[0];
      if (has_year) {
        if (digits[2] == 4) {
          y = parts[2];
        } else if (digits[2] == 2) {
          y = parts[2] + (parts[2] < r_.settings.two_digit_year_pivot ? 2000 : 1900);
        } else {
          return absl::nullopt;
        }
      } else {
        if (!absl::StrContains(r_.settings.numeric_day_month_separators, seps[0])) return absl::nullopt;
        if (!opened && (digits[0] < static_cast<size_t>(r_.settings.numeric_bare_min_digits) ||
                        digits[1] < static_cast<size_t>(r_.settings.numeric_bare_min_digits))) {
          // "3/4" alone is a fraction or a score; "18/10" and "(5/9)" are dates.
          bool paren = i > 0 && Punct(i - 1, "(") && Punct(j, ")");
          if (!paren) return absl::nullopt;
        }
      }
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return absl::nullopt;
    Hit h;
    h.d.rule = "date.numeric";
    h.end = j;
    if (has_year) {
      SetDay(&h.d, y, static_cast<int>(m), static_cast<int>(d));
    } else if (ref_) {
      h.d.year_certain = false;
      SetDay(&h.d, InferYearAt(i, static_cast<int>(m), static_cast<int>(d), Mode::kDefault), static_cast<int>(m),
             static_cast<int>(d));
    } else {
      h.d.resolved = false;
      h.d.year_certain = false;
    }
    return h;
  }

  // The date inside "Rabu (18/10)" or after "Senin, ".
  absl::optional<Hit> InnerDate(size_t i) const {
    absl::optional<Hit> best;
    KeepLongest(&best, DayMonth(i));
    KeepLongest(&best, MonthDay(i));
    KeepLongest(&best, Numeric(i, /*opened=*/true));
    return best;
  }

  // Whether a future marker stands among the few words before token i in its clause
  // ("Operasi akan dilanjutkan Senin pagi", "Talks will resume on Monday", "She is expected
  // to visit the affected areas on Sunday").
  // `past_plan`, when given, says whether the marker is in the past, a past_auxiliaries
  // word right before it ("a payment that was due on Monday", "the match, which was due
  // to be played on Tuesday"): a plan told after it was made, whose day may have passed.
  bool FutureBefore(size_t i, bool* past_plan = nullptr) const {
    if (past_plan != nullptr) *past_plan = false;
    if (r_.future_markers.empty()) return false;
    constexpr size_t kWindow = 8;
    const uint32_t sentence = t_.tokens[i].sentence;
    std::string pair;  // two words, kept for its capacity
    for (size_t k = i; k > 0 && i - k < kWindow && t_.tokens[k - 1].sentence == sentence; --k) {
      if (t_.tokens[k - 1].kind == TokenKind::kPunct && Lower(k - 1) == ",") break;
      if (t_.tokens[k - 1].kind == TokenKind::kWord && r_.future_markers.contains(Lower(k - 1))) {
        if (past_plan != nullptr) {
          *past_plan = k >= 2 && t_.tokens[k - 2].kind == TokenKind::kWord && t_.tokens[k - 2].sentence == sentence &&
                       r_.past_auxiliaries.contains(Lower(k - 2));
        }
        return true;
      }
      // A marker of two words ("called for a 10th day of protests on Tuesday").
      if (k >= 2 && t_.tokens[k - 1].kind == TokenKind::kWord && t_.tokens[k - 2].kind == TokenKind::kWord &&
          t_.tokens[k - 2].sentence == sentence) {
        pair.clear();
        absl::StrAppend(&pair, Lower(k - 2), " ", Lower(k - 1));
        if (r_.future_markers.contains(pair)) return true;
      }
    }
    return false;
  }

  // "From Thursday, the city ... will be divided": a weekday right after an onset word
  // (future_onsets), with a future marker further on in its sentence, within a window.
  bool FutureAfterOnset(size_t i, size_t end) const {
    if (r_.future_onsets.empty() || i == 0 || t_.tokens[i - 1].kind != TokenKind::kWord ||
        !r_.future_onsets.contains(Lower(i - 1))) {
      return false;
    }
    constexpr size_t kWindow = 12;
    const uint32_t sentence = t_.tokens[i].sentence;
    for (size_t k = end; k < t_.tokens.size() && k - end < kWindow && t_.tokens[k].sentence == sentence; ++k) {
      if (t_.tokens[k].kind == TokenKind::kWord && r_.future_markers.contains(Lower(k))) return true;
    }
    return false;
  }

  bool WeekdayCounts(size_t i, const k::WeekdayForm& w, size_t end) const {
    if (i > 0 && r_.weekday_not_after.size() != 0 && r_.weekday_not_after.MatchEndingAt(t_, i)) {
      return false;  // "Good Friday"
    }
    if (!w.ambiguous) return true;
    if (i > 0 && r_.weekday_after.MatchEndingAt(t_, i)) return true;
    if (r_.weekday_needs_capital && !t_.IsCapitalized(t_.tokens[i])) return false;
    // "Mon Valley Works": a short form before a capitalised word that is no month is part
    // of a name ("Mon Oct 3" is a day).
    if (end < n_ && t_.tokens[end].kind == TokenKind::kWord && t_.tokens[end].sentence == t_.tokens[i].sentence &&
        t_.IsCapitalized(t_.tokens[end]) && !MonthAt(end)) {
      return false;
    }
    return !r_.weekday_not_before.MatchAt(t_, end);
  }

  // "Minggu (10/9/2022)", where 10 September 2022 was a Saturday: the writer got the day
  // or the date wrong, and which one is not known. The mention stays a date, unresolved,
  // so it dates nothing.
  static void MarkWrongWeekday(Hit* h) {
    h->d.weekday_mismatch = h->d.resolved && h->d.grain == DateGrain::kDay && !h->d.is_range &&
                            WeekdayOf(absl::CivilDay(h->d.from)) != h->d.weekday;
  }

  // A date's part of the day: its nominal hour and its window of hours, when it has one.
  static void SetDayPart(const internal_dates::DayPart& part, Hit* h) {
    h->d.day_part_hour = part.hour;
    if (part.has_window) {
      h->d.day_part_from = part.window_from;
      h->d.day_part_to = part.window_to;
    }
  }

  // "Rabu", "Rabu malam", "Senin depan", "Rabu (18/10)", "Senin, 5 Februari 2024".
  absl::optional<Hit> Weekday(size_t i, bool opened,
                              absl::optional<Mode> forced = absl::nullopt) const {
    (void)opened;
    auto wd = r_.weekdays.MatchAt(t_, i);
    if (!wd || !WeekdayCounts(i, *wd->value, wd->end)) return absl::nullopt;
    size_t j = wd->end;
    Hit h;
    h.d.weekday = wd->value->weekday;
    // "Senin malam (13/7)": a day part may stand between the weekday and its date.
    size_t paren = j;
    const auto part = Punct(j, "(") ? absl::nullopt : r_.day_parts_after.MatchAt(t_, j);
    if (part) paren = part->end;
    if (Punct(paren, "(")) {
      if (auto in = InnerDate(paren + 1); in && Punct(in->end, ")")) {
        h = *in;
        h.d.weekday = wd->value->weekday;
        h.d.rule = "date.weekday_paren";
        h.end = in->end + 1;
        if (part) SetDayPart(*part->value, &h);
        MarkWrongWeekday(&h);
        return WithTime(h);
      }
    }
    // "Monday, 5 February 2024", "Tuesday 8 August" (the comma left out, as British
    // papers write it), "Thursday night, January 13" (a day part between).
    if (const size_t at = Punct(paren, ",") ? paren + 1 : paren; at < n_) {
      if (auto in = InnerDate(at)) {
        h = *in;
        h.d.weekday = wd->value->weekday;
        h.d.rule = "date.weekday_date";
        if (part) SetDayPart(*part->value, &h);
        MarkWrongWeekday(&h);
        return WithTime(h);
      }
    }
    Mode mode = Mode::kDefault;
    size_t me;
    if (forced) {
      mode = *forced;
    } else if (auto md = ModeAt(j, &me)) {
      mode = *md;
      j = me;
    }
    h.d.rule = "date.weekday";
    h.end = j;
    if (!ref_) {
      h.d.resolved = false;
      return WithTime(h);
    }
    // "dijadwalkan tiba pada Kamis siang" written on a Thursday: today, the coming such
    // day (an explicit "next" modifier means the week after).
    // ("that was due on Monday" in a report of Tuesday: the Monday just gone; "which was
    // due to be played on Tuesday" in a report of Monday: the coming one. The nearer.)
    bool past_plan = false;
    const bool forward = mode == Mode::kDefault && (FutureBefore(i, &past_plan) || FutureAfterOnset(i, j));
    const absl::CivilDay d = past_plan  ? NearestWeekday(wd->value->weekday)
                             : forward ? ComingWeekday(wd->value->weekday)
                                       : ResolveWeekday(wd->value->weekday, mode);
    h.d.resolved = true;
    h.d.grain = DateGrain::kDay;
    h.d.from = h.d.to = absl::CivilMinute(d);
    return WithTime(h);
  }

  // "kemarin", "hari ini", "besok pukul 10.30", "Kemarin (18/10)".
  absl::optional<Hit> RelativeDay(size_t i) const {
    auto rd = r_.relative_days.MatchAt(t_, i);
    if (!rd) return absl::nullopt;
    if (r_.settings.capitalized_relative_day_is_name && t_.IsCapitalized(t_.tokens[i]) &&
        !t_.sentences.empty() && t_.sentences[t_.tokens[i].sentence].first_token != i) {
      return absl::nullopt;  // "Bay Today | Wednesday"
    }
    Hit h;
    size_t j = rd->end;
    if (Punct(j, "(")) {
      if (auto in = InnerDate(j + 1); in && Punct(in->end, ")")) {
        h = *in;
        h.d.rule = "date.relative_day_paren";
        h.end = in->end + 1;
        return WithTime(h);
      }
    }
    h.d.rule = "date.relative_day";
    h.end = j;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    h.d.resolved = true;
    if (rd->value->now) {
      h.d.grain = DateGrain::kMinute;
      h.d.from = h.d.to = *ref_;
      return h;
    }
    h.d.grain = DateGrain::kDay;
    h.d.from = h.d.to = absl::CivilMinute(RefDay() + rd->value->days);
    return WithTime(h);
  }

  // "tadi malam", "tengah malam", "sore".
  absl::optional<Hit> DayPart(size_t i) const {
    auto p = r_.day_parts_alone.MatchAt(t_, i);
    if (!p) return absl::nullopt;
    if (i > 0 && r_.day_part_not_after.MatchEndingAt(t_, i)) return absl::nullopt;
    if (r_.day_part_not_before.MatchAt(t_, p->end)) return absl::nullopt;
    Hit h;
    h.d.rule = "date.day_part";
    h.d.day_part_hour = p->value->hour;
    h.end = p->end;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    h.d.resolved = true;
    h.d.grain = DateGrain::kDay;
    h.d.from = h.d.to = absl::CivilMinute(RefDay() + p->value->days);
    return h;
  }

  void SetUnitOffset(ParsedDate* d, const k::Unit& u, int64_t count) const {
    absl::CivilMinute ref = *ref_;
    d->resolved = true;
    d->grain = u.grain;
    if (u.months != 0) {
      absl::CivilMonth m = absl::CivilMonth(ref) + u.months * count;
      int day = std::min(static_cast<int>(ref.day()), DaysInMonth(m.year(), m.month()));
      d->from = absl::CivilMinute(absl::CivilDay(m.year(), m.month(), day));
    } else {
      d->from = ref + u.minutes * count;
    }
    d->from = Truncate(d->from, d->grain);
    d->to = d->from;
  }

  // "last Monday", "next week", "this year", "last March": a prefix modifier and the
  // weekday, unit or month it points with.
  absl::optional<Hit> Prefixed(size_t i) const {
    if (r_.prefix_modifiers.size() == 0) return absl::nullopt;
    auto pm = r_.prefix_modifiers.MatchAt(t_, i);
    if (!pm) return absl::nullopt;
    const Mode mode = *pm->value;
    absl::optional<Hit> best;
    KeepLongest(&best, Weekday(pm->end, /*opened=*/true, mode));
    KeepLongest(&best, RelativeUnit(pm->end, mode));
    KeepLongest(&best, Month(pm->end, /*opened=*/true, mode));
    return best;
  }

  // "bulan lalu", "tahun depan", "pekan ini", "Minggu lalu".
  absl::optional<Hit> RelativeUnit(size_t i, absl::optional<Mode> forced = absl::nullopt) const {
    auto u = r_.alone_units.MatchAt(t_, i);
    if (!u) return absl::nullopt;
    size_t me = u->end;
    absl::optional<Mode> md = forced ? forced : ModeAt(u->end, &me);
    if (!md) return absl::nullopt;
    int64_t count;
    switch (*md) {
      case Mode::kPrevious: count = -1; break;
      case Mode::kNext: count = 1; break;
      case Mode::kThis: count = 0; break;
      default: return absl::nullopt;
    }
    Hit h;
    h.d.rule = "date.relative_unit";
    h.end = me;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    if (u->value->months == 0 && u->value->minutes == 7 * 24 * 60) {
      // "pekan lalu": the whole calendar week before this one, not one day of it.
      absl::CivilDay ref = RefDay();
      SetWeek(&h.d, ref - ((WeekdayOf(ref) - r_.settings.week_starts_on + 7) % 7) + 7 * count);
      return h;
    }
    SetUnitOffset(&h.d, *u->value, count);
    return h;
  }

  // "5 hari yang lalu", "setahun silam", "1 jam 30 menit yang lalu", "dalam 5 menit",
  // "dalam lima tahun terakhir".
  absl::optional<Hit> RelativeCount(size_t i) const {
    size_t j = i;
    bool before = false;
    bool period = false;
    int sign = 1;
    if (auto b = r_.count_before.MatchAt(t_, j)) {
      before = true;
      sign = b->value->sign;
      period = b->value->period;  // "in the past five years"
      j = b->end;
    }
    int64_t months = 0, minutes = 0;
    DateGrain grain = DateGrain::kYear;
    bool any = false;
    for (int guard = 0; guard < 4 && j < n_; ++guard) {
      size_t start = j;
      if (any) {
        if (auto jn = r_.count_joiners.MatchAt(t_, j)) j = jn->end;
      }
      int64_t count = 0;
      size_t after_count = j;
      absl::string_view w = j < n_ ? Lower(j) : absl::string_view();
      const k::Unit* unit = nullptr;
      size_t unit_end = 0;
      // "setahun": the one-prefix glued to a unit.
      for (const std::string& p : r_.one_prefixes) {
        if (unit == nullptr && WordStartsWith(w, p) && w.size() > p.size()) {
          if (const k::Unit* u = r_.units.Find(w.substr(p.size()))) {
            unit = u;
            count = 1;
            unit_end = j + 1;
          }
        }
      }
      // "in the past year", "over the last week": a period opened before it counts one
      // unit with no number.
      if (unit == nullptr && !any && before && period) {
        if (auto u = r_.units.MatchAt(t_, j)) {
          unit = u->value;
          count = 1;
          unit_end = u->end;
        }
      }
      if (unit == nullptr) {
        const absl::optional<ParsedNumber> num = NumberAt(j);
        // The range check comes first: converting a huge double to an integer is undefined.
        if (!num || num->vague || num->ordinal || !(num->value > 0 && num->value <= 10000) ||
            num->value != static_cast<int64_t>(num->value)) {
          j = start;
          break;
        }
        count = static_cast<int64_t>(num->value);
        after_count = num->end_token;
        auto u = r_.units.MatchAt(t_, after_count);
        if (!u) {
          j = start;
          break;
        }
        unit = u->value;
        unit_end = u->end;
      }
      months += unit->months * count;
      minutes += unit->minutes * count;
      grain = std::max(grain, unit->grain);
      any = true;
      j = unit_end;
    }
    if (!any) return absl::nullopt;
    if (auto a = r_.count_after.MatchAt(t_, j)) {
      sign = a->value->sign;
      period = a->value->period;
      j = a->end;
    } else if (!before) {
      return absl::nullopt;
    }
    Hit h;
    h.d.rule = "date.relative_count";
    h.end = j;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    absl::CivilMinute ref = *ref_;
    absl::CivilMinute at = ref;
    if (months != 0) {
      absl::CivilMonth m = absl::CivilMonth(ref) + sign * months;
      int day = std::min(static_cast<int>(ref.day()), DaysInMonth(m.year(), m.month()));
      at = absl::CivilMinute(absl::CivilDay(m.year(), m.month(), day)) + (ref.hour() * 60 + ref.minute());
    }
    at += sign * minutes;
    at = Truncate(at, grain);
    h.d.resolved = true;
    h.d.grain = grain;
    if (period) {
      h.d.is_range = true;
      h.d.from = std::min(at, Truncate(ref, grain));
      h.d.to = std::max(at, Truncate(ref, grain));
    } else {
      h.d.from = h.d.to = at;
    }
    return h;
  }

  // "Januari 2024", "Agustus tahun 1945".
  absl::optional<Hit> MonthYear(size_t i) const {
    auto mo = MonthAt(i);
    if (!mo) return absl::nullopt;
    int64_t y;
    size_t ye;
    if (!YearAt(mo->end, &y, &ye)) return absl::nullopt;
    Hit h;
    h.d.rule = "date.month_year";
    h.d.resolved = true;
    h.d.grain = DateGrain::kMonth;
    h.d.from = h.d.to = absl::CivilMinute(absl::CivilDay(y, mo->value->month, 1));
    h.end = ye;
    return h;
  }

  void SetMonth(ParsedDate* d, int64_t y, int m) const {
    d->resolved = true;
    d->grain = DateGrain::kMonth;
    d->from = d->to = absl::CivilMinute(absl::CivilDay(y, m, 1));
  }

  // "pada bulan Desember", "pada Juli lalu", "Oktober lalu".
  absl::optional<Hit> Month(size_t i, bool opened, absl::optional<Mode> forced = absl::nullopt) const {
    size_t j = i;
    bool marker = false;
    if (auto mk = r_.month_markers.MatchAt(t_, j)) {
      j = mk->end;
      marker = true;
    }
    auto mo = MonthAt(j);
    if (!mo || mo->value->ambiguous) return absl::nullopt;
    j = mo->end;
    Mode mode = Mode::kDefault;
    size_t me;
    if (forced) {
      if (*forced != Mode::kPrevious && *forced != Mode::kNext && *forced != Mode::kThis) {
        return absl::nullopt;
      }
      mode = *forced;
    }
    // "in February this year", "in March last year", "Februari tahun lalu": the month of
    // the year so named.
    int year_offset = 0;
    bool year_named = false;
    if (!forced) {
      if (const auto named = NamedYearAt(j)) {
        year_offset = named->first;
        year_named = true;
        j = named->second;
      }
    }
    if (!forced && !year_named) {
      if (auto md = ModeAt(j, &me); md && (*md == Mode::kPrevious || *md == Mode::kNext || *md == Mode::kThis)) {
        mode = *md;
        j = me;
      }
    }
    if (!opened && !marker && mode == Mode::kDefault && !year_named) return absl::nullopt;
    Hit h;
    h.d.rule = "date.month";
    h.d.year_certain = year_named;
    h.end = j;
    if (!ref_) {
      h.d.resolved = false;
      return h;
    }
    if (year_named) {
      SetMonth(&h.d, RefDay().year() + year_offset, mo->value->month);
      return h;
    }
    int64_t y = mode == Mode::kThis ? RefDay().year() : InferYear(i, mo->value->month, 1, mode);
    if (mode == Mode::kPrevious && absl::CivilMonth(y, mo->value->month) >= absl::CivilMonth(RefDay())) --y;
    SetMonth(&h.d, y, mo->value->month);
    return h;
  }

  // The months of year `y` that a month part's days stand for as a share of a month:
  // the first ten days, January to April; the middle, April to August; the last,
  // August to December. The hit ends at token `end`.
  Hit YearPart(const internal_dates::MonthPart& part, int64_t y, size_t end) const {
    constexpr int kDays = 31, kMonths = 12;
    const int from_month = 1 + (std::max(part.from_day, 1) - 1) * kMonths / kDays;
    const int to_month = std::min(kMonths, (std::min(part.to_day, kDays) * kMonths + kDays - 1) / kDays);
    return RangeHit("date.year_part", DateGrain::kMonth, absl::CivilDay(y, from_month, 1),
                    absl::CivilDay(y, to_month, DaysInMonth(y, to_month)), end);
  }

  // A resolved range of days [from, to] of `grain`, produced by `rule`, ending at token `end`.
  static Hit RangeHit(absl::string_view rule, DateGrain grain, absl::CivilDay from, absl::CivilDay to, size_t end) {
    Hit h;
    h.end = end;
    h.d.rule = rule;
    h.d.is_range = true;
    h.d.resolved = true;
    h.d.grain = grain;
    h.d.from = absl::CivilMinute(from);
    h.d.to = absl::CivilMinute(to);
    return h;
  }

  // "akhir Juli", "awal Januari 2024", "akhir bulan ini", "pertengahan bulan lalu".
  absl::optional<Hit> MonthPart(size_t i) const {
    auto part = r_.month_parts.MatchAt(t_, i);
    if (!part) return absl::nullopt;
    size_t j = part->end;
    Hit h;
    int64_t y = 0;
    int m = 0;
    const auto pm = r_.prefix_modifiers.size() != 0 ? r_.prefix_modifiers.MatchAt(t_, j)
                                                    : absl::nullopt;
    const auto u = r_.alone_units.MatchAt(t_, pm ? pm->end : j);
    size_t year_end = 0;
    if (YearAt(j, &y, &year_end)) {
      // "akhir 2023", "by the end of 2023", "early 2024": that part of the year.
      return YearPart(*part->value, y, year_end);
    }
    if (auto named = NamedYearAt(j); named && ref_) {  // "akhir tahun ini", "the end of last year"
      return YearPart(*part->value, RefDay().year() + named->first, named->second);
    }
    if (auto mo = MonthAt(j)) {
      j = mo->end;
      m = mo->value->month;
      size_t ye;
      if (YearAt(j, &y, &ye)) {
        j = ye;
      } else if (mo->value->ambiguous) {
        return absl::nullopt;
      } else if (ref_) {
        y = InferYear(i, m, 1, Mode::kDefault);
      }
      h.d.rule = "date.month";
    } else if (u && u->value->months == 1) {
      // "akhir bulan ini" (the modifier after the unit), "the end of this month" (before).
      size_t me = u->end;
      absl::optional<Mode> md = pm ? absl::optional<Mode>(*pm->value) : ModeAt(u->end, &me);
      if (!md) return absl::nullopt;
      int off = *md == Mode::kPrevious ? -1 : *md == Mode::kNext ? 1 : *md == Mode::kThis ? 0 : 99;
      if (off == 99) return absl::nullopt;
      j = me;
      h.d.rule = "date.relative_unit";
      if (ref_) {
        absl::CivilMonth cm = absl::CivilMonth(RefDay()) + off;
        y = cm.year();
        m = cm.month();
      }
    } else {
      return absl::nullopt;
    }
    h.end = j;
    if (y == 0 && m != 0 && !ref_) {
      h.d.resolved = false;
      return h;
    }
    if (m == 0) {
      h.d.resolved = false;
      return h;
    }
    int last = DaysInMonth(y, m);
    h.d.resolved = true;
    h.d.is_range = true;
    h.d.grain = DateGrain::kDay;
    h.d.from = absl::CivilMinute(absl::CivilDay(y, m, std::min(part->value->from_day, last)));
    h.d.to = absl::CivilMinute(absl::CivilDay(y, m, std::min(part->value->to_day, last)));
    return h;
  }

  // "minggu ke-12 tahun 2024", "pekan ke-17", "week 12": the seven days of that week of
  // the year (ISO weeks, Monday to Sunday), of the reference year when none is written.
  // A year written at token e, after one of `joiners` or none ("week 12 of 2024", "kuartal
  // I 2024"): its number in *y and the token after it in *end; false when none.
  bool YearAfter(size_t e, const Lexicon<int>& joiners, int64_t* y, size_t* end) const {
    if (auto joiner = joiners.MatchAt(t_, e)) e = joiner->end;
    return YearAt(e, y, end);
  }

  absl::optional<Hit> WeekOfYear(size_t i) const {
    constexpr int64_t kMaxWeek = 53;
    auto m = r_.week_markers.MatchAt(t_, i);
    if (!m) return absl::nullopt;
    size_t j = m->end;
    int64_t week = 0;
    size_t e = 0;
    const std::string& prefix = r_.week_ordinal_prefix;
    // With a prefix, only the ordinal counts ("minggu ke-12", not "Minggu 3 November").
    if (j < n_ && !prefix.empty()) {
      // "ke-12" as one word, or "ke" "-" "12" / "ke" "12".
      const absl::string_view w = Lower(j);
      if (w == prefix) {
        ++j;
        if (Punct(j, "-") && Attached(j)) ++j;
      } else if (absl::StartsWith(w, prefix) && w.size() > prefix.size() + 1 && w[prefix.size()] == '-') {
        if (!absl::SimpleAtoi(w.substr(prefix.size() + 1), &week)) return absl::nullopt;
        e = j + 1;
      } else {
        return absl::nullopt;
      }
    }
    if (e == 0) {
      if (!Int(j, &week)) return absl::nullopt;
      e = j + 1;
    }
    if (week < 1 || week > kMaxWeek) return absl::nullopt;
    Hit h;
    h.d.rule = "date.week";
    int64_t y;
    if (!YearAfter(e, r_.week_year_joiners, &y, &e)) {
      if (!ref_) {
        h.end = e;
        h.d.resolved = false;
        return h;
      }
      y = ref_->year();
    }
    const absl::CivilDay jan4(y, 1, 4);
    h.end = e;
    SetWeek(&h.d, jan4 - (WeekdayOf(jan4) + 6) % 7 + 7 * (week - 1));
    return h;
  }

  // The seven days from `start`: a week as a range of days.
  // "kuartal I 2024", "triwulan III-2023", "the first quarter of 2024", "semester pertama":
  // a period of the year (dates.json periods_of_year), of the year written after it, else
  // the latest such period begun by the report's day.
  absl::optional<Hit> PeriodOfYear(size_t i) const {
    auto p = r_.periods_of_year.MatchAt(t_, i);
    if (!p) return absl::nullopt;
    const int first = (p->value->index - 1) * p->value->months + 1;
    const int last = p->value->index * p->value->months;
    size_t e = p->end;
    int64_t y;
    // ("kuartal I-2024": the year after a hyphen.)
    if (!YearAfter(Punct(e, "-") && Attached(e) ? e + 1 : e, r_.period_year_joiners, &y, &e)) {
      if (p->value->needs_year) return absl::nullopt;
      if (!ref_) {
        Hit h;
        h.end = e;
        h.d.rule = "date.period";
        h.d.resolved = false;
        return h;
      }
      y = RefDay().year();
      if (absl::CivilMonth(y, first) > absl::CivilMonth(RefDay())) --y;
    }
    return RangeHit("date.period", DateGrain::kMonth, absl::CivilDay(y, first, 1),
                    absl::CivilDay(y, last, DaysInMonth(y, last)), e);
  }

  static void SetWeek(ParsedDate* d, absl::CivilDay start) {
    d->resolved = true;
    d->is_range = true;
    d->grain = DateGrain::kDay;
    d->from = absl::CivilMinute(start);
    d->to = absl::CivilMinute(start + 6);
  }

  // "tahun 2000", "tahun 1990-an", "pada 2011" (a bare year only after a filler).
  absl::optional<Hit> Year(size_t i, bool opened) const {
    size_t j = i;
    bool marker = false;
    if (auto mk = r_.year_markers.MatchAt(t_, j)) {
      j = mk->end;
      marker = true;
    }
    int64_t v;
    size_t digits;
    if (!Int(j, &v, &digits) || digits > 4) return absl::nullopt;
    size_t e = j + 1;
    // "1445 Hijriah": a year of another calendar is read, so that no part of it is taken
    // for a Gregorian year or a count, and dates nothing. Digits hyphenated to a word are
    // a model's ("C-130H").
    const bool model = j >= 2 && Attached(j) && Punct(j - 1, "-") && Attached(j - 1) &&
                       t_.tokens[j - 2].kind == TokenKind::kWord;
    if (digits >= 3 && !model && e < n_ && t_.tokens[e].sentence == t_.tokens[j].sentence) {
      if (auto oc = r_.other_calendar_eras.MatchAt(t_, e)) {
        Hit h;
        h.d.rule = kOtherCalendar;
        h.d.resolved = false;
        h.d.grain = DateGrain::kYear;
        h.end = oc->end;
        return h;
      }
    }
    int sign = 1;
    bool era = false;
    if (auto er = r_.eras.MatchAt(t_, e)) {
      sign = *er->value;
      e = er->end;
      era = true;
    }
    // "1990-an": a decade.
    bool decade = false;
    if (!era && v % 10 == 0) {
      size_t k2 = e;
      if (Punct(k2, "-") && Attached(k2)) ++k2;
      if (Attached(k2) && k2 < n_ && r_.decade_suffixes.Find(Lower(k2)) != nullptr) {
        decade = true;
        e = k2 + 1;
      }
    }
    // A bare four-digit year: "Pemilu 2019", "the 2019 election", a year an event noun
    // names, over a name between ("the 1958 Tessel typhoon", "the 2004 Indian Ocean
    // tsunami") or ending one ("the 2018 Harlow Fire"); or one right after a year opener
    // ("since 2012").
    bool named = false;
    bool modifier = false;
    if (digits == 4 && !marker && !era && !opened) {
      const uint32_t sentence = t_.tokens[j].sentence;
      auto noun_after = [&](size_t k) {
        return k < n_ && t_.tokens[k].sentence == sentence && r_.year_nouns_after.MatchAt(t_, k);
      };
      constexpr size_t kMaxNameWords = 3;
      size_t noun = e;
      while (noun < n_ && noun - e < kMaxNameWords && t_.tokens[noun].sentence == sentence &&
             t_.tokens[noun].kind == TokenKind::kWord && t_.IsCapitalized(t_.tokens[noun])) {
        ++noun;
      }
      auto opener = [&] {
        auto o = r_.year_openers.MatchEndingAt(t_, j);
        if (!o) return false;
        if (*o->value != DateRules::kClauseYearOpener) return true;
        return e >= n_ || t_.tokens[e].sentence != sentence || Punct(e, ",") || Punct(e, ".") ||
               r_.year_clause_followers.MatchAt(t_, e).has_value();
      };
      named = (j > 0 && t_.tokens[j - 1].sentence == sentence &&
               (r_.year_nouns_before.MatchEndingAt(t_, j) || opener())) ||
              noun_after(e) || (noun > e && noun_after(noun)) || (noun > e + 1 && noun_after(noun - 1));
      modifier = !named && DeterminedYear(j, v, e);
    }
    if (!marker && !era && !(opened && digits == 4) && !named && !modifier) return absl::nullopt;
    if (!era && digits != 4) return absl::nullopt;
    if (v == 0) return absl::nullopt;
    Hit h;
    h.d.rule = modifier ? kYearModifier : "date.year";
    h.d.resolved = true;
    h.d.grain = DateGrain::kYear;
    int64_t y = sign * v;
    h.d.from = absl::CivilMinute(absl::CivilDay(y, 1, 1));
    h.d.to = decade ? absl::CivilMinute(absl::CivilDay(y + 9, 1, 1)) : h.d.from;
    h.d.is_range = decade;
    h.end = e;
    return h;
  }

  // Whether the bare four-digit number v at token j, ending at e, is a year by the word
  // before it (year_determiners): "the 2019 price list", where a count of a thousand
  // or more would be written with a separator ("the 2,019 workers"). Only a year from 1900
  // to 30 years after the report's, before a lower-case word of its sentence.
  bool DeterminedYear(size_t j, int64_t v, size_t e) const {
    const int64_t last = ref_ ? RefDay().year() + 30 : 2100;  // (with no report, this century's)
    if (r_.year_determiners.size() == 0 || j == 0 || e >= n_ || v < 1900 || v > last) {
      return false;
    }
    const Token& next = t_.tokens[e];
    return t_.tokens[j - 1].sentence == t_.tokens[j].sentence && next.sentence == t_.tokens[j].sentence &&
           next.kind == TokenKind::kWord && !t_.IsCapitalized(next) && r_.year_determiners.MatchEndingAt(t_, j);
  }

  // "antara 1 September dan 1 Oktober", "5-7 Januari 2024", "Januari 5 - 7, 2024",
  // "1 hingga 3 Maret", "Senin - Rabu".
  // Where a range from token i has its first end, and the words that may join its ends:
  // after an opener ("antara", "between"; and a filler after it: "antara tanggal 1 ...")
  // the opener's, else the pack's.
  struct RangeOpening {
    size_t first_end;
    const Lexicon<int>* connectives;
    bool opened;
  };
  RangeOpening OpenRange(size_t i) const {
    if (auto op = r_.openers.MatchAt(t_, i)) {
      size_t j = op->end;
      if (auto f = r_.fillers.MatchAt(t_, j)) j = f->end;
      return {j, &r_.opener_connectives[*op->value], true};
    }
    return {i, &r_.connectives, false};
  }

  absl::optional<Hit> Range(size_t i, bool opened) const {
    const RangeOpening o = OpenRange(i);
    const size_t j = o.first_end;
    const Lexicon<int>* conns = o.connectives;
    const bool opener = o.opened;
    // Month first: "Januari 5 - 7, 2024".
    if (auto mo = MonthAt(j)) {
      int64_t d1, d2;
      size_t dg;
      if (Int(mo->end, &d1, &dg) && dg <= 2) {
        if (auto c = conns->MatchAt(t_, mo->end + 1); c && Int(c->end, &d2, &dg) && dg <= 2) {
          size_t e = c->end + 1;
          if (Punct(e, ",")) ++e;
          int64_t y;
          size_t ye;
          if (YearAt(e, &y, &ye)) return MakeRange(y, mo->value->month, d1, y, mo->value->month, d2, ye);
          // Yearless, "March 13-15" (a tight dash), "March 3 to 5," (a word, before a stop
          // or a comma, not "on March 3 to 5 percent"): of the year the first day is in.
          const bool tight = t_.tokens[mo->end + 1].kind == TokenKind::kPunct && Attached(mo->end + 1) &&
                             Attached(c->end);
          const bool stopped = c->end + 1 >= n_ || t_.tokens[c->end + 1].kind == TokenKind::kPunct;
          if (ref_ && (tight || (stopped && !Punct(c->end + 1, "%")))) {
            const int m = mo->value->month;
            const int64_t y1 = InferYearAt(j, m, static_cast<int>(d1), Mode::kDefault);
            if (auto h = MakeRange(y1, m, d1, y1, m, d2, c->end + 1)) {
              h->d.year_certain = false;
              return h;
            }
          }
        }
      }
    }
    absl::optional<Hit> first = RangeEnd(j, opened || opener);
    int64_t day_only = 0;
    size_t after_first;
    if (first) {
      after_first = first->end;
    } else {
      size_t dg;
      if (!Int(j, &day_only, &dg) || dg > 2 || day_only < 1 || day_only > 31) return absl::nullopt;
      after_first = j + 1;
    }
    auto c = conns->MatchAt(t_, after_first);
    if (!c) return absl::nullopt;
    // "-" between bare numbers must be written tight ("5-7"), or it is a list dash.
    absl::optional<Hit> second = RangeEnd(c->end, true);
    if (!second || !second->d.resolved) {
      if (second && !first && second->d.rule != "date.weekday") {
        // unresolved second date: keep as unresolved range
        Hit h = *second;
        h.d.is_range = true;
        h.d.rule = "date.range";
        return h;
      }
      return absl::nullopt;
    }
    Hit h;
    h.end = second->end;
    h.d.rule = "date.range";
    h.d.is_range = true;
    h.d.resolved = true;
    h.d.grain = second->d.grain;
    h.d.to = second->d.to;
    if (first) {
      if (!first->d.resolved) return absl::nullopt;
      // Two weekdays: both ends must be weekdays, or neither.
      bool wd1 = first->d.rule == "date.weekday", wd2 = second->d.rule == "date.weekday";
      if (wd1 != wd2) return absl::nullopt;
      h.d.from = first->d.from;
      h.d.year_certain = first->d.year_certain && second->d.year_certain;
      if (first->d.year_certain != second->d.year_certain &&
          (first->d.rule == "date.day_month" || first->d.rule == "date.month_day") &&
          second->d.year_certain) {
        // "1 September hingga 5 Oktober 2023": the year written once serves both.
        absl::CivilDay f(first->d.from);
        if (ValidDay(absl::CivilDay(second->d.from).year(), f.month(), f.day())) {
          h.d.from = absl::CivilMinute(absl::CivilDay(absl::CivilDay(second->d.from).year(), f.month(), f.day()));
        }
      }
    } else {
      // "5-7 Januari 2024": the first end borrows the second's month and year.
      if (second->d.rule != "date.day_month" && second->d.rule != "date.day_month_year") return absl::nullopt;
      absl::CivilDay s(second->d.from);
      if (!ValidDay(s.year(), s.month(), static_cast<int>(day_only))) return absl::nullopt;
      h.d.from = absl::CivilMinute(absl::CivilDay(s.year(), s.month(), static_cast<int>(day_only)));
      h.d.year_certain = second->d.year_certain;
    }
    if (h.d.from > h.d.to) {
      if (first && first->d.rule == "date.weekday") {
        h.d.from -= 7 * 24 * 60;  // "Sabtu - Senin": the Saturday before
      } else if (!h.d.year_certain) {
        h.d.from = absl::CivilMinute(absl::CivilDay(absl::CivilDay(h.d.from).year() - 1,
                                                     absl::CivilDay(h.d.from).month(),
                                                     absl::CivilDay(h.d.from).day()));
      } else {
        return absl::nullopt;
      }
    }
    if (h.d.grain == DateGrain::kMinute) h.d.grain = DateGrain::kDay;
    return h;
  }

  // Months, the year written once at the end: "sepanjang Februari hingga Maret 2017",
  // "dari November hingga Januari 2020" (November of 2019).
  absl::optional<Hit> MonthRange(size_t i) const {
    const RangeOpening o = OpenRange(i);
    auto mo = MonthAt(o.first_end);
    if (!mo) return absl::nullopt;
    auto c = o.connectives->MatchAt(t_, mo->end);
    if (!c) return absl::nullopt;
    auto mo2 = MonthAt(c->end);
    int64_t y;
    size_t ye;
    if (!mo2 || !YearAt(mo2->end, &y, &ye)) return absl::nullopt;
    const int m1 = mo->value->month, m2 = mo2->value->month;
    return RangeHit("date.range", DateGrain::kMonth, absl::CivilDay(m1 <= m2 ? y : y - 1, m1, 1),
                    absl::CivilDay(y, m2, 1), ye);
  }

  // One end of a date range: a day-level date or a weekday.
  absl::optional<Hit> RangeEnd(size_t i, bool opened) const {
    absl::optional<Hit> best;
    KeepLongest(&best, DayMonth(i));
    KeepLongest(&best, MonthDay(i, /*range_end=*/true));
    KeepLongest(&best, Numeric(i, opened));
    KeepLongest(&best, Weekday(i, opened));
    return best;
  }

  absl::optional<Hit> MakeRange(int64_t y1, int m1, int64_t d1, int64_t y2, int m2, int64_t d2,
                                size_t end) const {
    if (!ValidDay(y1, m1, static_cast<int>(d1)) || !ValidDay(y2, m2, static_cast<int>(d2))) return absl::nullopt;
    Hit h = RangeHit("date.range", DateGrain::kDay, absl::CivilDay(y1, m1, static_cast<int>(d1)),
                     absl::CivilDay(y2, m2, static_cast<int>(d2)), end);
    if (h.d.from > h.d.to) return absl::nullopt;
    return h;
  }

  const DateRules& r_;
  const NumberParser* nums_;
  const NumberMemo* memo_;  // nums_'s parses of t_, or null
  const TokenizedText& t_;
  const size_t n_;
  const absl::optional<absl::CivilMinute> ref_;
};

}  // namespace

absl::StatusOr<DateParser> DateParser::FromJson(const nlohmann::json& json, absl::string_view file,
                                                const NumberParser* numbers) {
  absl::StatusOr<internal_dates::DateRules> rules = internal_dates::LoadDateRules(json, file);
  if (!rules.ok()) return rules.status();
  auto impl = std::make_shared<Impl>();
  impl->rules = *std::move(rules);
  impl->numbers = numbers;
  impl->BuildStarters();
  DateParser p;
  p.impl_ = std::move(impl);
  return p;
}

absl::optional<ParsedDate> DateParser::ParseAt(const TokenizedText& t, size_t i,
                                               absl::optional<absl::CivilMinute> reference,
                                               const NumberMemo* numbers) const {
  if (impl_ == nullptr || i >= t.tokens.size()) return absl::nullopt;
  // A memo by another parser would give other numbers.
  if (numbers != nullptr && numbers->parser() != impl_->numbers) numbers = nullptr;
  if (!impl_->MayStartAt(t, i, numbers)) return absl::nullopt;
  absl::optional<ParsedDate> p = Parser(*impl_, t, reference, numbers).At(i);
  if (p && p->resolved && !p->is_range) {
    const int night_end = impl_->rules.night_ends_hour;
    const bool wraps = p->day_part_from > p->day_part_to;
    p->night = !p->has_time && wraps && p->day_part_hour >= 12;
    p->small_hours = p->has_time ? p->from.hour() < night_end
                                 : p->day_part_from >= 0 && !wraps && p->day_part_hour < night_end;
  }
  return p;
}

bool DateParser::DayPartAt(const TokenizedText& t, size_t i) const {
  return impl_->rules.day_parts_alone.MatchAt(t, i) || impl_->rules.day_parts_after.MatchAt(t, i);
}

std::vector<std::string> DateParser::RuleNames() const {
  std::vector<std::string> out = {
      "date.day_month",        "date.day_month_year", "date.day_part",       "date.month",
      "date.month_day",        "date.month_day_year", "date.month_year",     "date.numeric",
      "date.other_calendar",
      "date.range",            "date.relative_count", "date.relative_day",   "date.relative_day_paren",
      "date.relative_unit",    "date.time",           "date.weekday",        "date.weekday_date",
      "date.weekday_paren",    "date.week",           "date.year",           "date.year_part"};
  // (Only a pack with year_determiners can give a year modifier.)
  if (impl_->rules.year_determiners.size() != 0) out.push_back(std::string(kYearModifier));
  if (impl_->rules.periods_of_year.size() != 0) out.push_back("date.period");
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace claimcheck
