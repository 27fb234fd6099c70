#!/usr/bin/env python3
"""stagesh beside DuckDB and sqlite3 on one generated pipeline, step by step (`make bench`).

usage: Benchmarks/bench.py [--bin STAGESH] [--records 1000000] [--runs 3] [--out bench-results]
                           [--steps import,memory,reports,newreports,snapshot,prompt,script,moves]
                           [--shared ../shared/bench] [--update-doc]
       Benchmarks/bench.py --growth 100000:3,1000000:3,5000000:1 [--update-doc]

Generates the records with stagesh's own generator (`generate N seed 42`, cached in
bench-data/N/), installs DuckDB from PyPI when it is missing, checks that stagesh's
answers to Q1-Q6 (Tests/Fixtures/queries.sql) equal DuckDB's and sqlite3's, and each report
of Tests/Fixtures/reports (first line `-- stagesh: COMMAND`) equals its SQL in DuckDB, then times
every step --runs times in fresh processes and prints the medians, the ratios
stagesh / DuckDB and stagesh / sqlite3 (below 1: stagesh is faster) and the targets.
Results go to OUT/N.json and OUT/N.md; --update-doc rewrites the table in BENCHMARKS.md.

--shared DIR (a directory holding gen_pipeline.py, reference.py and queries.sql) adds a
one-time cross-check against that outside reference; it is skipped when DIR is missing.
--growth runs the size-dependent steps at each SIZE[:RUNS] and writes the growth table.
"""
import argparse, csv, datetime, io, json, math, os, platform, re, shutil, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from worker import duck as duck_, queries  # noqa: E402

NOW, SEED = "2026-11-29", 42
REPORTS = {"Q1": "funnel", "Q2": "winrate by owner", "Q3": "cycle", "Q4": "funnel", "Q5": "dwell",
           "Q6": "stuck over 30d by stage"}
STEPS = ["import", "memory", "reports", "newreports", "snapshot", "prompt", "script", "moves"]
REPORT_SQL = os.path.join(ROOT, "Tests", "Fixtures", "reports")
GROWTH_STEPS = ["import", "memory", "reports", "snapshot"]
STARTUP_RUNS, MOVES, SMALL = 20, 100000, 300
DOC = os.path.join(ROOT, "BENCHMARKS.md")
SQLITE = shutil.which("sqlite3")
TIME = "/usr/bin/time"
INT_COLUMNS = {"id", "record_id", "value"}


# ---------------------------------------------------------------- processes

def run(argv, stdin=None, env=None, peak=False):
    """(wall seconds, peak resident bytes or None, stdout) of one fresh process; stdin is a file path.
    With peak, the process runs under /usr/bin/time -f %M: the child of a small process, since a child
    that Python spawns carries the parent's own peak into its ru_maxrss."""
    with tempfile.NamedTemporaryFile() as rss, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            open(stdin or os.devnull, "rb") as inp:
        t = time.perf_counter()
        p = subprocess.run(([TIME, "-f", "%M", "-o", rss.name] if peak else []) + argv, stdin=inp, stdout=out, stderr=err, env=env)
        wall = time.perf_counter() - t
        out.seek(0), err.seek(0)
        text, errors = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        kb = rss.read().decode().split()[-1] if peak else None
    if p.returncode != 0 or (argv[0] == SQLITE and errors):
        raise SystemExit("bench: %s exited with %d\n%s%s" % (" ".join(argv)[:300], p.returncode, text[-1000:], errors[-2000:]))
    return wall, int(kb) * 1024 if kb else None, text


class Stagesh:
    def __init__(self, binary, work):
        self.binary, self.work = binary, work
        self.env = dict(os.environ, HOME=work, XDG_STATE_HOME=os.path.join(work, "state"), LC_ALL="C.UTF-8")

    def argv(self, *commands, fmt=None):
        argv = [self.binary, "--now", NOW, "--lang", "en", "--data-dir", self.work] + (["--format", fmt] if fmt else [])
        for c in commands:
            argv += ["-c", c]
        return argv

    def run(self, *commands, fmt=None, stdin=None, peak=False):
        return run(self.argv(*commands, fmt=fmt), stdin=stdin, env=self.env, peak=peak)

    def timed(self, *commands, fmt=None, peak=False):
        """Runs `timer on` then the commands: [(output, seconds)] per command, peak bytes (with peak)."""
        _, rss, out = self.run("timer on", *commands, fmt=fmt, peak=peak)
        segs, cur = [], []
        for line in out.splitlines():
            m = re.match(r"Time: ([0-9.]+) ms", line.strip())
            if m:
                segs.append(("\n".join(cur), float(m.group(1)) / 1000))
                cur = []
            else:
                cur.append(line)
        if len(segs) != len(commands) + 1:
            raise SystemExit("bench: expected %d Time lines from stagesh, got %d:\n%s" % (len(commands) + 1, len(segs), out[-2000:]))
        return segs[1:], rss


def worker(*args, peak=False, env=None):
    """(wall, peak bytes, JSON) of `python3 worker.py ARGS` in a fresh interpreter."""
    wall, rss, out = run([sys.executable, os.path.join(HERE, "worker.py")] + [str(a) for a in args], peak=peak, env=env)
    return wall, rss, json.loads(out)


def imports(data):
    return ["import records %s/records.csv" % data, "import events %s/stage_events.csv" % data]


def median(xs):
    xs = [x for x in xs if x is not None]
    return statistics.median(xs) if xs else None


# ---------------------------------------------------------------- data

def ensure_duckdb():
    """DuckDB from PyPI when this Python lacks it; into bench-data/venv when the system refuses pip (PEP 668)."""
    try:
        import duckdb  # noqa: F401
        return
    except ImportError:
        pass
    venv = os.path.join(ROOT, "bench-data", "venv")
    py = os.path.join(venv, "bin", "python3")
    if not os.path.exists(py):
        print("installing DuckDB from PyPI: %s -m pip install --quiet duckdb" % sys.executable, flush=True)
        if subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "duckdb"]).returncode == 0:
            return
        print("pip refused; trying a virtual environment in %s" % venv, flush=True)
        if subprocess.run([sys.executable, "-m", "venv", venv]).returncode != 0:
            raise SystemExit("bench: cannot install duckdb; pip install duckdb (or apt-get install python3-venv) and rerun")
        subprocess.run([py, "-m", "pip", "install", "--quiet", "duckdb"], check=True)
    os.execv(py, [py] + sys.argv)


def ensure_data(binary, n):
    """bench-data/N/{records,stage_events,field_history}.csv from stagesh's generator, made once."""
    d = os.path.join(ROOT, "bench-data", str(n))
    if os.path.exists(os.path.join(d, "stage_events.csv")) and not os.path.exists(os.path.join(d, "field_history.csv")):
        # Data made before the generator wrote field histories: made again, whole, so the three files agree.
        shutil.rmtree(d)
    if not os.path.exists(os.path.join(d, "stage_events.csv")):
        print("generating %s records with %s (seed %d) into %s" % (format(n, ","), binary, SEED, d), flush=True)
        tmp = d + ".tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        os.makedirs(tmp)
        subprocess.run([binary, "--now", NOW, "-c", "generate %d seed %d" % (n, SEED), "-c", "export records %s/records.csv" % tmp,
                        "-c", "export events %s/stage_events.csv" % tmp, "-c", "export history %s/field_history.csv" % tmp],
                       check=True, stdout=subprocess.DEVNULL)
        os.rename(tmp, d)
    return d


def ensure_leads():
    """100,000 leads in New, for the moves step."""
    d = os.path.join(ROOT, "bench-data", "leads-%d" % MOVES)
    path = os.path.join(d, "leads.csv")
    if not os.path.exists(path):
        os.makedirs(d, exist_ok=True)
        with open(path + ".tmp", "w") as f:
            f.write("id,name,stage,created_at\n")
            f.writelines("%d,Lead %d,New,2026-01-01T00:00:00Z\n" % (i, i) for i in range(1, MOVES + 1))
        os.rename(path + ".tmp", path)
    return path


def header(path):
    with open(path, encoding="utf-8") as f:
        return next(csv.reader(f))


def create_sql(data):
    return "".join("CREATE TABLE %s (%s);\n" % (t, ", ".join("%s %s" % (c, "INTEGER" if c in INT_COLUMNS else "TEXT")
                                                        for c in header("%s/%s.csv" % (data, t))))
                   for t in ("records", "stage_events"))


CLOCK = "SELECT 'clock', (julianday('now') - 2440587.5) * 86400.0;\n"


def clocked(out):
    """Seconds between the two `clock` lines the sqlite3 CLI printed (julianday('now'): millisecond steps)."""
    ts = [float(l.split("|")[1]) for l in out.splitlines() if l.startswith("clock|")]
    return ts[1] - ts[0]


def sqlite_import(data, work, db=":memory:"):
    """(in-process seconds, peak bytes) of loading both CSVs with the sqlite3 CLI's .import
    (without the CLI: Python's csv and executemany in a fresh interpreter)."""
    if not SQLITE:
        _, rss, j = worker("sqlite-import", data, db, create_sql(data), peak=True)
        return j["s"], rss
    script = os.path.join(work, "sqlite-import.sql")
    with open(script, "w") as f:
        f.write(create_sql(data) + CLOCK + "".join(".import --csv --skip 1 %s/%s.csv %s\n" % (data, t, t)
                                                   for t in ("records", "stage_events")) + CLOCK)
    _, rss, out = run([SQLITE, "-batch", db], stdin=script, peak=True)
    return clocked(out), rss


def sqlite_db(data, work):
    """A sqlite database file of both tables (cached beside the CSVs), to copy into :memory:."""
    db = os.path.join(data, "pipeline.sqlite")
    if not os.path.exists(db) or os.path.getmtime(db) < os.path.getmtime(os.path.join(data, "stage_events.csv")):
        if os.path.exists(db):
            os.remove(db)
        sqlite_import(data, work, db + ".tmp")
        os.rename(db + ".tmp", db)
    return db


def sqlite_memory(db):
    import sqlite3
    con = sqlite3.connect(":memory:")
    src = sqlite3.connect(db)
    src.backup(con)
    src.close()
    return con


# ---------------------------------------------------------------- answers

def num(v):
    # A zero denominator: stagesh prints `–` (empty in CSV), DuckDB gives NaN or NULL.
    if v in ("", None, "–") or (isinstance(v, float) and v != v):
        return None
    return round(float(v), 2)


def from_sql(rows):
    """Q1-Q6 rows of the SQL engines as {question: {key: value}}, rounded as the queries show."""
    return {"Q1": {s: (int(n), num(v)) for s, n, v in rows["Q1"]}, "Q2": {o: num(w) for o, w in rows["Q2"]},
            "Q3": {"won": num(rows["Q3"][0][0])}, "Q4": {s: int(n) for s, n in rows["Q4"]},
            "Q5": {s: num(v) for s, v in rows["Q5"]}, "Q6": {s: int(n) for s, n in rows["Q6"]}}


def from_stagesh(outputs):
    """The same from stagesh's reports in CSV ({report: text}); stages the SQL leaves out
    (nobody there, no closed spell, nobody stuck) are left out here too."""
    def table(report):
        return list(csv.DictReader(io.StringIO(outputs[report])))
    funnel, winrate = table("funnel"), table("winrate by owner")
    cycle, dwell, stuck = table("cycle"), table("dwell"), table("stuck over 30d by stage")
    return {"Q1": {r["stage"]: (int(r["now"]), num(r["value"])) for r in funnel if int(r["now"])},
            "Q2": {r["owner"]: num(r["win rate"]) for r in winrate},
            "Q3": {"won": next(num(r["mean days"]) for r in cycle if r["outcome"] == "won")},
            "Q4": {r["stage"]: int(r["entered"]) for r in funnel if int(r["entered"])},
            "Q5": {r["stage"]: num(r["mean days"]) for r in dwell if int(r["spells"])},
            "Q6": {r["stage"]: int(r["stuck"]) for r in stuck if int(r["stuck"])}}


def differences(got, want, got_name, want_name):
    out = []
    for q in sorted(want):
        for key in sorted(set(got[q]) | set(want[q])):
            a, b = got[q].get(key, "missing"), want[q].get(key, "missing")
            if a != b:
                out.append("%s %s: %s %s, %s %s" % (q, key, got_name, a, want_name, b))
    return out


def check(got, want, got_name, want_name, what):
    bad = differences(got, want, got_name, want_name)
    if bad:
        raise SystemExit("bench: ANSWERS DIFFER (%s), %d rows:\n  %s" % (what, len(bad), "\n  ".join(bad[:40])))
    print("  answers equal: %s = %s (%s, %d rows)" % (got_name, want_name, what, sum(len(v) for v in want.values())))


def report_sql():
    """[(name, stagesh command, SQL)] of Tests/Fixtures/reports/*.sql: each file's first line is
    `-- stagesh: COMMAND`, the rest a query that runs in sqlite3 and DuckDB alike."""
    out = []
    for name in sorted(os.listdir(REPORT_SQL)):
        if name.endswith(".sql"):
            text = open(os.path.join(REPORT_SQL, name), encoding="utf-8").read()
            first = text.split("\n", 1)[0]
            if not first.startswith("-- stagesh: "):
                raise SystemExit("bench: %s must start with -- stagesh: COMMAND" % name)
            out.append((name[:-4], first[len("-- stagesh: "):].strip(), text))
    return out


def same_rows(mine, theirs):
    """Rows of stagesh's CSV against an engine's: text equal, numbers within rounding, NULL = empty."""
    def cell(v):
        if v is None or v == "" or (isinstance(v, float) and v != v):
            return None
        try:
            return float(v)
        except (TypeError, ValueError):
            return str(v)
    if len(mine) != len(theirs):
        return "%d rows against %d" % (len(mine), len(theirs))
    for i, (a, b) in enumerate(zip(mine, theirs)):
        a, b = [cell(v) for v in a], [cell(v) for v in b]
        if len(a) != len(b) or any(x != y and not (isinstance(x, float) and isinstance(y, float) and abs(x - y) < 0.0051)
                                   for x, y in zip(a, b)):
            return "row %d: stagesh %s, SQL %s" % (i + 1, a, b)
    return None


def stagesh_answers(sh, data):
    names = ["funnel", "winrate by owner", "cycle", "dwell", "stuck over 30d by stage"]
    segs, _ = sh.timed(*imports(data), *names, fmt="csv")
    return from_stagesh({n: out for n, (out, _) in zip(names, segs[2:])})


def sql_rows(con):
    return {name: [tuple(r) for r in con.execute(q).fetchall()] for name, q in queries()}


# ---------------------------------------------------------------- steps

def row(label, unit, s=None, d=None, q=None, target=None, met=None, notes="", samples=None):
    return {"step": label, "unit": unit, "stagesh": s, "duckdb": d, "sqlite3": q,
            "stagesh/duckdb": s / d if s is not None and d else None, "stagesh/sqlite3": s / q if s is not None and q else None,
            "target": target, "met": met, "notes": notes, "samples": samples or {}}


class Bench:
    def __init__(self, a, n, runs, work):
        self.a, self.n, self.runs, self.work = a, n, runs, work
        self.sh = Stagesh(a.bin, work)
        self.data = ensure_data(a.bin, n)
        self.rows, self.facts, self._imports = [], {"records": n}, None

    def say(self, msg):
        print(msg, flush=True)

    def import_runs(self):
        """K fresh import processes per engine: the times of the import step and the peaks of the memory step."""
        if self._imports:
            return self._imports
        r = {"stagesh": [], "stagesh_rss": [], "duckdb": [], "duckdb_rss": [], "sqlite3": [], "sqlite3_rss": [], "baseline_rss": []}
        for i in range(self.runs):
            segs, rss = self.sh.timed(*imports(self.data), peak=True)
            r["stagesh"].append(segs[0][1] + segs[1][1])
            r["stagesh_rss"].append(rss)
            m = re.search(r"imported ([0-9,]+) stage events", segs[1][0])
            self.facts["events"] = int(m.group(1).replace(",", "")) if m else None
            _, rss, j = worker("duckdb-import", self.data, peak=True)
            r["duckdb"].append(j["s"])
            r["duckdb_rss"].append(rss)
            r["baseline_rss"].append(worker("duckdb-baseline", peak=True)[1])
            s, rss = sqlite_import(self.data, self.work)
            r["sqlite3"].append(s)
            r["sqlite3_rss"].append(rss)
            self.say("  run %d/%d: stagesh %.0f ms, duckdb %.0f ms, sqlite3 %.0f ms" % (
                i + 1, self.runs, r["stagesh"][-1] * 1e3, r["duckdb"][-1] * 1e3, r["sqlite3"][-1] * 1e3))
        self._imports = r
        return r

    def step_import(self):
        r = self.import_runs()
        s, d, q = median(r["stagesh"]), median(r["duckdb"]), median(r["sqlite3"])
        self.rows.append(row("import both CSVs", "s", s, d, q, "≤ DuckDB", s <= d, samples={k: r[k] for k in ("stagesh", "duckdb", "sqlite3")},
                             notes="all in-process: stagesh `timer on` (import records + import events); DuckDB CREATE TABLE AS "
                                   "read_csv; sqlite3 CLI `.import --csv`, julianday('now') before and after"))

    def step_memory(self):
        r = self.import_runs()
        s, d, q, base = (median(r[k]) for k in ("stagesh_rss", "duckdb_rss", "sqlite3_rss", "baseline_rss"))
        per = s / self.n
        self.rows.append(row("peak RSS after importing", "B", s, d, q, samples={k: r[k] for k in r if k.endswith("_rss")},
                             notes="/usr/bin/time -f %%M of a process that only imports both files; DuckDB's is a Python "
                                   "process (python + duckdb alone: %s, not subtracted)" % mb(base)))
        self.rows.append(row("… per record", "B/rec", per, d / self.n, q / self.n, "< 300 B/record", per < 300,
                             notes="the peak resident memory above divided by the records"))

    def step_reports(self):
        self.say("  checking the answers before timing them")
        import duckdb  # noqa: F401
        mine = stagesh_answers(self.sh, self.data)
        duck = duck_(self.data)
        want = from_sql(sql_rows(duck))
        check(mine, want, "stagesh", "DuckDB", "Q1-Q6 on bench-data/%d" % self.n)
        lite = sqlite_memory(sqlite_db(self.data, self.work))
        check(from_sql(sql_rows(lite)), want, "sqlite3", "DuckDB", "Q1-Q6 on bench-data/%d" % self.n)
        order = sorted(REPORTS)
        segs, _ = self.sh.timed(*imports(self.data), *[REPORTS[q] for q in order] * self.runs, fmt="csv")
        if from_stagesh({REPORTS[q]: out for q, (out, _) in zip(order, segs[2:])}) != mine:
            raise SystemExit("bench: stagesh's answers in the timed run differ from the checked ones")
        mine_t = {q: [t for i, (_, t) in enumerate(segs[2:]) if order[i % len(order)] == q] for q in order}
        sql = dict(queries())
        for q in order:
            d = [timed(lambda: duck.execute(sql[q]).fetchall()) for _ in range(self.runs)]
            l = [timed(lambda: lite.execute(sql[q]).fetchall()) for _ in range(self.runs)]
            s = median(mine_t[q])
            self.rows.append(row("%s `%s`" % (q, REPORTS[q]), "s", s, median(d), median(l), "≤ DuckDB", s <= median(d),
                                 samples={"stagesh": mine_t[q], "duckdb": d, "sqlite3": l},
                                 notes="in-process: stagesh `timer on` after one import; DuckDB and Python's sqlite3 per query"))
        duck.close()

    def step_newreports(self):
        """Each report of Tests/Fixtures/reports beside its SQL in DuckDB, checked, then timed."""
        reports = report_sql()
        history = os.path.join(self.data, "field_history.csv")
        loads = imports(self.data) + ["import events %s" % history]
        self.say("  %d reports beside their SQL: %s" % (len(reports), ", ".join(r[1] for r in reports)))
        segs, _ = self.sh.timed(*loads, *[c for _, c, _ in reports] * self.runs, fmt="csv")
        runs = segs[len(loads):]
        duck = duck_(self.data)
        duck.execute("CREATE TABLE field_history AS SELECT * FROM read_csv('%s', header = true)" % history)
        for k, (name, command, sql) in enumerate(reports):
            outs = [runs[i] for i in range(k, len(runs), len(reports))]
            mine = list(csv.reader(io.StringIO(outs[0][0])))[1:]
            theirs = [tuple(r) for r in duck.execute(sql).fetchall()]
            bad = same_rows(mine, theirs)
            if bad:
                raise SystemExit("bench: ANSWERS DIFFER (%s against %s.sql in DuckDB): %s" % (command, name, bad))
            self.say("  answers equal: stagesh `%s` = DuckDB %s.sql (%d rows)" % (command, name, len(mine)))
            d = [timed(lambda: duck.execute(sql).fetchall()) for _ in range(self.runs)]
            s = median([t for _, t in outs])
            self.rows.append(row("`%s`" % command, "s", s, median(d), None, "≤ DuckDB", s <= median(d),
                                 samples={"stagesh": [t for _, t in outs], "duckdb": d},
                                 notes="in-process: stagesh `timer on` after one import (history included); DuckDB %s.sql" % name))
        duck.close()

    def step_snapshot(self):
        s_save, s_load, d_save, d_load, q_save, q_load, sizes = [], [], [], [], [], [], {}
        db = sqlite_db(self.data, self.work)
        for i in range(self.runs):
            path = os.path.join(self.work, "snapshot%d.json" % i)
            segs, _ = self.sh.timed(*imports(self.data), "save " + path, "load! " + path)
            s_save.append(segs[2][1])
            s_load.append(segs[3][1])
            sizes["stagesh"] = os.path.getsize(path)
            os.remove(path)
            for engine, saves, loads, job, src in (("duckdb", d_save, d_load, "duckdb-snapshot", self.data),
                                                   ("sqlite3", q_save, q_load, "sqlite-snapshot", db)):
                path = os.path.join(self.work, "snapshot%d.%s" % (i, engine))
                j = worker(job, src, path)[2]
                saves.append(j["save_s"])
                loads.append(j["load_s"])
                sizes[engine] = j["bytes"]
                os.remove(path)
        self.facts["snapshot_bytes"] = sizes
        note = "files: stagesh JSON %s, DuckDB database %s, sqlite3 database %s" % (
            mb(sizes["stagesh"]), mb(sizes["duckdb"]), mb(sizes.get("sqlite3")))
        for label, s, d, q, extra in (("snapshot save", s_save, d_save, q_save, "stagesh `save` after importing; DuckDB ATTACH + "
                                       "CREATE TABLE AS of both tables; sqlite3 backup to a file. "),
                                      ("snapshot load", s_load, d_load, q_load, "stagesh `load!`; DuckDB ATTACH READ_ONLY + CREATE "
                                       "TABLE AS in memory; sqlite3 backup into :memory:. ")):
            self.rows.append(row(label, "s", median(s), median(d), median(q), "< 2 s", median(s) < 2,
                                 samples={"stagesh": s, "duckdb": d, "sqlite3": q}, notes=extra + note))

    def small(self):
        d = ensure_data(self.a.bin, SMALL)
        with open(os.path.join(d, "records.csv"), encoding="utf-8") as f:
            new = [r["id"] for r in csv.DictReader(f) if r["stage"] == "New"][:2]
        return d, new

    def step_prompt(self):
        out = {name: worker("first-prompts", STARTUP_RUNS, prompt, *argv, env=self.sh.env)[2]["s"] if argv[0] else []
               for name, argv, prompt in (("stagesh", [self.a.bin], r"stagesh\*?>(\x1b\[0m)? "), ("sqlite3", [SQLITE], r"sqlite> "))}
        s = median(out["stagesh"])
        self.rows.append(row("start-up to the first prompt", "s", s, None, median(out["sqlite3"]), "< 50 ms", s < 0.05,
                             samples=out, notes="wall clock on a pseudo-terminal, %d starts; DuckDB's Python package "
                                                "has no interactive prompt" % STARTUP_RUNS))

    def step_script(self):
        d, (a, b) = self.small()
        sql = dict(queries())
        mine = os.path.join(self.work, "ten.stg")
        with open(mine, "w") as f:
            f.write("\n".join(imports(d) + ["funnel", "winrate by owner", "cycle", "dwell", "stuck over 30d by stage",
                                            "move %s to Contacted" % a, "move %s to Contacted" % b, "funnel"]) + "\n")
        lite = os.path.join(self.work, "ten.sql")
        with open(lite, "w") as f:
            f.write("".join(".import --csv %s/%s.csv %s\n" % (d, t, t) for t in ("records", "stage_events")) +
                    "".join(sql[q] + ";\n" for q in ("Q1", "Q2", "Q3", "Q5", "Q6")) +
                    "".join("UPDATE records SET stage = 'Contacted' WHERE id = %s;\n" % i for i in (a, b)) + sql["Q1"] + ";\n")
        out = {"stagesh": [], "duckdb": [], "sqlite3": [], "python+duckdb": []}
        for _ in range(STARTUP_RUNS):
            out["stagesh"].append(run(self.sh.argv() + ["-f", mine], env=self.sh.env)[0])
            out["duckdb"].append(worker("duckdb-script", d, a, b)[0])
            out["python+duckdb"].append(worker("duckdb-baseline")[0])
            if SQLITE:
                out["sqlite3"].append(run([SQLITE, "-batch", ":memory:"], stdin=lite)[0])
        s = median(out["stagesh"])
        self.rows.append(row("start-up + 10-command script", "s", s, median(out["duckdb"]), median(out["sqlite3"]), "< 50 ms",
                             s < 0.05, samples=out,
                             notes="wall clock from spawn to exit, %d runs, %d records: import ×2, 5 reports/queries, 2 moves/UPDATEs, "
                                   "funnel/Q1; stagesh `-f`, sqlite3 CLI, DuckDB as `python3 worker.py` (Python and "
                                   "`import duckdb` alone take %s of it)" % (STARTUP_RUNS, SMALL, ms(median(out["python+duckdb"])))))

    def step_moves(self):
        leads = ensure_leads()
        load = os.path.join(self.work, "leads.stg")
        with open(load, "w") as f:
            f.write("import records %s\n" % leads)
        moves = os.path.join(self.work, "moves.stg")
        with open(moves, "w") as f:
            f.write("import records %s\n" % leads)
            f.writelines("move %d to Contacted\n" % i for i in range(1, MOVES + 1))
        lite = os.path.join(self.work, "moves.sql")
        with open(lite, "w") as f:
            f.write("CREATE TABLE leads (id INTEGER PRIMARY KEY, name TEXT, stage TEXT, created_at TEXT);\n"
                    ".import --csv --skip 1 %s leads\n%sBEGIN;\n" % (leads, CLOCK))
            f.writelines("UPDATE leads SET stage = 'Contacted' WHERE id = %d;\n" % i for i in range(1, MOVES + 1))
            f.write("COMMIT;\n" + CLOCK + "SELECT 'moved', count(*) FROM leads WHERE stage = 'Contacted';\n")
        walls, bases, d, q = [], [], [], []
        for i in range(self.runs):
            w, _, out = self.sh.run(stdin=moves)
            if sum(line.startswith("moved ") for line in out.splitlines()) != MOVES:
                raise SystemExit("bench: stagesh did not report %d moves:\n%s" % (MOVES, out[-1000:]))
            walls.append(w)
            bases.append(self.sh.run(stdin=load)[0])
            d.append(worker("duckdb-moves", leads)[2]["s"])
            if SQLITE:
                out = run([SQLITE, "-batch", ":memory:"], stdin=lite)[2]
                if "moved|%d" % MOVES not in out:
                    raise SystemExit("bench: sqlite3 did not move every lead:\n" + out[-500:])
                q.append(clocked(out))
            self.say("  run %d/%d: stagesh %.0f ms, duckdb %.0f ms" % (i + 1, self.runs, (walls[-1] - bases[-1]) * 1e3, d[-1] * 1e3))
        s = median(walls) - median(bases)
        self.rows.append(row("100,000 moves through stdin", "s", s, median(d), median(q), "< 1 s", s < 1,
                             samples={"stagesh_wall": walls, "stagesh_import_only": bases, "duckdb": d, "sqlite3": q},
                             notes="stagesh: wall clock of import + 100,000 `move ID to Contacted` on stdin minus that of the import "
                                   "alone (100,000 leads); sqlite3 CLI: 100,000 UPDATE … WHERE id = N (INTEGER PRIMARY KEY) in "
                                   "one transaction, in-process; DuckDB: 100,000 `execute(UPDATE … WHERE id = ?)` from Python, "
                                   "each its own transaction, PRIMARY KEY, in-process"))


def timed(f):
    t = time.perf_counter()
    f()
    return time.perf_counter() - t


# ---------------------------------------------------------------- the outside reference

def crosscheck_shared(a, n, sh, work):
    """Once per run: our data and answers against gen_pipeline.py and reference.py of DIR."""
    d = os.path.abspath(a.shared)
    if not all(os.path.exists(os.path.join(d, f)) for f in ("gen_pipeline.py", "reference.py", "queries.sql")):
        print("cross-check against %s: skipped (no gen_pipeline.py, reference.py and queries.sql there)" % a.shared)
        return {"shared": None}
    print("cross-check against %s" % d, flush=True)
    ours = ensure_data(a.bin, n)
    facts = {"shared": d}
    same_sql = queries(os.path.join(d, "queries.sql")) == queries()
    print("  %s: queries.sql %s Tests/Fixtures/queries.sql (Q1-Q6 statements)" % ("ok" if same_sql else "NOTE", "=" if same_sql else "differs from"))
    facts["same_queries"] = same_sql
    tables = re.findall(r"(records|stage_events)\(([^)]*)\)", open(os.path.join(d, "queries.sql"), encoding="utf-8").read())
    for t, cols in tables:
        missing = [c for c in cols.split(",") if c.strip() not in header("%s/%s.csv" % (ours, t))]
        if missing:
            raise SystemExit("bench: %s/%s.csv lacks the reference's columns %s" % (ours, t, missing))
    print("  ok: our CSVs carry every column the reference's tables name")

    def reference(data):
        p = subprocess.run([sys.executable, os.path.join(d, "reference.py"), data, "--engines", "duckdb,sqlite3"],
                           capture_output=True, text=True)
        if p.returncode:
            raise SystemExit("bench: reference.py failed on %s:\n%s" % (data, p.stderr[-2000:]))
        j = json.loads(p.stdout)
        return {e: from_sql({q: v["rows"] for q, v in j[e]["queries"].items()}) for e in j}

    mine = stagesh_answers(sh, ours)
    for engine, want in reference(ours).items():
        check(mine, want, "stagesh", "reference.py " + engine, "our generated data, %s records" % format(n, ","))
    theirs = os.path.join(ROOT, "bench-data", "shared-%d" % n)
    if not os.path.exists(os.path.join(theirs, "stage_events.csv")):
        print("  generating %s records with gen_pipeline.py into %s" % (format(n, ","), theirs), flush=True)
        subprocess.run([sys.executable, os.path.join(d, "gen_pipeline.py"), "--records", str(n), "--out", theirs + ".tmp",
                        "--seed", str(SEED), "--now", NOW], check=True)
        os.rename(theirs + ".tmp", theirs)
    mine = stagesh_answers(sh, theirs)
    for engine, want in reference(theirs).items():
        check(mine, want, "stagesh", "reference.py " + engine, "gen_pipeline.py data, %s records" % format(n, ","))
    shape = {name: shape_of(p) for name, p in (("stagesh generate", ours), ("gen_pipeline.py", theirs))}
    for name, s in shape.items():
        print("  %-17s %5.2f events/record, mean value %s, stages: %s" % (
            name, s["events_per_record"], format(round(s["mean_value"]), ","),
            ", ".join("%s %.1f%%" % (k, v) for k, v in s["stage_share"].items())))
    a_, b_ = shape.values()
    gap = max(abs(a_["stage_share"].get(k, 0) - b_["stage_share"].get(k, 0)) for k in set(a_["stage_share"]) | set(b_["stage_share"]))
    print("  %s: stage shares differ by at most %.1f points; events per record by %.2f" % (
        "ok" if gap <= 2 else "NOTE", gap, abs(a_["events_per_record"] - b_["events_per_record"])))
    facts["shape"] = shape
    return facts


def shape_of(data):
    stages, value, n = {}, 0, 0
    with open(os.path.join(data, "records.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            stages[r["stage"]] = stages.get(r["stage"], 0) + 1
            value += float(r["value"])
            n += 1
    with open(os.path.join(data, "stage_events.csv"), "rb") as f:
        events = sum(chunk.count(b"\n") for chunk in iter(lambda: f.read(1 << 20), b"")) - 1
    return {"records": n, "events_per_record": events / n, "mean_value": value / n,
            "stage_share": {k: 100.0 * v / n for k, v in sorted(stages.items())}}


# ---------------------------------------------------------------- output

def ms(s):
    return "n/a" if s is None else ("%.2f ms" % (s * 1e3) if s < 0.01 else "%s ms" % format(round(s * 1e3, 1 if s < 1 else None), ","))


def mb(b):
    return "n/a" if b is None else "%s MB" % format(round(b / 1e6, 1 if b < 1e8 else None), ",")


def value(r, engine):
    x = r[engine]
    return "n/a" if x is None else {"B": mb, "B/rec": lambda b: "%s B" % format(round(b), ","), "s": ms}[r["unit"]](x)


def ratio(x):
    return "–" if x is None else "%.2f×" % x


def verdict(r):
    return "–" if r["met"] is None else ("yes" if r["met"] else "**no**")


def machine(a):
    def first(path, key):
        try:
            for line in open(path):
                if line.startswith(key):
                    return line.split(":", 1)[1].strip() if ":" in line else line.split("=", 1)[1].strip().strip('"')
        except OSError:
            return None
    git = lambda *args: subprocess.run(["git", "-C", ROOT] + list(args), capture_output=True, text=True).stdout.strip()
    import duckdb, sqlite3
    commit = git("rev-parse", "--short", "HEAD")
    if git("status", "--porcelain", "--", "Sources", "Package.swift"):
        commit += " + uncommitted changes in Sources"
    if not a.bin.startswith(ROOT + os.sep):
        commit = "unknown: built outside this clone, which is at " + commit
    version = subprocess.run([a.bin, "--version"], capture_output=True, text=True).stdout.strip()
    cli = subprocess.run([SQLITE, "--version"], capture_output=True, text=True).stdout.split()[0] if SQLITE else "absent"
    mem = first("/proc/meminfo", "MemTotal")
    return {"cpu": first("/proc/cpuinfo", "model name"), "cores": os.cpu_count(),
            "ram": "%.0f GB" % (int(mem.split()[0]) / 1024 ** 2) if mem else None,
            "os": "%s, Linux %s" % (first("/etc/os-release", "PRETTY_NAME="), platform.release()),
            "stagesh": "%s (%s), commit %s" % (version, os.path.relpath(a.bin, ROOT) if a.bin.startswith(ROOT + os.sep) else a.bin, commit),
            "duckdb": duckdb.__version__, "sqlite3": "CLI %s, Python module %s" % (cli, sqlite3.sqlite_version),
            "python": platform.python_version(), "date": datetime.datetime.now().strftime("%Y-%m-%d %H:%M")}


def machine_line(m):
    return ("%(cpu)s, %(cores)s cores, %(ram)s RAM; %(os)s; stagesh %(stagesh)s; DuckDB %(duckdb)s (Python %(python)s); "
            "sqlite3 %(sqlite3)s; %(date)s" % m)


def markdown(res):
    f = res["facts"]
    lines = ["%s records, %s stage events (`generate %d seed %d`, `--now %s`); median of %s, stagesh / DuckDB and "
             "stagesh / sqlite3 below 1 mean stagesh is faster." % (format(f["records"], ","), format(f["events"], ",") if f.get("events") else "?",
                                                                  f["records"], SEED, NOW, plural(res["runs"])),
             "", "Machine: " + machine_line(res["machine"]), "",
             "| Step | stagesh | DuckDB | sqlite3 | stagesh / DuckDB | stagesh / sqlite3 | Target | Met? |",
             "|---|--:|--:|--:|--:|--:|---|---|"]
    for r in res["rows"]:
        lines.append("| %s | %s | %s | %s | %s | %s | %s | %s |" % (
            r["step"], value(r, "stagesh"), value(r, "duckdb"), value(r, "sqlite3"), ratio(r["stagesh/duckdb"]),
            ratio(r["stagesh/sqlite3"]), r["target"] or "–", verdict(r)))
    groups = []  # rows in a row with the same note share one line
    for r in res["rows"]:
        if groups and groups[-1][-1]["notes"] == r["notes"]:
            groups[-1].append(r)
        else:
            groups.append([r])
    lines += ["", "How each step is measured:", ""] + ["- %s: %s" % (" … ".join(dict.fromkeys((g[0]["step"], g[-1]["step"]))), g[0]["notes"])
                                                     for g in groups]
    if res.get("crosscheck", {}).get("shared"):
        lines += ["", "Answers cross-checked once against `%s` (gen_pipeline.py data and reference.py answers): equal." %
                  os.path.relpath(res["crosscheck"]["shared"], ROOT)]
    return "\n".join(lines) + "\n"


def console(res):
    print("\n%-32s %11s %11s %11s %9s %9s  %s" % ("step", "stagesh", "duckdb", "sqlite3", "/duckdb", "/sqlite3", "target"))
    for r in res["rows"]:
        print("%-32s %11s %11s %11s %9s %9s  %s %s" % (
            r["step"].replace("`", "")[:32], value(r, "stagesh"), value(r, "duckdb"), value(r, "sqlite3"), ratio(r["stagesh/duckdb"]),
            ratio(r["stagesh/sqlite3"]), r["target"] or "", {True: "met", False: "NOT MET", None: ""}[r["met"]]))
    print("\n" + machine_line(res["machine"]))


def growth_markdown(results):
    sizes = [r["facts"]["records"] for r in results]
    cols = [short(n) for n in sizes] + ["slope %s→%s" % (short(x), short(y)) for x, y in zip(sizes, sizes[1:])] + \
           ["/ DuckDB %s" % short(n) for n in sizes]
    lines = ["stagesh at each size, with the time or memory per record and per stage event. *slope* is "
             "log(growth of the value) / log(growth of the records) between two sizes: 1 is linear, below 1 sublinear "
             "(fixed costs still weigh), above 1 superlinear. The last columns are stagesh / DuckDB at each size.", "",
             "Stage events: " + "; ".join("%s at %s records (%.2f per record)" % (
                 format(r["facts"]["events"], ","), short(r["facts"]["records"]), r["facts"]["events"] / r["facts"]["records"])
                 for r in results) + ". Runs: " + ", ".join("%d at %s" % (r["runs"], short(r["records"])) for r in results) + ".",
             "", "Machine: " + machine_line(results[-1]["machine"]), "",
             "| Step | " + " | ".join(cols) + " |", "|---|" + "--:|" * len(cols)]
    for r0 in results[0]["rows"]:
        rows = [next((x for x in r["rows"] if x["step"] == r0["step"]), None) for r in results]
        if any(x is None or not x["stagesh"] for x in rows) or r0["unit"] == "B/rec":
            continue
        cells = []
        for x, res in zip(rows, results):
            n, e = res["facts"]["records"], res["facts"]["events"]
            if x.get("id") in ("prompt", "script", "moves"):  # sizes of their own, whatever --records says
                cells.append(value(x, "stagesh"))
            elif x["unit"] == "B":
                cells.append("%s (%s B/rec, %s B/ev)" % (mb(x["stagesh"]), format(round(x["stagesh"] / n), ","), format(round(x["stagesh"] / e), ",")))
            else:
                cells.append("%s (%s/rec, %s/ev)" % (ms(x["stagesh"]), ns(x["stagesh"] / n), ns(x["stagesh"] / e)))
        cells += ["%.2f" % (math.log(y["stagesh"] / x["stagesh"]) / math.log(ry["facts"]["records"] / rx["facts"]["records"]))
                  for x, y, rx, ry in zip(rows, rows[1:], results, results[1:])]
        cells += [ratio(x["stagesh/duckdb"]) for x in rows]
        lines.append("| %s | %s |" % (r0["step"], " | ".join(cells)))
    return "\n".join(lines) + "\n"


def ns(s):
    return "%.3g µs" % (s * 1e6) if s >= 1e-6 else "%.3g ns" % (s * 1e9)


def plural(runs):
    return "%d run%s" % (runs, "" if runs == 1 else "s")


def short(n):
    return "%gM" % (n / 1e6) if n >= 1e6 else "%gk" % (n / 1e3) if n >= 1e3 else str(n)


def update_doc(marker, text):
    doc = open(DOC, encoding="utf-8").read()
    start, end = "<!-- bench:%s:start -->" % marker, "<!-- bench:%s:end -->" % marker
    if start not in doc or end not in doc:
        raise SystemExit("bench: %s has no %s ... %s markers" % (DOC, start, end))
    doc = doc[:doc.index(start) + len(start)] + "\n" + text + doc[doc.index(end):]
    with open(DOC, "w", encoding="utf-8") as f:
        f.write(doc)
    print("updated the %s table in %s" % (marker, DOC))


# ---------------------------------------------------------------- main

def bench(a, n, runs, steps, out):
    work = tempfile.mkdtemp(prefix="stagesh-bench-")
    try:
        b = Bench(a, n, runs, work)
        res = {"records": n, "runs": runs, "steps": steps, "facts": b.facts, "machine": machine(a)}
        if a.shared:
            res["crosscheck"] = crosscheck_shared(a, n, b.sh, work)
        for step in steps:
            print("== %s (%s)" % (step, {"prompt": "%d starts" % STARTUP_RUNS, "script": "%d runs on %d records" % (STARTUP_RUNS, SMALL),
                                           "moves": "%s leads, %s" % (format(MOVES, ","), plural(runs))}.get(step, "%s records, %s" % (format(n, ","), plural(runs)))), flush=True)
            done = len(b.rows)
            getattr(b, "step_" + step)()
            for r in b.rows[done:]:
                r["id"] = step
        if "events" not in b.facts:
            segs, _ = b.sh.timed(*imports(b.data))
            b.facts["events"] = int(re.search(r"imported ([0-9,]+) stage events", segs[1][0]).group(1).replace(",", ""))
        res["rows"] = b.rows
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "%d.json" % n), "w") as f:
            json.dump(res, f, indent=1, ensure_ascii=False)
        with open(os.path.join(out, "%d.md" % n), "w") as f:
            f.write(markdown(res))
        console(res)
        print("wrote %s/%d.json and %d.md" % (out, n, n))
        return res
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=os.environ.get("BIN", os.path.join(ROOT, ".build", "release", "stagesh")))
    ap.add_argument("--records", type=int, default=1000000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", default=os.path.join(ROOT, "bench-results"))
    ap.add_argument("--steps", help="a comma-separated subset of " + ",".join(STEPS))
    ap.add_argument("--shared", help="cross-check once against gen_pipeline.py and reference.py in this directory, when it exists")
    ap.add_argument("--growth", help="SIZE[:RUNS],...: the size-dependent steps at each size, then the growth table")
    ap.add_argument("--update-doc", action="store_true", help="rewrite the table in BENCHMARKS.md")
    a = ap.parse_args()
    a.bin, a.out = os.path.abspath(a.bin), os.path.abspath(a.out)
    if not os.access(a.bin, os.X_OK):
        raise SystemExit("bench: no stagesh at %s (make release, or --bin PATH)" % a.bin)
    steps = a.steps.split(",") if a.steps else None
    if steps and set(steps) - set(STEPS):
        raise SystemExit("bench: unknown steps %s; choose from %s" % (", ".join(sorted(set(steps) - set(STEPS))), ",".join(STEPS)))
    ensure_duckdb()
    if not os.access(TIME, os.X_OK):
        raise SystemExit("bench: the memory step needs GNU time at %s (apt-get install time)" % TIME)
    if not SQLITE:
        print("no sqlite3 CLI on PATH (apt-get install sqlite3): sqlite3 imports with Python's csv module and skips "
              "the prompt, script and moves steps")
    if a.growth:
        sizes = [(int(s.split(":")[0]), int(s.split(":")[1]) if ":" in s else a.runs) for s in a.growth.split(",")]
        out = os.path.join(a.out, "growth")
        results = [bench(a, n, runs, [s for s in STEPS if s in (steps or GROWTH_STEPS)], out) for n, runs in sizes]
        text = growth_markdown(results)
        with open(os.path.join(out, "growth.md"), "w") as f:
            f.write(text)
        print("\n" + text)
        if a.update_doc:
            update_doc("growth", text)
    else:
        res = bench(a, a.records, a.runs, [s for s in STEPS if s in (steps or STEPS)], a.out)
        if a.update_doc:
            update_doc("latest", markdown(res))


if __name__ == "__main__":
    main()
