// The loaded, validated form of rules/<lang>/dates.json: word tables and settings for
// DateParser. Internal to the date_parser library; nothing outside it includes this.
//
// Every word list is a Lexicon (longest match over tokens, case-insensitive), so the
// parser holds no language: month and weekday names, fillers, relative words, day
// parts, clock markers, time zones, eras, units, directions and range words all come
// from the JSON. LoadDateRules validates the file and names the file and the entry in
// every error ("rules/id/dates.json: months[2].forms[1]: duplicate form 'mar'").
//
// Immutable and thread-safe after loading.
#ifndef CLAIMCHECK_CHECKER_DATE_RULES_H_
#define CLAIMCHECK_CHECKER_DATE_RULES_H_

#include <cstdint>
#include <array>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/date_parser.h"
#include "checker/lexicon.h"
#include "checker/number_parser.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace internal_dates {

// What kind of expression a core parse is; fillers list the kinds they may open.
enum Kind : uint32_t {
  kKindWeekday = 1,
  kKindDate = 2,  // a day with its month: "17 Agustus 1945", "18/10"
  kKindMonth = 4,
  kKindYear = 8,
  kKindRelative = 16,
  kKindTime = 32,
  kKindDayPart = 64,
  // A bare year with a comma after it, a clause's time ("Untuk 2024, pemerintah
  // menargetkan ..."), where the filler is too common before counts to open any year.
  kKindYearClause = 128,
  kKindAll = 255,
};

// How a weekday or a month without a year is placed relative to the reference.
enum class Mode : uint8_t {
  kDefault,   // the settings' policy (weekday_default; future_window_months for months)
  kPrevious,  // "lalu", "kemarin": strictly before the reference
  kNext,      // "depan", "mendatang": strictly after the reference
  kThis,      // "ini": this week / this year
  kLastWeek,  // "minggu lalu": that weekday of the previous week
  kNextWeek,  // "minggu depan": that weekday of the next week
};

enum class WeekdayPolicy : uint8_t { kPast, kNearest, kFuture };

struct MonthForm {
  int month = 0;  // 1..12
  bool ambiguous = false;  // counts only next to a day or a year ("Jan")
};

struct WeekdayForm {
  int weekday = 0;  // 0 = Sunday
  bool ambiguous = false;  // "minggu" is also "week"
};

struct Filler {
  uint32_t kinds = 0;  // Kind bits this filler may open
};

struct RelativeDay {
  int days = 0;
  bool now = false;  // "sekarang": the reference minute itself
};

struct DayPart {
  int hour = 0;     // nominal hour ("malam" = 20)
  int days = 0;     // day offset ("tengah malam" = the next day's 00:00)
  bool has_window = false;
  int window_from = 0;  // hours [from, to) a clock hour written with this part falls in;
  int window_to = 0;    // wraps past midnight when from > to ("malam": 18..4)
};

struct Unit {
  int64_t months = 0;   // calendar units ("bulan" = 1, "tahun" = 12)
  int64_t minutes = 0;  // fixed units ("hari" = 1440, "jam" = 60)
  DateGrain grain = DateGrain::kDay;
};

struct Direction {
  int sign = 1;         // -1: before the reference ("lalu"), +1: after ("lagi")
  bool period = false;  // "terakhir": the whole span up to the reference
};

// A period of the year: its length in months and which of them it is ("kuartal III":
// 3, 3; "first half": 6, 1).
struct PeriodOfYear {
  int months = 3;
  int index = 1;
  bool needs_year = false;  // a period only with its year ("the first half of 2024", not of a match)
};

struct MonthPart {
  int from_day = 1;  // "akhir" = 21..31 (clamped to the month's length)
  int to_day = 31;
};

struct Settings {
  int future_window_months = 6;  // a yearless date further ahead than this is last year's
  // The same for a yearless date with no future marker before it in its clause.
  int unmarked_future_months = 6;
  WeekdayPolicy weekday_policy = WeekdayPolicy::kPast;
  int week_starts_on = 1;        // 0 = Sunday
  bool numeric_day_first = true;  // "dmy" (18/10) or "mdy"
  std::string numeric_separators = "/-.";
  std::string numeric_day_month_separators = "/";  // allowed when the year is absent
  int numeric_bare_min_digits = 2;  // "18/10" alone is a date, "3/4" is not
  int two_digit_year_pivot = 50;    // "18/10/23" = 2023, "18/10/67" = 1967
  std::string clock_separators = ".:";
  bool bare_clock_needs_seconds = true;  // "20:32:13" alone is a time, "04:10" is not
  // A relative day capitalised inside a sentence is a name ("Bay Today", "USA Today").
  bool capitalized_relative_day_is_name = false;
};

// Every Lexicon added here must also be listed in DateParser::Impl::BuildStarters
// (date_parser.cc), or dates starting with its words are never tried.
struct DateRules {
  Settings settings;
  // The hour the latest night ends: the end of the day parts whose window wraps past
  // midnight ("malam": 18..4 ends at 4). A time before it is the small hours of the night
  // before. 0 when no day part wraps.
  int night_ends_hour = 0;
  Lexicon<MonthForm> months;
  Lexicon<WeekdayForm> weekdays;
  Lexicon<int> weekday_after;       // words after which an ambiguous weekday counts
  Lexicon<int> weekday_not_after;   // words that make any weekday a name ("Good Friday")
  // Words earlier in the sentence that make a bare weekday point forward ("akan
  // dilanjutkan Senin pagi", "will resume on Monday"), whatever weekday_default says.
  absl::flat_hash_set<std::string> future_markers;
  // dates.json past_auxiliaries: words right before a future marker that put it in the
  // past ("a debt payment that was due on Monday", in a report of Tuesday: the Monday just
  // gone).
  absl::flat_hash_set<std::string> past_auxiliaries;
  // Words right before a bare weekday that make it point forward when a future marker
  // follows later in its sentence ("From Thursday, the city will be divided").
  absl::flat_hash_set<std::string> future_onsets;
  bool weekday_needs_capital = true;
  // When set, an ambiguous month form counts only capitalised ("may" is a verb), and a
  // capitalised one inside a sentence is a month like any other ("in May").
  bool month_needs_capital = false;
  std::array<MonthForm, 13> plain_months;  // [m]: month m, not ambiguous
  Lexicon<int> weekday_not_before;  // words after an ambiguous weekday that veto it
  Lexicon<int> day_part_not_after;
  Lexicon<int> day_part_not_before;
  Lexicon<Filler> fillers;
  Lexicon<RelativeDay> relative_days;
  Lexicon<DayPart> day_parts_alone;  // may stand alone ("malam", "tadi malam")
  Lexicon<DayPart> day_parts_after;  // may follow a day or a clock ("Rabu malam")
  Lexicon<DayPart> clock_suffixes;   // only after a clock hour ("3 p.m.")
  Lexicon<int> time_markers;
  // value: offset in minutes, or kUnknownZone ("local time": a zone named, its offset not)
  Lexicon<int> time_zones;
  static constexpr int kUnknownZone = 1 << 20;
  Lexicon<int> eras;                 // value: sign of the year
  Lexicon<int> year_markers;
  // Words after which a bare four-digit number is a year: "since 2012", "sejak 2012"; with
  // value kClauseYearOpener (clause_year_openers) only when a comma, the sentence's end or
  // a year_clause_followers word follows the year: "dibandingkan 2019 yang mencapai",
  // "compared with 2019, when", not "dibandingkan 2011 orang".
  Lexicon<int> year_openers;
  static constexpr int kClauseYearOpener = 1;
  // Nouns of a yearly or dated event written right before or after a bare year ("Pemilu
  // 2019", "musim haji 2023"; "the 2019 election"): the year is a date.
  Lexicon<int> year_nouns_before, year_nouns_after;
  // Words right before a bare four-digit number that make it a year when a lower-case word
  // follows ("the 2019 price list"): English writes a count of thousands with a comma.
  Lexicon<int> year_determiners;
  // Eras of other calendars written after a year ("1445 Hijriah", "1445 H", "1946 Saka";
  // "1445 AH"): the year is no Gregorian one and dates nothing.
  Lexicon<int> other_calendar_eras;
  // Words before the number of a week of the year ("minggu ke-12 tahun 2024", "week 12"),
  // and the ordinal prefix the number may carry ("ke": "ke-12", "ke 12").
  Lexicon<int> week_markers;
  std::string week_ordinal_prefix;
  Lexicon<int> week_year_joiners;  // between the week and its year ("week 12 of 2024")
  // Quarters and halves of a year ("kuartal I", "triwulan ketiga", "the second quarter",
  // "first half"), and the words between one and its year ("of": "the first quarter of 2024").
  Lexicon<PeriodOfYear> periods_of_year;
  Lexicon<int> period_year_joiners;
  Lexicon<int> month_markers;
  Lexicon<int> decade_suffixes;
  Lexicon<Mode> modifiers;           // after what they modify ("Senin depan")
  Lexicon<Mode> prefix_modifiers;    // before it ("last Monday", "next week")
  Lexicon<Unit> units;
  Lexicon<Unit> alone_units;         // units that take a modifier alone ("bulan lalu")
  std::vector<std::string> one_prefixes;  // "se" + unit = one unit ("setahun")
  Lexicon<int> count_joiners;
  // Words right after a bare year that a year_clause filler opens which make it a year in
  // mid-sentence as a comma does ("untuk 2025 sebesar 1,5 juta ton", "for 2025 was").
  Lexicon<int> year_clause_followers;
  Lexicon<Direction> count_before;
  Lexicon<Direction> count_after;
  Lexicon<MonthPart> month_parts;
  Lexicon<int> connectives;
  Lexicon<int> openers;              // value: index into opener_connectives
  std::vector<Lexicon<int>> opener_connectives;
};

// Builds DateRules from the parsed dates.json. `file` names the file in errors.
absl::StatusOr<DateRules> LoadDateRules(const nlohmann::json& json, absl::string_view file);

}  // namespace internal_dates
}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_DATE_RULES_H_
