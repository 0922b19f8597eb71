#!/usr/bin/env bash
# The whole test suite. Installs what is missing (./setup.sh), then runs, in order:
#   1. every Bazel test (bazel test //...), including the fixture stories' gates and the
#      report page in headless Chromium;
#   2. the newsroom integration test: another repository using the gate, with nginx as a
#      remote cache (tests/integration/newsroom_test.sh);
# and prints one line per part and a summary. Arguments are passed to `bazel test`.
# Exit status: 0 when every part passed.
set -uo pipefail
cd "$(dirname "$0")"
./setup.sh browser cache || exit 2

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

run "bazel test //..." bazel test //... "$@"
run "newsroom repository + nginx remote cache" tests/integration/newsroom_test.sh

echo "test.sh: summary"
for r in "${results[@]}"; do echo "  $r"; done
if [ $failed = 0 ]; then
  echo "test.sh: all parts passed (Bazel test logs under bazel-testlogs/)"
else
  echo "test.sh: some parts FAILED (Bazel test logs under bazel-testlogs/)"
fi
exit $failed
