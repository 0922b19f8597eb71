#!/usr/bin/env bash
# The whole test suite. Installs what is missing (./setup.sh), then runs, in order:
#   1. every Bazel test (bazel test //...): unit tests, rule-pack examples, fixture stories,
#      conformance suites, the stories' gates, the bad-input matrix, determinism, interrupt
#      safety, fuzz regressions and the report page in headless Chromium;
#   2. the same suite under AddressSanitizer and UndefinedBehaviorSanitizer
#      (--config=asan, in its own output base so the normal build stays cached);
#   3. the newsroom integration test: another repository using the gate, with nginx as a
#      remote cache (tests/integration/newsroom_test.sh);
#   4. a 1 GB JSON Lines stream through extract, memory flat (tests/integration/stream_test.py);
#   5. the libFuzzer targets, about a minute each (tests/fuzz/run_fuzzers.sh);
#   6. the whole-run benchmark at its smallest size, so it never rots
#      (tests/bench/run_bench.sh --smoke; its figures are not judged here);
# and prints one line per part and a summary. Arguments are passed to `bazel test`.
# Exit status: 0 when every part passed.
set -uo pipefail
cd "$(dirname "$0")"
./setup.sh browser cache fuzz || exit 2

results=()
failed=0
run() {
  local name="$1"
  shift
  echo "test.sh: === $name ==="
  local start=$SECONDS
  "$@"
  local rc=$?
  local line
  line=$(printf '%-44s %s (%ds)' "$name" "$([ $rc = 0 ] && echo PASS || echo "FAIL (status $rc)")" $((SECONDS - start)))
  results+=("$line")
  [ $rc = 0 ] || failed=1
}

# One output base per checkout: two checkouts sharing one would leave runfiles that point
# into the other.
asan_base="${HOME:-/tmp}/.cache/claimcheck-asan-$(pwd | md5sum | cut -c1-12)"
asan() {
  # Explicit packages, not //...: the normal build's bazel-* links point into another
  # output base, which this server would otherwise walk into.
  bazel --output_base="$asan_base" test --config=asan --symlink_prefix=/ \
    //checker/... //tests/... //fixtures/... //rules/... "$@"
  local rc=$?
  bazel --output_base="$asan_base" shutdown
  return $rc
}

run "bazel test //..." bazel test //... "$@"
run "bazel test --config=asan (ASan + UBSan)" asan "$@"
run "newsroom repository + nginx remote cache" tests/integration/newsroom_test.sh
run "1 GB JSON Lines stream, memory flat" sh -c 'bazel build //checker:claimcheck && tests/integration/stream_test.py bazel-bin/checker/claimcheck 1'
run "fuzzers (60 s each)" tests/fuzz/run_fuzzers.sh 60
run "benchmark smoke run" tests/bench/run_bench.sh --smoke

echo "test.sh: summary"
for r in "${results[@]}"; do echo "  $r"; done
if [ $failed = 0 ]; then
  echo "test.sh: all parts passed (Bazel test logs under bazel-testlogs/)"
else
  echo "test.sh: some parts FAILED (Bazel test logs under bazel-testlogs/)"
fi
exit $failed
