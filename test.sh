#!/usr/bin/env bash
# The whole test suite: installs what is missing (including Chromium for the report-page
# test), then runs every Bazel test and prints one plain summary line.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh browser
set +e
bazel test //... "$@"
rc=$?
set -e
passed=$(find -L bazel-testlogs -name test.xml -newer WORKSPACE -exec grep -l '<testsuites' {} + 2>/dev/null | wc -l)
echo "test.sh: bazel test //... finished with status $rc (test logs under bazel-testlogs/)"
exit "$rc"
