#include "checker/fact.h"

#include <cmath>
#include <string>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace claimcheck {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

struct KindName {
  FactKind kind;
  const char* name;
};
constexpr KindName kKinds[] = {
    {FactKind::kCount, "count"},         {FactKind::kQuantity, "quantity"},
    {FactKind::kMoney, "money"},         {FactKind::kDate, "date"},
    {FactKind::kDateRange, "date_range"}, {FactKind::kDuration, "duration"},
    {FactKind::kNumber, "number"},
};

struct BoundNameEntry {
  Bound bound;
  const char* name;
};
constexpr BoundNameEntry kBounds[] = {
    {Bound::kExact, "exact"},        {Bound::kApprox, "approx"},
    {Bound::kAtLeast, "at_least"},   {Bound::kMoreThan, "more_than"},
    {Bound::kAtMost, "at_most"},     {Bound::kLessThan, "less_than"},
    {Bound::kRange, "range"},
};

}  // namespace

absl::string_view FactKindName(FactKind k) {
  for (const auto& e : kKinds) {
    if (e.kind == k) return e.name;
  }
  return "number";
}

absl::string_view BoundName(Bound b) {
  for (const auto& e : kBounds) {
    if (e.bound == b) return e.name;
  }
  return "exact";
}

bool ParseFactKind(absl::string_view s, FactKind* out) {
  for (const auto& e : kKinds) {
    if (s == e.name) {
      *out = e.kind;
      return true;
    }
  }
  return false;
}

bool ParseBound(absl::string_view s, Bound* out) {
  for (const auto& e : kBounds) {
    if (s == e.name) {
      *out = e.bound;
      return true;
    }
  }
  return false;
}

absl::string_view GrainName(Grain g) {
  switch (g) {
    case Grain::kNone: return "";
    case Grain::kYear: return "year";
    case Grain::kMonth: return "month";
    case Grain::kDay: return "day";
    case Grain::kMinute: return "minute";
  }
  return "";
}

Grain ParseGrain(absl::string_view s) {
  for (Grain g : {Grain::kYear, Grain::kMonth, Grain::kDay, Grain::kMinute}) {
    if (s == GrainName(g)) return g;
  }
  return Grain::kNone;
}

CalendarDay CalendarDay::Parse(absl::string_view iso) {
  absl::CivilDay d;
  if (!absl::ParseCivilTime(iso, &d)) return CalendarDay();
  return CalendarDay(d);
}

namespace {

struct YearMonthDay {
  int64_t year;
  int month;
  int day;
};

// The proleptic Gregorian date `days` after 1970-01-01, counted in whole 400-year eras
// (H. Hinnant's civil_from_days). Adding days to an absl::CivilDay normalizes through
// cctz, which walks a century at a time; every fact's dates are written from this.
YearMonthDay FromDaysSinceEpoch(int64_t days) {
  const int64_t z = days + 719468;  // days since 0000-03-01
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;                                   // [0, 146096]
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);           // [0, 365]
  const int64_t mp = (5 * doy + 2) / 153;                                  // March = 0
  const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {yoe + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

// The date of `days` since `epoch` (1970-01-01): by eras, or by absl's arithmetic far
// beyond any calendar a text names (and near int64's ends, where the eras overflow).
YearMonthDay DateOf(absl::CivilDay epoch, int64_t days) {
  constexpr int64_t kFastDays = int64_t{1} << 40;
  if (days >= -kFastDays && days <= kFastDays) return FromDaysSinceEpoch(days);
  const absl::CivilDay d = epoch + days;
  return {d.year(), d.month(), d.day()};
}

// Fact::id(): "<article>#<span begin>".
void AppendFactId(absl::string_view article, uint32_t begin, std::string* out) {
  absl::StrAppend(out, article, "#", begin);
}

}  // namespace

absl::CivilDay CalendarDay::civil() const {
  const YearMonthDay d = DateOf(kEpoch, days_);
  return absl::CivilDay(d.year, d.month, d.day);
}

std::string CalendarDay::str() const {
  if (empty()) return "";
  const YearMonthDay d = DateOf(kEpoch, days_);
  if (d.year < 0 || d.year > 9999) return absl::StrFormat("%04d-%02d-%02d", d.year, d.month, d.day);
  // Every fact's date and time scope is written this way: digits by hand, not printf.
  std::string s = "0000-00-00";
  auto put = [&](size_t end, int64_t v, int digits) {
    for (int k = 0; k < digits; ++k, v /= 10) s[end - k] = static_cast<char>('0' + v % 10);
  };
  put(3, d.year, 4);
  put(6, d.month, 2);
  put(9, d.day, 2);
  return s;
}

std::string Fact::id() const {
  std::string id;
  AppendFactId(article, span.begin, &id);
  return id;
}

Interval Interval::FromBound(Bound b, double value, double high) {
  switch (b) {
    case Bound::kExact:
    case Bound::kApprox:
      return Interval::Point(value);
    case Bound::kAtLeast:
      return Interval{value, kInf, false, true};
    case Bound::kMoreThan:
      return Interval{value, kInf, true, true};
    case Bound::kAtMost:
      return Interval{-kInf, value, true, false};
    case Bound::kLessThan:
      return Interval{-kInf, value, true, true};
    case Bound::kRange:
      return Interval{std::min(value, high), std::max(value, high), false, false};
  }
  return Interval::Point(value);
}

void WriteSpanJson(const Span& s, JsonWriter* w, const std::string* text) {
  w->BeginSortedObject();
  w->PlainKey("begin").Uint(s.begin);
  w->PlainKey("end").Uint(s.end);
  if (text != nullptr) w->PlainKey("text").String(*text);
  w->EndObject();
}

std::string ClockText(int minutes) { return absl::StrFormat("%02d:%02d", minutes / 60, minutes % 60); }

void WriteFactJson(const Fact& f, JsonWriter* w, const FactArticleFields* article) {
  // Members in key order (nlohmann's), so every object is a sorted one: the writer keeps
  // nothing for a sort.
  w->BeginSortedObject();
  w->PlainKey("article").String(f.article);
  w->PlainKey("attributed_to").StringOrNull(f.attributed_to);
  w->PlainKey("bound").String(BoundName(f.bound));
  w->PlainKey("caption").Bool(f.caption);
  w->PlainKey("comparative").Bool(f.comparative);
  if (f.kind == FactKind::kDate || f.kind == FactKind::kDateRange) {
    w->PlainKey("date").BeginSortedObject();
    w->PlainKey("from").String(f.date_from.str());
    w->PlainKey("grain").String(GrainName(f.date_grain));
    w->PlainKey("resolved").Bool(f.date_resolved);
    w->PlainKey("to").String(f.date_to.str());
    w->EndObject();
  }
  w->PlainKey("delta").Bool(f.delta);
  w->PlainKey("dimension").String(f.dimension);
  w->PlainKey("earlier").Bool(f.earlier);
  w->PlainKey("headline").Bool(f.headline);
  w->PlainKey("high").Double(f.interval.high);
  w->PlainKey("high_open").Bool(f.interval.high_open);
  w->PlainKey("hypothetical").Bool(f.hypothetical);
  {
    thread_local std::string id;  // f.id(), in a string kept for its capacity
    id.clear();
    AppendFactId(f.article, f.span.begin, &id);
    w->PlainKey("id").String(id);
  }
  w->PlainKey("kind").String(FactKindName(f.kind));
  if (article) w->PlainKey("lang").String(article->lang);
  w->PlainKey("low").Double(f.interval.low);
  w->PlainKey("low_open").Bool(f.interval.low_open);
  w->PlainKey("measures").BeginSortedObject();
  w->PlainKey("context").StringArray(f.measures.context);
  w->PlainKey("entities").StringArray(f.measures.entities);
  w->PlainKey("head").String(f.measures.head);
  w->PlainKey("head_text").String(f.measures.head_text);
  w->PlainKey("place").String(f.measures.place);
  w->PlainKey("qualifier").String(f.measures.qualifier);
  w->PlainKey("scope").String(f.measures.scope);
  w->EndObject();
  w->PlainKey("negated").Bool(f.negated);
  if (article) w->PlainKey("outlet").String(article->outlet);
  w->PlainKey("part").Bool(f.part);
  if (article) w->PlainKey("path").String(article->path);
  w->PlainKey("precision").Double(f.precision);
  if (article) w->PlainKey("published").StringOrNull(article->published);
  w->PlainKey("rule").String(f.rule);
  w->PlainKey("rules").StringArray(f.rules);
  w->PlainKey("sentence").BeginSortedObject();
  w->PlainKey("begin").Uint(f.sentence_span.begin);
  w->PlainKey("end").Uint(f.sentence_span.end);
  w->PlainKey("index").Uint(f.sentence);
  w->PlainKey("text").String(f.sentence_text);
  w->EndObject();
  w->PlainKey("span");
  WriteSpanJson(f.span, w, &f.text);
  if (article && !article->story.empty()) w->PlainKey("story").String(article->story);
  w->PlainKey("surface").BeginSortedObject();
  if (f.bound == Bound::kRange) w->PlainKey("high").Double(f.surface_high);
  w->PlainKey("unit").String(f.surface_unit);
  w->PlainKey("value").Double(f.surface_value);
  w->EndObject();
  w->PlainKey("time");
  if (f.time.present) {
    w->BeginSortedObject();
    if (f.time.clock >= 0) {
      w->PlainKey("clock").String(ClockText(f.time.clock));
    }
    w->PlainKey("from").String(f.time.from.str());
    w->PlainKey("grain").String(GrainName(f.time.grain));
    w->PlainKey("resolved").Bool(f.time.resolved);
    w->PlainKey("span");
    WriteSpanJson(f.time.span, w);
    w->PlainKey("to").String(f.time.to.str());
    if (f.time.zone != FactTime::kNoZone) w->PlainKey("zone").Int(f.time.zone);
    w->EndObject();
  } else {
    w->Null();
  }
  w->PlainKey("unit").String(f.unit);
  if (article && !article->url.empty()) w->PlainKey("url").String(article->url);
  w->PlainKey("vague").Bool(f.vague);
  w->PlainKey("value").Double(f.value);
  w->EndObject();
}

nlohmann::json FactToJson(const Fact& f) {
  std::string s;
  JsonWriter w(&s);
  WriteFactJson(f, &w);
  return nlohmann::json::parse(s);
}

namespace {

// Small typed readers that turn nlohmann's exceptions into Status.
absl::Status Missing(absl::string_view field) {
  return absl::InvalidArgumentError(absl::StrCat("fact: missing or mistyped field '", field, "'"));
}

bool GetString(const nlohmann::json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

bool GetString(const nlohmann::json& j, const char* key, Symbol* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return false;
  *out = it->get_ref<const std::string&>();
  return true;
}

double GetNumberOr(const nlohmann::json& j, const char* key, double fallback) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_number()) return fallback;
  return it->get<double>();
}

bool GetBoolOr(const nlohmann::json& j, const char* key, bool fallback) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_boolean()) return fallback;
  return it->get<bool>();
}

bool GetSpan(const nlohmann::json& j, const char* key, Span* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return false;
  auto b = it->find("begin");
  auto e = it->find("end");
  if (b == it->end() || e == it->end() || !b->is_number_unsigned() || !e->is_number_unsigned()) {
    return false;
  }
  out->begin = b->get<uint32_t>();
  out->end = e->get<uint32_t>();
  return true;
}

WordList GetStrings(const nlohmann::json& j, const char* key) {
  WordList out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& v : *it) {
    // (An empty word says nothing, and the words' readers take a first letter.)
    if (v.is_string() && !v.get_ref<const std::string&>().empty()) out.push_back(v.get_ref<const std::string&>());
  }
  return out;
}

// A date field: "" (unresolved) or YYYY-MM-DD.
CalendarDay GetDay(const nlohmann::json& j, const char* key) {
  std::string s;
  GetString(j, key, &s);
  return CalendarDay::Parse(s);
}

Grain GetGrain(const nlohmann::json& j) {
  std::string s;
  GetString(j, "grain", &s);
  return ParseGrain(s);
}

}  // namespace

absl::StatusOr<Fact> FactFromJson(const nlohmann::json& j) {
  if (!j.is_object()) return absl::InvalidArgumentError("fact: not a JSON object");
  Fact f;
  // The id is "<article>#<begin>", made from those two when written.
  if (auto id = j.find("id"); id == j.end() || !id->is_string()) return Missing("id");
  if (!GetString(j, "article", &f.article)) return Missing("article");
  if (!GetSpan(j, "span", &f.span)) return Missing("span");
  GetString(j["span"], "text", &f.text);
  std::string kind, bound;
  if (!GetString(j, "kind", &kind) || !ParseFactKind(kind, &f.kind)) return Missing("kind");
  if (!GetString(j, "bound", &bound) || !ParseBound(bound, &f.bound)) return Missing("bound");
  GetString(j, "unit", &f.unit);
  GetString(j, "dimension", &f.dimension);
  f.value = GetNumberOr(j, "value", 0);
  f.interval.low = GetNumberOr(j, "low", -kInf);
  f.interval.high = GetNumberOr(j, "high", kInf);
  f.interval.low_open = GetBoolOr(j, "low_open", false);
  f.interval.high_open = GetBoolOr(j, "high_open", false);
  f.high = f.bound == Bound::kRange ? f.interval.high : f.value;
  f.precision = GetNumberOr(j, "precision", 0);
  if (auto s = j.find("surface"); s != j.end() && s->is_object()) {
    f.surface_value = GetNumberOr(*s, "value", 0);
    f.surface_high = GetNumberOr(*s, "high", f.surface_value);
    GetString(*s, "unit", &f.surface_unit);
  }
  if (auto d = j.find("date"); d != j.end() && d->is_object()) {
    f.date_from = GetDay(*d, "from");
    f.date_to = GetDay(*d, "to");
    f.date_grain = GetGrain(*d);
    f.date_resolved = GetBoolOr(*d, "resolved", true);
  }
  if (auto m = j.find("measures"); m != j.end() && m->is_object()) {
    GetString(*m, "head", &f.measures.head);
    GetString(*m, "head_text", &f.measures.head_text);
    GetString(*m, "qualifier", &f.measures.qualifier);
    GetString(*m, "place", &f.measures.place);
    GetString(*m, "scope", &f.measures.scope);
    f.measures.context = GetStrings(*m, "context");
    f.measures.entities = GetStrings(*m, "entities");
  }
  if (auto t = j.find("time"); t != j.end() && t->is_object()) {
    f.time.present = true;
    f.time.from = GetDay(*t, "from");
    f.time.to = GetDay(*t, "to");
    f.time.grain = GetGrain(*t);
    f.time.resolved = GetBoolOr(*t, "resolved", false);
    GetSpan(*t, "span", &f.time.span);
    std::string clock;
    int hour = 0, minute = 0;
    if (GetString(*t, "clock", &clock) && clock.size() == 5 && clock[2] == ':' &&
        absl::SimpleAtoi(clock.substr(0, 2), &hour) && absl::SimpleAtoi(clock.substr(3, 2), &minute) &&
        hour >= 0 && hour < 24 && minute >= 0 && minute < 60) {
      f.time.clock = static_cast<int16_t>(hour * 60 + minute);
    }
    if (auto z = t->find("zone"); z != t->end() && z->is_number_integer() && z->get<int>() >= -14 * 60 &&
        z->get<int>() <= 14 * 60) {
      f.time.zone = static_cast<int16_t>(z->get<int>());
    }
  }
  GetString(j, "attributed_to", &f.attributed_to);
  f.caption = GetBoolOr(j, "caption", false);
  f.headline = GetBoolOr(j, "headline", false);
  f.hypothetical = GetBoolOr(j, "hypothetical", false);
  f.negated = GetBoolOr(j, "negated", false);
  f.part = GetBoolOr(j, "part", false);
  f.comparative = GetBoolOr(j, "comparative", false);
  f.delta = GetBoolOr(j, "delta", false);
  f.earlier = GetBoolOr(j, "earlier", false);
  f.vague = GetBoolOr(j, "vague", false);
  GetString(j, "rule", &f.rule);
  f.rules = GetStrings(j, "rules");
  if (auto s = j.find("sentence"); s != j.end() && s->is_object()) {
    f.sentence = static_cast<uint32_t>(GetNumberOr(*s, "index", 0));
    f.sentence_span.begin = static_cast<uint32_t>(GetNumberOr(*s, "begin", 0));
    f.sentence_span.end = static_cast<uint32_t>(GetNumberOr(*s, "end", 0));
    GetString(*s, "text", &f.sentence_text);
  }
  return f;
}

}  // namespace claimcheck
