#!/usr/bin/env python3
"""Generates a synthetic Indonesian news corpus (JSON Lines) from the fixture stories.

Usage (from the repository root):

    python3 tests/bench/gen_corpus.py --scale 4 --seed 1 --out /tmp/corpus4.jsonl

Every fixture story (each folder of fixtures/stories/, plus fixtures/seeds/ as one more
story) is copied `round(scale * copies_per_scale)` times. A copy is meant to look like a
*different event of the same kind*, told by as many outlets in the same words: the
checker should do the same work on it as on the original and find the same agreements
and contradictions inside it, but have no reason to pair it with another copy:

  * Proper names are replaced, consistently within the copy ("Lembah Wareng" becomes the
    same invented name in every article of that copy, in its headline and in the outlet
    name, which datelines repeat), by names built from Indonesian-sounding syllables;
    unknown acronyms get invented ones. A capitalised word counts as a name only when
    the rule packs and the lower-case text of the fixtures never use it as an ordinary
    word, so titles ("Kepala", "Menteri"), month and weekday names, units ("Rp") and
    every other word the rules key on survive. Copies of one story yield the same number
    of facts as the original.
  * Numbers written in digits are scaled by one factor per copy (1.08-1.32), rounded
    to one more significant digit than the original and re-written in the original's
    style. The new value is a function of the old *value*, not of its spelling, so
    "Rp1,2 triliun" and "Rp1.200 miliar" still agree, 23 vs 32 still contradict, and
    interval relations (lebih dari 100 vs sekitar 120) keep their order. Values that the
    story also spells out in words ("48" / "empat puluh delapan") are left alone, as are
    dates, clock times, ordinals, percentages and earthquake magnitudes. Rounding can
    turn a round figure into a specific one or back (64 -> 70), which the comparator
    weighs (Distinctive() in checker/comparator.cc): a copy checked on its own gives the
    original's verdict counts for most stories and differs by a finding or two for a few
    (measured: 10 of 12 stories identical over 4 copies).
  * Publication dates, and the years written in the text, move by a whole number of
    years per copy, so copies are more than the checker's 45-day event window apart.
    Offsets that keep the weekday of every publication date are used first (so "Senin"
    still resolves to the Monday the other outlet gives as a date); stories spanning two
    years (fixtures/seeds, rowing-festival, state-visit) run out of those after ~290
    copies and then take other offsets. Stories of the same year get the same offsets,
    so within one copy of the fixture set several stories still fall in the same weeks
    (as several fixture stories fall in June 2024): the checker meets unrelated stories
    inside its event window, as it would in a day's news.

Article ids are "<story>.c<copy>.<article>", unique. Output is deterministic for a given
--seed (Python's random with string seeds does not depend on PYTHONHASHSEED).

Standard library only.
"""

import argparse
import datetime
import glob
import json
import os
import random
import re
import sys

# Sizes the benchmark was tuned for: fixtures hold ~74 KB of text, so 45 copies per unit
# of scale give ~3.3 MB of article text at 1x, ~13.3 MB at 4x and ~53 MB at 16x.
DEFAULT_COPIES_PER_SCALE = 45

# Keys of the rule files whose strings are prose or test sentences, not vocabulary:
# example sentences mention invented names that must stay replaceable.
NON_VOCAB_KEYS = {"about", "examples", "note", "why", "reason"}

WORD_RE = re.compile(r"[^\W\d_]+")
TOKEN_RE = re.compile(r"(?P<num>(?<![\d.,/])\d+(?:[.,]\d+)*)|(?P<word>[^\W\d_]+)")

ONSETS = ["b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y",
          "ng", "ny", "sr", "tr", "br", "kr"]
VOWELS = ["a", "a", "i", "u", "e", "o"]
CODAS = ["", "", "", "", "n", "ng", "r", "s", "t", "k"]


# ---------------------------------------------------------------------------------------
# Inputs: fixtures and the rule pack's vocabulary
# ---------------------------------------------------------------------------------------

def read_stories(root):
    """[(story_name, [article dict])], articles sorted by file name."""
    groups = [("seeds", os.path.join(root, "fixtures", "seeds"))]
    for d in sorted(glob.glob(os.path.join(root, "fixtures", "stories", "*"))):
        if os.path.isdir(d):
            groups.append((os.path.basename(d), d))
    stories = []
    for name, d in groups:
        articles = []
        for txt in sorted(glob.glob(os.path.join(d, "*.txt"))):
            stem = os.path.splitext(os.path.basename(txt))[0]
            with open(txt, encoding="utf-8") as f:
                text = f.read()
            meta = {}
            sidecar = os.path.join(d, stem + ".json")
            if os.path.exists(sidecar):
                with open(sidecar, encoding="utf-8") as f:
                    meta = json.load(f)
            if "published" not in meta:
                sys.exit("gen_corpus: %s has no publication date in its sidecar" % txt)
            articles.append({"stem": stem, "text": text, "meta": meta})
        # The corpus is Indonesian: its names and numbers are rewritten with rules/id.
        # Stories in other languages (port-warehouse-fire is English) are left out.
        if articles and all(a["meta"].get("lang", "id") == "id" for a in articles):
            stories.append((name, articles))
    if not stories:
        sys.exit("gen_corpus: no fixture articles under %s/fixtures" % root)
    return stories


def collect_strings(node, out, key=None):
    if key in NON_VOCAB_KEYS:
        return
    if isinstance(node, str):
        out.append(node)
    elif isinstance(node, list):
        for x in node:
            collect_strings(x, out)
    elif isinstance(node, dict):
        for k, v in node.items():
            out.append(k)
            collect_strings(v, out, k)


def load_rules(rules_dir):
    """The pack's vocabulary (lower-case words) and the number/date words gen needs."""
    strings = []
    packs = {}
    for path in sorted(glob.glob(os.path.join(rules_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        packs[os.path.basename(path)] = data
        collect_strings(data, strings)
    vocab = set()
    for s in strings:
        vocab.update(w.lower() for w in WORD_RE.findall(s))
    numbers = packs["numbers.json"]
    # Composed number words ("Seribu", "Sebelas") are words, not names.
    se = numbers["one_prefix"]["form"].lower()
    for group in ("small", "big"):
        vocab.update(se + w.lower() for w in numbers["multipliers"][group])
    vocab.add(se + numbers["teen"]["form"].lower())
    dates = packs["dates.json"]
    months = set()
    for m in dates["months"]:
        months.update(f.lower() for f in m["forms"])
    return {
        "vocab": vocab,
        "digit_words": {k.lower(): v for k, v in numbers["words"].items()},
        "teen": numbers["teen"]["form"].lower(),
        "small": {k.lower(): v for k, v in numbers["multipliers"]["small"].items()},
        "big": {k.lower(): v for k, v in numbers["multipliers"]["big"].items()},
        "one_prefix": numbers["one_prefix"]["form"].lower(),
        "months": months,
        "abbreviations": {a.lower() for a in packs["lang.json"]["abbreviations"]},
    }


def sentence_initial(text, start, abbreviations):
    """True when the word at `start` opens a line or sentence (capitalised anyway)."""
    i = start - 1
    while i >= 0 and text[i] in " \t\"'“‘([":
        i -= 1
    if i >= 0 and text[i] == ".":
        m = re.search(r"(\w+)$", text[max(0, i - 8):i])
        if m and m.group(1).lower() in abbreviations:  # "Ir. Lukas"
            return False
    return i < 0 or text[i] in "\n.!?:"


def headline_like(line):
    """Headlines and "Baca Juga" teasers capitalise every word: no evidence of a name."""
    words = [w for w in WORD_RE.findall(line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)


def find_names(stories, rules):
    """Lower-case forms of the capitalised words that are names: never an ordinary word
    of the rules or the fixtures, and capitalised somewhere other than a sentence start
    or a headline (a word seen capitalised only there is more likely an ordinary one)."""
    lower_words = set()
    mid_caps = set()
    for _, articles in stories:
        for a in articles:
            for t in [a["text"], a["meta"].get("title", "")]:
                for line in t.split("\n"):
                    title_case = headline_like(line)
                    for m in WORD_RE.finditer(line):
                        w = m.group()
                        if w[0].islower():
                            lower_words.add(w)
                        elif not (w.isupper() or title_case or
                                  sentence_initial(line, m.start(), rules["abbreviations"])):
                            mid_caps.add(w.lower())
    known = rules["vocab"] | lower_words
    return {w for w in mid_caps if w not in known and len(w) > 1}, known


# ---------------------------------------------------------------------------------------
# Numbers
# ---------------------------------------------------------------------------------------

def word_number_values(text, rules):
    """Values the text spells out in words ("empat puluh delapan" = 48, "Seribu dua
    ratus" = 1200, "tiga ribu" = 3000), composed as numbers.json describes: a digit word
    times a small multiplier adds to the segment, a big multiplier closes it."""
    digit_words, small, big = rules["digit_words"], rules["small"], rules["big"]
    teen, se = rules["teen"], rules["one_prefix"]
    words = []
    for w in re.findall(r"[^\W\d_]+|[^\w\s]", text.lower()):  # punctuation ends a number
        rest = w[len(se):]
        if w.startswith(se) and (rest in small or rest in big or rest == teen):
            words += [None, rest]  # "seribu" = one thousand; None stands for the "one"
        else:
            words.append(w)
    values = set()
    total = seg = 0
    cur = None
    active = False
    for w in words + [""]:
        if w is None or w in digit_words:
            # A digit word continues a number only after a round segment ("dua ratus
            # lima", "dua puluh lima"); after "dua" or "sebelas" it starts a new one.
            if active and (cur is not None or seg % 10 != 0):
                values.add(canonical(total + seg + (cur or 0)))
                total = seg = 0
            cur = 1 if w is None else digit_words[w]
            active = True
        elif active and w == teen:
            seg, cur = seg + (cur if cur is not None else 1) + 10, None
        elif active and w in small:
            seg, cur = seg + (cur if cur is not None else 1) * small[w], None
        elif active and w in big:
            total, seg, cur = total + ((seg + (cur or 0)) or 1) * big[w], 0, None
        else:
            if active:
                values.add(canonical(total + seg + (cur or 0)))
            total = seg = 0
            cur = None
            active = False
    return values


def canonical(v):
    """v with float noise removed (1,2 x 10^12 and 1.200 x 10^9 must compare equal)."""
    return float("%.12g" % v)


def parse_digits(s):
    """(value, style) of an Indonesian digit string: '.' groups thousands when followed
    by exactly three digits, ',' is the decimal point (English-style '2.5', '1,200'
    read as the parser does)."""
    style = {"group": None, "dec": ",", "ungrouped": False}
    if "." in s and "," in s:
        if s.rfind(",") > s.rfind("."):
            style["group"] = "."
            return float(s.replace(".", "").replace(",", ".")), style
        style["group"], style["dec"] = ",", "."
        return float(s.replace(",", "")), style
    for sep, other in ((".", ","), (",", ".")):
        if sep in s:
            parts = s.split(sep)
            if len(parts) > 2 or (len(parts) == 2 and len(parts[1]) == 3 and sep == "."):
                if all(len(p) == 3 for p in parts[1:]):
                    style["group"], style["dec"] = sep, other
                    return float("".join(parts)), style
            style["dec"] = sep
            style["ungrouped"] = len(parts[0]) >= 4
            return float(s.replace(sep, ".")), style
    style["ungrouped"] = len(s) >= 4
    return float(s), style


def significant_digits(v):
    s = ("%.6f" % v).rstrip("0").rstrip(".").replace(".", "").lstrip("0").rstrip("0")
    return max(1, len(s))


def perturb_value(v, factor, unit):
    """The copy's value for v: scaled, rounded to one more significant digit than v
    had, integral when v was, and a multiple of unit/1000 so it can be written back
    with at most three decimals before the multiplier word ("1,44 triliun")."""
    x = v * factor
    digits = significant_digits(v) + 1
    x = float("%.*g" % (digits, x))
    if v == int(v):
        x = float(round(x))
    step = unit / 1000.0 if unit > 1 else (1 if v == int(v) else 0.001)
    x = round(x / step) * step
    return max(x, step)


def format_digits(x, style):
    dec = style["dec"]
    group = style["group"] or ("." if dec == "," else None)
    whole = int(x)
    frac = ("%.3f" % (x - whole))[2:].rstrip("0")
    digits = str(whole)
    if group and not style["ungrouped"] and (style["group"] or whole >= 1000):
        rev = digits[::-1]
        digits = group.join(rev[i:i + 3] for i in range(0, len(rev), 3))[::-1]
    return digits + (dec + frac if frac else "")


# ---------------------------------------------------------------------------------------
# One copy of one story
# ---------------------------------------------------------------------------------------

DATE_PATTERNS = [
    re.compile(r"(?<![\d.,/])\d{1,2}/\d{1,2}(?:/(?P<year>\d{2,4}))?(?![\d/])"),
    re.compile(r"(?<![\d.,/-])(?P<year>\d{4})-\d{1,2}-\d{1,2}(?![\d])"),
    re.compile(r"(?<![\d.,/])\d{1,2}[.:]\d{2}(?![\d.,])"),  # clock: 14.40, 09:30
]


class Copy:
    def __init__(self, rules, names, known, rng, factor, years, word_values):
        self.rules = rules
        self.names = names
        self.known = known
        self.rng = rng
        self.factor = factor
        self.years = years
        self.word_values = word_values
        self.name_map = {}
        self.acronym_map = {}
        self.used = set()

    def new_name(self):
        while True:
            n = "".join(self.rng.choice(ONSETS) + self.rng.choice(VOWELS)
                        for _ in range(self.rng.choice((1, 2, 2, 3))))
            n += self.rng.choice(CODAS)
            if len(n) >= 4 and n not in self.known and n not in self.used and n not in self.names:
                self.used.add(n)
                return n

    def new_acronym(self, n):
        while True:
            a = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUW") for _ in range(n))
            if a.lower() not in self.known and a not in self.used:
                self.used.add(a)
                return a

    def word(self, w):
        low = w.lower()
        if low in self.names:
            if low not in self.name_map:
                self.name_map[low] = self.new_name()
            n = self.name_map[low]
            return n.upper() if w.isupper() and len(w) > 1 else n[0].upper() + n[1:]
        if w.isupper() and len(w) >= 3 and low not in self.known:
            if w not in self.acronym_map:
                self.acronym_map[w] = self.new_acronym(len(w))
            return self.acronym_map[w]
        return w

    def year(self, s):
        y = int(s) + self.years
        return str(y) if 1000 <= y <= 9999 else s

    def number(self, text, m):
        s = m.group()
        start, end = m.span()
        before = text[max(0, start - 12):start].lower()
        after = text[end:end + 24]
        after_low = after.lower()
        if len(s) == 4 and s.isdigit() and 1900 <= int(s) <= 2099:
            return self.year(s)
        if re.search(r"ke-?$", before) or re.match(r"[A-Za-z]", after[:1]) and \
                not re.match(r"-?an\b", after_low):
            return s  # ordinal ("ke-70") or attached multiplier/suffix ("3M", "5rb")
        next_word = WORD_RE.match(after.lstrip(" "))
        if next_word and after.startswith(" ") and next_word.group().lower() in self.rules["months"]:
            return s  # day of a month
        if re.match(r"\s*(%|persen\b)", after_low):
            return s
        if re.search(r"(pukul|pkl\.?)\s*$", before):
            return s  # an hour ("pukul 10")
        if re.search(r"(\bm|magnitudo)\s*$", before) or re.match(r"\s*(sr|skala)\b", after_low):
            return s
        value, style = parse_digits(s)
        unit = 1.0
        mm = re.match(r"\s?(\w+)\b", after_low)
        if mm and mm.group(1) in self.rules["big"]:
            unit = float(self.rules["big"][mm.group(1)])
        full = canonical(value * unit)
        if value == 0 or full in self.word_values:
            return s
        return format_digits(perturb_value(full, self.factor, unit) / unit, style)

    def text(self, text):
        out = []
        protected = []  # spans of dates and clock times, with their rewritten text
        for pat in DATE_PATTERNS:
            for m in pat.finditer(text):
                if any(a < m.end() and m.start() < b for a, b, _ in protected):
                    continue
                repl = m.group()
                y = m.groupdict().get("year")
                if y and len(y) == 4:
                    ys, ye = m.span("year")
                    repl = text[m.start():ys] + self.year(y) + text[ye:m.end()]
                protected.append((m.start(), m.end(), repl))
        protected.sort()
        pos = 0
        for a, b, repl in protected + [(len(text), len(text), "")]:
            out.append(self.plain(text, pos, a))
            out.append(repl)
            pos = b
        return "".join(out)

    def plain(self, text, lo, hi):
        """Rewrites names and numbers of text[lo:hi] (context is read from all of text)."""
        out = []
        pos = lo
        for m in TOKEN_RE.finditer(text, lo, hi):
            out.append(text[pos:m.start()])
            if m.group("num") is not None:
                out.append(self.number(text, m))
            else:
                s, e = m.span()
                glued = (s > 0 and text[s - 1].isdigit()) or (e < len(text) and text[e].isdigit())
                out.append(m.group() if glued else self.word(m.group()))
            pos = m.end()
        out.append(text[pos:hi])
        return "".join(out)


def year_offsets(dates, n):
    """n distinct whole-year offsets for a story whose articles appeared on `dates`:
    first those that keep every date's weekday, then any, nearest first."""
    good, other = [], []
    for i in range(0, 8000):
        for y in ((i,) if i == 0 else (i, -i)):
            shifted = []
            for d in dates:
                # Gregorian years (no 1495 in a calendar nobody used), four digits
                # (the date rules read no longer years), room for later years in the text.
                if not 1600 <= d.year + y <= 9999 - 100:
                    break
                try:
                    shifted.append(d.replace(year=d.year + y))
                except ValueError:  # 29 February in a common year
                    break
            else:
                same = all(s.weekday() == d.weekday() for s, d in zip(shifted, dates))
                (good if same else other).append(y)
        if len(good) >= n:
            break
    result = good + other
    if len(result) < n:
        sys.exit("gen_corpus: cannot find %d year offsets" % n)
    return result[:n]


def parse_date(s):
    return datetime.date.fromisoformat(s[:10])


def write_verbatim(args):
    """A wire story: every article of one fixture story, printed unchanged by N outlets."""
    stories = dict(read_stories(args.root))
    if args.verbatim not in stories:
        sys.exit("gen_corpus: --verbatim: no fixture story '%s' (have: %s)"
                 % (args.verbatim, ", ".join(sorted(stories))))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    n = 0
    for k in range(args.copies):
        for a in stories[args.verbatim]:
            meta = a["meta"]
            record = {"id": "%s.%s.o%04d" % (args.verbatim, a["stem"], k),
                      "outlet": "%s (outlet %d)" % (meta.get("outlet", a["stem"]), k),
                      "published": meta["published"], "lang": meta.get("lang", "id"),
                      "story": args.verbatim, "text": a["text"]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
    if out is not sys.stdout:
        out.close()
    print("gen_corpus: %s printed verbatim by %d outlets: %d articles"
          % (args.verbatim, args.copies, n), file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=".", help="repository root (fixtures/, rules/)")
    ap.add_argument("--rules", default=None, help="rule pack directory (default ROOT/rules/id)")
    ap.add_argument("--scale", type=float, default=1.0, help="size multiplier (1 ~ 3.3 MB)")
    ap.add_argument("--copies-per-scale", type=int, default=DEFAULT_COPIES_PER_SCALE)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", default="-", help="output JSONL file ('-' for stdout)")
    ap.add_argument("--verbatim", metavar="STORY", default=None,
                    help="instead: wire copy, the articles of fixture story STORY printed "
                         "verbatim by --copies outlets (one story, same texts and dates)")
    ap.add_argument("--copies", type=int, default=100, help="outlets for --verbatim")
    args = ap.parse_args()
    if args.verbatim:
        write_verbatim(args)
        return

    rules = load_rules(args.rules or os.path.join(args.root, "rules", "id"))
    stories = read_stories(args.root)
    names, known = find_names(stories, rules)
    copies = max(1, int(round(args.scale * args.copies_per_scale)))

    story_years = {name: year_offsets(sorted({parse_date(a["meta"]["published"]) for a in arts}),
                                      copies)
                   for name, arts in stories}
    story_words = {name: set().union(*(word_number_values(a["text"] + "\n" +
                                                          a["meta"].get("title", ""), rules)
                                       for a in arts))
                   for name, arts in stories}

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    n_articles = n_bytes = 0
    for k in range(copies):
        for name, articles in stories:
            rng = random.Random("%s:%s:%d" % (args.seed, name, k))
            factor = round(rng.uniform(1.08, 1.32), 3)
            years = story_years[name][k]
            c = Copy(rules, names, known, rng, factor, years, story_words[name])
            for a in articles:
                meta = a["meta"]
                text = c.text(a["text"])
                published = parse_date(meta["published"])
                published = published.replace(year=published.year + years)
                art_id = "%s.c%04d.%s" % (name, k, a["stem"])
                url = meta.get("url", "https://example.invalid/")
                url = re.sub(r"^(https?://[^/]+).*$", r"\1", url) + "/bench/" + art_id
                record = {
                    "id": art_id,
                    "outlet": c.plain(meta.get("outlet", ""), 0, len(meta.get("outlet", ""))),
                    "published": published.isoformat(),
                    "lang": meta.get("lang", "id"),
                    "url": url,
                    "title": c.text(meta.get("title", "")),
                    # Each copy is its own story, as a researcher's clustering would say:
                    # claimcheck never compares articles of two different stories.
                    "story": "%s.c%04d" % (name, k),
                    "text": text,
                }
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                n_articles += 1
                n_bytes += len(text.encode("utf-8"))
    if out is not sys.stdout:
        out.close()
    print("gen_corpus: scale %g: %d stories x %d copies = %d articles, %.2f MB of text"
          % (args.scale, len(stories), copies, n_articles, n_bytes / 1e6), file=sys.stderr)


if __name__ == "__main__":
    main()
