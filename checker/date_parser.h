// Finds calendar references (dates, weekdays, months, years, relative days, time of
// day, date ranges) in tokens and resolves them against a reference date.
//
// Month and weekday names, relative expressions ("kemarin", "pekan lalu", "bulan lalu",
// "tahun lalu", "akhir bulan ini"), day-part words ("malam", "pagi"), time-zone words
// ("WIB"), range connectives ("hingga", "sampai", "s.d.", "-") and the filler words
// that may precede a date ("pada", "hari", "tanggal") live in rules/<lang>/dates.json.
// Resolution uses absl::CivilDay arithmetic; a weekday without a date resolves to the
// most recent such day on or before the reference date unless a rule says otherwise
// ("depan", "mendatang": the next one).
//
//   DateParser p = *DateParser::FromJson(json, "rules/id/dates.json", &numbers);
//   TokenizedText t = Tokenize("tiba pada Rabu malam", {});
//   absl::optional<ParsedDate> d = p.ParseAt(t, 1, absl::CivilDay(2023, 10, 19));
//   // d->from == 2023-10-18, d->text span covers "pada Rabu malam"
//
// Thread-safe after construction.
#ifndef CLAIMCHECK_CHECKER_DATE_PARSER_H_
#define CLAIMCHECK_CHECKER_DATE_PARSER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/time/civil_time.h"
#include "absl/types/optional.h"
#include "checker/number_parser.h"
#include "checker/tokenizer.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

// The rule of a year of another calendar ("1445 Hijriah"): read, unresolved, and no date
// of any fact.
inline constexpr absl::string_view kOtherCalendar = "date.other_calendar";
// The rule of a year that only modifies a noun ("the 2019 price list"): read, so that no
// count is taken of it, and no date of any fact.
inline constexpr absl::string_view kYearModifier = "date.year_modifier";

enum class DateGrain : uint8_t { kYear, kMonth, kDay, kMinute };

// Whether `hour` falls in the hours [from, to) of a day part, which wrap past midnight
// when from > to ("malam": 18..4).
inline bool HourInWindow(int hour, int from, int to) {
  return from <= to ? hour >= from && hour < to : hour >= from || hour < to;
}

struct ParsedDate {
  uint32_t first_token = 0;  // tokens [first_token, end_token)
  uint32_t end_token = 0;
  bool resolved = false;     // false: kept but could not be placed on the calendar
  bool is_range = false;     // "antara 1 September dan 1 Oktober", "5-7 Januari 2024"
  bool year_certain = true;  // false when the year was inferred from the reference date
  DateGrain grain = DateGrain::kDay;
  absl::CivilMinute from;    // start (grain says how much of it is meaningful)
  absl::CivilMinute to;      // end of a range; equal to from otherwise
  bool has_time = false;     // a time of day was given ("pukul 14.40", "jam 3 sore")
  int second = 0;            // seconds of `from` when written ("20:32:13"); 0 otherwise
  int day_part_hour = -1;    // nominal hour of a day part without a clock ("Rabu malam" = 20,
                             // "tadi malam" = 0); grain stays kDay; -1 when none
  int day_part_from = -1;    // the hours [from, to) a clock time of that day part falls in
  int day_part_to = -1;      // ("malam": 18..4, wrapping past midnight); -1 when none
  // A night that runs past midnight ("Minggu (3/11) malam"), with no time: it meets the
  // small hours of the next day ("Senin pukul 00.30", "Senin dini hari").
  bool night = false;
  bool small_hours = false;  // before the night ends (DateRules::night_ends_hour)
  int tz_offset_minutes = 0; // from "WIB" (420), "WITA" (480), "WIT" (540); 0 if none
  bool has_tz = false;
  int weekday = -1;          // 0 = Sunday .. 6 = Saturday when a weekday was written
  // The weekday written is not the date's ("Jumat (15/6/2024)", a Saturday): the date is
  // kept, and either may be the writer's slip.
  bool weekday_mismatch = false;
  absl::string_view rule;    // the rule that produced it, e.g. "date.weekday_paren" (a literal)
};

class DateParser {
 public:
  // Builds the parser from dates.json. `numbers` must outlive the parser (used for
  // "tiga hari yang lalu", "5 Januari"). InvalidArgument names the file and entry on a
  // malformed table.
  static absl::StatusOr<DateParser> FromJson(const nlohmann::json& json,
                                             absl::string_view file,
                                             const NumberParser* numbers);

  // Parses the longest calendar reference starting exactly at token `i`, resolving it
  // against `reference` (the article's publication date). When `reference` is nullopt,
  // relative expressions are returned with resolved = false. `numbers`, when given, is
  // the memo of t's numbers by the NumberParser this parser was built with.
  absl::optional<ParsedDate> ParseAt(const TokenizedText& t, size_t i,
                                     absl::optional<absl::CivilMinute> reference,
                                     const NumberMemo* numbers = nullptr) const;

  // Whether a day part ("midnight", "tengah malam", "morning") starts at token `i`: a
  // time of day, which names no happening ("just before midnight on Sunday").
  bool DayPartAt(const TokenizedText& t, size_t i) const;

  // Every rule name ParsedDate::rule can hold, sorted ("date.day_month_year", ...).
  std::vector<std::string> RuleNames() const;

  struct Impl;

 private:
  DateParser() = default;
  std::shared_ptr<const Impl> impl_;
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_DATE_PARSER_H_
