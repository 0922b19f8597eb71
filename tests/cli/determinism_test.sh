#!/usr/bin/env bash
# Determinism: the same articles give byte-identical reports whatever order they are
# named in and however many threads extract them; a file named twice and a facts file
# in any line order too.
#
# Usage (as a Bazel sh_test): determinism_test.sh CLAIMCHECK_BINARY STORY_DIR...
set -uo pipefail

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
shift
rules=$(pwd)/rules
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/determinism.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0

for story in "$@"; do
  mapfile -t files < <(ls "$story"/*.txt)
  [ "${#files[@]}" -ge 2 ] || { echo "FAIL: $story has fewer than two articles"; exit 1; }
  run=0
  before=$failures
  # Sorted, reversed and shuffled (three seeds) orders, each with 1, 2 and 4 jobs.
  orders=("sorted" "reversed" "shuffle-1" "shuffle-2" "shuffle-3")
  for order in "${orders[@]}"; do
    case "$order" in
      sorted) list=("${files[@]}") ;;
      reversed) mapfile -t list < <(printf '%s\n' "${files[@]}" | sort -r) ;;
      shuffle-*) mapfile -t list < <(printf '%s\n' "${files[@]}" | shuf --random-source=<(yes "${order#shuffle-}")) ;;
    esac
    for jobs in 1 2 4; do
      out="$work/$(basename "$story")/$order-j$jobs"
      "$tool" check --rules "$rules" --jobs "$jobs" --out "$out" --format json,md,html,csv \
        "${list[@]}" >/dev/null 2>"$work/err"
      rc=$?
      if [ "$rc" -gt 1 ]; then
        echo "FAIL: $story ($order, --jobs $jobs) exited $rc: $(head -n 1 "$work/err")"
        failures=$((failures + 1))
        continue
      fi
      if [ "$run" = 0 ]; then
        first="$out"
      else
        for f in report.json report.md report.html report.csv; do
          if ! cmp -s "$first/$f" "$out/$f"; then
            echo "FAIL: $story: $f differs between sorted/--jobs 1 and $order/--jobs $jobs"
            diff <(head -c 200000 "$first/$f") <(head -c 200000 "$out/$f") | head -n 6
            failures=$((failures + 1))
          fi
        done
      fi
      run=$((run + 1))
    done
  done
  [ "$failures" = "$before" ] && echo "ok   $story: $run runs (5 orders x 1, 2, 4 jobs), reports byte-identical"
done

# A file named twice is one article id twice: its facts, read back from two blocks, are
# merged by offset, the same whatever the order the names come in. And `compare` gives
# the same findings for a facts file whatever order its lines are in (an article's
# facts need not be together).
story="$1"
mapfile -t files < <(ls "$story"/*.txt)
dup="$work/dup"
mkdir -p "$dup"
"$tool" check --rules "$rules" --jobs 2 --out "$dup/a" --format json,md "${files[0]}" "${files[@]}" >/dev/null 2>&1
"$tool" check --rules "$rules" --jobs 1 --out "$dup/b" --format json,md "${files[@]}" "${files[0]}" >/dev/null 2>&1
if cmp -s "$dup/a/report.json" "$dup/b/report.json" && cmp -s "$dup/a/report.md" "$dup/b/report.md" &&
   [ "$(python3 -c 'import json, sys
print(sum(a["id"] == sys.argv[2] for a in json.load(open(sys.argv[1]))["articles"]))' \
        "$dup/a/report.json" "${files[0]}")" -ge 2 ]; then
  echo "ok   ${files[0]} named twice: reports byte-identical in both orders"
else
  echo "FAIL: ${files[0]} named twice: reports differ between orders, or the article is not listed twice"
  failures=$((failures + 1))
fi
"$tool" extract --rules "$rules" "${files[@]}" >"$dup/facts.jsonl" 2>/dev/null
shuf --random-source=<(yes 7) "$dup/facts.jsonl" >"$dup/shuffled.jsonl"
"$tool" compare --rules "$rules" "$dup/facts.jsonl" | sed "s#$dup/facts.jsonl#F#g" >"$dup/in_order.out" 2>/dev/null
"$tool" compare --rules "$rules" "$dup/shuffled.jsonl" | sed "s#$dup/shuffled.jsonl#F#g" >"$dup/shuffled.out" 2>/dev/null
if [ -s "$dup/in_order.out" ] && cmp -s "$dup/in_order.out" "$dup/shuffled.out"; then
  echo "ok   compare: the same $(wc -l <"$dup/in_order.out") findings with the facts' lines shuffled"
else
  echo "FAIL: compare gives other findings (or none) when the facts' lines are shuffled"
  failures=$((failures + 1))
fi

if [ "$failures" -gt 0 ]; then
  echo "determinism_test: $failures difference(s)"
  exit 1
fi
echo "determinism_test: every report byte-identical"
