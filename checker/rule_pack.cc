#include "checker/rule_pack.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>
#include <tuple>
#include <utility>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/status_macros.h"

namespace claimcheck {
namespace {

using nlohmann::json;

absl::Status Bad(const std::string& file, absl::string_view what) {
  return absl::InvalidArgumentError(absl::StrCat(file, ": ", what));
}

// Reads an array of strings at `key`; error names the file and key.
absl::StatusOr<std::vector<std::string>> Strings(const json& j, const char* key,
                                                 const std::string& file, bool required) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end()) {
    if (required) return Bad(file, absl::StrCat("missing array '", key, "'"));
    return out;
  }
  if (!it->is_array()) return Bad(file, absl::StrCat("'", key, "' must be an array of strings"));
  for (size_t i = 0; i < it->size(); ++i) {
    const json& v = (*it)[i];
    if (!v.is_string() || v.get<std::string>().empty()) {
      return Bad(file, absl::StrCat("'", key, "'[", i, "] must be a non-empty string"));
    }
    out.push_back(v.get<std::string>());
  }
  return out;
}

absl::StatusOr<std::string> String(const json& j, const char* key, const std::string& where) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(where, ": field '", key, "' must be a non-empty string"));
  }
  return it->get<std::string>();
}

absl::Status AddAll(Lexicon<bool>* lex, const std::vector<std::string>& forms) {
  for (const std::string& f : forms) lex->Add(f, true);
  return absl::OkStatus();
}

// Adds the words lower-cased to `set` (word lists looked up by a token's lower-cased text).
template <typename Set>
void AddLowered(const std::vector<std::string>& words, Set* set) {
  for (const std::string& w : words) set->insert(absl::AsciiStrToLower(w));
}

// An object of key: [forms] ("rates": {"day": ["per hari", ...]}), each form looked up
// to its key after `prefix`.
absl::Status LoadFormMap(const nlohmann::json& j, const char* key, const std::string& file,
                         Lexicon<std::string>* out, absl::string_view prefix = "") {
  auto r = j.find(key);
  if (r == j.end()) return absl::OkStatus();
  if (!r->is_object()) return Bad(file, absl::StrCat("'", key, "' must be an object of name: [forms]"));
  for (auto it = r->begin(); it != r->end(); ++it) {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms,
                        Strings(*r, it.key().c_str(), absl::StrCat(file, ": ", key), true));
    for (const std::string& f : forms) out->Add(f, absl::StrCat(prefix, it.key()));
  }
  return absl::OkStatus();
}

// The word list under `key` of a pack file, if given, lower-cased into `set`.
template <typename Set>
absl::Status LoadLowered(const nlohmann::json& j, const char* key, const std::string& file, Set* set) {
  CC_ASSIGN_OR_RETURN(std::vector<std::string> words, Strings(j, key, file, false));
  AddLowered(words, set);
  return absl::OkStatus();
}

// The word list under `key` of a pack file, if given, into `lexicon`.
absl::Status LoadLexicon(const nlohmann::json& j, const char* key, const std::string& file, Lexicon<bool>* lexicon) {
  CC_ASSIGN_OR_RETURN(std::vector<std::string> words, Strings(j, key, file, false));
  return AddAll(lexicon, words);
}

// A window of words under `key` of a pack file, if given: a whole number from 0 to 20.
absl::Status WordWindow(const nlohmann::json& j, const char* key, const std::string& file, int* out) {
  auto m = j.find(key);
  if (m == j.end()) return absl::OkStatus();
  if (!m->is_number_unsigned() || m->get<int>() > 20) {
    return Bad(file, absl::StrCat("'", key, "' must be a whole number of words from 0 to 20"));
  }
  *out = m->get<int>();
  return absl::OkStatus();
}

absl::Status LoadUnits(const json& j, const std::string& file, RulePack* pack) {
  auto it = j.find("units");
  if (it == j.end() || !it->is_array()) return Bad(file, "missing array 'units'");
  struct Loaded {
    UnitDef def;
    std::string position, scaled_as;
    std::vector<std::string> forms, glued, prefix_only;
  };
  std::vector<Loaded> loaded;
  for (size_t i = 0; i < it->size(); ++i) {
    const json& u = (*it)[i];
    std::string where = absl::StrCat(file, ": units[", i, "]");
    if (!u.is_object()) return absl::InvalidArgumentError(where + ": must be an object");
    UnitDef def;
    CC_ASSIGN_OR_RETURN(def.name, String(u, "name", where));
    where = absl::StrCat(file, ": unit '", def.name, "'");
    CC_ASSIGN_OR_RETURN(def.dimension, String(u, "dimension", where));
    CC_ASSIGN_OR_RETURN(def.canonical, String(u, "canonical", where));
    CC_ASSIGN_OR_RETURN(std::string position, String(u, "position", where));
    // A number, or a fraction "1/24" (an hour in days) so that 48 hours are 2 days exactly.
    auto f = u.find("factor");
    bool factor_ok = f != u.end() && f->is_number() && f->get<double>() > 0;
    if (factor_ok) {
      def.factor = f->get<double>();
    } else if (f != u.end() && f->is_string()) {
      std::vector<std::string> parts = absl::StrSplit(f->get<std::string>(), '/');
      factor_ok = parts.size() == 2 && absl::SimpleAtod(parts[0], &def.factor) &&
                  absl::SimpleAtod(parts[1], &def.divisor) && def.factor > 0 && def.divisor > 0;
    }
    if (!factor_ok) {
      return absl::InvalidArgumentError(where + ": 'factor' must be a positive number or a fraction \"a/b\"");
    }
    if (auto o = u.find("offset"); o != u.end()) {
      if (!o->is_number()) return absl::InvalidArgumentError(where + ": 'offset' must be a number");
      def.offset = o->get<double>();
    }
    if (auto m = u.find("max_value"); m != u.end()) {
      if (!m->is_number()) return absl::InvalidArgumentError(where + ": 'max_value' must be a number");
      def.max_value = m->get<double>();
    }
    if (auto j = u.find("sub_joiner"); j != u.end()) {
      auto f = u.find("sub_factor");
      if (!j->is_string() || j->get<std::string>().empty() || f == u.end() || !f->is_number() ||
          f->get<double>() <= 0) {
        return absl::InvalidArgumentError(where + ": 'sub_joiner' must be a non-empty string, with a positive 'sub_factor'");
      }
      def.sub_joiner = j->get<std::string>();
      def.sub_factor = f->get<double>();
    }
    if (position != "prefix" && position != "suffix" && position != "both") {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": 'position' must be prefix, suffix or both, got '", position, "'"));
    }
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, Strings(u, "forms", where, true));
    CC_ASSIGN_OR_RETURN(std::vector<std::string> glued, Strings(u, "glued_forms", where, false));
    // Forms of a unit written after a number too that are written only before one ("Rp"
    // of "5.000 rupiah"): "zona 2 Rp 15.400" is no Rp 2.
    CC_ASSIGN_OR_RETURN(std::vector<std::string> prefix_only, Strings(u, "prefix_only_forms", where, false));
    if (!prefix_only.empty() && position == "suffix") {
      return absl::InvalidArgumentError(where + ": 'prefix_only_forms' are written before the number; "
                                                "a suffix unit has none");
    }
    if (!glued.empty() && position == "prefix") {
      return absl::InvalidArgumentError(where + ": 'glued_forms' are written after the number; "
                                                "a prefix unit has none");
    }
    std::string scaled_as;
    if (auto a = u.find("scaled_as"); a != u.end()) {
      if (!a->is_string()) return absl::InvalidArgumentError(where + ": 'scaled_as' must be a unit's name");
      scaled_as = a->get<std::string>();
    }
    CC_ASSIGN_OR_RETURN(def.scaled_not_before, Strings(u, "scaled_not_before", where, false));
    for (std::string& w : def.scaled_not_before) w = absl::AsciiStrToLower(w);
    loaded.push_back({std::move(def), std::move(position), std::move(scaled_as), std::move(forms), std::move(glued),
                      std::move(prefix_only)});
  }
  for (Loaded& l : loaded) {
    if (l.scaled_as.empty()) continue;
    auto target = std::find_if(loaded.begin(), loaded.end(), [&](const Loaded& o) { return o.def.name == l.scaled_as; });
    if (target == loaded.end() || !target->scaled_as.empty()) {
      return Bad(file, absl::StrCat("unit '", l.def.name, "': scaled_as '", l.scaled_as,
                                    "' is not the name of a unit without scaled_as of its own"));
    }
    l.def.scaled_as = std::make_shared<const UnitDef>(target->def);
  }
  for (const Loaded& l : loaded) {
    pack->data_rules.push_back(l.def.name);
    for (const std::string& form : l.forms) {
      if (l.position != "suffix") pack->prefix_units.Add(form, l.def);
      if (l.position != "prefix") pack->suffix_units.Add(form, l.def);
    }
    for (const std::string& form : l.glued) pack->glued_suffix_units.Add(form, l.def);
    for (const std::string& form : l.prefix_only) pack->prefix_units.Add(form, l.def);
  }
  return absl::OkStatus();
}

// concepts.json `key`: an object from a key `key_ok` accepts to a list of states, each
// given to add(key, state). `what` is the shape, for a key or value of another; `verb`
// names the relation for a listed word that is no state ("'death' lists \"house\"").
template <typename KeyOk, typename Add>
absl::Status LoadStateLists(const json& j, const char* key, const std::string& file, const RulePack& pack,
                            const char* what, const char* verb, KeyOk key_ok, Add add) {
  auto h = j.find(key);
  if (h == j.end()) return absl::OkStatus();
  if (!h->is_object()) return Bad(file, what);
  for (auto it = h->begin(); it != h->end(); ++it) {
    if (!key_ok(it.key()) || !it.value().is_array()) return Bad(file, what);
    for (const json& state : it.value()) {
      if (!state.is_string() || !pack.states.contains(state.get<std::string>())) {
        return Bad(file, absl::StrCat(key, ": '", it.key(), "' ", verb, " ", state.dump(),
                                      ", which is no state of 'states'"));
      }
      add(it.key(), state.get<std::string>());
    }
  }
  return absl::OkStatus();
}

absl::Status LoadConcepts(const json& j, const std::string& file, RulePack* pack) {
  CC_ASSIGN_OR_RETURN(std::vector<std::string> lines, Strings(j, "concepts", file, true));
  WordSet& ids = pack->concept_ids;
  for (size_t i = 0; i < lines.size(); ++i) {
    std::vector<std::string> parts = absl::StrSplit(lines[i], '|');
    if (parts.size() < 2) {
      return Bad(file, absl::StrCat("concepts[", i, "] '", lines[i],
                                    "' must be 'id|form|form…' with at least one form"));
    }
    Concept c{parts[0]};
    ids.insert(c.id);
    for (size_t k = 1; k < parts.size(); ++k) {
      if (parts[k].empty()) {
        return Bad(file, absl::StrCat("concepts[", i, "] '", lines[i], "' has an empty form"));
      }
      pack->concepts.Add(parts[k], c);
      // "diungsikan" finds evacuee through the stem it shares with "mengungsi".
      if (parts[k].find(' ') == std::string::npos) {
        pack->concept_stems.emplace(pack->stemmer.Stem(parts[k]), c.id);
        pack->concept_words.emplace(absl::AsciiStrToLower(parts[k]), c.id);
      }
    }
  }
  CC_ASSIGN_OR_RETURN(std::vector<std::string> cls, Strings(j, "classifiers", file, false));
  pack->classifiers.insert(cls.begin(), cls.end());
  CC_ASSIGN_OR_RETURN(pack->verb_prefixes, Strings(j, "verb_prefixes", file, false));
  for (std::string& p : pack->verb_prefixes) p = absl::AsciiStrToLower(p);
  CC_ASSIGN_OR_RETURN(pack->passive_prefixes, Strings(j, "passive_prefixes", file, false));
  for (std::string& p : pack->passive_prefixes) p = absl::AsciiStrToLower(p);
  CC_ASSIGN_OR_RETURN(pack->noun_suffixes, Strings(j, "noun_suffixes", file, false));
  for (std::string& p : pack->noun_suffixes) p = absl::AsciiStrToLower(p);
  if (auto h = j.find("head_final_window"); h != j.end()) {
    if (!h->is_number_integer() || h->get<int>() < 0 || h->get<int>() > 4) {
      return Bad(file, "head_final_window: must be a whole number from 0 to 4");
    }
    pack->head_final_window = h->get<int>();
  }
  CC_ASSIGN_OR_RETURN(pack->plural_endings, Strings(j, "plural_endings", file, false));
  CC_ASSIGN_OR_RETURN(pack->singular_endings, Strings(j, "singular_endings", file, false));
  // Lists of concept ids must name concepts of this file.
  auto concept_ids = [&](const char* key, WordSet* out) -> absl::Status {
    CC_ASSIGN_OR_RETURN(std::vector<std::string> list, Strings(j, key, file, false));
    for (const std::string& id : list) {
      if (!ids.contains(id)) {
        return Bad(file, absl::StrCat(key, ": '", id, "' is not the id of a concept"));
      }
    }
    out->insert(list.begin(), list.end());
    return absl::OkStatus();
  };
  CC_RETURN_IF_ERROR(concept_ids("states", &pack->states));
  CC_RETURN_IF_ERROR(concept_ids("tally_subjects", &pack->tally_subjects));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "tally_openers", file, &pack->tally_openers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "state_alternatives", file, &pack->state_alternatives));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "group_scopes", file, &pack->group_scopes));
  CC_RETURN_IF_ERROR(LoadLowered(j, "relative_pronouns", file, &pack->relative_pronouns));
  CC_RETURN_IF_ERROR(LoadLowered(j, "rate_clause_words", file, &pack->rate_clause_words));
  CC_RETURN_IF_ERROR(LoadLowered(j, "rate_not_before", file, &pack->rate_not_before));
  CC_RETURN_IF_ERROR(LoadLowered(j, "whole_clauses", file, &pack->whole_clauses));
  CC_RETURN_IF_ERROR(LoadLowered(j, "compound_classifiers", file, &pack->compound_classifiers));
  // An object of concept id: [words] under `key`, each list given to `take`.
  auto per_concept = [&](const char* key,
                         const std::function<void(const std::string&, const std::vector<std::string>&)>& take)
      -> absl::Status {
    auto m = j.find(key);
    if (m == j.end()) return absl::OkStatus();
    if (!m->is_object()) return Bad(file, absl::StrCat("'", key, "' must be an object of concept: [words]"));
    for (auto it = m->begin(); it != m->end(); ++it) {
      if (!ids.contains(it.key())) {
        return Bad(file, absl::StrCat(key, ": '", it.key(), "' is not the id of a concept"));
      }
      CC_ASSIGN_OR_RETURN(std::vector<std::string> words,
                          Strings(*m, it.key().c_str(), absl::StrCat(file, ": ", key), true));
      take(it.key(), words);
    }
    return absl::OkStatus();
  };
  CC_RETURN_IF_ERROR(per_concept("compound_heads", [&](const std::string& id, const std::vector<std::string>& forms) {
    for (const std::string& f : forms) pack->compound_heads.Add(f, id);
  }));
  CC_RETURN_IF_ERROR(LoadFormMap(j, "rates", file, &pack->rates));
  if (pack->rates.size() != 0) pack->data_rules.push_back(pack->rate_rule);
  // Each form looks up its context word ("@/kg"), which the extractor gives as it is.
  const char unit_mark[] = {kWindowMark, kPerUnitMark, '\0'};
  CC_RETURN_IF_ERROR(LoadFormMap(j, "unit_rates", file, &pack->unit_rates, unit_mark));
  CC_RETURN_IF_ERROR(LoadLowered(j, "tally_verbs", file, &pack->tally_verbs));
  CC_RETURN_IF_ERROR(per_concept("measured_after", [&](const std::string& id, const std::vector<std::string>& forms) {
    for (const std::string& f : forms) pack->measured_after.Add(f, id);
  }));
  CC_RETURN_IF_ERROR(per_concept("measured_after_not_after",
                                 [&](const std::string& id, const std::vector<std::string>& words) {
                                   AddLowered(words, &pack->measured_after_not_after[id]);
                                 }));
  CC_RETURN_IF_ERROR(per_concept("measured_after_dimensions",
                                 [&](const std::string& id, const std::vector<std::string>& dimensions) {
                                   AddLowered(dimensions, &pack->measured_after_dimensions[id]);
                                 }));
  CC_RETURN_IF_ERROR(per_concept("measured_dimensions",
                                 [&](const std::string& id, const std::vector<std::string>& dimensions) {
                                   AddLowered(dimensions, &pack->measured_dimensions[id]);
                                 }));
  CC_RETURN_IF_ERROR(per_concept("measured_after_over",
                                 [&](const std::string& id, const std::vector<std::string>& heads) {
                                   pack->measured_after_over[id].insert(heads.begin(), heads.end());
                                 }));
  for (const auto& [id, heads] : pack->measured_after_over) {
    for (const std::string& h : heads) {
      if (!ids.contains(h)) return Bad(file, absl::StrCat("measured_after_over: '", h, "' is not the id of a concept"));
    }
  }
  CC_RETURN_IF_ERROR(LoadFormMap(j, "nationalities", file, &pack->nationalities, "nationality "));
  if (auto b = j.find("bearings"); b != j.end()) {
    const std::string what = "'bearings' must be an object of direction: degrees from north, 0 to 360";
    if (!b->is_object()) return Bad(file, what);
    for (auto it = b->begin(); it != b->end(); ++it) {
      if (!it->is_number() || it->get<double>() < 0 || it->get<double>() >= 360) return Bad(file, what);
      const char mark[] = {kWindowMark, kBearingMark, '\0'};
      if (!pack->bearings.Add(it.key(), absl::StrCat(mark, it->get<double>()))) {
        return Bad(file, absl::StrCat("bearings: '", it.key(), "' is empty or given twice"));
      }
    }
  }
  if (auto h = j.find("state_holder"); h != j.end()) {
    if (!h->is_string() || !ids.contains(h->get<std::string>())) {
      return Bad(file, "state_holder: must be the id of a concept");
    }
    pack->state_holder = h->get<std::string>();
  }
  CC_RETURN_IF_ERROR(LoadStateLists(
      j, "state_holders", file, *pack, "state_holders: must map a concept id to the ids of the states it holds",
      "holds", [&](const std::string& k) { return ids.contains(k); },
      [&](const std::string& holder, const std::string& state) { pack->state_holders[state] = holder; }));
  CC_RETURN_IF_ERROR(LoadStateLists(
      j, "never_narrows", file, *pack, "never_narrows: must map a state to the states that never narrow it",
      "lists", [&](const std::string& k) { return pack->states.contains(k); },
      [&](const std::string& state, const std::string& narrower) { pack->never_narrows.emplace(state, narrower); }));
  CC_RETURN_IF_ERROR(LoadStateLists(
      j, "narrowed_after", file, *pack, "narrowed_after: must map a state to the states that narrow it after it",
      "lists", [&](const std::string& k) { return pack->states.contains(k); },
      [&](const std::string& state, const std::string& narrower) { pack->narrowed_after.emplace(state, narrower); }));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> skip, Strings(j, "qualifier_skip", file, false));
  pack->qualifier_skip.insert(skip.begin(), skip.end());
  CC_RETURN_IF_ERROR(LoadLexicon(j, "part_markers", file, &pack->part_markers));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "tenor_before", file, &pack->tenor_before));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "tenor_after", file, &pack->tenor_after));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "among_markers", file, &pack->among_markers));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "among_markers_before", file, &pack->among_markers_before));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "among_openers", file, &pack->among_openers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "among_copulas", file, &pack->among_copulas));
  CC_RETURN_IF_ERROR(LoadLowered(j, "among_predicates", file, &pack->among_predicates));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "breakdown_openers", file, &pack->breakdown_openers));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> part_before,
                      Strings(j, "part_markers_before", file, false));
  CC_RETURN_IF_ERROR(AddAll(&pack->part_markers_before, part_before));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "implied_noun_verbs", file, &pack->implied_noun_verbs));
  if (auto h = j.find("state_counts_without_noun"); h != j.end()) {
    if (!h->is_boolean()) return Bad(file, "state_counts_without_noun: must be true or false");
    pack->state_counts_without_noun = h->get<bool>();
  }
  CC_RETURN_IF_ERROR(LoadLowered(j, "state_stop", file, &pack->state_stop));
  CC_RETURN_IF_ERROR(LoadLowered(j, "state_clause_openers", file, &pack->state_clause_openers));
  CC_RETURN_IF_ERROR(LoadFormMap(j, "subgroups", file, &pack->subgroups,
                                 absl::StrCat(absl::string_view(&kWindowMark, 1), absl::string_view(&kSubgroupMark, 1))));
  CC_RETURN_IF_ERROR(LoadLowered(j, "noun_joiners", file, &pack->noun_joiners));
  CC_RETURN_IF_ERROR(LoadLowered(j, "vague_noun_linkers", file, &pack->vague_noun_linkers));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "partitives", file, &pack->partitives));
  CC_RETURN_IF_ERROR(LoadLowered(j, "place_prepositions", file, &pack->place_prepositions));
  CC_RETURN_IF_ERROR(LoadLowered(j, "distance_from", file, &pack->distance_from));
  CC_RETURN_IF_ERROR(LoadLowered(j, "breakdown_states", file, &pack->breakdown_states));
  CC_RETURN_IF_ERROR(LoadLowered(j, "located_wholes", file, &pack->located_wholes));
  CC_RETURN_IF_ERROR(LoadLowered(j, "place_types", file, &pack->place_types));
  CC_RETURN_IF_ERROR(LoadLowered(j, "place_restrictors", file, &pack->place_restrictors));
  CC_RETURN_IF_ERROR(LoadLowered(j, "class_markers", file, &pack->class_markers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "located_openers", file, &pack->located_openers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "located_fillers", file, &pack->located_fillers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "subject_openers", file, &pack->subject_openers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "designators", file, &pack->designators));
  CC_RETURN_IF_ERROR(LoadLowered(j, "numbered_designations", file, &pack->numbered_designations));
  CC_RETURN_IF_ERROR(LoadLowered(j, "designator_joiners", file, &pack->designator_joiners));
  CC_RETURN_IF_ERROR(LoadLowered(j, "subject_place_copulas", file, &pack->subject_place_copulas));
  CC_RETURN_IF_ERROR(LoadLowered(j, "place_names", file, &pack->place_names));
  CC_RETURN_IF_ERROR(LoadLowered(j, "place_subject_verbs", file, &pack->place_subject_verbs));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "part_openers", file, &pack->part_openers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "increments_after", file, &pack->increments_after));
  CC_RETURN_IF_ERROR(LoadLowered(j, "state_narrowers", file, &pack->state_narrowers));
  CC_RETURN_IF_ERROR(concept_ids("sentence_wide", &pack->sentence_wide));
  CC_RETURN_IF_ERROR(concept_ids("sentence_whole", &pack->sentence_whole));
  CC_RETURN_IF_ERROR(concept_ids("before_figure_only", &pack->before_figure_only));
  CC_RETURN_IF_ERROR(concept_ids("nearest_figure_only", &pack->nearest_figure_only));
  CC_RETURN_IF_ERROR(concept_ids("states_before_figure", &pack->states_before_figure));
  CC_RETURN_IF_ERROR(concept_ids("state_changes", &pack->state_changes));
  for (const std::string& id : pack->state_changes) {
    if (!pack->states.contains(id)) return Bad(file, absl::StrCat("state_changes: '", id, "' is not a state"));
  }
  for (const std::string& line : lines) {
    std::vector<absl::string_view> parts = absl::StrSplit(line, '|');
    if (!pack->sentence_wide.contains(parts[0]) && !pack->sentence_whole.contains(parts[0])) continue;
    for (size_t k = 1; k < parts.size(); ++k) {
      pack->sentence_wide_first.insert(absl::AsciiStrToLower(parts[k].substr(0, parts[k].find(' '))));
    }
  }
  CC_RETURN_IF_ERROR(LoadLowered(j, "sentence_wide_stops", file, &pack->sentence_wide_stops));
  CC_RETURN_IF_ERROR(LoadLowered(j, "distributives", file, &pack->distributives));
  CC_RETURN_IF_ERROR(LoadLowered(j, "part_classifiers", file, &pack->part_classifiers));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> part_of_links, Strings(j, "part_of_links", file, false));
  CC_RETURN_IF_ERROR(AddAll(&pack->part_of_links, part_of_links));
  if (pack->part_of_links.size() != 0) pack->data_rules.push_back(pack->part_of_rule);
  CC_RETURN_IF_ERROR(LoadLexicon(j, "fronted_partitives", file, &pack->fronted_partitives));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> measured, Strings(j, "measured", file, false));
  pack->measured.insert(measured.begin(), measured.end());
  CC_ASSIGN_OR_RETURN(std::vector<std::string> period_heads, Strings(j, "period_heads", file, false));
  pack->period_heads.insert(period_heads.begin(), period_heads.end());
  CC_RETURN_IF_ERROR(LoadLowered(j, "noun_of_links", file, &pack->noun_of_links));
  CC_RETURN_IF_ERROR(LoadLowered(j, "noun_of_openers", file, &pack->noun_of_openers));
  CC_ASSIGN_OR_RETURN(std::vector<std::string> never_counted, Strings(j, "never_counted", file, false));
  for (const std::string& id : never_counted) {
    if (!ids.contains(id)) return Bad(file, absl::StrCat("never_counted: '", id, "' is not the id of a concept"));
  }
  pack->never_counted.insert(never_counted.begin(), never_counted.end());
  if (auto a = j.find("ages"); a != j.end()) {
    const std::string where = file + ": ages";
    if (!a->is_object()) return Bad(file, "'ages' must be an object");
    RulePack::AgeRule& age = pack->age;
    CC_ASSIGN_OR_RETURN(age.rule, String(*a, "name", where));
    CC_ASSIGN_OR_RETURN(age.dimension, String(*a, "dimension", where));
    CC_ASSIGN_OR_RETURN(age.unit, String(*a, "unit", where));
    // The name of a unit rule of units.json at `key` (year_unit, month_unit,
    // year_old_unit); only year_unit is required.
    auto unit_rule = [&](const char* key, bool required, std::string* out) -> absl::Status {
      if (!required && !a->contains(key)) return absl::OkStatus();
      CC_ASSIGN_OR_RETURN(*out, String(*a, key, where));
      if (std::find(pack->data_rules.begin(), pack->data_rules.end(), *out) == pack->data_rules.end()) {
        return Bad(file, absl::StrCat("ages: ", key, " '", *out, "' is not the name of a unit of units.json"));
      }
      return absl::OkStatus();
    };
    CC_RETURN_IF_ERROR(unit_rule("year_unit", /*required=*/true, &age.year_unit));
    CC_RETURN_IF_ERROR(unit_rule("month_unit", /*required=*/false, &age.month_unit));
    CC_RETURN_IF_ERROR(unit_rule("year_old_unit", /*required=*/false, &age.year_old_unit));
    CC_ASSIGN_OR_RETURN(auto articles, Strings(*a, "appositive_articles", where, false));
    AddLowered(articles, &age.appositive_articles);
    CC_ASSIGN_OR_RETURN(auto closed, Strings(*a, "closed_appositive_articles", where, false));
    AddLowered(closed, &age.closed_appositive_articles);
    CC_ASSIGN_OR_RETURN(auto closers, Strings(*a, "apposition_closers", where, false));
    AddLowered(closers, &age.apposition_closers);
    CC_ASSIGN_OR_RETURN(auto aliases, Strings(*a, "alias_links", where, false));
    AddLowered(aliases, &age.alias_links);
    CC_ASSIGN_OR_RETURN(auto not_after, Strings(*a, "name_not_after", where, false));
    AddLowered(not_after, &age.name_not_after);
    CC_RETURN_IF_ERROR(LoadFormMap(*a, "things", where, &age.things, kThingMark));
    CC_RETURN_IF_ERROR(LoadFormMap(*a, "roles", where, &age.roles, kThingMark));
    CC_ASSIGN_OR_RETURN(auto openers, Strings(*a, "person_clause_openers", where, false));
    AddLowered(openers, &age.person_clause_openers);
    CC_ASSIGN_OR_RETURN(auto kin, Strings(*a, "kin_before_name", where, false));
    AddLowered(kin, &age.kin_before_name);
    CC_ASSIGN_OR_RETURN(auto markers, Strings(*a, "markers", where, true));
    CC_RETURN_IF_ERROR(AddAll(&age.markers, markers));
    CC_ASSIGN_OR_RETURN(auto person_nouns, Strings(*a, "person_nouns", where, false));
    CC_RETURN_IF_ERROR(AddAll(&age.person_nouns, person_nouns));
    CC_ASSIGN_OR_RETURN(auto links, Strings(*a, "role_name_links", where, false));
    AddLowered(links, &age.role_name_links);
    CC_ASSIGN_OR_RETURN(auto particles, Strings(*a, "name_particles", where, false));
    AddLowered(particles, &age.name_particles);
    CC_ASSIGN_OR_RETURN(auto suffixes, Strings(*a, "name_suffixes", where, false));
    AddLowered(suffixes, &age.name_suffixes);
    CC_ASSIGN_OR_RETURN(auto decades, Strings(*a, "decade_markers", where, false));
    CC_RETURN_IF_ERROR(AddAll(&age.decade_markers, decades));
    CC_ASSIGN_OR_RETURN(auto skip, Strings(*a, "name_skip", where, false));
    age.name_skip.insert(skip.begin(), skip.end());
    CC_ASSIGN_OR_RETURN(auto not_names, Strings(*a, "not_names", where, false));
    AddLowered(not_names, &age.not_names);
    auto max = a->find("max");
    if (max == a->end() || !max->is_number() || max->get<double>() < 1) {
      return Bad(file, "ages: 'max' must be a number of years, at least 1");
    }
    age.max = max->get<double>();
    if (auto bc = a->find("between_commas"); bc != a->end()) {
      if (!bc->is_boolean()) return Bad(file, "ages: 'between_commas' must be true or false");
      age.between_commas = bc->get<bool>();
    }
    pack->data_rules.push_back(age.rule);
  }
  return absl::OkStatus();
}

absl::Status LoadHedgeList(const json& j, const char* key, const std::string& file,
                           Lexicon<HedgeDef>* lex, std::vector<std::string>* names) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return Bad(file, absl::StrCat("missing array '", key, "'"));
  for (size_t i = 0; i < it->size(); ++i) {
    const json& h = (*it)[i];
    std::string where = absl::StrCat(file, ": ", key, "[", i, "]");
    if (!h.is_object()) return absl::InvalidArgumentError(where + ": must be an object");
    HedgeDef def;
    CC_ASSIGN_OR_RETURN(def.name, String(h, "name", where));
    where = absl::StrCat(file, ": hedge '", def.name, "'");
    CC_ASSIGN_OR_RETURN(std::string bound, String(h, "bound", where));
    if (!ParseBound(bound, &def.bound) || def.bound == Bound::kExact || def.bound == Bound::kRange) {
      return absl::InvalidArgumentError(absl::StrCat(
          where, ": unknown bound '", bound,
          "' (expected approx, at_least, more_than, at_most or less_than)"));
    }
    CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, Strings(h, "forms", where, true));
    if (h.contains("not_before")) {
      if (absl::string_view(key) != "after") {
        return absl::InvalidArgumentError(where + ": 'not_before' is only for hedges after a number");
      }
      CC_ASSIGN_OR_RETURN(std::vector<std::string> not_before, Strings(h, "not_before", where, true));
      AddLowered(not_before, &def.not_before);
    }
    names->push_back(def.name);
    for (const std::string& f : forms) lex->Add(f, def);
  }
  return absl::OkStatus();
}

// An optional {"name", "forms"} object of hedges.json whose forms mark a number
// (comparative, increment): the forms go into `lex`, the name into `rule` and the
// pack's data rules.
absl::Status LoadMarkers(const json& j, const char* key, const std::string& file,
                         Lexicon<bool>* lex, std::string* rule, RulePack* pack) {
  auto c = j.find(key);
  if (c == j.end()) return absl::OkStatus();
  if (!c->is_object()) return Bad(file, absl::StrCat("'", key, "' must be an object"));
  const std::string where = absl::StrCat(file, ": ", key);
  CC_ASSIGN_OR_RETURN(*rule, String(*c, "name", where));
  CC_ASSIGN_OR_RETURN(auto forms, Strings(*c, "forms", where, true));
  CC_RETURN_IF_ERROR(AddAll(lex, forms));
  pack->data_rules.push_back(*rule);
  return absl::OkStatus();
}

absl::Status LoadHedges(const json& j, const std::string& file, RulePack* pack) {
  CC_RETURN_IF_ERROR(LoadHedgeList(j, "before", file, &pack->hedges_before, &pack->data_rules));
  CC_RETURN_IF_ERROR(LoadHedgeList(j, "after", file, &pack->hedges_after, &pack->data_rules));
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "comparative", file, &pack->comparatives, &pack->comparative_rule, pack));
  if (auto c = j.find("comparative"); c != j.end() && c->is_object()) {
    if (auto b = c->find("before_figure"); b != c->end()) {
      if (!b->is_boolean()) return Bad(file, "comparative: 'before_figure' must be true or false");
      pack->comparatives_before = b->get<bool>();
    }
  }
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "increment", file, &pack->increments, &pack->increment_rule, pack));
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "earlier", file, &pack->earlier_markers, &pack->earlier_rule, pack));
  if (auto e = j.find("earlier"); e != j.end()) {
    CC_ASSIGN_OR_RETURN(auto not_before, Strings(*e, "not_before", file + ": earlier", false));
    AddLowered(not_before, &pack->earlier_not_before);
    CC_ASSIGN_OR_RETURN(auto not_after, Strings(*e, "not_after", file + ": earlier", false));
    AddLowered(not_after, &pack->earlier_not_after);
    CC_ASSIGN_OR_RETURN(pack->earlier_not_of, Strings(*e, "not_of", file + ": earlier", false));
    CC_ASSIGN_OR_RETURN(auto change_verbs, Strings(*e, "change_verbs", file + ": earlier", false));
    AddLowered(change_verbs, &pack->earlier_change_verbs);
    CC_ASSIGN_OR_RETURN(auto change_from, Strings(*e, "change_from", file + ": earlier", false));
    AddLowered(change_from, &pack->earlier_change_from);
    if (change_verbs.empty() != change_from.empty()) {
      return Bad(file, "earlier: 'change_verbs' and 'change_from' are given together");
    }
  }
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "earlier_then", file, &pack->earlier_then, &pack->earlier_then_rule, pack));
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "target", file, &pack->target_markers, &pack->target_rule, pack));
  if (auto t = j.find("target"); t != j.end()) {
    CC_ASSIGN_OR_RETURN(auto copulas, Strings(*t, "subject_copulas", file + ": target", false));
    AddLowered(copulas, &pack->target_subject_copulas);
    CC_ASSIGN_OR_RETURN(auto appositives, Strings(*t, "appositives", file + ": target", false));
    AddLowered(appositives, &pack->target_appositives);
    CC_ASSIGN_OR_RETURN(auto future_after, Strings(*t, "future_after", file + ": target", false));
    AddLowered(future_after, &pack->target_future_after);
    CC_ASSIGN_OR_RETURN(auto openers, Strings(*t, "condition_openers", file + ": target", false));
    AddLowered(openers, &pack->target_condition_openers);
    CC_ASSIGN_OR_RETURN(auto verbs, Strings(*t, "condition_verbs", file + ": target", false));
    CC_RETURN_IF_ERROR(AddAll(&pack->target_condition_verbs, verbs));
    CC_ASSIGN_OR_RETURN(auto not_before, Strings(*t, "condition_not_before", file + ": target", false));
    AddLowered(not_before, &pack->target_condition_not_before);
  }
  CC_RETURN_IF_ERROR(
      LoadMarkers(j, "substitute", file, &pack->substitute_markers, &pack->substitute_rule, pack));
  auto r = j.find("range");
  if (r == j.end() || !r->is_object()) return Bad(file, "missing object 'range'");
  std::string where = file + ": range";
  CC_ASSIGN_OR_RETURN(pack->range_rule, String(*r, "name", where));
  pack->data_rules.push_back(pack->range_rule);
  CC_ASSIGN_OR_RETURN(auto conn, Strings(*r, "connectives", where, true));
  CC_ASSIGN_OR_RETURN(auto open, Strings(*r, "openers", where, true));
  CC_ASSIGN_OR_RETURN(auto open_conn, Strings(*r, "opener_connectives", where, true));
  CC_RETURN_IF_ERROR(AddAll(&pack->range_connectives, conn));
  CC_RETURN_IF_ERROR(AddAll(&pack->range_openers, open));
  CC_RETURN_IF_ERROR(AddAll(&pack->range_opener_connectives, open_conn));
  CC_ASSIGN_OR_RETURN(auto not_after, Strings(*r, "not_after", where, false));
  CC_RETURN_IF_ERROR(AddAll(&pack->range_not_after, not_after));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "contraction_before", file, &pack->contraction_before));
  return absl::OkStatus();
}

absl::Status LoadAttribution(const json& j, const std::string& file, RulePack* pack) {
  CC_ASSIGN_OR_RETURN(auto before, Strings(j, "before_speaker", file, true));
  CC_ASSIGN_OR_RETURN(auto after, Strings(j, "after_speaker", file, true));
  CC_ASSIGN_OR_RETURN(auto pronoun, Strings(j, "pronoun", file, true));
  CC_ASSIGN_OR_RETURN(auto stop, Strings(j, "speaker_stop", file, true));
  CC_ASSIGN_OR_RETURN(auto skip, Strings(j, "speaker_skip", file, false));
  CC_RETURN_IF_ERROR(LoadLexicon(j, "statement_settings", file, &pack->statement_settings));
  CC_RETURN_IF_ERROR(AddAll(&pack->attribution_before, before));
  CC_RETURN_IF_ERROR(AddAll(&pack->attribution_after, after));
  CC_RETURN_IF_ERROR(AddAll(&pack->attribution_pronoun, pronoun));
  pack->speaker_stop.insert(stop.begin(), stop.end());
  AddLowered(skip, &pack->speaker_skip);
  CC_RETURN_IF_ERROR(LoadLowered(j, "speaker_clauses", file, &pack->speaker_clauses));
  CC_RETURN_IF_ERROR(LoadLowered(j, "pronoun_speakers", file, &pack->pronoun_speakers));
  CC_RETURN_IF_ERROR(LoadLowered(j, "speaker_origins", file, &pack->speaker_origins));
  CC_RETURN_IF_ERROR(LoadLowered(j, "name_joiners", file, &pack->name_joiners));
  if (auto m = j.find("quote_marks"); m != j.end()) {
    if (!m->is_array()) return Bad(file, "'quote_marks' must be an array");
    for (const json& pair : *m) {
      if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string() ||
          pair[0].get<std::string>().empty() || pair[1].get<std::string>().empty()) {
        return Bad(file, "'quote_marks' must list [opening, closing] pairs of marks");
      }
      pack->quote_marks.emplace_back(pair[0].get<std::string>(), pair[1].get<std::string>());
    }
  }
  if (auto m = j.find("max_speaker_tokens"); m != j.end()) {
    if (!m->is_number_unsigned() || m->get<int>() < 1) {
      return Bad(file, "'max_speaker_tokens' must be a positive integer");
    }
    pack->max_speaker_tokens = m->get<int>();
  }
  return absl::OkStatus();
}

absl::Status LoadLineRules(const json& j, const char* key, const std::string& file,
                           LineRuleSet* out) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return Bad(file, absl::StrCat("missing array '", key, "'"));
  RE2::Options opt;
  opt.set_log_errors(false);
  out->set = std::make_unique<RE2::Set>(opt, RE2::ANCHOR_BOTH);
  for (size_t i = 0; i < it->size(); ++i) {
    const json& r = (*it)[i];
    std::string where = absl::StrCat(file, ": ", key, "[", i, "]");
    if (!r.is_object()) return absl::InvalidArgumentError(where + ": must be an object");
    CC_ASSIGN_OR_RETURN(std::string name, String(r, "name", where));
    where = absl::StrCat(file, ": rule '", name, "'");
    CC_ASSIGN_OR_RETURN(std::string pattern, String(r, "pattern", where));
    // Unanchored caption patterns search the line; anchored ones must match all of it.
    std::string p = pattern;
    if (p.rfind("^", 0) != 0 && p.rfind("(?i)^", 0) != 0) p = ".*(?:" + p + ").*";
    std::string error;
    if (out->set->Add(p, &error) < 0) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": invalid pattern '", pattern, "': ", error));
    }
    out->names.push_back(name);
  }
  if (!out->set->Compile()) return Bad(file, absl::StrCat("'", key, "' patterns do not compile"));
  return absl::OkStatus();
}

absl::Status LoadTolerance(const json& j, const std::string& where, Tolerance* t) {
  for (auto [key, field] : {std::pair<const char*, double*>{"approx_relative", &t->approx_relative},
                            {"exact_relative", &t->exact_relative},
                            {"exact_absolute", &t->exact_absolute},
                            {"rounding", &t->rounding},
                            {"rounding_max_relative", &t->rounding_max_relative},
                            {"truncation", &t->truncation},
                            {"trailing_zeros", &t->trailing_zeros}}) {
    if (auto it = j.find(key); it != j.end()) {
      if (!it->is_number() || it->get<double>() < 0) {
        return absl::InvalidArgumentError(
            absl::StrCat(where, ": '", key, "' must be a non-negative number"));
      }
      *field = it->get<double>();
    }
  }
  return absl::OkStatus();
}

absl::Status LoadTolerances(const json& j, const std::string& file, RulePack* pack) {
  CC_RETURN_IF_ERROR(LoadTolerance(j, file, &pack->tolerance));
  if (auto d = j.find("dimensions"); d != j.end()) {
    if (!d->is_object()) return Bad(file, "'dimensions' must be an object");
    for (auto it = d->begin(); it != d->end(); ++it) {
      Tolerance t = pack->tolerance;
      CC_RETURN_IF_ERROR(LoadTolerance(it.value(), file + ": dimension '" + it.key() + "'", &t));
      pack->dimension_tolerance[it.key()] = t;
    }
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(path, ": cannot open file"));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return absl::InternalError(absl::StrCat(path, ": read error"));
  return ss.str();
}

absl::StatusOr<nlohmann::json> ParseJsonFile(const std::string& path) {
  CC_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // Position as line:column (1-based), the way editors show it.
    size_t line = 1, column = 1;
    for (size_t k = 0; k + 1 < e.byte && k < text.size(); ++k) {
      if (text[k] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    std::string what = e.what();
    size_t colon = what.find("parse error");
    return absl::InvalidArgumentError(absl::StrCat(path, ":", line, ":", column,
                                                   ": invalid JSON: ",
                                                   colon == std::string::npos ? what : what.substr(colon)));
  } catch (const nlohmann::json::exception& e) {
    // Not a syntax error but a value JSON cannot hold here ("1e999").
    return absl::InvalidArgumentError(absl::StrCat(path, ": invalid JSON: ", e.what()));
  }
}

std::vector<std::string> RulePack::RuleNames() const {
  std::vector<std::string> out = data_rules;
  for (const std::string& n : numbers->RuleNames()) out.push_back(n);
  for (const std::string& n : dates->RuleNames()) out.push_back(n);
  for (const auto* set : {&furniture_drop, &furniture_end, &furniture_caption}) {
    for (const std::string& n : set->names) out.push_back(n);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

const RulePack* DetectLanguage(const std::vector<const RulePack*>& packs, absl::string_view text,
                               size_t max_bytes) {
  text = text.substr(0, max_bytes);
  std::vector<size_t> hits(packs.size(), 0);
  std::string word;
  auto count = [&] {
    if (word.empty()) return;
    for (size_t p = 0; p < packs.size(); ++p) hits[p] += packs[p]->detection_words.contains(word);
    word.clear();
  };
  for (char c : text) {
    if (absl::ascii_isalpha(static_cast<unsigned char>(c))) {
      word += absl::ascii_tolower(static_cast<unsigned char>(c));
    } else {
      count();
    }
  }
  count();
  const RulePack* best = nullptr;
  size_t best_hits = 0;
  for (size_t p = 0; p < packs.size(); ++p) {
    if (hits[p] > best_hits) {
      best = packs[p];
      best_hits = hits[p];
    }
  }
  return best;
}

absl::StatusOr<std::shared_ptr<const RulePack>> LoadRulePack(const std::string& dir) {
  auto pack = std::make_shared<RulePack>();
  pack->dir = dir;
  auto path = [&](const char* name) { return absl::StrCat(dir, "/", name); };

  {
    std::string file = path("lang.json");
    CC_ASSIGN_OR_RETURN(json j, ParseJsonFile(file));
    CC_ASSIGN_OR_RETURN(pack->lang, String(j, "lang", file));
    CC_ASSIGN_OR_RETURN(auto abbr, Strings(j, "abbreviations", file, true));
    pack->abbreviations.insert(abbr.begin(), abbr.end());
    if (auto p = j.find("possessive"); p != j.end()) {
      if (!p->is_string() || p->get<std::string>().size() < 2 || p->get<std::string>()[0] != '\'') {
        return Bad(file, "'possessive' must be an apostrophe and letters, such as \"'s\"");
      }
      pack->possessive = absl::AsciiStrToLower(p->get<std::string>());
    }
    CC_ASSIGN_OR_RETURN(auto hyphen_numbers, Strings(j, "hyphen_numbers", file, false));
    for (const std::string& w : hyphen_numbers) {
      if (w.find_first_of("- ") != std::string::npos) {
        return Bad(file, absl::StrCat("'hyphen_numbers' holds single words without hyphens; got \"",
                                      w, "\""));
      }
    }
    AddLowered(hyphen_numbers, &pack->hyphen_numbers);
    CC_RETURN_IF_ERROR(LoadLexicon(j, "denials", file, &pack->denials));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "not_numbers", file, &pack->not_numbers));
    CC_RETURN_IF_ERROR(WordWindow(j, "denial_window", file, &pack->denial_window));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "clause_conditionals", file, &pack->clause_conditionals));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "projections", file, &pack->projections));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "projections_after", file, &pack->projections_after));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "schedules", file, &pack->schedules));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "window_markers", file, &pack->window_markers));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "series_markers", file, &pack->series_markers));
    CC_RETURN_IF_ERROR(WordWindow(j, "series_window", file, &pack->series_window));
    if (pack->series_markers.size() != 0) pack->data_rules.push_back(pack->series_rule);
    CC_RETURN_IF_ERROR(WordWindow(j, "clause_conditional_window", file, &pack->clause_conditional_window));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "not_event_time", file, &pack->not_event_time));
    CC_ASSIGN_OR_RETURN(auto as_of, Strings(j, "data_as_of", file, false));
    CC_RETURN_IF_ERROR(AddAll(&pack->data_as_of, as_of));
    if (!as_of.empty()) pack->data_rules.push_back(pack->as_of_rule);
    CC_RETURN_IF_ERROR(LoadLowered(j, "data_nouns", file, &pack->data_nouns));
    pack->data_rules.push_back(pack->repeated_rule);
    CC_RETURN_IF_ERROR(LoadLexicon(j, "back_references", file, &pack->back_references));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "first_markers", file, &pack->first_markers));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "figure_back_references", file, &pack->figure_back_references));
    CC_RETURN_IF_ERROR(LoadLowered(j, "back_demonstratives", file, &pack->back_demonstratives));
    if (pack->back_references.size() != 0 || !pack->back_demonstratives.empty()) {
      pack->data_rules.push_back(pack->back_reference_rule);
    }
    CC_ASSIGN_OR_RETURN(auto recurrence, Strings(j, "recurrence", file, false));
    CC_RETURN_IF_ERROR(AddAll(&pack->recurrence, recurrence));
    if (!recurrence.empty()) pack->data_rules.push_back(pack->recurrence_rule);
    CC_RETURN_IF_ERROR(LoadLexicon(j, "conditionals", file, &pack->conditionals));
    CC_RETURN_IF_ERROR(LoadLowered(j, "clause_conjunctions", file, &pack->clause_conjunctions));
    CC_RETURN_IF_ERROR(LoadLowered(j, "time_clause_openers", file, &pack->time_clause_openers));
    CC_RETURN_IF_ERROR(LoadLowered(j, "phrase_prepositions", file, &pack->phrase_prepositions));
    CC_RETURN_IF_ERROR(LoadLowered(j, "happening_words", file, &pack->happening_words));
    CC_RETURN_IF_ERROR(LoadLowered(j, "onset_heads", file, &pack->onset_heads));
    CC_RETURN_IF_ERROR(LoadLowered(j, "agent_prepositions", file, &pack->agent_prepositions));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "progress_markers", file, &pack->progress_markers));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "period_markers", file, &pack->period_markers));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "period_labels", file, &pack->period_labels));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "compared_dates", file, &pack->compared_dates));
    if (auto b = j.find("compared_bases"); b != j.end()) {
      const std::string what = absl::StrCat(file, ": 'compared_bases' must be an object of months apart (1 to 24): a concept id");
      if (!b->is_object()) return absl::InvalidArgumentError(what);
      for (auto it = b->begin(); it != b->end(); ++it) {
        int64_t months = 0;
        if (!absl::SimpleAtoi(it.key(), &months) || months < 1 || months > 24 || !it->is_string()) {
          return absl::InvalidArgumentError(what);
        }
        pack->compared_bases[months] = it->get<std::string>();
      }
    }
    CC_RETURN_IF_ERROR(LoadLexicon(j, "period_exclusions", file, &pack->period_exclusions));
    CC_RETURN_IF_ERROR(LoadLexicon(j, "generic_markers", file, &pack->generic_markers));
    CC_RETURN_IF_ERROR(LoadLowered(j, "zone_restatements", file, &pack->zone_restatements));
    CC_RETURN_IF_ERROR(LoadLowered(j, "zone_range_joiners", file, &pack->zone_range_joiners));
    CC_RETURN_IF_ERROR(LoadLowered(j, "compound_joiners", file, &pack->compound_joiners));
    CC_RETURN_IF_ERROR(LoadLowered(j, "list_joiners", file, &pack->list_joiners));
    CC_RETURN_IF_ERROR(LoadLowered(j, "restatement_joiners", file, &pack->restatement_joiners));
    CC_RETURN_IF_ERROR(LoadLowered(j, "date_modifier_openers", file, &pack->date_modifier_openers));
    CC_RETURN_IF_ERROR(LoadLowered(j, "duration_links", file, &pack->duration_links));
    CC_RETURN_IF_ERROR(LoadLowered(j, "duration_link_heads", file, &pack->duration_link_heads));
    CC_RETURN_IF_ERROR(LoadLowered(j, "sum_separators", file, &pack->sum_separators));
    if (!pack->list_joiners.empty()) pack->data_rules.push_back(pack->list_hedge_rule);
    CC_RETURN_IF_ERROR(LoadLowered(j, "detection_words", file, &pack->detection_words));
  }
  {
    std::string file = path("numbers.json");
    CC_ASSIGN_OR_RETURN(json j, ParseJsonFile(file));
    CC_ASSIGN_OR_RETURN(NumberParser p, NumberParser::FromJson(j, file));
    pack->numbers = std::make_unique<NumberParser>(std::move(p));
    CC_RETURN_IF_ERROR(LoadLowered(j, "identifier_before", file, &pack->identifier_before));
    CC_RETURN_IF_ERROR(LoadLowered(j, "name_openers", file, &pack->name_openers));
  }
  {
    std::string file = path("dates.json");
    CC_ASSIGN_OR_RETURN(json j, ParseJsonFile(file));
    CC_ASSIGN_OR_RETURN(DateParser p, DateParser::FromJson(j, file, pack->numbers.get()));
    pack->dates = std::make_unique<DateParser>(std::move(p));
    if (auto b = j.find("open_bounds"); b != j.end()) {
      if (!b->is_object()) return Bad(file, "'open_bounds' must be an object");
      for (const auto& [key, lexicon, rule] :
           {std::make_tuple("until", &pack->date_until, "date.until"),
            std::make_tuple("since", &pack->date_since, "date.since")}) {
        CC_ASSIGN_OR_RETURN(std::vector<std::string> forms, Strings(*b, key, file + ": open_bounds", false));
        CC_RETURN_IF_ERROR(AddAll(lexicon, forms));
        if (!forms.empty()) pack->data_rules.push_back(rule);
      }
    }
  }
  struct Loader {
    const char* name;
    absl::Status (*load)(const json&, const std::string&, RulePack*);
  };
  const Loader loaders[] = {
      {"units.json", LoadUnits},
      {"morphology.json",
       [](const json& j, const std::string& f, RulePack* p) -> absl::Status {
         CC_ASSIGN_OR_RETURN(p->stemmer, Stemmer::FromJson(j, f));
         return absl::OkStatus();
       }},
      {"concepts.json", LoadConcepts},
      {"hedges.json", LoadHedges},
      {"attribution.json", LoadAttribution},
      {"tolerances.json", LoadTolerances},
      {"furniture.json",
       [](const json& j, const std::string& f, RulePack* p) -> absl::Status {
         CC_RETURN_IF_ERROR(LoadLineRules(j, "drop", f, &p->furniture_drop));
         CC_RETURN_IF_ERROR(LoadLineRules(j, "end", f, &p->furniture_end));
         return LoadLineRules(j, "caption", f, &p->furniture_caption);
       }},
      {"stopwords.json",
       [](const json& j, const std::string& f, RulePack* p) -> absl::Status {
         CC_ASSIGN_OR_RETURN(auto words, Strings(j, "words", f, true));
         p->stopwords.insert(words.begin(), words.end());
         for (const std::string& w : words) p->stopword_strings.insert(absl::AsciiStrToLower(w));
         return absl::OkStatus();
       }},
  };
  for (const Loader& l : loaders) {
    std::string file = path(l.name);
    CC_ASSIGN_OR_RETURN(json j, ParseJsonFile(file));
    if (!j.is_object()) return Bad(file, "must be a JSON object");
    CC_RETURN_IF_ERROR(l.load(j, file, pack.get()));
  }
  // lang.json compared_bases name concepts of concepts.json, read after it.
  for (const auto& [months, id] : pack->compared_bases) {
    if (std::none_of(pack->concept_words.begin(), pack->concept_words.end(),
                     [&, &id = id](const auto& form) { return form.second == id; })) {
      return Bad(path("lang.json"), absl::StrCat("compared_bases: '", id, "' is not the id of a concept"));
    }
  }
  {
    std::string file = path("compare.json");
    CC_ASSIGN_OR_RETURN(json j, ParseJsonFile(file));
    CC_ASSIGN_OR_RETURN(pack->compare, CompareRulesFromJson(j, file));
    pack->compare.tolerance = pack->tolerance;
    pack->compare.dimension_tolerance.assign(pack->dimension_tolerance.begin(), pack->dimension_tolerance.end());
    pack->compare.stemmer = std::make_shared<const Stemmer>(pack->stemmer);
    auto words = std::make_shared<absl::flat_hash_map<std::string, std::string>>(pack->concept_stems);
    for (const auto& [form, id] : pack->concept_words) (*words)[form] = id;
    pack->compare.word_concepts = std::move(words);
    // running_measures as a measure's context words hold them: a concept's id, or a stem.
    for (const std::string& w : pack->compare.running_measure_words) {
      const std::string lower = absl::AsciiStrToLower(w);
      if (auto c = pack->concept_words.find(lower); c != pack->concept_words.end()) {
        pack->compare.running_measure_keys.insert(c->second);
      }
      pack->compare.running_measure_keys.insert(pack->stemmer.Stem(lower));
    }
    std::sort(pack->compare.dimension_tolerance.begin(), pack->compare.dimension_tolerance.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  std::shared_ptr<const RulePack> out = std::move(pack);
  return out;
}

}  // namespace claimcheck
