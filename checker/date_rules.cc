#include "checker/date_rules.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/status_macros.h"

namespace claimcheck {
namespace internal_dates {
namespace {

using json = nlohmann::json;

// Reads typed members and turns every problem into "file: where: problem".
class Reader {
 public:
  explicit Reader(absl::string_view file) : file_(file) {}

  absl::Status Error(absl::string_view where, absl::string_view problem) const {
    return absl::InvalidArgumentError(absl::StrCat(file_, ": ", where, ": ", problem));
  }

  // The member `key` of object `obj`, or nullptr when it is absent and not required.
  absl::StatusOr<const json*> Member(const json& obj, absl::string_view where,
                                     const char* key, bool required) const {
    if (!obj.is_object()) return Error(where, "must be an object");
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) return Error(where, absl::StrCat("missing '", key, "'"));
      return nullptr;
    }
    return &*it;
  }

  absl::StatusOr<int64_t> Int(const json& obj, absl::string_view where, const char* key,
                              bool required, int64_t fallback, int64_t lo, int64_t hi) const {
    CC_ASSIGN_OR_RETURN(const json* v, Member(obj, where, key, required));
    if (v == nullptr) return fallback;
    if (!v->is_number_integer()) {
      return Error(where, absl::StrCat("'", key, "' must be an integer"));
    }
    int64_t n = v->get<int64_t>();
    if (n < lo || n > hi) {
      return Error(where, absl::StrCat("'", key, "' must be in ", lo, "..", hi, ", not ", n));
    }
    return n;
  }

  absl::StatusOr<bool> Bool(const json& obj, absl::string_view where, const char* key,
                            bool fallback) const {
    CC_ASSIGN_OR_RETURN(const json* v, Member(obj, where, key, false));
    if (v == nullptr) return fallback;
    if (!v->is_boolean()) return Error(where, absl::StrCat("'", key, "' must be true or false"));
    return v->get<bool>();
  }

  absl::StatusOr<std::string> String(const json& obj, absl::string_view where, const char* key,
                                     bool required, const std::string& fallback) const {
    CC_ASSIGN_OR_RETURN(const json* v, Member(obj, where, key, required));
    if (v == nullptr) return fallback;
    if (!v->is_string() || v->get<std::string>().empty()) {
      return Error(where, absl::StrCat("'", key, "' must be a non-empty string"));
    }
    return v->get<std::string>();
  }

  absl::StatusOr<std::vector<std::string>> Strings(const json& obj, absl::string_view where,
                                                   const char* key, bool required) const {
    CC_ASSIGN_OR_RETURN(const json* v, Member(obj, where, key, required));
    std::vector<std::string> out;
    if (v == nullptr) return out;
    if (!v->is_array()) return Error(where, absl::StrCat("'", key, "' must be a list of strings"));
    for (size_t k = 0; k < v->size(); ++k) {
      const json& s = (*v)[k];
      if (!s.is_string() || s.get<std::string>().empty()) {
        return Error(absl::StrCat(where, where.empty() ? "" : ".", key, "[", k, "]"),
                     "must be a non-empty string");
      }
      out.push_back(s.get<std::string>());
    }
    return out;
  }

  // The list `key` of objects; each element is checked to be an object.
  absl::StatusOr<const json*> Objects(const json& obj, const char* key) const {
    CC_ASSIGN_OR_RETURN(const json* v, Member(obj, "top level", key, true));
    if (!v->is_array()) return Error(key, "must be a list");
    for (size_t k = 0; k < v->size(); ++k) {
      if (!(*v)[k].is_object()) return Error(absl::StrCat(key, "[", k, "]"), "must be an object");
    }
    return v;
  }

  // Adds `form` to `lex`; a duplicate or a form with no tokens is an error.
  template <typename V>
  absl::Status Add(Lexicon<V>* lex, const std::string& form, V value,
                   absl::string_view where) const {
    if (!lex->Add(form, std::move(value))) {
      return Error(where, absl::StrCat("duplicate or empty form '", form, "'"));
    }
    return absl::OkStatus();
  }

  // Adds every string of list `key` of `obj` with the same value.
  template <typename V>
  absl::Status AddAll(Lexicon<V>* lex, const json& obj, absl::string_view where,
                      const char* key, bool required, const V& value) const {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, Strings(obj, where, key, required));
    for (size_t k = 0; k < forms.size(); ++k) {
      CC_RETURN_IF_ERROR(Add(lex, forms[k], value,
                             absl::StrCat(where, where.empty() ? "" : ".", key, "[", k, "]")));
    }
    return absl::OkStatus();
  }

 private:
  std::string file_;
};

std::string Where(const char* list, size_t k) { return absl::StrCat(list, "[", k, "]"); }

absl::StatusOr<DateGrain> GrainByName(const Reader& r, const std::string& name,
                                      absl::string_view where) {
  if (name == "year") return DateGrain::kYear;
  if (name == "month") return DateGrain::kMonth;
  if (name == "day") return DateGrain::kDay;
  if (name == "minute") return DateGrain::kMinute;
  return r.Error(where, absl::StrCat("unknown grain '", name, "' (year, month, day, minute)"));
}

absl::Status LoadSettings(const Reader& r, const json& j, Settings* s) {
  CC_ASSIGN_OR_RETURN(const json* v, r.Member(j, "top level", "settings", true));
  const json& o = *v;
  const char* w = "settings";
  CC_ASSIGN_OR_RETURN(int64_t window, r.Int(o, w, "future_window_months", true, 6, 0, 12));
  s->future_window_months = static_cast<int>(window);
  CC_ASSIGN_OR_RETURN(int64_t unmarked,
                      r.Int(o, w, "unmarked_future_months", false, window, 0, window));
  s->unmarked_future_months = static_cast<int>(unmarked);
  CC_ASSIGN_OR_RETURN(std::string policy, r.String(o, w, "weekday_default", true, ""));
  if (policy == "past") {
    s->weekday_policy = WeekdayPolicy::kPast;
  } else if (policy == "nearest") {
    s->weekday_policy = WeekdayPolicy::kNearest;
  } else if (policy == "future") {
    s->weekday_policy = WeekdayPolicy::kFuture;
  } else {
    return r.Error(w, absl::StrCat("'weekday_default' must be past, nearest or future, not '",
                                   policy, "'"));
  }
  CC_ASSIGN_OR_RETURN(int64_t start, r.Int(o, w, "week_starts_on", false, 1, 0, 6));
  s->week_starts_on = static_cast<int>(start);
  CC_ASSIGN_OR_RETURN(std::string order, r.String(o, w, "numeric_order", false, "dmy"));
  if (order != "dmy" && order != "mdy") {
    return r.Error(w, absl::StrCat("'numeric_order' must be dmy or mdy, not '", order, "'"));
  }
  s->numeric_day_first = order == "dmy";
  auto chars = [&](const char* key, std::string* out) -> absl::Status {
    CC_ASSIGN_OR_RETURN(const json* m, r.Member(o, w, key, false));
    if (m == nullptr) return absl::OkStatus();
    CC_ASSIGN_OR_RETURN(std::vector<std::string> list, r.Strings(o, w, key, true));
    out->clear();
    for (const std::string& c : list) {
      if (c.size() != 1) {
        return r.Error(absl::StrCat(w, ".", key), absl::StrCat("'", c, "' is not one character"));
      }
      out->push_back(c[0]);
    }
    return absl::OkStatus();
  };
  CC_RETURN_IF_ERROR(chars("numeric_separators", &s->numeric_separators));
  CC_RETURN_IF_ERROR(chars("numeric_day_month_separators", &s->numeric_day_month_separators));
  CC_RETURN_IF_ERROR(chars("clock_separators", &s->clock_separators));
  CC_ASSIGN_OR_RETURN(int64_t digits, r.Int(o, w, "numeric_bare_min_digits", false, 2, 1, 2));
  s->numeric_bare_min_digits = static_cast<int>(digits);
  CC_ASSIGN_OR_RETURN(int64_t pivot, r.Int(o, w, "two_digit_year_pivot", false, 50, 0, 100));
  s->two_digit_year_pivot = static_cast<int>(pivot);
  CC_ASSIGN_OR_RETURN(s->bare_clock_needs_seconds,
                      r.Bool(o, w, "bare_clock_needs_seconds", true));
  CC_ASSIGN_OR_RETURN(s->capitalized_relative_day_is_name,
                      r.Bool(o, w, "capitalized_relative_day_is_name", false));
  return absl::OkStatus();
}

// Months and weekdays, with their ambiguous forms flagged.
absl::Status LoadNames(const Reader& r, const json& j, DateRules* d) {
  CC_ASSIGN_OR_RETURN(const json* amb, r.Member(j, "top level", "ambiguous", true));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> amb_months,
                      r.Strings(*amb, "ambiguous", "months", true));
  CC_ASSIGN_OR_RETURN(d->month_needs_capital, r.Bool(*amb, "ambiguous", "months_capitalized", false));
  for (int m = 0; m <= 12; ++m) d->plain_months[m] = MonthForm{m, false};
  absl::flat_hash_map<std::string, bool> month_used;
  for (const std::string& f : amb_months) month_used[absl::AsciiStrToLower(f)] = false;

  CC_ASSIGN_OR_RETURN(const json* months, r.Objects(j, "months"));
  std::vector<bool> seen(13, false);
  for (size_t k = 0; k < months->size(); ++k) {
    const json& m = (*months)[k];
    std::string w = Where("months", k);
    CC_ASSIGN_OR_RETURN(int64_t month, r.Int(m, w, "month", true, 0, 1, 12));
    if (seen[month]) return r.Error(w, absl::StrCat("month ", month, " listed twice"));
    seen[month] = true;
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, r.Strings(m, w, "forms", true));
    if (forms.empty()) return r.Error(w, "'forms' is empty");
    for (size_t f = 0; f < forms.size(); ++f) {
      auto it = month_used.find(absl::AsciiStrToLower(forms[f]));
      bool ambiguous = it != month_used.end();
      if (ambiguous) it->second = true;
      CC_RETURN_IF_ERROR(r.Add(&d->months, forms[f], MonthForm{static_cast<int>(month), ambiguous},
                               absl::StrCat(w, ".forms[", f, "]")));
    }
  }
  for (int m = 1; m <= 12; ++m) {
    if (!seen[m]) return r.Error("months", absl::StrCat("month ", m, " is missing"));
  }
  for (const auto& [form, used] : month_used) {
    if (!used) return r.Error("ambiguous.months", absl::StrCat("'", form, "' is no month form"));
  }

  CC_ASSIGN_OR_RETURN(const json* wa, r.Member(*amb, "ambiguous", "weekdays", true));
  const char* aw = "ambiguous.weekdays";
  CC_ASSIGN_OR_RETURN(std::vector<std::string> amb_days, r.Strings(*wa, aw, "forms", true));
  absl::flat_hash_map<std::string, bool> day_used;
  for (const std::string& f : amb_days) day_used[absl::AsciiStrToLower(f)] = false;
  CC_RETURN_IF_ERROR(r.AddAll(&d->weekday_after, *wa, aw, "after", false, 0));
  CC_ASSIGN_OR_RETURN(d->weekday_needs_capital, r.Bool(*wa, aw, "capitalized", true));
  CC_RETURN_IF_ERROR(r.AddAll(&d->weekday_not_before, *wa, aw, "not_before", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->weekday_not_after, *wa, aw, "names_not_after", false, 0));
  if (j.contains("future_markers")) {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> fm, r.Strings(j, "top level", "future_markers", true));
    for (const std::string& w : fm) d->future_markers.insert(absl::AsciiStrToLower(w));
  }
  if (j.contains("past_auxiliaries")) {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> pa, r.Strings(j, "top level", "past_auxiliaries", true));
    for (const std::string& w : pa) d->past_auxiliaries.insert(absl::AsciiStrToLower(w));
  }
  if (j.contains("future_onsets")) {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> fo, r.Strings(j, "top level", "future_onsets", true));
    for (const std::string& w : fo) d->future_onsets.insert(absl::AsciiStrToLower(w));
  }
  CC_RETURN_IF_ERROR(
      r.AddAll(&d->day_part_not_after, *amb, "ambiguous", "day_parts_not_after", false, 0));
  CC_RETURN_IF_ERROR(
      r.AddAll(&d->day_part_not_before, *amb, "ambiguous", "day_parts_not_before", false, 0));

  CC_ASSIGN_OR_RETURN(const json* days, r.Objects(j, "weekdays"));
  std::vector<bool> day_seen(7, false);
  for (size_t k = 0; k < days->size(); ++k) {
    const json& e = (*days)[k];
    std::string w = Where("weekdays", k);
    CC_ASSIGN_OR_RETURN(int64_t wd, r.Int(e, w, "weekday", true, 0, 0, 6));
    if (day_seen[wd]) return r.Error(w, absl::StrCat("weekday ", wd, " listed twice"));
    day_seen[wd] = true;
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, r.Strings(e, w, "forms", true));
    if (forms.empty()) return r.Error(w, "'forms' is empty");
    for (size_t f = 0; f < forms.size(); ++f) {
      auto it = day_used.find(absl::AsciiStrToLower(forms[f]));
      bool ambiguous = it != day_used.end();
      if (ambiguous) it->second = true;
      CC_RETURN_IF_ERROR(r.Add(&d->weekdays, forms[f],
                               WeekdayForm{static_cast<int>(wd), ambiguous},
                               absl::StrCat(w, ".forms[", f, "]")));
    }
  }
  for (int wd = 0; wd < 7; ++wd) {
    if (!day_seen[wd]) return r.Error("weekdays", absl::StrCat("weekday ", wd, " is missing"));
  }
  for (const auto& [form, used] : day_used) {
    if (!used) return r.Error(aw, absl::StrCat("'", form, "' is no weekday form"));
  }
  return absl::OkStatus();
}

absl::StatusOr<uint32_t> KindsByName(const Reader& r, const std::vector<std::string>& names,
                                     absl::string_view where) {
  static const std::pair<const char*, uint32_t> kNames[] = {
      {"weekday", kKindWeekday}, {"date", kKindDate},         {"month", kKindMonth},
      {"year", kKindYear},       {"relative", kKindRelative}, {"time", kKindTime},
      {"day_part", kKindDayPart}, {"year_clause", kKindYearClause}};
  uint32_t out = 0;
  for (const std::string& n : names) {
    uint32_t bit = 0;
    for (const auto& [name, b] : kNames) {
      if (n == name) bit = b;
    }
    if (bit == 0) {
      return r.Error(where, absl::StrCat("unknown kind '", n,
                                         "' (weekday, date, month, year, relative, time, "
                                         "day_part)"));
    }
    out |= bit;
  }
  if (out == 0) return r.Error(where, "'before' is empty");
  return out;
}

absl::Status LoadPhrases(const Reader& r, const json& j, DateRules* d) {
  CC_ASSIGN_OR_RETURN(const json* fillers, r.Objects(j, "fillers"));
  for (size_t k = 0; k < fillers->size(); ++k) {
    const json& e = (*fillers)[k];
    std::string w = Where("fillers", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String(e, w, "form", true, ""));
    CC_ASSIGN_OR_RETURN(std::vector<std::string> before, r.Strings(e, w, "before", true));
    CC_ASSIGN_OR_RETURN(uint32_t kinds, KindsByName(r, before, w));
    CC_RETURN_IF_ERROR(r.Add(&d->fillers, form, Filler{kinds}, w));
  }

  CC_ASSIGN_OR_RETURN(const json* rel, r.Objects(j, "relative_days"));
  for (size_t k = 0; k < rel->size(); ++k) {
    const json& e = (*rel)[k];
    std::string w = Where("relative_days", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String(e, w, "form", true, ""));
    RelativeDay v;
    CC_ASSIGN_OR_RETURN(v.now, r.Bool(e, w, "now", false));
    CC_ASSIGN_OR_RETURN(int64_t days, r.Int(e, w, "days", !v.now, 0, -7, 7));
    v.days = static_cast<int>(days);
    CC_RETURN_IF_ERROR(r.Add(&d->relative_days, form, v, w));
  }

  CC_ASSIGN_OR_RETURN(const json* parts, r.Objects(j, "day_parts"));
  for (size_t k = 0; k < parts->size(); ++k) {
    const json& e = (*parts)[k];
    std::string w = Where("day_parts", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String(e, w, "form", true, ""));
    DayPart v;
    CC_ASSIGN_OR_RETURN(int64_t hour, r.Int(e, w, "hour", true, 0, 0, 23));
    CC_ASSIGN_OR_RETURN(int64_t days, r.Int(e, w, "days", false, 0, -1, 1));
    v.hour = static_cast<int>(hour);
    v.days = static_cast<int>(days);
    CC_ASSIGN_OR_RETURN(const json* win, r.Member(e, w, "window", false));
    if (win != nullptr) {
      if (!win->is_array() || win->size() != 2 || !(*win)[0].is_number_integer() ||
          !(*win)[1].is_number_integer() || (*win)[0].get<int>() < 0 ||
          (*win)[0].get<int>() > 23 || (*win)[1].get<int>() < 0 || (*win)[1].get<int>() > 24) {
        return r.Error(w, "'window' must be [from_hour, to_hour] with hours 0..24");
      }
      v.has_window = true;
      v.window_from = (*win)[0].get<int>();
      v.window_to = (*win)[1].get<int>();
      if (v.window_from > v.window_to) d->night_ends_hour = std::max(d->night_ends_hour, v.window_to);
    }
    CC_ASSIGN_OR_RETURN(std::string use, r.String(e, w, "use", true, ""));
    if (use != "alone" && use != "after_day" && use != "both" && use != "after_clock") {
      return r.Error(w, absl::StrCat("'use' must be alone, after_day, both or after_clock, not '",
                                     use, "'"));
    }
    if (use == "after_clock") {
      // "3 p.m.": only after a clock hour, which then needs no time marker.
      if (!v.has_window) return r.Error(w, "an after_clock day part needs a 'window'");
      CC_RETURN_IF_ERROR(r.Add(&d->clock_suffixes, form, v, w));
      continue;
    }
    if (use != "after_day") CC_RETURN_IF_ERROR(r.Add(&d->day_parts_alone, form, v, w));
    if (use != "alone") CC_RETURN_IF_ERROR(r.Add(&d->day_parts_after, form, v, w));
  }

  CC_RETURN_IF_ERROR(r.AddAll(&d->time_markers, j, "", "time_markers", true, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_markers, j, "", "year_markers", true, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_openers, j, "", "year_openers", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_openers, j, "", "clause_year_openers", false, DateRules::kClauseYearOpener));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_nouns_before, j, "", "year_nouns_before", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_nouns_after, j, "", "year_nouns_after", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_determiners, j, "", "year_determiners", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->other_calendar_eras, j, "", "other_calendar_eras", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->week_markers, j, "", "week_markers", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->week_year_joiners, j, "", "week_year_joiners", false, 0));
  if (auto p = j.find("week_ordinal_prefix"); p != j.end()) {
    if (!p->is_string()) return r.Error("week_ordinal_prefix", "must be a string");
    d->week_ordinal_prefix = absl::AsciiStrToLower(p->get<std::string>());
  }
  CC_RETURN_IF_ERROR(r.AddAll(&d->month_markers, j, "", "month_markers", false, 0));
  if (j.contains("periods_of_year")) {
    CC_ASSIGN_OR_RETURN(const json* periods, r.Objects(j, "periods_of_year"));
    for (size_t k = 0; k < periods->size(); ++k) {
      const std::string w = Where("periods_of_year", k);
      constexpr int kMonths = 12;
      CC_ASSIGN_OR_RETURN(int64_t months, r.Int((*periods)[k], w, "months", true, 3, 1, kMonths));
      if (kMonths % months != 0) return r.Error(w, "'months' must divide a year (1, 2, 3, 4, 6 or 12)");
      CC_ASSIGN_OR_RETURN(int64_t index, r.Int((*periods)[k], w, "index", true, 1, 1, kMonths / months));
      CC_ASSIGN_OR_RETURN(bool needs_year, r.Bool((*periods)[k], w, "needs_year", false));
      const PeriodOfYear value{static_cast<int>(months), static_cast<int>(index), needs_year};
      CC_RETURN_IF_ERROR(r.AddAll(&d->periods_of_year, (*periods)[k], w, "forms", true, value));
    }
  }
  CC_RETURN_IF_ERROR(r.AddAll(&d->period_year_joiners, j, "", "period_year_joiners", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->decade_suffixes, j, "", "decade_suffixes", false, 0));

  CC_ASSIGN_OR_RETURN(const json* zones, r.Objects(j, "time_zones"));
  for (size_t k = 0; k < zones->size(); ++k) {
    std::string w = Where("time_zones", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String((*zones)[k], w, "form", true, ""));
    // No offset_minutes: a zone the words name without saying which ("local time").
    CC_ASSIGN_OR_RETURN(int64_t off, r.Int((*zones)[k], w, "offset_minutes", false, DateRules::kUnknownZone,
                                           -14 * 60, 14 * 60));
    CC_RETURN_IF_ERROR(r.Add(&d->time_zones, form, static_cast<int>(off), w));
  }
  CC_ASSIGN_OR_RETURN(const json* eras, r.Objects(j, "eras"));
  for (size_t k = 0; k < eras->size(); ++k) {
    std::string w = Where("eras", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String((*eras)[k], w, "form", true, ""));
    CC_ASSIGN_OR_RETURN(int64_t sign, r.Int((*eras)[k], w, "sign", true, 1, -1, 1));
    if (sign == 0) return r.Error(w, "'sign' must be -1 or 1");
    CC_RETURN_IF_ERROR(r.Add(&d->eras, form, static_cast<int>(sign), w));
  }

  // Modifiers after what they modify ("Senin depan"), and optionally before it ("last
  // Monday"): the same schema.
  auto read_modifiers = [&](const char* key, Lexicon<Mode>* out) -> absl::Status {
    CC_ASSIGN_OR_RETURN(const json* mods, r.Objects(j, key));
    for (size_t k = 0; k < mods->size(); ++k) {
      std::string w = Where(key, k);
      CC_ASSIGN_OR_RETURN(std::string form, r.String((*mods)[k], w, "form", true, ""));
      CC_ASSIGN_OR_RETURN(std::string mode, r.String((*mods)[k], w, "mode", true, ""));
      Mode m;
      if (mode == "previous") {
        m = Mode::kPrevious;
      } else if (mode == "next") {
        m = Mode::kNext;
      } else if (mode == "this") {
        m = Mode::kThis;
      } else if (mode == "last_week") {
        m = Mode::kLastWeek;
      } else if (mode == "next_week") {
        m = Mode::kNextWeek;
      } else {
        return r.Error(w, absl::StrCat("unknown mode '", mode,
                                       "' (previous, next, this, last_week, next_week)"));
      }
      CC_RETURN_IF_ERROR(r.Add(out, form, m, w));
    }
    return absl::OkStatus();
  };
  CC_RETURN_IF_ERROR(read_modifiers("modifiers", &d->modifiers));
  if (j.contains("prefix_modifiers")) {
    CC_RETURN_IF_ERROR(read_modifiers("prefix_modifiers", &d->prefix_modifiers));
  }

  CC_ASSIGN_OR_RETURN(const json* mparts, r.Objects(j, "month_parts"));
  for (size_t k = 0; k < mparts->size(); ++k) {
    std::string w = Where("month_parts", k);
    CC_ASSIGN_OR_RETURN(std::string form, r.String((*mparts)[k], w, "form", true, ""));
    CC_ASSIGN_OR_RETURN(int64_t from, r.Int((*mparts)[k], w, "from_day", true, 1, 1, 31));
    CC_ASSIGN_OR_RETURN(int64_t to, r.Int((*mparts)[k], w, "to_day", true, 31, 1, 31));
    if (to < from) return r.Error(w, "'to_day' is before 'from_day'");
    CC_RETURN_IF_ERROR(
        r.Add(&d->month_parts, form, MonthPart{static_cast<int>(from), static_cast<int>(to)}, w));
  }
  return absl::OkStatus();
}

absl::Status LoadCounts(const Reader& r, const json& j, DateRules* d) {
  CC_ASSIGN_OR_RETURN(const json* units, r.Objects(j, "units"));
  for (size_t k = 0; k < units->size(); ++k) {
    const json& e = (*units)[k];
    std::string w = Where("units", k);
    Unit u;
    CC_ASSIGN_OR_RETURN(u.months, r.Int(e, w, "months", false, 0, 0, 12000));
    CC_ASSIGN_OR_RETURN(int64_t days, r.Int(e, w, "days", false, 0, 0, 366));
    CC_ASSIGN_OR_RETURN(int64_t minutes, r.Int(e, w, "minutes", false, 0, 0, 1440));
    u.minutes = days * 1440 + minutes;
    if ((u.months == 0) == (u.minutes == 0)) {
      return r.Error(w, "give exactly one of 'months' or 'days'/'minutes'");
    }
    CC_ASSIGN_OR_RETURN(std::string grain, r.String(e, w, "grain", true, ""));
    CC_ASSIGN_OR_RETURN(u.grain, GrainByName(r, grain, w));
    CC_ASSIGN_OR_RETURN(bool alone, r.Bool(e, w, "alone", false));
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, r.Strings(e, w, "forms", true));
    if (forms.empty()) return r.Error(w, "'forms' is empty");
    for (size_t f = 0; f < forms.size(); ++f) {
      std::string fw = absl::StrCat(w, ".forms[", f, "]");
      CC_RETURN_IF_ERROR(r.Add(&d->units, forms[f], u, fw));
      if (alone) CC_RETURN_IF_ERROR(r.Add(&d->alone_units, forms[f], u, fw));
    }
  }
  CC_ASSIGN_OR_RETURN(d->one_prefixes, r.Strings(j, "", "unit_one_prefixes", false));
  for (std::string& p : d->one_prefixes) p = absl::AsciiStrToLower(p);
  CC_RETURN_IF_ERROR(r.AddAll(&d->count_joiners, j, "", "count_joiners", false, 0));
  CC_RETURN_IF_ERROR(r.AddAll(&d->year_clause_followers, j, "", "year_clause_followers", false, 0));

  CC_ASSIGN_OR_RETURN(const json* dirs, r.Member(j, "top level", "count_directions", true));
  for (const char* side : {"before", "after"}) {
    std::string list = absl::StrCat("count_directions.", side);
    CC_ASSIGN_OR_RETURN(const json* v, r.Member(*dirs, "count_directions", side, true));
    if (!v->is_array()) return r.Error(list, "must be a list");
    for (size_t k = 0; k < v->size(); ++k) {
      std::string w = absl::StrCat(list, "[", k, "]");
      const json& e = (*v)[k];
      CC_ASSIGN_OR_RETURN(std::string form, r.String(e, w, "form", true, ""));
      Direction dir;
      CC_ASSIGN_OR_RETURN(int64_t sign, r.Int(e, w, "sign", true, 1, -1, 1));
      if (sign == 0) return r.Error(w, "'sign' must be -1 or 1");
      dir.sign = static_cast<int>(sign);
      CC_ASSIGN_OR_RETURN(dir.period, r.Bool(e, w, "period", false));
      CC_RETURN_IF_ERROR(
          r.Add(side[0] == 'b' ? &d->count_before : &d->count_after, form, dir, w));
    }
  }

  CC_ASSIGN_OR_RETURN(const json* range, r.Member(j, "top level", "range", true));
  CC_RETURN_IF_ERROR(r.AddAll(&d->connectives, *range, "range", "connectives", true, 0));
  CC_ASSIGN_OR_RETURN(const json* openers, r.Member(*range, "range", "openers", false));
  if (openers != nullptr) {
    if (!openers->is_array()) return r.Error("range.openers", "must be a list");
    for (size_t k = 0; k < openers->size(); ++k) {
      std::string w = absl::StrCat("range.openers[", k, "]");
      const json& e = (*openers)[k];
      CC_ASSIGN_OR_RETURN(std::string form, r.String(e, w, "form", true, ""));
      Lexicon<int> conn;
      CC_RETURN_IF_ERROR(r.AddAll(&conn, e, w, "connectives", true, 0));
      if (conn.size() == 0) return r.Error(w, "'connectives' is empty");
      CC_RETURN_IF_ERROR(r.Add(&d->openers, form, static_cast<int>(d->opener_connectives.size()), w));
      d->opener_connectives.push_back(std::move(conn));
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<DateRules> LoadDateRules(const nlohmann::json& json, absl::string_view file) {
  Reader r(file);
  if (!json.is_object()) return r.Error("top level", "must be an object");
  DateRules d;
  CC_RETURN_IF_ERROR(LoadSettings(r, json, &d.settings));
  CC_RETURN_IF_ERROR(LoadNames(r, json, &d));
  CC_RETURN_IF_ERROR(LoadPhrases(r, json, &d));
  CC_RETURN_IF_ERROR(LoadCounts(r, json, &d));
  return d;
}

}  // namespace internal_dates
}  // namespace claimcheck
