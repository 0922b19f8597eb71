#include "checker/json_line.h"

#include <cstdint>
#include <string>
#include <utility>

#include "checker/json_writer.h"
#include "checker/utf8.h"

namespace claimcheck {
namespace {

class FlatParser {
 public:
  explicit FlatParser(absl::string_view s) : s_(s) {}

  absl::optional<nlohmann::json> Object() {
    nlohmann::json obj = nlohmann::json::object();
    Space();
    if (!Take('{')) return absl::nullopt;
    Space();
    if (!Take('}')) {
      for (;;) {
        std::string key;
        nlohmann::json value;
        Space();
        if (!String(&key)) return absl::nullopt;
        Space();
        if (!Take(':')) return absl::nullopt;
        Space();
        if (!Value(&value)) return absl::nullopt;
        obj[std::move(key)] = std::move(value);  // a repeated key: the last one, as nlohmann
        Space();
        if (Take('}')) break;
        if (!Take(',')) return absl::nullopt;
      }
    }
    Space();
    if (i_ != s_.size()) return absl::nullopt;
    return obj;
  }

 private:
  bool Take(char c) {
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

  void Space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }

  bool Value(nlohmann::json* v) {
    if (i_ >= s_.size()) return false;
    const char c = s_[i_];
    if (c == '"') {
      std::string str;
      if (!String(&str)) return false;
      *v = std::move(str);
      return true;
    }
    for (absl::string_view lit : {"true", "false", "null"}) {
      if (s_.substr(i_, lit.size()) == lit) {
        i_ += lit.size();
        *v = lit == "null" ? nlohmann::json(nullptr) : nlohmann::json(lit == "true");
        return true;
      }
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      // Numbers are rare in an article record: nlohmann reads them, so their kinds
      // (unsigned, signed, float) and their limits are its own.
      const size_t begin = i_;
      while (i_ < s_.size() && (absl::string_view("0123456789+-.eE").find(s_[i_]) != absl::string_view::npos)) {
        ++i_;
      }
      try {
        *v = nlohmann::json::parse(s_.substr(begin, i_ - begin), nullptr, /*allow_exceptions=*/false);
      } catch (const nlohmann::json::exception&) {
        return false;
      }
      return !v->is_discarded();
    }
    return false;  // an array, an object, or not JSON
  }

  bool Hex4(uint32_t* u) {
    if (i_ + 4 > s_.size()) return false;
    *u = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[i_++];
      uint32_t d;
      if (c >= '0' && c <= '9') {
        d = static_cast<uint32_t>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        d = static_cast<uint32_t>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        d = static_cast<uint32_t>(c - 'A' + 10);
      } else {
        return false;
      }
      *u = *u * 16 + d;
    }
    return true;
  }

  static void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  // A string at i_ (its opening quote), unescaped into *out.
  bool String(std::string* out) {
    if (!Take('"')) return false;
    for (;;) {
      const size_t run = i_;
      // Plain bytes, and the well-formed UTF-8 characters among them.
      for (;;) {
        i_ += JsonPlainPrefix(s_.substr(i_));
        if (i_ >= s_.size() || static_cast<unsigned char>(s_[i_]) < 0x80) break;
        const size_t n = Utf8SequenceLength(s_, i_);
        if (n == 0) return false;
        i_ += n;
      }
      out->append(s_.data() + run, i_ - run);
      if (i_ >= s_.size()) return false;  // no closing quote
      const char c = s_[i_++];
      if (c == '"') return true;
      if (c != '\\' || i_ >= s_.size()) return false;  // a raw control character
      switch (s_[i_++]) {
        case '"': out->push_back('"'); break;
        case '\\': out->push_back('\\'); break;
        case '/': out->push_back('/'); break;
        case 'b': out->push_back('\b'); break;
        case 'f': out->push_back('\f'); break;
        case 'n': out->push_back('\n'); break;
        case 'r': out->push_back('\r'); break;
        case 't': out->push_back('\t'); break;
        case 'u': {
          uint32_t u;
          if (!Hex4(&u)) return false;
          if (u >= 0xDC00 && u <= 0xDFFF) return false;  // a low surrogate alone
          if (u >= 0xD800 && u <= 0xDBFF) {
            uint32_t lo;
            if (!Take('\\') || !Take('u') || !Hex4(&lo) || lo < 0xDC00 || lo > 0xDFFF) return false;
            u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
          }
          AppendUtf8(u, out);
          break;
        }
        default: return false;
      }
    }
  }

  absl::string_view s_;
  size_t i_ = 0;
};

}  // namespace

absl::optional<nlohmann::json> ParseFlatJsonObject(absl::string_view line) {
  return FlatParser(line).Object();
}

}  // namespace claimcheck
