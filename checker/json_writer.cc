#include "checker/json_writer.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cmath>
#include <cstring>
#include <numeric>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "absl/strings/numbers.h"
#include "checker/utf8.h"

namespace claimcheck {
namespace {

constexpr std::array<bool, 256> PlainBytes() {
  std::array<bool, 256> t{};
  for (int c = 0x20; c < 0x80; ++c) t[c] = c != '"' && c != '\\';
  return t;
}
constexpr std::array<bool, 256> kPlain = PlainBytes();

}  // namespace

size_t JsonPlainPrefix(absl::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time. As signed bytes, both the control bytes and every byte of
  // 0x80 or more are less than 0x20: one comparison finds them.
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  auto special = [&](const char* at) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    const __m128i hit = _mm_or_si128(_mm_cmplt_epi8(v, space),
                                     _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)));
    return static_cast<unsigned>(_mm_movemask_epi8(hit));
  };
  for (; i + 16 <= n; i += 16) {
    if (const unsigned m = special(p + i); m != 0) return i + static_cast<size_t>(__builtin_ctz(m));
  }
  if (i < n && n >= 16) {  // the last few bytes, in the last sixteen
    const unsigned m = special(p + n - 16) >> (i - (n - 16));
    return m == 0 ? n : i + static_cast<size_t>(__builtin_ctz(m));
  }
#else
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [](uint64_t x) { return (x - kOnes) & ~x & kHigh; };
  auto special = [&](uint64_t w) {
    return (w & kHigh) | ((w - 0x20 * kOnes) & ~w & kHigh) | has_zero(w ^ ('"' * kOnes)) |
           has_zero(w ^ ('\\' * kOnes));
  };
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    if (special(w) != 0) break;
  }
  if (i < n && i + 8 > n && n >= 8) {  // the last few bytes, in the last eight
    uint64_t w;
    std::memcpy(&w, p + n - 8, 8);
    if (special(w) == 0) return n;
  }
#endif
  while (i < n && kPlain[static_cast<unsigned char>(p[i])]) ++i;
  return i;
}

JsonWriter::~JsonWriter() { Flush(); }

void JsonWriter::Grow(size_t n) { buf_.resize(std::max(2 * buf_.size(), len_ + n + 256)); }

void JsonWriter::Flush() {
  out_->append(buf_.data(), len_);
  len_ = 0;
}

void JsonWriter::IndentedNewline(size_t level) {
  const size_t n = (base_level_ + level) * static_cast<size_t>(indent_);
  char* p = Room(1 + n);
  p[0] = '\n';
  std::memset(p + 1, ' ', n);
}

void JsonWriter::Open(bool object) {
  BeforeValue();
  if (stack_.size() <= depth_) stack_.emplace_back();
  Frame& f = stack_[depth_++];
  f.object = object;
  f.sorted = true;
  f.caller_sorted = false;
  f.count = 0;
  f.members.clear();
  Put(object ? '{' : '[');
}

void JsonWriter::BeginObject() { Open(true); }

void JsonWriter::BeginSortedObject() {
  Open(true);
  stack_[depth_ - 1].caller_sorted = true;
}
void JsonWriter::BeginArray() { Open(false); }

void JsonWriter::SortMembers(Frame* f, size_t level) {
  const size_t from = f->members.front().begin;
  scratch_.assign(buf_, from, len_ - from);
  std::vector<size_t> order(f->count);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return f->members[a].key < f->members[b].key; });
  len_ = from;
  for (size_t i = 0; i < order.size(); ++i) {
    if (i > 0) {
      Put(',');
      Newline(level);
    }
    const Member& m = f->members[order[i]];
    Put(absl::string_view(scratch_).substr(m.begin - from, m.end - m.begin));
  }
}

void JsonWriter::EndObject() {
  Frame& f = stack_[depth_ - 1];
  if (f.count > 0) {
    if (!f.caller_sorted) {
      f.members.back().end = len_;
      if (!f.sorted) SortMembers(&f, depth_);
    }
    Newline(depth_ - 1);
  }
  Put('}');
  --depth_;
  AfterValue();
}

void JsonWriter::EndArray() {
  const Frame& f = stack_[depth_ - 1];
  if (f.count > 0) Newline(depth_ - 1);
  Put(']');
  --depth_;
  AfterValue();
}

void JsonWriter::EscapedFrom(absl::string_view s, size_t plain) {
  const size_t start = len_;
  Put('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = plain; i < s.size();) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (kPlain[c]) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const size_t n = Utf8SequenceLength(s, i);
      if (n == 0) {
        // Not UTF-8: nlohmann decides what replaces it.
        len_ = start;
        Put(nlohmann::json(std::string(s)).dump(-1, ' ', false,
                                                nlohmann::json::error_handler_t::replace));
        return;
      }
      i += n;
      continue;
    }
    Put(s.substr(run, i - run));
    switch (c) {
      case '"': Put("\\\""); break;
      case '\\': Put("\\\\"); break;
      case '\b': Put("\\b"); break;
      case '\f': Put("\\f"); break;
      case '\n': Put("\\n"); break;
      case '\r': Put("\\r"); break;
      case '\t': Put("\\t"); break;
      default: {
        static constexpr char kHex[] = "0123456789abcdef";
        const char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
        Put(absl::string_view(u, 6));
      }
    }
    run = ++i;
  }
  Put(s.substr(run));
  Put('"');
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
    Put("null");
  } else if (std::fabs(v) < 1e15 && v == std::trunc(v) && !(v == 0 && std::signbit(v))) {
    // Most values are whole numbers (counts, days since 1970). Below 1e15, nlohmann's
    // to_chars writes one as its digits and ".0"; integer formatting is far cheaper.
    char buf[absl::numbers_internal::kFastToBufferSize + 2];
    char* end = absl::numbers_internal::FastIntToBuffer(static_cast<int64_t>(v), buf);
    end[0] = '.';
    end[1] = '0';
    Put(absl::string_view(buf, static_cast<size_t>(end + 2 - buf)));
  } else {
    char buf[64];
    char* end = nlohmann::detail::to_chars(buf, buf + sizeof(buf), v);
    Put(absl::string_view(buf, static_cast<size_t>(end - buf)));
  }
  AfterValue();
}

void JsonWriter::Uint(uint64_t v) {
  BeforeValue();
  char buf[absl::numbers_internal::kFastToBufferSize];
  char* end = absl::numbers_internal::FastIntToBuffer(v, buf);
  Put(absl::string_view(buf, static_cast<size_t>(end - buf)));
  AfterValue();
}

void JsonWriter::Int(int64_t v) {
  BeforeValue();
  char buf[absl::numbers_internal::kFastToBufferSize];
  char* end = absl::numbers_internal::FastIntToBuffer(v, buf);
  Put(absl::string_view(buf, static_cast<size_t>(end - buf)));
  AfterValue();
}

void JsonWriter::Bool(bool b) {
  BeforeValue();
  Put(b ? absl::string_view("true") : absl::string_view("false"));
  AfterValue();
}

void JsonWriter::Null() {
  BeforeValue();
  Put("null");
  AfterValue();
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
