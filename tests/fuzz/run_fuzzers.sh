#!/usr/bin/env bash
# Builds claimcheck's libFuzzer targets with Debian's clang-14
# (-fsanitize=fuzzer,address,undefined) and runs each for a bounded time, seeded from the
# fixtures and from the regression inputs in tests/fuzz/regressions/<target>/.
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET]   (default 60; ./setup.sh fuzz first)
#
# Prints, per target, the executions, the coverage (libFuzzer's cov: edges and ft:
# features) and the corpus size. A crash, leak, timeout or sanitizer report fails the run;
# the input that caused it is copied into tests/fuzz/regressions/<target>/ so it becomes
# a regression test (//tests/fuzz:*_regressions replays those inputs in every build).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
seconds="${1:-60}"
CXX="${CXX_FUZZ:-clang++-14}"
command -v "$CXX" >/dev/null || { echo "run_fuzzers: $CXX not found (run ./setup.sh fuzz)" >&2; exit 2; }

build="${FUZZ_BUILD_DIR:-$root/.fuzz-build}"  # kept between runs: objects rebuild only when sources change
work=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-fuzz-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$build/obj"

targets=(article_reader extractor rule_pack reviews)
modules="absl_status absl_statusor absl_strings absl_str_format absl_flat_hash_map absl_flat_hash_set
  absl_hash absl_time absl_civil_time absl_synchronization re2"
libs=$(pkg-config --libs $modules)
flags=(-std=c++17 -O1 -g -fno-omit-frame-pointer -I"$root" -fsanitize=address,undefined
  -fno-sanitize-recover=undefined)

# --- build: the library once (instrumented for coverage), then one binary per target ------
sources=()
for f in "$root"/checker/*.cc; do
  case "$f" in *_test.cc | */main.cc | */cli.cc) continue ;; esac
  sources+=("$f")
done
echo "run_fuzzers: compiling ${#sources[@]} library sources with $CXX"
printf '%s\n' "${sources[@]}" | xargs -P "$(nproc)" -I{} sh -c '
  src="$1"; shift; obj="'"$build"'/obj/$(basename "$src" .cc).o"
  if [ ! -e "$obj" ] || [ "$src" -nt "$obj" ] || [ -n "$(find "'"$root"'/checker" -name "*.h" -newer "$obj")" ]; then
    "$@" -fsanitize=fuzzer-no-link -c "$src" -o "$obj"
  fi' _ {} "$CXX" "${flags[@]}"
for t in "${targets[@]}"; do
  "$CXX" "${flags[@]}" -fsanitize=fuzzer "$root/tests/fuzz/${t}_fuzz.cc" "$build"/obj/*.o \
    $libs -o "$build/${t}_fuzz"
done

# --- seeds ----------------------------------------------------------------------------------
seed() {  # TARGET NAME PREFIX_BYTE FILE: copies FILE (with an optional first byte) as a seed
  local dir="$work/corpus/$1"
  mkdir -p "$dir"
  if [ -n "$3" ]; then
    { printf "\\x$3"; cat "$4"; } >"$dir/$2"
  else
    cp "$4" "$dir/$2"
  fi
}
i=0
for f in "$root"/fixtures/seeds/*.txt "$root"/fixtures/stories/*/*.txt; do
  i=$((i + 1))
  seed extractor "txt$i" "" "$f"
  seed article_reader "txt$i" 00 "$f"
  side="${f%.txt}.json"
  [ -f "$side" ] && seed article_reader "side$i" 01 "$side"
done
for f in "$root"/fixtures/stories/*/reviews.json; do
  i=$((i + 1))
  seed reviews "rev$i" "" "$f"
done
n=0
for f in lang numbers dates units concepts hedges attribution furniture stopwords tolerances compare morphology; do
  seed rule_pack "$f" "$(printf '%02x' $n)" "$root/rules/id/$f.json"
  n=$((n + 1))
done
python3 - "$root" "$work/corpus/article_reader/stream" <<'EOF'
import glob, json, os, sys
root, out = sys.argv[1], sys.argv[2]
with open(out, "wb") as f:
    f.write(b"\x03")
    for p in sorted(glob.glob(os.path.join(root, "fixtures/stories/*/*.txt")))[:6]:
        f.write(json.dumps({"id": os.path.basename(p), "published": "2024-06-11",
                            "text": open(p).read()}).encode() + b"\n")
EOF

# --- run ------------------------------------------------------------------------------------
export CLAIMCHECK_ROOT="$root"
status=0
summary=()
for t in "${targets[@]}"; do
  regress="$root/tests/fuzz/regressions/$t"
  mkdir -p "$regress" "$work/artifacts/$t"
  echo "run_fuzzers: $t for ${seconds}s"
  set +e
  # TMPDIR: the target's scratch directory (fuzz_util.h) goes away with $work.
  (cd "$work" && TMPDIR="$work" "$build/${t}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 \
    -max_len=65536 -print_final_stats=1 -artifact_prefix="$work/artifacts/$t/" \
    "$work/corpus/$t" "$regress") >"$work/$t.log" 2>&1
  rc=$?
  set -e
  stats=$(grep -E '^#[0-9]+\s+(DONE|INITED)' "$work/$t.log" | tail -n 1)
  execs=$(grep -Eo 'stat::number_of_executed_units: [0-9]+' "$work/$t.log" | grep -Eo '[0-9]+$' || echo "?")
  cov=$(echo "$stats" | grep -Eo 'cov: [0-9]+' || echo "cov: ?")
  ft=$(echo "$stats" | grep -Eo 'ft: [0-9]+' || echo "ft: ?")
  corp=$(echo "$stats" | grep -Eo 'corp: [0-9]+' || echo "corp: ?")
  if [ "$rc" != 0 ]; then
    status=1
    summary+=("$(printf '%-16s FAIL (status %s): %s executions' "$t" "$rc" "$execs")")
    for a in "$work/artifacts/$t"/*; do
      [ -e "$a" ] || continue
      cp "$a" "$regress/"
      echo "run_fuzzers: $t: new regression input $regress/$(basename "$a")"
    done
    grep -E 'ERROR|SUMMARY|runtime error|deadly signal|Test unit written' "$work/$t.log" | head -n 20
  else
    summary+=("$(printf '%-16s ok: %s executions in %ss, %s, %s, %s' "$t" "$execs" "$seconds" "$cov" "$ft" "$corp")")
  fi
done
echo "run_fuzzers: summary"
for s in "${summary[@]}"; do echo "  $s"; done
exit $status
