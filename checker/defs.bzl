"""claim_consistency_test: a Bazel test gate over a story's articles.

    load("@claimcheck//checker:defs.bzl", "claim_consistency_test")

    claim_consistency_test(
        name = "gate",
        articles = glob(["*.txt"]),
        reviews = "reviews.json",
    )

Each article is extracted by its own action (its sidecar NAME.json beside it is an input
too), so Bazel caches facts per article, locally, in a --disk_cache or on a remote cache:
adding an article re-runs that article's extraction and the comparison, nothing else.
One comparison action turns the facts into the story's reports (report.json, .md, .html)
and a gate summary. The test passes when no unreviewed contradiction exists and fails
otherwise, printing each with both quotes, outlets, dates, the finding id and the
`claimcheck review` command that records a decision on it.
"""

_TOOL = Label("//checker:claimcheck")
_RULES = Label("//rules:packs")

def _rules_dir(files):
    for f in files:
        if f.basename == "lang.json":
            # rules/<lang>/lang.json -> rules
            return f.dirname.rsplit("/", 1)[0]
    fail("the rule packs have no lang.json")

def _sidecar_for(article, sidecars):
    stem = article.basename.rsplit(".", 1)[0]
    want = article.dirname + "/" + stem + ".json"
    for s in sidecars:
        if s.path == want:
            return s
    return None

def _claim_facts_impl(ctx):
    rules_dir = _rules_dir(ctx.files._rules)
    outs = []
    for article in ctx.files.articles:
        sidecar = _sidecar_for(article, ctx.files.sidecars)
        out = ctx.actions.declare_file("%s.facts/%s.jsonl" % (ctx.label.name, article.basename))
        inputs = [article] + ctx.files._rules + ([sidecar] if sidecar else [])
        ctx.actions.run_shell(
            outputs = [out],
            inputs = inputs,
            tools = [ctx.executable._tool],
            command = '"$1" extract --jobs 1 --rules "$2" "$3" > "$4"',
            arguments = [ctx.executable._tool.path, rules_dir, article.path, out.path],
            mnemonic = "ClaimcheckExtract",
            progress_message = "Extracting facts from %s" % article.short_path,
        )
        outs.append(out)
    return [DefaultInfo(files = depset(outs))]

_claim_facts = rule(
    implementation = _claim_facts_impl,
    attrs = {
        "articles": attr.label_list(allow_files = [".txt", ".json", ".jsonl"], mandatory = True),
        "sidecars": attr.label_list(allow_files = [".json"]),
        "_tool": attr.label(default = _TOOL, executable = True, cfg = "exec"),
        "_rules": attr.label(default = _RULES, allow_files = True),
    },
)

def _claim_compare_impl(ctx):
    rules_dir = _rules_dir(ctx.files._rules)
    report_dir = ctx.label.name + ".report"
    reports = [
        ctx.actions.declare_file("%s/report.%s" % (report_dir, ext))
        for ext in ["json", "md", "html"]
    ]
    gate = ctx.actions.declare_file(ctx.label.name + ".gate.txt")
    reviews_path = ctx.attr.reviews_path
    inputs = ctx.files.facts + ctx.files._rules + ctx.files.reviews
    if ctx.files.reviews:
        reviews_path = ctx.files.reviews[0].path
    args = ctx.actions.args()
    args.add(ctx.executable._tool.path)
    args.add(rules_dir)
    args.add(reports[0].dirname)
    args.add(reviews_path)
    args.add(gate.path)
    args.add_all(ctx.files.facts)

    # Exit 1 (unreviewed contradictions) is a result for the test to report, not a
    # build failure; 2 (bad input) fails the build with the tool's message.
    ctx.actions.run_shell(
        outputs = reports + [gate],
        inputs = inputs,
        tools = [ctx.executable._tool],
        command = """
tool="$1"; rules="$2"; out="$3"; reviews="$4"; gate="$5"; shift 5
set +e
"$tool" compare --rules "$rules" --out "$out" --format json,md,html --reviews "$reviews" "$@" > "$gate.log"
rc=$?
set -e
if [ "$rc" -gt 1 ]; then cat "$gate.log" >&2; exit "$rc"; fi
{ echo "status $rc"; cat "$gate.log"; } > "$gate"
rm -f "$gate.log"
""",
        arguments = [args],
        mnemonic = "ClaimcheckCompare",
        progress_message = "Comparing the facts of %d articles for %s" % (len(ctx.files.facts), ctx.label),
    )
    return [DefaultInfo(files = depset(reports + [gate]))]

_claim_compare = rule(
    implementation = _claim_compare_impl,
    attrs = {
        "facts": attr.label_list(allow_files = [".jsonl"], mandatory = True),
        "reviews": attr.label_list(allow_files = [".json"]),
        "reviews_path": attr.string(),
        "_tool": attr.label(default = _TOOL, executable = True, cfg = "exec"),
        "_rules": attr.label(default = _RULES, allow_files = True),
    },
)

def _claim_gate_test_impl(ctx):
    gate = [f for f in ctx.files.compare if f.basename.endswith(".gate.txt")][0]
    reports = [f for f in ctx.files.compare if f != gate]
    script = ctx.actions.declare_file(ctx.label.name + ".sh")
    ctx.actions.write(
        output = script,
        is_executable = True,
        content = """#!/bin/sh
# The gate: passes when the comparison found no unreviewed contradiction.
gate="{gate}"
status=$(head -n 1 "$gate" | cut -d' ' -f2)
tail -n +2 "$gate"
echo "report: {report}"
if [ "$status" != "0" ]; then
  echo "FAIL: unreviewed contradictions (decide on each with the review command above:"
  echo "      bazel run @claimcheck//checker:claimcheck -- review ... from the workspace root)"
  exit 1
fi
echo "PASS: no unreviewed contradiction"
""".format(gate = gate.short_path, report = ctx.attr.report_hint),
    )
    return [DefaultInfo(
        executable = script,
        runfiles = ctx.runfiles(files = [gate] + reports),
    )]

_claim_gate_test = rule(
    implementation = _claim_gate_test_impl,
    test = True,
    attrs = {
        "compare": attr.label(mandatory = True),
        "report_hint": attr.string(),
    },
)

def claim_consistency_test(name, articles, reviews = None, sidecars = None, **kwargs):
    """Fails when the articles contradict each other and no reviewer has decided.

    Args:
      name: the test's name.
      articles: the story's articles (.txt with optional NAME.json sidecars, .json, .jsonl).
      reviews: the story's reviews file (see `claimcheck review`); may not exist yet.
      sidecars: metadata files; by default the NAME.json beside each NAME.txt.
      **kwargs: passed to the test (tags, size, ...).
    """
    if sidecars == None:
        stems = [a.rsplit(".", 1)[0] for a in articles if a.endswith(".txt")]
        sidecars = native.glob([s + ".json" for s in stems], allow_empty = True)
    reviews_files = []
    pkg = native.package_name()
    reviews_path = ""
    if reviews:
        reviews_path = (pkg + "/" + reviews) if pkg else reviews
        reviews_files = native.glob([reviews], allow_empty = True)
    _claim_facts(
        name = name + "_facts",
        articles = articles,
        sidecars = sidecars,
        visibility = ["//visibility:private"],
    )
    _claim_compare(
        name = name + "_compare",
        facts = [":" + name + "_facts"],
        reviews = reviews_files,
        reviews_path = reviews_path,
    )
    _claim_gate_test(
        name = name,
        compare = ":" + name + "_compare",
        report_hint = "bazel-bin/%s/%s_compare.report/report.html" % (pkg, name),
        size = kwargs.pop("size", "small"),
        **kwargs
    )
