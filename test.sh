#!/usr/bin/env bash
# The whole test suite: installs what is missing, then runs every Bazel test.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
bazel test //... "$@"
