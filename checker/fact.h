// The fact model: one checkable statement of an article, typed and normalized.
//
// A Fact keeps the number as an interval in canonical units (metres, kilograms, days,
// ISO currency codes; days since 1970-01-01 for dates), the bound that produced the
// interval ("lebih dari 1.000" is (1000, +inf)), the surface form as written, what the
// number measures, when it happened and who says so, and the byte span of its evidence.
// Intervals are never rounded and hedges are never dropped: the comparator widens
// `approx` bounds by the rule pack's tolerance, not the extractor.
#ifndef CLAIMCHECK_CHECKER_FACT_H_
#define CLAIMCHECK_CHECKER_FACT_H_

#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "checker/json_writer.h"
#include "checker/span.h"
#include "checker/symbol.h"
#include "checker/word_list.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

enum class FactKind : uint8_t {
  kCount,      // 1.000 kontainer
  kQuantity,   // 290 km, 15 persen, M 6,9
  kMoney,      // Rp193,7 triliun
  kDate,       // 18/10, 19 Oktober 2023, tahun 2011, Rabu
  kDateRange,  // antara 1 September dan 1 Oktober
  kDuration,   // dua hari
  kNumber,     // a bare number with nothing to anchor it
};

enum class Bound : uint8_t {
  kExact,
  kApprox,
  kAtLeast,
  kMoreThan,
  kAtMost,
  kLessThan,
  kRange,
};

// The qualifier of a date that says when a statement was made, not when what it reports
// happened ("a search and rescue official said on Tuesday", "kata Sutopo di Jakarta,
// Sabtu (16/12)"): such a date meets only the same speaker's statement dates.
inline constexpr absl::string_view kStatementDate = "statement";
// The qualifier of a date of a happening written as a recurrence ("Gunung Rimbosati kembali
// mengeluarkan erupsi pada Senin sore", "erupted again on Monday"): another occurrence,
// so a different day is no contradiction of the first occurrence's date.
inline constexpr absl::string_view kRecurrenceDate = "again";
// The qualifier of a figure given as a goal ("menargetkan 1 juta rumah", "climbing to
// 13,000 feet"): it meets only other goals, never an amount reached.
inline constexpr absl::string_view kTargetQualifier = "target";
// What the age of a thing, not a person, has for its qualifier before the thing's name
// (concepts.json ages.things: "=aircraft" of "the 16-year-old aircraft").
inline constexpr absl::string_view kThingMark = "=";
// The rule a date carries when its weekday is not its date's ("Jumat (15/6/2024)", a
// Saturday): the date is kept, and either part may be the outlet's slip.
// The rule a clock time carries when its sentence names no day ("The boat left Kestrel port
// at 10 a.m."): its day was taken from another sentence or is the report's, a guess that
// no disagreement of days rests on.
inline constexpr absl::string_view kDayFromContext = "date.day_from_context";  // in kExtractorRules
inline constexpr absl::string_view kWeekdayMismatch = "date.weekday_mismatch";  // in kExtractorRules
// The rule a date carries when it is written with its weekday ("Selasa (14/11/2017)"):
// against another report's same date whose weekday is not its own ("Kamis (14/11)"), the
// two disagree, on the weekday or on the date.
inline constexpr absl::string_view kWeekdayWritten = "date.weekday_written";  // in kExtractorRules
// The rule a date carries when a first marker stands before it in its clause (lang.json
// first_markers: "Api pertama kali terlihat sekitar pukul 19.40 WIB", "was first spotted
// at 7:40 p.m."): when something happened first, which it does once.
inline constexpr absl::string_view kFirstOccurrence = "date.first";  // in kExtractorRules
// The rule of a hedge that puts a time a little before or after a moment (hedges.json:
// "shortly after 3 p.m.", "sesaat setelah pukul 11.00"): it is one moment with any time
// up to compare.json near_moment_minutes from it ("at 3:12 p.m.").
inline constexpr absl::string_view kNearMomentHedge = "hedge.near_moment";
// The rule a count carries when a period marker dates it by a year or a month ("so far
// this year"): a total over the period.
inline constexpr absl::string_view kPeriodTotal = "time.period";  // in kExtractorRules
// The rule such a total carries when words after its period leave the story's event out
// ("so far this year before the latest riot"): a total over the period's other events.
inline constexpr absl::string_view kPeriodOthers = "time.period_others";  // in kExtractorRules
// The rule a count carries when the date that dates it is its event's, not an until or
// as-of date nor a day words were said on ("banjir bandang pada Sabtu malam ...
// menyebabkan 153 orang luka-luka"): a running tally so dated was counted when its
// report says.
inline constexpr absl::string_view kEventDated = "time.event";  // in kExtractorRules
// The rule a count or a sum carries when an until or as-of date dates it ("hingga Kamis
// (30/6) pukul 08.00 WIB, sebanyak 232.374 wajib pajak telah mengikuti PPS"): a running
// figure as it stood then, which a later figure supersedes, whatever it counts.
inline constexpr absl::string_view kCountedUntil = "time.until";  // in kExtractorRules
// The rule a count carries when it is listed after a noun with no figure of its own
// ("Pilot dan Tiga Awak Tewas"): those it counts may be fewer than another outlet's
// count of its head, which may count that noun among them too.
inline constexpr absl::string_view kCountAfterNoun = "count.after_noun";  // in kExtractorRules
// The qualifier of a rate is this and its period: "per day" ("35,000 people a day").
inline constexpr absl::string_view kRatePrefix = "per ";
// The qualifier of a substitute term ("denda Rp1 miliar subsider 6 bulan kurungan"): six
// months served if the fine is not paid, never the sentence itself.
inline constexpr absl::string_view kSubstituteQualifier = "substitute";
// The qualifier of a duration that is a financial instrument's tenor, part of its name
// ("suku bunga deposito tiga bulan", "the 14-day reverse repo rate"; concepts.json
// tenor_before, tenor_after): it meets only other tenors, never a span of time.
inline constexpr absl::string_view kTenorQualifier = "tenor";
// A context word of a figure whose clause says it stands so far or for now ("Roughly
// 2,000 tonnes were still on board", "the remaining oil", "sejauh ini", lang.json
// progress_markers): it may be another figure on another day.
inline constexpr absl::string_view kInProgress = "in_progress";
// The first character of a context word that is another figure beside the fact, its
// value and unit ("#16.72%" of "25.387.279 suara atau 16,72 persen"): a figure both
// passages write beside theirs is a word they share, one only one writes is none.
inline constexpr char kFigureMark = '#';
// The unit of a figure mark ("#2l": "l", "#2e+09peso": "peso", "#16": ""), or "" for a
// word that is no figure mark.
inline absl::string_view FigureMarkUnit(absl::string_view w) {
  if (w.size() < 2 || w[0] != kFigureMark) return "";
  size_t k = 1;
  while (k < w.size() && (absl::ascii_isdigit(w[k]) || w[k] == '.' || w[k] == '-' || w[k] == '+' ||
                          (w[k] == 'e' && k + 1 < w.size() && (w[k + 1] == '+' || w[k + 1] == '-')))) {
    ++k;
  }
  return w.substr(k);
}
// The first character of a context word that is the window a figure was counted or
// measured over, a duration after a window marker in its clause ("148 litres of rain per
// square metre had fallen within 48 hours": "@2day"): two figures over different windows
// are two figures, never lined up (lang.json window_markers).
inline constexpr char kWindowMark = '@';
// The second character of such a mark when it is the unit a figure is so much per
// ("Rp 20.400 per kilogram": "@/kg"; concepts.json unit_rates), a mark of another kind:
// two figures per different units are never lined up either.
inline constexpr char kPerUnitMark = '/';
// The second character of such a mark when it is the compass bearing a distance is
// measured in ("40km east of Calder City": "@^90"; concepts.json bearings), in degrees from
// north: two distances from one place in directions far apart are of two places.
inline constexpr char kBearingMark = '^';
// The second character of such a mark when it is the place a distance locates, named
// right before it ("Tessford, about 190km north of the scene": "@=tessford"), or the name a
// figure in a clause or apposition after it is said of ("The Calloway, which is 190m
// long": "@=calloway"): two figures so said of two names are two figures.
inline constexpr char kLocatedMark = '=';
// The second character of such a mark when it is the designation of a numbered part
// named in the figure's clause before it ("PLTP Lembah Sari Unit 1 dengan kapasitas 60
// megawatt": "@*1"; concepts.json designators): figures of two parts ("Unit 2 ... 55
// megawatt") are two figures.
inline constexpr char kDesignatorMark = '*';
// The second character of such a mark on a date given a part of the day and no clock
// time ("pada Jumat (9/10/2020) sore": "@~15"), the part's nominal hour (dates.json
// day_parts): two dates a day apart at one part of the day are one happening misdated.
inline constexpr char kDayPartMark = '~';
// The second character of such a mark on a count whose noun a word of one group of it
// modifies ("86 penumpang dewasa", "72 adult passengers": "@%adult"; concepts.json
// subgroups): it counts that group only, which a count of all of them may hold.
inline constexpr char kSubgroupMark = '%';
// The second character of such a mark on a date whose weekday is not its date's
// ("Minggu (15/6/2024)", a Saturday: "@!0"), the weekday written, 0 for Sunday to 6 for
// Saturday: another report's date a day away that is that weekday is one happening's.
inline constexpr char kWeekdayMark = '!';
// What a context word starting with kWindowMark marks.
enum class Mark : uint8_t { kNone, kWindow, kPerUnit, kBearing, kLocated, kDesignator, kDayPart, kSubgroup, kWeekday };
// Whether context word `w` is a window's mark, a unit's, a bearing's, a located name's,
// a designation's, a part of the day's, a group's or a weekday's (kWindowMark,
// kPerUnitMark, kBearingMark, kLocatedMark, kDesignatorMark, kDayPartMark, kSubgroupMark,
// kWeekdayMark), and which.
inline Mark MarkKind(absl::string_view w) {
  if (w.empty() || w[0] != kWindowMark) return Mark::kNone;
  if (w.size() < 2) return Mark::kWindow;
  switch (w[1]) {
    case kPerUnitMark: return Mark::kPerUnit;
    case kBearingMark: return Mark::kBearing;
    case kLocatedMark: return Mark::kLocated;
    case kDesignatorMark: return Mark::kDesignator;
    case kDayPartMark: return Mark::kDayPart;
    case kSubgroupMark: return Mark::kSubgroup;
    case kWeekdayMark: return Mark::kWeekday;
    default: return Mark::kWindow;
  }
}
// The rule a sum carries that restates the sum before it in another currency, in brackets
// ("200,000 rupees ($2,700; £1,950)"): the outlet's conversion, which agrees with others
// but contradicts none (conversions differ by rate and rounding).
inline constexpr absl::string_view kMoneyConverted = "money.converted";  // in kExtractorRules
// The qualifier of a time or date a schedule gives ("The boat had been due to return to
// port at 13:00", "dijadwalkan tiba pada Kamis siang"; lang.json schedules): a plan, which
// meets only other plans, never the time something happened.
inline constexpr absl::string_view kPlannedQualifier = "planned";
// Goals, rates, substitute terms, plans and tenors meet only their own kind: none is an
// amount reached or a thing done.
inline bool ExclusiveQualifier(absl::string_view q) {
  return q == kTargetQualifier || q == kSubstituteQualifier || q == kPlannedQualifier || q == kTenorQualifier ||
         q.substr(0, kRatePrefix.size()) == kRatePrefix;
}

absl::string_view FactKindName(FactKind k);
absl::string_view BoundName(Bound b);
bool ParseFactKind(absl::string_view s, FactKind* out);
bool ParseBound(absl::string_view s, Bound* out);

// A closed or open interval on the real line; +-infinity for unbounded ends.
struct Interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;

  static Interval Point(double v) { return Interval{v, v, false, false}; }
  // The interval a bound gives to `value` (and `high` for kRange).
  static Interval FromBound(Bound b, double value, double high);
};

// How precisely a date is known: "year" (tahun 2011), "month", "day", "minute".
// kNone: no date ("" in JSON).
enum class Grain : uint8_t { kNone, kYear, kMonth, kDay, kMinute };
absl::string_view GrainName(Grain g);
// kNone for anything else.
Grain ParseGrain(absl::string_view s);

// A calendar day, written "YYYY-MM-DD". Empty (written "") when the date could not be
// resolved. Eight bytes where the ISO string took 32.
class CalendarDay {
 public:
  CalendarDay() = default;
  explicit CalendarDay(absl::CivilDay d) : days_(d - kEpoch) {}
  // The day days() gave, or empty for an empty day's days().
  static CalendarDay FromDays(int64_t days) {
    CalendarDay d;
    d.days_ = days;
    return d;
  }
  // Empty unless `iso` is a YYYY-MM-DD date.
  static CalendarDay Parse(absl::string_view iso);

  bool empty() const { return days_ == kEmpty; }
  absl::CivilDay civil() const;
  // Days since 1970-01-01 (a date fact's value).
  int64_t days() const { return days_; }
  // "2023-10-18", or "" when empty.
  std::string str() const;

  friend bool operator==(CalendarDay a, CalendarDay b) { return a.days_ == b.days_; }
  friend bool operator!=(CalendarDay a, CalendarDay b) { return a.days_ != b.days_; }

 private:
  static constexpr int64_t kEmpty = std::numeric_limits<int64_t>::min();
  static constexpr absl::CivilDay kEpoch = absl::CivilDay(1970, 1, 1);
  int64_t days_ = kEmpty;  // since 1970-01-01
};

// When the fact's event happened, if its sentence says so.
struct FactTime {
  bool present = false;
  bool resolved = false;
  Grain grain = Grain::kNone;
  // The time of day of the report, in minutes after midnight of `from` ("hingga pukul
  // 18.27 WIB": 1107; "sampai Selasa sore": its day part's nominal hour); -1 when none.
  // Two counts of one day are then successive counts, in that order.
  int16_t clock = -1;
  // The clock's time zone in minutes east of UTC, when the text names one ("pukul 18.02
  // WITA": 480); kNoZone otherwise. Two clocks of two zones are compared as instants.
  static constexpr int16_t kNoZone = -32768;
  int16_t zone = kNoZone;
  CalendarDay from;  // "2023-10-18"
  CalendarDay to;    // equal to from unless a range
  Span span;         // the date expression in the article
};

// Minutes after midnight (FactTime::clock) as written in facts and explanations: "18:27".
std::string ClockText(int minutes);

struct Measures {
  // Symbols: a few hundred distinct values in a corpus.
  Symbol head;       // canonical concept of the counted/measured thing
  Symbol head_text;  // as written ("pesawat nirawak")
  Symbol qualifier;  // "tewas" in "4 orang tewas" (after a classifier)
  // The place of one item of a breakdown by place ("32 orang di Aceh, 72 orang di Sumatra
  // Utara"), lower-cased; empty for any other fact.
  Symbol place;
  // The area a count covers, written after it ("37 orang tewas akibat banjir di Sumatra
  // Barat") or, with a kind of place, before it ("di Kabupaten Lembah Sari, ... 24
  // orang"), lower-cased; empty when none is written or the fact has a place.
  Symbol scope;
  WordList context;       // canonical content words of the clause, sorted, unique
  WordList entities;      // named entities of the sentence, lower-cased, sorted
};

struct Fact {
  std::string article;  // Article::id
  Span span;
  std::string text;     // verbatim bytes of the span

  FactKind kind = FactKind::kNumber;
  Bound bound = Bound::kExact;
  Symbol dimension;  // "count", "length", "money", "duration", "date", ...
  Symbol unit;       // canonical unit ("m", "IDR", "day"); for counts, the head
  double value = 0;       // nominal value in canonical units (low end of a range)
  double high = 0;        // high end for kRange (== value otherwise)
  Interval interval;      // what the statement allows, before tolerances
  // One in the last digit written, in `unit` ("16,1 km": 100 m; "Rp1,2 triliun": Rp100
  // miliar; "23 penumpang": 1): an exact figure may be rounded to it. 0 when the figure
  // is no one number as written (a range, a vague word, "1 meter 70 cm", a date).
  double precision = 0;

  // The number and unit as written.
  double surface_value = 0;
  double surface_high = 0;
  Symbol surface_unit;

  // Dates: first and last day and grain (kind kDate / kDateRange).
  CalendarDay date_from;
  CalendarDay date_to;
  Grain date_grain = Grain::kNone;
  bool date_resolved = true;

  Measures measures;
  FactTime time;
  std::string attributed_to;
  bool caption = false;  // from a photo or video caption
  bool headline = false;  // from the article's headline
  bool hypothetical = false;  // in a conditional sentence: what would happen
  // Denied where it is written ("Tidak benar ada lima orang yang ditangkap"): a figure
  // someone rejects, not one anyone claims; reported but never compared.
  bool negated = false;
  bool part = false;          // "180 penumpang lainnya": the rest of a split
  // "dua tahun lebih ringan daripada tuntutan": a difference between two amounts, not
  // an amount; never compared with amounts.
  bool comparative = false;
  // "menambah dua ekskavator", "tambahan 200 personel": an increase, not a total;
  // compared only with other increases.
  bool delta = false;
  // "sebelumnya 131 orang", "an earlier toll of 120": the text gives it as an earlier
  // figure; a running tally so marked never contradicts a current one.
  bool earlier = false;
  bool vague = false;    // "ratusan", "ribuan"
  Symbol rule;           // the rule that produced it: "count.noun", "quantity.unit", ...
  WordList rules;        // every rule that fired: kind, number, hedge, unit
  uint32_t sentence = 0; // sentence index within the article
  Span sentence_span;    // the sentence, for context in reports
  std::string sentence_text;  // its verbatim text (reports quote it beside the span)

  // "<article>#<begin>": stable across runs, unique within a check (UniqueIds makes
  // article ids unique). Made when asked for, not stored: a check holds every fact.
  std::string id() const;
};

// Whether `rule` fired on the fact ("date.night", "money.converted").
inline bool HasRule(const Fact& f, absl::string_view rule) {
  return std::find(f.rules.begin(), f.rules.end(), rule) != f.rules.end();
}

// What `extract` adds to each fact from its article. Empty story and url are left out;
// an empty published is written as null.
struct FactArticleFields {
  absl::string_view lang;
  absl::string_view outlet;
  absl::string_view path;
  absl::string_view published;  // ISO date
  absl::string_view story;
  absl::string_view url;
};

// {"begin": .., "end": ..}, and "text" when given: a span as facts and findings write it.
void WriteSpanJson(const Span& s, JsonWriter* w, const std::string* text = nullptr);

// Writes the fact as one JSON object in the shape of report.json's facts[] (DESIGN.md),
// with `article`'s fields when given (extract's lines).
void WriteFactJson(const Fact& f, JsonWriter* w, const FactArticleFields* article = nullptr);
// The same as a tree. Round-trips with FactFromJson.
nlohmann::json FactToJson(const Fact& f);
// InvalidArgument naming the missing or mistyped field.
absl::StatusOr<Fact> FactFromJson(const nlohmann::json& j);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_FACT_H_
