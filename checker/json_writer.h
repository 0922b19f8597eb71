// A streaming JSON writer whose bytes are those of nlohmann::json's dump() of the same
// tree, without building the tree.
//
// `extract` prints about eight bytes of JSON for every byte of article text, and
// report.json holds every fact: building an nlohmann tree per fact and serializing it was
// a third of extraction time. This writer appends straight to a string and matches
//   nlohmann::json::dump(indent, ' ', false, nlohmann::json::error_handler_t::replace)
// byte for byte, so the output formats (an interface, DESIGN.md) do not change:
//   - object members come out in key order, as nlohmann's std::map objects do, whatever
//     order they were written in (writing them sorted skips a copy);
//   - doubles are formatted by nlohmann's own to_chars (grisu2, "19626.0", "1e+15"),
//     non-finite ones as null;
//   - strings are escaped as nlohmann escapes them (\", \\, \b \f \n \r \t, other control
//     bytes as \u00xx, nothing else); a string that is not valid UTF-8 is handed to
//     nlohmann itself, so its replacement characters are nlohmann's too.
// Keys within one object must be distinct. Not thread-safe; use one writer per thread.
#ifndef CLAIMCHECK_CHECKER_JSON_WRITER_H_
#define CLAIMCHECK_CHECKER_JSON_WRITER_H_

#include <cassert>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "absl/base/attributes.h"
#include "absl/base/optimization.h"
#include "absl/strings/string_view.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

// The length of the prefix of s that a JSON string holds as it is: printable ASCII
// (0x20-0x7F) other than '"' and '\\'. Sixteen bytes at a time with SSE2, else eight.
size_t JsonPlainPrefix(absl::string_view s);

class JsonWriter {
 public:
  // Appends to *out, each document (a top-level value) once it is complete, so *out
  // may be written to between documents. indent < 0 writes compact JSON (dump());
  // indent >= 0 writes one member or element per line, indented by `indent` spaces per
  // level (dump(indent)), as if the value sat `level` levels deep in a larger document.
  explicit JsonWriter(std::string* out, int indent = -1, size_t level = 0)
      : out_(out), indent_(indent), base_level_(level) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;
  ~JsonWriter();

  // Inside an object, every value is preceded by its key. The key's bytes must stay
  // valid until its object is closed (string literals, a tree being written).
  JsonWriter& Key(absl::string_view key) { return KeyAs(key, /*plain=*/false); }
  // A key the caller knows JSON writes as it is (a literal identifier such as
  // "attributed_to": printable ASCII, no quote or backslash), so it is not scanned;
  // checked by assert in debug builds. For the writers of every fact.
  ABSL_ATTRIBUTE_ALWAYS_INLINE JsonWriter& PlainKey(absl::string_view key) {
    assert(JsonPlainPrefix(key) == key.size());
    return KeyAs(key, /*plain=*/true);
  }

  void BeginObject();
  // An object whose caller writes its keys in nlohmann's order (byte-wise ascending,
  // as std::map sorts them), as the writer of every fact does: nothing is kept for a
  // sort that will not happen. Checked by assert in debug builds.
  void BeginSortedObject();
  void EndObject();
  void BeginArray();
  void EndArray();

  void String(absl::string_view s) {
    BeforeValue();
    Escaped(s);
    AfterValue();
  }
  // An empty string as null (fields such as attributed_to: "nobody said").
  void StringOrNull(absl::string_view s);
  void Double(double v);  // NaN and infinities are written as null, as nlohmann does
  void Uint(uint64_t v);
  void Int(int64_t v);
  void Bool(bool b);
  void Null();
  // A value given as an nlohmann tree (for the rare irregular part of a document).
  void Value(const nlohmann::json& j);

  // An array of strings.
  template <typename Strings>
  void StringArray(const Strings& strings) {
    BeginArray();
    for (const auto& s : strings) String(s);
    EndArray();
  }

  // Nothing is open: the document is complete.
  bool Done() const { return depth_ == 0; }

 private:
  struct Member {
    absl::string_view key;  // unescaped, as nlohmann's std::map orders them
    size_t begin;           // where its key starts in buf_
    size_t end;             // where its value ends
  };
  struct Frame {
    bool object = false;
    bool sorted = true;
    bool caller_sorted = false;  // BeginSortedObject: members is left empty
    size_t count = 0;
    std::vector<Member> members;
    absl::string_view last_key;  // of a caller-sorted object, for the debug check
  };

  // The bytes of the document being written wait in buf_ (its first len_ bytes) and
  // go to *out_ in one piece when the document is complete: appending to a
  // std::string piece by piece is a call into the library for every comma and quote.
  // The small steps of every value are inline (here and below the class): as calls
  // into json_writer.cc they cost more than the bytes they write.
  char* Room(size_t n) {  // n more bytes at the end, for the caller to fill
    if (ABSL_PREDICT_FALSE(len_ + n > buf_.size())) Grow(n);
    char* p = &buf_[len_];
    len_ += n;
    return p;
  }
  void Put(absl::string_view s) {
    if (!s.empty()) std::memcpy(Room(s.size()), s.data(), s.size());
  }
  void Put(char c) { *Room(1) = c; }
  void Grow(size_t n);
  void Flush();

  void BeforeValue() {
    if (depth_ == 0) return;
    Frame& f = stack_[depth_ - 1];
    if (f.object) return;  // its key wrote the separator
    if (f.count > 0) Put(',');
    Newline(depth_);
    ++f.count;
  }
  void AfterValue() {  // a scalar at the top level is a whole document
    if (depth_ == 0) Flush();
  }
  void Open(bool object);
  void Newline(size_t level) {
    if (indent_ >= 0) IndentedNewline(level);
  }
  void IndentedNewline(size_t level);
  void Quoted(absl::string_view s) {  // s, known plain, between quotes
    char* p = Room(s.size() + 2);
    p[0] = '"';
    if (!s.empty()) std::memcpy(p + 1, s.data(), s.size());
    p[s.size() + 1] = '"';
  }
  void Escaped(absl::string_view s) {
    const size_t plain = JsonPlainPrefix(s);
    if (ABSL_PREDICT_TRUE(plain == s.size())) {  // nothing to escape or check
      Quoted(s);
    } else {
      EscapedFrom(s, plain);
    }
  }
  void EscapedFrom(absl::string_view s, size_t plain);  // s[plain] needs escaping or a check
  ABSL_ATTRIBUTE_ALWAYS_INLINE inline JsonWriter& KeyAs(absl::string_view key, bool plain);
  void SortMembers(Frame* f, size_t level);

  std::string* out_;
  int indent_;
  size_t base_level_;
  std::vector<Frame> stack_;
  size_t depth_ = 0;  // frames in use; frames beyond it are kept for their buffers
  std::string scratch_;
  std::string buf_;
  size_t len_ = 0;
};

JsonWriter& JsonWriter::KeyAs(absl::string_view key, bool plain) {
  Frame& f = stack_[depth_ - 1];
  const size_t comma = f.count > 0 ? 1 : 0;
  ++f.count;
  if (f.caller_sorted) {
    assert(comma == 0 || f.last_key < key);
    f.last_key = key;
  } else if (comma) {
    f.members.back().end = len_;
    const absl::string_view prev = f.members.back().key;
    // Most keys differ from the one before in their first byte: no memcmp then.
    const bool first_byte_less = !prev.empty() && !key.empty() &&
                                 static_cast<unsigned char>(prev[0]) < static_cast<unsigned char>(key[0]);
    if (f.sorted && !first_byte_less && prev > key) f.sorted = false;
  }
  if (plain && indent_ < 0) {  // ,"key": in one piece
    if (!f.caller_sorted) f.members.push_back(Member{key, len_ + comma, 0});
    char* p = Room(comma + key.size() + 3);
    p[0] = ',';
    p += comma;
    p[0] = '"';
    std::memcpy(p + 1, key.data(), key.size());
    p[key.size() + 1] = '"';
    p[key.size() + 2] = ':';
    return *this;
  }
  if (comma) Put(',');
  Newline(depth_);
  if (!f.caller_sorted) f.members.push_back(Member{key, len_, 0});
  if (plain) {
    Quoted(key);
  } else {
    Escaped(key);
  }
  if (indent_ < 0) {
    Put(':');
  } else {
    Put(absl::string_view(": "));
  }
  return *this;
}

// Writes a whole nlohmann tree through a JsonWriter (tests compare the two renderings).
void WriteJsonTree(const nlohmann::json& j, JsonWriter* w);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_JSON_WRITER_H_
