// A language's rule pack, loaded once from rules/<lang>/ into an immutable, validated
// object shared by every extraction (and every thread).
//
// Files (each documented in rules/README.md): lang.json, numbers.json, dates.json,
// units.json, concepts.json, hedges.json, attribution.json, furniture.json,
// stopwords.json, tolerances.json, compare.json, morphology.json. A malformed file is an InvalidArgument error naming
// the file, the rule and the problem; nothing is skipped silently.
//
//   absl::StatusOr<std::shared_ptr<const RulePack>> pack = LoadRulePack("rules/id");
//
// Thread-safe after loading (const only).
#ifndef CLAIMCHECK_CHECKER_RULE_PACK_H_
#define CLAIMCHECK_CHECKER_RULE_PACK_H_

#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/comparator.h"
#include "checker/date_parser.h"
#include "checker/fact.h"
#include "checker/lexicon.h"
#include "checker/number_parser.h"
#include "checker/stemmer.h"
#include "checker/word_set.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace claimcheck {

struct UnitDef {
  std::string name;       // rule name, "unit.length.km"
  std::string dimension;  // "length"
  std::string canonical;  // "m"
  double factor = 1;      // canonical = written * factor / divisor
  double divisor = 1;     // "factor": "1/24" (an hour in days): exact for whole hours
  double offset = 0;      // added before the factor: Fahrenheit (F - 32) * 5/9
  double max_value = 0;   // 0: no limit
  // units.json sub_joiner and sub_factor: a number written against the figure after the
  // joiner adds sub_factor times it ("KM 118+300": 118.3 km); empty: none.
  std::string sub_joiner;
  double sub_factor = 0;
  // units.json scaled_as: the unit the form reads as after a scale word ("150 million
  // pounds": sterling, where "300 pounds" is mass), unless a word of scaled_not_before
  // follows ("2.5 million pounds of beef"); null: none.
  std::shared_ptr<const UnitDef> scaled_as;
  std::vector<std::string> scaled_not_before;
};

struct HedgeDef {
  std::string name;
  Bound bound = Bound::kExact;
  // A hedge written after its number: words right after it that make it none ("M5,9 lebih
  // dulu" is the 5.9 that came first, no more than 5.9); lower-case.
  WordSet not_before;
};

struct Concept {
  std::string id;  // "drone"
};

struct LineRule {
  std::string name;
  std::unique_ptr<RE2> pattern;
};

struct LineRuleSet {
  std::vector<std::string> names;  // index i = pattern i of `set`
  std::unique_ptr<RE2::Set> set;
};

struct RulePack {
  std::string lang;
  std::string dir;
  absl::flat_hash_set<std::string> abbreviations;
  // stopwords.json's words again, for the tokenizer: a capital letter's stop ends a
  // sentence only before one of them ("in Group A. The"; not "Tarin W. Voss").
  absl::flat_hash_set<std::string> stopword_strings;
  std::string possessive;  // lang.json: split off a word's end ("'s"); empty: none
  // lang.json hyphen_numbers: number words split from a word they are hyphenated to
  // ("six-year" reads as "6-year").
  absl::flat_hash_set<std::string> hyphen_numbers;
  Lexicon<bool> denials;  // lang.json: "membantah", "denied": the figure after is denied
  int denial_window = 0;  // ... from at most this many words before it
  // lang.json clause_conditionals: "bila", "if" before a figure in its clause ("akan
  // pecah bila sampai pada kedalaman 850 meter"): the figure is hypothetical, from at
  // most clause_conditional_window words before it.
  Lexicon<bool> clause_conditionals;
  // lang.json generic_markers: words that, before a figure in its sentence, make the
  // sentence tell what usually happens ("umumnya", "typically"): hypothetical.
  Lexicon<bool> generic_markers;
  // lang.json projections: "could exceed", "dikhawatirkan mencapai": a figure a forecast
  // gives, in the same window; hypothetical too.
  Lexicon<bool> projections;
  // lang.json projections_after: the same written right after the figure's words ("more
  // than a thousand people may have died"): a guess of what happened, no count of it.
  Lexicon<bool> projections_after;
  // lang.json schedules: "was due to", "dijadwalkan": a time or date a plan gives, in the
  // same window before it in its clause (kPlannedQualifier).
  Lexicon<bool> schedules;
  // lang.json window_markers: "within", "dalam": before a duration after a figure in its
  // clause, the window the figure was counted over (kWindowMark).
  Lexicon<bool> window_markers;
  // lang.json series_markers: "second", "gempa kedua" before a measure in its clause,
  // within series_window words: a measure of another occurrence of the happening
  // (qualifier kRecurrenceDate, rule series_rule).
  Lexicon<bool> series_markers;
  int series_window = 0;
  std::string series_rule = "quantity.series";
  int clause_conditional_window = 0;
  Lexicon<bool> not_event_time;  // "sejak": the date after it is no event time
  // "per", "as of": the date after it, in a sentence with no figure, dates the article's
  // undated figures (rule as_of_rule).
  Lexicon<bool> data_as_of;
  std::string as_of_rule = "time.as_of";
  // lang.json data_nouns: "data", "jumlah", "figures": in such a sentence with no figure,
  // a date after an until word ("hingga", "until") or a data noun ("update pukul 16.20")
  // is an as-of date too.
  WordSet data_nouns;
  // An undated count the article repeats takes the time of its dated mention.
  std::string repeated_rule = "time.repeated";
  // lang.json back_references: words of a sentence that name, on their own, a property of
  // the happening the sentence before dates ("kekuatannya", "its magnitude");
  // back_demonstratives: words that, right after a happening word, point back to it
  // ("gempa itu"). A measure with no date of its own after one takes the date of the
  // sentence before (rule back_reference_rule).
  Lexicon<bool> back_references;
  // lang.json first_markers: words before a date in its clause that make it when something
  // happened first ("pertama kali terlihat", "first spotted"): a thing that happens once.
  Lexicon<bool> first_markers;
  // lang.json figure_back_references: words opening a sentence that point back to the
  // figures of the sentence before ("Data tersebut masih bersifat sementara", "The figures
  // are preliminary"): in a sentence with no figure of its own, a concept of concepts.json
  // sentence_wide written after them says what those figures are, as it would in theirs.
  Lexicon<bool> figure_back_references;
  WordSet back_demonstratives;
  std::string back_reference_rule = "time.back_reference";
  // "kembali", "again": the date after it in its clause is another occurrence's (rule
  // recurrence_rule, qualifier kRecurrenceDate).
  Lexicon<bool> recurrence;
  // lang.json phrase_prepositions: words that open a phrase a date's event word is not in
  // ("retrieved from the sea at 9.30pm": 'retrieved', not 'sea').
  WordSet phrase_prepositions;
  // lang.json happening_words: words (or their concepts or stems) naming a happening that
  // a date with no nearer word it is about, later in their clause, dates ("Tanah longsor
  // menimbun ... di Desa X, Kabupaten Y, Senin (6/3) pukul 12.30").
  WordSet happening_words;
  // lang.json onset_heads: what a date is about whose "since" date is the day it began,
  // no bound ("hilang kontak sejak Kamis (27/6) siang": contact was lost on Thursday).
  WordSet onset_heads;
  // lang.json agent_prepositions: words that open a phrase naming who did what a date is
  // about ('was convicted by a jury on March 14': 'convicted'); a word of a concept in it is
  // the happening itself ('killed by a landslide on Tuesday': 'landslide').
  WordSet agent_prepositions;
  // lang.json progress_markers: words that say a figure near them stands so far or for
  // now ("still", "remaining", "masih", "sejauh ini"): its context takes kInProgress.
  Lexicon<bool> progress_markers;
  // lang.json period_markers: words right before a year or month dating a count that make
  // it a total over that period ("so far this year", "sepanjang tahun 2023"): rule
  // time.period, a total of which one day's count may be a part.
  Lexicon<bool> period_markers;
  // lang.json period_labels: words right before a date of any grain that name it as one
  // period of a series ("harga TBS periode 4-10 Mei 2022", "for the period May 4-10"):
  // the period a figure is for, not the day of a happening (rule time.period).
  Lexicon<bool> period_labels;
  // lang.json compared_dates: words right before a date after a figure that make it the
  // date of what the figure is compared with ("inflasi Desember tercatat 0,45 persen,
  // lebih tinggi dari November 2023 yang sebesar 0,38 persen"): it dates no figure
  // before it.
  Lexicon<bool> compared_dates;
  // lang.json compared_bases: months between a percentage's month and the month it is
  // compared with, to the concept of that base (1: "mtm", 12: "yoy"), a context word of
  // the percentage ("naik 12,5 persen dibandingkan Mei 2024" in June: month to month).
  absl::flat_hash_map<int64_t, std::string> compared_bases;
  // lang.json period_exclusions: words right after such a period that leave the story's
  // event out of the total ("so far this year before the latest riot"): rule
  // time.period_others, a total over other events, which no count of the event denies.
  Lexicon<bool> period_exclusions;
  // lang.json zone_restatements: a word between a time and the same time in another zone
  // ("pukul 10.28 WITA atau 09.28 WIB"), which restates it as parentheses do.
  WordSet zone_restatements;
  // lang.json zone_range_joiners: a word between two times of a range whose zone only the
  // second names ("between 07:30 and 18:30 BST", "pukul 08.00 hingga 16.00 WIB"): the
  // first is of that zone too.
  WordSet zone_range_joiners;
  // lang.json compound_joiners: a word that may join the parts of one measure ("6 tahun
  // dan 6 bulan", "four hours and 30 minutes").
  WordSet compound_joiners;
  // lang.json list_joiners: words that join the items of a list of counts ("150 rumah, 80
  // ruko, dan 70 kendaraan"): a hedge of an item bounds the items right after it
  // (list_hedge_rule).
  WordSet list_joiners;
  // lang.json restatement_joiners: a word that joins a figure to the same change in
  // other terms ("anjlok 96,40 poin atau 2,15 persen"): the second is a change too.
  WordSet restatement_joiners;
  // lang.json date_modifier_openers: an article that, inside a date's words, makes the
  // date modify the noun right after it ("died in the Oct. 23 collapse": the collapse's).
  WordSet date_modifier_openers;
  // lang.json sum_separators: words (and punctuation) after which the words before the next
  // sum of a list of sums are that sum's own ("defisit Rp522,8 triliun, dengan belanja negara
  // Rp3.325,1 triliun dan pendapatan negara Rp2.802,3 triliun").
  WordSet sum_separators;
  std::string recurrence_rule = "date.recurrence";
  Lexicon<bool> conditionals;    // "apabila": a sentence opening with one is hypothetical
  // After a comma, these open a new clause whose date is not the facts' before it.
  WordSet clause_conjunctions;
  // lang.json: after a comma right after a date, these open a clause the date is the time
  // of ("since 2012, when 363 people died": 2012, though 'since' is not_event_time).
  WordSet time_clause_openers;
  // The language's most frequent function words ("yang", "dan"; "the", "of"), lower-case:
  // what DetectLanguage counts.
  WordSet detection_words;

  std::unique_ptr<NumberParser> numbers;
  std::unique_ptr<DateParser> dates;

  Lexicon<UnitDef> prefix_units;  // Rp193,7 ; M 6,9 ; $10
  Lexicon<UnitDef> suffix_units;  // 290 km ; 20 euro ; 15 persen
  // Forms read only when written against the number ("30in", never "30 in Jakarta").
  Lexicon<UnitDef> glued_suffix_units;

  Lexicon<Concept> concepts;  // counted nouns and context words, synonyms folded
  WordSet concept_ids;        // the ids of concepts.json's concepts
  // Concept ids by the stem of their one-word forms (the first concept to claim a stem).
  absl::flat_hash_map<std::string, std::string> concept_stems;
  // One-word forms (lower case) -> concept id, the first concept to claim a form.
  absl::flat_hash_map<std::string, std::string> concept_words;
  WordSet classifiers;
  // Prefixes of verbs ("di", "ter"): after a classifier, a word with one that names no
  // concept is a verb, not the counted noun ("174 orang dinyatakan meninggal").
  std::vector<std::string> verb_prefixes;
  // Prefixes of passive verbs ("di"): a word of no concept right after a concept's word
  // so written is its doer ("ditangkap penyidik KPK pada 30 Januari": the arrest's day).
  std::vector<std::string> passive_prefixes;
  // concepts.json noun_suffixes: endings that make a word with a verb's prefix a noun
  // all the same ("terorisme": no verb "ter-orisme").
  std::vector<std::string> noun_suffixes;
  // Head-final languages ("47 fire trucks", "twelve young men"): how many words after the
  // first one a counted noun may stand (the last concept in that run is the head). 0: the
  // first word is the head (Indonesian, "50 rumah warga").
  int head_final_window = 0;
  // Endings of plural nouns (English "s"): a singular known noun right before a plural
  // word only modifies it ("Two passenger trains" counts trains). Empty: none.
  std::vector<std::string> plural_endings;
  std::vector<std::string> singular_endings;  // endings no plural has ("ss", "us")
  WordSet states;  // concept ids that qualify a counted noun
  Lexicon<bool> part_markers;  // "lainnya" after a counted noun: the rest of a split
  Lexicon<bool> part_markers_before;  // "another 17 people": the rest, before the figure
  // concepts.json tenor_before and tenor_after: words of a financial instrument right
  // before a duration ("suku bunga deposito satu bulan", "SBN tenor 10 tahun") or right
  // after it ("the 7-day reverse repo rate", "10-year yields"): the duration is the
  // instrument's tenor, part of its name, which meets only other tenors.
  Lexicon<bool> tenor_before;
  Lexicon<bool> tenor_after;
  // "Twelve children were among the dead", "Dua di antara korban meninggal": after the
  // count (over stop words and qualifier_skip), among others it is a part of.
  Lexicon<bool> among_markers;
  // The same written right before the figure ("Salah satu korban meninggal adalah
  // anak-anak": one of the dead).
  Lexicon<bool> among_markers_before;
  // concepts.json among_openers and among_copulas: a sentence that opens with an opener and
  // has a copula right before a count ("Among the 15 foreigners on board were five
  // Indians") lists a part of those it opens with.
  Lexicon<bool> among_openers;
  WordSet among_copulas;
  // among_markers after which the predicate that follows says which part is counted
  // ("19 of the injured were in serious condition": 'injured (of the: serious)').
  WordSet among_predicates;
  // Words before the items of a breakdown in their sentence ("terdiri atas 517.200 gram
  // sabu ..., 147.460 gram ...", "consisting of"): every figure after them is a part.
  Lexicon<bool> breakdown_openers;
  // "three were taken to hospital": verbs right after a figure with no noun that make it a
  // count of people (state_holder), when a state follows.
  Lexicon<bool> implied_noun_verbs;
  // "killing 23 and injuring more than 150", "the death toll rose to 31": a figure with
  // no noun whose state stands before it counts people (state_holder) in that state.
  bool state_counts_without_noun = false;
  // Words that end the look for a state after a counted noun ("23 people and injuring":
  // the state after "and" is another figure's).
  WordSet state_stop;
  // concepts.json state_clause_openers: words that open a clause of its own after a
  // counted figure ("The death toll stands at 64 after an injured passenger died": the
  // injured passenger is the clause's, not the 64's); the look for a state after the
  // figure ends at one. Unlike state_stop, they join no states ("tewas setelah terluka"
  // is no "death+injured").
  WordSet state_clause_openers;
  // concepts.json subgroups: words of one group of people that modify a counted noun,
  // right after it where modifiers follow their noun ("86 penumpang dewasa") or between
  // the number and the noun ("72 adult passengers"), each to its mark ("@%adult").
  Lexicon<std::string> subgroups;
  // lang.json duration_links: a word that may stand between a measured concept and the
  // duration it measures ("status tanggap darurat selama 14 hari").
  WordSet duration_links;
  // lang.json duration_link_heads: concepts of periods set in advance that head a
  // duration right after them or over a duration_links word ("masa berkabung tiga hari");
  // durations only, not in concepts.json measured ("dana tanggap darurat Rp 12 miliar" is
  // a fund's sum).
  WordSet duration_link_heads;
  // concepts.json noun_joiners: words joining a second noun of the counted noun's own
  // concept to it ("155 narapidana dan tahanan kasus terorisme menyerah"): the two are
  // one noun on the way to its state.
  WordSet noun_joiners;
  // "hundreds of homes": words between a vague quantity and its counted noun.
  WordSet vague_noun_linkers;
  // "di antaranya" after a number: part of the count before it in the sentence
  // ("320 rumah rusak, 95 di antaranya rusak berat").
  Lexicon<bool> partitives;
  Lexicon<bool> part_openers;  // "termasuk", "including": a part of the count before follows
  // "179 of the 181 passengers", "12 dari 52 pendaki": words between a figure with no noun
  // and the count after it that make the figure a part of that count; the state after
  // the count is the part's, and the count is the whole, with none.
  // concepts.json increments_after: "lagi" right after a counted noun ("dua korban lagi
  // yang tewas"): an increase, as an increment word before the figure makes it.
  WordSet increments_after;
  // concepts.json state_narrowers: a word right after a count's state that says only some
  // of those in it are counted ("satu korban meninggal dunia belum dievakuasi": one of
  // the dead, still under the rubble): the count is a part.
  WordSet state_narrowers;
  // concepts.json state_changes: states that, as the predicate right after a count's
  // state (over qualifier_skip words), say those in it passed into this one ("Tiga orang
  // korban luka berat meninggal dunia di rumah sakit": three of the seriously injured
  // died): the count is a part, in its state so narrowed ("injured_seriously (death)").
  WordSet state_changes;
  // concepts.json sentence_wide: concepts that, written in a sentence, say what every
  // figure after them in it is ("Jaksa menuntut Hartini dengan pidana 8 tahun penjara,
  // denda ... subsider 1 tahun kurungan, dan ... subsider 4 tahun penjara": all three
  // are the demand's), up to a word of sentence_wide_stops ("divonis"): they join those
  // figures' context words, however far.
  // concepts.json states_before_figure: states that, written right before a figure, are
  // what it counts whatever state follows its noun ("berkapasitas 600 orang dihuni ...").
  WordSet states_before_figure;
  WordSet sentence_wide;
  // concepts.json before_figure_only: concepts that say what a figure is only written
  // before it: one after a figure is another figure's ("divonis 5 tahun penjara, lebih
  // ringan dari tuntutan jaksa 6 tahun": the demand is the 6, not the 5).
  WordSet before_figure_only;
  // concepts.json nearest_figure_only: concepts that say what the nearest figure is,
  // not one beyond it on either side ("fined Wardell $750,000 and ordered five years of
  // supervised release": the five years are the release, not the fine; "Petrol
  // contributed 0.89 percentage points to the monthly rate of 1.17%").
  WordSet nearest_figure_only;
  // concepts.json sentence_whole: concepts that, written anywhere in a sentence, say what
  // every figure in it is, before them too ("Miftahul Ulum lebih dulu divonis empat tahun
  // penjara dan denda Rp200 juta dalam berkas terpisah": both terms are another case's).
  WordSet sentence_whole;
  // The first words of the forms of sentence_wide and sentence_whole, lower-cased.
  WordSet sentence_wide_first;
  WordSet sentence_wide_stops;
  // concepts.json distributives: "each", "masing-masing" right after a counted noun or
  // right before the figure: a count of each of several, a part.
  WordSet distributives;
  // concepts.json part_classifiers: "additional" between a figure and its noun: a part.
  WordSet part_classifiers;
  Lexicon<bool> part_of_links;
  std::string part_of_rule = "count.part_of";
  // "Of the four flight attendants, two died", "Dari 52 pendaki itu, 12 orang dirawat":
  // words opening a sentence before a count and a comma; the counts after the comma are
  // parts of it.
  Lexicon<bool> fronted_partitives;
  WordSet place_prepositions;  // "di", "in": a place name follows
  // Words right after a length that name the point it is measured from ("dari", "from"):
  // what follows is the length's scope.
  WordSet distance_from;
  // States a breakdown's whole may pass to its items ("Ketiga jenazah itu terdiri dari
  // dua perempuan": two dead women), concept ids.
  WordSet breakdown_states;
  // States of a whole of part_of_links that hold all of the state a part is given after
  // it ("14 of the 29 people on board were injured": all the injured were on board), so
  // the part counts that state in full; concept ids.
  WordSet located_wholes;
  // Words for a kind of place, between a place preposition and the name or opening it
  // ("di wilayah Jawa Barat", "Kabupaten Ciamis"): not part of the name.
  WordSet place_types;
  // Words right after a place name that restrict a figure to it ("about 200 miles in
  // Tessford alone", "di Jawa Barat saja"): the figure is that place's only.
  WordSet place_restrictors;
  // concepts.json class_markers: words that name the class a count counts, with the word
  // after them ("pelanggan golongan R2"): the count is an item of that class.
  WordSet class_markers;
  // concepts.json located_openers: words before a place name that a distance right after
  // it and a comma locates ("flown to Tessford, about 190km north of the scene").
  WordSet located_openers;
  // concepts.json located_fillers: words that may stand between a located opener and its
  // place's name ("in nearby Harlan, about 2 miles away", "in the town of Harlan").
  WordSet located_fillers;
  // concepts.json subject_openers: words right after a name and a comma that open a
  // clause or apposition about it ("The Calloway, which is 190m long", "The Marisol, a 91m
  // vessel"): a figure in it is said of that name.
  WordSet subject_openers;
  // concepts.json designators: words that, with a number, a capital letter or a Roman
  // numeral right after them, name one numbered part of a whole ("Unit 1", "Blok B",
  // "Tahap II"), and designator_joiners: words that join a second designation to the
  // first ("Unit 1 dan 2"). A figure after them in its clause is that part's.
  WordSet designators;
  // concepts.json numbered_designations: words before a number whose year right after
  // names what is numbered ("UU Nomor 7 Tahun 2014", "Law No. 7 of 2014"): the year
  // dates nothing that happened.
  WordSet numbered_designations;
  WordSet designator_joiners;
  // Words between a place name opening a sentence and a kind of place ("Kalimantan Tengah
  // menjadi provinsi dengan titik panas terbanyak, yakni 954 titik"): the figures after
  // them, before any other place name, are that place's.
  WordSet subject_place_copulas;
  // concepts.json place_names: places known by name (provinces, states, countries),
  // lower-cased, which tell a place that is a clause's subject ("Adapun Riau mencatat 62
  // titik panas") from a body that is ("BNPB mencatat 2.862 titik panas").
  WordSet place_names;
  // concepts.json place_subject_verbs: verbs right after such a place that make it the
  // subject whose figure follows ("mencatat", "recorded").
  WordSet place_subject_verbs;
  // dates.json open_bounds: words right before a date that leave one end of it open
  // ("sampai Sabtu", "until Saturday": that day or before; "sejak Jumat": then or after).
  Lexicon<bool> date_until, date_since;
  // Concept ids that, followed by a state, name a tally's subject ("korban meninggal").
  WordSet tally_subjects;
  // Words right before a noun that make it a tally's subject ("jumlah pendaki yang
  // meninggal dunia"); the search for a subject ends at one.
  Lexicon<bool> tally_openers;
  // "atau", "or" right after a state: "tewas atau terluka" names no one state.
  WordSet state_alternatives;
  // "dari satu keluarga", "from one family" after a counted noun: a part of a toll.
  Lexicon<bool> group_scopes;
  // concepts.json rates: words right after a figure that make it a rate ("35,000 people
  // a day", "per tahun"); the value is the period ("day"), the fact's qualifier "per day".
  // concepts.json relative_pronouns: "yang", "who": a relative clause after a noun.
  WordSet relative_pronouns;
  // concepts.json whole_clauses: words right after the noun of a part-of link's whole
  // that open a clause describing the whole ("tiga dari tujuh tahanan yang kabur", "38
  // of the 113 inmates who escaped"): its state is the whole's, not the part's.
  WordSet whole_clauses;
  // concepts.json compound_classifiers: "member", "person" in "the 22-member crew".
  WordSet compound_classifiers;
  // concepts.json compound_heads: concept id by the forms that, joined to digits by a
  // hyphen, are what is counted ("a seven-storey building": 7 floors).
  Lexicon<std::string> compound_heads;
  Lexicon<std::string> rates;
  // concepts.json unit_rates: forms right after a figure that make it so much per unit
  // ("Rp 20.400 per kilogram", "$4.50 a gallon"), each to its context word ("@/kg",
  // kWindowMark and kPerUnitMark): two figures per different units are never lined up.
  Lexicon<std::string> unit_rates;
  // concepts.json rate_clause_words: words opening a rates form that make the figure a
  // rate from further on in its clause too ("more than 12,000 people killed on its roads
  // each year"), where "a year" would not ("killed 12 people a year ago").
  WordSet rate_clause_words;
  // concepts.json rate_not_before: words after a rates form that make it a time, not a
  // rate ("killed 12 people a year ago").
  WordSet rate_not_before;
  // concepts.json measured_after: words right after a measure's unit that say what it
  // measures ("10 km barat daya Lembah Sari": a distance; "10km below the surface": a depth).
  Lexicon<std::string> measured_after;
  // concepts.json measured_after_not_after: per concept of measured_after, words right
  // before the figure that keep its forms from naming it ("for three years after he
  // completes his term" is how long, not how long after).
  absl::flat_hash_map<std::string, WordSet> measured_after_not_after;
  // concepts.json measured_after_dimensions: per concept of measured_after, the unit
  // dimensions it measures; a measure of another takes no head from its forms ("30 minutes
  // into the flight" is an offset, "dropped about 25 metres into a gully" no offset).
  absl::flat_hash_map<std::string, WordSet> measured_after_dimensions;
  // concepts.json measured_dimensions: the same for concepts of measured, written before
  // the figure ("plunged 20 metres" is how far it fell; "sales plunged 42.6%" no height).
  absl::flat_hash_map<std::string, WordSet> measured_dimensions;
  // concepts.json measured_after_over: per concept of measured_after, the concepts of
  // measured written before the figure that it narrows, and so takes over as the head
  // ("ketinggian 2.310 meter di atas permukaan laut", "Gunung setinggi 2.130 mdpl": an
  // elevation, not the height of an ash column).
  absl::flat_hash_map<std::string, WordSet> measured_after_over;
  // concepts.json bearings: compass directions among those words ("east of", "barat
  // laut"), each to its context mark ("@^90", kBearingMark), which a distance so measured
  // carries: two distances from one place in directions far apart are of two places.
  Lexicon<std::string> bearings;
  // concepts.json nationalities: words in a count's words or up to three after them,
  // before a stop word, that restrict it to the people of one country ("33 South Koreans", "19
  // other South Koreans", "5 wisatawan asal Korea Selatan"): the count carries the
  // nationality as a class (its place), and meets only counts of the same nationality,
  // never a total of everyone ("35 people aboard").
  Lexicon<std::string> nationalities;
  std::string rate_rule = "count.rate";
  std::string list_hedge_rule = "hedge.list";
  // numbers.json identifier_before: words right before digits that make them a name or
  // a number of something, not an amount ("Boeing 737", "Pasal 340", "flight 182").
  WordSet identifier_before;
  // numbers.json name_openers: words before a capitalised name that digits right after it
  // close ("speedboat Sinar 72", "KM Bahari Jaya 02", "MV Lady Corrin 3"): a vessel's
  // name, no count.
  WordSet name_openers;
  // Words right before a figure that give it to a tally subject far before it, as the
  // update markers do ("korban meninggal ... sebanyak 130 orang").
  WordSet tally_verbs;
  // Who is in a state: "1.200 pengungsi" counts state_holder ("person") with the state
  // "evacuee" as qualifier. Empty: counts of a state keep it as their head.
  std::string state_holder;
  // States held by something other than state_holder: "rusak berat" with no noun counts
  // houses ("228 rusak berat"), not people. State id -> holder concept id.
  absl::flat_hash_map<std::string, std::string> state_holders;
  // Who holds `state` when no noun says: its holder of state_holders, else state_holder.
  const std::string& HolderOf(absl::string_view state) const {
    auto it = state_holders.find(state);
    return it == state_holders.end() ? state_holder : it->second;
  }
  // concepts.json never_narrows: states that a clause after a noun in another state never
  // narrows it to ("sembilan korban tewas yang dievakuasi": the dead were recovered, not
  // evacuated). (state, narrower) pairs.
  absl::flat_hash_set<std::pair<std::string, std::string>> never_narrows;
  // concepts.json narrowed_after: states a noun's state right after it is narrowed to by
  // another state after it ("11 korban luka masih dirawat": the injured still in
  // hospital, a part of the injured). (state, narrower) pairs.
  absl::flat_hash_set<std::pair<std::string, std::string>> narrowed_after;
  WordSet qualifier_skip;  // "lainnya", "masih": between noun and state
  WordSet measured;  // concepts that may stand before a measure
  // concepts.json period_heads: what a year or a month dates as the period it is
  // counted over ("inflasi pada Januari 2024"), no day of a happening.
  WordSet period_heads;
  // concepts.json never_counted: concepts whose forms are verbs of a happening, never a
  // noun a number right before them counts ("KM Bahari Jaya 02 tenggelam": no two sinkings).
  WordSet never_counted;
  // concepts.json noun_of_links and noun_of_openers: a number with no noun after it, right
  // after a concept's noun and one of the links, the noun opened by one of the openers
  // ("a crew of 64", "a population of 12,000"), counts that noun.
  WordSet noun_of_links;
  WordSet noun_of_openers;
  // A person's age: "Sutrisno (45)", "Sutrisno, yang berusia 45 tahun". Empty rule: the
  // pack reads no ages.
  struct AgeRule {
    std::string rule;       // "quantity.age"
    std::string dimension;  // "age"
    std::string unit;       // "year"
    std::string year_unit;  // the unit rule of years ("unit.duration.year")
    // The unit rule of months ("unit.duration.month"): a baby's age after a marker or a
    // person noun ("bayi laki-laki berusia tujuh bulan"), in years (7/12); optional.
    std::string month_unit;
    Lexicon<bool> markers;  // "berusia"
    WordSet name_skip;  // "yang", ",": between a name and a marker
    // Words that, anywhere in the capitalised run, make it a place or a body, not a
    // person ("Kabupaten Bogor (12)"); lower case.
    WordSet not_names;
    double max = 0;         // the oldest age written in parentheses
    // Ages also between commas right after a name ("Dennis Halloway, 52, said"): the
    // wire style of English.
    bool between_commas = false;
    // Words right before a decade ("in his 50s"): an age, not a count of people.
    Lexicon<bool> decade_markers;
    // The unit rule of a compound age ("unit.age.year_old": "a 37-year-old") and the words
    // between it and a name before it and a comma ("Tarin Voss, a 37-year-old former
    // diver"): the age is that person's. Empty: none.
    std::string year_old_unit;
    WordSet appositive_articles;
    // The same for an article that opens an apposition only when a comma or the
    // sentence's end closes it ("Darrell Quist, the 49-year-old Canadian-born gunman,
    // when"): "After meeting Arlen Voss, the 49-year-old minister said" is no apposition.
    WordSet closed_appositive_articles;
    // apposition_closers: words that close such an apposition as a comma does, a relative
    // pronoun that opens a clause about its noun ("Billy Dunmore, the 27-year-old
    // entrepreneur whose festival collapsed last year, was sentenced").
    WordSet apposition_closers;
    // Words between two names of one person ("Nofal Harsono atau Brigadir N
    // (27)"): the age is the first name's, as other outlets write it.
    WordSet alias_links;
    WordSet name_not_after;  // "on Samos, aged 15": a capitalised run after these is a place
    // things: the one object a story's ages may be of, looked up to a language-neutral
    // name ("aircraft": "the 16-year-old aircraft", "pesawat yang berusia 16 tahun"):
    // the age's qualifier is that name after kThingMark, so two outlets' ages of the
    // aircraft line up as one person's do.
    Lexicon<std::string> things;
    // roles: the one holder of a role in a story, looked up the same way ("captain":
    // "Its captain, 39,", "nakhoda kapal (52)"): a role written beside a thing is the
    // age's, not the thing ("nakhoda kapal", "the ship's captain").
    Lexicon<std::string> roles;
    // person_clause_openers: words after one name and its age between commas that open a
    // clause about a person ("Rahman, 54, who was evacuated"), when no full name written
    // earlier ends in the name.
    WordSet person_clause_openers;
    // kin_before_name: words for a person's relation right before one name and its age
    // between commas ("his wife Odile, 61,", "his son, Tomas, 12,"), which make the one
    // word a person's name as a full name written earlier would.
    WordSet kin_before_name;
    // person_nouns: words for a person right before a number of years that make it the
    // person's age ("Pria 58 tahun yang akrab disapa Pak Darto"), as a marker does; only
    // before a written unit of years, never before a bare number ("pria 45 orang").
    Lexicon<bool> person_nouns;
    // role_name_links: words between a role and the name of its holder ("pilot
    // berinisial AW (44)", "a driver named Somchai, 58,"): the age is of that role's
    // holder too, so it meets an age given with the role alone ("the 42-year-old pilot").
    WordSet role_name_links;
    // name_particles: lower-case words inside one person's name, between two of its
    // capitalised words ("Marlina br Sembiring", "Ahmad bin Salim", "Vincent van Gogh"):
    // read as part of the name, so "Marlina br Sembiring (67)" is no "Sembiring" that any
    // other Sembiring's age meets.
    WordSet name_particles;
    // name_suffixes: words written after a full name that are no part of it ("Darrel
    // Varga Jr., 26,", "John Doe III (45)"): the age is the name's before them.
    WordSet name_suffixes;
  };
  AgeRule age;
  WordSet stopwords;
  // attribution.json speaker_clauses: words that open a relative clause between a
  // speaker and the verb ("The authority, which owns the wharf, said"), skipped with it.
  WordSet speaker_clauses;
  // attribution.json speaker_origins: words that join a speaker's place to him ("one
  // injured worker from Vantara told"), passed over before a capitalised word.
  WordSet speaker_origins;
  // attribution.json pronoun_speakers: a speaker that is only one of these ("Ia
  // mengatakan", "he said") is the last speaker named before it.
  WordSet pronoun_speakers;
  // attribution.json name_joiners: lower-case words inside a name between capitalised
  // ones ("Office for National Statistics").
  WordSet name_joiners;
  Stemmer stemmer;  // morphology.json: conflates context words

  Lexicon<HedgeDef> hedges_before;
  Lexicon<HedgeDef> hedges_after;
  // "lebih ringan" after a number: the number is a difference (Fact::comparative).
  Lexicon<bool> comparatives;
  // hedges.json comparative before_figure: a comparative may also stand right before the
  // figure ("Vonis itu lebih ringan 6 tahun dari tuntutan jaksa").
  bool comparatives_before = false;
  std::string comparative_rule;
  // "menambah", "tambahan" right before a number: the number is an increase (Fact::delta).
  Lexicon<bool> increments;
  std::string increment_rule;
  // hedges.json earlier: words before a figure that give it as an earlier count, since
  // superseded ("sebelumnya", "previously").
  Lexicon<bool> earlier_markers;
  std::string earlier_rule;
  // Words right after an earlier marker that make it none ("originally from").
  WordSet earlier_not_before;
  // Words right before an earlier marker that make it name a period, no earlier report
  // ("dibanding kuartal sebelumnya tercatat 1,83%": the quarter before).
  WordSet earlier_not_after;
  // hedges.json earlier change_verbs and change_from: a verb that changes a figure, then
  // up to a few words of what it changes and a word of change_from right before the
  // figure ("lengthened his sentence from nine years and six months to 12 years",
  // "memperberat hukuman Dimas dari 9 tahun menjadi 12 tahun"): the figure is the one it
  // was changed from, an earlier figure.
  WordSet earlier_change_verbs;
  WordSet earlier_change_from;
  // Concepts among a figure's words that make an earlier marker beside it say when the
  // figure was given, not that it was superseded (hedges.json earlier not_of: a
  // prosecutors' demand, made once before the verdict).
  std::vector<std::string> earlier_not_of;
  // hedges.json earlier_then: words between an earlier figure and the one it changed to
  // ("diperbarui dari magnitudo 6,0 menjadi 5,8"): the second, written bare, is in the
  // first's unit.
  Lexicon<bool> earlier_then;
  std::string earlier_then_rule;
  // hedges.json target: "menargetkan", "climbing to": the figure after is a goal, not
  // an amount reached (qualifier kTargetQualifier).
  Lexicon<bool> target_markers;
  std::string target_rule;
  // Copulas after a sentence that opens with a target marker, right before its figure
  // ("Sasaran vaksinasi tahap pertama adalah 1,3 juta tenaga kesehatan"): the figure is the
  // target too.
  WordSet target_subject_copulas;
  // hedges.json target appositives: words right before a figure (over a hedge) that
  // restate a target named a few words before in its sentence ("melampaui target yang
  // dicanangkan pemerintah, yakni 16 medali emas").
  WordSet target_appositives;
  // hedges.json target future_after: words right after a figure and its noun that make it
  // an amount still to come ("sekitar 1,3 juta kendaraan akan meninggalkan Lembah Sari").
  WordSet target_future_after;
  // hedges.json target condition_openers and condition_verbs: a figure right after a verb
  // of the second, in a clause opened by a word of the first a few words before with no
  // comma, figure or date between, is a condition's threshold, a goal ("larangan berlaku
  // sampai harga gula pasir mencapai Rp12.500 per kilogram").
  WordSet target_condition_openers;
  Lexicon<bool> target_condition_verbs;
  // condition_not_before: words right after an opener that make it a time's ("hingga kini
  // korban mencapai 21 orang", "until now"), no condition.
  WordSet target_condition_not_before;
  // hedges.json substitute: a word right before a figure that makes it a substitute term
  // ("denda Rp1 miliar subsider 6 bulan kurungan": six months in lieu of the fine), which
  // meets only substitute terms (qualifier kSubstituteQualifier).
  Lexicon<bool> substitute_markers;
  std::string substitute_rule;
  std::string range_rule;
  Lexicon<bool> range_connectives;
  Lexicon<bool> range_openers;
  // Words right before a range's first number (or its opener) that make the two numbers
  // a change, not a range: "rose from 5 to 11", "jumped 12% to 345 pence".
  Lexicon<bool> range_not_after;
  // Words right before a percentage (hedges.json contraction_before) that say it is a
  // fall, so the rate is negative: "terkontraksi 5,32%" is growth of minus 5,32%.
  Lexicon<bool> contraction_before;
  // Phrases whose number words are no number (lang.json not_numbers): "satu per satu",
  // "one by one".
  Lexicon<bool> not_numbers;
  Lexicon<bool> range_opener_connectives;

  Lexicon<bool> attribution_before;   // "kata X", "menurut X"
  Lexicon<bool> attribution_after;    // "X mengatakan"
  Lexicon<bool> attribution_pronoun;  // "ujarnya"
  // The occasion of a statement ("dalam keterangan tertulis", "saat dikonfirmasi", "told
  // reporters"): a date right after one says when the statement was made.
  Lexicon<bool> statement_settings;
  WordSet speaker_stop;
  WordSet speaker_skip;  // passed over right before the verb ("pada")
  int max_speaker_tokens = 8;
  // attribution.json quote_marks: [opening, closing] marks of a quotation, whose speaker
  // speaks all its sentences.
  std::vector<std::pair<std::string, std::string>> quote_marks;

  LineRuleSet furniture_drop;
  LineRuleSet furniture_end;
  LineRuleSet furniture_caption;

  CompareRules compare;  // compare.json, with the tolerances below folded in

  Tolerance tolerance;  // defaults
  absl::flat_hash_map<std::string, Tolerance> dimension_tolerance;

  const Tolerance& ToleranceFor(absl::string_view dimension) const {
    auto it = dimension_tolerance.find(dimension);
    return it == dimension_tolerance.end() ? tolerance : it->second;
  }

  // Every rule name the pack's data declares (units, hedges, numbers, dates,
  // furniture), sorted and unique: each must have examples in the corpus.
  std::vector<std::string> RuleNames() const;

  std::vector<std::string> data_rules;  // unit and hedge rule names, as loaded
};

// The language of `text` among `packs`: the pack whose detection words make up the
// largest share of the first `max_bytes` bytes' words (ASCII letters, lower-cased). Returns
// nullptr when no pack's words occur at all (or `packs` is empty); ties go to the pack
// listed first.
const RulePack* DetectLanguage(const std::vector<const RulePack*>& packs, absl::string_view text,
                               size_t max_bytes = 4096);

// Loads and validates rules/<lang>/ from `dir`. Errors name the file and the entry.
absl::StatusOr<std::shared_ptr<const RulePack>> LoadRulePack(const std::string& dir);

// Reads a whole file into a string; NotFound / Internal naming the path.
absl::StatusOr<std::string> ReadFileToString(const std::string& path);

// Parses JSON text, reporting the byte position of a syntax error and naming `path`.
absl::StatusOr<nlohmann::json> ParseJsonFile(const std::string& path);

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_RULE_PACK_H_
