#include "checker/fact_codec.h"

#include <cstdint>
#include <cstring>

#include "absl/strings/str_cat.h"

namespace claimcheck {
namespace {

// Every field of Fact is written below. A new field changes the struct's size and stops
// the build here: encode it, then update the size.
static_assert(sizeof(void*) != 8 || sizeof(Fact) == 488,
              "Fact changed: encode the new field in fact_codec.cc, then update this size");

enum Flag : uint32_t {
  kLowOpen = 1u << 0,
  kHighOpen = 1u << 1,
  kDateResolved = 1u << 2,
  kTimePresent = 1u << 3,
  kTimeResolved = 1u << 4,
  kCaption = 1u << 5,
  kHeadline = 1u << 6,
  kHypothetical = 1u << 7,
  kPart = 1u << 8,
  kComparative = 1u << 9,
  kDelta = 1u << 10,
  kVague = 1u << 11,
  kSameSentence = 1u << 12,  // sentence_text equals the previous fact's
  kNegated = 1u << 13,
  kEarlier = 1u << 14,
};

class Writer {
 public:
  explicit Writer(std::string* out) : out_(out) {}
  void Varint(uint64_t v) {
    while (v >= 0x80) {
      out_->push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_->push_back(static_cast<char>(v));
  }
  void Byte(uint8_t b) { out_->push_back(static_cast<char>(b)); }
  void Raw64(uint64_t v) {
    char b[8];
    std::memcpy(b, &v, 8);
    out_->append(b, 8);
  }
  void Double(double d) {
    uint64_t v;
    std::memcpy(&v, &d, 8);
    Raw64(v);
  }
  void Day(CalendarDay d) { Raw64(static_cast<uint64_t>(d.days())); }
  void Str(absl::string_view s) {
    Varint(s.size());
    out_->append(s.data(), s.size());
  }
  void Span(const claimcheck::Span& s) {
    Varint(s.begin);
    Varint(s.end);
  }

 private:
  std::string* out_;
};

class Reader {
 public:
  explicit Reader(absl::string_view in) : in_(in) {}
  bool ok() const { return ok_; }
  bool done() const { return in_.empty(); }

  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (in_.empty()) return Fail();
      const uint8_t b = static_cast<uint8_t>(in_.front());
      in_.remove_prefix(1);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if ((b & 0x80) == 0) return v;
    }
    return Fail();
  }
  uint32_t Varint32() {
    const uint64_t v = Varint();
    if (v > UINT32_MAX) return static_cast<uint32_t>(Fail());
    return static_cast<uint32_t>(v);
  }
  uint8_t Byte() {
    if (in_.empty()) return static_cast<uint8_t>(Fail());
    const uint8_t b = static_cast<uint8_t>(in_.front());
    in_.remove_prefix(1);
    return b;
  }
  uint64_t Raw64() {
    if (in_.size() < 8) return Fail();
    uint64_t v;
    std::memcpy(&v, in_.data(), 8);
    in_.remove_prefix(8);
    return v;
  }
  double Double() {
    const uint64_t v = Raw64();
    double d;
    std::memcpy(&d, &v, 8);
    return d;
  }
  CalendarDay Day() { return CalendarDay::FromDays(static_cast<int64_t>(Raw64())); }
  absl::string_view Str() {
    const uint64_t n = Varint();
    if (n > in_.size()) {
      Fail();
      return {};
    }
    absl::string_view s = in_.substr(0, n);
    in_.remove_prefix(n);
    return s;
  }
  claimcheck::Span Span() {
    claimcheck::Span s;
    s.begin = Varint32();
    s.end = Varint32();
    return s;
  }
  WordList Words() {
    WordList w;
    if (!WordList::FromBytes(Str(), &w)) Fail();
    return w;
  }
  template <typename Enum>
  Enum Small(int last) {
    const uint8_t b = Byte();
    if (b > last) Fail();
    return static_cast<Enum>(b);
  }

 private:
  uint64_t Fail() {
    ok_ = false;
    in_ = {};
    return 0;
  }

  absl::string_view in_;
  bool ok_ = true;
};

}  // namespace

void EncodeFacts(const std::vector<Fact>& facts, std::string* out) {
  Writer w(out);
  w.Varint(facts.size());
  const std::string* previous_sentence = nullptr;
  for (const Fact& f : facts) {
    const bool same_sentence =
        previous_sentence != nullptr && *previous_sentence == f.sentence_text;
    previous_sentence = &f.sentence_text;
    uint32_t flags = 0;
    auto flag = [&flags](bool on, Flag bit) { flags |= on ? bit : 0; };
    flag(f.interval.low_open, kLowOpen);
    flag(f.interval.high_open, kHighOpen);
    flag(f.date_resolved, kDateResolved);
    flag(f.time.present, kTimePresent);
    flag(f.time.resolved, kTimeResolved);
    flag(f.caption, kCaption);
    flag(f.headline, kHeadline);
    flag(f.hypothetical, kHypothetical);
    flag(f.part, kPart);
    flag(f.comparative, kComparative);
    flag(f.delta, kDelta);
    flag(f.vague, kVague);
    flag(f.negated, kNegated);
    flag(f.earlier, kEarlier);
    flag(same_sentence, kSameSentence);
    w.Varint(flags);
    w.Span(f.span);
    w.Str(f.text);
    w.Byte(static_cast<uint8_t>(f.kind));
    w.Byte(static_cast<uint8_t>(f.bound));
    w.Str(f.dimension);
    w.Str(f.unit);
    w.Double(f.value);
    w.Double(f.high);
    w.Double(f.interval.low);
    w.Double(f.interval.high);
    w.Double(f.precision);
    w.Double(f.surface_value);
    w.Double(f.surface_high);
    w.Str(f.surface_unit);
    w.Day(f.date_from);
    w.Day(f.date_to);
    w.Byte(static_cast<uint8_t>(f.date_grain));
    w.Str(f.measures.head);
    w.Str(f.measures.head_text);
    w.Str(f.measures.qualifier);
    w.Str(f.measures.place);
    w.Str(f.measures.scope);
    w.Str(f.measures.context.bytes());
    w.Str(f.measures.entities.bytes());
    w.Byte(static_cast<uint8_t>(f.time.grain));
    w.Day(f.time.from);
    w.Day(f.time.to);
    w.Span(f.time.span);
    w.Varint(static_cast<uint64_t>(f.time.clock + 1));
    w.Varint(static_cast<uint64_t>(static_cast<int32_t>(f.time.zone) - FactTime::kNoZone));
    w.Str(f.attributed_to);
    w.Str(f.rule);
    w.Str(f.rules.bytes());
    w.Varint(f.sentence);
    w.Span(f.sentence_span);
    if (!same_sentence) w.Str(f.sentence_text);
  }
}

absl::Status DecodeFacts(absl::string_view bytes, absl::string_view article,
                         std::vector<Fact>* out) {
  out->clear();
  Reader r(bytes);
  const uint64_t n = r.Varint();
  // Each fact takes well over 64 bytes: a larger count is corruption, not a reason to
  // reserve gigabytes.
  if (!r.ok() || n > bytes.size() / 64 + 1) {
    return absl::DataLossError(absl::StrCat("bad fact count in encoded facts of ", article));
  }
  out->reserve(n);
  for (uint64_t i = 0; i < n && r.ok(); ++i) {
    Fact f;
    f.article = std::string(article);
    const uint64_t flags = r.Varint();
    f.span = r.Span();
    f.text = std::string(r.Str());
    f.kind = r.Small<FactKind>(static_cast<int>(FactKind::kNumber));
    f.bound = r.Small<Bound>(static_cast<int>(Bound::kRange));
    f.dimension = r.Str();
    f.unit = r.Str();
    f.value = r.Double();
    f.high = r.Double();
    f.interval.low = r.Double();
    f.interval.high = r.Double();
    f.interval.low_open = (flags & kLowOpen) != 0;
    f.interval.high_open = (flags & kHighOpen) != 0;
    f.precision = r.Double();
    f.surface_value = r.Double();
    f.surface_high = r.Double();
    f.surface_unit = r.Str();
    f.date_from = r.Day();
    f.date_to = r.Day();
    f.date_grain = r.Small<Grain>(static_cast<int>(Grain::kMinute));
    f.date_resolved = (flags & kDateResolved) != 0;
    f.measures.head = r.Str();
    f.measures.head_text = r.Str();
    f.measures.qualifier = r.Str();
    f.measures.place = r.Str();
    f.measures.scope = r.Str();
    f.measures.context = r.Words();
    f.measures.entities = r.Words();
    f.time.present = (flags & kTimePresent) != 0;
    f.time.resolved = (flags & kTimeResolved) != 0;
    f.time.grain = r.Small<Grain>(static_cast<int>(Grain::kMinute));
    f.time.from = r.Day();
    f.time.to = r.Day();
    f.time.span = r.Span();
    f.time.clock = static_cast<int16_t>(static_cast<int64_t>(r.Varint()) - 1);
    f.time.zone = static_cast<int16_t>(static_cast<int64_t>(r.Varint()) + FactTime::kNoZone);
    f.attributed_to = std::string(r.Str());
    f.caption = (flags & kCaption) != 0;
    f.headline = (flags & kHeadline) != 0;
    f.hypothetical = (flags & kHypothetical) != 0;
    f.part = (flags & kPart) != 0;
    f.negated = (flags & kNegated) != 0;
    f.comparative = (flags & kComparative) != 0;
    f.delta = (flags & kDelta) != 0;
    f.earlier = (flags & kEarlier) != 0;
    f.vague = (flags & kVague) != 0;
    f.rule = r.Str();
    f.rules = r.Words();
    f.sentence = r.Varint32();
    f.sentence_span = r.Span();
    if ((flags & kSameSentence) != 0) {
      if (out->empty()) break;  // nothing to repeat: corrupt
      f.sentence_text = out->back().sentence_text;
    } else {
      f.sentence_text = std::string(r.Str());
    }
    if (!r.ok()) break;
    out->push_back(std::move(f));
  }
  if (!r.ok() || out->size() != n || !r.done()) {
    out->clear();
    return absl::DataLossError(absl::StrCat("corrupt encoded facts of ", article));
  }
  return absl::OkStatus();
}

}  // namespace claimcheck
