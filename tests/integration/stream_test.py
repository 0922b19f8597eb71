#!/usr/bin/env python3
"""A 1 GB JSON Lines stream through `claimcheck extract`: streamed, memory flat.

The stream is generated on the fly into a named pipe (nothing of that size touches the
disk): fixture articles with fresh ids, one per line, plus one malformed line in the
middle that --keep-going must skip with a warning naming it. Peak memory (the child's
maximum resident set) at 1 GB must stay within a small margin of the peak at 100 MB: it
may not grow with the number of articles.

Usage: tests/integration/stream_test.py CLAIMCHECK [GIGABYTES]   (run by test.sh)
"""
import glob
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def fixture_articles():
    arts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "fixtures/stories/*/*.txt"))):
        meta = {}
        side = path[:-4] + ".json"
        if os.path.exists(side):
            with open(side) as f:
                meta = json.load(f)
        with open(path) as f:
            meta["text"] = f.read()
        arts.append(meta)
    return arts


def feed(fifo, total_bytes, bad_line_at):
    """Writes articles into the pipe until total_bytes; returns (articles, bad line no)."""
    arts = fixture_articles()
    written, n, line_no, bad_no = 0, 0, 0, None
    with open(fifo, "w") as out:
        while written < total_bytes:
            a = dict(arts[n % len(arts)])
            a["id"] = f"s{n}"
            line = json.dumps(a, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode())
            line_no += 1
            n += 1
            if bad_no is None and written >= bad_line_at:
                out.write('{"id": "broken", "text": "unterminated\n')
                line_no += 1
                bad_no = line_no
    feed.result = (n, bad_no)


def run(tool, total_bytes):
    with tempfile.TemporaryDirectory() as tmp:
        fifo = os.path.join(tmp, "stream.jsonl")
        os.mkfifo(fifo)
        writer = threading.Thread(target=feed, args=(fifo, total_bytes, total_bytes // 2))
        writer.start()
        start = time.time()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        proc = subprocess.run(
            [tool, "extract", "--rules", os.path.join(ROOT, "rules"), "--keep-going", "--jobs", "2", fifo],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, text=True)
        elapsed = time.time() - start
        writer.join()
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        articles, bad_no = feed.result
        return proc, elapsed, peak_kb, before, articles, bad_no


def main():
    tool = os.path.abspath(sys.argv[1])
    gigabytes = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    failures = 0
    results = {}
    # The small run first: RUSAGE_CHILDREN keeps the maximum over all children so far.
    for label, size in (("100 MB", 100 << 20), (f"{gigabytes:g} GB", int(gigabytes * (1 << 30)))):
        proc, elapsed, peak_kb, before, articles, bad_no = run(tool, size)
        results[label] = peak_kb
        print(f"stream_test: {label}: {articles} articles in {elapsed:.1f} s "
              f"({size / (1 << 20) / elapsed:.1f} MB/s), peak RSS {peak_kb / 1024:.0f} MB, exit {proc.returncode}")
        if proc.returncode != 0:
            print(f"FAIL: exit status {proc.returncode}: {proc.stderr[-500:]}")
            failures += 1
        if f"stream.jsonl:{bad_no}:" not in proc.stderr or "skipped" not in proc.stderr:
            print(f"FAIL: no warning naming line {bad_no}: {proc.stderr[-300:]}")
            failures += 1
    small, big = results["100 MB"], results[f"{gigabytes:g} GB"]
    # Flat: the big run's peak may exceed the small one's by 25% plus 32 MB of slack for
    # allocator noise, never by anything that grows with the input.
    if big > small * 1.25 + 32 * 1024:
        print(f"FAIL: peak memory grew with the stream: {small / 1024:.0f} MB -> {big / 1024:.0f} MB")
        failures += 1
    else:
        print(f"stream_test: memory flat ({small / 1024:.0f} MB at 100 MB, {big / 1024:.0f} MB at {gigabytes:g} GB)")
    if failures:
        sys.exit(1)
    print("stream_test: PASS")


if __name__ == "__main__":
    main()
