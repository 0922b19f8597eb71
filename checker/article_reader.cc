#include "checker/article_reader.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/json_line.h"
#include "checker/status_macros.h"
#include "checker/utf8.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

absl::StatusOr<absl::CivilDay> ParsePublished(absl::string_view s) {
  absl::string_view t = absl::StripAsciiWhitespace(s);
  auto bad = [&]() {
    return absl::InvalidArgumentError(
        absl::StrCat("'", s, "' is not a date (expected YYYY-MM-DD, optionally with a time)"));
  };
  if (t.size() < 10) return bad();
  absl::string_view day = t.substr(0, 10);
  if (t.size() > 10 && t[10] != 'T' && t[10] != ' ' && t[10] != 't') return bad();
  absl::CivilDay d;
  if (!absl::ParseCivilTime(day, &d) || absl::FormatCivilTime(d) != day) {
    return absl::InvalidArgumentError(absl::StrCat("'", s, "' is not a calendar day"));
  }
  return d;
}

namespace {

const char* const kOutletKeys[] = {"outlet", "source", "hostname", "source_domain", "publisher"};
const char* const kUrlKeys[] = {"url", "link"};
const char* const kPublishedKeys[] = {"published", "date", "date_publish", "published_at",
                                      "publish_date", "datePublished"};
const char* const kLangKeys[] = {"lang", "language"};
const char* const kTitleKeys[] = {"title", "headline"};
const char* const kStoryKeys[] = {"story", "story_id", "cluster"};
const char* const kTextKeys[] = {"text", "body", "maintext", "content"};

bool IsDir(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool Exists(const std::string& p) {
  struct stat st;
  return stat(p.c_str(), &st) == 0;
}

std::string Extension(const std::string& path) {
  size_t slash = path.rfind('/');
  size_t dot = path.rfind('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  return absl::AsciiStrToLower(path.substr(dot));
}

std::string Stem(const std::string& path) {
  size_t slash = path.rfind('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.rfind('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

std::string WithoutExtension(const std::string& path) {
  return path.substr(0, path.size() - Extension(path).size());
}

// Reads the first key of `keys` that `j` has into `out`. Wrong types are errors.
absl::Status StringField(const nlohmann::json& j, const char* const* keys, size_t n,
                         const std::string& where, std::string* out, bool* found = nullptr) {
  for (size_t k = 0; k < n; ++k) {
    auto it = j.find(keys[k]);
    if (it == j.end() || it->is_null()) continue;
    if (it->is_string()) {
      *out = it->get<std::string>();
    } else if (std::string(keys[k]) == "id" && it->is_number_integer()) {
      *out = std::to_string(it->get<int64_t>());
    } else {
      return absl::InvalidArgumentError(absl::StrCat(where, ": '", keys[k], "' must be a string, not ",
                                                     it->type_name()));
    }
    if (found) *found = true;
    return absl::OkStatus();
  }
  return absl::OkStatus();
}

// Fills the metadata of `a` from a JSON object (sidecar, article file or JSONL record).
absl::Status ApplyMetadata(const nlohmann::json& j, const std::string& where, Article* a) {
  if (!j.is_object()) {
    return absl::InvalidArgumentError(absl::StrCat(where, ": must be a JSON object, not ", j.type_name()));
  }
  CC_RETURN_IF_ERROR(StringField(j, kOutletKeys, std::size(kOutletKeys), where, &a->outlet));
  CC_RETURN_IF_ERROR(StringField(j, kUrlKeys, std::size(kUrlKeys), where, &a->url));
  CC_RETURN_IF_ERROR(StringField(j, kLangKeys, std::size(kLangKeys), where, &a->lang));
  CC_RETURN_IF_ERROR(StringField(j, kTitleKeys, std::size(kTitleKeys), where, &a->title));
  CC_RETURN_IF_ERROR(StringField(j, kStoryKeys, std::size(kStoryKeys), where, &a->story));
  std::string published;
  CC_RETURN_IF_ERROR(StringField(j, kPublishedKeys, std::size(kPublishedKeys), where, &published));
  if (!published.empty()) {
    absl::StatusOr<absl::CivilDay> d = ParsePublished(published);
    if (!d.ok()) {
      return absl::InvalidArgumentError(absl::StrCat(where, ": published date ", d.status().message()));
    }
    a->published = *d;
  }
  if (!a->lang.empty()) {
    std::string lang = absl::AsciiStrToLower(a->lang);
    size_t dash = lang.find_first_of("-_");
    a->lang = dash == std::string::npos ? lang : lang.substr(0, dash);  // "id-ID" -> "id"
  }
  return absl::OkStatus();
}

absl::StatusOr<std::string> ReadWhole(const std::string& path, uint64_t limit, bool* too_big) {
  struct stat st;
  if (stat(path.c_str(), &st) != 0) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file or directory"));
  }
  *too_big = limit > 0 && static_cast<uint64_t>(st.st_size) > limit;
  if (*too_big) return std::string();
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::PermissionDeniedError(absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
  }
  std::string s;
  s.resize(static_cast<size_t>(st.st_size));
  in.read(&s[0], static_cast<std::streamsize>(s.size()));
  s.resize(static_cast<size_t>(in.gcount()));
  return s;
}

class Reader {
 public:
  Reader(const ReadOptions& o, const ArticleSink& sink, const WarningSink& warn)
      : o_(o), sink_(sink), warn_(warn) {}

  absl::Status Input(const std::string& path) {
    if (path == "-") return Stdin();
    if (!Exists(path)) return Skip(absl::NotFoundError(absl::StrCat(path, ": no such file or directory")));
    if (IsDir(path)) return Directory(path);
    return File(path, /*explicit_input=*/true);
  }

  size_t articles() const { return articles_; }

 private:
  // With keep_going, a bad article is a warning; otherwise the error stops the run.
  absl::Status Skip(absl::Status st) {
    if (st.ok() || !o_.keep_going) return st;
    warn_(absl::StrCat(st.message(), " (skipped)"));
    return absl::OkStatus();
  }

  absl::Status Emit(Article a, const std::string& where) {
    if (o_.max_article_bytes > 0 && a.text.size() > o_.max_article_bytes) {
      warn_(absl::StrCat(where, ": article of ", a.text.size(), " bytes is larger than --max-article-bytes=",
                         o_.max_article_bytes, "; skipped"));
      return absl::OkStatus();
    }
    if (absl::StripAsciiWhitespace(a.text).empty()) {
      warn_(absl::StrCat(where, ": empty article; skipped"));
      return absl::OkStatus();
    }
    Utf8Repair r = SanitizeUtf8(&a.text);
    if (r.invalid > 0) {
      warn_(absl::StrCat(where, ": ", r.invalid, " byte(s) of invalid UTF-8 replaced by '?'"));
    }
    if (r.nul > 0) warn_(absl::StrCat(where, ": ", r.nul, " NUL byte(s) replaced by spaces"));
    ++articles_;
    return sink_(std::move(a));
  }

  absl::Status Stdin() {
    std::string text((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    Article a;
    a.id = "stdin";
    a.path = "-";
    a.text = std::move(text);
    return Emit(std::move(a), "stdin");
  }

  absl::Status Directory(const std::string& dir) {
    std::vector<std::string> files;
    CC_RETURN_IF_ERROR(Walk(dir, 0, &files));
    std::sort(files.begin(), files.end());
    size_t before = articles_;
    bool any = false;
    for (const std::string& f : files) {
      any = true;
      CC_RETURN_IF_ERROR(File(f, /*explicit_input=*/false));
    }
    if (!any) {
      return Skip(absl::InvalidArgumentError(
          absl::StrCat(dir, ": no articles found (.txt, .json or .jsonl files)")));
    }
    (void)before;
    return absl::OkStatus();
  }

  absl::Status Walk(const std::string& dir, int depth, std::vector<std::string>* out) {
    if (depth > 32) return absl::OkStatus();
    DIR* d = opendir(dir.c_str());
    if (d == nullptr) {
      return Skip(absl::PermissionDeniedError(absl::StrCat(dir, ": cannot read directory: ", std::strerror(errno))));
    }
    std::vector<std::string> names;
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.empty() || name[0] == '.') continue;
      names.push_back(name);
    }
    closedir(d);
    std::sort(names.begin(), names.end());
    for (const std::string& name : names) {
      std::string p = absl::StrCat(dir, absl::EndsWith(dir, "/") ? "" : "/", name);
      if (IsDir(p)) {
        CC_RETURN_IF_ERROR(Walk(p, depth + 1, out));
        continue;
      }
      std::string ext = Extension(p);
      // (report.json: the checker's own report, when --out is inside the story's folder.)
      if (name == "expected.json" || name == "reviews.json" || name == "manifest.json" || name == "report.json") {
        continue;
      }
      if (ext == ".txt" || ext == ".jsonl") {
        out->push_back(p);
      } else if (ext == ".json" && !Exists(WithoutExtension(p) + ".txt")) {
        out->push_back(p);  // an article file, not the sidecar of a .txt
      }
    }
    return absl::OkStatus();
  }

  absl::Status File(const std::string& path, bool explicit_input) {
    std::string ext = Extension(path);
    if (ext == ".jsonl") return Skip(JsonLines(path));
    if (ext == ".json") return Skip(JsonArticle(path));
    (void)explicit_input;
    return Skip(TextArticle(path));
  }

  absl::Status TextArticle(const std::string& path) {
    bool too_big = false;
    CC_ASSIGN_OR_RETURN(std::string text, ReadWhole(path, o_.max_article_bytes, &too_big));
    if (too_big) {
      warn_(absl::StrCat(path, ": larger than --max-article-bytes=", o_.max_article_bytes, "; skipped"));
      return absl::OkStatus();
    }
    if (LooksBinary(text)) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": looks like a binary file, not article text"));
    }
    Article a;
    a.id = Stem(path);
    a.path = path;
    std::string sidecar = WithoutExtension(path) + ".json";
    if (Exists(sidecar) && !IsDir(sidecar)) {
      bool big = false;
      CC_ASSIGN_OR_RETURN(std::string meta, ReadWhole(sidecar, 1 << 20, &big));
      if (big) return absl::InvalidArgumentError(absl::StrCat(sidecar, ": sidecar larger than 1 MiB"));
      CC_ASSIGN_OR_RETURN(nlohmann::json j, ParseJson(meta, sidecar));
      CC_RETURN_IF_ERROR(ApplyMetadata(j, sidecar, &a));
    }
    a.text = std::move(text);
    return Emit(std::move(a), path);
  }

  absl::Status JsonArticle(const std::string& path) {
    bool too_big = false;
    // The limit applies to the article text; the JSON around it may add a little.
    uint64_t limit = o_.max_article_bytes == 0 ? 0 : o_.max_article_bytes + (1 << 20);
    CC_ASSIGN_OR_RETURN(std::string bytes, ReadWhole(path, limit, &too_big));
    if (too_big) {
      warn_(absl::StrCat(path, ": larger than --max-article-bytes=", o_.max_article_bytes, "; skipped"));
      return absl::OkStatus();
    }
    CC_ASSIGN_OR_RETURN(nlohmann::json j, ParseJson(bytes, path));
    Article a;
    a.id = Stem(path);
    a.path = path;
    CC_RETURN_IF_ERROR(Record(j, path, &a));
    return Emit(std::move(a), path);
  }

  absl::Status JsonLines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot read: ", std::strerror(errno)));
    std::string line;
    size_t emitted = 0;
    std::string stem = Stem(path);
    for (size_t n = 1; std::getline(in, line); ++n) {
      if (absl::StripAsciiWhitespace(line).empty()) continue;
      std::string where = absl::StrCat(path, ":", n);
      if (o_.max_article_bytes > 0 && line.size() > o_.max_article_bytes + (1 << 20)) {
        warn_(absl::StrCat(where, ": line larger than --max-article-bytes=", o_.max_article_bytes, "; skipped"));
        continue;
      }
      absl::Status st;
      // The usual record the quick way; anything else, and every error, from nlohmann.
      absl::optional<nlohmann::json> flat = ParseFlatJsonObject(line);
      absl::StatusOr<nlohmann::json> j =
          flat ? std::move(*flat) : ParseJson(line, where, /*with_position=*/false);
      if (!j.ok()) {
        st = j.status();
      } else {
        Article a;
        a.id = absl::StrCat(stem, ":", n);
        a.path = path;
        st = Record(*j, where, &a);
        if (st.ok()) {
          ++emitted;
          st = Emit(std::move(a), where);
        }
      }
      CC_RETURN_IF_ERROR(Skip(st));
    }
    if (emitted == 0 && !o_.keep_going) {
      return absl::InvalidArgumentError(absl::StrCat(path, ": no articles in this JSON Lines file"));
    }
    return absl::OkStatus();
  }

  // An article object: metadata plus text under one of the text keys.
  absl::Status Record(const nlohmann::json& j, const std::string& where, Article* a) {
    CC_RETURN_IF_ERROR(ApplyMetadata(j, where, a));
    const char* const id_keys[] = {"id"};
    CC_RETURN_IF_ERROR(StringField(j, id_keys, 1, where, &a->id));
    bool found = false;
    CC_RETURN_IF_ERROR(StringField(j, kTextKeys, std::size(kTextKeys), where, &a->text, &found));
    if (!found) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": no article text (expected a 'text', 'body', 'maintext' or 'content' field)"));
    }
    return absl::OkStatus();
  }

  static absl::StatusOr<nlohmann::json> ParseJson(const std::string& bytes, const std::string& where,
                                                  bool with_position = true) {
    try {
      return nlohmann::json::parse(bytes);
    } catch (const nlohmann::json::parse_error& e) {
      size_t line = 1, col = 1;
      for (size_t k = 0; k + 1 < e.byte && k < bytes.size(); ++k) {
        if (bytes[k] == '\n') {
          ++line;
          col = 1;
        } else {
          ++col;
        }
      }
      std::string what = e.what();
      size_t p = what.find("parse error");
      if (p != std::string::npos) what = what.substr(p);
      if (!with_position) return absl::InvalidArgumentError(absl::StrCat(where, ": invalid JSON: ", what));
      return absl::InvalidArgumentError(absl::StrCat(where, ":", line, ":", col, ": invalid JSON: ", what));
    } catch (const nlohmann::json::exception& e) {
      // Not a syntax error but a value JSON cannot hold here ("1e999").
      return absl::InvalidArgumentError(absl::StrCat(where, ": invalid JSON: ", e.what()));
    }
  }

  const ReadOptions& o_;
  const ArticleSink& sink_;
  const WarningSink& warn_;
  size_t articles_ = 0;
};

}  // namespace

absl::Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                          const ArticleSink& sink, const WarningSink& warn) {
  Reader r(options, sink, warn);
  for (const std::string& in : inputs) {
    CC_RETURN_IF_ERROR(r.Input(in));
  }
  if (r.articles() == 0) {
    return absl::InvalidArgumentError(
        inputs.size() == 1 ? absl::StrCat(inputs[0], ": no usable articles")
                           : "no usable articles in the inputs");
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
