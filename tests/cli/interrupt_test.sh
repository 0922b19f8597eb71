#!/usr/bin/env bash
# Crash safety: a check killed midway (SIGTERM, SIGINT) leaves the previous report and the
# reviews file byte-identical (or, when the signal lands after the new report was renamed
# into place, the whole new report: never a mix), and no temporary file behind.
#
# Usage (as a Bazel sh_test): interrupt_test.sh CLAIMCHECK_BINARY STORY_DIR
set -uo pipefail

tool=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
story=$(cd "$2" && pwd)
rules=$(pwd)/rules
work=$(mktemp -d "${TEST_TMPDIR:-/tmp}/interrupt.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
failures=0

# The previous report: the story itself, with its reviews.
cp "$story"/reviews.json reviews.json 2>/dev/null || echo '{"decisions": {}, "schema": "claimcheck.reviews/v1"}' >reviews.json
"$tool" check --rules "$rules" --reviews reviews.json --out out "$story" >/dev/null 2>&1
[ $? -le 1 ] || { echo "FAIL: the first check did not run"; exit 1; }
sha256sum out/* reviews.json >before.sum

# A run long enough to be killed at several points: many copies of the story's articles
# as one JSON Lines stream.
python3 - "$story" >big.jsonl <<'EOF'
import glob, json, os, sys
arts = []
for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.txt"))):
    meta = {}
    side = path[:-4] + ".json"
    if os.path.exists(side):
        meta = json.load(open(side))
    meta["text"] = open(path).read()
    arts.append(meta)
for copy in range(2000):
    for i, a in enumerate(arts):
        b = dict(a)
        b["id"] = f"copy{copy}_{i}"
        print(json.dumps(b))
EOF
start=$(date +%s%N)
"$tool" check --rules "$rules" --reviews reviews.json --out full big.jsonl >/dev/null 2>&1
full_ms=$((($(date +%s%N) - start) / 1000000))
echo "a full run over the stream takes ${full_ms} ms"

for signal in TERM INT; do
  for pct in 10 30 50 70 85 95; do
    delay_ms=$((full_ms * pct / 100))
    "$tool" check --rules "$rules" --reviews reviews.json --out out big.jsonl >/dev/null 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
    kill -s "$signal" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rc=$?
    leftovers=$(find . -name '*.tmp.*' | head -n 3)
    if [ -n "$leftovers" ]; then
      echo "FAIL: SIG$signal at ${pct}%: temporary files left: $leftovers"
      failures=$((failures + 1))
    fi
    if [ "$rc" -le 1 ]; then
      # The run finished before the signal: the report is the new one, whole.
      python3 -c "import json; json.load(open('out/report.json'))" ||
        { echo "FAIL: SIG$signal at ${pct}%: finished but report.json is not whole"; failures=$((failures + 1)); }
      echo "ok   SIG$signal at ${pct}%: finished first (status $rc); report whole"
      # Put the previous report back for the next round.
      "$tool" check --rules "$rules" --reviews reviews.json --out out "$story" >/dev/null 2>&1
      continue
    fi
    if sha256sum -c --quiet before.sum >/dev/null 2>&1; then
      echo "ok   SIG$signal at ${pct}%: killed (status $rc); previous report and reviews byte-identical"
    elif cmp -s out/report.json full/report.json && cmp -s out/report.md full/report.md &&
         cmp -s out/report.html full/report.html && cmp -s out/report.csv full/report.csv; then
      # The signal came after the new report was renamed into place: whole, not mixed.
      echo "ok   SIG$signal at ${pct}%: killed (status $rc) after the new report was complete; it is whole"
      "$tool" check --rules "$rules" --reviews reviews.json --out out "$story" >/dev/null 2>&1
    else
      echo "FAIL: SIG$signal at ${pct}%: previous report or reviews changed"
      sha256sum -c before.sum 2>&1 | grep -v ': OK' | head -n 5
      failures=$((failures + 1))
    fi
  done
done

if [ "$failures" -gt 0 ]; then
  echo "interrupt_test: $failures failure(s)"
  exit 1
fi
echo "interrupt_test: every interrupted run left the previous report intact"
