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
echo "test.sh: bazel test //... finished with status $rc (test logs under bazel-testlogs/)"
exit "$rc"
