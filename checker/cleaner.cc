#include "checker/cleaner.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"

namespace claimcheck {
namespace {

// The name of the first rule of `set` that matches `line`, or nullptr.
const std::string* FirstMatch(const LineRuleSet& set, absl::string_view line,
                              std::vector<int>* scratch) {
  scratch->clear();
  if (set.set == nullptr) return nullptr;
  const re2::StringPiece text(line.data(), line.size());
  // Most lines match nothing. Without a vector to fill, RE2 allocates nothing for the
  // answer; only a line that matches is searched again for which rules it matched.
  if (!set.set->Match(text, nullptr)) return nullptr;
  if (!set.set->Match(text, scratch) || scratch->empty()) return nullptr;
  int best = *std::min_element(scratch->begin(), scratch->end());
  return &set.names[best];
}

// The first non-empty line is a headline when a blank line follows it and it does not
// end like a sentence: "Groundbreaking Bendungan X, Anggaran Capai Rp1,2 Triliun".
void MarkHeadline(absl::string_view text, std::vector<Line>* lines) {
  constexpr size_t kMaxHeadlineBytes = 250;
  for (size_t i = 0; i < lines->size(); ++i) {
    Line& line = (*lines)[i];
    absl::string_view content =
        absl::StripAsciiWhitespace(text.substr(line.span.begin, line.span.size()));
    if (content.empty()) continue;
    if (line.kind != LineKind::kBody || content.size() > kMaxHeadlineBytes) return;
    char last = content.back();
    if (last == '.' || last == '!' || last == '?' || last == '"' || last == ':') return;
    bool blank_after = i + 1 < lines->size() &&
                       absl::StripAsciiWhitespace(text.substr((*lines)[i + 1].span.begin,
                                                              (*lines)[i + 1].span.size()))
                           .empty();
    if (!blank_after) return;
    line.kind = LineKind::kHeadline;
    line.rule = "headline.first_line";
    return;
  }
}

}  // namespace

std::vector<Line> CleanLines(absl::string_view text, const RulePack& pack) {
  std::vector<Line> lines;
  std::vector<int> scratch;
  bool footer = false;
  size_t previous_body = static_cast<size_t>(-1);  // index of the last non-empty line
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == absl::string_view::npos) nl = text.size();
    Line line;
    line.span = Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(nl)};
    absl::string_view content = absl::StripAsciiWhitespace(text.substr(pos, nl - pos));
    if (footer) {
      line.kind = LineKind::kDropped;
      line.rule = "furniture.footer";
    } else if (!content.empty()) {
      if (const std::string* r = FirstMatch(pack.furniture_end, content, &scratch)) {
        footer = true;
        line.kind = LineKind::kDropped;
        line.rule = *r;
      } else if (const std::string* r = FirstMatch(pack.furniture_drop, content, &scratch)) {
        line.kind = LineKind::kDropped;
        line.rule = *r;
      } else if (previous_body != static_cast<size_t>(-1) &&
                 absl::StripAsciiWhitespace(text.substr(
                     lines[previous_body].span.begin, lines[previous_body].span.size())) ==
                     content) {
        // A line repeated verbatim is a caption shown twice (image alt text): keep the
        // first as a caption, drop the copy.
        lines[previous_body].kind = LineKind::kCaption;
        lines[previous_body].rule = "caption.repeated";
        line.kind = LineKind::kDropped;
        line.rule = "caption.repeated";
      } else if (const std::string* r = FirstMatch(pack.furniture_caption, content, &scratch)) {
        line.kind = LineKind::kCaption;
        line.rule = *r;
      }
      if (line.kind != LineKind::kDropped) previous_body = lines.size();
    }
    lines.push_back(std::move(line));
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  MarkHeadline(text, &lines);
  return lines;
}

}  // namespace claimcheck
