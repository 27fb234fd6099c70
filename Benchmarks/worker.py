#!/usr/bin/env python3
"""The DuckDB and sqlite3 sides of Benchmarks/bench.py that must run in a fresh
process each time (so that start-up, peak memory and caches are those of one
run). bench.py starts `python3 worker.py JOB ARGS...`; each job prints one JSON
object with the seconds it measured in-process.

  duckdb-import DATA            CREATE TABLE AS read_csv for both CSVs
  duckdb-baseline               import duckdb and connect, nothing else
  duckdb-snapshot DATA FILE     save both tables to a database file, read them back
  duckdb-script DATA ID ID      the 10-statement script (see bench.py)
  duckdb-moves LEADS            100,000 single-row UPDATEs, one execute each
  sqlite-import DATA DB SQL     without the sqlite3 CLI: both CSVs through executemany
  sqlite-snapshot DB FILE       sqlite3 backup of the tables to a file and back
  first-prompts RUNS RE ARGV    start-up to the first prompt on a pty (startup.py), RUNS times
"""
import json, os, re, sqlite3, sys, time

QUERIES_SQL = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "queries.sql")


def queries(path=QUERIES_SQL):
    """The questions of an SQL file, in order: [(name, sql)]. A `-- Qn` line starts
    question Qn; its statement is the non-comment lines up to the next one."""
    out = []
    for line in open(path, encoding="utf-8"):
        m = re.match(r"\s*--\s*(Q\d+)\b", line)
        if m:
            out.append((m.group(1), []))
        elif out and line.strip() and not line.strip().startswith("--"):
            out[-1][1].append(line.strip())
    return [(name, " ".join(body).rstrip("; ")) for name, body in out if body]


def duck(data=None):
    import duckdb
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    con.execute("CREATE MACRO julianday(x) AS epoch(CAST(x AS TIMESTAMP)) / 86400.0 + 2440587.5")
    if data:
        load(con, data)
    return con


def load(con, data):
    for table in ("records", "stage_events"):
        con.execute("CREATE TABLE %s AS SELECT * FROM read_csv('%s/%s.csv', header = true)" % (table, data, table))


def duckdb_import(data):
    con = duck()
    t = time.perf_counter()
    load(con, data)
    return {"s": time.perf_counter() - t}


def duckdb_snapshot(data, path):
    con = duck(data)
    t = time.perf_counter()
    con.execute("ATTACH '%s' AS disk" % path)
    for table in ("records", "stage_events"):
        con.execute("CREATE TABLE disk.%s AS SELECT * FROM %s" % (table, table))
    con.execute("DETACH disk")
    save = time.perf_counter() - t
    con.close()
    con = duck()
    t = time.perf_counter()
    con.execute("ATTACH '%s' AS disk (READ_ONLY)" % path)
    for table in ("records", "stage_events"):
        con.execute("CREATE TABLE %s AS SELECT * FROM disk.%s" % (table, table))
    con.execute("DETACH disk")
    return {"save_s": save, "load_s": time.perf_counter() - t, "bytes": os.path.getsize(path)}


def duckdb_script(data, a, b):
    q = dict(queries())
    con = duck(data)  # statements 1 and 2
    for name in ("Q1", "Q2", "Q3", "Q5", "Q6"):
        con.execute(q[name]).fetchall()
    for i in (a, b):
        con.execute("UPDATE records SET stage = 'Contacted' WHERE id = ?", [int(i)])
    con.execute(q["Q1"]).fetchall()
    return {}


def duckdb_moves(leads):
    con = duck()
    con.execute("CREATE TABLE leads (id INTEGER PRIMARY KEY, name VARCHAR, stage VARCHAR, created_at VARCHAR)")
    con.execute("INSERT INTO leads SELECT * FROM read_csv('%s', header = true, all_varchar = true)" % leads)
    n = con.execute("SELECT count(*) FROM leads").fetchone()[0]
    t = time.perf_counter()
    for i in range(1, n + 1):
        con.execute("UPDATE leads SET stage = 'Contacted' WHERE id = ?", [i])
    s = time.perf_counter() - t
    if con.execute("SELECT count(*) FROM leads WHERE stage = 'Contacted'").fetchone()[0] != n:
        raise SystemExit("duckdb: not every lead moved")
    return {"s": s, "moves": n}


def sqlite_import(data, db, create):
    """Without the sqlite3 CLI: both CSVs through Python's csv module and executemany."""
    import csv
    con = sqlite3.connect(db)
    con.executescript(create)
    t = time.perf_counter()
    for table in ("records", "stage_events"):
        with open("%s/%s.csv" % (data, table), newline="", encoding="utf-8") as f:
            r = csv.reader(f)
            n = len(next(r))
            con.executemany("INSERT INTO %s VALUES (%s)" % (table, ", ".join("?" * n)), r)
    con.commit()
    return {"s": time.perf_counter() - t}


def sqlite_snapshot(db, path):
    mem = sqlite3.connect(":memory:")
    src = sqlite3.connect(db)
    src.backup(mem)
    src.close()
    t = time.perf_counter()
    disk = sqlite3.connect(path)
    mem.backup(disk)
    disk.close()
    save = time.perf_counter() - t
    mem.close()
    t = time.perf_counter()
    disk = sqlite3.connect(path)
    mem = sqlite3.connect(":memory:")
    disk.backup(mem)
    return {"save_s": save, "load_s": time.perf_counter() - t, "bytes": os.path.getsize(path)}


def first_prompts(runs, prompt, *argv):
    """Seconds from start to the first prompt on a pseudo-terminal, from this small process:
    pty.fork copies the whole parent, and bench.py has held a million rows by then."""
    from startup import first_prompt, finish
    out = []
    for _ in range(int(runs)):
        t, pid, fd = first_prompt(list(argv), prompt.encode(), dict(os.environ, TERM="xterm"))
        finish(pid, fd)
        out.append(t)
    return {"s": out}


JOBS = {"duckdb-import": duckdb_import, "duckdb-baseline": lambda: (duck(), {})[1], "duckdb-snapshot": duckdb_snapshot,
        "duckdb-script": duckdb_script, "duckdb-moves": duckdb_moves, "sqlite-import": sqlite_import, "sqlite-snapshot": sqlite_snapshot,
        "first-prompts": first_prompts}

if __name__ == "__main__":
    print(json.dumps(JOBS[sys.argv[1]](*sys.argv[2:])))
