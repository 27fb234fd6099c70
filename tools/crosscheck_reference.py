#!/usr/bin/env python3
"""Checks stagesh's reports against an outside reference: a generator and a
reference script that answers queries.sql with DuckDB (for example the ones
kept beside this project as bench/gen_pipeline.py and bench/reference.py).

usage: tools/crosscheck_reference.py STAGESH GEN_PIPELINE REFERENCE [--sizes 0,1,1000,20000] [--seeds 1,42]

For every size and seed: generate the CSVs, answer Q1-Q6 with the reference
(DuckDB), run the matching stagesh reports with --format csv and compare
every number to the rounding the queries show. Prints one line per check
and `N passed, M failed`.
"""
import argparse, csv, io, json, os, subprocess, sys, tempfile


def stagesh_csv(binary, data, command):
    out = subprocess.run([binary, "--now", "2026-11-29", "--format", "csv",
                          "-c", "import records %s/records.csv" % data, "-c", "import events %s/stage_events.csv" % data,
                          "-c", "format csv", "-c", command], check=True, capture_output=True, text=True).stdout
    lines = out.splitlines()
    start = max(i for i, l in enumerate(lines) if l.startswith("imported")) + 1
    return list(csv.DictReader(io.StringIO("\n".join(lines[start:]))))


def num(v):
    # A zero denominator: stagesh prints `–` (empty in CSV), DuckDB gives NaN or NULL.
    if v in ("", None) or (isinstance(v, float) and v != v):
        return None
    return round(float(v), 2)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stagesh"); ap.add_argument("gen"); ap.add_argument("reference")
    ap.add_argument("--sizes", default="0,1,1000,20000"); ap.add_argument("--seeds", default="1,42")
    a = ap.parse_args()
    passed = failed = 0
    for size in map(int, a.sizes.split(",")):
        for seed in map(int, a.seeds.split(",")):
            d = tempfile.mkdtemp(prefix="xcheck-")
            subprocess.run([sys.executable, a.gen, "--records", str(size), "--out", d, "--seed", str(seed)], check=True)
            answer = subprocess.run([sys.executable, a.reference, d, "--engines", "duckdb"], capture_output=True, text=True)
            if answer.returncode != 0:
                # DuckDB cannot type the columns of an empty CSV; the project's own tests cover 0 records.
                print("skip size %d seed %d: the reference cannot answer (%s)" % (size, seed, answer.stderr.strip().splitlines()[-1]))
                continue
            ref = json.loads(answer.stdout)["duckdb"]["queries"]
            funnel = {r["stage"]: r for r in stagesh_csv(a.stagesh, d, "funnel")}
            winrate = {r["owner"]: r for r in stagesh_csv(a.stagesh, d, "winrate by owner")}
            cycle = {r["outcome"]: r for r in stagesh_csv(a.stagesh, d, "cycle")}
            dwell = {r["stage"]: r for r in stagesh_csv(a.stagesh, d, "dwell")}
            stuck = {r["stage"]: r for r in stagesh_csv(a.stagesh, d, "stuck over 30d by stage")}
            checks = []
            checks += [("Q1 " + s, (int(funnel[s]["now"]), num(funnel[s]["value"])), (n, num(v))) for s, n, v in ref["Q1"]["rows"]]
            checks += [("Q2 " + o, num(winrate[o]["win rate"]), num(w)) for o, w in ref["Q2"]["rows"]]
            checks += [("Q3", num(cycle["won"]["mean days"]), num(ref["Q3"]["rows"][0][0]))]
            checks += [("Q4 " + s, int(funnel[s]["reached"]), n) for s, n in ref["Q4"]["rows"]]
            checks += [("Q5 " + s, num(dwell[s]["mean days"]), num(v)) for s, v in ref["Q5"]["rows"]]
            checks += [("Q6 " + s, int(stuck[s]["stuck"]), n) for s, n in ref["Q6"]["rows"]]
            bad = [(n, got, want) for n, got, want in checks if got != want]
            for n, got, want in bad:
                print("FAIL size %d seed %d %s: stagesh %s, reference %s" % (size, seed, n, got, want))
            print("%s size %d seed %d: %d numbers" % ("ok  " if not bad else "FAIL", size, seed, len(checks)))
            passed += not bad
            failed += bool(bad)
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
