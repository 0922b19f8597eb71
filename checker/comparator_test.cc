// The comparator's mechanisms on hand-built facts: which passages are lined up, and the
// verdict each pair gets.
#include "checker/comparator.h"

#include <limits>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_replace.h"
#include "absl/time/civil_time.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace claimcheck {
namespace {

class ComparatorTest : public ::testing::Test {
 protected:
  ComparatorTest() {
    rules_.running = {"death", "missing"};
    rules_.running_either_way = {"missing"};
    articles_ = {{"a", "a.txt", "Outlet A", "", "id", absl::CivilDay(2024, 3, 4)},
                 {"b", "b.txt", "Outlet B", "", "id", absl::CivilDay(2024, 3, 4)}};
  }

  Fact& Count(const std::string& article, double value, const std::string& head,
              std::vector<std::string> context, const std::string& qualifier = "") {
    Fact f;
    f.article = article;
    f.kind = FactKind::kCount;
    f.dimension = "count";
    f.unit = head;
    f.value = f.high = f.surface_value = f.surface_high = value;
    f.interval = Interval::Point(value);
    f.measures.head = head;
    f.measures.qualifier = qualifier;
    std::sort(context.begin(), context.end());
    f.measures.context = WordList(context);
    f.span = Span{next_, next_ + 5};
    next_ += 10;
    f.text = absl::StrCat(value, " ", head);
    facts_.push_back(std::move(f));
    return facts_.back();
  }

  Fact& Money(const std::string& article, double value, double surface,
              std::vector<std::string> context) {
    Fact& f = Count(article, value, "money", std::move(context));
    f.kind = FactKind::kMoney;
    f.dimension = "money";
    f.unit = "IDR";
    f.measures.head = "money";
    f.surface_value = f.surface_high = surface;
    return f;
  }

  Fact& Quantity(const std::string& article, double value, const std::string& dimension,
                 const std::string& head, std::vector<std::string> context) {
    Fact& f = Count(article, value, head, std::move(context));
    f.kind = FactKind::kQuantity;
    f.dimension = f.unit = dimension;
    return f;
  }

  Fact& Date(const std::string& article, absl::CivilDay day, std::vector<std::string> context) {
    Fact& f = Count(article, 0, "release", std::move(context));
    f.kind = FactKind::kDate;
    f.dimension = f.unit = "date";
    f.date_from = f.date_to = CalendarDay(day);
    f.date_grain = Grain::kDay;
    f.value = f.high = static_cast<double>(f.date_from.days());
    f.interval = Interval::Point(f.value);
    f.rules = {"date.mention", "date.day_month_year"};
    return f;
  }

  std::vector<Finding> Run() { return CompareFacts(articles_, facts_, rules_); }

  // The verdict between facts i and j, or "" when they were not lined up.
  // A fact's figure changed to v, as written and as its interval.
  // A time of day on a date fact, and the event word it dates.
  // Fact f as written in `sentence` (which starts at byte `at` of its article), its figure
  // the first `figure` in it.
  static void WrittenIn(Fact& f, absl::string_view sentence, absl::string_view figure, uint32_t at = 1000) {
    f.sentence_text = std::string(sentence);
    f.sentence_span = Span{at, at + static_cast<uint32_t>(sentence.size())};
    const uint32_t k = static_cast<uint32_t>(sentence.find(figure));
    f.span = Span{at + k, at + k + static_cast<uint32_t>(figure.size())};
  }
  static void AtClock(Fact& f, int clock, const std::string& head) {
    f.time.clock = static_cast<int16_t>(clock);
    f.measures.head = head;
  }
  // The first two facts' context words, both set to `words`.
  void BothSay(const std::vector<std::string>& words) {
    facts_[0].measures.context = facts_[1].measures.context = WordList(words);
  }
  static void SetValue(Fact& f, double v) {
    f.value = f.high = f.surface_value = f.surface_high = v;
    f.interval = Interval::Point(v);
  }
  // A figure as written: its value and one in its last written digit.
  static void SetWritten(Fact& f, double v, double precision) {
    SetValue(f, v);
    f.precision = precision;
  }

  // A fact dated to one day.
  static void OnDay(Fact& f, absl::CivilDay day) {
    f.time.present = f.time.resolved = true;
    f.time.grain = Grain::kDay;
    f.time.from = f.time.to = CalendarDay(day);
  }
  // A fact dated to a period of that grain, [from, to].
  static void Over(Fact& f, Grain grain, absl::CivilDay from, absl::CivilDay to) {
    f.time.present = f.time.resolved = true;
    f.time.grain = grain;
    f.time.from = CalendarDay(from);
    f.time.to = CalendarDay(to);
  }

  std::string VerdictOf(const std::vector<Finding>& fs, size_t i, size_t j) {
    for (const Finding& f : fs) {
      if ((f.a == i && f.b == j) || (f.a == j && f.b == i)) {
        return std::string(VerdictName(f.verdict));
      }
    }
    return "";
  }
  std::string ExplanationOf(const std::vector<Finding>& fs, size_t i, size_t j) {
    for (const Finding& f : fs) {
      if ((f.a == i && f.b == j) || (f.a == j && f.b == i)) return f.explanation;
    }
    return "";
  }

  CompareRules rules_;
  std::vector<ArticleMeta> articles_;
  std::vector<Fact> facts_;
  uint32_t next_ = 0;
};

// Wire copy: 12 outlets print one sentence verbatim, one outlet another figure. With
// copies_compared = 3, three copies are compared and nine ride on the first one's
// findings: the contradiction is still found, and the findings do not grow with the
// copies.
TEST_F(ComparatorTest, VerbatimCopiesBeyondTheLimitAreFoldedIntoTheFirst) {
  rules_.copies_compared = 3;
  articles_.clear();
  facts_.reserve(16);
  for (int k = 0; k < 12; ++k) {
    const std::string id = absl::StrCat("copy", k < 10 ? "0" : "", k);
    articles_.push_back({id, id + ".txt", "Outlet " + id, "", "id", absl::CivilDay(2024, 3, 4)});
    Fact& f = Count(id, 23, "person", {"bus", "jurang"}, "death");
    f.span = Span{100, 105};
    f.sentence_text = "Sebanyak 23 orang tewas ketika bus masuk jurang.";
  }
  articles_.push_back({"other", "other.txt", "Outlet Other", "", "id", absl::CivilDay(2024, 3, 4)});
  Count("other", 32, "person", {"bus", "jurang"}, "death");
  const std::vector<Finding> fs = Run();
  size_t contradictions = 0, folded = 0;
  for (const Finding& f : fs) {
    contradictions += f.verdict == Verdict::kContradict;
    folded += f.a_copies.size() + f.b_copies.size();
  }
  // copy00..copy02 each contradict "other"; the three agree with one another.
  EXPECT_EQ(contradictions, 3u);
  EXPECT_EQ(fs.size(), 6u);
  EXPECT_EQ(VerdictOf(fs, 0, 12), "contradict");
  EXPECT_EQ(VerdictOf(fs, 3, 12), "");  // copy03 is folded
  // copy03..copy11 are listed on each of copy00's findings (with other and two copies).
  EXPECT_EQ(folded, 3u * 9u);
  for (const Finding& f : fs) {
    const std::vector<size_t>& c = f.a == 0 ? f.a_copies : f.b_copies;
    if (f.a == 0 || f.b == 0) {
      ASSERT_EQ(c.size(), 9u);
      EXPECT_EQ(c.front(), 3u);
      EXPECT_EQ(c.back(), 11u);
    }
  }
}

TEST_F(ComparatorTest, CopiesWithinTheLimitAreComparedEach) {
  rules_.copies_compared = 8;
  facts_.reserve(4);
  for (const char* id : {"a", "b"}) {
    Fact& f = Count(id, 23, "person", {"bus", "jurang"}, "death");
    f.span = Span{100, 105};
    f.sentence_text = "Sebanyak 23 orang tewas.";
  }
  const std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_TRUE(fs[0].a_copies.empty());
  EXPECT_TRUE(fs[0].b_copies.empty());
}

TEST_F(ComparatorTest, SameClaimDifferentFiguresContradict) {
  Count("a", 23, "person", {"bus", "jurang"}, "death");
  Count("b", 32, "person", {"bus", "jurang"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

TEST_F(ComparatorTest, DifferentStatesAreNotLinedUp) {
  Count("a", 23, "person", {"bus", "jurang"}, "death");
  Count("b", 41, "person", {"bus", "jurang"}, "survivor");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

TEST_F(ComparatorTest, ConsistentValueWinsTheChoiceOfPartner) {
  // b has two budget-like figures; the one with a's value is a's claim.
  facts_.reserve(8);
  Money("a", 1.2e12, 1.2, {"anggaran", "proyek"});
  Money("b", 5.8e10, 58, {"anggaran", "proyek", "ganti"});
  Money("b", 1.2e12, 1200, {"proyek", "nilai"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "agree");
  EXPECT_EQ(VerdictOf(fs, 0, 1), "");
}

TEST_F(ComparatorTest, DistinctiveFiguresAgreeWithoutSharedWords) {
  Money("a", 1.2e12, 1.2, {"telan", "irigasi"});
  Money("b", 1.2e12, 1200, {"nilai", "proyek"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

TEST_F(ComparatorTest, RoundFiguresNeedSharedWordsToBeLinedUp) {
  Count("a", 2, "person", {"hilang"});
  Count("b", 2, "person", {"rawat"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

TEST_F(ComparatorTest, OneThingWithNoStateIsNoClaimOfHowMany) {
  rules_.min_stateless_count = 2;
  Count("a", 1, "family", {"killed", "family"});  // "five people were killed from one family"
  Count("b", 1, "family", {"killed", "family"});
  Count("a", 1, "person", {"longsor", "tewas"}, "death");  // "satu orang tewas"
  Count("b", 1, "person", {"longsor", "tewas"}, "death");
  Count("a", 2, "house", {"longsor", "rumah"});
  Count("b", 3, "house", {"longsor", "rumah"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "");
  EXPECT_EQ(VerdictOf(fs, 2, 3), "agree");
  EXPECT_EQ(VerdictOf(fs, 4, 5), "contradict");
}

TEST_F(ComparatorTest, HeadlineRepeatedInBodyIsComparedThroughTheBody) {
  facts_.reserve(8);
  Fact& h = Money("a", 4.5e10, 45, {"kerugian", "ditaksir"});
  h.headline = true;
  Money("a", 4.5e10, 45, {"kerugian", "kebakaran", "kapal"});
  Money("b", 4.5e9, 4.5, {"kerugian", "kebakaran", "kapal"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "");
  EXPECT_EQ(VerdictOf(fs, 1, 2), "contradict");
}

TEST_F(ComparatorTest, HypotheticalFiguresAreNeverCompared) {
  Count("a", 7, "sentence", {"vonis", "penjara"});
  Fact& f = Count("b", 6, "sentence", {"vonis", "penjara"});
  f.hypothetical = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// A shared concept is shown as the first article's sentence writes it, not by its id.
TEST_F(ComparatorTest, SharedConceptsAreShownAsWritten) {
  rules_.stemmer = std::make_shared<const Stemmer>();
  Fact& a = Count("a", 23, "person", {"bus", "death"}, "death");
  a.sentence_text = "Sebanyak 23 penumpang bus tewas.";
  Fact& b = Count("b", 32, "person", {"bus", "death"}, "death");
  b.sentence_text = "Sebanyak 32 penumpang bus meninggal.";
  auto explanation = [&] {
    std::vector<Finding> found = Run();
    return found.empty() ? std::string() : found[0].explanation;
  };
  EXPECT_NE(explanation().find("shared words: bus, death;"), std::string::npos) << explanation();
  rules_.word_concepts = std::make_shared<const absl::flat_hash_map<std::string, std::string>>(
      absl::flat_hash_map<std::string, std::string>{{"tewas", "death"}, {"meninggal", "death"}});
  EXPECT_NE(explanation().find("shared words: bus, tewas;"), std::string::npos) << explanation();
}

// A name word two passages share counts only as one name's: "Voss" and "Arlen Voss" are
// one name, "United States" and "United Nations" (or "Cal Fire" and "Tessel Fire") two
// that share a word.
TEST_F(ComparatorTest, AWordTwoDifferentNamesShareIsNoSharedName) {
  Fact& a = Count("a", 23, "person", {"bus", "death"}, "death");
  a.measures.entities = WordList{"arlen voss", "tessel"};
  Fact& b = Count("b", 32, "person", {"bus", "death"}, "death");
  b.measures.entities = WordList{"voss"};
  auto explanation = [&] {
    std::vector<Finding> found = Run();
    return found.empty() ? std::string() : found[0].explanation;
  };
  EXPECT_THAT(explanation(), ::testing::HasSubstr("shared names: voss;"));
  facts_[0].measures.entities = WordList{"united states", "tessel"};
  facts_[1].measures.entities = WordList{"united nations", "tessel"};
  EXPECT_THAT(explanation(), ::testing::HasSubstr("shared names: tessel;"));
  facts_[0].measures.entities = WordList{"united states"};
  facts_[1].measures.entities = WordList{"united nations"};
  EXPECT_THAT(explanation(), ::testing::Not(::testing::HasSubstr("shared names")));
}

TEST_F(ComparatorTest, DeniedFiguresAreNeverCompared) {
  Count("a", 3, "person", {"arrested", "polisi"}, "arrested");
  Fact& f = Count("b", 5, "person", {"arrested", "polisi"}, "arrested");
  f.negated = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "menangkap 5 tersangka" and "3 orang yang ditangkap": a kind meets its broader concept
// only when both count the same state, and contradicts it when the broader is the fewer.
TEST_F(ComparatorTest, AKindMeetsItsBroaderConceptInTheSameState) {
  rules_.kinds = {{"suspect", "person"}};
  Count("a", 5, "suspect", {"arrested", "polisi"});
  Count("b", 3, "person", {"arrested", "polisi"}, "arrested");
  Count("a", 5, "suspect", {"korupsi", "pupuk"});
  Count("b", 7, "person", {"korupsi", "pupuk"});
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "contradict");
  EXPECT_EQ(VerdictOf(found, 2, 3), "");  // no state: suspects are not all the people
  // "7 orang ditangkap, 5 di antaranya tersangka": the broader count the larger, the
  // narrower may be among it.
  SetValue(facts_[1], 7);
  found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "compatible");
  EXPECT_THAT(found[0].explanation, ::testing::HasSubstr("5 suspect may be among 7 person"));
  rules_.kinds.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "The plane was carrying 123 passengers" against "132 people on board": the same
// digits with two swapped, but of a kind and its broader concept, and the broader may
// count more (the crew): no figure mistyped, as 123 against 132 passengers is.
TEST_F(ComparatorTest, AKindAndItsBroaderConceptAreNoSwappedDigits) {
  rules_.kinds = {{"passenger", "person"}};
  SetWritten(Count("a", 123, "passenger", {"crew", "plane"}, "aboard"), 123, 1);
  SetWritten(Count("b", 132, "person", {"crew", "plane"}, "aboard"), 132, 1);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::Not(::testing::HasSubstr("two swapped")));
  facts_[1].measures.head = "passenger";
  facts_[1].unit = "passenger";
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("two swapped"));
}

// "Pilot dan Tiga Awak Tewas" against "Empat awak tewas": a count listed after a noun
// (count.after_noun) may leave out the one that noun names, which the other may count
// among its crew: a larger count is compatible with it, a smaller one still contradicts.
TEST_F(ComparatorTest, ACountListedAfterANounMayBeAmongALargerOne) {
  Fact& listed = Count("a", 3, "crew", {"heli", "lembah", "pilot"}, "death");
  listed.part = true;
  listed.rules = {"count.noun", "number.words", "count.after_noun"};
  Count("b", 4, "crew", {"gugur", "heli", "lembah"}, "death");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("listed after another may be among 4"));
  SetValue(facts_[1], 2);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 4);
  facts_[0].rules = {"count.noun", "number.words"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Two outlets quote one source on one thing counted and share no other word: the source
// is the evidence ("47 aftershocks, according to ... Reyes" / "dozens, Reyes says"). Its
// name is read past punctuation ("Dana Reyes, ..."). Another source, or another thing
// counted, is no evidence.
TEST_F(ComparatorTest, OneSourceQuotedByBothLinesUpFiguresOfOneThing) {
  Fact& a = Count("a", 47, "aftershock", {"follow", "strongest"});
  a.attributed_to = "Dana Reyes, institute spokeswoman";
  Fact& b = Count("b", 30, "aftershock", {"rattl", "valley"});
  b.attributed_to = "Reyes";
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "contradict");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_THAT(found[0].explanation, ::testing::HasSubstr("same source: reyes"));
  b.attributed_to = "residents";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  b.attributed_to = "Reyes";
  b.measures.head = "tremor";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// Outlet a quotes both parties (police: 3 arrested; the authority: 2), outlet b only the
// authority. a's police figure has no partner in b but b's authority figure, which is
// a's authority figure's partner: the parties' disagreement is still reported.
TEST_F(ComparatorTest, EachPartyMeetsTheOtherPartysFigureElsewhere) {
  Fact& police = Count("a", 3, "person", {"arrested", "arson"}, "arrested");
  police.attributed_to = "Police";
  Fact& authority = Count("a", 2, "person", {"arrested", "arson"}, "arrested");
  authority.attributed_to = "port authority";
  Fact& b = Count("b", 2, "person", {"arrested", "arson"}, "arrested");
  b.attributed_to = "the port authority";
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 1, 2), "agree");
  EXPECT_EQ(VerdictOf(found, 0, 2), "attributed_disagreement");
  // Unattributed, the second figure is no party's: one partner per article, as before.
  for (Fact& f : facts_) f.attributed_to.clear();
  found = Run();
  EXPECT_EQ(VerdictOf(found, 1, 2), "agree");
  EXPECT_EQ(VerdictOf(found, 0, 2), "");
}

// "Di zona 2, HET naik menjadi Rp 15.800" (a) against "zona 2 Rp 15.400 per kg, dan zona 3
// Rp 15.800" (b): b's Rp 15.800 is another numbered part's, so b does not also report a's
// figure for zone 2, and the two zone-2 figures disagree.
TEST_F(ComparatorTest, AFigureOfAnotherNumberedPartIsNoSignOfSomethingElse) {
  Money("a", 15800, 15800, {"@*2", "het", "kg", "price_cap", "zona"});
  Money("b", 15400, 15400, {"@*2", "het", "kg", "price_cap", "zona"});
  Money("b", 15800, 15800, {"@*3", "het", "kg", "price_cap", "zona"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_EQ(VerdictOf(fs, 0, 2), "");
  // Unnumbered, b's 15.800 may be zone 2's: the figures line up with it.
  facts_[2].measures.context = WordList(std::vector<std::string>{"het", "kg", "price_cap", "zona"});
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "agree");
  EXPECT_EQ(VerdictOf(fs, 0, 1), "");
}

// The ministry's "113 people had died" (a) against the governor's "107 people had been
// confirmed dead" (b), whose report adds "Earlier figures from the ministry had put the
// toll at 113": b gives a's figure as superseded, so the parties do not dispute it.
TEST_F(ComparatorTest, AFigureTheOtherReportGivesAsEarlierIsNoPartysDispute) {
  Fact& ministry = Count("a", 113, "person", {"died", "ministry"}, "death");
  ministry.attributed_to = "health ministry";
  Fact& governor = Count("b", 107, "person", {"confirmed", "governor"}, "death");
  governor.attributed_to = "Nineveh governor";
  Fact& earlier = Count("b", 113, "person", {"toll", "ministry", "died"}, "death");
  earlier.earlier = true;
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "");
  facts_[2].earlier = false;  // b's 113 is a figure now: the governor disputes it
  facts_[2].attributed_to = "health ministry";
  found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "attributed_disagreement");
}

// "Seven people are confirmed dead ..., police said on Thursday" (a), five days later
// "the confirmed death toll ... rose to 10, Prime Minister Velasco announced" (b), whose
// outlet also quotes the police's seven: a running tally given as risen on another day is
// an update, not two sources' dispute; unmarked, it is one (a party disputes the other).
TEST_F(ComparatorTest, ATallyGivenAsRisenOnAnotherDayIsNoPartysDispute) {
  rules_.running = {"death"};
  rules_.update_markers.Add("rose", true);
  Fact& police = Count("a", 7, "person", {"confirmed", "dead", "cyclone"}, "death");
  police.attributed_to = "police";
  Fact& pm = Count("b", 10, "person", {"confirmed", "dead", "cyclone", "rose"}, "death");
  pm.attributed_to = "Prime Minister Ana Velasco";
  articles_.push_back({"c", "c.txt", "Outlet C", "", "en", absl::CivilDay(2024, 3, 9)});
  Fact& quoted = Count("c", 7, "person", {"confirmed", "dead", "cyclone"}, "death");
  quoted.attributed_to = "police";
  Fact& also = Count("c", 10, "person", {"confirmed", "dead", "cyclone"}, "death");
  also.attributed_to = "Velasco";
  articles_[1].published = *articles_[0].published + 5;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].measures.context = WordList(std::vector<std::string>{"confirmed", "dead", "cyclone"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "attributed_disagreement");
}

// Police say five were arrested and the defence three (outlet a); outlet b quotes the
// police, the defence and the prosecutor, who also says five. The prosecutor's five ranks
// above the defence's three as a second partner of the police's five, but agrees with
// it: it must not take the place of the three, the disagreement.
TEST_F(ComparatorTest, AnAgreeingFigureDoesNotTakeTheDisagreementsPlace) {
  Fact& police = Count("a", 5, "person", {"arrested", "pupuk"}, "arrested");
  police.attributed_to = "Kapolres Hendra";
  Fact& own = Count("b", 5, "person", {"arrested", "pupuk"}, "arrested");
  own.attributed_to = "Kapolres Hendra";
  Fact& defence = Count("b", 3, "person", {"arrested", "pupuk"}, "arrested");
  defence.attributed_to = "kuasa hukum, Bonifasius";
  Fact& also = Count("a", 3, "person", {"arrested", "pupuk"}, "arrested");
  also.attributed_to = "Bonifasius";
  Fact& prosecutor = Count("b", 5, "person", {"arrested", "pupuk"}, "arrested");
  prosecutor.attributed_to = "jaksa Siregar";
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "agree");
  EXPECT_EQ(VerdictOf(found, 0, 2), "attributed_disagreement");
}

// "Three people were arrested, police said" (a); "the three people arrested, two men and
// a woman, ..., the inspector said" (b): the two is a part of the inspector's three, which
// agrees with the police, so the inspector does not dispute their figure.
TEST_F(ComparatorTest, APartOfAnAgreeingFigureIsNoDisagreement) {
  Fact& police = Count("a", 3, "person", {"arrested", "arson"}, "arrested");
  police.attributed_to = "Police";
  Fact& three = Count("b", 3, "person", {"arrested", "arson"}, "arrested");
  three.attributed_to = "Det Insp Leah Marchetti";
  Fact& two = Count("b", 2, "person", {"arrested", "arson"}, "arrested");
  two.attributed_to = "Det Insp Leah Marchetti";
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "agree");
  EXPECT_EQ(VerdictOf(found, 0, 2), "");
  // Without the inspector's three, her two is her count, and meets the police's three.
  facts_.erase(facts_.begin() + 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "32 orang di Aceh" (one item of a breakdown by place) is Aceh's count: it meets Aceh's
// count elsewhere, never a total or another province's.
TEST_F(ComparatorTest, AnItemOfABreakdownMeetsOnlyItsPlace) {
  Fact& aceh = Count("a", 32, "person", {"hilang", "aceh"}, "missing");
  aceh.measures.place = "aceh";
  Count("b", 186, "person", {"hilang", "aceh"}, "missing");
  Fact& utara = Count("b", 72, "person", {"hilang", "aceh"}, "missing");
  utara.measures.place = "sumatra utara";
  Fact& also_aceh = Count("b", 30, "person", {"hilang", "aceh"}, "missing");
  also_aceh.measures.place = "aceh";
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "");
  EXPECT_EQ(VerdictOf(found, 0, 2), "");
  EXPECT_EQ(VerdictOf(found, 0, 3), "contradict");
  // One place spelt two ways ("Sumatera Utara", "Sumatra Utara") is one place.
  facts_[2].measures.place = "sumatera utara";
  Fact& spelt = Count("a", 70, "person", {"hilang", "aceh"}, "missing");
  spelt.measures.place = "sumatra utara";
  found = Run();
  EXPECT_EQ(VerdictOf(found, 2, 4), "contradict");
  EXPECT_EQ(VerdictOf(found, 0, 4), "");
}

// Outlet b gives "three arrested" to the police and to their inspector: one party. The
// wire (a) quotes the police's three and the authority's two, so the authority's two
// against the inspector's three is the parties' disagreement, not the outlets'.
TEST_F(ComparatorTest, SpeakersGivenOneClaimInOneArticleAreOneParty) {
  Fact& authority = Count("a", 2, "person", {"arrested", "arson"}, "arrested");
  authority.attributed_to = "port authority";
  Fact& police = Count("a", 3, "person", {"arrested", "suspicion"}, "arrested");
  police.attributed_to = "Police";
  Fact& lead = Count("b", 3, "person", {"arrested", "suspicion"}, "arrested");
  lead.attributed_to = "police";
  Fact& inspector = Count("b", 3, "person", {"arrested", "arson"}, "arrested");
  inspector.attributed_to = "Det Insp Leah Marchetti";
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "attributed_disagreement");
  facts_[2].attributed_to = "the harbour master";  // no longer the police's figure in b
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "contradict");
}

// "1.090 jiwa, sedangkan ... 186 jiwa masih hilang": the missing are the 186's, so the
// 1.090 (no state of its own) is no count of the missing, though "hilang" is among its
// words.
TEST_F(ComparatorTest, ANeighboursStateIsNotOnesOwn) {
  Count("a", 212, "person", {"korban", "missing"}, "missing");
  Fact& total = Count("b", 1090, "person", {"korban", "missing"});
  total.sentence = 4;
  Fact& missing = Count("b", 186, "person", {"korban", "missing"}, "missing");
  missing.sentence = 4;
  std::vector<Finding> found = Run();
  EXPECT_EQ(VerdictOf(found, 0, 1), "");
  EXPECT_NE(VerdictOf(found, 0, 2), "");
  facts_.pop_back();  // alone in its sentence, the 1.090's "hilang" is its own
  EXPECT_NE(VerdictOf(Run(), 0, 1), "");
}

TEST_F(ComparatorTest, RestOfASplitDoesNotContradictATotal) {
  Count("a", 300, "person", {"kapal", "penumpang"});
  Fact& f = Count("b", 180, "person", {"kapal", "penumpang"});
  f.part = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

TEST_F(ComparatorTest, MissingFallingInALaterReportIsAnUpdate) {
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 17, "person", {"longsor"}, "missing");
  Count("b", 2, "person", {"longsor"}, "missing");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "We have so far recovered 30 bodies" against another outlet's 32 the same day: a
// running tally that says it stands so far is no final count the higher one denies. A
// figure in progress that is no tally (a deployment: "27 unit dikerahkan") and a tally
// with no such word still disagree on one day.
TEST_F(ComparatorTest, ATallySoFarIsNoFinalCountOfItsDay) {
  rules_.so_far_markers.Add("so far", true);
  auto so_far = [](Fact& f) {
    f.sentence_text = "We have so far recovered 30 bodies";
    f.sentence_span = Span{100, 134};
    f.span = Span{125, 134};
  };
  so_far(Count("a", 30, "body", {"recover", std::string(kInProgress)}, "death"));
  Count("b", 32, "body", {"recover"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");

  facts_.clear();
  Count("a", 30, "body", {"recover"}, "death");
  Count("b", 32, "body", {"recover"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // ("about 30 bodies" against the day's exact 40: a round estimate of the day below an
  // exact count is an early one; an exact count below an estimate is no such thing.)
  facts_[0].bound = Bound::kApprox;
  SetValue(facts_[1], 40);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[0].bound = Bound::kExact;
  facts_[1].bound = Bound::kApprox;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  Count("a", 27, "rescuer", {"fire", std::string(kInProgress)}, "death");
  Count("b", 50, "rescuer", {"fire"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  // ("We have recovered 30 bodies so far": the marker after the figure says it too.)
  facts_.clear();
  Fact& after = Count("a", 30, "body", {"recover"}, "death");
  after.sentence_text = "We have recovered 30 bodies so far";
  after.sentence_span = Span{100, 134};
  after.span = Span{118, 127};
  Count("b", 32, "body", {"recover"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  after.sentence_text = "We have recovered 30 bodies in the river";
  after.sentence_span = Span{100, 140};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "87 bodies had been pulled out by mid-afternoon" against another outlet's 95 that day
// with no time: a tally counted up to a time (time.until) may have grown since; with no
// until word, or with a time on both, the two are counts of one day that disagree.
TEST_F(ComparatorTest, ATallyCountedUpToATimeIsNoFinalCountOfItsDay) {
  articles_[0].published = articles_[1].published = absl::CivilDay(2020, 7, 2);
  Fact& early = Count("a", 87, "body", {"recover"}, "death");
  OnDay(early, absl::CivilDay(2020, 7, 2));
  early.time.clock = 15 * 60;
  early.rules.push_back(std::string(kCountedUntil));
  Count("b", 95, "body", {"recover"}, "death");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("as counted up to 15:00"));

  facts_[0].rules = {"count.noun"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_[0].rules.push_back(std::string(kCountedUntil));
  OnDay(facts_[1], absl::CivilDay(2020, 7, 2));
  facts_[1].time.clock = 12 * 60;
  EXPECT_NE(VerdictOf(Run(), 0, 1), "updated");
}

// "Dua pekerja tewas dalam ledakan ... Kamis (22/12) malam" in a report of Friday against
// another report's "Satu pekerja dilaporkan tewas" that Friday: a tally dated by its
// event (time.event) was counted when its report says, not on the event's day; dated by
// an as-of word, it was counted then.
TEST_F(ComparatorTest, ATallyDatedByItsEventIsCountedByItsReport) {
  rules_.running.insert("worker");
  articles_[0].published = articles_[1].published = absl::CivilDay(2022, 12, 23);
  OnDay(Count("a", 2, "worker", {"smelter", "tewas"}, "death"), absl::CivilDay(2022, 12, 22));
  Count("b", 1, "worker", {"smelter", "tewas"}, "death");
  std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted on 2022-12-22"));  // an earlier count
  facts_[0].rules.push_back(std::string(kEventDated));
  fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::Not(::testing::HasSubstr("counted on 2022-12-22")));
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("reported the same day"));
}

// "lima warga Bali meninggal" against a later "kasus kematian masih empat orang": a death
// toll that a later count says still stands lower was never revised down; a plain lower
// count of a recounted toll is a revision.
TEST_F(ComparatorTest, ACountThatStillStandsIsNoRevision) {
  rules_.running.insert("person");
  rules_.recounted.insert("death");
  articles_[1].published = absl::CivilDay(2024, 3, 10);
  Count("a", 5, "person", {"bali", "rabies"}, "death");
  Count("b", 4, "person", {"bali", "rabies"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].measures.context = WordList({"bali", std::string(kInProgress), "rabies"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "In 2014, more than 200 people died" and "In 2015, about 70 people died" in reports of
// 2024: two past events, whatever a running tally's dates a day apart would say; two
// tolls of one past year disagree, no update. Counts dated on two days near their reports
// are one tally's successive counts.
TEST_F(ComparatorTest, TalliesOfPastYearsAreHistoryNotCounts) {
  auto in_year = [](Fact& f, int year) {
    f.time.present = f.time.resolved = true;
    f.time.grain = Grain::kYear;
    f.time.from = CalendarDay(absl::CivilDay(year, 1, 1));
    f.time.to = CalendarDay(absl::CivilDay(year, 12, 31));
  };
  in_year(Count("a", 200, "person", {"ferry", "sank"}, "death"), 2014);
  in_year(Count("b", 70, "person", {"ferry", "sank"}, "death"), 2015);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");

  // "the Blizzard of 1977, which killed 23 people" and, a day later, "the 1977 blizzard,
  // which killed 29 people": one settled toll, which no later report updates.
  facts_.clear();
  in_year(Count("a", 23, "person", {"blizzard", "killed"}, "death"), 1977);
  in_year(Count("b", 29, "person", {"blizzard", "killed"}, "death"), 1977);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  OnDay(Count("a", 70, "person", {"ferry", "sank"}, "death"), absl::CivilDay(2024, 3, 3));
  OnDay(Count("b", 200, "person", {"ferry", "sank"}, "death"), absl::CivilDay(2024, 3, 4));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "206 kasus dari 20 provinsi dengan angka kematian 99" and, two days later, "206 kasus
// di 22 provinsi, 99 di antaranya meninggal": beside the same two other figures the
// counts are of one release, and a later report's figure is no update of it. One shared
// figure is not enough (a tally of injured that stood still while the dead rose).
TEST_F(ComparatorTest, CountsBesideTheSameTwoFiguresAreOneRelease) {
  rules_.running.insert("province");
  rules_.running_either_way.insert("province");
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 20, "province", {"#206", "#99", "case", "death"});
  Count("b", 22, "province", {"#206", "#99", "case", "death"});
  const std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one release"));

  facts_.clear();
  Count("a", 20, "province", {"#206", "case", "death"});
  Count("b", 22, "province", {"#241", "#99", "case", "death"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "tinggi kolom abu sekitar 2.000 meter" and, the same day, "2.500 meter": readings of a
// measure that changes by the hour, both of which may be right; given one day and one
// clock time they are one reading and disagree. A measure that is no reading disagrees.
TEST_F(ComparatorTest, ReadingsOfAChangingMeasureAtUnsaidMomentsAreCompatible) {
  rules_.readings = {"ash_column"};
  Quantity("a", 2000, "length", "length", {"ash_column", "puncak"});
  Quantity("b", 2500, "length", "length", {"ash_column", "puncak"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("two readings of ash_column"));

  for (Fact& f : facts_) {
    OnDay(f, absl::CivilDay(2024, 3, 4));
    f.time.clock = 22 * 60 + 21;
  }
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  // "terjadi 14 kali letusan" against "9 kali letusan", both beside the ash column: a
  // count is no reading of a measure that changes by the hour.
  facts_.clear();
  Count("a", 14, "eruption", {"ash_column", "sepanjang"});
  Count("b", 9, "eruption", {"ash_column", "sepanjang"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  // A flood's water level changes by the day: one day's two readings disagree.
  rules_.readings.clear();
  rules_.daily_readings = {"water_level"};
  facts_.clear();
  Quantity("a", 2, "length", "length", {"water_level", "permukiman"});
  Quantity("b", 4, "length", "length", {"water_level", "permukiman"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  articles_[1].published = absl::CivilDay(2024, 3, 11);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");

  // So are a night's arrests ("arrested 875 people overnight", then 719 overnight two
  // days on), and a share's price, a reading of the hour ("Rp 20.400 per saham", then
  // "Rp19.175 per saham").
  rules_.daily_readings = {"overnight"};
  facts_.clear();
  Count("a", 875, "person", {"overnight", "police"}, "arrested");
  Count("b", 719, "person", {"overnight", "police"}, "arrested");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  rules_.readings = {"share_price"};
  facts_.clear();
  Money("a", 20400, 20400, {"saham", "share_price"});
  Money("b", 19175, 19175, {"saham", "share_price"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");

  facts_.clear();
  Quantity("a", 2000, "length", "length", {"runway", "puncak"});
  Quantity("b", 2500, "length", "length", {"runway", "puncak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Ia memiliki 10 petak keramba" against the lake's "sekitar 16.500 petak", eight
// seriously injured against the three of them who died: counts at least
// figure_magnitude_apart times one another are two quantities, no finding; the same
// digits at another scale (a slipped digit, "Rp45 miliar" against "Rp4,5 miliar", or
// scale word) still contradict. Measures keep magnitude_apart: agencies' depths of one
// quake lie far apart.
TEST_F(ComparatorTest, FiguresFarApartInMagnitudeAreTwoQuantities) {
  rules_.figure_magnitude_apart = 2;
  rules_.magnitude_apart = 15;
  Count("a", 10, "cage", {"keramba", "petak"}).rules = {"count.noun", "number.digits"};
  Count("b", 16500, "cage", {"keramba", "petak"}).rules = {"count.noun", "number.digits"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[0], 1650);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[0], 16.5);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].rules = {"count.noun", "number.words"};  // no digit to slip
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].rules = facts_[1].rules;
  SetValue(facts_[0], 8);
  SetValue(facts_[1], 3);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[0], 6);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[0], 4);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[0], 8);
  rules_.figure_magnitude_apart = 0;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  Quantity("a", 10000, "length", "depth", {"gempa", "kedalaman"});
  Quantity("b", 35000, "length", "depth", {"gempa", "kedalaman"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[0], 1000);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "defisit APBN 2021 mencapai Rp 783,7 triliun" against "target APBN 2021 sebesar Rp 1.229,6
// triliun": words an article writes beside two of its sums (the budget's name) do not tell
// which sum one is; two sums meet on a word of their own (a name, what they are of).
TEST_F(ComparatorTest, SumsMeetOnlyOnAWordTheirArticlesDoNotWriteBesideOtherSums) {
  Money("a", 783.7e12, 783.7e12, {"apbn", "defisit", "mencapai"});
  Money("a", 2003.1e12, 2003.1e12, {"apbn", "mencapai", "pendapatan"});
  Money("b", 1229.6e12, 1229.6e12, {"apbn", "mencapai", "target"});
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
  facts_.pop_back();
  facts_.erase(facts_.begin() + 1);  // a's deficit is its only sum: its words are its own
  Money("b", 1229.6e12, 1229.6e12, {"apbn", "mencapai", "target"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  Money("a", 270e3, 270e3, {"budiawan", "hakim", "terima"});
  Money("a", 200e3, 200e3, {"budiawan", "hakim", "singapura"});
  Money("b", 370e3, 370e3, {"budiawan", "hakim", "terima"});
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "contradict");  // 'terima' is the 270's own
  facts_[0].measures.context = WordList(std::vector<std::string>{"budiawan", "hakim"});
  facts_[2].measures.context = WordList(std::vector<std::string>{"budiawan", "hakim"});
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
}

// Two percentages of one story with nothing to anchor them ("tumbuh 5,3 persen" and
// "tumbuh 8,9 persen" of two items) make no finding; the same digits swapped, or both
// beside one other figure (a candidate's share beside one vote count), disagree.
TEST_F(ComparatorTest, PercentagesContradictOnlyWhenAnchored) {
  rules_.anchored_dimensions = {"percent"};
  Quantity("a", 5.3, "percent", "percent", {"realisasi", "tumbuh"});
  Quantity("b", 8.9, "percent", "percent", {"realisasi", "tumbuh"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");

  facts_.clear();
  Quantity("a", 24.95, "percent", "percent", {"#40971906", "suara"});
  Quantity("b", 24.59, "percent", "percent", {"#40971906", "suara"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  SetWritten(Quantity("a", 65.3, "percent", "percent", {"efikasi", "vaksin"}), 65.3, 0.1);
  SetWritten(Quantity("b", 63.5, "percent", "percent", {"efikasi", "vaksin"}), 63.5, 0.1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  rules_.anchored_dimensions.clear();
  facts_.clear();
  Quantity("a", 5.3, "percent", "percent", {"realisasi", "tumbuh"});
  Quantity("b", 8.9, "percent", "percent", {"realisasi", "tumbuh"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// exact_relative allows for the rounding of a conversion between units ("1.9 miles" for
// 3 km); two exact figures written in one unit are held to their written digits: "Rp 152,5
// triliun" and "Rp 152,1 triliun" do not agree, "53,27 persen" and "53,51 persen"
// beside one vote count contradict, though each is within half a percent of the other.
TEST_F(ComparatorTest, FiguresOfOneUnitAreHeldToTheirDigitsNotToAConversion) {
  rules_.tolerance.exact_relative = 0.005;
  SetWritten(Money("a", 152.5e12, 152.5e12, {"anggaran", "subsidi"}), 152.5e12, 0.1e12);
  SetWritten(Money("b", 152.1e12, 152.1e12, {"anggaran", "subsidi"}), 152.1e12, 0.1e12);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].surface_value = facts_[1].surface_high = 152.1e12 / 1e3;  // written in another unit
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");

  facts_.clear();
  SetWritten(Quantity("a", 53.27, "percent", "percent", {"#83417526", "raih"}), 53.27, 0.01);
  SetWritten(Quantity("b", 53.51, "percent", "percent", {"#83417526", "raih"}), 53.51, 0.01);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].surface_value = facts_[1].surface_high = 53.51 / 100;  // a share written as 0.5351
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// "83.417.526 suara atau 53,27 persen" and "Dirga-Sekar meraih 83.417.526 suara atau
// 53,51 persen": a distinctive figure written beside both passages is one statement, as a
// shared value is, and lowers the bar as one does; a round small one ("5 orang") does not.
TEST_F(ComparatorTest, ADistinctiveFigureBesideBothLowersTheBar) {
  rules_.threshold = 0.01;
  Quantity("a", 53.27, "percent", "percent", {"#83417526", "raih", "dirga", "nasional", "sah", "total"});
  Quantity("b", 53.51, "percent", "percent", {"#83417526", "raih", "rekapitulasi", "hasil", "pemilu"});
  const std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  const double score = fs[0].similarity.score;
  rules_.threshold = score / 0.8;  // above the score, within a quarter of it
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<std::string>{"#5", "dirga", "nasional", "raih", "sah", "total"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"#5", "hasil", "pemilu", "raih", "rekapitulasi"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "Partai Karya Baru menyusul ... dengan 17.229.789 suara" against "meraih kemenangan terbesar di
// Lembah Sari dengan lebih dari 21,7 juta suara": the votes of an election's many parties,
// candidates and provinces contradict only when anchored, as percentages do.
TEST_F(ComparatorTest, VotesContradictOnlyWhenAnchored) {
  rules_.anchored_heads = {"suara"};
  Count("a", 17229789, "suara", {"menyusul", "posisi", "suara"});
  Count("b", 21700000, "suara", {"disusul", "posisi", "suara"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  BothSay({"#12.31%", "posisi", "suara"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.anchored_heads.clear();
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"menyusul", "posisi", "suara"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"disusul", "posisi", "suara"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "tahap pertama ... 2,5 juta pekerja" against "tahap kedua ... 3 juta pekerja": counts of one
// head in two stages of a programme (an exclusive group) are two counts.
TEST_F(ComparatorTest, CountsOfTwoStagesAreTwoCounts) {
  rules_.exclusive_groups = {{"stage_1", "stage_2"}};
  Count("a", 2500000, "worker", {"menyasar", "salur", "stage_1"});
  Count("b", 3000000, "worker", {"menyasar", "salur", "stage_2"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.exclusive_groups.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "harga minyak goreng kemasan 2 liter dibanderol Rp 46.000" against "ukuran 1 liter ...
// Rp 24.000": prices of two pack sizes are never lined up; beside one size, or with a
// size on one side only, they are.
TEST_F(ComparatorTest, PricesOfTwoSizesAreNeverLinedUp) {
  rules_.size_units = {"l", "kg"};
  Money("a", 46000, 46000, {"#2l", "goreng", "harga", "minyak"});
  Money("b", 24000, 24000, {"#1l", "goreng", "harga", "minyak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");

  facts_.clear();
  Money("a", 26000, 26000, {"#1l", "goreng", "harga", "minyak"});
  Money("b", 24000, 24000, {"#1l", "goreng", "harga", "minyak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  Money("a", 26000, 26000, {"#1l", "goreng", "harga", "minyak"});
  Money("b", 24000, 24000, {"goreng", "harga", "minyak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();  // another figure beside them is no size: "#11500IDR"
  Money("a", 13500, 13500, {"#11500IDR", "goreng", "minyak"});
  Money("b", 13000, 13000, {"#12000IDR", "goreng", "minyak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  // Counts over two thresholds: "above 45C ... in parts of 10 states" and "above 40C in
  // more than 20 states".
  facts_.clear();
  rules_.size_units.insert("C");
  Count("a", 10, "state", {"#45C", "abov", "temperature"});
  Count("b", 20, "state", {"#40C", "abov", "temperature"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList({"#45C", "abov", "temperature"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "18 kilometer barat laut Lembah Sari Timur" and "6 km barat laut Lembah Sari Utara":
// two points, two distances, though the names share a word; one point written two ways
// ("bibir pantai lembah sari", "lembah sari") is one.
TEST_F(ComparatorTest, DistancesFromTwoDivisionsOfOnePlaceAreNotLinedUp) {
  rules_.place_divisions = {"timur", "utara"};
  Quantity("a", 18000, "length", "distance", {"earthquake", "pusat"}).measures.scope = "lembah sari timur";
  Quantity("b", 6000, "length", "distance", {"earthquake", "pusat"}).measures.scope = "lembah sari utara";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");

  facts_.clear();
  Quantity("a", 18000, "length", "distance", {"earthquake", "pusat"}).measures.scope = "bibir pantai lembah sari";
  Quantity("b", 6000, "length", "distance", {"earthquake", "pusat"}).measures.scope = "lembah sari";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "about 55 km west of Calder City" against "about 40km east of Calder City": distances from one
// place in directions more than bearings_apart degrees apart are of two places; in near
// directions ("barat daya" against "selatan"), with one bearing unsaid, or with one point
// unnamed, they meet.
TEST_F(ComparatorTest, DistancesInFarDirectionsFromOnePlaceAreNotLinedUp) {
  rules_.bearings_apart = 90;
  Quantity("a", 55000, "length", "distance", {"@^270", "calder", "fire"}).measures.scope = "calder city";
  Quantity("b", 40000, "length", "distance", {"@^90", "calder", "fire"}).measures.scope = "calder city";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList({"@^180", "calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // 90 degrees apart, no more
  facts_[1].measures.context = WordList({"@^202.5", "calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"@^45", "calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");  // 135 degrees apart, the short way round
  facts_[1].measures.scope = "";  // "150km south of the worst-hit villages": a point unnamed
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.scope = "calder city";
  rules_.bearings_apart = 0;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "48 kilometer barat daya Lembah Sari" against "48 kilometer barat laut Lembah Sari": one
  // distance in directions bearings_apart degrees apart is one place given two directions;
  // in near directions it agrees.
  rules_.bearings_apart = 90;
  SetValue(facts_[0], 48000);
  SetValue(facts_[1], 48000);
  facts_[0].measures.context = WordList({"@^225", "calder", "fire"});
  facts_[1].measures.context = WordList({"@^315", "calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"@^270", "calder", "fire"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// "Tessford, about 190km north of the scene" against "Ombury, about 300 miles north of the
// scene": from one point, distances that locate two places are not lined up; with one
// place unnamed, or from two points written differently, they are.
TEST_F(ComparatorTest, DistancesThatLocateTwoPlacesAreNotLinedUp) {
  Quantity("a", 190000, "length", "distance", {"@=tessford", "north", "scen"});
  Quantity("b", 482803, "length", "distance", {"@=ombury", "north", "scen"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList({"@=tessford", "north", "scen"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"north", "scen"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "In Pellham, about 120 km west of Dovecote" against "In Kessick, a city administered by
  // Dovecote about 70 kilometers to the west": one names the point, the other none.
  facts_[1].measures.context = WordList({"@=ombury", "north", "scen"});
  facts_[0].measures.scope = "kestrel";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList({"north", "scen"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Three outlets the same day: 2 dead, 3 dead, and "the toll rose to 3". The rise that c
// reports makes a's 2 an earlier count of the day, not a contradiction of b's 3; with no
// outlet saying the figure rose, the two disagree.
TEST_F(ComparatorTest, ARiseReportedTheSameDayMakesTheLowerFigureAnEarlierCount) {
  rules_.update_markers.Add("bertambah menjadi", true);
  articles_.push_back({"c", "c.txt", "Outlet C", "", "id", absl::CivilDay(2024, 3, 4)});
  Count("a", 2, "person", {"gempa", "korban"}, "death");
  Count("b", 3, "person", {"gempa", "korban"}, "death");
  WrittenIn(Count("c", 3, "person", {"gempa", "korban"}, "death"),
            "Korban meninggal akibat gempa bertambah menjadi 3 orang.", "3 orang");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "updated");
  facts_[2].sentence_text = "Korban meninggal akibat gempa di kota itu ada 3 orang.";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "148 litres of rain per square metre had fallen within 48 hours" against "more than
// 150 litres ... fell in 24 hours": two windows (kWindowMark context words), two figures,
// never lined up; with one window, or the same one, they are.
TEST_F(ComparatorTest, FiguresOverDifferentWindowsAreNeverLinedUp) {
  Quantity("a", 0.148, "volume", "", {"@2day", "metr", "rain", "squar"});
  Quantity("b", 0.150, "volume", "", {"@1day", "metr", "rain", "squar"}).bound = Bound::kMoreThan;
  facts_[1].interval = Interval{0.150, std::numeric_limits<double>::infinity(), true, true};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"metr", "rain", "squar"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"@1day", "metr", "rain", "squar"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Rp 20.400 per kilogram" against "Rp 24.000 per liter": figures so much per two
// units (unit_rates, "@/" context words) are never lined up; one that names no unit
// meets either, and a unit both name says nothing of their being one price.
TEST_F(ComparatorTest, FiguresPerDifferentUnitsAreNeverLinedUp) {
  Money("a", 20400, 20400, {"@/kg", "goreng", "harga", "kemasan", "minyak"});
  Money("b", 24000, 24000, {"@/liter", "goreng", "harga", "minyak", "pasar"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"goreng", "harga", "minyak", "pasar"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  const double without = fs[0].confidence;
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"@/kg", "goreng", "harga", "minyak", "pasar"});
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_DOUBLE_EQ(fs[0].confidence, without);
  // A window and a unit are marks of two kinds: a window on one side only keeps nothing apart.
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"@/kg", "@1day", "goreng", "harga", "minyak", "pasar"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "More than 5,000 people arrived on 112 boats on Tuesday" against "199 boats between
// Monday and Wednesday": a count over days that hold the other's day may count more
// (compatible); a smaller one still contradicts, and so do two counts of one day.
TEST_F(ComparatorTest, ACountOverDaysHoldingAnothersDayMayCountMore) {
  Fact& day = Count("a", 112, "ship", {"boats", "arrived", "people"});
  OnDay(day, absl::CivilDay(2023, 9, 12));
  Fact& days = Count("b", 199, "ship", {"boats", "arrived", "people"});
  OnDay(days, absl::CivilDay(2023, 9, 11));
  days.time.to = CalendarDay(absl::CivilDay(2023, 9, 13));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("which holds the day of"));
  SetValue(facts_[1], 90);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 199);
  facts_[1].time.to = facts_[1].time.from = CalendarDay(absl::CivilDay(2023, 9, 12));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "the women's prison in Harlan, about 50km north-west of the capital" in a sentence of
// Tuesday, "in Harlan, about 25 km from the capital" in one of Thursday: where a named
// place lies is dated by no happening, so the two still disagree; two distances that
// name no place are two happenings' when their days are apart.
TEST_F(ComparatorTest, WhereANamedPlaceLiesIsNoHappeningsMeasure) {
  Fact& a = Quantity("a", 50000, "length", "distance", {"@=harlan", "capital", "harlan", "prison"});
  Over(a, Grain::kDay, absl::CivilDay(2023, 6, 20), absl::CivilDay(2023, 6, 20));
  Fact& b = Quantity("b", 25000, "length", "distance", {"@=harlan", "capital", "harlan", "prison"});
  Over(b, Grain::kDay, absl::CivilDay(2023, 6, 22), absl::CivilDay(2023, 6, 22));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = facts_[1].measures.context =
      WordList(std::vector<std::string>{"capital", "harlan", "prison"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "Saat ini sudah 50 unit mobil pemadam" in a report of one day, "total 75 unit mobil
// pemadam" the next: a figure an earlier report gives as standing for now moves, and the
// later report's higher one supersedes it, whatever it counts. Unmarked, the two
// contradict; so do two figures too far apart to be one.
TEST_F(ComparatorTest, AFigureGivenAsStandingForNowIsSupersededByALaterHigherOne) {
  rules_.fall_markers.Add("kini", true);
  rules_.figure_magnitude_apart = 2;
  articles_[1].published = absl::CivilDay(2024, 3, 16);
  Count("a", 50, "vehicle", {"kini", "pemadam", "unit"});
  Count("b", 75, "vehicle", {"pemadam", "unit"});
  // The word stands among its words but after it ("50 unit mobil pemadam kini ..."):
  // words after a figure say nothing of how it stands.
  WrittenIn(facts_[0], "Sebanyak 50 unit mobil pemadam kini berjaga.", "50 unit");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  WrittenIn(facts_[0], "Kini sudah 50 unit mobil pemadam di lokasi.", "50 unit");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("standing for now"));
  SetValue(facts_[1], 150);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[1], 75);
  facts_[0].measures.context = WordList(std::vector<std::string>{"pemadam", "unit"});
  WrittenIn(facts_[0], "Sebanyak 50 unit mobil pemadam berjaga.", "50 unit");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "kerugian negara dalam kasus ini mencapai 75 miliar" a day after another report's 50:
// 'mencapai' (weak_update_markers) says a running tally has moved, but stands beside any
// figure, so it makes no update of a figure that is no running tally; 'bertambah menjadi'
// does; and 'mencapai' still does for a running tally (the dead).
TEST_F(ComparatorTest, AWeakUpdateMarkerUpdatesOnlyARunningTally) {
  rules_.update_markers.Add("mencapai", false);
  rules_.update_markers.Add("bertambah", true);
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 50, "vehicle", {"pemadam", "unit"});
  Count("b", 75, "vehicle", {"mencapai", "pemadam", "unit"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList(std::vector<std::string>{"bertambah", "pemadam", "unit"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].measures.context = WordList(std::vector<std::string>{"mencapai", "pemadam", "unit"});
  facts_[0].measures.head = facts_[1].measures.head = "death";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "Dam levels stood at 28.7 percent" in a report of 18 January, then "had fallen to
// 26.3%" in one of 30 January: the later report says the level fell since, so it
// supersedes. Without the fall word, or when the later figure is the higher, the two
// still contradict; a running tally's fall is judged by revised_down_ratio instead.
TEST_F(ComparatorTest, ALevelTheLaterReportGivesAsFallenIsAnUpdate) {
  rules_.fall_markers.Add("fallen", true);
  articles_[1].published = absl::CivilDay(2024, 3, 16);
  Quantity("a", 28.7, "percent", "", {"dam", "levels", "capacity"});
  Fact& fell = Quantity("b", 26.3, "percent", "", {"dam", "levels", "capacity"});
  fell.sentence_text = "The deputy mayor said dam levels had fallen to 26.3% of capacity.";
  fell.sentence_span = Span{1000, 1000 + static_cast<uint32_t>(fell.sentence_text.size())};
  fell.span = Span{1000 + 51, 1000 + 56};  // "26.3%", right after "fallen to "
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].sentence_text = "The deputy mayor said dam levels were at 26.3% of capacity.";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].sentence_text = "The deputy mayor said dam levels had fallen to 26.3% of capacity.";
  SetValue(facts_[0], 24.1);  // a rise, whatever the word says
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "16 perjalanan KA kami alihkan" in a report of one day, "Hari ini masih ada 12
// perjalanan KA yang memutar" the next: a count the later report gives as standing now
// has fallen since. Unmarked (a deployment's "13 unit dikerahkan" against "15 unit"), the
// two contradict.
TEST_F(ComparatorTest, ACountTheLaterReportGivesAsStillStandingHasFallenSince) {
  rules_.fall_markers.Add("masih ada", true);
  articles_[1].published = absl::CivilDay(2024, 3, 16);
  Count("a", 16, "trip", {"alih", "ka"});
  Fact& still = Count("b", 12, "trip", {"ka", "putar"});
  still.sentence_text = "Hari ini masih ada 12 perjalanan KA yang memutar.";
  still.sentence_span = Span{1000, 1000 + static_cast<uint32_t>(still.sentence_text.size())};
  still.span = Span{1000 + 19, 1000 + 34};  // "12 perjalanan", right after "masih ada "
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("fallen since"));
  facts_[1].sentence_text = "Hari ini ada 12 perjalanan KA yang memutar lewat jalur utara.";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// b gives the toll as risen to 3 where a gives 2: a's report is the earlier of the day,
// so a's lower count of damaged houses is an earlier count, not a contradiction. When a
// also gives 3 dead somewhere, nothing orders the two reports.
TEST_F(ComparatorTest, AnOutletThatGivesARiseTellsTheLaterReportOfTheDay) {
  rules_.update_markers.Add("bertambah menjadi", true);
  rules_.running.insert("damaged");
  Count("a", 2, "person", {"gempa", "korban"}, "death");
  Fact& rose = Count("b", 3, "person", {"gempa", "korban"}, "death");
  rose.sentence_text = "Korban meninggal akibat gempa bertambah menjadi 3 orang.";
  rose.sentence_span = Span{1000, 1000 + static_cast<uint32_t>(rose.sentence_text.size())};
  rose.span = Span{1000 + 48, 1000 + 55};  // "3 orang", right after "menjadi "
  Count("a", 1773, "house", {"gempa", "rusak"}, "damaged");
  Count("b", 2272, "house", {"gempa", "rusak"}, "damaged");
  std::vector<Finding> findings = Run();
  EXPECT_EQ(VerdictOf(findings, 2, 3), "updated");
  // A lower figure in the later report still contradicts.
  facts_[3].value = facts_[3].high = 1500;
  facts_[3].interval = Interval::Point(1500);
  EXPECT_EQ(VerdictOf(Run(), 2, 3), "contradict");
  facts_[3].value = facts_[3].high = 2272;
  facts_[3].interval = Interval::Point(2272);
  // a's "more than 2" allows b's 3: it tells no order either.
  facts_[0].bound = Bound::kMoreThan;
  facts_[0].interval = Interval::FromBound(Bound::kMoreThan, 2, 2);
  EXPECT_EQ(VerdictOf(Run(), 2, 3), "contradict");
  facts_[0].bound = Bound::kExact;
  facts_[0].interval = Interval::Point(2);
  EXPECT_EQ(VerdictOf(Run(), 2, 3), "updated");
  Count("a", 3, "person", {"gempa", "korban", "total"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 2, 3), "contradict");
}

// Outlet a gives 3 dead and, of them, 2 killed by a falling wall; b gives 3. a's 2 is
// not a's count of the dead, since a gives b's 3 too: no contradiction. When a's 3 is
// another party's figure than its 2, the two outlets' figures do disagree.
TEST_F(ComparatorTest, AFigureWhoseOutletAlsoGivesTheOtherCountsSomethingElse) {
  Count("a", 3, "person", {"gempa"}, "death");
  Count("a", 2, "person", {"aminah", "tembok", "timpa"}, "death");
  Count("b", 3, "person", {"aminah", "tembok", "timpa"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 1, 2), "compatible");
  facts_[0].attributed_to = "polisi";
  facts_[1].attributed_to = "Sutopo";
  EXPECT_EQ(VerdictOf(Run(), 1, 2), "contradict");
  // Nor when a's 3 is a figure its words keep apart from b's ("divonis 18 tahun, lebih
  // ringan dari tuntutan jaksa yang meminta 20 tahun" against another outlet's 20).
  facts_[0].attributed_to = facts_[1].attributed_to = "";
  rules_.exclusive_context = {"prosecution_demand"};
  facts_[0].measures.context = WordList(std::vector<std::string>{"gempa", "prosecution_demand"});
  EXPECT_EQ(VerdictOf(Run(), 1, 2), "contradict");
}

// "Hingga pukul 18.27 WIB ... 56 korban meninggal" and "pukul 19.34 WIB ... 62": two
// counts of one day, in that order. A later count far lower still contradicts, and so do
// two counts of the day without a time.
TEST_F(ComparatorTest, TwoCountsOfADayAtTwoTimesAreSuccessiveCounts) {
  auto dated = [](Fact& f, int clock) {
    f.time.present = f.time.resolved = true;
    f.time.grain = Grain::kMinute;
    f.time.from = f.time.to = CalendarDay(absl::CivilDay(2024, 3, 4));
    f.time.clock = static_cast<int16_t>(clock);
  };
  dated(Count("a", 62, "person", {"gempa", "korban"}, "death"), 19 * 60 + 34);
  dated(Count("b", 56, "person", {"gempa", "korban"}, "death"), 18 * 60 + 27);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted at 19:34 and 18:27"));
  facts_[0].value = facts_[0].high = 6;
  facts_[0].interval = Interval::Point(6);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].value = facts_[0].high = 62;
  facts_[0].interval = Interval::Point(62);
  facts_[0].time.clock = facts_[1].time.clock = -1;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "Kebakaran ... Senin dini hari menyebabkan enam orang luka berat" against "Hingga Senin
  // siang, lima orang": the time of the event that dates a count is no time it was
  // counted at, so neither count is the later one.
  facts_[0].time.clock = 19 * 60 + 34;
  facts_[1].time.clock = 18 * 60 + 27;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].rules.push_back(std::string(kEventDated));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "hingga Senin dini hari ... tujuh orang" against another outlet's 11 of Monday with no
// time: the small hours' count is presumed the earlier one (unclocked_later_than), not
// when it was counted later in the day, nor without the setting.
TEST_F(ComparatorTest, ACountOfTheSmallHoursPrecedesTheDaysCountWithNoTime) {
  auto dated = [](Fact& f, int clock) {
    f.time.present = f.time.resolved = true;
    f.time.grain = clock >= 0 ? Grain::kMinute : Grain::kDay;
    f.time.from = f.time.to = CalendarDay(absl::CivilDay(2024, 7, 8));
    f.time.clock = static_cast<int16_t>(clock);
  };
  dated(Count("a", 7, "person", {"longsor", "korban"}, "death"), 2 * 60);
  dated(Count("b", 11, "person", {"longsor", "korban"}, "death"), -1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.unclocked_later_than = 12 * 60;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted at 02:00 and later on 2024-07-08"));
  facts_[0].time.clock = 16 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Two reports of one day, one counting the missing as of the day before ("sampai kemarin
// sore (3/3) ... 22 orang"), the other that day (16): the later count supersedes the
// earlier one; undated, they contradict.
TEST_F(ComparatorTest, CountsOfTwoDaysReportedOnOneDayAreSuccessive) {
  auto dated = [](Fact& f, int day) {
    f.time.present = f.time.resolved = true;
    f.time.grain = Grain::kDay;
    f.time.from = f.time.to = CalendarDay(absl::CivilDay(2024, 3, day));
  };
  dated(Count("a", 22, "person", {"erupsi", "hilang"}, "missing"), 3);
  dated(Count("b", 16, "person", {"erupsi", "hilang"}, "missing"), 4);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted on two days"));
  facts_[0].time = facts_[1].time = FactTime();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "pada 31 Desember 2023, 143 bangunan rusak" against another outlet's undated 489 of a
// report of 2 January: the dated count is of its day, the undated one of its report's, so
// the higher later count supersedes; a lower later one that is no recount contradicts, and
// dated to the report day itself the two are counts of one day.
TEST_F(ComparatorTest, ACountDatedDaysBeforeAnUndatedReportIsTheEarlierCount) {
  rules_.running = {"building"};
  articles_[0].published = articles_[1].published = absl::CivilDay(2024, 1, 2);
  Fact& dated = Count("a", 143, "building", {"gempa", "rusak"}, "damaged");
  dated.time.present = dated.time.resolved = true;
  dated.time.grain = Grain::kDay;
  dated.time.from = dated.time.to = CalendarDay(absl::CivilDay(2023, 12, 31));
  Count("b", 489, "building", {"gempa", "rusak"}, "damaged");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted on 2023-12-31, the other reported 2024-01-02"));
  SetValue(facts_[1], 20);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 489);
  facts_[0].time.from = facts_[0].time.to = CalendarDay(absl::CivilDay(2024, 1, 2));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "gempa yang terjadi pada awal tahun 2024 ... 303 unit" against 1.019 counted on 4
// January: a year says when the quake happened, not when the houses were counted, so the
// reports' days order the counts; a day-grain date on both sides is compared as before.
TEST_F(ComparatorTest, AYearDoesNotDateARunningCount) {
  rules_.running = {"house"};
  articles_[0].published = absl::CivilDay(2024, 1, 2);
  articles_[1].published = absl::CivilDay(2024, 1, 4);
  Over(Count("a", 303, "house", {"gempa", "rusak"}, "damaged_lightly"), Grain::kYear, absl::CivilDay(2024, 1, 1),
       absl::CivilDay(2024, 12, 31));
  OnDay(Count("b", 1019, "house", {"gempa", "rusak"}, "damaged_lightly"), absl::CivilDay(2024, 1, 4));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::Not(::testing::HasSubstr("same time frame")));
  rules_.running = {};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "103 orang" against "20 orang": people with no state say how many, not which, so two
// that differ make no finding; agreeing, they agree; a state on one makes it a claim.
TEST_F(ComparatorTest, PeopleWithNoStateDifferWithoutContradicting) {
  Count("a", 103, "person", {"longsor", "korban", "desa"});
  Count("b", 20, "person", {"longsor", "korban", "desa"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.stateless_heads = {"person"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[1], 103);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  SetValue(facts_[1], 20);
  facts_[1].measures.qualifier = "evacuee";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.qualifier = facts_[1].measures.qualifier = "death";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "lebih dari 24 jam" against "48 menit 56 detik": two measures further apart than
// unrelated_ratio measure different things; closer, they contradict; counts are held to
// figure_unrelated_ratio instead (a hundredfold still contradicts, Rp195,6 triliun against
// Rp 1.650 is no finding).
TEST_F(ComparatorTest, MeasuresFarApartMeasureDifferentThings) {
  Quantity("a", 1.0, "duration", "duration", {"kontak", "hilang"}).kind = FactKind::kDuration;
  Quantity("b", 0.034, "duration", "duration", {"kontak", "hilang"}).kind = FactKind::kDuration;
  facts_[0].high = std::numeric_limits<double>::quiet_NaN();  // "lebih dari 24 jam"
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.unrelated_ratio = 20;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[1], 0.5);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_.clear();
  Count("a", 3, "person", {"banjir", "tewas"}, "death");
  Count("b", 300, "person", {"banjir", "tewas"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.figure_unrelated_ratio = 10000;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 300000);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.figure_unrelated_ratio = 0;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "25.387.279 suara atau 16,72 persen" against "25,38 juta suara atau 16,72 persen": a
// figure both passages write beside theirs is a word they share, and the explanation says
// so; one only one passage writes does not dilute what they share.
TEST_F(ComparatorTest, AFigureBesideBothIsASharedWord) {
  Count("a", 4000, "suara", {"partai", "peroleh"});
  Count("b", 5000, "suara", {"partai", "peroleh"});
  std::vector<Fact> plain = facts_;
  std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  const double base = fs[0].confidence;
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"#16.72%", "partai", "peroleh"});
  fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_DOUBLE_EQ(fs[0].confidence, base);  // one side's figure: no dilution
  facts_[1].measures.context = facts_[0].measures.context;
  fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_DOUBLE_EQ(fs[0].confidence, base);  // the overlap was full already
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("both beside 16.72%"));
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("shared words: partai, peroleh"));
  facts_ = plain;
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"#16.72%", "partai", "suara"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"#16.72%", "partai", "peroleh"});
  const double half = Run()[0].confidence;
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"partai", "suara"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"partai", "peroleh"});
  EXPECT_LT(Run()[0].confidence, half);  // a shared figure adds to what is shared
}

// "656 ft" from a tunnel's entrance against "about 2km" of space inside it: two lengths
// with no concept head that share one word are lined up but never contradict; a second
// shared word, or a shared name, makes them a claim.
TEST_F(ComparatorTest, BareMeasuresSharingOneWordNeverContradict) {
  rules_.bare_measure_dimensions = {"length"};
  rules_.bare_measure_min_words = 2;
  Quantity("a", 200, "length", "length", {"entrance", "tunnel"});
  Quantity("b", 2000, "length", "length", {"space", "tunnel"});
  rules_.threshold = 0.2;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"entrance", "tunnel"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.bare_measure_min_words = 0;
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"space", "tunnel"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// A budget's lines: "penerimaan pajak ... mencapai Rp 1.869,2 triliun" against "kompensasi
// energi mencapai Rp147,5 triliun", two sums with no concept head sharing only "mencapai",
// are two figures; a second shared word makes them a claim. A sum that names what it is
// ("kerugian Rp45 miliar") is no bare one.
TEST_F(ComparatorTest, BareSumsSharingOneWordNeverContradict) {
  rules_.bare_measure_dimensions = {"money"};
  rules_.bare_measure_min_words = 2;
  rules_.threshold = 0.2;
  Money("a", 1869.2e12, 1869.2, {"mencapai", "pajak", "penerimaan"});
  Money("b", 147.5e12, 147.5, {"energi", "kompensasi", "mencapai"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"mencapai", "pajak"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"energi", "kompensasi", "mencapai"});
  facts_[0].measures.head = facts_[1].measures.head = "loss";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// A budget's lines in sentences that both name the APBN ("Belanja K/L tercatat Rp1.153,5
// triliun ... dari pagu APBN" against "APBN dirancang dengan ... pendapatan negara
// Rp2.802,3 triliun"): with bare_measure_near_names, a shared name lines two bare sums up
// only when it stands among both figures' words (as their stems: "corvan" of "Corvane"),
// or when both quote one speaker.
TEST_F(ComparatorTest, BareSumsShareANameOnlyBesideTheirFigures) {
  rules_.bare_measure_dimensions = {"money"};
  rules_.bare_measure_min_words = 2;
  rules_.threshold = 0.2;
  Money("a", 1153.5e12, 1153.5, {"belanja", "tercatat"}).measures.entities = WordList(std::vector<absl::string_view>{"apbn"});
  Money("b", 2802.3e12, 2802.3, {"belanja", "pendapatan"}).measures.entities = WordList(std::vector<absl::string_view>{"apbn"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // a name anywhere in the sentence
  rules_.bare_measure_near_names = {"money"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"apbn", "belanja"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"apbn", "belanja"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // The name beside both and nothing else in common: whose the sums are, not what of.
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"apbn", "tercatat"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"apbn", "pendapatan"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"belanja", "tercatat"});
  facts_[1].measures.context = WordList(std::vector<absl::string_view>{"belanja", "pendapatan"});
  facts_[0].attributed_to = "Menteri Keuangan";
  facts_[1].attributed_to = "Kementerian Keuangan";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "14 mil laut dari Kuala Merbang" against "2 mil laut dari posisi kapal terbalik": two
// lengths from two points are two distances; one point written two ways ("bibir pantai
// kuala merbang", "kuala merbang") is one.
TEST_F(ComparatorTest, LengthsFromTwoPointsAreTwoDistances) {
  Quantity("a", 25928, "length", "length", {"kapal", "terbalik", "ditemukan"}).measures.scope = "kuala merbang";
  Quantity("b", 3704, "length", "length", {"kapal", "terbalik", "ditemukan"}).measures.scope = "posisi kapal terbalik";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.scope = "bibir pantai kuala merbang";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.scope = "";  // no point written: it meets either
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "16 km" against "16,2 km", "Rp1,2 triliun" against "Rp1,23 triliun": an exact figure
// may be rounded to its last written digit, so the two are compatible, and the
// explanation says why; a figure beyond that half step ("Rp1,26 triliun"), beyond the cap
// ("2 km" against "2,4 km"), or of the same precision ("5 orang", "6 orang") is not.
TEST_F(ComparatorTest, AnExactFigureMayBeRoundedToItsLastDigit) {
  SetWritten(Quantity("a", 16000, "length", "length", {"jarak", "pantai"}), 16000, 1000);
  SetWritten(Quantity("b", 16200, "length", "length", {"jarak", "pantai"}), 16200, 100);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.tolerance.rounding = 0.5;
  rules_.tolerance.rounding_max_relative = 0.05;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("within the rounding of"));
  SetWritten(facts_[1], 16600, 100);  // 16,6 km: 16 km rounds nothing past 16,5
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetWritten(facts_[0], 2000, 1000);  // "2 km" against "2,4 km": half a step, but over the cap
  SetWritten(facts_[1], 2400, 100);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.tolerance.rounding_max_relative = 0.25;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  facts_[0].precision = 0;  // not one figure as written: no rounding
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_.clear();
  SetWritten(Count("a", 5, "person", {"banjir", "tewas"}, "death"), 5, 1);
  SetWritten(Count("b", 6, "person", {"banjir", "tewas"}, "death"), 6, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetWritten(facts_[0], 1500000, 100000);  // "1,5 juta" against "1.480.000"
  SetWritten(facts_[1], 1480000, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "a 900km network" against "889 km of highway": with trailing_zeros, a whole measure
// ending in zeros may be rounded to its last digit that is no zero (within the cap); a
// figure with no zeros ("901 km") or one closer to the next step ("850 km") is not.
TEST_F(ComparatorTest, AWholeMeasureEndingInZerosMayBeRounded) {
  rules_.tolerance.rounding = 0.5;
  rules_.tolerance.rounding_max_relative = 0.05;
  SetWritten(Quantity("a", 900000, "length", "length", {"jalan", "tol"}), 900000, 1000);
  SetWritten(Quantity("b", 889000, "length", "length", {"jalan", "tol"}), 889000, 1000);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.tolerance.trailing_zeros = 0.5;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetWritten(facts_[0], 901000, 1000);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetWritten(facts_[0], 900000, 1000);
  SetWritten(facts_[1], 850000, 1000);  // within half of 100 km, beyond 5% of 900 km
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "25,38 juta suara" against "25.387.279 suara": a count written to fewer digits may have
// been cut short, not rounded, so it meets the finer figure above its half step; two
// figures of one precision ("25,38 juta", "25,39 juta") are held to rounding alone, and a
// measure is never taken as cut short.
TEST_F(ComparatorTest, ACountWrittenShortMayBeCutShort) {
  rules_.tolerance.rounding = 0.5;
  rules_.tolerance.rounding_max_relative = 0.05;
  SetWritten(Count("a", 25380000, "vote", {"suara", "partai"}, ""), 25380000, 10000);
  SetWritten(Count("b", 25387279, "vote", {"suara", "partai"}, ""), 25387279, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.tolerance.truncation = 1;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetWritten(facts_[1], 25391000, 1);  // past one whole step: no writer cut 25.391.000 to 25,38
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetWritten(facts_[1], 25390000, 10000);  // "25,39 juta": one precision, rounding alone
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_.clear();
  SetWritten(Quantity("a", 16000, "length", "length", {"jarak", "pantai"}), 16000, 1000);
  SetWritten(Quantity("b", 16700, "length", "length", {"jarak", "pantai"}), 16700, 100);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "More than 1,800 people have died crossing the sea so far this year" against "the death
// toll rose to 79": a count over a year, so marked (time.period), is a total of which one
// day's event may be a part, compatible when it is no smaller; smaller, it contradicts,
// unless its period leaves the event out (time.period_others).
TEST_F(ComparatorTest, ACountOverAYearIsATotalOfADaysCount) {
  articles_[0].published = articles_[1].published = absl::CivilDay(2023, 6, 16);
  Fact& year = Count("a", 1800, "person", {"died", "crossing"}, "death");
  year.time.present = year.time.resolved = true;
  year.time.grain = Grain::kYear;
  year.time.from = CalendarDay(absl::CivilDay(2023, 1, 1));
  year.time.to = CalendarDay(absl::CivilDay(2023, 12, 31));
  OnDay(Count("b", 79, "person", {"died", "crossing"}, "death"), absl::CivilDay(2023, 6, 15));
  EXPECT_NE(VerdictOf(Run(), 0, 1), "compatible");  // a year dates it, but no period marker
  facts_[0].rules = {"count.noun", std::string(kPeriodTotal)};
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counted over a year"));
  SetValue(facts_[0], 50);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "so far this year before the latest riot": a total that leaves the event out.
  facts_[0].rules.push_back(std::string(kPeriodOthers));
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("other events"));
  // "In February, 79 prisoners died": a month within the year is a part of its total;
  // another year is another total.
  facts_[0].rules = {"count.noun", std::string(kPeriodTotal)};
  SetValue(facts_[0], 200);
  Over(facts_[1], Grain::kMonth, absl::CivilDay(2023, 2, 1), absl::CivilDay(2023, 2, 28));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  Over(facts_[1], Grain::kMonth, absl::CivilDay(2022, 2, 1), absl::CivilDay(2022, 2, 28));
  EXPECT_NE(VerdictOf(Run(), 0, 1), "compatible");
}

// "missing in a flooded cave for nine days" on 3 July against "trapped for more than two
// weeks" on 11 July: a span of days may have run on between the reports, so the later,
// longer by no more than the days between them, supersedes; longer by more, shorter, or
// both dated, they contradict.
TEST_F(ComparatorTest, ASpanOfDaysMayRunOnBetweenReports) {
  articles_[0].published = absl::CivilDay(2018, 7, 3);
  articles_[1].published = absl::CivilDay(2018, 7, 11);
  Quantity("a", 9, "duration", "", {"cave", "missing", "boys"});
  Quantity("b", 15, "duration", "", {"cave", "trapped", "boys"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("may have run on over the 8 days"));
  SetValue(facts_[1], 20);  // 11 days more in 8
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "hampir tiga pekan" against "sekitar satu bulan": hedged, as the hedges allow.
  rules_.tolerance.approx_relative = 0.15;
  facts_[0].bound = facts_[1].bound = Bound::kApprox;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[0].bound = facts_[1].bound = Bound::kExact;
  SetValue(facts_[1], 15);
  SetValue(facts_[0], 18);  // the later the shorter
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[0], 9);
  OnDay(facts_[0], absl::CivilDay(2018, 7, 2));
  OnDay(facts_[1], absl::CivilDay(2018, 7, 2));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "tumbuh 4,94 persen pada kuartal III-2023" against another report's undated "4,49
// persen" of 6 November: a statistic of the quarter just past (period_report_days), not
// another event the event window would set it aside as.
TEST_F(ComparatorTest, AStatisticOfThePeriodJustPastIsOfItsReport) {
  articles_[0].published = articles_[1].published = absl::CivilDay(2023, 11, 6);
  Quantity("a", 4.94, "percent", "", {"ekonomi", "tumbuh", "kuartal"});
  Over(facts_[0], Grain::kMonth, absl::CivilDay(2023, 7, 1), absl::CivilDay(2023, 9, 30));
  facts_[0].rules.push_back(std::string(kPeriodTotal));
  Quantity("b", 4.49, "percent", "", {"ekonomi", "tumbuh", "kuartal"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.period_report_days = 100;
  const std::string verdict = VerdictOf(Run(), 0, 1);
  EXPECT_NE(verdict, "different_event");
  EXPECT_NE(verdict, "");
  articles_[1].published = absl::CivilDay(2024, 2, 6);  // 128 days on: another quarter's news
  articles_[0].published = absl::CivilDay(2024, 2, 6);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // The other dated by the day it was released ("Data BPS yang dirilis Senin (6/11/2023)
  // menunjukkan ..."), right after the quarter: the same statistic, not two events; a
  // day past period_report_days, another's.
  articles_[0].published = articles_[1].published = absl::CivilDay(2023, 11, 6);
  OnDay(facts_[1], absl::CivilDay(2023, 11, 6));
  const std::string released = VerdictOf(Run(), 0, 1);
  EXPECT_NE(released, "different_event");
  EXPECT_NE(released, "");
  rules_.period_report_days = 30;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "declared two days of national mourning" against "declared three days of national
// mourning" four days later: a period set in advance (set_span_markers) runs on no more.
TEST_F(ComparatorTest, APeriodSetInAdvanceDoesNotRunOn) {
  articles_[0].published = absl::CivilDay(2018, 5, 19);
  articles_[1].published = absl::CivilDay(2018, 5, 23);
  Quantity("a", 2, "duration", "", {"declared", "mourning", "national"});
  Quantity("b", 3, "duration", "", {"declared", "mourning", "national"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  rules_.set_span_markers.Add("declared", true);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "37 orang tewas ... di Sumatra Barat" against "24 orang ... di Kabupaten Lembah Sari":
// counts of two areas are not lined up; a count with no area meets either, and a name cut
// short ("lapas kelas") meets its whole ("lapas kelas i rantau jaya"), unless the whole
// adds a division ("sumatera barat").
TEST_F(ComparatorTest, CountsOfTwoAreasAreNotLinedUp) {
  Count("a", 37, "person", {"banjir", "tewas"}, "death").measures.scope = "sumatra barat";
  Count("b", 24, "person", {"banjir", "tewas"}, "death").measures.scope = "lembah sari";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.scope = Symbol();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.scope = "lapas kelas";
  facts_[1].measures.scope = "lapas kelas i rantau jaya";
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("both in lapas kelas;"));
  facts_[1].measures.scope = "lapas pemuda";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // "Sumatera Barat" is a province of the island, no "Sumatera" cut short
  // (place_divisions); without the word listed it would be.
  facts_[0].measures.scope = "sumatera";
  facts_[1].measures.scope = "sumatera barat";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.place_divisions = {"barat"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "sembilan warga mengalami luka ringan" against "delapan warga mengalami luka-luka": the
// lightly injured are among the injured (state_kinds), so nine of them against eight
// injured contradict, and against twelve are compatible; unrelated states never meet.
TEST_F(ComparatorTest, ANarrowerStateIsAmongTheBroader) {
  Count("a", 9, "person", {"gempa", "warga"}, "injured_lightly");
  Count("b", 8, "person", {"gempa", "warga"}, "injured");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.state_kinds = {{"injured_lightly", "injured"}};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 12);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("9 injured_lightly may be among 12 injured"));
  facts_[1].measures.qualifier = "death";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "Suharyo menyebut korban luka-luka mencapai 1.083 orang" and "Pada Selasa, BNPB
// mencatat 1.038 orang luka-luka": counts of one running tally on one day are lined up
// on less shared wording than other figures need.
TEST_F(ComparatorTest, OneTallyCountedOnOneDayNeedsLessWording) {
  rules_.running = {"injured"};
  rules_.threshold = 0.8;
  OnDay(Count("a", 1083, "person", {"capai", "injured", "sebut"}, "injured"), absl::CivilDay(2024, 3, 4));
  OnDay(Count("b", 1038, "person", {"bnpb", "catat", "evacuee", "injured"}, "injured"), absl::CivilDay(2024, 3, 4));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  OnDay(facts_[1], absl::CivilDay(2024, 3, 3));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "magnitude 6.9" against "7.0", each allowed 0.05: a whole step apart, the two never
// touch, so they contradict; "6.9" against "6.94" is the same figure rounded.
TEST_F(ComparatorTest, FiguresAWholeStepApartDoNotTouch) {
  rules_.dimension_tolerance.push_back({"magnitude", Tolerance{0.03, 0.005, 0.05, 0, 0}});
  Quantity("a", 6.9, "magnitude", "magnitude", {"gempa", "pantai"});
  Quantity("b", 7.0, "magnitude", "magnitude", {"gempa", "pantai"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 6.94);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// "5 orang tewas di Kabupaten Lembah Sari" against another outlet's "20 orang tewas"
// that also counts 12 dead "di Kabupaten Tanah Merah": its 20 is a total over more
// areas, of which the 5 is a part, so the two are compatible; without the other area, or
// with a total smaller than the part, they contradict.
TEST_F(ComparatorTest, AnUnscopedTotalBesideAnotherAreaHoldsTheScopedPart) {
  Count("a", 5, "person", {"banjir", "tewas"}, "death").measures.scope = "lembah sari";
  Count("b", 20, "person", {"banjir", "tewas"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  Count("b", 12, "person", {"banjir", "tewas", "merah"}, "death").measures.scope = "tanah merah";
  std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("may be a total over more than lembah sari"));
  SetValue(facts_[1], 3);  // a total of 3 (beside 2 in Tanah Merah) holds no part of 5
  SetValue(facts_[2], 2);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 20);
  SetValue(facts_[2], 12);
  facts_[2].measures.qualifier = "injured";  // another area's injured: no total of the dead
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // Many times the area's count, a figure with no area is a wider total on its own.
  rules_.wider_total_ratio = 3;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetValue(facts_[1], 12);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // Reported a day later, the wider total is still a total of more areas, not a later
  // count of the area's ("di wilayah Kota Lembah Sari saja tercatat 31.232 jiwa mengungsi"
  // against the next day's "397.171 jiwa" over the region).
  SetValue(facts_[1], 20);
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  const std::vector<Finding> later = Run();
  EXPECT_EQ(VerdictOf(later, 0, 1), "compatible");
}

// "ekonomi Indonesia sepanjang 2021 tumbuh 3,69 persen" against "pada 2022 dapat tumbuh
// sekitar 4,5%": the period a figure is over is no day of a happening, and another year
// is another period.
TEST_F(ComparatorTest, TwoPeriodsAreNoDatesOfOneHappening) {
  articles_[0].published = articles_[1].published = absl::CivilDay(2022, 2, 7);
  auto year = [](Fact& f, int y) {
    f.date_grain = Grain::kYear;
    f.date_from = CalendarDay(absl::CivilDay(y, 1, 1));
    f.date_to = CalendarDay(absl::CivilDay(y, 12, 31));
    f.value = static_cast<double>(f.date_from.days());
    f.high = static_cast<double>(f.date_to.days());
    f.interval = Interval{f.value, f.high, false, false};
  };
  // (Both beside one figure, or two years would be two happenings' anyway.)
  year(Date("a", absl::CivilDay(2021, 1, 1), {"#3.69", "ekonomi", "tumbuh"}), 2021);
  year(Date("b", absl::CivilDay(2022, 1, 1), {"#3.69", "ekonomi", "tumbuh"}), 2022);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].rules.push_back(std::string(kPeriodTotal));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "berdasarkan hasil pemutakhiran, pusat gempa terletak pada jarak 61 km" against another
// outlet's "sekitar 55 km" the same day: a figure given as revised supersedes the other,
// whichever was reported first; two revised figures still disagree.
TEST_F(ComparatorTest, ARevisedFigureSupersedesTheFirst) {
  rules_.revision_concepts = {"revised"};
  Quantity("a", 61000, "length", "distance", {"gempa", "revised", "lembah"});
  Quantity("b", 55000, "length", "distance", {"gempa", "lembah"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("as revised"));
  facts_[1].measures.context = facts_[0].measures.context;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.revision_concepts.clear();
  facts_[1].measures.context = WordList(std::vector<std::string>{"gempa", "lembah"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Berdasarkan pendataan terbaru, total warga yang berada di lokasi saat longsor terjadi
// pada Minggu (7/7) pukul 17.00 berjumlah 83 orang" against "Longsor terjadi pada Minggu
// pukul 19.00": the revision is the count's beside the date, and the two times disagree.
TEST_F(ComparatorTest, ARevisionBesideAFigureRevisesNoDate) {
  rules_.revision_concepts = {"revised"};
  auto at = [](Fact& f, int clock) {
    f.time.clock = static_cast<int16_t>(clock);
    f.measures.head = "occur";
  };
  at(Date("a", absl::CivilDay(2024, 7, 7), {"#83", "landslide", "occur", "revised"}), 17 * 60);
  at(Date("b", absl::CivilDay(2024, 7, 7), {"landslide", "occur"}), 19 * 60);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // With no figure beside it, the date itself is given as revised.
  facts_[0].measures.context = WordList(std::vector<std::string>{"landslide", "occur", "revised"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "killing 32" in a report of one day, "Ministry lowers train crash death toll to 19" the
// next: a figure its words give as lowered (lowered_markers, right before it) revises
// the higher one, however far it fell, and whichever was reported first. Unmarked, a fall
// past revised_down_ratio contradicts; so do two figures both given as lowered.
TEST_F(ComparatorTest, AFigureGivenAsLoweredRevisesTheHigherOne) {
  rules_.recounted = {"death"};
  rules_.revised_down_ratio = 0.7;
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  Count("a", 32, "person", {"crash", "train"}, "death");
  WrittenIn(Count("b", 19, "person", {"crash", "train"}, "death"),
            "Ministry lowers train crash death toll to 19, says earlier figure was inaccurate", "19");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.lowered_markers.Add("lowers", true);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("19 as revised"));
  // Reported first, the lowered figure still revises the other.
  articles_[1].published = absl::CivilDay(2024, 3, 3);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  // Both given as lowered: two revisions that disagree.
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  WrittenIn(facts_[0], "Officials lowers the toll to 32", "32", 0);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "serangan ke pos TNI terjadi pada Senin (3/12)" against "the attack took place on
// Dec. 2": two days dated beside no same figure are two happenings of a story of days;
// beside one (a quake's magnitude), they are one happening misdated. Two times of one
// day still contradict.
TEST_F(ComparatorTest, TwoDaysBesideNoSameFigureAreTwoHappenings) {
  Date("a", absl::CivilDay(2018, 12, 2), {"attack", "occur"});
  Date("b", absl::CivilDay(2018, 12, 3), {"attack", "occur"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "different_event");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("two happenings"));
  facts_[0].measures.context = WordList(std::vector<std::string>{"#5.6magnitude", "attack", "occur"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"#5.6magnitude", "attack", "occur"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A small round figure both write ("destroyed two buildings on Wednesday" against
  // "recovered a body from the rubble of two buildings on Friday") ties no happening.
  facts_[0].measures.context = facts_[1].measures.context = WordList(std::vector<std::string>{"#2", "attack", "occur"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[0].measures.context = facts_[1].measures.context = WordList(std::vector<std::string>{"attack", "occur"});
  facts_[0].measures.head = facts_[1].measures.head = "occur";
  facts_[1].date_from = facts_[1].date_to = facts_[0].date_from;
  facts_[1].value = facts_[1].high = facts_[0].value;
  facts_[1].interval = facts_[0].interval;
  facts_[0].time.clock = 5 * 60;
  facts_[1].time.clock = 9 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Wulan meninggal dunia pada 4 Maret 2019" against "Wulan meninggal pada 5 Maret
// 2019": a death (named_one_off_events) said of one name a day apart is one happening
// misdated; with no name both write, a story's deaths may fall on two days.
TEST_F(ComparatorTest, OnePersonsDeathOnTwoDaysIsOneHappeningMisdated) {
  rules_.named_one_off_events = {"death"};
  WrittenIn(Date("a", absl::CivilDay(2019, 3, 4), {"death", "kopi", "wulan"}),
            "Wulan meninggal dunia pada 4 Maret 2019.", "pada 4 Maret 2019");
  WrittenIn(Date("b", absl::CivilDay(2019, 3, 5), {"death", "kopi", "wulan"}), "Wulan meninggal pada 5 Maret 2019.",
            "pada 5 Maret 2019");
  facts_[0].measures.head = facts_[1].measures.head = "death";
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("of one name both write happens once"));
  facts_[1].sentence_text = "Seorang warga meninggal pada 5 Maret 2019, wulan itu.";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "1.146 kilogram" against "1.146 ton": one figure in two units of one dimension is one
// outlet's unit gone wrong, however far apart the two lie (unrelated_ratio); two figures
// so far apart are no finding.
TEST_F(ComparatorTest, OneFigureInTwoUnitsContradicts) {
  rules_.unrelated_ratio = 20;
  Fact& kg = Quantity("a", 1146, "mass", "mass", {"kokain", "kapal"});
  kg.unit = "kg";
  kg.surface_value = kg.surface_high = 1146;
  kg.surface_unit = "kilogram";
  Fact& t = Quantity("b", 1146000, "mass", "mass", {"kokain", "kapal"});
  t.unit = "kg";
  t.surface_value = t.surface_high = 1146;
  t.surface_unit = "ton";
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one figure written in two units"));
  facts_[1].surface_value = facts_[1].surface_high = 1.2;
  SetValue(facts_[1], 1200000);
  facts_[1].surface_value = facts_[1].surface_high = 1.2;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "secara bulanan Maluku Utara mengalami inflasi sebesar 0,42 persen" against "inflasi
// Maret 2019 tercatat 0,21 persen": a rate of a place named and a different one of no place are
// two places' rates, no finding; the same rate agrees, and two rates of no place named
// contradict.
TEST_F(ComparatorTest, APlacesRateAndADifferentRateOfNoPlaceAreTwoPlaces) {
  Quantity("a", 0.21, "percent", "percent", {"bulanan", "inflasi"});
  Quantity("b", 0.42, "percent", "percent", {"bulanan", "inflasi"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.scope = "maluku utara";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[1], 0.21);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// "Api pertama kali terlihat sekitar pukul 19.40 WIB" against "api pertama kali terlihat
// sekitar pukul 21.40 WIB": two times of when one thing first happened (rule date.first)
// on a day a sentence does not name are one happening's, not two moments of the story.
TEST_F(ComparatorTest, WhatHappenedFirstHappenedOnce) {
  rules_.guessed_moments_apart_minutes = 60;
  Date("a", absl::CivilDay(2019, 7, 14), {"api", "terlihat"});
  Date("b", absl::CivilDay(2019, 7, 14), {"api", "terlihat"});
  for (Fact& f : facts_) {
    f.measures.head = "terlihat";
    f.rules.push_back(std::string(kDayFromContext));
  }
  facts_[0].time.clock = 19 * 60 + 40;
  facts_[1].time.clock = 21 * 60 + 40;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  for (Fact& f : facts_) f.rules.push_back(std::string(kFirstOccurrence));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
}

// "kolom abu pada Selasa pagi teramati setinggi sekitar 2.000 meter" against "pada Kamis
// pagi masih teramati setinggi 1.500 hingga 2.000 meter": days of readings of a measure
// that changes by the hour (readings) beside a round figure they share are two
// observations; beside a precise one ("2.078 mikrogram") they are one reading misdated.
TEST_F(ComparatorTest, DaysOfReadingsBesideARoundFigureAreTwoObservations) {
  rules_.readings = {"ash_column"};
  Date("a", absl::CivilDay(2017, 11, 27), {"#3000m", "ash_column", "teramati"}).measures.head = "ash_column";
  Date("b", absl::CivilDay(2017, 11, 29), {"#3000m", "ash_column", "teramati"}).measures.head = "ash_column";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  BothSay({"#2078m", "ash_column", "teramati"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.readings.clear();
  BothSay({"#3000m", "ash_column", "teramati"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Tarif baru berlaku mulai Senin (3/6) pukul 00.00 WIB" against "mulai Selasa (4/6)
// pukul 00.00 WIB": two dates open on one side name one start, which two days cannot
// both be; a start against a day it holds is still compatible.
TEST_F(ComparatorTest, TwoStartsOfOneThingOnTwoDaysContradict) {
  auto since = [&](const char* article, absl::CivilDay day) {
    Fact& f = Date(article, day, {"berlaku", "harga"});
    AtClock(f, 0, "berlaku");
    f.bound = Bound::kAtLeast;
    f.interval = Interval{f.value, std::numeric_limits<double>::infinity(), false, true};
    return &f;
  };
  since("a", absl::CivilDay(2014, 11, 18));
  since("b", absl::CivilDay(2014, 11, 19));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].bound = Bound::kExact;
  facts_[1].interval = Interval::Point(facts_[1].value);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "tabrakan terjadi pada Jumat (8/3/2024) sekitar pukul 23.10 WIB" against "Sabtu
// (9/3/2024) sekitar pukul 00.20 WIB": two times either side of midnight closer than
// guessed_moments_apart_minutes are one happening timed apart, a contradiction; further
// apart ("pukul 21.00" on the Friday) they stay two happenings' days.
TEST_F(ComparatorTest, TwoTimesEitherSideOfMidnightAreOneHappeningTimedApart) {
  AtClock(Date("a", absl::CivilDay(2024, 3, 8), {"tabrakan", "occur"}), 23 * 60 + 10, "occur");
  AtClock(Date("b", absl::CivilDay(2024, 3, 9), {"tabrakan", "occur"}), 20, "occur");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.guessed_moments_apart_minutes = 90;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("either side of midnight"));
  facts_[0].time.clock = 21 * 60;  // three and a half hours apart
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "Gempa terjadi pada Sabtu (6/3/2021) pukul 14.00 WIB" against "Jumat (5/3/2021)
// sekitar pukul 14.00 WIB": one time of day a day apart is one happening misdated, as is
// one night ("Selasa malam (8/9)" against "(9/9)"); two days or two hours apart, or
// the night of one against the small hours of the next, they stay two happenings.
TEST_F(ComparatorTest, OneMomentOfTheDayADayApartIsOneHappeningMisdated) {
  AtClock(Date("a", absl::CivilDay(2021, 3, 6), {"gempa", "occur"}), 14 * 60, "occur");
  AtClock(Date("b", absl::CivilDay(2021, 3, 5), {"gempa", "occur"}), 14 * 60, "occur");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one happening misdated"));
  facts_[1].time.clock = 16 * 60;  // two hours apart
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[1].time.clock = 14 * 60;
  facts_[1].measures.head = "arrested";  // two event words
  EXPECT_NE(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.head = "occur";
  auto on = [&](Fact& f, absl::CivilDay day) {
    f.date_from = f.date_to = CalendarDay(day);
    f.value = f.high = static_cast<double>(f.date_from.days());
    f.interval = Interval::Point(f.value);
  };
  on(facts_[1], absl::CivilDay(2021, 3, 4));  // two days apart
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  on(facts_[1], absl::CivilDay(2021, 3, 5));
  facts_[0].time.clock = facts_[1].time.clock = -1;
  facts_[0].rules.push_back("date.night");
  facts_[1].rules.push_back("date.night");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].rules = {"date.mention", "date.day_month_year", "date.small_hours"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // "pada Jumat (9/10/2020) sore" against "pada Kamis (8/10/2020) sore": one part of
  // the day (its nominal hour, "@~15"); "sore" against "pagi" ("@~6") are two.
  facts_[0].rules = facts_[1].rules = {"date.mention", "date.day_month_year"};
  facts_[0].measures.context = WordList({"@~15", "gempa", "occur"});
  facts_[1].measures.context = WordList({"@~15", "gempa", "occur"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"@~6", "gempa", "occur"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // "pada Sabtu (16/3/2024) siang" ("@~12") against "pada Minggu (17/3/2024) pukul
  // 12.00 WIB": a time of the day part's nominal hour; 16.00 is another moment.
  facts_[1].measures.context = WordList({"gempa", "occur"});
  facts_[0].measures.context = WordList({"@~12", "gempa", "occur"});
  facts_[1].time.clock = 12 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time.clock = 16 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // "on Saturday night" ("@~22") against "at about 9:40 p.m. on Sunday": within
  // day_part_minutes of the part's nominal hour, the time is in that part of the day.
  facts_[0].measures.context = WordList({"@~22", "gempa", "occur"});
  facts_[1].time.clock = 22 * 60 + 45;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.day_part_minutes = 90;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time.clock = 19 * 60;  // three hours before it: another moment
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // "Selasa (12/3/2024) dini hari" against "Rabu (13/3/2024) sekitar pukul 02.15 WIB": a
  // time in the small hours (rule date.small_hours) is in them.
  facts_[0].measures.context = WordList({"gempa", "occur"});
  facts_[0].rules = {"date.mention", "date.day_month_year", "date.small_hours"};
  facts_[1].rules = {"date.mention", "date.time", "date.small_hours"};
  facts_[1].time.clock = 135;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].rules = {"date.mention", "date.day_month_year"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[1].rules = {"date.mention", "date.day_month_year"};
  facts_[1].time.clock = -1;
  facts_[0].measures.context = facts_[1].measures.context = WordList({"gempa", "occur"});
  // "a jury convicted her on May 14" against "on May 13": a happening a story holds
  // once (one_off_events), at whatever time.
  facts_[0].rules = facts_[1].rules = {"date.mention", "date.day_month_year"};
  facts_[0].measures.head = facts_[1].measures.head = "conviction";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.one_off_events = {"conviction"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  on(facts_[1], absl::CivilDay(2021, 3, 4));  // two days apart
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// Reports further apart than the event window: two counts with no date are of two
// events, but two that name one date ("bulan ini" of 5 September, "bulan lalu" of 18
// October) agree on it.
TEST_F(ComparatorTest, ReportsFarApartAgreeOnTheDateTheyName) {
  rules_.event_window_days = 21;
  articles_[1].published = absl::CivilDay(2024, 4, 18);
  Date("a", absl::CivilDay(2024, 3, 1), {"kunjungan", "rusia"});
  Date("b", absl::CivilDay(2024, 3, 1), {"kunjungan", "rusia"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_.clear();
  Count("a", 16, "village", {"banjir", "terendam"});
  Count("b", 89, "village", {"banjir", "terendam"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.event_window_days = 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A building's floors are no happening's: a month apart, seven and six still disagree.
  rules_.event_window_days = 21;
  facts_.clear();
  Count("a", 7, "floor", {"gedung", "utama"});
  Count("b", 6, "floor", {"gedung", "utama"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.timeless_heads = {"floor"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Minggu (3/11) malam" against "Senin (4/11) pukul 00.30": a night runs past midnight, so
// the two are compatible; the small hours two days on, or a Monday with no time, are not
// that night.
TEST_F(ComparatorTest, ANightMeetsTheSmallHoursOfTheNextDay) {
  // (Both beside one figure, the eruption's ash column, so as to be one happening.)
  Date("a", absl::CivilDay(2024, 11, 3), {"#2000m", "erupsi", "terjadi"}).rules = {"date.mention", "date.night"};
  Date("b", absl::CivilDay(2024, 11, 4), {"#2000m", "erupsi", "terjadi"}).rules = {"date.mention", "date.small_hours"};
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one night"));
  facts_[1].rules = {"date.mention"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].rules = {"date.mention", "date.small_hours"};
  facts_[1].date_from = facts_[1].date_to = CalendarDay(absl::CivilDay(2024, 11, 5));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "hundreds dead" against "the death toll stood at five": an order of magnitude is no
// count to contradict, when vague_never_contradicts says so; in range it is compatible.
TEST_F(ComparatorTest, AVagueFigureNeverContradicts) {
  Fact& vague = Count("a", 200, "person", {"landslide", "dead"}, "death");
  vague.high = vague.surface_high = 999;
  vague.interval = Interval{200, 999, false, false};
  vague.vague = true;
  vague.bound = Bound::kRange;
  Count("b", 5, "person", {"landslide", "dead"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.vague_never_contradicts = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[1], 300);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "Gempa berkekuatan M 4,1 terjadi pukul 14.35" and "M 4,8 ... pukul 20.34": measures at
// two moments of one day are two happenings', not rival readings; within the same moment
// they disagree.
TEST_F(ComparatorTest, MeasuresAtTwoMomentsOfADayAreTwoHappenings) {
  auto at = [](Fact& f, int clock) {
    f.time.present = f.time.resolved = true;
    f.time.grain = Grain::kMinute;
    f.time.from = f.time.to = CalendarDay(absl::CivilDay(2023, 12, 31));
    f.time.clock = static_cast<int16_t>(clock);
  };
  at(Quantity("a", 4.1, "magnitude", "magnitude", {"gempa", "cikaras"}), 14 * 60 + 35);
  at(Quantity("b", 4.8, "magnitude", "magnitude", {"gempa", "cikaras"}), 20 * 60 + 34);
  EXPECT_NE(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time.clock = 14 * 60 + 36;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A part of the day ("on Sunday afternoon", a clock of day grain) names hours, not a
  // moment: within day_part_minutes of it, one measure disagrees.
  rules_.day_part_minutes = 90;
  facts_[1].time.clock = 15 * 60 + 45;
  EXPECT_NE(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time.grain = Grain::kDay;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "api dipadamkan pukul 05.00 WIB" and "pukul 05.30 WIB": two times of one day for one
// event contradict; within same_moment_minutes they agree ("13:21:10" and "13.21"); for
// two events ("took off at 1:56 p.m.", "lost contact at 2:40 p.m.") there is no finding.
TEST_F(ComparatorTest, TwoTimesOfADayAreTwoMoments) {
  auto at = [](Fact& f, int clock, const char* head) {
    f.time.clock = static_cast<int16_t>(clock);
    f.measures.head = head;
  };
  at(Date("a", absl::CivilDay(2024, 5, 14), {"api", "padam"}), 5 * 60, "padam");
  at(Date("b", absl::CivilDay(2024, 5, 14), {"api", "padam"}), 5 * 60 + 30, "padam");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time.clock = 5 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[1].time.clock = 5 * 60 + 5;  // one moment, not one time
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("taken as one moment"));
  facts_[1].measures.head = "kontak";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");  // lined up, at one moment
  facts_[1].time.clock = 5 * 60 + 30;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // "pukul 05.20" and "pukul 05.28": exact times further apart than same_moment_minutes,
  // unless one is hedged ("sekitar pukul 05.20") and within hedged_moment_minutes.
  facts_[1].measures.head = "padam";
  facts_[1].time.clock = 5 * 60 + 8;
  rules_.same_moment_minutes = 5;
  rules_.hedged_moment_minutes = 10;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].bound = Bound::kApprox;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  // "at around 7:45 p.m." and "shortly before 8pm": each hedge widens its own time.
  facts_[1].time.clock = 5 * 60 + 15;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].bound = Bound::kApprox;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  facts_[1].time.clock = 5 * 60 + 25;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "shortly after 3 p.m." and "at 3:12 p.m.": a hedge of a time a little after or before
  // one widens it to near_moment_minutes.
  facts_[0].bound = Bound::kExact;
  facts_[1].bound = Bound::kApprox;
  rules_.near_moment_minutes = 30;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  const auto kept = facts_[1].rules;
  facts_[1].rules.push_back(std::string(kNearMomentHedge));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  facts_[1].rules = kept;
  facts_[0].bound = Bound::kApprox;
  facts_[1].bound = Bound::kExact;
  facts_[1].time.clock = 5 * 60 + 8;
  // "Hingga pukul 15.00 WIB" and "Hingga pukul 20.00 WIB": two bounds, no finding.
  facts_[0].bound = facts_[1].bound = Bound::kAtMost;
  facts_[1].time.clock = 5 * 60 + 30;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // "Hingga Minggu pukul 22.00 WIB telah terjadi 47 kali gempa susulan" and "Gempa utama
  // terjadi ... pukul 19.46 WITA": a time a count was taken up to is no time of the
  // happening; a time from which something ran ("sejak pukul 05.00") still is one.
  facts_[1].bound = Bound::kExact;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].bound = Bound::kAtLeast;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "The boat left Kestrel port at 10 a.m." with no day in its sentence took its day from
// its report (Monday's) and "at 10am" another's (Saturday's): the days are guesses, so
// the two are times of one day. Clocks that differ still contradict; days written beside
// both clocks, or further apart than context_day_slack_days, are compared as before.
TEST_F(ComparatorTest, ClocksWithNoDayWrittenAreTimesOfOneDay) {
  auto move_to = [](Fact& f, absl::CivilDay day) {
    f.date_from = f.date_to = CalendarDay(day);
    f.value = f.high = static_cast<double>(f.date_from.days());
    f.interval = Interval::Point(f.value);
  };
  auto at = [](Fact& f, int clock) {
    f.time.clock = static_cast<int16_t>(clock);
    f.measures.head = "left";
  };
  // (Both beside one figure, the people on board, so as to be one happening.)
  at(Date("a", absl::CivilDay(2022, 4, 23), {"#32", "boat", "left", "port"}), 10 * 60);
  at(Date("b", absl::CivilDay(2022, 4, 25), {"#32", "boat", "left", "port"}), 10 * 60);
  rules_.context_day_slack_days = 3;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // both days written: they disagree
  facts_[1].rules.push_back(std::string(kDayFromContext));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "agree");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("compared as times of one day"));
  facts_[1].time.clock = 13 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // Hours apart, a guessed day's clock is another moment of the story; minutes apart,
  // one moment misreported.
  rules_.guessed_moments_apart_minutes = 90;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // Unless the story holds that happening once (a conviction, one_off_events).
  rules_.one_off_events = {"left"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.one_off_events.clear();
  facts_[1].time.clock = 11 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.guessed_moments_apart_minutes = 0;
  facts_[1].time.clock = 10 * 60;
  // Further apart than the slack, the guessed day says another happening.
  rules_.context_day_slack_days = 1;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.context_day_slack_days = 3;
  move_to(facts_[1], absl::CivilDay(2022, 4, 29));  // six days on
  facts_[1].time.clock = 13 * 60;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[1].rules = {"date.mention", "date.time"};  // written beside its clock: a claim
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].rules.push_back(std::string(kDayFromContext));
  move_to(facts_[1], absl::CivilDay(2022, 4, 25));
  facts_[0].time.clock = -1;  // a day alone: the guessed clock may be of it
  facts_[1].time.clock = 10 * 60;
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("it may be of the other's day"));
}

// "The fire broke out shortly after 6 a.m. on Wednesday" in a report of Thursday, "The
// blaze broke out at about 4:30 a.m. local time" (its day the report's, Friday) beside
// "the death toll rose to 50": when something happened is no running figure a later
// report's words of a rising toll supersede. The two times contradict.
TEST_F(ComparatorTest, WhenSomethingHappenedIsNoRunningFigure) {
  rules_.update_markers.Add("rose", true);
  rules_.context_day_slack_days = 3;
  articles_[0].published = absl::CivilDay(2024, 6, 13);
  articles_[1].published = absl::CivilDay(2024, 6, 14);
  AtClock(Date("a", absl::CivilDay(2024, 6, 12), {"fire", "occur"}), 6 * 60, "occur");
  Fact& later = Date("b", absl::CivilDay(2024, 6, 14), {"fire", "occur", "rose", "toll"});
  AtClock(later, 4 * 60 + 30, "occur");
  later.rules.push_back(std::string(kDayFromContext));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::Not(::testing::HasSubstr("running figure")));
}

// "The jobless rate was 4.2% in August" in a report of one day, "unemployment rose to
// 4.3% in August" the next: one statistic of one month, which a later report's words of a
// rise do not supersede. Dated to two days of one week (a day's reading, no period), the
// later figure is an update as before.
TEST_F(ComparatorTest, AStatisticOfOnePeriodIsNoRunningFigure) {
  rules_.update_markers.Add("rose", true);
  articles_[1].published = absl::CivilDay(2024, 9, 7);
  articles_[0].published = absl::CivilDay(2024, 9, 6);
  Over(Quantity("a", 4.2, "percent", "", {"jobless", "unemployment"}), Grain::kMonth, absl::CivilDay(2024, 8, 1),
       absl::CivilDay(2024, 8, 31));
  Over(Quantity("b", 4.3, "percent", "", {"rose", "unemployment"}), Grain::kMonth, absl::CivilDay(2024, 8, 1),
       absl::CivilDay(2024, 8, 31));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  Over(facts_[0], Grain::kDay, absl::CivilDay(2024, 9, 6), absl::CivilDay(2024, 9, 6));
  Over(facts_[1], Grain::kDay, absl::CivilDay(2024, 9, 6), absl::CivilDay(2024, 9, 6));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "pada Jumat (15/6)", a Saturday, against "15 Juni 2024": one outlet's weekday or date is
// wrong, so the same date is compatible, not agreed, and the explanation says so; against
// "Sabtu (15/6/2024)", written with its own weekday, the two disagree either way.
TEST_F(ComparatorTest, AWeekdayThatIsNotItsDatesIsNoAgreement) {
  Date("a", absl::CivilDay(2024, 6, 15), {"wukuf", "jemaah"});
  Date("b", absl::CivilDay(2024, 6, 15), {"wukuf", "jemaah"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[1].rules = {"date.mention", "date.weekday_paren", std::string(kWeekdayMismatch), std::string(kWeekdayWritten)};
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("its weekday or its date is wrong"));
  facts_[0].rules = {"date.mention", "date.weekday_paren", std::string(kWeekdayWritten)};
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one outlet misdated"));
}

// "kemarin" in a report of one day against a weekday in a report of the next may name
// one day whoever is off by a day (the outlets wrote them on different days); two
// weekdays may not: "on Saturday night" against "on Sunday" a day later name two days,
// and so do a weekday and a date ("on Thursday" against "on Wednesday, March 4").
TEST_F(ComparatorTest, TwoWeekdaysNameTwoDaysWheneverTheOutletsWrote) {
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  Date("a", absl::CivilDay(2024, 3, 2), {"crush", "occur"}).rules = {"date.mention", "date.relative_day"};
  Date("b", absl::CivilDay(2024, 3, 3), {"crush", "occur"}).rules = {"date.mention", "date.weekday"};
  facts_[0].measures.head = facts_[1].measures.head = "occur";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  facts_[0].rules = {"date.mention", "date.weekday"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[0].rules = {"date.mention", "date.month_day"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "tahun ini" against "pada Sabtu (9/3/2024) sekitar pukul 22.00 WIB": a year holding a
// day says next to nothing of it, so the time of that day in the other article is its
// partner, however many more words the year's sentence shares.
TEST_F(ComparatorTest, AYearHoldingADayYieldsToATimeOfThatDay) {
  Fact& year = Date("a", absl::CivilDay(2024, 1, 1), {"banjir", "bandang", "lereng", "occur"});
  year.date_to = CalendarDay(absl::CivilDay(2024, 12, 31));
  year.date_grain = Grain::kYear;
  year.high = static_cast<double>(year.date_to.days());
  year.interval = Interval{year.value, year.high, false, false};
  year.bound = Bound::kRange;
  year.measures.head = "occur";
  AtClock(Date("a", absl::CivilDay(2024, 3, 9), {"banjir", "bandang", "lereng", "occur"}), 20 * 60 + 30, "occur");
  AtClock(Date("b", absl::CivilDay(2024, 3, 9), {"banjir", "bandang", "lereng", "occur"}), 22 * 60, "occur");
  rules_.hedged_moment_minutes = 10;
  facts_[1].bound = facts_[2].bound = Bound::kApprox;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 2), "contradict");
  EXPECT_EQ(VerdictOf(fs, 0, 2), "");
}

// "santunan Rp 1 juta (US$ 65)" against "Rp 1 juta (US$ 650)": two sums that agree,
// each converted in brackets, whose conversions lie further apart than conversion_apart
// (rates of two days do not) contradict as conversions; close ones, or conversions of sums
// that disagree (one finding, the sums'), make no finding of their own.
TEST_F(ComparatorTest, ConversionsOfOneSumFurtherApartThanRatesContradict) {
  auto sum = [&](const char* article, double rupiah, double dollars, const std::string& sentence,
                 const char* rp_text, const char* usd_text) {
    WrittenIn(Money(article, rupiah, rupiah, {"keluarga", "santunan"}), sentence, rp_text);
    Fact& usd = Money(article, dollars, dollars, {"keluarga", "santunan"});
    usd.unit = "USD";
    WrittenIn(usd, sentence, usd_text);
  };
  sum("a", 1e6, 65, "Pemerintah memberi santunan Rp 1 juta (US$ 65) kepada keluarga.", "Rp 1 juta", "US$ 65");
  sum("b", 1e6, 650, "Keluarga korban mendapat santunan Rp 1 juta (US$ 650).", "Rp 1 juta", "US$ 650");
  EXPECT_EQ(VerdictOf(Run(), 1, 3), "");
  rules_.conversion_apart = 0.1;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "agree");
  EXPECT_EQ(VerdictOf(fs, 1, 3), "contradict");
  SetValue(facts_[3], 68);  // rates of two days
  EXPECT_EQ(VerdictOf(Run(), 1, 3), "");
  SetValue(facts_[3], 650);
  SetValue(facts_[2], 2e6);  // the sums disagree: their finding says it
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "contradict");
  EXPECT_EQ(VerdictOf(fs, 1, 3), "");
}

// "retail sales fell to $4.2bn (£5.1bn)" against another outlet's "$4.2bn": a sum restated
// in another currency further from it than any rate the two currencies have had since
// currency_ranges_since (a pound is worth 1.0 to 2.2 dollars) is a conversion gone wrong,
// which contradicts the other outlet's agreeing sum; one a rate allows ("(£3.3bn)") makes
// no finding, nor does one in an article published before that year, or in a currency
// the ranges do not know.
TEST_F(ComparatorTest, ASumRestatedAtNoRateTheCurrenciesHaveHadContradicts) {
  WrittenIn(Money("a", 4.2e9, 4.2e9, {"retail", "sales"}), "Retail sales came to $4.2 billion.", "$4.2 billion");
  WrittenIn(Money("b", 4.2e9, 4.2e9, {"retail", "sales"}), "Retail sales fell to $4.2bn (£5.1bn) last month.",
            "$4.2bn");
  Fact& pounds = Money("b", 5.1e9, 5.1e9, {"retail", "sales"});
  pounds.unit = "GBP";
  WrittenIn(pounds, "Retail sales fell to $4.2bn (£5.1bn) last month.", "£5.1bn");
  facts_[0].unit = facts_[1].unit = "USD";
  for (Fact& f : facts_) f.precision = 1e8;  // "4.2", "5.1" billion: a tenth of a billion
  articles_[0].published = articles_[1].published = absl::CivilDay(2020, 5, 16);
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
  rules_.currency_usd_ranges = {{"USD", {1, 1}}, {"GBP", {1.0, 2.2}}};
  rules_.currency_ranges_since = 2000;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "agree");
  EXPECT_EQ(VerdictOf(fs, 0, 2), "contradict");
  SetValue(facts_[2], 3.3e9);  // $1.27 a pound
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
  SetValue(facts_[2], 5.1e9);
  articles_[0].published = articles_[1].published = absl::CivilDay(1998, 5, 16);
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
  articles_[0].published = articles_[1].published = absl::CivilDay(2020, 5, 16);
  facts_[2].unit = "XYZ";
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
}

// "sustained winds of 180 km/h (112 mph)" against "winds of 180 km/h (150 mph)": a
// measure restated in brackets further from it than its digits and unit_conversion_apart
// allow is a conversion gone wrong, which contradicts the other outlet's agreeing measure;
// a restatement within its rounding ("(112 mph)", 180.2 km/h) makes no finding.
TEST_F(ComparatorTest, AMeasureRestatedWronglyInOtherUnitsContradicts) {
  auto wind = [&](const char* article, double kmh, double restated_kmh, const std::string& sentence,
                  const char* restated_text) {
    WrittenIn(Quantity(article, kmh, "speed", "wind", {"sustained", "wind"}), sentence, "180 km/h");
    WrittenIn(Quantity(article, restated_kmh, "speed", "wind", {"sustained", "wind"}), sentence, restated_text);
  };
  wind("a", 180, 180.25, "The storm brought sustained winds of 180 km/h (112 mph) to the coast.", "112 mph");
  wind("b", 180, 241.4, "It packed sustained winds of 180 km/h (150 mph).", "150 mph");
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "agree");
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "");
  rules_.unit_conversion_apart = 0.02;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "agree");
  EXPECT_EQ(VerdictOf(fs, 0, 3), "contradict");
  EXPECT_EQ(VerdictOf(fs, 1, 2), "");  // a's restatement is right
  SetValue(facts_[3], 180.25);  // "(112 mph)" in both
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "");
  // "about 190 kilometres (120 miles)": trailing zeros may be rounding, so 120 miles
  // (193 km) restates 190 km.
  rules_.unit_conversion_apart = 0.005;
  for (int k : {0, 1, 2, 3}) facts_[k].precision = k % 2 == 0 ? 1 : 1.609344;
  facts_[1].surface_value = facts_[1].surface_high = 120;
  SetValue(facts_[1], 193.12);
  facts_[0].surface_value = facts_[0].surface_high = 190;
  SetValue(facts_[0], 190);
  facts_[2].surface_value = facts_[2].surface_high = 190;
  SetValue(facts_[2], 190);
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 2), "");
  for (int k : {0, 1, 2, 3}) facts_[k].precision = 0;
  rules_.unit_conversion_apart = 0.02;
  SetValue(facts_[0], 180);
  SetValue(facts_[1], 180.25);
  SetValue(facts_[2], 180);
  // "winds of up to 180 km/h (150 mph)": a bound restates the figure it bounds.
  SetValue(facts_[3], 241.4);
  facts_[2].bound = Bound::kAtMost;
  facts_[2].interval = Interval{-std::numeric_limits<double>::infinity(), 180, true, false};
  facts_[0].bound = Bound::kAtMost;
  facts_[0].interval = facts_[2].interval;
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "contradict");
}

// "15 mil laut atau sekitar 28 kilometer" against "15 mil laut atau sekitar 24 kilometer":
// a measure in another unit after a conversion marker restates the one before it, as
// brackets do, so the 24 km (15 nautical miles are 27.8 km) is a conversion gone wrong
// that contradicts the other outlet's 15 nautical miles; the two restatements are not
// set against each other.
TEST_F(ComparatorTest, AMeasureRestatedAfterAConversionMarkerIsAConversion) {
  rules_.unit_conversion_apart = 0.005;
  rules_.conversion_markers = {"atau sekitar", "atau"};
  auto distance = [&](const char* article, double km, const std::string& sentence, const char* km_text) {
    Fact& nmi = Quantity(article, 27780, "length", "length", {"pantai"});
    WrittenIn(nmi, sentence, "15 mil laut");
    nmi.surface_value = nmi.surface_high = 15;
    nmi.surface_unit = "mil laut";
    Fact& restated = Quantity(article, km * 1000, "length", "length", {"pantai"});
    WrittenIn(restated, sentence, km_text);
    restated.surface_value = restated.surface_high = km;
    restated.surface_unit = "kilometer";
  };
  distance("a", 28, "Kapal terbalik sekitar 15 mil laut atau sekitar 28 kilometer dari pantai.", "28 kilometer");
  distance("b", 24, "Kapal terbalik sekitar 15 mil laut atau sekitar 24 kilometer dari pantai.", "24 kilometer");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 3), "contradict");
  EXPECT_EQ(VerdictOf(fs, 1, 3), "");
  // Two figures of one unit joined by 'atau' are alternatives, no conversion.
  facts_[2].surface_unit = facts_[3].surface_unit = "kilometer";
  EXPECT_EQ(VerdictOf(Run(), 0, 3), "");
}

// "up to 450,000 people were displaced" against "as many as 45,000
// people": two upper bounds whose figures are the same digits at another scale are one
// figure with a slipped digit; other upper bounds, or figures in words, still agree.
TEST_F(ComparatorTest, UpperBoundsOfTheSameDigitsAtAnotherScaleContradict) {
  auto at_most = [&](const char* article, double v) {
    Fact& f = Count(article, v, "person", {"homeless", "left"}, "homeless");
    f.bound = Bound::kAtMost;
    f.interval = Interval{-std::numeric_limits<double>::infinity(), v, true, false};
    f.rules = {"count.noun", "number.digits"};
    return &f;
  };
  at_most("a", 450000);
  at_most("b", 45000);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("the same digits at another scale"));
  SetValue(facts_[1], 300000);
  facts_[1].interval = Interval{-std::numeric_limits<double>::infinity(), 300000, true, false};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetValue(facts_[1], 45000);
  facts_[1].interval = Interval{-std::numeric_limits<double>::infinity(), 45000, true, false};
  facts_[1].rules = {"count.noun", "number.words"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "Vesk gained about 9%" beside "Calder Motors rose more than 3%" against "a 6.1% rate" beside
// "a 3% rate": a round figure both write beside an anchored dimension's anchors it only
// with two words of their own in common; a distinctive one anchors alone.
TEST_F(ComparatorTest, ARoundFigureBesideBothAnchorsOnlyWithSharedWords) {
  rules_.anchored_dimensions = {"percent"};
  Quantity("a", 9, "percent", "", {"#3%", "gain", "more", "vesk"});
  Quantity("b", 6.1, "percent", "", {"#3%", "loan", "more", "rate"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<std::string>{"#3%", "gain", "loan", "more"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<std::string>{"#83417526", "gain", "vesk"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"#83417526", "loan", "rate"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Inflasi IHK pada Juni 2023 tercatat 2,61 persen" against "Inflasi pada Juni 2023
// tercatat 2,16 persen, masih dalam rentang sasaran": percentages, which need an anchor, are
// anchored as one statistic of one month when both name it by the same statistic_concepts
// (volatile food inflation is another), and words of progress make it no running tally.
// Another month's same value in the first article ("6.2% in April") is neither its partner
// nor a sign that it counts something else.
TEST_F(ComparatorTest, OneStatisticOfOnePeriodIsAnchored) {
  rules_.anchored_dimensions = {"percent"};
  const absl::CivilDay june(2023, 6, 1), june_end(2023, 6, 30);
  Over(Quantity("a", 2.61, "percent", "", {"inflation", "tahunan", "yoy"}), Grain::kMonth, june, june_end);
  Over(Quantity("b", 2.16, "percent", "", {"in_progress", "inflation", "tahunan", "yoy"}), Grain::kMonth, june,
       june_end);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.statistic_concepts = {"inflation", "volatile_food"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.context = WordList({"in_progress", "inflation", "tahunan", "volatile_food", "yoy"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList({"in_progress", "inflation", "tahunan", "yoy"});
  Over(Quantity("a", 2.16, "percent", "", {"inflation", "tahunan", "yoy"}), Grain::kMonth, absl::CivilDay(2023, 5, 1),
       absl::CivilDay(2023, 5, 31));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_EQ(VerdictOf(fs, 2, 1), "");
}

// "Bandara Wanareja berada di ketinggian sekitar 1.300 meter" against "pada ketinggian
// sekitar 2.600 meter, sekitar 1,8 kilometer dari Bandara Wanareja": the 1,8 km, measured
// from a point, is a distance, which the height its sentence names does not make a
// height; a length with no point is lined up as before.
TEST_F(ComparatorTest, ALengthFromAPointIsNoHeightItsSentenceNames) {
  rules_.strict_heads = {"height", "distance"};
  rules_.from_point_heads = {"distance"};
  Quantity("a", 1300, "length", "height", {"bandara", "height", "wanareja"});
  Quantity("b", 1800, "length", "length", {"bandara", "height", "lokasi", "wanareja"});
  EXPECT_NE(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.scope = "bandara wanareja";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // A distance named in the other passage is what such a length is.
  facts_[0].measures.head = "distance";
  facts_[0].measures.context = WordList({"bandara", "distance", "wanareja"});
  facts_[1].measures.context = WordList({"bandara", "distance", "lokasi", "wanareja"});
  EXPECT_NE(VerdictOf(Run(), 0, 1), "");
}

// "santunan Rp 1 juta, atau sekitar US$ 650": a sum in another currency after a word of
// conversion_markers converts the sum before it, as brackets do (a contradiction of
// conversions of one sum); after other words it is a sum of its own.
TEST_F(ComparatorTest, AConversionMarkerMakesASumAConversion) {
  rules_.conversion_apart = 0.1;
  auto sum = [&](const char* article, double dollars, const std::string& sentence, const char* usd_text) {
    WrittenIn(Money(article, 1e6, 1e6, {"keluarga", "santunan"}), sentence, "Rp 1 juta");
    Fact& usd = Money(article, dollars, dollars, {"keluarga", "santunan"});
    usd.unit = "USD";
    WrittenIn(usd, sentence, usd_text);
  };
  sum("a", 65, "Pemerintah memberi santunan Rp 1 juta (US$ 65) kepada keluarga.", "US$ 65");
  sum("b", 650, "Keluarga korban mendapat santunan Rp 1 juta, atau sekitar US$ 650.", "sekitar US$ 650");
  auto explanation = [&](const std::vector<Finding>& fs) {
    for (const Finding& f : fs) {
      if ((f.a == 1 && f.b == 3) || (f.a == 3 && f.b == 1)) return f.explanation;
    }
    return std::string();
  };
  EXPECT_THAT(explanation(Run()), ::testing::Not(::testing::HasSubstr("conversions of one sum")));
  rules_.conversion_markers = {"atau"};
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 3), "contradict");
  EXPECT_THAT(explanation(fs), ::testing::HasSubstr("conversions of one sum"));
}

// "Longsor terjadi pada Selasa (26/2/2019) malam, sekitar pukul 20.00 WITA" against
// "... longsor pada Selasa (26/2/2019) malam sekitar pukul 21.00 WITA": a time beside a
// word of any happening (generic_event_heads) is of the happening its words name, so the
// two times contradict; not when its words name none, nor against a day with no time.
TEST_F(ComparatorTest, ATimeBesideAWordOfAnyHappeningIsOfTheHappeningItsWordsName) {
  AtClock(Date("a", absl::CivilDay(2019, 2, 26), {"landslide", "occur", "tambang"}), 20 * 60, "occur");
  AtClock(Date("b", absl::CivilDay(2019, 2, 26), {"landslide", "tambang"}), 21 * 60, "landslide");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");  // two event words: two happenings
  rules_.generic_event_heads = {"occur"};
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("20:00 vs 21:00"));
  facts_.clear();
  AtClock(Date("a", absl::CivilDay(2019, 2, 26), {"occur", "tambang"}), 20 * 60, "occur");
  AtClock(Date("b", absl::CivilDay(2019, 2, 26), {"landslide", "tambang"}), 21 * 60, "landslide");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");  // its words name no landslide
  facts_.clear();
  AtClock(Date("a", absl::CivilDay(2019, 2, 26), {"landslide", "occur", "tambang"}), 20 * 60, "occur");
  Date("b", absl::CivilDay(2019, 2, 26), {"landslide", "tambang"}).measures.head = "landslide";
  fs = Run();
  ASSERT_FALSE(fs.empty());
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("both a date"));  // no event word in common
}

// "Gempa pertama bermagnitudo 4,1 terjadi pukul 14.35" and "gempa terkuat bermagnitudo
// 4,8 terjadi pada pukul 20.34": two times of one event word whose sentences give
// magnitudes that disagree are two quakes of a series, not a contradiction.
TEST_F(ComparatorTest, TimesWhoseSentencesMeasureApartAreTwoHappenings) {
  AtClock(Date("a", absl::CivilDay(2023, 12, 31), {"gempa", "terjadi"}), 14 * 60 + 35, "terjadi");
  AtClock(Date("b", absl::CivilDay(2023, 12, 31), {"gempa", "terjadi"}), 20 * 60 + 34, "terjadi");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  Quantity("a", 4.1, "magnitude", "magnitude", {"gempa", "terjadi"});
  Quantity("b", 4.8, "magnitude", "magnitude", {"gempa", "terjadi"});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "different_event");
  SetValue(facts_[3], 4.1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // one magnitude: one quake
  facts_[3].sentence = 4;  // in another sentence, it says nothing of the time's
  SetValue(facts_[3], 4.8);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "pukul 08.40 WIB di KM 613+200" against "pukul 07.40 WIB di KM 631": where a happening
  // was (compare.json place_dimensions) is no sign of two, since one may be mistyped.
  facts_[3].sentence = facts_[2].sentence;
  for (Fact* f : {&facts_[2], &facts_[3]}) f->dimension = f->unit = f->measures.head = "km_post";
  SetValue(facts_[2], 613.2);
  SetValue(facts_[3], 631);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.place_dimensions = {"km_post"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "The quake struck at 6:10 p.m. ... at a depth of 10 km, ... about 62 km northeast of
// Labuha" against "Gempa utama terjadi pukul 20.10 ... 62 km timur laut Labuha, pada
// kedalaman 10 km": sentences that give the same measures, in another order, tell of one
// quake, and the times contradict. A measure of one side the other does not give is the
// sign of two quakes, not two measures of two different things.
TEST_F(ComparatorTest, SentencesGivingTheSameMeasuresAreOneHappening) {
  AtClock(Date("a", absl::CivilDay(2019, 7, 14), {"gempa", "terjadi"}), 18 * 60 + 10, "terjadi");
  AtClock(Date("b", absl::CivilDay(2019, 7, 14), {"gempa", "terjadi"}), 20 * 60 + 10, "terjadi");
  Quantity("a", 10000, "length", "depth", {"gempa", "terjadi"});
  Quantity("a", 62000, "length", "", {"gempa", "terjadi"});
  Quantity("b", 62000, "length", "", {"gempa", "terjadi"});
  Quantity("b", 10000, "length", "depth", {"gempa", "terjadi"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[5], 30000);  // b's depth is another: b's 62 km is a's, but its depth is not
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  SetValue(facts_[5], 10000);
  SetValue(facts_[3], 5000);  // a distance b's sentence does not give, beside a depth both
  facts_[4].sentence = 9;     // give: no sign of two quakes (b's distance is said elsewhere)
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[3].measures.head = facts_[5].measures.head = "";  // two depths: a's 5 km is another quake's
  facts_[2].sentence = 9;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
}

// "pukul 18.02 WITA" and "pukul 17.02 WIB" are one moment in two time zones; "17.02
// WITA" and "17.02 WIB" are an hour apart, though written alike.
TEST_F(ComparatorTest, ClocksOfTwoTimeZonesAreComparedAsInstants) {
  auto at = [](Fact& f, int clock, int zone) {
    f.time.clock = static_cast<int16_t>(clock);
    f.time.zone = static_cast<int16_t>(zone);
    f.measures.head = "guncang";
  };
  at(Date("a", absl::CivilDay(2018, 9, 28), {"gempa", "guncang"}), 18 * 60 + 2, 480);
  at(Date("b", absl::CivilDay(2018, 9, 28), {"gempa", "guncang"}), 17 * 60 + 2, 420);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "agree");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("18:02 UTC+8 and 17:02 UTC+7 are one moment"));
  facts_[0].time.clock = 17 * 60 + 2;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // On a day one sentence does not name, hours apart are two moments of the story; one
  // time written in two zones is one zone gone wrong.
  rules_.guessed_moments_apart_minutes = 90;
  facts_[0].rules.push_back(std::string(kDayFromContext));
  facts_[0].time.zone = 540;
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("one outlet named the wrong zone"));
  facts_[0].time.clock = 19 * 60 + 2;  // 19:02 UTC+9 is 17:02 UTC+7: one moment
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[0].time.clock = 14 * 60 + 2;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[0].time.clock = 17 * 60 + 2;
  facts_[0].time.zone = facts_[1].time.zone = FactTime::kNoZone;  // no zone named: as written
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// a writes the day ("pada Sabtu (16/3/2019)") and, apart, the time ("pukul 21.00 WIB");
// b writes "pukul 21.00 WIT". a's day is no report of b's moment: the two times
// contradict, not "a also reports 2019-03-16".
TEST_F(ComparatorTest, ADayIsNoReportOfAMomentOfIt) {
  auto at = [](Fact& f, int clock, int zone) {
    f.time.clock = static_cast<int16_t>(clock);
    f.time.zone = static_cast<int16_t>(zone);
    f.measures.head = "terjang";
  };
  Date("a", absl::CivilDay(2019, 3, 16), {"banjir", "terjang"}).measures.head = "terjang";
  at(Date("a", absl::CivilDay(2019, 3, 16), {"banjir", "terjang"}), 21 * 60, 420);
  at(Date("b", absl::CivilDay(2019, 3, 16), {"banjir", "terjang"}), 21 * 60, 540);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 2), "contradict");
  for (const Finding& f : fs) EXPECT_THAT(f.explanation, ::testing::Not(::testing::HasSubstr("also reports")));
  facts_[2].time.zone = 420;  // the same moment, which a's day does not make a second one
  EXPECT_EQ(VerdictOf(Run(), 1, 2), "agree");
}

// "lies about 1km (0.6 miles) from the shore" and "about 2 kilometers (1.2 miles) off":
// the miles restate the kilometres, so the disagreement is one finding, not two.
TEST_F(ComparatorTest, AConversionInBracketsIsNoSecondFinding) {
  auto sentence = [this](const std::string& article, double km, double miles, const std::string& text) {
    Quantity(article, km, "length", "length", {"shore", "ship"});
    Quantity(article, miles, "length", "length", {"shore", "ship"});
    Fact& k = facts_[facts_.size() - 2];  // taken once both are in: adding one moves them
    Fact& m = facts_.back();
    for (Fact* f : {&k, &m}) {
      f->sentence = 0;
      f->sentence_text = text;
      f->sentence_span = Span{0, static_cast<uint32_t>(text.size())};
    }
    const size_t at = text.find("km"), open = text.find('(');
    k.span = Span{static_cast<uint32_t>(at - 1), static_cast<uint32_t>(at + 2)};
    m.span = Span{static_cast<uint32_t>(open + 1), static_cast<uint32_t>(text.find(')'))};
  };
  sentence("a", 1000, 965.6, "lies 1km (0.6 miles) from the shore");
  sentence("b", 2000, 1931.2, "lies 2km (1.2 miles) from the shore");
  std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs[0].verdict, Verdict::kContradict);
  // Not in brackets: "lies 1km, 0.6 miles from the shore" restates nothing.
  for (Fact& f : facts_) absl::StrReplaceAll({{"(", ", "}, {")", ""}}, &f.sentence_text);
  EXPECT_EQ(Run().size(), 2u);
}

// "barred from within 3 km (1.9 miles) of the crater" and "ash as high as 3,000 meters
// (nearly 10,000 feet)": two conversions that happen to land close are no distinctive
// figure both outlets wrote, and agree only on the words, as round figures do.
TEST_F(ComparatorTest, TwoConversionsAreNoDistinctiveFigure) {
  auto sentence = [this](const std::string& article, double first, double converted, const std::string& text,
                         std::vector<std::string> words) {
    Quantity(article, first, "length", "length", words);
    Quantity(article, converted, "length", "length", words);
    Fact& k = facts_[facts_.size() - 2];
    Fact& m = facts_.back();
    for (Fact* f : {&k, &m}) {
      f->sentence = 0;
      f->sentence_text = text;
      f->sentence_span = Span{0, static_cast<uint32_t>(text.size())};
    }
    const size_t open = text.find('(');
    k.span = Span{0, static_cast<uint32_t>(open - 1)};
    m.span = Span{static_cast<uint32_t>(open + 1), static_cast<uint32_t>(text.find(')'))};
    SetWritten(m, converted, 0.1);
    m.surface_value = m.surface_high = 1.9;
  };
  sentence("a", 3000, 3057.75, "3 km (1.9 miles) of the crater", {"barred", "crater"});
  sentence("b", 3500, 3057.75, "3,500 meters (1.9 miles) of ash", {"ash", "spewed"});
  EXPECT_EQ(VerdictOf(Run(), 1, 3), "");
  facts_[3].span = Span{40, 50};  // b's figure written on its own, no conversion
  EXPECT_EQ(VerdictOf(Run(), 1, 3), "agree");
}

// "tuntutan jaksa yang meminta Wulan dihukum delapan tahun penjara" against "Jaksa menuntut
// Bayu dan Tono masing-masing delapan tahun penjara": terms said of persons named, none
// the same, are two people's; a shared name, or a fact naming no one, lines them up, and
// a speaker's name is no one the term is said of.
TEST_F(ComparatorTest, TermsOfTwoNamedPersonsAreTwoPeoples) {
  rules_.personal_concepts = {"prosecution_demand"};
  Quantity("a", 2922, "duration", "duration", {"jaksa", "prosecution_demand", "wulan", "sentence"});
  Quantity("b", 2922, "duration", "duration", {"jaksa", "tono", "prosecution_demand", "bayu", "sentence"});
  facts_[0].measures.entities = WordList(std::vector<std::string>{"wulan"});
  facts_[1].measures.entities = WordList(std::vector<std::string>{"bayu", "tono"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.entities = WordList(std::vector<std::string>{"bayu", "tono", "wulan"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"bayu", "jaksa", "prosecution_demand", "sentence", "tono", "wulan"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[1].measures.entities = WordList(std::vector<std::string>{});
  facts_[1].measures.context = WordList(std::vector<std::string>{"jaksa", "prosecution_demand", "sentence"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[1].measures.entities = WordList(std::vector<std::string>{"bayu"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"bayu", "jaksa", "prosecution_demand", "sentence"});
  facts_[1].attributed_to = "Bayu";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  facts_[1].attributed_to = "";
  // "jaksa KPK yang meminta Wulan dihukum" against "jaksa KPK yang meminta Bayu dihukum":
  // a body both write in capitals names no one; two sentences of one initial ("AS")
  // are still one person's.
  facts_[0].measures.entities = WordList(std::vector<std::string>{"kpk", "wulan"});
  facts_[0].measures.context = WordList(std::vector<std::string>{"jaksa", "kpk", "prosecution_demand", "sentence", "wulan"});
  facts_[1].measures.entities = WordList(std::vector<std::string>{"bayu", "kpk"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"bayu", "jaksa", "kpk", "prosecution_demand", "sentence"});
  facts_[0].sentence_text = "Jaksa KPK meminta Wulan dihukum delapan tahun penjara.";
  facts_[1].sentence_text = "Jaksa KPK meminta Bayu dihukum delapan tahun penjara.";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].sentence_text = "Jaksa Kpk meminta Bayu dihukum delapan tahun penjara.";  // a name, not in capitals
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
  rules_.personal_concepts.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "agree");
}

// "tiga ajudan ... divonis masing-masing tiga tahun penjara" against "terdakwa Harun
// Wirya dengan pidana penjara selama enam tahun": a term given as each of several
// people's (several_persons) never meets one person's; two such terms, or two of one
// person, still meet, and figures said of no person are not concerned.
TEST_F(ComparatorTest, EachOfSeveralPeoplesTermIsNoOnePersons) {
  rules_.personal_concepts = {"sentence"};
  rules_.several_persons = {"each_of_several"};
  Quantity("a", 1826, "duration", "duration", {"harun", "penjara", "sentence"});
  Quantity("b", 1461, "duration", "duration", {"each_of_several", "harun", "penjara", "sentence"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.context = WordList(std::vector<std::string>{"each_of_several", "harun", "penjara", "sentence"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<std::string>{"harun", "penjara"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"each_of_several", "harun", "penjara"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.several_persons.clear();
  facts_[0].measures.context = WordList(std::vector<std::string>{"harun", "penjara", "sentence"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"each_of_several", "harun", "penjara", "sentence"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "denda Rp500 juta subsider 6 bulan kurungan" against "uang pengganti Rp 14,59 miliar
// subsider 2 tahun penjara": terms that stand in for the figures beside them are two
// sums' terms when those figures differ; beside one same sum they line up.
TEST_F(ComparatorTest, TermsTiedToTwoFiguresAreTwoSumsTerms) {
  rules_.figure_tied_qualifiers = {"substitute"};
  Quantity("a", 182.6, "duration", "duration", {"#5e+08IDR", "bayar", "fine", "sentence", "subsider"});
  Quantity("b", 730.5, "duration", "duration", {"#1.459e+10IDR", "bayar", "ganti", "sentence", "subsider"});
  for (Fact& f : facts_) f.measures.qualifier = "substitute";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<std::string>{"#5e+08IDR", "bayar", "ganti", "sentence", "subsider"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A name's mark beside each ("@=..."), no figure: nothing ties either term to a sum.
  facts_[0].measures.context = WordList(std::vector<std::string>{"@=harlan", "bayar", "fine", "sentence", "subsider"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"@=harlan", "bayar", "ganti", "sentence", "subsider"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<std::string>{"#5e+08IDR", "bayar", "fine", "sentence", "subsider"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"#1.459e+10IDR", "bayar", "ganti", "sentence", "subsider"});
  rules_.figure_tied_qualifiers.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "has saved all 12 boys and their soccer coach" against "The eight boys rescued on Sunday
// and Monday": a count given as the whole and a smaller one of the same thing, which may
// be a part of it; a larger one, or a whole unmarked, still contradicts.
TEST_F(ComparatorTest, ACountGivenAsTheWholeHoldsASmallerOne) {
  rules_.whole_markers.Add("all", true);
  Count("a", 12, "child", {"rescue", "saved"}, "survivor");
  Count("b", 8, "child", {"rescue", "saved"}, "survivor");
  auto sentence = [](Fact& f, const std::string& text, const std::string& figure) {
    f.sentence_text = text;
    f.sentence_span = Span{0, static_cast<uint32_t>(text.size())};
    const size_t at = text.find(figure);
    f.span = Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + figure.size())};
  };
  sentence(facts_[0], "The mission has saved all 12 boys and their coach.", "12 boys");
  sentence(facts_[1], "The eight boys rescued on Sunday and Monday were in good health.", "eight boys");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetValue(facts_[1], 13);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 8);
  sentence(facts_[0], "The mission has saved 12 boys and their coach.", "12 boys");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// a gives 131 dead and, at one hospital, 53; b gives 125. a's 53 is a part of a's own
// total, which meets b's 125 on its own: the 53 does not contradict it. A sentence of 7
// years beside a demand of 9 is no part of it (see AFactWhoseBestPartnerIsTaken...).
TEST_F(ComparatorTest, ALowerTallyBesideItsOutletsHigherOneIsAPart) {
  Count("a", 131, "person", {"kabupaten", "tewas"}, "death");
  Count("a", 53, "person", {"rumah", "sakit", "stadion", "tewas"}, "death");
  Count("b", 131, "person", {"kabupaten", "tewas"}, "death");
  Count("b", 125, "person", {"rumah", "sakit", "stadion", "tewas"}, "death");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "agree");
  EXPECT_EQ(VerdictOf(fs, 1, 3), "compatible");
  // Without a's own total, the 53 and the 125 disagree.
  facts_.erase(facts_.begin());
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "contradict");
}

// "gempa susulan ... di bawah 5 SR" and "gempa pertama ... berkekuatan 7,3 SR": with no
// concept to say what is measured, the aftershock among one's words and not the other's
// says they are two quakes' magnitudes. Without that rule they contradict.
TEST_F(ComparatorTest, AnAftershocksMagnitudeIsNotTheQuakes) {
  rules_.exclusive_context = {"aftershock"};
  for (auto [article, value, context] :
       {std::make_tuple("a", 7.3, std::vector<std::string>{"earthquake", "kekuat", "tasikmalaya"}),
        std::make_tuple("b", 4.8, std::vector<std::string>{"aftershock", "kekuat", "tasikmalaya"})}) {
    Fact& f = Count(article, value, "magnitude", context);
    f.kind = FactKind::kQuantity;
    f.dimension = "magnitude";
    f.unit = "magnitude";
  }
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // More exclusive concepts than a fact's bits hold: looked up in its words all the same.
  for (int k = 0; k < 70; ++k) rules_.exclusive_context.push_back(absl::StrCat("unused_", k));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.exclusive_context.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "jaksa menuntut ... denda Rp 500 juta" against "dijatuhi denda Rp200 juta": a fine the
// prosecutors demanded is not the one imposed, though both are fines (one concept head).
TEST_F(ComparatorTest, ADemandedFineIsNotTheFineImposed) {
  rules_.exclusive_context = {"prosecution_demand"};
  Money("a", 500e6, 500, {"jaksa", "penjara", "prosecution_demand", "subsider"}).measures.head = "fine";
  Money("b", 200e6, 200, {"dijatuhi", "penjara", "subsider"}).measures.head = "fine";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.exclusive_context.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Varga's lawyers had sought a sentence of 18 months" against "sentenced Friday to more
// than 11 years": one names its head (a sentence) and the other none, and the demand among
// one's words still says they are two terms.
TEST_F(ComparatorTest, ASentenceSoughtIsNotTheSentencePassed) {
  rules_.exclusive_context = {"prosecution_demand"};
  Quantity("a", 547.86, "duration", "sentence", {"lawyer", "prosecution_demand", "varga"});
  Quantity("b", 4017.67, "duration", "duration", {"prison", "sentence", "varga"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.exclusive_context.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "a plane carrying 92 people" against another report's "carrying 96 people" a day later:
// people are a running tally, but not those on board (fixed_states), whom nothing
// recounts: the two contradict rather than one updating the other.
TEST_F(ComparatorTest, PeopleOnBoardAreNoRunningTally) {
  rules_.running = {"person"};
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 92, "person", {"carrying", "plane", "transport"}).measures.qualifier = "aboard";
  Count("b", 96, "person", {"carrying", "plane", "transport"}).measures.qualifier = "aboard";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  rules_.fixed_states = {"aboard"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "2,28 persen secara tahun ke tahun" and "0,19 persen secara bulanan": a rate year on
// year is not one month to month. A passage naming both shares one with either.
TEST_F(ComparatorTest, RatesOfDifferentPeriodsAreNotCompared) {
  rules_.exclusive_groups = {{"mtm", "yoy", "ytd"}};
  for (auto [article, value, context] :
       {std::make_tuple("a", 2.28, std::vector<std::string>{"inflation", "september", "yoy"}),
        std::make_tuple("b", 0.19, std::vector<std::string>{"inflation", "mtm", "september"})}) {
    Fact& f = Count(article, value, "percent", context);
    f.kind = FactKind::kQuantity;
    f.dimension = f.unit = "percent";
  }
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.context = WordList(std::vector<std::string>{"inflation", "mtm", "september", "yoy"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.exclusive_groups.clear();
  facts_[1].measures.context = WordList(std::vector<std::string>{"inflation", "mtm", "september"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "figures released by officials on Monday evening" and "an official said on Tuesday":
// when a statement was made is no date of what happened, and meets only the same
// speaker's statement dates.
TEST_F(ComparatorTest, AStatementDateMeetsOnlyTheSameSpeakersStatementDates) {
  // (Both beside one figure, so as to be one happening.)
  Date("a", absl::CivilDay(2024, 3, 3), {"#41", "figures", "official", "released"});
  Fact& said = Date("b", absl::CivilDay(2024, 3, 4), {"#41", "figures", "official", "released"});
  said.measures.qualifier = std::string(kStatementDate);
  said.attributed_to = "Budiawan";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.qualifier = std::string(kStatementDate);
  facts_[0].attributed_to = "Sutopo";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].attributed_to = "Budiawan";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.qualifier = "";
  facts_[1].measures.qualifier = "";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // without the mechanism
}

// "Roughly 2,000 tonnes were still on board" and, a day later, "about 100 tons remained
// on board": a figure that stands for now (kInProgress) may be another the next day, so
// the later is an update; on one day, or with no such word, they contradict.
TEST_F(ComparatorTest, AFigureThatStandsForNowIsUpdatedOnAnotherDay) {
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Quantity("a", 2000000, "mass", "mass", {"board", "oil", std::string(kInProgress)});
  Quantity("b", 100000, "mass", "mass", {"board", "oil", std::string(kInProgress)});
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  EXPECT_THAT(fs[0].explanation, ::testing::Not(::testing::HasSubstr(std::string(kInProgress))));
  articles_[1].published = articles_[0].published;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  facts_[0].measures.context = facts_[1].measures.context = WordList({"board", "oil"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "In March 2011, a quake killed 16 people" beside an undated "41 dead" in a report of
// 2024: the dated figure is another event's, not an earlier count of this one.
TEST_F(ComparatorTest, AFigureDatedLongBeforeTheOtherReportIsAnotherEvent) {
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  Fact& old = Count("a", 16, "person", {"gempa"}, "death");
  old.time.present = old.time.resolved = true;
  old.time.grain = Grain::kMonth;
  old.time.from = CalendarDay(absl::CivilDay(2011, 3, 1));
  old.time.to = CalendarDay(absl::CivilDay(2011, 3, 31));
  Count("b", 41, "person", {"gempa"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  // Dated within the window of the other's report, it is the same event's count.
  facts_[0].time.from = CalendarDay(absl::CivilDay(2024, 3, 1));
  facts_[0].time.to = CalendarDay(absl::CivilDay(2024, 3, 3));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "a helicopter that crashed in Dunmore in June, killing six" against "killing at least 29
// people" on Sunday, July 4: a month before the other's day dates another event, not an
// earlier count of a running tally; two days a few apart are two counts of one.
TEST_F(ComparatorTest, AMonthBeforeTheOtherDayIsAnotherEvent) {
  articles_[0].published = articles_[1].published = absl::CivilDay(2021, 7, 5);
  Over(Count("a", 6, "person", {"crash", "killing"}, "death"), Grain::kMonth, absl::CivilDay(2021, 6, 1),
       absl::CivilDay(2021, 6, 30));
  OnDay(Count("b", 29, "person", {"crash", "killing"}, "death"), absl::CivilDay(2021, 7, 4));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  OnDay(facts_[0], absl::CivilDay(2021, 7, 2));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "lowering a death toll that had earlier been put at 31" beside 16 bodies recovered,
// against another outlet's 31 dead two days before: the later outlet gives the earlier
// figure as earlier, and its own supersedes it.
TEST_F(ComparatorTest, ALaterReportThatGivesTheFigureAsEarlierRevisesIt) {
  rules_.stateless_heads = {"person"};
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 31, "worker", {"tewas", "nduga"}, "death");
  Count("b", 16, "worker", {"tewas", "nduga"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  Count("b", 31, "person", {"tewas", "toll"}, "death").earlier = true;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  // An earlier figure of another state revises nothing.
  facts_[2].measures.qualifier = "injured";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "Forty-nine people have died ... Earlier on Sunday, health officials had put the toll
// at 49 as well" against another outlet's "we have confirmed 41 deaths" of the same day:
// an earlier figure its own article still gives is superseded by nothing, and the
// article's figure now meets the other's.
TEST_F(ComparatorTest, AnEarlierFigureItsArticleStillGivesRevisesNothing) {
  Count("a", 41, "person", {"confirm", "death"}, "death");
  Count("b", 49, "person", {"fire", "explod"}, "death");
  Count("b", 49, "person", {"confirm", "death", "official"}, "death").earlier = true;
  std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  SetValue(facts_[1], 45);  // b's figure now is another: its earlier 49 was superseded
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "updated");
}

// "hingga Kamis (30/6) pukul 08.00 WIB, sebanyak 232.374 wajib pajak telah mengikuti
// PPS" against the programme's final "247.918 wajib pajak" a day later: a figure as it
// stood at an until date runs, whatever it counts; a figure of an event does not.
TEST_F(ComparatorTest, AFigureAsItStoodUntilADayIsSupersededByALaterOne) {
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  Fact& then = Count("a", 232374, "taxpayer", {"ikut", "pps"});
  OnDay(then, absl::CivilDay(2024, 3, 4));
  Count("b", 247918, "taxpayer", {"ikut", "pps"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].rules.push_back(std::string(kCountedUntil));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
}

// "Gempa bermagnitudo 6,4" against "gempa magnitudo 6,3" a day later, when a third outlet
// writes "dari semula magnitudo 6,4 menjadi 6,3": the story reports the revision.
TEST_F(ComparatorTest, ARevisionAnotherOutletReportsIsAnUpdate) {
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  Quantity("a", 6.4, "magnitude", "magnitude", {"gempa", "mengguncang"});
  Quantity("b", 6.3, "magnitude", "magnitude", {"gempa", "mengguncang"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  articles_.push_back({"c", "c.txt", "Outlet C", "", "id", absl::CivilDay(2024, 3, 5)});
  Quantity("c", 6.4, "magnitude", "magnitude", {"gempa", "memutakhirkan"}).earlier = true;
  Fact& now = Count("c", 6.3, "", {"gempa"});
  now.kind = FactKind::kNumber;
  now.dimension = "";
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "updated");
  // A revision to another figure revises nothing of these two.
  facts_[3].value = 6.2;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "menewaskan 41 orang" against "menjadi 23 orang, turun dari angka 41 yang diumumkan
// sebelumnya": the figure, then the earlier one after it in its sentence (a bare number),
// are a revision the story reports, which supersedes the other outlet's 41.
TEST_F(ComparatorTest, AnEarlierFigureAfterItsRevisionIsARevisionToo) {
  Count("a", 41, "person", {"kereta", "tabrakan"}, "death");
  Count("b", 23, "person", {"kereta", "tabrakan"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  Fact& was = Count("b", 41, "", {"kereta", "tabrakan"});
  was.kind = FactKind::kNumber;
  was.dimension = was.unit = "";
  was.earlier = true;
  was.span = Span{facts_[1].span.end + 20, facts_[1].span.end + 22};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  was.value = was.high = was.surface_value = was.surface_high = 40;  // another figure
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "authorities in Harlan and Pellham evacuated 190,000 people" against "Harlan's authorities
// evacuated 108,000 people, and Pellham 82,000": the items of one sentence's breakdown add
// up to the other's total, whether the noun is written again ("268 tempat usaha di lantai
// basement, 120 tempat usaha di lantai dasar" against "389 tempat usaha") or left out. A
// figure a subset marker makes a part of the count ("82,000 in Dovecote alone") is no item.
TEST_F(ComparatorTest, TheItemsOfABreakdownAndTheirTotalAreCompatible) {
  Count("a", 190000, "person", {"authorities", "evacuated", "pellham"}, "evacuee");
  Count("b", 108000, "person", {"authorities", "evacuated", "pellham"}, "evacuee");
  Count("b", 82000, "", {"evacuated", "pellham"});
  facts_[2].kind = FactKind::kNumber;
  facts_[2].dimension = facts_[2].unit = "";
  auto write = [&](const std::string& text, const std::string& second, const std::string& second_end) {
    for (size_t i : {1, 2}) {
      facts_[i].sentence_text = text;
      facts_[i].sentence_span = Span{1000, static_cast<uint32_t>(1000 + text.size())};
    }
    facts_[1].span = Span{static_cast<uint32_t>(1000 + text.find("108,000")), static_cast<uint32_t>(1000 + text.find(", and"))};
    facts_[2].span = Span{static_cast<uint32_t>(1000 + text.find(second)), static_cast<uint32_t>(1000 + text.find(second_end))};
  };
  write("Harlan's authorities evacuated 108,000 people, and Pellham 82,000.", "82,000", ".");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("counts 108000, 82000 in one sentence, a breakdown: 190000 may be their total"));
  SetValue(facts_[2], 12000);  // 120,000 in all
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[2], 82000);
  write("Harlan's authorities evacuated 108,000 people, and 82,000 in Dovecote alone.", "82,000", " in ");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  rules_.subset_markers.Add("alone", true);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  facts_.clear();
  Count("a", 389, "tempat", {"blok", "terbakar", "usaha"});
  Count("b", 269, "tempat", {"basement", "blok", "usaha"});
  Count("b", 120, "tempat", {"blok", "dasar", "usaha"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetValue(facts_[2], 12);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");

  // "equivalent to 2 tonnes and 15 tonnes of TNT" against "17 tonnes in total": measures
  // of an additive dimension add up too; lengths do not.
  facts_.clear();
  Quantity("a", 17000, "mass", "mass", {"equivalent", "tnt", "total"});
  Quantity("b", 2000, "mass", "mass", {"equivalent", "tnt"});
  Quantity("b", 15000, "mass", "mass", {"equivalent", "tnt"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.additive_dimensions = {"mass"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");

  // "agreed to a 17-tonne settlement" against "agreed to pay 2 tonnes and guarantee 15
  // tonnes more, over its role in moving 60 tonnes": the item and the one right after
  // it add up, though all three do not; an item with neither neighbour does not.
  Quantity("b", 60000, "mass", "mass", {"equivalent", "tnt"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  SetValue(facts_[2], 25000);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "It is expected to cross the coast ... on the evening of June 15 with maximum sustained
// winds of 140-150km per hour" in a report of June 14, against the winds at landfall: a
// figure a date before it in its sentence puts after its report is a forecast or a plan,
// which what happened does not contradict; a date after the figure ("evacuated 62,000 and
// the rest will be moved by tomorrow") does not make it one.
TEST_F(ComparatorTest, AFigureDatedAfterItsReportIsAForecast) {
  articles_[0].published = absl::CivilDay(2023, 6, 14);
  articles_[1].published = absl::CivilDay(2023, 6, 16);
  next_ = 100;  // room for a date before the figure
  Fact& forecast = Quantity("a", 145, "speed", "wind", {"coast", "pellham", "wind"});
  OnDay(forecast, absl::CivilDay(2023, 6, 15));
  forecast.sentence_span = Span{50, 300};
  forecast.time.span = Span{forecast.span.begin - 3, forecast.span.begin - 1};
  OnDay(Quantity("b", 120, "speed", "wind", {"coast", "pellham", "wind"}), absl::CivilDay(2023, 6, 15));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  facts_[0].time.span = Span{facts_[0].span.end + 1, facts_[0].span.end + 3};  // the date after the figure
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].time.span = Span{facts_[0].span.begin - 3, facts_[0].span.begin - 1};
  articles_[0].published = absl::CivilDay(2023, 6, 15);  // the day itself: no forecast
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "22 orang meninggal, 15 orang hilang" against another outlet's "20 orang meninggal
// dunia, 15 orang hilang", when the 22 has met the other article's 13 and the 20 this
// article's 1 already: beside one same other figure, the two tell one statement and
// contradict; beside none, the 22 meets only its best partner.
TEST_F(ComparatorTest, TwoPassagesBesideOneOtherFigureTellOneStatement) {
  Count("a", 22, "person", {"#15", "banjir", "bpbd", "hilang", "lapor", "meninggal", "provinsi", "sebab"}, "death");
  Count("a", 1, "person", {"meninggal", "warga"}, "death");
  Count("b", 20, "person", {"#15", "data", "hilang", "keempat", "meninggal", "wilayah"}, "death");
  Count("b", 13, "person", {"hilang", "meninggal"}, "death");
  std::vector<Finding> fs = Run();
  EXPECT_NE(VerdictOf(fs, 0, 3), "");  // the 22's best partner
  EXPECT_EQ(VerdictOf(fs, 0, 2), "contradict");
  facts_[2].measures.context = WordList(std::vector<std::string>{"#16", "data", "hilang", "keempat", "meninggal", "wilayah"});
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
}

TEST_F(ComparatorTest, DeathTollFallingFarIsStillAContradiction) {
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 17, "person", {"longsor"}, "death");
  Count("b", 2, "person", {"longsor"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "3.410 penumpang" then, two days on, "3.140 penumpang": the same digits with two
// neighbours swapped are one figure mistyped, not a tally revised down; figures of
// another precision, or of two digits, are judged as before, and so is a figure a later
// report says has risen.
TEST_F(ComparatorTest, TransposedDigitsAreAMistypedFigure) {
  rules_.recounted = {"death"};
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  SetWritten(Count("a", 3410, "person", {"stadion"}, "death"), 3410, 1);
  SetWritten(Count("b", 3140, "person", {"stadion"}, "death"), 3140, 1);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_THAT(fs[0].explanation, ::testing::HasSubstr("two swapped"));
  SetWritten(facts_[1], 3150, 1);  // no transposition: a recount down
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  SetWritten(facts_[0], 3410, 10);  // "3,41 ribu": another precision
  SetWritten(facts_[1], 3140, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  SetWritten(facts_[0], 43, 1);  // two digits: too few to tell a typo
  SetWritten(facts_[1], 34, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  // "117" then, days on, "has risen to 171": a toll may have risen so; with no rise said,
  // or on the same day, it is a mistyped figure.
  SetWritten(facts_[0], 117, 1);
  SetWritten(facts_[1], 171, 1);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.update_markers.Add("risen", true);
  facts_[1].measures.context = WordList({"risen", "stadion"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  articles_[1].published = articles_[0].published;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "Sehari sebelumnya jumlah pengungsi masih sekitar 117 jiwa": a figure its own text
  // gives as an earlier count is superseded, no claim now to be mistyped.
  facts_[0].earlier = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[1].earlier = true;  // both the one earlier figure: one of them mistyped
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "9 awak dan 104 penumpang, jadi total 113 orang" against "9 awak dan 140 penumpang,
  // sehingga total 149 orang": digits each outlet's own sum backs are two counts, no typo.
  facts_.clear();
  SetWritten(Count("a", 104, "passenger", {"#113", "#9", "pesawat"}, "aboard"), 104, 1);
  SetWritten(Count("b", 140, "passenger", {"#149", "#9", "pesawat"}, "aboard"), 140, 1);
  EXPECT_THAT(ExplanationOf(Run(), 0, 1), ::testing::Not(::testing::HasSubstr("two swapped")));
  facts_[1].measures.context = WordList({"#150", "#9", "pesawat"});  // no sum of its own
  EXPECT_THAT(ExplanationOf(Run(), 0, 1), ::testing::HasSubstr("two swapped"));
  // "embusan hingga 235 km per jam" against "hingga 253 km per jam": two bounds of one kind,
  // overlapping, are one peak mistyped; digits not so swapped leave them compatible.
  facts_.clear();
  auto up_to = [](Fact& f, double v) {
    SetWritten(f, v, 1);
    f.bound = Bound::kAtMost;
    f.interval = Interval{0, v, false, false};
  };
  up_to(Quantity("a", 235, "km/h", "speed", {"angin", "embusan"}), 235);
  up_to(Quantity("b", 253, "km/h", "speed", {"angin", "embusan"}), 253);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  up_to(facts_[1], 250);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  // "roughly 470 miles" against "roughly 740 miles": two hedged figures whose three
  // digits are the same, two swapped, are one figure mistyped, though the hedges overlap.
  facts_.clear();
  auto about = [](Fact& f, double v) {
    SetWritten(f, v, 1);
    f.bound = Bound::kApprox;
    f.interval = Interval{v * 0.8, v * 1.2, false, false};
  };
  about(Quantity("a", 470, "mile", "length", {"drove", "miles"}), 470);
  about(Quantity("b", 740, "mile", "length", {"drove", "miles"}), 740);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  about(facts_[1], 480);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "Nearly 3,000 km of roads ... damaged" then, days later, "5,063km of roads": a measure
// of what a disaster has damaged so far is a running tally, when its dimension may be
// one; a storm's speed is not.
TEST_F(ComparatorTest, AMeasureOfDamageSoFarIsARunningTally) {
  articles_[1].published = absl::CivilDay(2024, 3, 8);
  Quantity("a", 3000000, "length", "length", {"damaged", "roads"});
  Quantity("b", 5063000, "length", "length", {"bridges", "roads"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.running_measure_keys = {"damaged"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // no dimension may run
  rules_.running_measure_dimensions = {"length"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "updated");
  facts_[0].measures.context = WordList(std::vector<absl::string_view>{"bridges", "roads"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");  // nothing says damaged
}

TEST_F(ComparatorTest, DeathTollRecountedDownInALaterReportIsAnUpdate) {
  rules_.recounted = {"death"};
  articles_[1].published = absl::CivilDay(2024, 3, 6);
  Count("a", 130, "person", {"stadion"}, "death");
  Count("b", 125, "person", {"stadion"}, "death");
  std::vector<Finding> findings = Run();
  EXPECT_EQ(VerdictOf(findings, 0, 1), "updated");
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_THAT(findings[0].explanation, ::testing::HasSubstr("revised down"));
  // People on board are no recounted tally: "56 passengers", a day later "50".
  rules_.running.insert("person");
  facts_[0].measures.qualifier = facts_[1].measures.qualifier = "";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // Reported the same day, the two counts of the dead still contradict.
  facts_[0].measures.qualifier = facts_[1].measures.qualifier = "death";
  articles_[1].published = articles_[0].published;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

TEST_F(ComparatorTest, ArticlesOfDifferentStoriesAreNeverCompared) {
  articles_[0].story = "bus-crash";
  articles_[1].story = "ferry-fire";
  Count("a", 23, "person", {"bus", "jurang"}, "death");
  Count("b", 32, "person", {"bus", "jurang"}, "death");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  articles_[1].story = "bus-crash";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  articles_[1].story = "";  // unknown: may be the same story
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Blocks are per story: a corpus of many stories, each small, is compared in full even
// when one key ("count|person", "bus") is shared by more facts than max_block.
TEST_F(ComparatorTest, ManyStoriesDoNotMakeOversizedBlocks) {
  rules_.max_block = 10;
  articles_.clear();
  facts_.reserve(64);
  for (int s = 0; s < 20; ++s) {
    for (int k = 0; k < 2; ++k) {
      const std::string id = absl::StrCat("s", s < 10 ? "0" : "", s, "_", k);
      articles_.push_back({id, id + ".txt", "Outlet " + id, "", "id", absl::CivilDay(2024, 3, 4)});
      articles_.back().story = absl::StrCat("story", s);
      Count(id, k == 0 ? 23 : 32, "person", {"bus", "jurang"}, "death");
    }
  }
  const std::vector<Finding> fs = Run();
  ASSERT_EQ(fs.size(), 20u);  // one contradiction per story, none across stories
  for (const Finding& f : fs) {
    EXPECT_EQ(f.verdict, Verdict::kContradict);
    EXPECT_EQ(f.a / 2, f.b / 2);
  }
}

// An age belongs to one person: "Sutrisno (45)" and "Sutrisno (47)" contradict each
// other, as do a name written whole and in part; "Sutrisno (45)" and "Hartono (47)", or
// two ages with no name, are never lined up.
TEST_F(ComparatorTest, AgesLineUpOnlyWhenTheyNameTheSamePerson) {
  rules_.identity_qualifier = {"age"};
  auto age = [&](const std::string& article, double years, const std::string& name) {
    Fact& f = Count(article, years, "age", {"korban", "tewas"}, name);
    f.kind = FactKind::kQuantity;
    f.dimension = "age";
    f.unit = "year";
    f.measures.entities = WordList{"sukamaju"};
  };
  age("a", 45, "sutrisno");
  age("b", 47, "sutrisno");
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // "Setelah sebelumnya menetapkan Sutrisno (45) sebagai tersangka": an age is never an
  // earlier figure since superseded.
  facts_[0].earlier = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].earlier = false;
  // "penumpang yang masih dicari yaitu Darsono (60)", a day later "Darsono (65)": an age
  // stands for no tally in progress.
  articles_[1].published = absl::CivilDay(2024, 3, 5);
  facts_[0].measures.context = WordList(std::vector<std::string>{std::string(kInProgress), "korban", "tewas"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.context = WordList(std::vector<std::string>{"korban", "tewas"});
  articles_[1].published = articles_[0].published;
  // "Darrell Quist, 50, ... who had been granted asylum in the 1990s": an age dated by
  // a period of its sentence is no total over it.
  Over(facts_[1], Grain::kYear, absl::CivilDay(1990, 1, 1), absl::CivilDay(1999, 12, 31));
  facts_[1].rules.push_back(std::string(kPeriodTotal));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].time = FactTime();
  facts_[1].rules = {"quantity.age"};
  // "Wulan Sari (16)" against "Wulan berusia 20 tahun": a name written in part.
  facts_[0].measures.qualifier = "sutrisno adi";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[0].measures.qualifier = "ipda sutrisno adi";
  facts_[1].measures.qualifier = "sutrisno adi";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.qualifier = "adi sutrisno";  // other words, or in another order
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.qualifier = "sutrisno";
  facts_[1].measures.qualifier = "hartono";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[0].measures.qualifier = "";
  facts_[1].measures.qualifier = "";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  // The verdict of the two ages named `a` and `b`.
  auto named = [&](const char* a, const char* b) {
    facts_[0].measures.qualifier = a;
    facts_[1].measures.qualifier = b;
    return VerdictOf(Run(), 0, 1);
  };
  // A role after the name ("Sopir bus, Sutrisno (45)": "sutrisno =driver") meets the
  // name alone and the role alone ("The 47-year-old driver": "=driver"), never another
  // holder of the role, nor another role's.
  EXPECT_EQ(named("sutrisno =driver", "sutrisno"), "contradict");
  EXPECT_EQ(named("sutrisno =driver", "=driver"), "contradict");
  EXPECT_EQ(named("sutrisno =driver", "hartono =driver"), "");
  EXPECT_EQ(named("sutrisno =driver", "=pilot"), "");
  // Two names with a role each are one person when the names are, whatever the roles
  // ("The pilot, Tan Wei-ming, 41," against "The captain, 42-year-old Tan Wei-ming").
  EXPECT_EQ(named("tan wei-ming =pilot", "tan wei-ming =captain"), "contradict");
  EXPECT_EQ(named("tan wei-ming =pilot", "lim kok-hua =captain"), "");
  // Initials of two or three letters ("RW (44)") meet the full name of as many words
  // they begin ("Rudi Wahyono (47)"), with or without a role; one letter only beside the
  // same role on both sides ("Sopir truk berinisial W (47)" against "Sopir truk, Wartono
  // (48)"); other words are no one's initials.
  // A rank or title before a name of two words or more may change between outlets
  // ("Bripda Yoga Adi" against "Anumerta Yoga Adi"); one word after it may not.
  EXPECT_EQ(named("bripda yoga adi", "anumerta yoga adi"), "contradict");
  EXPECT_EQ(named("bripda yoga", "anumerta yoga"), "");
  EXPECT_EQ(named("bripda yoga adi", "anumerta yoga santoso"), "");
  EXPECT_EQ(named("rw", "rudi wahyono =driver"), "contradict");
  EXPECT_EQ(named("rw", "rudi budi wahyono"), "");
  EXPECT_EQ(named("rw", "ahmad santoso"), "");
  EXPECT_EQ(named("r", "rudi"), "");
  EXPECT_EQ(named("r =driver", "rudi =driver"), "contradict");
  EXPECT_EQ(named("r =driver", "rudi =pilot"), "");
  EXPECT_EQ(named("r =driver", "budi =driver"), "");
  facts_[0].measures.qualifier = "";
  facts_[1].measures.qualifier = "";
  rules_.identity_qualifier.clear();  // without the rule, two unnamed ages meet
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// A thing's age ("the 44-year-old submarine", "Kapal berusia 43 tahun": qualifier
// "=vessel") lines up by its name alone, whatever other words the two passages have, and
// is as of its report, whatever year its sentence names ("built in 1977"); an age written
// months later may have grown by a year for each year between, and no more.
TEST_F(ComparatorTest, AnAgeLinesUpByItsNameAndGrowsWithTheYearsBetween) {
  rules_.identity_qualifier = {"age"};
  auto age = [&](const std::string& article, double years, std::vector<std::string> words) -> Fact& {
    Fact& f = Count(article, years, "age", std::move(words), "=vessel");
    f.kind = FactKind::kQuantity;
    f.dimension = "age";
    f.unit = "year";
    return f;
  };
  age("a", 43, {"peremaja", "treated"});
  Over(age("b", 44, {"built", "submarin"}), Grain::kYear, absl::CivilDay(1977, 1, 1), absl::CivilDay(1977, 12, 31));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.qualifier = "=aircraft";  // two things
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.qualifier = "=vessel";
  // 591 days on: up to two years older, not three, and not younger.
  articles_[1].published = *articles_[0].published + 591;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
  facts_[1].value = facts_[1].high = 46;
  facts_[1].interval = Interval::Point(46);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].value = facts_[1].high = 42;
  facts_[1].interval = Interval::Point(42);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A day apart, each age dated by its own sentence's day (a death, a burial): one claim.
  articles_[1].published = *articles_[0].published + 1;
  OnDay(facts_[0], absl::CivilDay(2024, 3, 2));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // A day on, a word that marks an update or a fall is no age grown or shrunk.
  rules_.update_markers.Add("updat", true);
  rules_.fall_markers.Add("updat", true);
  facts_[1].measures.context = WordList({"built", "submarin", "updat"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  std::swap(facts_[0].value, facts_[1].value);
  std::swap(facts_[0].high, facts_[1].high);
  std::swap(facts_[0].interval, facts_[1].interval);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// A date that is a property of a thing (timeless_heads: when a bridge was built or
// reopened) names one happening: two outlets' dates of it days or years apart are one
// misdated, not two happenings of the story.
TEST_F(ComparatorTest, TwoDatesOfAThingsOneHappeningContradict) {
  Date("a", absl::CivilDay(2022, 10, 26), {"bridge", "reopen"}).measures.head = "reopened";
  Date("b", absl::CivilDay(2022, 10, 24), {"bridge", "reopen"}).measures.head = "reopened";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "different_event");
  rules_.timeless_heads = {"reopened"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].date_from = facts_[1].date_to = CalendarDay(absl::CivilDay(2021, 10, 24));  // a year on
  facts_[1].value = facts_[1].high = static_cast<double>(facts_[1].date_from.days());
  facts_[1].interval = Interval::Point(facts_[1].value);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  // ("direnovasi pada 2013 dengan anggaran sekitar Rp 250 juta": a sum in its sentence
  // makes the year no period over which it was spent.)
  facts_[1].rules.push_back(std::string(kPeriodTotal));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  rules_.timeless_heads.clear();
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// "a seven-storey building" in a sentence of the fire's Thursday against "an eight-storey
// building" in one of Saturday's arrests, reported a day later: a property of a thing
// (timeless_heads) is dated by no happening and runs no tally, so the two contradict.
TEST_F(ComparatorTest, TwoCountsOfAThingsPropertyContradictWhateverTheirDays) {
  rules_.running.insert("floor");
  articles_[0].published = absl::CivilDay(2024, 3, 1);
  articles_[1].published = absl::CivilDay(2024, 3, 2);
  OnDay(Count("a", 7, "floor", {"building", "fire"}), absl::CivilDay(2024, 2, 29));
  OnDay(Count("b", 8, "floor", {"building", "fire"}), absl::CivilDay(2024, 3, 2));
  const std::string without = VerdictOf(Run(), 0, 1);
  EXPECT_NE(without, "contradict");
  rules_.timeless_heads = {"floor"};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "sejak 1 Januari hingga 14 Januari 2024" against "1 hingga 7 Januari 2024": two ranges
// of days written with both ends are exact periods, and sharing an end, one period with
// its other end misreported; a span read from words ("early January") is no such period.
TEST_F(ComparatorTest, TwoWrittenRangesOfDaysSharingAnEndContradict) {
  auto range = [&](const std::string& article, absl::CivilDay from, absl::CivilDay to) -> Fact& {
    Fact& f = Date(article, from, {"darurat", "status", "tanggap"});
    f.kind = FactKind::kDateRange;
    f.date_to = CalendarDay(to);
    f.high = static_cast<double>(f.date_to.days());
    f.bound = Bound::kRange;
    f.interval = Interval::FromBound(Bound::kRange, f.value, f.high);
    f.rules = {"date.mention", "date.range"};
    return f;
  };
  range("a", absl::CivilDay(2024, 1, 1), absl::CivilDay(2024, 1, 14));
  range("b", absl::CivilDay(2024, 1, 1), absl::CivilDay(2024, 1, 7));
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].rules = {"date.mention", "date.year_part"};  // a span read from words, not written ends
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "US$25 billion of new long-term debt" against "$31 billion of new long-term debt": with
// the bare dollar compared as the US dollar (currency_aliases) the two sums meet.
TEST_F(ComparatorTest, ABareDollarMeetsTheUsDollarItIsAnAliasOf) {
  Money("a", 25e9, 25, {"debt", "long-term", "pfizer"}).unit = "USD";
  Money("b", 31e9, 31, {"debt", "long-term", "pfizer"}).unit = "$";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  rules_.currency_aliases = {{"$", "USD"}};
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].unit = "AUD";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// A check keeps its facts in a temporary file and compares one story at a time: the
// findings, their order and their indices must be those of comparing all in memory,
// whether every article names its story or one does not (then all are compared).
// In a corpus of Indonesian and English stories, each story is compared with its own
// language's rules ("suara" is anchored in Indonesian, "votes" in English), and a story
// told in both with the words of both.
TEST_F(ComparatorTest, EachStoryIsComparedWithItsLanguagesRules) {
  CompareRules id_rules = rules_, en_rules = rules_;
  id_rules.anchored_heads = {"suara"};
  en_rules.anchored_heads = {"votes"};
  articles_[0].story = articles_[1].story = "pilkada";
  Count("a", 225458, "suara", {"meraih", "suara"});
  Count("b", 342580, "suara", {"meraih", "suara"});
  FactList list;
  list.AddBlock({facts_[0]});
  list.AddBlock({facts_[1]});
  const absl::flat_hash_map<std::string, CompareRules> by_lang = {{"id", id_rules}, {"en", en_rules}};
  EXPECT_TRUE(CompareByStory(articles_, list, by_lang, en_rules).empty());
  EXPECT_EQ(CompareByStory(articles_, list, {}, en_rules).size(), 1u);  // all with English rules
  articles_[1].lang = "en";  // one story in both languages: both packs' words
  EXPECT_TRUE(CompareByStory(articles_, list, by_lang, en_rules).empty());
}

TEST_F(ComparatorTest, ComparingStoryByStoryFromASpillGivesTheSameFindings) {
  for (bool one_unnamed : {false, true}) {
    SCOPED_TRACE(one_unnamed);
    articles_.clear();
    facts_.clear();
    facts_.reserve(64);
    for (int s = 0; s < 5; ++s) {
      for (int k = 0; k < 3; ++k) {
        const std::string id = absl::StrCat("s", s, "_", k);
        articles_.push_back({id, id + ".txt", "Outlet", "", "id", absl::CivilDay(2024, 3, 4 + k)});
        articles_.back().story = absl::StrCat("story", s % 3);  // stories of 3, 6 and 6
        Count(id, 20 + (s + k) % 3, "person", {"bus", "jurang"}, "death");
        Count(id, 100, "house", {"banjir", "rendam"});
        Money(id, 5e9 + k * 1e9, 5 + k, {"rugi"});
      }
    }
    if (one_unnamed) articles_[4].story.clear();
    const std::vector<Finding> expected = Run();
    ASSERT_FALSE(expected.empty());

    absl::StatusOr<std::shared_ptr<SpillFile>> spill = SpillFile::Create();
    ASSERT_TRUE(spill.ok());
    FactList spilled;
    for (size_t i = 0; i < facts_.size(); i += 3) {  // each article's three facts
      std::vector<Fact> block(facts_.begin() + i, facts_.begin() + i + 3);
      absl::StatusOr<SpillFile::Extent> e = (*spill)->Append(block);
      ASSERT_TRUE(e.ok());
      ASSERT_TRUE((*spill)->Flush().ok());
      spilled.AddSpilledBlock(*spill, *e, block[0].article);
    }
    const std::vector<Finding> got = CompareByStory(articles_, spilled, rules_);
    ASSERT_EQ(got.size(), expected.size());
    for (size_t i = 0; i < got.size(); ++i) {
      SCOPED_TRACE(i);
      EXPECT_EQ(got[i].id, expected[i].id);
      EXPECT_EQ(got[i].verdict, expected[i].verdict);
      EXPECT_EQ(got[i].a, expected[i].a);
      EXPECT_EQ(got[i].b, expected[i].b);
      EXPECT_EQ(got[i].a_copies, expected[i].a_copies);
      EXPECT_EQ(got[i].explanation, expected[i].explanation);
    }
  }
}

TEST_F(ComparatorTest, FindingIdsDoNotDependOnOrder) {
  Fact a;
  a.article = "a";
  a.text = "23 penumpang";
  a.span = Span{10, 22};
  Fact b = a;
  b.article = "b";
  EXPECT_EQ(FindingId(a, b), FindingId(b, a));
  b.text = "32 penumpang";
  EXPECT_NE(FindingId(a, b), FindingId(a, a));
}

// "menambah dua ekskavator" is an increase: never lined up with a total, but with
// another increase.
TEST_F(ComparatorTest, AnIncreaseMeetsOnlyIncreases) {
  Count("a", 4, "equipment", {"rescuer", "cari"});
  Count("b", 2, "equipment", {"rescuer", "cari"}).delta = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_.clear();
  Count("a", 3, "equipment", {"rescuer", "cari"}).delta = true;
  Count("b", 2, "equipment", {"rescuer", "cari"}).delta = true;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Pairs are taken best first, one per fact and other article. b's demand (10) resembles
// a's verdict (7) more than a's demand (9), but a's verdict has its own partner (8): the
// two demands are still lined up. Strictly mutual best matches left them unmatched.
TEST_F(ComparatorTest, AFactWhoseBestPartnerIsTakenMeetsItsNextBest) {
  Count("a", 7, "sentence", {"hakim", "penjara", "vonis", "xa"});         // 0
  Count("a", 9, "sentence", {"jaksa", "tuntut", "ya", "yb"});             // 1
  Count("b", 8, "sentence", {"hakim", "penjara", "vonis", "xa"});         // 2
  Count("b", 10, "sentence", {"hakim", "jaksa", "penjara", "tuntut", "vonis"});  // 3
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 2), "contradict");
  EXPECT_EQ(VerdictOf(fs, 1, 3), "contradict");
  EXPECT_EQ(VerdictOf(fs, 0, 3), "");
  EXPECT_EQ(fs.size(), 2u);
}

// Two sums of one concept head ("gratifikasi senilai Rp 12,07 miliar" against "menerima
// gratifikasi Rp 120,7 miliar") say what they are of, though every other word they share
// each article also writes beside its other sums; two sums with no concept head need a
// word of their own.
TEST_F(ComparatorTest, SumsOfOneConceptHeadMeetWithoutAnOwnWord) {
  auto sum = [&](const std::string& article, double value, const std::string& head) {
    Money(article, value, value, {"bukti", "hakim", "warsito"}).measures.head = head;
  };
  sum("a", 12.07e9, "gratuity");
  sum("a", 6e9, "bribe");
  sum("b", 120.7e9, "gratuity");
  sum("b", 6e9, "bribe");
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "contradict");
  for (Fact& f : facts_) f.measures.head = "money";
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");
}

// A named person's age is his whatever his sentence tells of: a concept of
// exclusive_context beside one of two ages keeps them apart no more than a name does.
TEST_F(ComparatorTest, AnAgeMeetsAnotherWhateverExclusiveWordsStandBesideIt) {
  rules_.identity_qualifier = {"age"};
  rules_.exclusive_context = {"indictment"};
  auto age = [&](const std::string& article, double years, std::vector<std::string> context) {
    Fact& f = Count(article, years, "age", std::move(context), "larasati");
    f.kind = FactKind::kQuantity;
    f.dimension = "age";
    f.unit = "year";
  };
  age("a", 48, {"master", "station"});
  age("b", 45, {"indictment", "master", "station"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// Items of two breakdowns of one total ("Fourteen women and 9 men were killed" against
// a day later's "The dead, 13 women and 10 men") contradict, though the dead are a
// running tally; items of two totals, the later the larger, are an update.
TEST_F(ComparatorTest, ItemsOfBreakdownsOfOneTotalContradict) {
  rules_.item_joiners = {"and"};
  rules_.running.insert("death");
  articles_[1].published = *articles_[0].published + 1;
  auto item = [&](const std::string& article, double value, const std::string& head, absl::string_view sentence,
                  absl::string_view figure, uint32_t index) {
    Fact& f = Count(article, value, head, {"killed"}, "death");
    WrittenIn(f, sentence, figure);
    f.sentence = index;
  };
  constexpr absl::string_view kA = "Fourteen women and 9 men were killed.";
  constexpr absl::string_view kB = "The dead, 13 women and 10 men, were all tourists.";
  item("a", 14, "woman", kA, "Fourteen women", 1);
  item("a", 9, "man", kA, "9 men", 1);
  item("b", 13, "woman", kB, "13 women", 1);
  item("b", 10, "man", kB, "10 men", 1);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 3), "contradict");
  EXPECT_THAT(ExplanationOf(fs, 1, 3), ::testing::HasSubstr("both break one total of 23 down"));
  // The earlier of two totals (22, then 23): the later breakdown supersedes it.
  facts_[0].value = facts_[0].high = facts_[0].surface_value = facts_[0].surface_high = 13;
  facts_[0].interval = Interval::Point(13);
  fs = Run();
  EXPECT_EQ(VerdictOf(fs, 1, 3), "updated");
  EXPECT_THAT(ExplanationOf(fs, 1, 3), ::testing::HasSubstr("parts of two totals, 22 then 23"));
  // Not joined ("Fourteen women died; later 9 men"): no breakdown, a running tally.
  facts_[0].value = facts_[0].high = facts_[0].surface_value = facts_[0].surface_high = 14;
  facts_[0].interval = Interval::Point(14);
  WrittenIn(facts_[0], "Fourteen women died, then 9 men were killed.", "Fourteen women");
  WrittenIn(facts_[1], "Fourteen women died, then 9 men were killed.", "9 men");
  EXPECT_EQ(VerdictOf(Run(), 1, 3), "updated");
}

// The same digits, two swapped, are one figure mistyped: three digits or more line two
// sums up with no word of their own ("surplus US$2,76 miliar" against "surplus US$2,67
// miliar", both beside the article's other surpluses), four or more two figures with no
// word in common ("142,385 employees" against "124,385 employees").
TEST_F(ComparatorTest, LongDigitsSwappedLineUpAsOneFigure) {
  auto sum = [&](const std::string& article, double value, std::vector<std::string> context) {
    Fact& f = Money(article, value, value / 1e9, std::move(context));
    f.precision = 1e7;
  };
  sum("a", 2.67e9, {"surplus", "trade"});
  sum("a", 41.2e9, {"surplus", "trade"});
  sum("b", 2.76e9, {"surplus", "trade"});
  sum("b", 41.2e9, {"surplus", "trade"});
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "contradict");
  facts_[2].value = facts_[2].high = 2.75e9;  // no digits swapped: no word of their own
  facts_[2].interval = Interval::Point(2.75e9);
  EXPECT_EQ(VerdictOf(Run(), 0, 2), "");

  facts_.clear();
  Count("a", 142385, "worker", {"calder", "end"}).precision = 1;
  Count("b", 124385, "worker", {"company", "quarter"}).precision = 1;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 124395);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");

  // A swap that moves a zero to the end ("Rp 20.700" against "Rp 27.000", 207 and 270)
  // is three digits: two prices that share no word stay apart; "Rp 12.450" and
  // "Rp 14.250" swap no zero and are five.
  facts_.clear();
  Money("a", 20700, 20700, {"dex", "liter"}).precision = 1;
  Money("b", 27000, 27000, {"dolar", "rupiah"}).precision = 1;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  SetValue(facts_[0], 12450);
  SetValue(facts_[1], 14250);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// A sum of a concept paid per a period by nature (periodic_concepts: a minimum wage, per
// month) written with no period is that rate: "UMP Provinsi Lembah 2020 sebesar Rp3.512.870"
// against "UMP tertinggi, yakni Rp3.521.870 per bulan" is one wage mistyped. A sum of no
// such concept stays apart from a rate, and so does a rate of another period.
TEST_F(ComparatorTest, ASumPaidPerPeriodByNatureMeetsItsRate) {
  rules_.periodic_concepts = {{"minimum_wage", "month"}};
  Money("a", 3512870, 3512870, {"lembah", "minimum_wage", "tetap"}).precision = 1;
  Money("b", 3521870, 3521870, {"lembah", "minimum_wage", "tinggi"}).precision = 1;
  facts_[1].measures.qualifier = "per month";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  facts_[1].measures.qualifier = "per year";
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
  facts_[1].measures.qualifier = "per month";
  facts_[0].measures.context = WordList(std::vector<std::string>{"gaji", "lembah", "tetap"});
  facts_[1].measures.context = WordList(std::vector<std::string>{"gaji", "lembah", "tinggi"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// A count of one group of a noun's people ("86 penumpang dewasa", "@%adult") may be among
// a count of them all no smaller ("89 penumpang"); a larger one contradicts it, and a
// count of another group ("@%child") is never lined up with it.
TEST_F(ComparatorTest, ACountOfOneGroupMayBeAmongACountOfAll) {
  Count("a", 89, "passenger", {"aboard", "kapal"}, "aboard");
  Count("b", 86, "passenger", {"@%adult", "aboard", "kapal"}, "aboard");
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(ExplanationOf(fs, 0, 1), ::testing::HasSubstr("counts only the adult among"));
  SetValue(facts_[1], 91);
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
  SetValue(facts_[1], 86);
  facts_[0].measures.context = WordList(std::vector<std::string>{"@%child", "aboard", "kapal"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");
}

// A date whose weekday is not its own ("Minggu (15/6/2024)", a Saturday: "@!0") against
// another report's date a day away that is that weekday ("Minggu (1/12/2024)"): one
// happening, its date mistyped, whatever words stand beside them.
TEST_F(ComparatorTest, AWeekdayThatNamesTheOtherDateIsOneHappeningMisdated) {
  Date("a", absl::CivilDay(2024, 6, 16), {"bola", "sepak", "stadion"}).measures.head = "";
  Fact& c = Date("b", absl::CivilDay(2024, 6, 15), {"@!0", "bola", "sepak", "stadion"});
  c.measures.head = "";
  c.rules.push_back(std::string(kWeekdayMismatch));
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(ExplanationOf(fs, 0, 1), ::testing::HasSubstr("the weekday one writes is the other's date"));
  facts_[1].measures.context = WordList(std::vector<std::string>{"@!6", "bola", "sepak", "stadion"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "");  // Saturday written: it names its own day, not a's
  // Two words for one happening beside them and little else in common: the weekday still
  // says which day both mean.
  facts_[0].measures.head = "mengeksekusi";
  facts_[0].measures.context = WordList(std::vector<std::string>{"mengeksekusi", "pemerintah", "sukamaju", "tki"});
  facts_[1].measures.head = "dieksekusi";
  facts_[1].measures.context = WordList(std::vector<std::string>{"@!0", "dieksekusi", "perwakilan", "sukamaju", "tanpa"});
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "contradict");
}

// "derailed at about 9:21 a.m." against "at about 9:12 a.m.": one hour with the digits of
// its minutes swapped is one time mistyped, however near (9:21 and 9:17 are one moment).
TEST_F(ComparatorTest, MinutesWithTheirDigitsSwappedAreOneTimeMistyped) {
  auto at = [](Fact& f, int clock) {
    f.time.clock = static_cast<int16_t>(clock);
    f.time.grain = Grain::kMinute;
    f.measures.head = "derailed";
  };
  at(Date("a", absl::CivilDay(2017, 12, 18), {"derailed", "train"}), 9 * 60 + 21);
  at(Date("b", absl::CivilDay(2017, 12, 18), {"derailed", "train"}), 9 * 60 + 12);
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "contradict");
  EXPECT_THAT(ExplanationOf(fs, 0, 1), ::testing::HasSubstr("the same digits of the minutes swapped"));
  facts_[1].time.clock = 9 * 60 + 17;
  EXPECT_EQ(VerdictOf(Run(), 0, 1), "compatible");
}

// "62 dari 65 orang di dalam pesawat": a part its own words give as one of a whole
// written beside it ("#65") is among another outlet's count of that whole.
TEST_F(ComparatorTest, APartOfAWholeWrittenBesideItIsAmongThatWhole) {
  Count("a", 65, "person", {"aboard", "membawa"}, "aboard");
  Fact& part = Count("b", 62, "person", {"#65", "aboard", "membawa"}, "aboard");
  part.part = true;
  std::vector<Finding> fs = Run();
  EXPECT_EQ(VerdictOf(fs, 0, 1), "compatible");
  EXPECT_THAT(ExplanationOf(fs, 0, 1), ::testing::HasSubstr("as a part: 65 may be the whole"));
  facts_[1].measures.context = WordList(std::vector<std::string>{"#200", "aboard", "membawa"});
  EXPECT_NE(VerdictOf(Run(), 0, 1), "compatible");
}

}  // namespace
}  // namespace claimcheck
