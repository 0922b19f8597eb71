#include "checker/report.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <string>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "absl/strings/str_split.h"

namespace claimcheck {
namespace {

constexpr Verdict kVerdicts[] = {Verdict::kContradict, Verdict::kAttributedDisagreement,
                                 Verdict::kUpdated,    Verdict::kCompatible,
                                 Verdict::kAgree,      Verdict::kDifferentEvent};

std::string Published(const ArticleMeta* a) {
  if (a == nullptr || !a->published) return "";
  return absl::FormatCivilTime(*a->published);
}

std::string Outlet(const ArticleMeta* a) {
  if (a == nullptr) return "";
  return a->outlet.empty() ? a->id : a->outlet;
}

const ReviewDecision* ReviewOf(const Report& r, const Finding& f) {
  auto it = r.reviews.find(f.id);
  return it == r.reviews.end() ? nullptr : &it->second;
}

void WriteSide(const Report& r, size_t index, const std::vector<size_t>& copies, JsonWriter* w) {
  const FactRef f_ref = r.facts[index];
  const Fact& f = *f_ref;
  w->BeginObject();
  w->Key("article").String(f.article);
  w->Key("attributed_to").StringOrNull(f.attributed_to);
  if (!copies.empty()) {
    // Facts printing this passage verbatim in further articles (wire copy).
    w->Key("copies").BeginArray();
    for (size_t c : copies) w->String(r.facts.id(c));
    w->EndArray();
  }
  w->Key("fact").String(f.id());
  w->Key("sentence").String(f.sentence_text);
  w->Key("span");
  WriteSpanJson(f.span, w, &f.text);
  w->EndObject();
}

// "also printed verbatim in 3 more articles: Outlet X (id), ..." for a side's copies,
// naming at most the first ten; empty when there are none.
std::string CopiesLine(const Report& r, const std::vector<size_t>& copies) {
  if (copies.empty()) return "";
  constexpr size_t kNamed = 10;
  std::vector<std::string> names;
  for (size_t i = 0; i < copies.size() && i < kNamed; ++i) {
    const std::string& article = r.facts.article(copies[i]);
    names.push_back(absl::StrCat(Outlet(FindArticle(r, article)), " (", article, ")"));
  }
  std::string line = absl::StrCat("also printed verbatim in ", copies.size(), " more article",
                                  copies.size() == 1 ? "" : "s", ": ", absl::StrJoin(names, ", "));
  if (copies.size() > kNamed) absl::StrAppend(&line, " and ", copies.size() - kNamed, " more");
  return line;
}

std::string HtmlEscape(absl::string_view s) {
  return absl::StrReplaceAll(s, {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"}, {"'", "&#39;"}});
}

// The sentence of a fact with the fact's span marked, escaped for HTML or Markdown.
std::string Passage(const Fact& f, bool html) {
  const std::string& s = f.sentence_text;
  if (s.empty() || f.span.begin < f.sentence_span.begin ||
      f.span.end > f.sentence_span.begin + s.size()) {
    return html ? absl::StrCat("<mark>", HtmlEscape(f.text), "</mark>") : absl::StrCat("**", f.text, "**");
  }
  size_t b = f.span.begin - f.sentence_span.begin;
  size_t e = f.span.end - f.sentence_span.begin;
  std::string before = s.substr(0, b), mid = s.substr(b, e - b), after = s.substr(e);
  if (html) {
    return absl::StrCat(HtmlEscape(before), "<mark>", HtmlEscape(mid), "</mark>", HtmlEscape(after));
  }
  auto md = [](const std::string& t) { return absl::StrReplaceAll(t, {{"\n", " "}, {"|", "\\|"}}); };
  return absl::StrCat(md(before), "**", md(mid), "**", md(after));
}

std::string CsvField(absl::string_view s) {
  if (s.find_first_of(",\"\n\r") == absl::string_view::npos) return std::string(s);
  return absl::StrCat("\"", absl::StrReplaceAll(s, {{"\"", "\"\""}}), "\"");
}

// Quotes an argument for a POSIX shell when it needs it.
std::string ShellQuote(absl::string_view s) {
  if (!s.empty() && s.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                        "0123456789-_./=:,+@%") == absl::string_view::npos) {
    return std::string(s);
  }
  return absl::StrCat("'", absl::StrReplaceAll(s, {{"'", "'\\''"}}), "'");
}

}  // namespace

const ArticleMeta* FindArticle(const Report& r, const std::string& id) {
  // Articles are sorted by id (Report): a binary search, not a scan per finding.
  auto it = std::lower_bound(r.articles.begin(), r.articles.end(), id,
                             [](const ArticleMeta& a, const std::string& x) { return a.id < x; });
  return it != r.articles.end() && it->id == id ? &*it : nullptr;
}

std::string ReviewCommand(const Report& r, const Finding& f, absl::string_view action) {
  std::string cmd = absl::StrCat(
      "claimcheck review --reviews ",
      ShellQuote(r.reviews_path.empty() ? "reviews.json" : r.reviews_path), " --", action, " ",
      f.id, " --note '...'");
  for (const std::string& in : r.inputs) absl::StrAppend(&cmd, " ", ShellQuote(in));
  return cmd;
}

int Report::UnreviewedContradictions() const {
  int n = 0;
  for (const Finding& f : findings) {
    if (f.verdict == Verdict::kContradict && reviews.find(f.id) == reviews.end()) ++n;
  }
  return n;
}

namespace {

void WriteArticleJson(const ArticleMeta& a, JsonWriter* w) {
  w->BeginObject();
  w->Key("id").String(a.id);
  w->Key("lang").String(a.lang);
  w->Key("outlet").String(a.outlet);
  w->Key("path").String(a.path);
  w->Key("published").StringOrNull(Published(&a));
  if (!a.story.empty()) w->Key("story").String(a.story);
  w->Key("url").String(a.url);
  w->EndObject();
}

void WriteSummaryJson(const Report& r, JsonWriter* w) {
  std::map<std::string, int> counts;
  for (const Finding& f : r.findings) counts[std::string(VerdictName(f.verdict))]++;
  w->BeginObject();
  w->Key("articles").Uint(r.articles.size());
  w->Key("facts").Uint(r.facts.size());
  for (Verdict v : kVerdicts) w->Key(VerdictName(v)).Int(counts[std::string(VerdictName(v))]);
  w->Key("unreviewed_contradictions").Int(r.UnreviewedContradictions());
  w->EndObject();
}

}  // namespace

void WriteFindingJson(const Report& r, const Finding& f, JsonWriter* w) {
  w->BeginObject();
  w->Key("a");
  WriteSide(r, f.a, f.a_copies, w);
  w->Key("b");
  WriteSide(r, f.b, f.b_copies, w);
  w->Key("confidence").Double(f.confidence);
  w->Key("explanation").String(f.explanation);
  w->Key("id").String(f.id);
  w->Key("review");
  if (const ReviewDecision* rv = ReviewOf(r, f)) {
    w->BeginObject();
    w->Key("date").String(rv->date);
    w->Key("decision").String(rv->decision);
    w->Key("note").String(rv->note);
    w->Key("reviewer").String(rv->reviewer);
    w->EndObject();
  } else {
    w->Null();
  }
  if (auto st = r.stale_reviews.find(f.id); st != r.stale_reviews.end()) {
    w->Key("review_note").String(st->second);
  }
  w->Key("similarity").BeginObject();
  w->Key("same_head").Bool(f.similarity.head);
  w->Key("same_qualifier").Bool(f.similarity.qualifier);
  w->Key("score").Double(std::round(f.similarity.score * 1000) / 1000);
  w->Key("shared_context").StringArray(f.similarity.shared_context);
  w->Key("shared_entities").StringArray(f.similarity.shared_entities);
  w->EndObject();
  w->Key("verdict").String(VerdictName(f.verdict));
  w->EndObject();
}

void WriteReportJson(const Report& r, const std::function<void(absl::string_view)>& out) {
  // One element of each array per line, compact (dump()), the rest as dump(1) would lay
  // it out, written one element at a time: neither the tree nor the text of a large
  // corpus's report is ever held whole. A line per fact or finding diffs well and is a
  // quarter smaller than indenting every member, which a large report pays for in time.
  std::string buf;
  JsonWriter w(&buf);
  auto array = [&](absl::string_view key, size_t n, const std::function<void(size_t)>& write) {
    out(absl::StrCat(" \"", key, "\": "));
    if (n == 0) {
      out("[]");
      return;
    }
    out("[\n");
    for (size_t i = 0; i < n; ++i) {
      buf.assign("  ");
      write(i);
      buf.append(i + 1 < n ? ",\n" : "\n");
      out(buf);
    }
    out(" ]");
  };
  out("{\n");
  array("articles", r.articles.size(), [&](size_t i) { WriteArticleJson(r.articles[i], &w); });
  out(",\n");
  array("facts", r.facts.size(), [&](size_t i) { WriteFactJson(*r.facts[i], &w); });
  out(",\n");
  array("findings", r.findings.size(), [&](size_t i) { WriteFindingJson(r, r.findings[i], &w); });
  out(",\n \"schema\": \"claimcheck.report/v1\",\n \"summary\": ");
  buf.clear();
  JsonWriter summary(&buf, /*indent=*/1, /*level=*/1);
  WriteSummaryJson(r, &summary);
  out(buf);
  out("\n}\n");
}

nlohmann::json ReportToJson(const Report& r) {
  std::string text;
  WriteReportJson(r, [&](absl::string_view piece) { text.append(piece.data(), piece.size()); });
  return nlohmann::json::parse(text);
}

nlohmann::json ReportToClaimReview(const Report& r) {
  nlohmann::json list = nlohmann::json::array();
  for (const Finding& f : r.findings) {
    const ReviewDecision* rv = ReviewOf(r, f);
    if (f.verdict != Verdict::kContradict || rv == nullptr || rv->decision != "confirmed") continue;
    const FactRef a_ref = r.facts[f.a];
    const Fact& a = *a_ref;
    const FactRef b_ref = r.facts[f.b];
    const Fact& b = *b_ref;
    nlohmann::json appearances = nlohmann::json::array();
    for (const Fact* x : {&a, &b}) {
      const ArticleMeta* m = FindArticle(r, x->article);
      nlohmann::json work = {{"@type", "CreativeWork"}, {"headline", x->sentence_text}};
      if (m != nullptr && !m->url.empty()) work["url"] = m->url;
      if (m != nullptr && !m->outlet.empty()) {
        work["publisher"] = {{"@type", "Organization"}, {"name", m->outlet}};
      }
      if (m != nullptr && m->published) work["datePublished"] = Published(m);
      appearances.push_back(std::move(work));
    }
    nlohmann::json item = {
        {"@context", "https://schema.org"},
        {"@type", "ClaimReview"},
        {"identifier", f.id},
        {"claimReviewed", absl::StrCat("\"", a.text, "\" (", Outlet(FindArticle(r, a.article)),
                                       ") vs \"", b.text, "\" (", Outlet(FindArticle(r, b.article)), ")")},
        {"reviewBody", rv->note.empty() ? f.explanation : rv->note},
        {"datePublished", rv->date},
        {"author", {{"@type", "Person"}, {"name", rv->reviewer.empty() ? "unknown" : rv->reviewer}}},
        {"reviewRating",
         {{"@type", "Rating"}, {"alternateName", "Contradictory"}, {"ratingValue", 1},
          {"bestRating", 5}, {"worstRating", 1}}},
        {"itemReviewed",
         {{"@type", "Claim"}, {"text", a.sentence_text}, {"appearance", appearances}}}};
    list.push_back(std::move(item));
  }
  return list;
}

std::string ReportToMarkdown(const Report& r) {
  std::string out = "# claimcheck report\n\n";
  absl::StrAppend(&out, r.articles.size(), " articles, ", r.facts.size(), " facts, ",
                  r.findings.size(), " findings; ", r.UnreviewedContradictions(),
                  " unreviewed contradiction(s).\n\n");
  absl::StrAppend(&out, "| article | outlet | published |\n|---|---|---|\n");
  for (const ArticleMeta& a : r.articles) {
    absl::StrAppend(&out, "| ", a.id, " | ", a.outlet, " | ", Published(&a), " |\n");
  }
  for (Verdict v : kVerdicts) {
    std::vector<const Finding*> group;
    for (const Finding& f : r.findings) {
      if (f.verdict == v) group.push_back(&f);
    }
    if (group.empty()) continue;
    absl::StrAppend(&out, "\n## ", VerdictName(v), " (", group.size(), ")\n");
    for (const Finding* f : group) {
      const FactRef a_ref = r.facts[f->a];
      const Fact& a = *a_ref;
      const FactRef b_ref = r.facts[f->b];
      const Fact& b = *b_ref;
      const ArticleMeta* ma = FindArticle(r, a.article);
      const ArticleMeta* mb = FindArticle(r, b.article);
      const ReviewDecision* rv = ReviewOf(r, *f);
      absl::StrAppend(&out, "\n### `", f->id, "` — ", a.text, " vs ", b.text, "\n\n");
      absl::StrAppend(&out, "- **", Outlet(ma), "** (", Published(ma), ", ", a.article, "): ",
                      Passage(a, false), "\n");
      if (!f->a_copies.empty()) absl::StrAppend(&out, "  - ", CopiesLine(r, f->a_copies), "\n");
      absl::StrAppend(&out, "- **", Outlet(mb), "** (", Published(mb), ", ", b.article, "): ",
                      Passage(b, false), "\n");
      if (!f->b_copies.empty()) absl::StrAppend(&out, "  - ", CopiesLine(r, f->b_copies), "\n");
      absl::StrAppend(&out, "- why: ", f->explanation, "; confidence ",
                      absl::StrFormat("%.2f", f->confidence), "\n");
      if (rv) {
        absl::StrAppend(&out, "- review: ", rv->decision, rv->note.empty() ? "" : " — ", rv->note, "\n");
      } else if (v == Verdict::kContradict) {
        if (auto st = r.stale_reviews.find(f->id); st != r.stale_reviews.end()) {
          absl::StrAppend(&out, "- review: unreviewed again: ", st->second, "\n");
        }
        absl::StrAppend(&out, "- dismiss: `", ReviewCommand(r, *f, "dismiss"), "`\n");
        absl::StrAppend(&out, "- confirm: `", ReviewCommand(r, *f, "confirm"), "`\n");
      }
    }
  }
  return out;
}

std::string ReportToCsv(const Report& r) {
  std::string out =
      "id,verdict,confidence,review,a_article,a_outlet,a_published,a_text,b_article,b_outlet,"
      "b_published,b_text,explanation\n";
  for (const Finding& f : r.findings) {
    const FactRef a_ref = r.facts[f.a];
    const Fact& a = *a_ref;
    const FactRef b_ref = r.facts[f.b];
    const Fact& b = *b_ref;
    const ArticleMeta* ma = FindArticle(r, a.article);
    const ArticleMeta* mb = FindArticle(r, b.article);
    const ReviewDecision* rv = ReviewOf(r, f);
    std::vector<std::string> row = {
        f.id, std::string(VerdictName(f.verdict)), absl::StrFormat("%.2f", f.confidence),
        rv ? rv->decision : "", a.article, Outlet(ma), Published(ma), a.text, b.article,
        Outlet(mb), Published(mb), b.text, f.explanation};
    for (std::string& c : row) c = CsvField(c);
    absl::StrAppend(&out, absl::StrJoin(row, ","), "\n");
  }
  return out;
}

std::string ReportToHtml(const Report& r) {
  std::string out = R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>claimcheck report</title>
<style>
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f5f6f8;color:#1d2330}
header{background:#1d2330;color:#fff;padding:14px 24px}
header h1{margin:0;font-size:20px}
header p{margin:4px 0 0;color:#c9cfdb}
.bar{display:flex;flex-wrap:wrap;gap:8px;padding:12px 24px;background:#fff;border-bottom:1px solid #dde1e8;position:sticky;top:0}
.bar button{border:1px solid #c3c9d4;background:#fff;border-radius:16px;padding:4px 12px;cursor:pointer;font:inherit}
.bar button.on{background:#1d2330;color:#fff;border-color:#1d2330}
main{padding:16px 24px;max-width:1300px;margin:auto}
.f{background:#fff;border:1px solid #dde1e8;border-left:6px solid #8a94a6;border-radius:6px;margin:0 0 14px;padding:12px 16px}
.f.contradict{border-left-color:#c62828}.f.attributed_disagreement{border-left-color:#ef6c00}
.f.updated{border-left-color:#6a1b9a}.f.compatible{border-left-color:#f9a825}
.f.agree{border-left-color:#2e7d32}.f.different_event{border-left-color:#607d8b}
.h{display:flex;gap:10px;align-items:baseline;flex-wrap:wrap}
.v{font-weight:700;text-transform:uppercase;font-size:12px;letter-spacing:.04em}
.id{font-family:ui-monospace,monospace;color:#5b6474;font-size:12px}
.st{font-size:12px;padding:1px 8px;border-radius:10px;background:#eceff4}
.st.confirmed{background:#ffcdd2}.st.dismissed{background:#c8e6c9}
.sides{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:10px 0}
.side{background:#fafbfc;border:1px solid #e6e9ef;border-radius:4px;padding:8px 10px}
.side .o{font-weight:600}.side .m{color:#5b6474;font-size:12px}
mark{background:#ffe082;padding:0 2px;border-radius:2px;font-weight:600}
.why{color:#3a4252;font-size:14px}
.copy{margin-left:auto;border:1px solid #c3c9d4;background:#fff;border-radius:4px;padding:2px 8px;cursor:pointer}
@media(max-width:800px){.sides{grid-template-columns:1fr}}
</style></head><body>
)";
  absl::StrAppend(&out, "<header><h1>claimcheck report</h1><p>", r.articles.size(),
                  " articles · ", r.facts.size(), " facts · ", r.findings.size(),
                  " findings · <b id=\"unrev\">", r.UnreviewedContradictions(),
                  "</b> unreviewed contradiction(s)</p></header>\n");
  absl::StrAppend(&out, "<div class=\"bar\" id=\"filters\"><button data-v=\"all\" class=\"on\">all</button>");
  for (Verdict v : kVerdicts) {
    int n = 0;
    for (const Finding& f : r.findings) n += f.verdict == v;
    absl::StrAppend(&out, "<button data-v=\"", VerdictName(v), "\">", VerdictName(v), " (", n,
                    ")</button>");
  }
  absl::StrAppend(&out,
                  "<span style=\"width:16px\"></span><button data-r=\"all\" class=\"on\">any review</button>"
                  "<button data-r=\"unreviewed\">unreviewed</button><button data-r=\"reviewed\">reviewed</button></div>\n<main>\n");
  for (const Finding& f : r.findings) {
    const FactRef a_ref = r.facts[f.a];
    const Fact& a = *a_ref;
    const FactRef b_ref = r.facts[f.b];
    const Fact& b = *b_ref;
    const ArticleMeta* ma = FindArticle(r, a.article);
    const ArticleMeta* mb = FindArticle(r, b.article);
    const ReviewDecision* rv = ReviewOf(r, f);
    std::string v(VerdictName(f.verdict));
    absl::StrAppend(&out, "<section class=\"f ", v, "\" data-v=\"", v, "\" data-r=\"",
                    rv ? "reviewed" : "unreviewed", "\" id=\"", f.id, "\">\n<div class=\"h\"><span class=\"v\">",
                    absl::StrReplaceAll(v, {{"_", " "}}), "</span><span class=\"id\">", f.id,
                    "</span><span>confidence ", absl::StrFormat("%.2f", f.confidence),
                    "</span><span class=\"st ", rv ? rv->decision : "", "\">",
                    rv ? HtmlEscape(absl::StrCat(rv->decision, rv->note.empty() ? "" : ": ", rv->note))
                       : r.stale_reviews.count(f.id)
                             ? HtmlEscape(absl::StrCat("unreviewed: ", r.stale_reviews.at(f.id)))
                             : "unreviewed",
                    "</span><button class=\"copy\" data-cmd=\"",
                    HtmlEscape(ReviewCommand(r, f, "dismiss")),
                    "\">copy dismiss command</button><button class=\"copy\" data-cmd=\"",
                    HtmlEscape(ReviewCommand(r, f, "confirm")),
                    "\">copy confirm command</button></div>\n<div class=\"sides\">");
    for (auto [fact, meta, copies] : {std::make_tuple(&a, ma, &f.a_copies), std::make_tuple(&b, mb, &f.b_copies)}) {
      absl::StrAppend(&out, "<div class=\"side\"><div class=\"o\">", HtmlEscape(Outlet(meta)),
                      "</div><div class=\"m\">", Published(meta), " · ", HtmlEscape(fact->article),
                      fact->attributed_to.empty() ? "" : absl::StrCat(" · according to ", HtmlEscape(fact->attributed_to)),
                      "</div><p>", Passage(*fact, true), "</p>",
                      copies->empty() ? "" : absl::StrCat("<div class=\"m\">", HtmlEscape(CopiesLine(r, *copies)), "</div>"),
                      "</div>");
    }
    absl::StrAppend(&out, "</div>\n<div class=\"why\">", HtmlEscape(f.explanation), "</div>\n</section>\n");
  }
  if (r.findings.empty()) absl::StrAppend(&out, "<p>No findings.</p>\n");
  absl::StrAppend(&out, R"(</main>
<script>
(function(){
  // Filters live in the address (#verdict=contradict&review=unreviewed), so a filtered
  // view can be bookmarked or sent to a colleague.
  var v='all', rv='all';
  function mark(){
    document.querySelectorAll('#filters button').forEach(function(o){
      var on=o.dataset.v!==undefined?o.dataset.v===v:o.dataset.r===rv;
      o.classList.toggle('on',on);
    });
  }
  function apply(){
    var shown=0;
    document.querySelectorAll('section.f').forEach(function(s){
      var ok=(v==='all'||s.dataset.v===v)&&(rv==='all'||s.dataset.r===rv);
      s.style.display=ok?'':'none';
      if(ok) shown++;
    });
    document.body.dataset.shown=shown;
    mark();
  }
  function fromHash(){
    var h=location.hash.replace(/^#/,'').split('&');
    v='all'; rv='all';
    h.forEach(function(p){
      var kv=p.split('=');
      if(kv[0]==='verdict'&&kv[1]) v=decodeURIComponent(kv[1]);
      if(kv[0]==='review'&&kv[1]) rv=decodeURIComponent(kv[1]);
    });
    apply();
  }
  document.querySelectorAll('#filters button').forEach(function(b){
    b.addEventListener('click',function(){
      if(b.dataset.v!==undefined) v=b.dataset.v; else rv=b.dataset.r;
      history.replaceState(null,'','#verdict='+v+'&review='+rv);
      apply();
    });
  });
  window.addEventListener('hashchange',fromHash);
  fromHash();
  document.querySelectorAll('button.copy').forEach(function(b){
    b.addEventListener('click',function(){
      var cmd=b.dataset.cmd;
      if(navigator.clipboard){navigator.clipboard.writeText(cmd);}
      b.textContent='copied';
    });
  });
})();
</script>
</body></html>
)");
  return out;
}

namespace {

absl::Status MakeDirs(const std::string& dir) {
  std::string cur;
  for (absl::string_view part : absl::StrSplit(dir, '/')) {
    if (cur.empty() && dir[0] == '/') cur = "/";
    absl::StrAppend(&cur, part);
    if (!part.empty() && mkdir(cur.c_str(), 0755) != 0 && errno != EEXIST) {
      return absl::InternalError(
          absl::StrCat(dir, ": cannot create output directory: ", strerror(errno)));
    }
    absl::StrAppend(&cur, "/");
  }
  struct stat st;
  if (stat(dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    return absl::InternalError(absl::StrCat(dir, ": not a directory"));
  }
  return absl::OkStatus();
}

}  // namespace

absl::Status WriteReports(const Report& r, const std::string& dir,
                          const std::vector<std::string>& formats) {
  for (const std::string& f : formats) {
    if (f != "json" && f != "md" && f != "html" && f != "csv" && f != "claimreview") {
      return absl::InvalidArgumentError(absl::StrCat(
          "--format: unknown format '", f, "' (known: json, md, html, csv, claimreview)"));
    }
  }
  absl::Status st = MakeDirs(dir);
  if (!st.ok()) return st;
  // All or nothing: every file is written beside its old version first, then all are
  // renamed into place, so a failure or an interrupt leaves the previous report whole.
  PendingFiles files;
  for (const std::string& f : formats) {
    std::string content;
    if (f == "json") {
      // Streamed: a large report is never held whole in memory.
      st = files.StageWith(absl::StrCat(dir, "/report.json"),
                           [&](const std::function<void(absl::string_view)>& out) {
                             WriteReportJson(r, out);
                           });
      if (!st.ok()) return st;
      continue;
    } else if (f == "md") {
      content = ReportToMarkdown(r);
    } else if (f == "html") {
      content = ReportToHtml(r);
    } else if (f == "claimreview") {
      content = ReportToClaimReview(r).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
      content = ReportToCsv(r);
    }
    std::string name = f == "claimreview" ? "claimreview.jsonld" : absl::StrCat("report.", f);
    st = files.Stage(absl::StrCat(dir, "/", name), content);
    if (!st.ok()) return st;
  }
  return files.Commit();
}

}  // namespace claimcheck
