#!/usr/bin/env bash
# A newsroom's own repository using claimcheck's gate, end to end, with an HTTP remote
# cache. Run by test.sh outside Bazel's sandbox (it runs Bazel itself):
#
#   1. starts Debian's nginx on loopback with WebDAV PUT as a Bazel remote cache;
#   2. creates a workspace in a temporary folder that declares claimcheck with the
#      README's WORKSPACE lines, and a story folder gated by claim_consistency_test;
#   3. two agreeing articles: the gate passes;
#   4. bazel clean, then the same test again: served by --disk_cache, and (built once
#      more with the remote cache) by nginx: cache hits, and nginx logs the GETs;
#   5. adds an article that contradicts: the gate fails and its log names the passage;
#   6. dismisses its findings with `claimcheck review`: the gate passes;
#   7. adds one more agreeing article: Bazel's execution log shows exactly one
#      ClaimcheckExtract and one ClaimcheckCompare action ran;
#   8. stops the server it started and removes everything it made.
#
# Usage: tests/integration/newsroom_test.sh   (needs ./setup.sh cache for nginx)
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/claimcheck-newsroom.XXXXXX")
ws="$tmp/newsroom"
nginx_conf="$tmp/nginx/nginx.conf"
started_nginx=""

cleanup() {
  if [ -n "$started_nginx" ]; then
    nginx -p "$tmp/nginx" -c "$nginx_conf" -s stop 2>/dev/null || true
  fi
  if [ -d "$ws" ]; then (cd "$ws" && bazel shutdown 2>/dev/null) || true; fi
  # Bazel marks its output tree read-only.
  chmod -R u+w "$tmp" 2>/dev/null || true
  if [ -n "${KEEP_TMP:-}" ]; then echo "newsroom_test: kept $tmp"; else rm -rf "$tmp"; fi
}
trap cleanup EXIT

fail() {
  echo "newsroom_test: FAIL: $*" >&2
  exit 1
}
step() { echo "newsroom_test: $*"; }

command -v nginx >/dev/null || fail "nginx is not installed (run ./setup.sh cache)"

# --- 1. nginx as a WebDAV cache on a free loopback port --------------------------------
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$tmp/nginx/cache" "$tmp/nginx/logs" "$tmp/nginx/tmp"
# As root, nginx's workers would drop to www-data, which cannot write into our
# private temporary folder: keep them as the user running the test.
user_line=""
if [ "$(id -u)" = 0 ]; then user_line="user root;"; fi
cat >"$nginx_conf" <<EOF
$user_line
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log;
events { worker_connections 64; }
http {
  access_log $tmp/nginx/logs/access.log;
  client_body_temp_path $tmp/nginx/tmp/body;
  proxy_temp_path $tmp/nginx/tmp/proxy;
  fastcgi_temp_path $tmp/nginx/tmp/fastcgi;
  uwsgi_temp_path $tmp/nginx/tmp/uwsgi;
  scgi_temp_path $tmp/nginx/tmp/scgi;
  client_max_body_size 512m;
  server {
    listen 127.0.0.1:$port;
    root $tmp/nginx/cache;
    location / {
      dav_methods PUT;
      create_full_put_path on;
      dav_access user:rw;
    }
  }
}
EOF
nginx -p "$tmp/nginx" -c "$nginx_conf"
started_nginx=1
for _ in $(seq 50); do
  curl -s -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break
  python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 0.2)" 2>/dev/null && break
  sleep 0.1
done
step "nginx cache on 127.0.0.1:$port"
remote="--remote_cache=http://127.0.0.1:$port"
disk="--disk_cache=$tmp/disk-cache"

# --- 2. the newsroom's workspace ---------------------------------------------------------
mkdir -p "$ws/story"
cat >"$ws/WORKSPACE" <<EOF
workspace(name = "newsroom")

local_repository(name = "claimcheck", path = "$root")

load("@claimcheck//third_party:deps.bzl", "claimcheck_dependencies")

claimcheck_dependencies(path = "$root")
EOF
cat >"$ws/.bazelrc" <<'EOF'
build --color=no --curses=no --noshow_progress --nosandbox_debug
EOF
cat >"$ws/story/BUILD.bazel" <<'EOF'
load("@claimcheck//checker:defs.bzl", "claim_consistency_test")

claim_consistency_test(
    name = "gate",
    articles = glob(["*.txt"]),
    reviews = "reviews.json",
)
EOF
src="$root/fixtures/stories/earthquake-toll"
cp "$src/a_day1.txt" "$src/a_day1.json" "$src/b_day2.txt" "$src/b_day2.json" "$ws/story/"
cd "$ws"

# Runs the gate; prints its log; returns the test's status.
gate() {
  local log="$tmp/gate.out"
  set +e
  bazel test //story:gate --test_output=all "$@" >"$log" 2>&1
  local rc=$?
  set -e
  cat "$log"
  return $rc
}

# --- 3. agreeing articles pass; 4. after bazel clean, a cache serves the build ------------
hits() { { grep -Eo '[0-9]+ (remote|disk) cache hit' "$1" || true; } | grep -Eo '^[0-9]+' | head -n 1 || true; }
step "two agreeing articles: the gate passes (built locally, filling the disk cache)"
gate "$disk" >"$tmp/run3a.log" || { cat "$tmp/run3a.log"; fail "the gate failed on agreeing articles"; }
grep -q "PASS: no unreviewed contradiction" "$tmp/run3a.log" || fail "no PASS line in the gate log"
bazel clean >/dev/null 2>&1
gate "$disk" >"$tmp/run4a.log" || { cat "$tmp/run4a.log"; fail "the gate failed from the disk cache"; }
n=$(hits "$tmp/run4a.log"); [ "${n:-0}" -gt 0 ] || { cat "$tmp/run4a.log"; fail "no disk cache hits after bazel clean"; }
step "after bazel clean: $n disk cache hits"

step "the same with the remote cache: built once, uploaded"
bazel clean >/dev/null 2>&1
gate "$remote" >"$tmp/run3b.log" || { cat "$tmp/run3b.log"; fail "the gate failed with the remote cache"; }
puts=$(grep -Ec '"PUT [^"]*" 20[014] ' "$tmp/nginx/logs/access.log" || true)
[ "$puts" -gt 0 ] || fail "nothing was written to the remote cache"
bazel clean >/dev/null 2>&1
gets_before=$(grep -c '"GET .* 200 ' "$tmp/nginx/logs/access.log" || true)
gate "$remote" >"$tmp/run4b.log" || { cat "$tmp/run4b.log"; fail "the gate failed from the remote cache"; }
n=$(hits "$tmp/run4b.log"); [ "${n:-0}" -gt 0 ] || { cat "$tmp/run4b.log"; fail "no remote cache hits after bazel clean"; }
gets_after=$(grep -c '"GET .* 200 ' "$tmp/nginx/logs/access.log" || true)
[ "$gets_after" -gt "$gets_before" ] || fail "nginx served no cache entries"
step "after bazel clean: $n remote cache hits; nginx stored $puts uploads and served $((gets_after - gets_before))"

# --- 5. a contradicting article fails the gate, naming the passage ------------------------
# Another outlet's day-two report with the quake's depth changed from 10 km to 25 km.
sed 's/kedalaman 10 km/kedalaman 25 km/' "$src/b_day2.txt" >"$ws/story/d_other.txt"
grep -q "kedalaman 25 km" "$ws/story/d_other.txt" || fail "the fixture no longer says 'kedalaman 10 km'"
python3 - "$src/b_day2.json" "$ws/story/d_other.json" <<'EOF'
import json, sys
meta = json.load(open(sys.argv[1]))
meta["outlet"] = "Kabar Lain"
meta["url"] = "https://kabarlain.example/gempa"
json.dump(meta, open(sys.argv[2], "w"))
EOF
step "a contradicting article: the gate fails"
if gate "$remote" >"$tmp/run5.log"; then cat "$tmp/run5.log"; fail "the gate passed a contradiction"; fi
grep -q "25 km" "$tmp/run5.log" || { cat "$tmp/run5.log"; fail "the gate log does not name the contradicting passage"; }
grep -q "FAIL: unreviewed contradictions" "$tmp/run5.log" || fail "no FAIL line in the gate log"
ids=$(grep -Eo -- '--dismiss f[0-9a-f]{12}' "$tmp/run5.log" | cut -d' ' -f2 | sort -u)
[ -n "$ids" ] || { cat "$tmp/run5.log"; fail "the gate log gives no review command"; }
step "the gate names finding(s) $(echo $ids)"

# --- 6. dismissing them with claimcheck review makes the gate pass -----------------------
for id in $ids; do
  bazel run @claimcheck//checker:claimcheck -- review --reviews "$ws/story/reviews.json" \
    --dismiss "$id" --note "Checked with the agency: the 25 km was a typo, corrected online." \
    --reviewer "newsroom test" "$ws/story" >"$tmp/run6.log" 2>&1 || { cat "$tmp/run6.log"; fail "claimcheck review failed"; }
done
gate "$remote" >"$tmp/run6b.log" || { cat "$tmp/run6b.log"; fail "the gate still fails after the dismissal"; }
step "dismissed: the gate passes"

# --- 7. one more agreeing article re-runs its extraction and the comparison only ---------
cp "$src/c_day3.txt" "$src/c_day3.json" "$ws/story/"
gate "$remote" --execution_log_json_file="$tmp/exec.json" >"$tmp/run7.log" ||
  { cat "$tmp/run7.log"; fail "the gate failed after an agreeing article"; }
read -r extracts compares < <(python3 - "$tmp/exec.json" <<'EOF'
import json, sys
text = open(sys.argv[1]).read()
dec, pos, counts = json.JSONDecoder(), 0, {}
while pos < len(text):
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos >= len(text):
        break
    obj, pos = dec.raw_decode(text, pos)
    m = obj.get("mnemonic", "")
    counts[m] = counts.get(m, 0) + 1
print(counts.get("ClaimcheckExtract", 0), counts.get("ClaimcheckCompare", 0))
EOF
)
[ "$extracts" = 1 ] && [ "$compares" = 1 ] ||
  fail "adding one article ran $extracts extraction and $compares comparison actions (want 1 and 1)"
step "one agreeing article more: 1 extraction and 1 comparison action ran"
echo "newsroom_test: PASS"
