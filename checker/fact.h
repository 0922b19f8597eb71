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

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/json_writer.h"
#include "checker/span.h"
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

// When the fact's event happened, if its sentence says so.
struct FactTime {
  bool present = false;
  bool resolved = false;
  std::string from;   // ISO date, "2023-10-18"
  std::string to;     // equal to from unless a range
  std::string grain;  // "year", "month", "day", "minute"
  Span span;          // the date expression in the article
};

struct Measures {
  std::string head;                   // canonical concept of the counted/measured thing
  std::string head_text;              // as written ("pesawat nirawak")
  std::string qualifier;              // "tewas" in "4 orang tewas" (after a classifier)
  std::vector<std::string> context;   // canonical content words of the clause, sorted, unique
  std::vector<std::string> entities;  // named entities of the sentence, lower-cased, sorted
};

struct Fact {
  std::string id;       // "<article>#<begin>-<end>", stable across runs
  std::string article;  // Article::id
  Span span;
  std::string text;     // verbatim bytes of the span

  FactKind kind = FactKind::kNumber;
  Bound bound = Bound::kExact;
  std::string dimension;  // "count", "length", "money", "duration", "date", ...
  std::string unit;       // canonical unit ("m", "IDR", "day"); for counts, the head
  double value = 0;       // nominal value in canonical units (low end of a range)
  double high = 0;        // high end for kRange (== value otherwise)
  Interval interval;      // what the statement allows, before tolerances

  // The number and unit as written.
  double surface_value = 0;
  double surface_high = 0;
  std::string surface_unit;

  // Dates: ISO from/to and grain (kind kDate / kDateRange).
  std::string date_from;
  std::string date_to;
  std::string date_grain;
  bool date_resolved = true;

  Measures measures;
  FactTime time;
  std::string attributed_to;
  bool caption = false;  // from a photo or video caption
  bool headline = false;  // from the article's headline
  bool hypothetical = false;  // in a conditional sentence: what would happen
  bool part = false;          // "180 penumpang lainnya": the rest of a split
  // "dua tahun lebih ringan daripada tuntutan": a difference between two amounts, not
  // an amount; never compared with amounts.
  bool comparative = false;
  bool vague = false;    // "ratusan", "ribuan"
  std::string rule;      // the rule that produced it: "count.noun", "quantity.unit", ...
  std::vector<std::string> rules;  // every rule that fired: kind, number, hedge, unit
  uint32_t sentence = 0; // sentence index within the article
  Span sentence_span;    // the sentence, for context in reports
  std::string sentence_text;  // its verbatim text (reports quote it beside the span)
};

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
