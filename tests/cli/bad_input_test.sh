#!/usr/bin/env bash
# The bad-input matrix: what claimcheck does with everything a scraper, a hurried
# colleague or a full disk can hand it. Each case states the exit status and the message
# a user should see (the file, and the line for JSON Lines), and that nothing crashed,
# hung or was left half-written.
#
# Usage (as a Bazel sh_test): bad_input_test.sh CLAIMCHECK_BINARY
set -uo pipefail

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
rules=$(pwd)/rules
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/bad_input.XXXXXX")
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
failures=0

# expect NAME STATUS MESSAGE_REGEX -- ARGS...: runs claimcheck (with a time limit, so a
# hang fails instead of blocking) and checks its exit status and stderr.
expect() {
  local name="$1" want="$2" pattern="$3"
  shift 4
  local got
  timeout 600 "$tool" "$@" >"$work/out" 2>"$work/err"
  got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL [$name]: exit status $got, want $want"; sed 's/^/  stderr: /' "$work/err" | head -5
    failures=$((failures + 1))
    return
  fi
  if [ "$pattern" != "-" ] && ! grep -Eq -- "$pattern" "$work/err"; then
    echo "FAIL [$name]: stderr does not match /$pattern/"; sed 's/^/  stderr: /' "$work/err" | head -5
    failures=$((failures + 1))
    return
  fi
  echo "ok   [$name] status $got: $(head -n 1 "$work/err")"
}

check_true() {  # NAME CONDITION_DESCRIPTION COMMAND...
  local name="$1" what="$2"
  shift 2
  if "$@"; then echo "ok   [$name] $what"; else echo "FAIL [$name] $what"; failures=$((failures + 1)); fi
}

article='Sebanyak 23 penumpang tewas dan 41 penumpang selamat dalam kecelakaan itu, kata polisi.'

# --- files that are not there or hold no article ------------------------------------------
expect "missing file" 2 "nope\.txt: no such file" -- check --rules "$rules" --out r nope.txt
mkdir empty_dir
# A report written inside the story's own folder is no article the next run reads.
mkdir -p story_out
printf '%s\n' "$article" > story_out/a.txt
printf '%s\n' "$article" > story_out/b.txt
expect "report inside the story folder, first run" 0 - -- check --rules "$rules" --out story_out/report story_out
expect "report inside the story folder, run again" 0 - -- check --rules "$rules" --out story_out/report story_out
expect "directory with no articles" 2 "empty_dir: no articles found" -- check --rules "$rules" --out r empty_dir
: >empty.txt
expect "empty file" 2 "empty\.txt: (empty article|no usable)" -- check --rules "$rules" --out r empty.txt
head -c 4096 "$tool" >binary.txt
expect "binary file" 2 "binary\.txt: looks like a binary file" -- check --rules "$rules" --out r binary.txt

# --- dirty text: replaced, warned, offsets still into the original bytes --------------------
printf 'Sebanyak 5 orang \xff\xfe tewas, dan 7 orang luka.\n' >bad_utf8.txt
expect "invalid UTF-8" 0 "bad_utf8\.txt: 2 byte\(s\) of invalid UTF-8 replaced" -- extract --rules "$rules" bad_utf8.txt
python3 - "$work/out" "$work/bad_utf8.txt" <<'EOF' || failures=$((failures + 1))
import json, sys
raw = open(sys.argv[2], "rb").read()
facts = [json.loads(l) for l in open(sys.argv[1])]
seven = [f for f in facts if f["span"]["text"].startswith("7 orang")]
assert seven, "no fact for '7 orang' after the invalid bytes"
b, e = seven[0]["span"]["begin"], seven[0]["span"]["end"]
assert raw[b:e] == b"7 orang", f"span {b}-{e} is {raw[b:e]!r} in the original bytes"
print("ok   [invalid UTF-8] the span after the bad bytes points into the original file")
EOF
printf 'Sebanyak 5 orang\000 tewas.\n' >nul.txt
expect "NUL byte" 0 "nul\.txt: 1 NUL byte\(s\) replaced" -- extract --rules "$rules" nul.txt

# --- sizes ----------------------------------------------------------------------------------
# One long article of ordinary prose: a figure every few sentences.
python3 -c "
import sys
s = '$article ' + 'Petugas masih memeriksa penyebab kecelakaan di lokasi kejadian bersama warga sekitar. ' * 4
sys.stdout.write(s * (100 * 1024 * 1024 // len(s)))" >big.txt
expect "100 MB article, default limit" 2 "big\.txt: larger than --max-article-bytes=.*skipped" -- check --rules "$rules" --out r big.txt
expect "100 MB article, raised limit" 0 - -- extract --rules "$rules" --max-article-bytes=200000000 big.txt
check_true "100 MB article, raised limit" "all its facts extracted" test "$(grep -c '"count"' "$work/out")" -gt 400000
rm -f big.txt
printf '%s\n' "$article" >small.txt
expect "limit names the article" 2 "small\.txt: larger than --max-article-bytes=10; skipped" -- check --rules "$rules" --out r --max-article-bytes=10 small.txt

# --- JSON Lines: the error names the line; --keep-going skips it ---------------------------
{
  echo '{"id": "a", "outlet": "A", "published": "2024-06-11", "text": "Sebanyak 23 penumpang tewas."}'
  echo '{"id": "b", "outlet": "B", "published": "2024-06-11", "text": "Sebanyak 23 penumpang tewas.'
  echo '{"id": "c", "outlet": "C", "published": "2024-06-11", "text": "Sebanyak 23 penumpang tewas."}'
} >stream.jsonl
expect "malformed JSONL line" 2 "stream\.jsonl:2: invalid JSON" -- check --rules "$rules" --out r stream.jsonl
expect "malformed JSONL line, --keep-going" 0 "warning: .*stream\.jsonl:2: .*skipped" -- check --rules "$rules" --out r --keep-going stream.jsonl
check_true "malformed JSONL line, --keep-going" "the other two articles were checked" grep -q '"articles": *\[' r/report.json

echo '{"id": "big", "text": "Sebanyak 5 orang tewas.", "score": 1e999}' >overflow.jsonl
expect "a number JSON cannot hold" 2 "overflow\.jsonl:1: invalid JSON: .*number overflow" -- check --rules "$rules" --out r overflow.jsonl

# --- metadata -------------------------------------------------------------------------------
printf '%s\n' "$article" >typed.txt
echo '{"outlet": "X", "published": 20240611}' >typed.json
expect "wrong type in a sidecar" 2 "typed\.json: 'published' must be a string" -- check --rules "$rules" --out r typed.txt
printf '%s\n' "$article" >feb.txt
echo '{"published": "2023-02-30"}' >feb.json
expect "impossible date" 2 "feb\.json: published date '2023-02-30' is not a calendar day" -- check --rules "$rules" --out r feb.txt
printf '%s\n' "$article" >amb.txt
echo '{"published": "03/04/2023"}' >amb.json
expect "ambiguous date" 2 "amb\.json: .*03/04/2023" -- check --rules "$rules" --out r amb.txt
printf '%s\n' "$article" >lang.txt
echo '{"lang": "xx"}' >lang.json
expect "unknown language" 2 "lang\.txt: no rule pack for language 'xx'" -- check --rules "$rules" --out r lang.txt

# --- rule packs -----------------------------------------------------------------------------
cp -rL "$rules" badrules
python3 - badrules/id/units.json <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
j["units"][0]["factor"] = "a lot"
json.dump(j, open(sys.argv[1], "w"))
EOF
expect "inconsistent rule pack" 2 "badrules/id/units\.json: unit 'unit\.[a-z_.]+': 'factor' must be a positive number" -- check --rules "$work/badrules" --out r small.txt
rm -rf badrules && cp -rL "$rules" badrules
python3 - badrules/id/concepts.json <<'EOF'
import json, sys
j = json.load(open(sys.argv[1]))
j["tally_subjects"] = ["korban"]  # a form, not a concept id
json.dump(j, open(sys.argv[1], "w"))
EOF
expect "rule pack naming an unknown concept" 2 "badrules/id/concepts\.json: tally_subjects: 'korban' is not the id of a concept" -- check --rules "$work/badrules" --out r small.txt
rm -rf badrules && cp -rL "$rules" badrules
printf '{"lang": "id",\n  "abbreviations": [\n' >badrules/id/lang.json
expect "malformed rule pack" 2 "badrules/id/lang\.json:[0-9]+:[0-9]+" -- check --rules "$work/badrules" --out r small.txt

# --- reviews: malformed file is named with its position and left untouched ----------------
printf '{"decisions": {\n  "f0": {"decision": "confirmed",}\n' >reviews.json
before=$(sha256sum reviews.json)
expect "malformed reviews.json (check)" 2 "reviews\.json:2:[0-9]+" -- check --rules "$rules" --out r --reviews reviews.json small.txt
expect "malformed reviews.json (review)" 2 "reviews\.json:2:[0-9]+" -- review --rules "$rules" --reviews reviews.json --confirm f0123456789ab --note n small.txt
check_true "malformed reviews.json" "left byte-identical" test "$before" = "$(sha256sum reviews.json)"

# --- output ---------------------------------------------------------------------------------
: >blocker
expect "output directory cannot be created" 2 "blocker/sub: cannot create output directory" -- check --rules "$rules" --out blocker/sub small.txt
check_true "output directory cannot be created" "no partial file left" test -z "$(find . -name '*.tmp.*')"
# check and compare keep the facts in a temporary file in $TMPDIR.
TMPDIR="$work/no_such_tmp" expect "temporary directory missing" 2 "cannot make a temporary file for facts in .*no_such_tmp" -- check --rules "$rules" --out r small.txt

# --- command line ---------------------------------------------------------------------------
expect "unknown flag" 2 "unknown flag --frobnicate" -- check --frobnicate small.txt
expect "unknown command" 2 "unknown command 'chek'" -- chek small.txt
expect "no command" 2 "missing command" --
expect "unknown format" 2 "unknown format 'pdf'" -- check --rules "$rules" --out r --format pdf small.txt

# --- facts that extract never writes, handed to compare ----------------------------------
printf 'Sebanyak 12 orang tewas.\n' >f1.txt
printf 'Sebanyak 14 orang tewas.\n' >f2.txt
printf '{"outlet": "A", "story": "s", "published": "2024-01-02"}' >f1.json
printf '{"outlet": "B", "story": "s", "published": "2024-01-02"}' >f2.json
"$tool" extract --rules "$rules" f1.txt f2.txt | python3 -c '
import json, sys
for line in sys.stdin:
    f = json.loads(line)
    f["measures"]["context"] = [""] + f["measures"]["context"]
    print(json.dumps(f))' >empty_words.jsonl
expect "an empty context word in a facts file" 0 - -- compare empty_words.jsonl
check_true "an empty context word in a facts file" "the two counts are still compared" grep -q '"verdict":"contradict"' "$work/out"

# --- pathological text, in linear time (the 600 s limit catches a quadratic blow-up) -------
python3 -c "print('Jumlahnya ' + '7' * 300000 + ' orang.')" >digits.txt
expect "300,000 digits in a row" 0 - -- extract --rules "$rules" digits.txt
python3 -c "print('Sebanyak ' + 'sekitar ' * 50000 + '5 orang tewas.')" >hedges.txt
expect "a hedge word 50,000 times" 0 - -- extract --rules "$rules" hedges.txt
check_true "a hedge word 50,000 times" "the count is still found" grep -q '"text":"sekitar 5 orang"' "$work/out"
python3 -c "print('(' * 100000 + 'Sebanyak 5 orang tewas.' + ')' * 100000)" >brackets.txt
expect "deeply nested brackets" 0 - -- extract --rules "$rules" brackets.txt
python3 -c "print('. ' * 200000 + 'Sebanyak 5 orang tewas.')" >dots.txt
expect "200,000 empty sentences" 0 - -- extract --rules "$rules" dots.txt

echo
if [ "$failures" -gt 0 ]; then
  echo "bad_input_test: $failures case(s) failed"
  exit 1
fi
echo "bad_input_test: every case passed"
