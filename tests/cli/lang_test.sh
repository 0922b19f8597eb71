#!/usr/bin/env bash
# Which rule pack reads an article: its metadata's lang, else --lang, else (--lang auto,
# the default) the pack whose detection words its text uses most.
#
# Usage (as a Bazel sh_test): lang_test.sh CLAIMCHECK_BINARY
set -uo pipefail

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/lang.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

en='At least 12 people were killed when a fire broke out at the market on Tuesday night, police said.'
id='Sedikitnya 12 orang tewas dalam kebakaran di pasar itu pada Selasa malam, kata polisi.'

# The languages of the facts extract prints, sorted and unique ("en", "id", "en id").
langs() { grep -o '"lang":"[a-z]*"' | sort -u | sed 's/"lang":"\([a-z]*\)"/\1/' | tr '\n' ' ' | sed 's/ $//'; }
# The facts' count of people, as "value head qualifier".
count() { python3 -c '
import json, sys
for line in sys.stdin:
    f = json.loads(line)
    if f["kind"] == "count":
        print(int(f["value"]), f["measures"]["head"], f["measures"]["qualifier"])'; }

got=$(echo "$en" | "$tool" extract --published 2024-03-06 - | langs)
[ "$got" = "en" ] || fail "English text on stdin read as '$got', want en"
got=$(echo "$en" | "$tool" extract --published 2024-03-06 - | count)
[ "$got" = "12 person death" ] || fail "English count read as '$got', want '12 person death'"
got=$(echo "$id" | "$tool" extract --published 2024-03-06 - | langs)
[ "$got" = "id" ] || fail "Indonesian text on stdin read as '$got', want id"
got=$(echo "$id" | "$tool" extract --published 2024-03-06 - | count)
[ "$got" = "12 person death" ] || fail "Indonesian count read as '$got', want '12 person death'"

# --lang names the pack for articles without a lang of their own.
got=$(echo "$en" | "$tool" extract --lang id --published 2024-03-06 - | langs)
[ "$got" = "id" ] || fail "--lang id gave '$got'"

# Metadata wins over detection and over --lang.
printf '{"id":"a","lang":"id","published":"2024-03-06","text":"%s"}\n' "$en" > "$work/a.jsonl"
got=$("$tool" extract --lang en "$work/a.jsonl" | langs)
[ "$got" = "id" ] || fail "metadata lang id gave '$got'"

# A stream of both: each article by its own text.
printf '{"id":"e","published":"2024-03-06","text":"%s"}\n{"id":"i","published":"2024-03-06","text":"%s"}\n' \
  "$en" "$id" > "$work/both.jsonl"
got=$("$tool" extract "$work/both.jsonl" | langs)
[ "$got" = "en id" ] || fail "a mixed stream gave '$got', want 'en id'"

# A language with no pack is an error that names it.
echo "$en" | "$tool" extract --lang xx - > /dev/null 2> "$work/err"
[ $? -eq 2 ] || fail "--lang xx should exit 2"
grep -q "no rule pack for language 'xx'" "$work/err" || fail "--lang xx: $(cat "$work/err")"

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "lang_test: all checks pass"
