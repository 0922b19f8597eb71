// Parses numbers written in digits, words or both, from a rule pack's number table.
//
// The language lives in rules/<lang>/numbers.json (digit separators, number words,
// multipliers such as "ribu" and "juta", the "se-" prefix, vague quantities such as
// "ratusan", ordinals such as "ke-70", signs); this module holds only the mechanism:
// Duckling-style composition of word values (powers of ten multiply, smaller values
// add) and digit grouping.
//
//   absl::StatusOr<NumberParser> p = NumberParser::FromJson(json, "rules/id/numbers.json");
//   TokenizedText t = Tokenize("2,5 juta peluru", {});
//   absl::optional<ParsedNumber> n = p->ParseAt(t, 0);  // value 2500000, tokens [0, 2)
//
// Thread-safe after construction (const methods only).
#ifndef CLAIMCHECK_CHECKER_NUMBER_PARSER_H_
#define CLAIMCHECK_CHECKER_NUMBER_PARSER_H_

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "absl/types/optional.h"
#include "checker/tokenizer.h"
#include "nlohmann/json.hpp"

namespace claimcheck {

struct ParsedNumber {
  double value = 0;       // the number; for vague quantities, the low end
  double low = 0;         // interval the words allow: equal to value unless vague
  double high = 0;        // ("ratusan" = [100, 999]; "puluhan ribu" = [10000, 99000])
  bool vague = false;
  bool ordinal = false;   // "ke-70", "kedua", "pertama"
  bool words = false;     // written (at least partly) in words
  // The multiplier the number ends with, as a factor of what is written before it
  // ("15 miliar": 1e9; "five thousand": 1000; "$45m": 1e6), else 1. A range's first end
  // written bare shares it: "10-15 miliar", "four to five thousand".
  double scale = 1;
  // Digits written after the decimal separator ("2,5 juta": 1; "1.000": 0), so that one in
  // the last digit written is scale / 10^decimals: what the writer may have rounded to.
  int decimals = 0;
  uint32_t first_token = 0;  // tokens [first_token, end_token) of the text
  uint32_t end_token = 0;
  absl::string_view rule;  // name of the rule that produced it, e.g. "number.digits" (a literal)
};

class NumberParser {
 public:
  // Builds a parser from the parsed contents of numbers.json. `file` is used in error
  // messages only. Returns InvalidArgument naming the file and the offending entry
  // when the table is malformed (missing fields, wrong types, duplicate words).
  static absl::StatusOr<NumberParser> FromJson(const nlohmann::json& json,
                                               absl::string_view file);

  // False only when no number can start at token i (a word no number begins with):
  // a single set lookup, for callers that try every token.
  bool MayStartAt(const TokenizedText& t, size_t i) const;

  // Parses the longest number that starts exactly at token `i` of `t`, or returns
  // nullopt when no number starts there. Never reads past t.tokens.size().
  absl::optional<ParsedNumber> ParseAt(const TokenizedText& t, size_t i) const;

  // After a currency written before the number ("$45m", "£1.2bn"): extends `n` over a
  // multiplier written against its digits that only money takes (numbers.json
  // "currency_multipliers": "m" is a million after "$", metres after "3"). Returns whether
  // it did.
  bool ExtendAfterCurrency(const TokenizedText& t, ParsedNumber* n) const;

  // Whether `lower_word` stands for one before a multiplier or a unit (numbers.json
  // one_words: "a" hundred, "an" hour).
  bool IsOneWord(absl::string_view lower_word) const;

  // Parses a whole string as one number (for tests and conformance): the number must
  // cover every token. Returns nullopt otherwise.
  absl::optional<ParsedNumber> ParseWhole(absl::string_view text) const;

  // Every rule name ParsedNumber::rule can hold, sorted ("number.digits", ...).
  std::vector<std::string> RuleNames() const;

  // Implementation detail, public so the .cc's helpers can name it.
  struct Impl;

 private:
  NumberParser() = default;
  std::shared_ptr<const Impl> impl_;
};

// The numbers of one text, each parsed once: the date parser (counts of "3 hari lalu")
// and the extractor ask about the same tokens. Holds pointers to both, which must
// outlive it. Not thread-safe: one per text and thread.
class NumberMemo {
 public:
  NumberMemo(const NumberParser* parser, const TokenizedText* text)
      : parser_(parser), text_(text) {}

  // parser->ParseAt(*text, i), computed the first time it is asked for.
  const absl::optional<ParsedNumber>& ParseAt(size_t i) const;
  const NumberParser* parser() const { return parser_; }

 private:
  static constexpr int32_t kNotParsed = -1;
  static constexpr int32_t kNoNumber = -2;
  const NumberParser* parser_;
  const TokenizedText* text_;
  mutable std::vector<int32_t> slot_;  // per token: an index into parsed_, or the above
  mutable std::deque<absl::optional<ParsedNumber>> parsed_;  // stable references
};

}  // namespace claimcheck

#endif  // CLAIMCHECK_CHECKER_NUMBER_PARSER_H_
