#!/usr/bin/env bash
# Opens the HTML report of a fixture story in headless Chromium (Debian's `chromium`) and
# checks what a fact-checker would see: every contradiction rendered with both quotes,
# and the verdict filter (driven through the page's own #verdict= address) hiding the
# other findings. Saves screenshots under the test's undeclared outputs.
#
# Usage (from Bazel): report_page_test.sh CLAIMCHECK_BINARY STORY_DIR
set -euo pipefail

bin="$1"
story="$2"
browser="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}"
if [ -z "$browser" ]; then
  echo "report_page_test: chromium is not installed (run ./setup.sh browser)" >&2
  exit 1
fi
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
shots="${TEST_UNDECLARED_OUTPUTS_DIR:-$tmp}"
out="$tmp/report"
set +e
"$bin" check --out "$out" --format json,html "$story" >"$tmp/check.log" 2>&1
rc=$?
set -e
if [ "$rc" -gt 1 ]; then
  cat "$tmp/check.log" >&2
  echo "report_page_test: claimcheck check failed with status $rc" >&2
  exit 1
fi

chrome() {
  "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --disable-dev-shm-usage \
    --user-data-dir="$tmp/profile-$1" --virtual-time-budget=3000 "${@:2}" 2>>"$tmp/chromium.log"
}

url="file://$out/report.html"
chrome all --dump-dom "$url" >"$tmp/all.html"
chrome contradict --dump-dom "$url#verdict=contradict" >"$tmp/contradict.html"
chrome shot --window-size=1366,1600 --screenshot="$shots/report_contradictions.png" \
  "$url#verdict=contradict" >/dev/null
chrome shot2 --window-size=1366,1600 --screenshot="$shots/report_all.png" "$url" >/dev/null

python3 - "$out/report.json" "$tmp/all.html" "$tmp/contradict.html" "$shots" <<'PY'
import html, json, re, sys, os
report = json.load(open(sys.argv[1]))
dom_all = open(sys.argv[2], encoding="utf-8").read()
dom_con = open(sys.argv[3], encoding="utf-8").read()
failures = []
contra = [f for f in report["findings"] if f["verdict"] == "contradict"]
others = [f for f in report["findings"] if f["verdict"] != "contradict"]
if not contra:
    failures.append("the story has no contradiction to show")
if not others:
    failures.append("the story has no other finding for the filter to hide")

def section(dom, fid):
    m = re.search(r'<section[^>]*id="%s"[^>]*>(.*?)</section>' % re.escape(fid), dom, re.S)
    return (m.group(0) if m else None)

def visible(sec):
    head = sec[:sec.index(">") + 1]
    return "display: none" not in head

for f in contra:
    sec = section(dom_con, f["id"])
    if sec is None:
        failures.append("contradiction %s is not on the page" % f["id"]); continue
    if not visible(sec):
        failures.append("contradiction %s is hidden by the contradict filter" % f["id"])
    text = html.unescape(re.sub(r"<[^>]+>", "", sec))
    for side in ("a", "b"):
        quote = f[side]["span"]["text"]
        if quote not in text:
            failures.append("contradiction %s does not show quote %r" % (f["id"], quote))
        if "<mark>" + html.escape(quote, quote=False) + "</mark>" not in sec:
            failures.append("contradiction %s does not highlight %r" % (f["id"], quote))
for f in others:
    sec = section(dom_con, f["id"])
    if sec is None:
        failures.append("finding %s is missing from the page" % f["id"]); continue
    if visible(sec):
        failures.append("%s finding %s is still shown under the contradict filter" % (f["verdict"], f["id"]))
    if not visible(section(dom_all, f["id"])):
        failures.append("finding %s is hidden without a filter" % f["id"])
# Contradictions come first on the page.
order = re.findall(r'<section class="f ([a-z_]+)"', dom_all)
if order and contra and order[0] != "contradict":
    failures.append("the first finding on the page is %s, not a contradiction" % order[0])
for png in ("report_contradictions.png", "report_all.png"):
    p = os.path.join(sys.argv[4], png)
    if not os.path.exists(p) or os.path.getsize(p) < 10000:
        failures.append("screenshot %s missing or empty" % png)
if failures:
    print("report_page_test: FAILED\n  " + "\n  ".join(failures))
    sys.exit(1)
print("report_page_test: %d contradictions shown with both quotes; %d other findings hidden by the filter; screenshots in %s"
      % (len(contra), len(others), sys.argv[4]))
PY
