#include "checker/json_writer.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// The length of the well-formed UTF-8 sequence at s[i] (lead byte >= 0x80), or 0 when it
// is not one. The same strictness as nlohmann's decoder: no overlong forms, no
// surrogates, nothing above U+10FFFF.
size_t Utf8SequenceAt(absl::string_view s, size_t i) {
  auto at = [&](size_t k) -> unsigned { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  auto cont = [](unsigned c) { return c >= 0x80 && c <= 0xBF; };
  const unsigned c = at(i);
  if (c >= 0xC2 && c <= 0xDF) return cont(at(i + 1)) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    const unsigned c1 = at(i + 1);
    const bool ok1 = c == 0xE0 ? (c1 >= 0xA0 && c1 <= 0xBF)
                   : c == 0xED ? (c1 >= 0x80 && c1 <= 0x9F)
                               : cont(c1);
    return ok1 && cont(at(i + 2)) ? 3 : 0;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    const unsigned c1 = at(i + 1);
    const bool ok1 = c == 0xF0 ? (c1 >= 0x90 && c1 <= 0xBF)
                   : c == 0xF4 ? (c1 >= 0x80 && c1 <= 0x8F)
                               : cont(c1);
    return ok1 && cont(at(i + 2)) && cont(at(i + 3)) ? 4 : 0;
  }
  return 0;
}

}  // namespace

void JsonWriter::Newline(size_t level) {
  if (indent_ < 0) return;
  out_->push_back('\n');
  out_->append((base_level_ + level) * static_cast<size_t>(indent_), ' ');
}

void JsonWriter::BeforeValue() {
  if (depth_ == 0) return;
  Frame& f = stack_[depth_ - 1];
  if (f.object) return;  // its key wrote the separator
  if (f.count > 0) out_->push_back(',');
  Newline(depth_);
  ++f.count;
}

JsonWriter& JsonWriter::Key(absl::string_view key) {
  Frame& f = stack_[depth_ - 1];
  if (f.count > 0) {
    f.members.back().end = out_->size();
    out_->push_back(',');
  }
  Newline(depth_);
  if (f.count > 0 && f.sorted && f.members.back().key > key) f.sorted = false;
  f.members.push_back(Member{key, out_->size(), 0});
  ++f.count;
  Escaped(key);
  if (indent_ < 0) {
    out_->push_back(':');
  } else {
    out_->append(": ", 2);
  }
  return *this;
}

void JsonWriter::Open(bool object) {
  BeforeValue();
  if (stack_.size() <= depth_) stack_.emplace_back();
  Frame& f = stack_[depth_++];
  f.object = object;
  f.sorted = true;
  f.count = 0;
  f.members.clear();
  out_->push_back(object ? '{' : '[');
}

void JsonWriter::BeginObject() { Open(true); }
void JsonWriter::BeginArray() { Open(false); }

void JsonWriter::SortMembers(Frame* f, size_t level) {
  const size_t from = f->members.front().begin;
  scratch_.assign(*out_, from, std::string::npos);
  std::vector<size_t> order(f->count);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return f->members[a].key < f->members[b].key; });
  out_->resize(from);
  for (size_t i = 0; i < order.size(); ++i) {
    if (i > 0) {
      out_->push_back(',');
      Newline(level);
    }
    const Member& m = f->members[order[i]];
    out_->append(scratch_, m.begin - from, m.end - m.begin);
  }
}

void JsonWriter::EndObject() {
  Frame& f = stack_[depth_ - 1];
  if (f.count > 0) {
    f.members.back().end = out_->size();
    if (!f.sorted) SortMembers(&f, depth_);
    Newline(depth_ - 1);
  }
  out_->push_back('}');
  --depth_;
}

void JsonWriter::EndArray() {
  const Frame& f = stack_[depth_ - 1];
  if (f.count > 0) Newline(depth_ - 1);
  out_->push_back(']');
  --depth_;
}

void JsonWriter::Escaped(absl::string_view s) {
  const size_t start = out_->size();
  out_->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t n = Utf8SequenceAt(s, i);
      if (n == 0) {
        // Not UTF-8: nlohmann decides what replaces it.
        out_->resize(start);
        out_->append(nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                          nlohmann::json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    out_->append(s.data() + run, i - run);
    switch (c) {
      case '"': out_->append("\\\"", 2); break;
      case '\\': out_->append("\\\\", 2); break;
      case '\b': out_->append("\\b", 2); break;
      case '\f': out_->append("\\f", 2); break;
      case '\n': out_->append("\\n", 2); break;
      case '\r': out_->append("\\r", 2); break;
      case '\t': out_->append("\\t", 2); break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        out_->append(u, 6);
      }
    }
    run = ++i;
  }
  out_->append(s.data() + run, s.size() - run);
  out_->push_back('"');
}

void JsonWriter::String(absl::string_view s) {
  BeforeValue();
  Escaped(s);
}

void JsonWriter::StringOrNull(absl::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonWriter::Double(double v) {
  BeforeValue();
  if (!std::isfinite(v)) {
    out_->append("null", 4);
    return;
  }
  char buf[64];
  char* end = nlohmann::detail::to_chars(buf, buf + sizeof(buf), v);
  out_->append(buf, static_cast<size_t>(end - buf));
}

void JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  absl::StrAppend(out_, v);
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  absl::StrAppend(out_, v);
}

void JsonWriter::Bool(bool b) {
  BeforeValue();
  if (b) {
    out_->append("true", 4);
  } else {
    out_->append("false", 5);
  }
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null", 4);
}

void JsonWriter::Value(const nlohmann::json& j) { WriteJsonTree(j, this); }

void WriteJsonTree(const nlohmann::json& j, JsonWriter* w) {
  switch (j.type()) {
    case nlohmann::json::value_t::object:
      w->BeginObject();
      for (auto it = j.begin(); it != j.end(); ++it) {
        w->Key(it.key());
        WriteJsonTree(it.value(), w);
      }
      w->EndObject();
      return;
    case nlohmann::json::value_t::array:
      w->BeginArray();
      for (const auto& e : j) WriteJsonTree(e, w);
      w->EndArray();
      return;
    case nlohmann::json::value_t::string:
      w->String(j.get_ref<const std::string&>());
      return;
    case nlohmann::json::value_t::boolean:
      w->Bool(j.get<bool>());
      return;
    case nlohmann::json::value_t::number_unsigned:
      w->Uint(j.get<uint64_t>());
      return;
    case nlohmann::json::value_t::number_integer:
      w->Int(j.get<int64_t>());
      return;
    case nlohmann::json::value_t::number_float:
      w->Double(j.get<double>());
      return;
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::binary:
    case nlohmann::json::value_t::discarded:
      w->Null();
      return;
  }
}

}  // namespace claimcheck
