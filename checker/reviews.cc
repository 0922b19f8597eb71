#include "checker/reviews.h"

#include <sys/stat.h>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "checker/rule_pack.h"
#include "checker/status_macros.h"

namespace claimcheck {
namespace {

absl::Status Bad(const std::string& path, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(path, ": ", what));
}

bool OptString(const nlohmann::json& j, const char* key, std::string* out) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return true;
  if (!it->is_string()) return false;
  *out = it->get<std::string>();
  return true;
}

}  // namespace

absl::StatusOr<Reviews> LoadReviews(const std::string& path, bool missing_ok) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    if (missing_ok) return Reviews{};
    return absl::NotFoundError(absl::StrCat(path, ": no such reviews file"));
  }
  CC_ASSIGN_OR_RETURN(nlohmann::json j, ParseJsonFile(path));
  if (!j.is_object()) return Bad(path, "a reviews file must be a JSON object");
  Reviews out;
  auto d = j.find("decisions");
  if (d == j.end()) return out;
  if (!d->is_object()) return Bad(path, "'decisions' must be an object keyed by finding id");
  for (auto it = d->begin(); it != d->end(); ++it) {
    const nlohmann::json& v = it.value();
    std::string where = absl::StrCat("decision '", it.key(), "'");
    if (!v.is_object()) return Bad(path, where + " must be an object");
    StoredDecision s;
    if (!OptString(v, "decision", &s.review.decision) ||
        (s.review.decision != "confirmed" && s.review.decision != "dismissed")) {
      return Bad(path, where + ": 'decision' must be \"confirmed\" or \"dismissed\"");
    }
    if (!OptString(v, "note", &s.review.note) || !OptString(v, "reviewer", &s.review.reviewer) ||
        !OptString(v, "date", &s.review.date)) {
      return Bad(path, where + ": 'note', 'reviewer' and 'date' must be strings");
    }
    for (auto [key, article, text] : {std::make_tuple("a", &s.a_article, &s.a_text),
                                      std::make_tuple("b", &s.b_article, &s.b_text)}) {
      auto side = v.find(key);
      if (side == v.end()) continue;
      if (!side->is_object() || !OptString(*side, "article", article) ||
          !OptString(*side, "text", text)) {
        return Bad(path, absl::StrCat(where, ": '", key, "' must be {\"article\", \"text\"}"));
      }
    }
    out[it.key()] = std::move(s);
  }
  return out;
}

absl::Status SaveReviews(const std::string& path, const Reviews& reviews) {
  nlohmann::json decisions = nlohmann::json::object();
  for (const auto& [id, s] : reviews) {
    decisions[id] = {{"decision", s.review.decision}, {"note", s.review.note},
                     {"reviewer", s.review.reviewer}, {"date", s.review.date},
                     {"a", {{"article", s.a_article}, {"text", s.a_text}}},
                     {"b", {{"article", s.b_article}, {"text", s.b_text}}}};
  }
  nlohmann::json j = {{"schema", "claimcheck.reviews/v1"}, {"decisions", decisions}};
  return WriteFileAtomically(path, j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
}

void ApplyReviews(const Reviews& reviews, Report* report) {
  absl::flat_hash_set<std::string> used;
  for (const Finding& f : report->findings) {
    auto it = reviews.find(f.id);
    if (it != reviews.end()) {
      report->reviews[f.id] = it->second.review;
      used.insert(f.id);
    }
  }
  // A decision whose finding is gone was made on text that has changed. When a finding
  // between the same two articles still quotes one of its sides verbatim, it is the same
  // finding on edited text: it shows up unreviewed, with a note saying why.
  for (const auto& [id, s] : reviews) {
    if (used.contains(id)) continue;
    for (const Finding& f : report->findings) {
      if (report->reviews.count(f.id)) continue;
      const FactRef a_ref = report->facts[f.a];
      const Fact& a = *a_ref;
      const FactRef b_ref = report->facts[f.b];
      const Fact& b = *b_ref;
      bool same_articles = (a.article == s.a_article && b.article == s.b_article) ||
                           (a.article == s.b_article && b.article == s.a_article);
      if (!same_articles) continue;
      bool one_side_kept = a.text == s.a_text || b.text == s.b_text || a.text == s.b_text ||
                           b.text == s.a_text;
      if (!one_side_kept) continue;
      report->stale_reviews[f.id] = absl::StrCat(
          "the text changed since it was ", s.review.decision, " on ", s.review.date,
          " as finding ", id, " (\"", s.a_text, "\" vs \"", s.b_text, "\")");
    }
  }
}

}  // namespace claimcheck
