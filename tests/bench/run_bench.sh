#!/usr/bin/env bash
# End-to-end throughput of claimcheck on synthetic corpora, with chrono-node as a peer.
#
#   tests/bench/run_bench.sh            # 1x, 4x, 16x (~3.3, 13, 53 MB of text) + chrono
#   tests/bench/run_bench.sh --smoke    # one tiny corpus (0.1x), chrono only if npm works
#   tests/bench/run_bench.sh --scales "1 4" --no-chrono
#   tests/bench/run_bench.sh --repeat 5   # best of 5 for the runs with the output discarded
#
# What it does, from the repository root (it cds there itself):
#   1. builds //checker:claimcheck with -c opt in its own Bazel output base
#      ($BENCH_OUTPUT_BASE, default /tmp/bench_ob) with --symlink_prefix=/, so it neither
#      waits for nor repoints the bazel-* links of a Bazel server someone else is using;
#   2. for each scale, generates a corpus with tests/bench/gen_corpus.py (deterministic,
#      seed 1) into a temporary directory that is removed on exit;
#   3. times `claimcheck extract --jobs 1` and `--jobs 2` (their outputs must be
#      byte-identical: parallel extraction must not change or reorder facts), then both
#      again with the output discarded, alternating, --repeat times (default 3, 1 with
#      --smoke), keeping the fastest of each (the run least disturbed by the machine), and
#      `claimcheck check --jobs 2 --format json` under /usr/bin/time -v for peak RSS;
#   4. runs chrono-node (npm, installed into the temporary directory) over the same texts;
#   5. times `check` on one fixture story printed verbatim by 50 and 400 outlets (wire
#      copy; 20 with --smoke);
#   6. prints the machine, the exact commands and a Markdown table.
#
# Exit status: non-zero when the build, the generator, any claimcheck command or chrono
# (unless --smoke, where a missing npm or registry only skips it) fails, or when the
# 1-job and 2-job outputs differ. `check` exiting 1 means it found unreviewed
# contradictions, which synthetic copies of the fixture stories are meant to contain.
#
# Timings are wall-clock time: single runs, except the runs with the output discarded
# (the fastest of --repeat). Anything else using the 2 cores (a build, another benchmark)
# distorts them, most of all the 2-job numbers: the load average is printed before each
# size so a disturbed run can be recognised.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../.."
ROOT=$PWD

scales="1 4 16"
smoke=0
repeat=3
chrono=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --smoke) smoke=1; scales="0.1"; repeat=1 ;;
    --scales) scales="$2"; shift ;;
    --repeat) repeat="$2"; shift ;;
    --no-chrono) chrono=0 ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "run_bench.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

OB=${BENCH_OUTPUT_BASE:-/tmp/bench_ob}
tmp=$(mktemp -d /tmp/claimcheck_bench.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

log() { printf '%s\n' "$*" >&2; }
show() { printf '    $ %s\n' "$*" >>"$tmp/commands.txt"; }  # the exact commands, printed at the end

# ---- tools -------------------------------------------------------------------------------
if [[ ! -x /usr/bin/time ]]; then
  # GNU time reports the peak RSS of the whole process; bash's `time` keyword cannot.
  log "installing GNU time (Debian package 'time')"
  apt-get install -y time >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y time >/dev/null; }
fi

log "building claimcheck (-c opt, output base $OB)"
build=(bazel "--output_base=$OB" build -c opt --symlink_prefix=/ //checker:claimcheck)
show "${build[*]}"
"${build[@]}" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log" >&2; exit 1; }
bin="$(bazel "--output_base=$OB" info -c opt --symlink_prefix=/ bazel-bin 2>/dev/null)/checker/claimcheck"
[[ -x "$bin" ]] || { log "run_bench.sh: no binary at $bin"; exit 1; }

# ---- helpers -----------------------------------------------------------------------------
now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.${2:-2}f\", $1 }"; }
fastest() { if [[ -z $1 ]]; then echo "$2"; else awk "BEGIN { print ($1 < $2) ? $1 : $2 }"; fi; }

# Runs a command under /usr/bin/time -v; sets WALL (seconds), CPU (user + system seconds),
# RSS_MB and RC. Wall time is taken around it with date, at nanosecond resolution (time -v
# reports centiseconds). CPU time is what other load on the machine disturbs least.
timed() {
  local out=$1; shift
  show "$* > $out"
  local t0 t1
  t0=$(now)
  set +e
  /usr/bin/time -v -o "$tmp/time.txt" "$@" >"$out" 2>"$out.err"
  RC=$?
  set -e
  t1=$(now)
  WALL=$(calc "$t1 - $t0" 3)
  RSS_MB=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$tmp/time.txt")
  CPU=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$tmp/time.txt")
}

fail() { log "run_bench.sh: $*"; exit 1; }

# ---- chrono-node -------------------------------------------------------------------------
chrono_dir=""
if [[ $chrono == 1 ]]; then
  if command -v npm >/dev/null && command -v node >/dev/null; then
    log "installing chrono-node into the temporary directory"
    show "npm install --prefix $tmp/peer chrono-node"
    # --smoke must stay quick when the registry is unreachable: a short limit there.
    limit=$([[ $smoke == 1 ]] && echo 45 || echo 300)
    if timeout "$limit" npm install --no-audit --no-fund --prefer-offline --prefix "$tmp/peer" chrono-node \
        >"$tmp/npm.log" 2>&1; then
      chrono_dir="$tmp/peer/node_modules/chrono-node"
    else
      [[ $smoke == 1 ]] || { cat "$tmp/npm.log" >&2; fail "npm install chrono-node failed"; }
      log "chrono-node: npm install failed (offline?): skipped in --smoke"
    fi
  else
    [[ $smoke == 1 ]] || fail "node/npm not found (use --no-chrono to skip the peer)"
    log "chrono-node: node or npm not installed: skipped in --smoke"
  fi
fi

# Parses every article text with chrono against its publication date. Only the parse loop
# is timed (reading and JSON-decoding the corpus is not), so chrono's MB/s is its best case
# next to claimcheck's end-to-end process time.
cat >"$tmp/chrono_bench.js" <<'EOF'
'use strict';
const fs = require('fs');
const path = require('path');
const chrono = require(process.argv[2]);
const version = JSON.parse(fs.readFileSync(path.join(process.argv[2], 'package.json'))).version;
// chrono-node 2.10.3 (current when this was written) has an Indonesian locale, chrono.id;
// older versions do not, and then the default (English) parser runs and says so.
const locale = chrono.id ? 'id' : 'en (this chrono-node has no Indonesian locale)';
const parser = chrono.id || chrono;
const articles = fs.readFileSync(process.argv[3], 'utf8').split('\n').filter(Boolean)
  .map((line) => JSON.parse(line));
let bytes = 0;
let results = 0;
const t0 = process.hrtime.bigint();
for (const a of articles) {
  bytes += Buffer.byteLength(a.text, 'utf8');
  results += parser.parse(a.text, a.published ? new Date(a.published + 'T12:00:00Z') : new Date()).length;
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
console.log(JSON.stringify({ version, locale, articles: articles.length, bytes, results, seconds,
                             mb_per_s: bytes / 1e6 / seconds }));
EOF

# ---- machine -----------------------------------------------------------------------------
cpu=$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)
mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
echo "## claimcheck end-to-end benchmark"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M:%S UTC')"
echo "- machine: $(nproc) cores, $cpu, $mem RAM, $(uname -sr)"
echo "- temporary directory (removed on exit): $tmp"
echo "- binary: $bin (bazel -c opt; bazel-bootstrap $(dpkg-query -W -f '${Version}' bazel-bootstrap 2>/dev/null || echo '?'))"
echo "- tools: $(python3 --version 2>&1), node $(node --version 2>/dev/null || echo none)"
echo "- corpus: tests/bench/gen_corpus.py --seed 1 (copies of the fixture stories with new names, numbers and years)"
echo

# ---- runs --------------------------------------------------------------------------------
rows=()
notes=()
declare -A check_s check_cpu
chrono_rows=()
for scale in $scales; do
  corpus="$tmp/corpus_${scale}x.jsonl"
  log "generating the ${scale}x corpus"
  show "python3 tests/bench/gen_corpus.py --root . --scale $scale --seed 1 --out $corpus"
  python3 tests/bench/gen_corpus.py --root "$ROOT" --scale "$scale" --seed 1 --out "$corpus" 2>"$tmp/gen.err" \
    || { cat "$tmp/gen.err" >&2; fail "gen_corpus.py failed"; }
  read -r articles bytes < <(python3 -c '
import json, sys
n = b = 0
for line in open(sys.argv[1], encoding="utf-8"):
    n += 1
    b += len(json.loads(line)["text"].encode("utf-8"))
print(n, b)' "$corpus")
  mb=$(calc "$bytes / 1e6" 2)
  load=$(cut -d' ' -f1 /proc/loadavg)
  log "${scale}x: $articles articles, $mb MB of text (load average $load)"

  timed "$tmp/facts_j1.jsonl" "$bin" extract --rules rules --jobs 1 "$corpus"
  [[ $RC == 0 ]] || { cat "$tmp/facts_j1.jsonl.err" >&2; fail "extract --jobs 1 exited $RC"; }
  t1=$WALL
  cpu1=$CPU
  timed "$tmp/facts_j2.jsonl" "$bin" extract --rules rules --jobs 2 "$corpus"
  [[ $RC == 0 ]] || { cat "$tmp/facts_j2.jsonl.err" >&2; fail "extract --jobs 2 exited $RC"; }
  t2=$WALL
  cpu2=$CPU
  extract_rss=$RSS_MB
  cmp -s "$tmp/facts_j1.jsonl" "$tmp/facts_j2.jsonl" \
    || fail "${scale}x: extract --jobs 1 and --jobs 2 wrote different facts ($(cmp "$tmp/facts_j1.jsonl" "$tmp/facts_j2.jsonl" 2>&1 | head -1))"
  facts=$(wc -l <"$tmp/facts_j1.jsonl")
  # The facts files (hundreds of MB at 16x) are not needed any more: removed, and the disk
  # given time to write back, so check's own report writing is timed, not theirs.
  rm -f "$tmp"/facts_j*.jsonl
  sync
  # The same two runs with the output discarded: what extraction itself scales to. Writing
  # the JSON Lines (about eight bytes per byte of text) to a file costs kernel time on the
  # one thread that writes, and on a slow disk that, not extraction, bounds --jobs 2.
  # Alternating, so that a disturbance hits both sides alike; the fastest of each is kept.
  ln -sf /dev/null "$tmp/discard"
  n1=""
  n2=""
  for ((r = 0; r < repeat; r++)); do
    timed "$tmp/discard" "$bin" extract --rules rules --jobs 1 "$corpus"
    [[ $RC == 0 ]] || fail "extract --jobs 1 (output discarded) exited $RC"
    n1=$(fastest "$n1" "$WALL")
    timed "$tmp/discard" "$bin" extract --rules rules --jobs 2 "$corpus"
    [[ $RC == 0 ]] || fail "extract --jobs 2 (output discarded) exited $RC"
    n2=$(fastest "$n2" "$WALL")
  done

  timed "$tmp/check.out" "$bin" check --rules rules --jobs 2 --out "$tmp/report_${scale}x" --format json "$corpus"
  [[ $RC == 0 || $RC == 1 ]] || { tail -5 "$tmp/check.out.err" >&2; fail "check exited $RC"; }
  check_s[$scale]=$WALL
  check_cpu[$scale]=$CPU
  summary=$(grep -m1 '^claimcheck:' "$tmp/check.out" "$tmp/check.out.err" 2>/dev/null | sed 's/^[^:]*:claimcheck: //; s/; report in.*//' || true)
  log "${scale}x check: $summary"
  rm -rf "$tmp/report_${scale}x"

  rows+=("| ${scale}× | $mb | $articles | $facts | $(calc "$mb / $t1") | $(calc "$mb / $t2") | $(calc "$t1 / $t2") | $(calc "$mb / $n1") / $(calc "$mb / $n2") | $(calc "$n1 / $n2") | $(calc "$articles / $t2" 0) | $(calc "$facts / $t2" 0) | $(calc "${check_s[$scale]}" 2) | ${check_cpu[$scale]} | $RSS_MB | $extract_rss | $cpu1 / $cpu2 | $load |")
  notes+=("- ${scale}×: check exit $RC: $summary")

  if [[ -n $chrono_dir ]]; then
    log "${scale}x: chrono-node"
    show "node $tmp/chrono_bench.js $chrono_dir $corpus > $tmp/chrono.json"
    node "$tmp/chrono_bench.js" "$chrono_dir" "$corpus" >"$tmp/chrono.json" 2>"$tmp/chrono.err" \
      || { cat "$tmp/chrono.err" >&2; fail "chrono-node run failed"; }
    read -r cver cloc cres cmbs < <(python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
print(d["version"], d["locale"].split()[0], d["results"], "%.2f" % d["mb_per_s"])' "$tmp/chrono.json")
    chrono_locale=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["locale"])' "$tmp/chrono.json")
    chrono_rows+=("| ${scale}× | $cver | $cloc | $cres | $cmbs | $(calc "$mb / $t1") | $(calc "($mb / $t1) / $cmbs") |")
  fi
  rm -f "$corpus"
done

# ---- wire copy -----------------------------------------------------------------------------
# One story printed verbatim by many outlets: check must stay linear in the outlets.
wire_rows=()
wire_counts=$([[ $smoke == 1 ]] && echo "20" || echo "50 400")
for n in $wire_counts; do
  corpus="$tmp/wire_${n}.jsonl"
  show "python3 tests/bench/gen_corpus.py --root . --verbatim ferry-fire --copies $n --out $corpus"
  python3 tests/bench/gen_corpus.py --root "$ROOT" --verbatim ferry-fire --copies "$n" --out "$corpus" \
    2>"$tmp/gen.err" || { cat "$tmp/gen.err" >&2; fail "gen_corpus.py --verbatim failed"; }
  timed "$tmp/wire.out" "$bin" check --rules rules --jobs 2 --out "$tmp/report_wire" --format json "$corpus"
  [[ $RC == 0 || $RC == 1 ]] || { tail -5 "$tmp/wire.out.err" >&2; fail "check (wire copy) exited $RC"; }
  findings=$(grep -m1 '^claimcheck:' "$tmp/wire.out" | sed -E 's/.* ([0-9]+) findings.*/\1/')
  wire_rows+=("| $n | $((n * 3)) | $WALL | $RSS_MB | $findings |")
  rm -rf "$tmp/report_wire" "$corpus"
done

# ---- report ------------------------------------------------------------------------------
echo "### claimcheck"
echo
echo "| size | MB | articles | facts | extract MB/s (1 job) | extract MB/s (2 jobs) | speedup | extract MB/s, output discarded (1 / 2 jobs) | speedup, output discarded | articles/s (2 jobs) | facts/s (2 jobs) | check s | check CPU s | check peak RSS MB | extract peak RSS MB | extract CPU s (1 / 2 jobs) | load avg |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
echo
echo "MB: article text (UTF-8) in megabytes (10^6 bytes). extract: whole process wall time,"
echo "reading JSONL and writing JSON Lines to a file included (single runs); \"output discarded\":"
echo "the same runs writing to /dev/null, the fastest of $repeat each, alternating. check: --jobs 2"
echo "--format json. load avg:"
echo "1-minute load average before the size ran (2 cores: above ~0.5 the timings are disturbed;"
echo "the CPU seconds much less so)."
echo "1-job and 2-job extract outputs were byte-identical at every size."
echo
if [[ -n ${check_s[16]:-} && -n ${check_s[4]:-} ]]; then
  echo "check time 16×/4×: $(calc "${check_s[16]} / ${check_s[4]}") wall, $(calc "${check_cpu[16]} / ${check_cpu[4]}") CPU (4.00 would be linear in the corpus size)"
  echo
fi
printf '%s\n' "${notes[@]}"
echo
if [[ ${#chrono_rows[@]} -gt 0 ]]; then
  echo "### chrono-node (peer: dates only) on the same texts"
  echo
  echo "locale: $chrono_locale"
  echo
  echo "| size | chrono-node | locale | chrono results | chrono MB/s | claimcheck extract MB/s (1 job) | claimcheck ÷ chrono |"
  echo "| --- | --- | --- | ---: | ---: | ---: | ---: |"
  printf '%s\n' "${chrono_rows[@]}"
  echo
  echo "chrono: parse loop only, in-process (node $(node --version)); claimcheck: whole process."
  echo "chrono finds dates and times only; claimcheck also extracts counts, money, quantities"
  echo "and durations and annotates each fact, so the ratio understates claimcheck's work per byte."
  echo
elif [[ $chrono == 1 ]]; then
  echo "chrono-node: skipped (npm unavailable)."
  echo
fi
echo "### wire copy: fixtures/stories/ferry-fire printed verbatim by N outlets"
echo
echo "| outlets | articles | check s | check peak RSS MB | findings |"
echo "| ---: | ---: | ---: | ---: | ---: |"
printf '%s\n' "${wire_rows[@]}"
echo
echo "Past compare.json's copies_compared (8) verbatim copies, further copies are listed on the"
echo "first copies' findings instead of being compared: time, memory and findings stay flat."
echo
echo "### commands"
echo
cat "$tmp/commands.txt"
