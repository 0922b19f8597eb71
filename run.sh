#!/usr/bin/env bash
# The main job: installs what is missing, builds claimcheck, and checks every story under
# fixtures/ across its outlets, writing one report per story under reports/<story>/.
# Extra arguments are passed to `claimcheck check` (e.g. --format json,md).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
bazel build //checker:claimcheck
bin="$(bazel info bazel-bin 2>/dev/null)/checker/claimcheck"
status=0
for story in fixtures/seeds fixtures/stories/*/; do
  story="${story%/}"
  [ -d "$story" ] || continue
  name="$(basename "$story")"
  reviews=()
  [ -f "$story/reviews.json" ] && reviews=(--reviews "$story/reviews.json")
  set +e
  "$bin" check --out "reports/$name" "${reviews[@]}" "$@" "$story"
  rc=$?
  set -e
  # 1 means "unreviewed contradictions found": the report is the point, not a failure.
  if [ "$rc" -gt 1 ]; then status=$rc; fi
done
echo "Reports written under reports/ (open reports/<story>/report.html in a browser)."
exit "$status"
