#include "checker/fact_codec.h"

#include <limits>
#include <string>
#include <vector>

#include "absl/strings/str_format.h"
#include "checker/fact.h"
#include "checker/json_writer.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"

namespace claimcheck {
namespace {

// A fact with every field away from its default, so a field the codec drops shows.
Fact Full(uint32_t begin, const std::string& sentence) {
  Fact f;
  f.article = "ignored";
  f.span = Span{begin, begin + 14};
  f.text = "lebih dari 1.000 kontainer";
  f.kind = FactKind::kCount;
  f.bound = Bound::kMoreThan;
  f.dimension = "count";
  f.unit = "kontainer";
  f.value = 1000;
  f.high = 1000.5;
  f.interval = Interval{1000, std::numeric_limits<double>::infinity(), true, false};
  f.surface_value = 1.0;
  f.surface_high = 2.25;
  f.surface_unit = "ribu";
  f.date_from = CalendarDay(absl::CivilDay(2023, 10, 18));
  f.date_to = CalendarDay(absl::CivilDay(2023, 10, 19));
  f.date_grain = Grain::kMonth;
  f.date_resolved = false;
  f.measures.head = "container";
  f.measures.head_text = "kontainer";
  f.measures.qualifier = "dikirim";
  f.measures.place = "sumatra utara";
  f.measures.scope = "lembah sari";
  f.measures.context = WordList{"kirim", "rusia", "utara"};
  f.measures.entities = WordList{"korea", "rusia"};
  f.time.present = true;
  f.time.resolved = true;
  f.time.grain = Grain::kDay;
  f.time.from = CalendarDay(absl::CivilDay(1999, 12, 31));
  f.time.to = CalendarDay(absl::CivilDay(2000, 1, 2));
  f.time.span = Span{begin + 20, begin + 30};
  f.time.clock = 18 * 60 + 27;
  f.time.zone = 480;  // WITA
  f.attributed_to = "Kementerian Luar Negeri";
  f.caption = true;
  f.headline = true;
  f.hypothetical = true;
  f.negated = true;
  f.part = true;
  f.comparative = true;
  f.delta = true;
  f.earlier = true;
  f.vague = true;
  f.rule = "count.noun";
  f.rules = WordList{"count.noun", "hedge.more_than"};
  f.sentence = 7;
  f.sentence_span = Span{begin - 5, begin + 100};
  f.sentence_text = sentence;
  return f;
}

void ExpectSame(const Fact& a, const Fact& b) {
  EXPECT_EQ(a.span, b.span);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.kind, b.kind);
  EXPECT_EQ(a.bound, b.bound);
  EXPECT_EQ(a.dimension, b.dimension);
  EXPECT_EQ(a.unit, b.unit);
  EXPECT_EQ(a.value, b.value);
  EXPECT_EQ(a.high, b.high);
  EXPECT_EQ(a.interval.low, b.interval.low);
  EXPECT_EQ(a.interval.high, b.interval.high);
  EXPECT_EQ(a.interval.low_open, b.interval.low_open);
  EXPECT_EQ(a.interval.high_open, b.interval.high_open);
  EXPECT_EQ(a.surface_value, b.surface_value);
  EXPECT_EQ(a.surface_high, b.surface_high);
  EXPECT_EQ(a.surface_unit, b.surface_unit);
  EXPECT_EQ(a.date_from, b.date_from);
  EXPECT_EQ(a.date_to, b.date_to);
  EXPECT_EQ(a.date_grain, b.date_grain);
  EXPECT_EQ(a.date_resolved, b.date_resolved);
  EXPECT_EQ(a.measures.head, b.measures.head);
  EXPECT_EQ(a.measures.head_text, b.measures.head_text);
  EXPECT_EQ(a.measures.qualifier, b.measures.qualifier);
  EXPECT_EQ(a.measures.place, b.measures.place);
  EXPECT_EQ(a.measures.scope, b.measures.scope);
  EXPECT_EQ(a.measures.context, b.measures.context);
  EXPECT_EQ(a.measures.entities, b.measures.entities);
  EXPECT_EQ(a.time.present, b.time.present);
  EXPECT_EQ(a.time.resolved, b.time.resolved);
  EXPECT_EQ(a.time.grain, b.time.grain);
  EXPECT_EQ(a.time.from, b.time.from);
  EXPECT_EQ(a.time.to, b.time.to);
  EXPECT_EQ(a.time.span, b.time.span);
  EXPECT_EQ(a.time.clock, b.time.clock);
  EXPECT_EQ(a.time.zone, b.time.zone);
  EXPECT_EQ(a.attributed_to, b.attributed_to);
  EXPECT_EQ(a.caption, b.caption);
  EXPECT_EQ(a.headline, b.headline);
  EXPECT_EQ(a.hypothetical, b.hypothetical);
  EXPECT_EQ(a.negated, b.negated);
  EXPECT_EQ(a.part, b.part);
  EXPECT_EQ(a.comparative, b.comparative);
  EXPECT_EQ(a.delta, b.delta);
  EXPECT_EQ(a.earlier, b.earlier);
  EXPECT_EQ(a.vague, b.vague);
  EXPECT_EQ(a.rule, b.rule);
  EXPECT_EQ(a.rules, b.rules);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.sentence_span, b.sentence_span);
  EXPECT_EQ(a.sentence_text, b.sentence_text);
}

TEST(FactCodecTest, EveryFieldSurvives) {
  const std::vector<Fact> facts = {Full(10, "Kalimat pertama."), Fact(),
                                   Full(200, "Kalimat kedua.")};
  std::string bytes;
  EncodeFacts(facts, &bytes);
  std::vector<Fact> back;
  ASSERT_TRUE(DecodeFacts(bytes, "art-1", &back).ok());
  ASSERT_EQ(back.size(), facts.size());
  for (size_t i = 0; i < facts.size(); ++i) {
    SCOPED_TRACE(i);
    ExpectSame(facts[i], back[i]);
    EXPECT_EQ(back[i].article, "art-1");  // the caller's id, not the encoded fact's
  }
}

TEST(FactCodecTest, DefaultFactSurvives) {
  // Empty days, empty word lists and symbols, zero spans.
  std::string bytes;
  EncodeFacts({Fact()}, &bytes);
  std::vector<Fact> back;
  ASSERT_TRUE(DecodeFacts(bytes, "a", &back).ok());
  ASSERT_EQ(back.size(), 1u);
  ExpectSame(Fact(), back[0]);
  EXPECT_TRUE(back[0].date_from.empty());
}

TEST(FactCodecTest, ASentenceQuotedByTwoFactsIsWrittenOnce) {
  const std::string sentence(500, 'x');
  std::string one, two;
  EncodeFacts({Full(10, sentence)}, &one);
  EncodeFacts({Full(10, sentence), Full(40, sentence)}, &two);
  EXPECT_LT(two.size(), 2 * one.size() - sentence.size() / 2);
  std::vector<Fact> back;
  ASSERT_TRUE(DecodeFacts(two, "a", &back).ok());
  ASSERT_EQ(back.size(), 2u);
  EXPECT_EQ(back[1].sentence_text, sentence);
  EXPECT_EQ(back[1].span.begin, 40u);
}

// WriteFactJson writes its members in order and the writer keeps nothing to sort them:
// nlohmann, which sorts every object it dumps, must give back the same bytes, compact
// and indented, for facts with and without their optional parts.
TEST(FactJsonTest, MembersComeInNlohmannsOrder) {
  Fact date;
  date.kind = FactKind::kDateRange;
  date.bound = Bound::kRange;
  date.date_from = CalendarDay(absl::CivilDay(2024, 3, 4));
  date.date_to = CalendarDay(absl::CivilDay(2024, 3, 6));
  FactArticleFields article;
  article.lang = "id";
  article.outlet = "Harian Contoh";
  article.path = "fixtures/a.txt";
  article.published = "2024-03-05";
  article.story = "banjir";
  article.url = "https://example.invalid/a";
  Fact long_id = Full(123456, "Kalimat kedua.");
  long_id.article = std::string(300, 'a');  // longer than the id's stack buffer
  for (const Fact& f : {Full(10, "Kalimat \"pertama\"."), Fact(), date, long_id}) {
    const FactArticleFields* const with_and_without[] = {nullptr, &article};
    for (const FactArticleFields* fields : with_and_without) {
      for (int indent : {-1, 2}) {
        std::string bytes;
        {
          JsonWriter w(&bytes, indent, indent < 0 ? 0 : 1);
          WriteFactJson(f, &w, fields);
        }
        const nlohmann::json tree = nlohmann::json::parse(bytes);
        EXPECT_EQ(tree.at("id"), f.id());
        std::string want = tree.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
        if (indent >= 0) {  // one level deeper, as report.json holds facts
          std::string deeper;
          for (char c : want) {
            deeper += c;
            if (c == '\n') deeper += "  ";
          }
          want = deeper;
        }
        EXPECT_EQ(bytes, want) << "indent " << indent << (fields ? " with article" : "");
      }
    }
  }
}

TEST(FactCodecTest, NoFactsIsAnEmptyList) {
  std::string bytes;
  EncodeFacts({}, &bytes);
  std::vector<Fact> back = {Fact()};
  ASSERT_TRUE(DecodeFacts(bytes, "a", &back).ok());
  EXPECT_TRUE(back.empty());
}

TEST(FactCodecTest, TruncatedOrTrailingBytesAreDataLoss) {
  std::string bytes;
  EncodeFacts({Full(10, "Satu."), Full(30, "Satu."), Full(60, "Dua.")}, &bytes);
  std::vector<Fact> back;
  for (size_t n = 0; n < bytes.size(); ++n) {
    SCOPED_TRACE(n);
    absl::Status st = DecodeFacts(absl::string_view(bytes).substr(0, n), "a", &back);
    EXPECT_EQ(st.code(), absl::StatusCode::kDataLoss);
    EXPECT_TRUE(back.empty());
  }
  EXPECT_EQ(DecodeFacts(bytes + "z", "a", &back).code(), absl::StatusCode::kDataLoss);
}

TEST(FactCodecTest, FlippedBytesNeverCrash) {
  // Not every flip is detectable (a changed digit is still a number), but none may read
  // out of bounds or allocate without limit: this runs under the ASan suite too.
  std::string bytes;
  EncodeFacts({Full(10, "Satu."), Full(30, "Satu.")}, &bytes);
  std::vector<Fact> back;
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string bad = bytes;
      bad[i] = static_cast<char>(bad[i] ^ (1 << bit));
      (void)DecodeFacts(bad, "a", &back);
    }
  }
}

// The day as facts are written (JSON "from"/"to"): ISO 8601, as printf would give it.
TEST(CalendarDayTest, TextIsIsoForEveryDayAndYear) {
  EXPECT_EQ(CalendarDay().str(), "");
  for (absl::CivilDay d(1890, 1, 1); d < absl::CivilDay(2110, 1, 1); d += 1) {
    ASSERT_EQ(CalendarDay(d).str(), absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day()));
  }
  for (int64_t y : {-12, -1, 0, 7, 99, 999, 9999, 10000, 123456}) {
    const absl::CivilDay d(y, 2, 28);
    EXPECT_EQ(CalendarDay(d).str(), absl::StrFormat("%04d-%02d-%02d", d.year(), d.month(), d.day())) << y;
  }
}

// civil() counts whole 400-year eras instead of adding days through absl; both ways must
// name the same day, before 1970 and after, across century and era boundaries.
TEST(CalendarDayTest, CivilDayIsAbslsForEveryDayOfFourEras) {
  const absl::CivilDay epoch(1970, 1, 1);
  for (int64_t days = -400 * 366 * 2; days <= 400 * 366 * 2; ++days) {
    ASSERT_EQ(CalendarDay::FromDays(days).civil(), epoch + days) << days;
  }
  for (int64_t days : {int64_t{1} << 39, -(int64_t{1} << 39), (int64_t{1} << 40) + 3, -(int64_t{1} << 40) - 3}) {
    EXPECT_EQ(CalendarDay::FromDays(days).civil(), epoch + days) << days;
  }
}

}  // namespace
}  // namespace claimcheck
