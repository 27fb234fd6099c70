#!/usr/bin/env python3
"""Q1–Q6 as stagesh reports beside DuckDB and sqlite3 answering the same SQL, in one run.

usage: Benchmarks/reports.py STAGESH DATA_DIR [--runs 3]

DATA_DIR holds records.csv and stage_events.csv in the canonical format.
stagesh imports them and times each report with its own timer; DuckDB
(pip install duckdb) and Python's sqlite3 load the same files and time the
queries of Tests/Fixtures/queries.sql. Prints each engine's median per
question and stagesh's ratio to each (below 1 means stagesh is faster).
"""
import argparse, os, re, sqlite3, statistics, subprocess, sys, csv, time

HERE = os.path.dirname(os.path.abspath(__file__))
REPORTS = {"Q1": "funnel", "Q2": "winrate by owner", "Q3": "cycle", "Q4": "funnel", "Q5": "dwell",
           "Q6": "stuck over 30d by stage"}


def queries():
    """The `-- Qn` questions of the project's SQL; other comments are skipped."""
    out, name, body = [], None, []
    for line in open(os.path.join(HERE, "..", "Tests", "Fixtures", "queries.sql"), encoding="utf-8"):
        m = re.match(r"--\s*(Q\d+)", line)
        if m:
            if name and body:
                out.append((name, " ".join(body).rstrip("; ")))
            name, body = m.group(1), []
        elif not line.strip().startswith("--") and line.strip():
            body.append(line.strip())
    if name and body:
        out.append((name, " ".join(body).rstrip("; ")))
    return out


def stagesh(binary, data, runs):
    args = [binary, "--now", "2026-11-29", "-c", "import records %s/records.csv" % data,
            "-c", "import events %s/stage_events.csv" % data, "-c", "timer on"]
    for _ in range(runs):
        for q in sorted(REPORTS):
            args += ["-c", REPORTS[q]]
    out = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    times = [float(x) / 1000 for x in re.findall(r"Time: ([0-9.]+) ms", out)][1:]
    names = sorted(REPORTS)
    per = {q: [] for q in names}
    for i, t in enumerate(times):
        per[names[i % len(names)]].append(t)
    return {q: statistics.median(v) for q, v in per.items()}


def duckdb_times(data, runs):
    import duckdb
    con = duckdb.connect()
    con.execute("CREATE MACRO julianday(x) AS epoch(CAST(x AS TIMESTAMP))/86400.0 + 2440587.5")
    con.execute("CREATE TABLE records AS SELECT * FROM read_csv('%s/records.csv', header=true)" % data)
    con.execute("CREATE TABLE stage_events AS SELECT * FROM read_csv('%s/stage_events.csv', header=true)" % data)
    return timed(lambda q: con.execute(q).fetchall(), runs)


def sqlite_times(data, runs):
    con = sqlite3.connect(":memory:")
    for table in ("records", "stage_events"):
        with open("%s/%s.csv" % (data, table), newline="", encoding="utf-8") as f:
            r = csv.reader(f)
            header = next(r)
            con.execute("CREATE TABLE %s (%s)" % (table, ", ".join(header)))
            con.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * len(header))),
                            ([int(v) if v.isdigit() else v for v in row] for row in r))
    return timed(lambda q: con.execute(q).fetchall(), runs)


def timed(run, runs):
    out = {}
    for name, q in queries():
        ts = []
        for _ in range(runs):
            t = time.perf_counter()
            run(q)
            ts.append(time.perf_counter() - t)
        out[name] = statistics.median(ts)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stagesh")
    ap.add_argument("data")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    data = os.path.abspath(a.data)
    s = stagesh(os.path.abspath(a.stagesh), data, a.runs)
    d = duckdb_times(data, a.runs)
    q = sqlite_times(data, a.runs)
    print("%-4s %-26s %10s %10s %10s %9s %9s" % ("", "stagesh report", "stagesh", "duckdb", "sqlite3", "vs duck", "vs sqlite"))
    for name in sorted(s):
        print("%-4s %-26s %8.1fms %8.1fms %8.1fms %8.2fx %8.2fx" % (name, REPORTS[name], s[name] * 1e3, d[name] * 1e3,
                                                              q[name] * 1e3, s[name] / d[name], s[name] / q[name]))


if __name__ == "__main__":
    sys.exit(main())
