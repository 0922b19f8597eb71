#!/usr/bin/env bash
# The console lists the first --show unreviewed contradictions (default 50) and says how
# many more the report holds; --show -1 lists every one. The report is the same whatever
# the console shows.
#
# Usage (as a Bazel sh_test): show_test.sh CLAIMCHECK_BINARY STORY_DIR
set -uo pipefail

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
story=$2
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/show.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Every unreviewed contradiction of the story (no reviews file is given).
"$tool" check --show -1 --format json --out "$work/all" "$story" > "$work/all.log"
[ $? -eq 1 ] || fail "check --show -1 should exit 1 on a story with contradictions"
total=$(grep -o '[0-9]* unreviewed contradiction(s); report' "$work/all.log" | grep -o '^[0-9]*')
[ "${total:-0}" -ge 2 ] || fail "$story should have at least two unreviewed contradictions (has ${total:-none})"
listed=$(grep -c '^  contradiction ' "$work/all.log")
[ "$listed" -eq "$total" ] || fail "--show -1 listed $listed of $total"
grep -q 'more unreviewed contradiction' "$work/all.log" && fail "--show -1 said there were more"

for show in 0 1 $((total - 1)) "$total" 50; do
  out="$work/show$show"
  "$tool" check --show "$show" --format json --out "$out" "$story" > "$out.log"
  [ $? -eq 1 ] || fail "check --show $show should exit 1"
  want=$(( show < total ? show : total ))
  listed=$(grep -c '^  contradiction ' "$out.log")
  [ "$listed" -eq "$want" ] || fail "--show $show listed $listed, want $want"
  if [ "$show" -lt "$total" ]; then
    grep -q "  \.\.\. and $((total - show)) more unreviewed contradiction(s) in the report ($out/)" "$out.log" ||
      fail "--show $show did not say how many more ($((total - show)))"
  else
    grep -q 'more unreviewed contradiction' "$out.log" && fail "--show $show said there were more"
  fi
  cmp -s "$work/all/report.json" "$out/report.json" || fail "--show $show changed report.json"
  # The listed ones are the first of the full listing, in its order.
  diff <(grep '^  contradiction ' "$out.log") <(grep '^  contradiction ' "$work/all.log" | head -n "$want") > /dev/null ||
    fail "--show $show did not list the first $want"
done

if [ "$failures" -gt 0 ]; then
  echo "$failures failure(s)"
  exit 1
fi
echo "PASS: --show lists the first N of $total unreviewed contradictions"
