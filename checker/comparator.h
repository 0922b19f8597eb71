// Lines up facts from different articles that describe the same quantity and judges them.
//
// Blocking: every comparable fact is filed under keys made of its dimension, its head
// concept and each of its distinctive features (named-entity words, content words);
// candidate pairs come only from shared blocks, and blocks that grow past a limit (a
// feature every article shares) are not used, so cost follows the number of facts, not
// its square. Each candidate pair gets a similarity from what the two facts measure
// (head, qualifier, clause context, entities) and keeps its parts for the explanation;
// each fact is matched with at most one fact per other article (pairs taken best
// first), so one story does not flood the report. Verdicts use interval semantics with the rule pack's
// tolerances, time frames (event dates, else publication dates), running tallies and
// attribution.
//
//   std::vector<Finding> findings = CompareFacts(articles, facts, rules);
//
// Deterministic: the result does not depend on input order. Thread-compatible.
#ifndef CLAIMCHECK_CHECKER_COMPARATOR_H_
#define CLAIMCHECK_CHECKER_COMPARATOR_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "checker/stemmer.h"
#include "absl/status/statusor.h"
#include "absl/time/civil_time.h"
#include "absl/types/optional.h"
#include "checker/fact.h"
#include "checker/fact_list.h"
#include "checker/lexicon.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

enum class Verdict : uint8_t {
  kAgree,
  kCompatible,
  kContradict,
  kDifferentEvent,
  kAttributedDisagreement,
  kUpdated,
};
absl::string_view VerdictName(Verdict v);

// What the comparator needs to know of an article.
struct ArticleMeta {
  std::string id;
  std::string path;
  std::string outlet;
  std::string url;
  std::string lang;
  absl::optional<absl::CivilDay> published;
  // The story the article belongs to, when its metadata says: facts of articles in two
  // different stories are never compared. Empty: any story.
  std::string story;
};

// tolerances.json: how far apart two readings of one quantity may be and still agree.
struct Tolerance {
  double approx_relative = 0.1;
  double exact_relative = 0.005;
  double exact_absolute = 0;
  // An exact figure may be rounded to its last written digit: widened by this share of
  // one in that digit (Fact::precision), but at most rounding_max_relative of its value.
  double rounding = 0;
  double rounding_max_relative = 0;
  // A count or sum written to fewer digits than another's ("25,38 juta suara" against
  // 25.387.279) may have been cut short rather than rounded: its upper side is widened by
  // this share of one in its last digit (within rounding_max_relative).
  double truncation = 0;
  // A whole figure ending in zeros ("a 900km network") may be rounded to its last digit
  // that is no zero: widened by this share of one in that digit, within
  // rounding_max_relative. 0: its zeros are digits like any other.
  double trailing_zeros = 0;
};

// rules/<lang>/compare.json, plus the tolerances of tolerances.json.
struct CompareRules {
  absl::flat_hash_set<std::string> running;  // concepts that are running tallies
  // Whether a fact's head or state is a running tally.
  // A figure whose clause says it stands so far or for now (kInProgress among its
  // context words) runs either way too.
  bool Running(const Measures& m) const { return RunningTally(m) || InProgress(m); }
  // Whether its head or state is a running tally (not only its clause's words).
  bool RunningTally(const Measures& m) const {
    if (fixed_states.contains(m.qualifier.str())) return false;
    return running.contains(m.head.str()) || running.contains(m.qualifier.str());
  }
  // States whose counts are no running tally, whatever their head: people on board and a
  // capacity ("carrying 92 people" against "carrying 96 people" a day later contradict).
  absl::flat_hash_set<std::string> fixed_states;
  // compare.json item_joiners: words that, alone between two counts of one state in one
  // sentence (commas aside), join them as items of one breakdown ("Fourteen women and 9
  // men were killed": a breakdown of 23 dead).
  absl::flat_hash_set<std::string> item_joiners;
  static bool InProgress(const Measures& m) {
    return std::binary_search(m.context.begin(), m.context.end(), kInProgress);
  }
  // Tallies that also fall as reports come in (the missing are found, evacuees go home).
  absl::flat_hash_set<std::string> running_either_way;
  // Running tallies that are recounted, so that a later report's lower figure may be a
  // revision (the dead, the injured, damaged houses); not people on board, whom nothing
  // recounts ("56 passengers" against a day later's "50 passengers" contradicts).
  absl::flat_hash_set<std::string> recounted;
  // Each marker's value: whether it marks an update of any figure (true), or only of a
  // running tally (false: compare.json weak_update_markers, 'reached', 'mencapai':
  // "kerugian negara mencapai Rp4,61 triliun" is no state loss risen since another's).
  Lexicon<bool> update_markers;
  // compare.json fall_markers: words that say a figure has fallen or stands now ('dam
  // levels had fallen to 26.3%', 'are now at 25.5%'): a later report's lower figure so
  // marked supersedes an earlier one, for figures no running tally (whose falls
  // revised_down_ratio judges).
  Lexicon<bool> fall_markers;
  // compare.json lowered_markers: words right before a running tally's figure that say
  // it was revised down ('Ministry lowers train crash death toll to 19', 'jumlah korban
  // diturunkan menjadi 19'): a later report's lower figure so marked supersedes an
  // earlier report's (updated), however far it fell (revised_down_ratio judges a fall
  // no word explains).
  Lexicon<bool> lowered_markers;
  // compare.json so_far_markers: words that give a running tally as standing so far ('We
  // have so far recovered 30 bodies'): another report's higher count of the same day may
  // be a later one, an update, not a contradiction.
  Lexicon<bool> so_far_markers;
  // compare.json set_span_markers: words that give a duration as a period set in advance
  // ('declared three days of national mourning', 'menetapkan status tanggap darurat
  // selama 14 hari'): it never runs on between two reports.
  Lexicon<bool> set_span_markers;
  // compare.json subset_markers: words between a count and another figure of its sentence,
  // or in the clause right after that figure, that make the figure a subset of the count
  // ('with 5,000 in the Dovecote region alone', 'termasuk 12 anak'), not another item of a
  // breakdown whose sum another outlet's total may be.
  Lexicon<bool> subset_markers;
  // Words right before a count that give it as the whole ("saved all 12 boys", "seluruh 34
  // penumpang"): a smaller count of the same thing may be a part of it.
  Lexicon<bool> whole_markers;
  // Heads that, counted with no state ("103 orang", "at least 700 people"), say how many
  // but not which: two such counts that differ make no finding.
  absl::flat_hash_set<std::string> stateless_heads;
  // Dimensions whose facts belong to one named individual (an age): two are lined up
  // only when their qualifiers (the name) are the same.
  absl::flat_hash_set<std::string> identity_qualifier;
  // Concepts of figures said of a named person (a prison term, a prosecutors' demand):
  // two such figures whose own words name persons, none the same, are two people's.
  std::vector<std::string> personal_concepts;
  // Concepts that give such a figure as each of several people's ("masing-masing empat
  // tahun"): it never meets one said of a person without them.
  std::vector<std::string> several_persons;
  // Qualifiers of a term tied to the figure beside it ("denda Rp500 juta subsider 6 bulan
  // kurungan": the months stand in for that sum): two such facts, each beside figures,
  // none the same, are terms of two sums.
  std::vector<std::string> figure_tied_qualifiers;
  // Concepts that, among the words of one of two facts with no concept head and not the
  // other's, say they measure different things ("aftershock").
  std::vector<std::string> exclusive_context;
  // compare.json revision_concepts: concepts among the words of one of two facts and not
  // the other's that give it as a revised figure ("berdasarkan hasil pemutakhiran, pusat
  // gempa terletak pada jarak 61 km" against another outlet's "sekitar 55 km"): it
  // supersedes the other (updated), whichever was reported first.
  std::vector<std::string> revision_concepts;
  // compare.json readings: concepts among both measures' words that make them readings of
  // a measure that changes by the hour ("tinggi kolom abu sekitar 2.000 meter" and "2.500
  // meter" the same day): two readings not said to be of one moment may both be right.
  std::vector<std::string> readings;
  // compare.json daily_readings: the same for a measure that changes by the day (a flood's
  // water level): readings of two days may both be right, two of one day disagree.
  std::vector<std::string> daily_readings;
  // Groups of concepts of which two such facts naming different members, and none in
  // common, measure different things (year on year, month to month).
  std::vector<std::vector<std::string>> exclusive_groups;
  // A concept -> the broader concept it is a kind of, whose counts in one state count the
  // same ones ("suspect" -> "person": the arrested suspects are the people arrested).
  absl::flat_hash_map<std::string, std::string> kinds;
  // A currency -> the one its sums are compared as ("$" -> "USD": "US$8 juta" against
  // "$8 million").
  absl::flat_hash_map<std::string, std::string> currency_aliases;
  // The currency a sum of `unit` is compared as.
  absl::string_view CurrencyOf(absl::string_view unit) const {
    const auto it = currency_aliases.find(unit);
    return it == currency_aliases.end() ? unit : absl::string_view(it->second);
  }
  // A concept -> the period its sums are paid per by nature ("minimum_wage" -> "month"): a
  // sum beside it written with no period is that rate, and meets one written per that
  // period ("UMP Provinsi Lembah 2020 sebesar Rp3.512.870" against "UMP tertinggi, yakni
  // Rp3.521.870 per bulan").
  absl::flat_hash_map<std::string, std::string> periodic_concepts;
  // The state a count of a head is in when it names none: passengers and crew are on board
  // ("bus membawa 48 penumpang" against "bus dengan 48 penumpang").
  absl::flat_hash_map<std::string, std::string> implied_states;
  // A state -> the broader state it is a kind of ("injured_lightly" -> "injured"): counts
  // of the two in one thing line up, and the narrower is among the broader.
  absl::flat_hash_map<std::string, std::string> state_kinds;
  // Heads of measures ("radius", "depth") that meet a measure with no head only when that
  // one's words name the head too.
  absl::flat_hash_set<std::string> strict_heads;
  // Event words of any happening ("terjadi", "struck"): a date beside one is of the
  // happening its clause names, so it meets another's date of that happening's own word
  // ("Longsor terjadi ... pukul 20.00" against "longsor pada ... pukul 21.00").
  absl::flat_hash_set<std::string> generic_event_heads;
  // Words that, extending a place's name, name another place within or beside it
  // ("sumatera barat" is no "sumatera" cut short): compare.json place_divisions.
  absl::flat_hash_set<std::string> place_divisions;
  // Heads of figures that are properties of a thing, not of a happening (a building's
  // floors, a stadium's capacity): reports far apart still report one figure, so the
  // event window does not part them.
  absl::flat_hash_set<std::string> timeless_heads;
  // Happenings a story holds once (compare.json one_off_events: a jury's conviction, a
  // court's sentence): two of its dates a day apart are one misdated, not two.
  absl::flat_hash_set<std::string> one_off_events;
  // What happens once to one person (a death): two dates of it whose sentences name one
  // (a word both write capitalised among both facts' words) are one happening misdated,
  // a day or hours apart.
  absl::flat_hash_set<std::string> named_one_off_events;
  // Dimensions whose measures add up as counts do (masses, areas, volumes, sums of money):
  // several of one thing in one sentence are a breakdown, and another outlet's larger
  // figure their sum allows is its total.
  absl::flat_hash_set<std::string> additive_dimensions;
  // Words that make a measure a running tally (compare.json running_measures: roads
  // damaged, land burned, fields flooded: '3,000 km of roads ... damaged' then '5,063km'),
  // and the context words they become (running_measure_keys, filled by the rule pack).
  std::vector<std::string> running_measure_words;
  absl::flat_hash_set<std::string> running_measure_keys;
  absl::flat_hash_set<std::string> running_measure_dimensions;  // which measures may be
  // Dimensions whose measures with no concept head ("about 47m", "40 feet") must share
  // bare_measure_min_words context words, or a name, to be lined up when they differ.
  absl::flat_hash_set<std::string> bare_measure_dimensions;
  // Of those, the dimensions whose two bare measures a shared name lines up only when it
  // stands among both figures' own words: a budget's lines in one sentence each, all in
  // sentences naming 'APBN' and 'PDB', are no one sum for that.
  absl::flat_hash_set<std::string> bare_measure_near_names;
  // Dimensions whose two differing figures contradict only when anchored: the same digits
  // swapped, or both beside a same other figure ("24,95 persen" against "24,59 persen"
  // beside one vote count). A story holds many percentages of different things, and the
  // words around them rarely say which; unanchored, two make no finding.
  absl::flat_hash_set<std::string> anchored_dimensions;
  // Dimensions that say where a happening was, not how big it was ("KM 613+200" of a toll
  // road): two sentences giving two of them are no two happenings, since one may be
  // mistyped ("di KM 631").
  absl::flat_hash_set<std::string> place_dimensions;
  // The same for counts of these heads: a story of an election holds the votes of every
  // candidate, party and province ('17.229.789 suara' one party's, 'lebih dari 21,7 juta
  // suara' one province's), which the words around them rarely tell apart.
  absl::flat_hash_set<std::string> anchored_heads;
  // compare.json size_units: canonical units of a co-figure that gives the size a sum buys
  // ("kemasan 2 liter ... Rp 46.000"): two sums beside different sizes are never lined up.
  absl::flat_hash_set<std::string> size_units;
  size_t bare_measure_min_words = 0;
  // A count with no area at least this many times one area's count of the same thing is
  // taken as a total over more areas (compatible); 0: never.
  double wider_total_ratio = 0;
  // Two measures whose compass bearings from their point are more than this many degrees
  // apart are of two places, never lined up; 0: bearings are not compared.
  double bearings_apart = 0;
  // Two measures (lengths, durations, percentages...) at least this many times one
  // another that would contradict are two quantities, never one misreported: no finding;
  // 0: no limit. The same digits at another scale (a slipped digit) still contradict.
  double magnitude_apart = 0;
  // The same for two counts or two sums of money, which outlets copy from one source and
  // so give close when they give one figure.
  double figure_magnitude_apart = 0;
  int event_window_days = 21;
  // How long after a period a statistic of it is still news: a figure over a quarter or
  // a year (kPeriodTotal) reported up to this many days after the period ended, against
  // an undated figure of a report then, is of the period just past, not another event
  // (0: the event window alone).
  int period_report_days = 0;
  // A later report's lower running figure is a revision (a recount) when it keeps at
  // least this share of the earlier one (130 -> 125); a fall further than that (17 -> 2)
  // contradicts.
  double revised_down_ratio = 0.7;
  // Two times of day of one day further apart than this are two moments: they agree
  // within it ("pukul 13:21:10" and "pukul 13.21").
  int same_moment_minutes = 10;
  // The same when either time is hedged ("sekitar pukul 10.20" and "pukul 10.28").
  int hedged_moment_minutes = 10;
  // The same for a time a hedge puts a little before or after it (kNearMomentHedge:
  // "shortly after 3 p.m." and "at 3:12 p.m.").
  int near_moment_minutes = 30;
  // How far a time of day may lie from the nominal hour of a part of the day and still be
  // in it ("on Saturday night", 22:00, against "at about 9:40 p.m. on Sunday"): a part
  // of the day names hours, not a moment. 0: a moment's minutes.
  int day_part_minutes = 0;
  // Two sums that agree, each converted into one other currency (in brackets, or after a
  // word of conversion_markers), whose conversions lie further apart than this share of
  // the smaller contradict (one outlet's arithmetic); 0: conversions are never judged.
  double conversion_apart = 0;
  // A measure restated in other units in brackets ("235 km/h (146 mph)"), whose
  // restatement lies further from it than its written digits allow and this share more:
  // the outlet's arithmetic gone wrong ("235 km/h (195 mph)"), which contradicts the
  // other outlet's agreeing measure; 0: such conversions are never judged.
  double unit_conversion_apart = 0;
  // A currency -> the lowest and highest worth of one unit of it in US dollars since
  // currency_ranges_since (compare.json currency_usd_ranges): a sum restated in another
  // currency further from it than any rate the two ranges allow ("$4.2bn (£5.1bn)": a
  // pound has never been worth less than a dollar) is the outlet's arithmetic gone wrong,
  // which contradicts the other outlet's agreeing sum. Articles published before the year
  // currency_ranges_since are not judged.
  absl::flat_hash_map<std::string, std::pair<double, double>> currency_usd_ranges;
  int currency_ranges_since = 0;
  // Words that, ending the words between two sums of two currencies, make the second a
  // conversion of the first, as brackets do ("atau sekitar", "setara", "or about";
  // lower-case).
  std::vector<std::string> conversion_markers;
  // Concepts of statistics (inflation, growth, a policy rate): two figures of an anchored
  // dimension dated to one month, quarter or year whose words hold the same such concepts,
  // and at least one, are one statistic of one period, anchored as a shared figure anchors
  // ("inflation stood at 6.2% in May" against "fell to 5.8% in May").
  std::vector<std::string> statistic_concepts;
  // Heads a length measured from a point ("10 kilometres from Tessford airport", scope
  // "tessford airport") may be named by in the other passage's words ("distance"): any
  // other (a height the sentence names) is another measure's.
  absl::flat_hash_set<std::string> from_point_heads;
  // Two clock times whose days are this many days apart or fewer, one of them dated only
  // by another sentence or its report (kDayFromContext: "The boat left Kestrel port at 10
  // a.m."), are compared as times of one day: the day is a guess. 0: never.
  int context_day_slack_days = 0;
  // Two clock times further apart than this, one of them dated only by another sentence or
  // its report (kDayFromContext), are two moments of the story, not one misreported
  // ("Jenazahnya ditemukan pukul 11.44 WIT" against "Korban pertama ditemukan pukul 08.25
  // WIT" a day on): different events. 0: never.
  int guessed_moments_apart_minutes = 0;
  // A running count of a day with no time, against one of that day counted before this
  // minute of the day ("hingga Senin dini hari"), is presumed the later count; 0: never.
  int unclocked_later_than = 0;
  // Two measures (quantities) further apart than this ratio measure different things: a
  // flight's 13 minutes and a search's three days. 0: never judged so.
  double unrelated_ratio = 0;
  // The same for counts and sums of money, whose values may differ by a slip of a scale
  // word ("juta" for "miliar", a thousandfold) or a rising toll, but not by this ratio:
  // a subsidy of Rp195,6 triliun and a price of Rp 1.650. 0: never judged so.
  double figure_unrelated_ratio = 0;
  // A figure written as an order of magnitude ("ratusan", "hundreds", "scores of") is no
  // count to hold an outlet to: outside another's range it makes no finding.
  bool vague_never_contradicts = false;
  // A count below this with no state ("one resident said", "satu keluarga") is no claim
  // of how many: it is never lined up. 0: every count is.
  double min_stateless_count = 0;
  size_t max_block = 400;
  // A passage printed verbatim in more articles than this (wire copy) is compared from
  // this many of them; the others are listed as copies on the first one's findings.
  size_t copies_compared = 8;
  double w_head = 0.35, w_qualifier = 0.15, w_context = 0.3, w_entities = 0.2;
  double threshold = 0.42, date_threshold = 0.5;
  double w_value = 0.1;  // rank bonus for a consistent value when choosing a match
  double w_distinctive_value = 0.3;  // ... for the same distinctive figure ("Rp1,2 triliun")
  Tolerance tolerance;  // tolerances.json, and its per-dimension overrides
  std::vector<std::pair<std::string, Tolerance>> dimension_tolerance;
  // The pack's stemmer, to show shared context words as written; may be null. Shared,
  // so the rules outlive the pack they were copied from.
  std::shared_ptr<const Stemmer> stemmer;
  // Words and stems -> the concept they name, to show a shared concept as the sentence
  // writes it ("death" -> "tewas"); may be null.
  std::shared_ptr<const absl::flat_hash_map<std::string, std::string>> word_concepts;
};

// Builds CompareRules from compare.json (and tolerance values already loaded).
absl::StatusOr<CompareRules> CompareRulesFromJson(const nlohmann::json& j,
                                                  const std::string& file);

// The rules of a story told in two languages: `base` with every word, concept and list of
// `other` added (sets and lists joined, maps and lexicons adding what `base` lacks); the
// numbers, tolerances and stemmer stay `base`'s.
CompareRules MergedRules(const CompareRules& base, const CompareRules& other);

struct Similarity {
  double score = 0;
  double rank = 0;  // score plus the value bonus: used to choose among candidates
  bool head = false;
  bool qualifier = false;
  // Two bare measures that share too little (bare_measure_min_words) to hold one outlet to
  // the other's figure: lined up, but never a contradiction.
  bool thin = false;
  // The two figures are the same digits with two neighbours swapped (DigitsTransposed).
  bool transposed = false;
  WordList shared_context;   // sorted
  WordList shared_entities;  // sorted
  WordList shared_speaker;   // sorted: words of both facts' speakers, when heads match
};

struct Finding {
  std::string id;  // stable: a hash of both facts' articles and quoted text
  Verdict verdict = Verdict::kAgree;
  double confidence = 0;
  std::string explanation;
  size_t a = 0;  // indices into the facts vector given to CompareFacts; a's article
  size_t b = 0;  // sorts before b's
  // Facts that print a's (b's) passage verbatim in further articles beyond
  // CompareRules::copies_compared, folded into this finding (sorted by article).
  std::vector<size_t> a_copies;
  std::vector<size_t> b_copies;
  Similarity similarity;
};

// Compares facts across articles. `facts` must reference articles in `articles` by id,
// and be in memory (FactList::all_resident).
// Findings are sorted by (verdict severity, a's article, a's offset, b's article, ...).
std::vector<Finding> CompareFacts(const std::vector<ArticleMeta>& articles,
                                  const FactList& facts, const CompareRules& rules);

// CompareFacts for a check's facts, which may be spilled (FactList::AddSpilledBlock):
// one story at a time, its articles' blocks are decoded and compared, so memory holds
// one story's facts, not the corpus's. When an article names no story, every article
// may be compared with every other, and all facts are brought in at once. `articles`
// must be sorted by id and `facts` hold one block per article id, in that order (a
// block's facts sorted by offset), as a check builds them. Gives what CompareFacts would
// on the same facts in memory.
std::vector<Finding> CompareByStory(const std::vector<ArticleMeta>& articles,
                                    const FactList& facts, const CompareRules& rules);
// The same, each story compared with the rules of the language most of its articles are
// in (ArticleMeta::lang; a tie goes to the language first in order), or with `fallback`
// when `by_lang` has none of them: in a corpus of Indonesian and English stories, an
// Indonesian story's words ('suara', 'bertambah menjadi') are its own pack's.
std::vector<Finding> CompareByStory(const std::vector<ArticleMeta>& articles, const FactList& facts,
                                    const absl::flat_hash_map<std::string, CompareRules>& by_lang,
                                    const CompareRules& fallback);

// The stable id of a finding between two facts (order-independent).
std::string FindingId(const Fact& a, const Fact& b);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_COMPARATOR_H_
