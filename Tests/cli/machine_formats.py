#!/usr/bin/env python3
"""Every machine format pipes as nothing but itself.

Usage: python3 Tests/cli/machine_formats.py BINARY

Runs the real binary as a script would (stdout a pipe, from the repository
root, on the bundled demo snapshot) and parses what it prints: json with
json.loads, csv and tsv with Python's csv module (every row as wide as the
header). Notices ("loaded demo: ...", "added lead 1") must be on standard
error in those formats, and nowhere with -q. Standard library only; prints one
line per check and exits 1 on any failure.
"""

import csv
import io
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# One command per answer stagesh gives: queries, reports, cards, histories, configuration.
COMMANDS = [
    "list limit 5", "list opportunities where value > 100k order by value desc limit 3",
    "count", "count by stage", "count by owner, month(created)",
    "funnel", "funnel by owner", "conversion", "conversion from Negotiation to Won by source",
    "winrate by owner", "cycle", "dwell", "stuck over 30d", "stuck by stage", "forecast", "forecast by month",
    "calibrate", "show 17", "history 17", "stages", "rules", "snapshots",
]


def run(binary, args, data):
    env = dict(os.environ, STAGESH_HOME=data, LC_ALL="C.UTF-8")
    return subprocess.run([binary, "--data-dir", data] + args, cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)


def main():
    if len(sys.argv) != 2:
        print("usage: machine_formats.py BINARY", file=sys.stderr)
        return 2
    binary = os.path.abspath(sys.argv[1])
    failures = 0
    checks = 0

    def check(ok, what, detail=""):
        nonlocal failures, checks
        checks += 1
        if not ok:
            failures += 1
            print("FAIL %s%s" % (what, ("\n    " + detail.replace("\n", "\n    ")) if detail else ""))

    with tempfile.TemporaryDirectory(prefix="stagesh-pipes-") as data:
        for fmt in ("json", "csv", "tsv"):
            for command in COMMANDS:
                p = run(binary, ["seeds/demo.json", "--format", fmt, "-c", command], data)
                out = p.stdout.decode("utf-8")
                what = "%s: %s" % (fmt, command)
                check(p.returncode == 0, what + " exits 0", p.stderr.decode("utf-8", "replace"))
                check("loaded demo" in p.stderr.decode("utf-8"), what + ": the notice is on standard error")
                if fmt == "json":
                    try:
                        value = json.loads(out)
                        check(isinstance(value, (list, dict)), what + " parses as one JSON document", out[:300])
                    except ValueError as e:
                        check(False, what + " parses as JSON (%s)" % e, out[:300])
                else:
                    rows = list(csv.reader(io.StringIO(out), delimiter="," if fmt == "csv" else "\t"))
                    check(len(rows) >= 1, what + " has a header", out[:300])
                    widths = {len(r) for r in rows}
                    check(len(widths) == 1, what + ": every row as wide as the header", out[:300])

        # Notices of changes in a machine format go to standard error; the results alone to stdout.
        p = run(binary, ["seeds/demo.json", "--format", "json", "-c", "add lead X", "-c", "list where name = X"], data)
        check(p.returncode == 0, "json after a change exits 0", p.stderr.decode())
        try:
            rows = json.loads(p.stdout)
            check(len(rows) == 1 and rows[0]["name"] == "X", "json after a change: only the list's rows", p.stdout.decode())
        except ValueError as e:
            check(False, "json after a change parses (%s)" % e, p.stdout.decode())
        check("added lead 301" in p.stderr.decode(), "json: 'added lead 301' on standard error", p.stderr.decode())

        # -q: no notices anywhere, results and errors as always.
        p = run(binary, ["-q", "seeds/demo.json", "-c", "add lead X", "-c", "count"], data)
        out, err = p.stdout.decode(), p.stderr.decode()
        check("loaded" not in out + err and "added" not in out + err, "-q drops notices", out + err)
        check("301" in out, "-q keeps results", out)
        p = run(binary, ["--quiet", "seeds/demo.json", "-c", "move 99999 to Won"], data)
        check(p.returncode == 1 and "error:" in p.stderr.decode(), "--quiet keeps errors", p.stderr.decode())

    print("%d checks, %d failed" % (checks, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
