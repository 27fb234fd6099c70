#!/usr/bin/env python3
"""`import odoo` on a generated Odoo 17 database beside psql \\copy and DuckDB (`make bench-odoo`).

usage: Benchmarks/odoo_bench.py [--bin STAGESH] [--leads 1000000] [--runs 3] [--keep DIR]
                                [--dsn DSN [--server-log FILE]] [--out bench-results]

Starts a throwaway PostgreSQL server of its own (initdb in a directory under /tmp, a Unix
socket only, fsync off, shared_buffers 1GB; as root the server runs as the postgres user)
and stops it at the end, on an error or Ctrl-C too. --keep DIR keeps the cluster in DIR
between runs, so the database, once generated, is reused: a 1,000,000-lead database takes
about five minutes to make. --dsn uses a server that is already running instead.

Database odoo_bench_N gets Tests/Fixtures/odoo/odoo17-schema.sql, then
Benchmarks/odoo/generate.sql with leads=N (3.5 tracking rows a lead), then VACUUM ANALYZE;
generation is skipped when the database already holds N leads.

One `import odoo` runs with log_min_duration_statement = 0 for its own session only
(PGOPTIONS: nothing changes on the server), and every `COPY (…) TO STDOUT` it executed is
taken from the server's log: those queries are "the same rows". Then, --runs times each, in
one run and in turn:
  - stagesh -c 'import odoo "host=… dbname=… user=…"', a fresh process: wall time and
    peak resident memory (/usr/bin/time -f %M);
  - one psql process running `\\copy (Q) to /dev/null` for every captured Q, back to back:
    wall time of the process, and each query's time between two clock_timestamp() readings;
  - DuckDB's postgres extension in a fresh Python: postgres_query('pg', Q) of the crm_lead
    and tracking queries, and the raw tables those two read (ATTACH … READ_ONLY), each into
    a DuckDB table so that every column is read; psql \\copy of the same raw tables beside it.
When DuckDB's own extension repository cannot be reached, the extension comes from PyPI
(duckdb-ext-postgres, built for its own DuckDB version) in bench-data/venv-duckdb-postgres;
if that fails too, the table says so and the rest stands.

Prints a markdown table (median and fastest of the runs, rows, ratio to psql \\copy: below 1
is faster) and the machine line; writes OUT/odoo-N.md and OUT/odoo-N.json (every sample).
"""
import argparse, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from bench import TIME, ensure_duckdb, machine, mb, ms, plural  # noqa: E402

PG_BIN = os.environ.get("STAGESH_PG_BINDIR", "/usr/lib/postgresql/15/bin")
SCHEMA = os.path.join(ROOT, "Tests", "Fixtures", "odoo", "odoo17-schema.sql")
GENERATE = os.path.join(HERE, "odoo", "generate.sql")
DUCK_VENV = os.path.join(ROOT, "bench-data", "venv-duckdb-postgres")
# The tables the two big queries read, which DuckDB also reads whole.
RAW_TABLES = ["crm_lead", "mail_message", "mail_tracking_value"]


# ---------------------------------------------------------------- processes

def sh(argv, check=True, env=None, input=None):
    """Runs argv; its output as text. On failure, stops the benchmark with what it printed."""
    p = subprocess.run(argv, capture_output=True, text=True, env=env, input=input)
    if check and p.returncode != 0:
        raise SystemExit("odoo_bench: %s exited with %d\n%s%s" % (" ".join(argv)[:300], p.returncode, p.stdout[-2000:], p.stderr[-2000:]))
    return p.stdout


def timed(argv, env=None, peak=False):
    """(wall seconds, peak resident bytes or None, stdout) of one fresh process.

    The peak comes from /usr/bin/time -f %M when it is there, else from a small Python parent's
    getrusage(RUSAGE_CHILDREN): a child of a process that has just started, so that little of a
    parent's memory is counted in it (a child's ru_maxrss includes what it had before exec)."""
    with tempfile.NamedTemporaryFile() as rss, tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        if peak and os.access(TIME, os.X_OK):
            wrap = [TIME, "-f", "%M", "-o", rss.name]
        elif peak:
            wrap = [sys.executable, "-c", "import resource, subprocess, sys; c = subprocess.call(sys.argv[2:]); "
                    "open(sys.argv[1], 'w').write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)); sys.exit(c)", rss.name]
        else:
            wrap = []
        t = time.perf_counter()
        p = subprocess.run(wrap + argv, stdin=subprocess.DEVNULL, stdout=out, stderr=err, env=env)
        wall = time.perf_counter() - t
        out.seek(0), err.seek(0)
        text, errors = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
        kb = rss.read().decode().split() if peak else None
    if p.returncode != 0:
        raise SystemExit("odoo_bench: %s exited with %d\n%s%s" % (" ".join(argv)[:300], p.returncode, text[-2000:], errors[-2000:]))
    return wall, int(kb[-1]) * 1024 if kb else None, text


# ---------------------------------------------------------------- the server

class Server:
    """A PostgreSQL server reached through a socket directory: our own, or the one --dsn names."""

    def __init__(self, host, user="postgres", log=None, owned=False, data=None, keep=False):
        self.host, self.user, self.log, self.owned, self.data, self.keep = host, user, log, owned, data, keep

    @staticmethod
    def start(keep):
        """initdb (unless --keep DIR already holds a cluster) and pg_ctl start, as in
        Tests/StageTestSupport/PostgresServer.swift; a server already running in DIR is used as it is."""
        for p in ("initdb", "pg_ctl", "psql"):
            if not os.access(os.path.join(PG_BIN, p), os.X_OK):
                raise SystemExit("odoo_bench: no %s in %s: apt-get install postgresql-15 (or set STAGESH_PG_BINDIR)" % (p, PG_BIN))
        # Under /tmp: the socket's path must fit in sun_path's 108 bytes.
        directory = os.path.abspath(keep) if keep else tempfile.mkdtemp(prefix="odoo-bench-", dir="/tmp")
        os.makedirs(directory, exist_ok=True)
        server = Server(directory, log=os.path.join(directory, "log"), owned=True, data=os.path.join(directory, "data"), keep=bool(keep))
        as_root = os.geteuid() == 0
        if as_root:
            import pwd
            pw = pwd.getpwnam("postgres")
            os.chown(directory, pw.pw_uid, pw.pw_gid)
        os.chmod(directory, 0o700)
        if os.path.exists(os.path.join(server.data, "postmaster.pid")) and server.ready():
            print("using the server already running in %s" % directory, flush=True)
            server.owned = False  # someone else's run started it: left running
            return server
        if not os.path.exists(os.path.join(server.data, "PG_VERSION")):
            server.program("initdb", "-D", server.data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C", "--no-sync")
        # No TCP listener; durability off (a benchmark's database, made again at will); autovacuum off,
        # as the database is vacuumed and analysed once after it is made and never written again.
        options = ("-k %s -c listen_addresses='' -p 5432 -c fsync=off -c synchronous_commit=off -c full_page_writes=off "
                   "-c shared_buffers=1GB -c max_wal_size=8GB -c autovacuum=off" % directory)
        print("starting PostgreSQL in %s" % directory, flush=True)
        server.program("pg_ctl", "start", "-w", "-t", "120", "-D", server.data, "-l", server.log, "-o", options)
        return server

    def program(self, name, *args):
        argv = [os.path.join(PG_BIN, name)] + list(args)
        if os.geteuid() == 0:
            argv = ["/usr/sbin/runuser", "-u", "postgres", "--"] + argv
        # In the cluster's directory: the postgres user may not enter the caller's.
        p = subprocess.run(argv, capture_output=True, text=True, cwd=self.host, stdin=subprocess.DEVNULL)
        if p.returncode != 0:
            log = open(self.log, errors="replace").read()[-3000:] if self.log and os.path.exists(self.log) else ""
            raise SystemExit("odoo_bench: %s failed (%d): %s%s\nserver log:\n%s" % (name, p.returncode, p.stderr, p.stdout, log))

    def ready(self):
        return subprocess.run([os.path.join(PG_BIN, "psql"), "-X", "-h", self.host, "-U", self.user, "-d", "postgres", "-Atc", "SELECT 1"],
                              capture_output=True).returncode == 0

    def stop(self):
        if self.owned and os.path.exists(os.path.join(self.data, "postmaster.pid")):
            print("stopping PostgreSQL in %s" % self.host, flush=True)
            self.program("pg_ctl", "stop", "-w", "-m", "fast", "-D", self.data)
        if self.owned and not self.keep:
            shutil.rmtree(self.host, ignore_errors=True)

    def dsn(self, db):
        return "host=%s dbname=%s user=%s" % (self.host, db, self.user)

    def psql_argv(self, db):
        return [os.path.join(PG_BIN, "psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", self.host, "-U", self.user, "-d", db]

    def psql(self, db, sql):
        return sh(self.psql_argv(db) + ["-At", "-c", sql]).strip()


def parse_dsn(dsn):
    """host, dbname and user of a key=value connection string (what --dsn takes)."""
    pairs = dict(re.findall(r"(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)", dsn))
    return {k: v.strip("'") for k, v in pairs.items()}


def ensure_database(server, db, leads):
    """Database db with `leads` generated leads: made unless it already holds that many."""
    exists = server.psql("postgres", "SELECT count(*) FROM pg_database WHERE datname = '%s'" % db) == "1"
    if exists:
        have = subprocess.run(server.psql_argv(db) + ["-At", "-c", "SELECT count(*) FROM crm_lead"], capture_output=True, text=True)
        if have.returncode == 0 and have.stdout.strip() == str(leads):
            print("database %s already holds %s leads: not generated again" % (db, format(leads, ",")), flush=True)
            return
        print("database %s is incomplete: made again" % db, flush=True)
        server.psql("postgres", "DROP DATABASE %s" % db)
    print("generating %s leads into database %s (a 1,000,000-lead database takes about 5 minutes)" % (format(leads, ","), db), flush=True)
    t = time.perf_counter()
    server.psql("postgres", "CREATE DATABASE %s" % db)
    sh(server.psql_argv(db) + ["-f", SCHEMA])
    print(sh(server.psql_argv(db) + ["-v", "leads=%d" % leads, "-f", GENERATE]).strip(), flush=True)
    sh(server.psql_argv(db) + ["-c", "VACUUM ANALYZE"])
    print("generated in %.0f s" % (time.perf_counter() - t), flush=True)


# ---------------------------------------------------------------- the queries stagesh runs

COPY_STATEMENT = re.compile(r"(?:execute [^:]*|statement): (COPY \(.*\) TO STDOUT)\s*$", re.S)
LOG_ENTRY = re.compile(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d")
DURATION = re.compile(r"duration: ([0-9.]+) ms")


def server_log(server, explicit):
    """The file the server logs to: --server-log, our own server's, the one pg_current_logfile()
    names, else `log` beside the cluster (as `pg_ctl -l DIR/log` leaves it)."""
    if explicit:
        return explicit
    if server.log:
        return server.log
    current = server.psql("postgres", "SELECT coalesce(pg_current_logfile(), '')")
    data = server.psql("postgres", "SHOW data_directory")
    for path in ([os.path.join(data, current)] if current else []) + [os.path.join(os.path.dirname(data), "log"), os.path.join(server.host, "log")]:
        if os.path.isfile(path):
            return path
    raise SystemExit("odoo_bench: cannot find the server's log file; name it with --server-log FILE")


def capture(server, db, stagesh, env, log_path):
    """Runs one import with every statement of its session logged; the COPY statements it
    executed, in order, each with the server's duration for it, and stagesh's output."""
    start = os.path.getsize(log_path)
    # log_min_duration_statement for this session only (a superuser may set it at connection).
    logged = dict(env, PGOPTIONS=(env.get("PGOPTIONS", "") + " -c log_min_duration_statement=0").strip())
    _, _, out = timed(stagesh(), env=logged)
    time.sleep(0.2)  # the logger writes asynchronously
    with open(log_path, "rb") as f:
        f.seek(start)
        text = f.read().decode("utf-8", "replace")
    entries = []
    for line in text.splitlines():
        # A statement's later lines are the entry's continuation lines, tab-indented.
        if LOG_ENTRY.match(line) or not entries:
            entries.append(line)
        else:
            entries[-1] += "\n" + line.lstrip("\t")
    found = []
    for e in entries:
        m = COPY_STATEMENT.search(e)
        if m:
            d = DURATION.search(e)
            found.append({"copy": m.group(1), "query": m.group(1)[len("COPY ("):-len(") TO STDOUT")].strip(),
                          "server_ms": float(d.group(1)) if d else None})
    if not found:
        raise SystemExit("odoo_bench: no COPY statement of stagesh's in %s (the server may not log to it; try --server-log)" % log_path)
    for q in found:
        # Named after the first table it reads (a function in FROM, jsonb_each_text(…), is none).
        tables = re.findall(r"\bFROM\s+([a-z_.]+)\b(?!\s*\()", q["query"], re.I)
        q["table"] = tables[0] if tables else "–"
        q["one_line"] = " ".join(q["query"].split())
    return found, out


# ---------------------------------------------------------------- psql and DuckDB

MARK = "SELECT extract(epoch FROM clock_timestamp())"


def for_copy_command(query):
    """The query as psql's \\copy takes it: its tokenizer splits E'…' into E and '…', so a literal
    without a backslash is written as a standard string (standard_conforming_strings is on)."""
    if re.search(r"\bE'(?:[^']|'')*\\", query):
        raise SystemExit("odoo_bench: a query has an E'…' literal with an escape, which psql's \\copy cannot take:\n" + query)
    return re.sub(r"\bE'", "'", query)


def psql_copies(server, db, queries):
    """One psql process: each query's \\copy to /dev/null between two server clock readings.
    (wall seconds of the process, [seconds per query], [rows per query])."""
    # Without -q: \\copy prints `COPY n`, its rows.
    argv = [x for x in server.psql_argv(db) if x != "-q"] + ["-At", "-c", MARK]
    for q in queries:
        argv += ["-c", "\\copy (%s) to /dev/null" % for_copy_command(q), "-c", MARK]
    wall, _, out = timed(argv)
    marks, rows = [], []
    for line in out.splitlines():
        if line.startswith("COPY "):
            rows.append(int(line.split()[1]))
        elif line.strip():
            marks.append(float(line))
    return wall, [b - a for a, b in zip(marks, marks[1:])], rows


DUCK_WORKER = r'''
import json, os, sys, time
import duckdb
spec = json.load(sys.stdin)
res = {"version": duckdb.__version__, "items": []}
con = duckdb.connect()
con.execute("SET enable_progress_bar = false")  # it would write to standard output, where the JSON goes
if spec.get("extension_directory"):
    con.execute("SET extension_directory = '%s'" % spec["extension_directory"])
try:
    t = time.perf_counter()
    if not spec.get("extension_directory"):
        con.execute("INSTALL postgres")
    con.execute("LOAD postgres")
    con.execute("ATTACH '%s' AS pg (TYPE postgres, READ_ONLY)" % spec["dsn"])
    res["attach_s"] = time.perf_counter() - t
except Exception as e:
    res["error"] = "%s: %s" % (type(e).__name__, str(e).splitlines()[0])
    print(json.dumps(res)); sys.exit(0)
for name, source in spec["items"]:
    # Into a table: every column is read, as stagesh and psql read them (a count alone could skip columns).
    t = time.perf_counter()
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE t AS SELECT * FROM " + source)
        n = con.execute("SELECT count(*) FROM t").fetchone()[0]
        res["items"].append({"name": name, "s": time.perf_counter() - t, "rows": n})
    except Exception as e:
        res["items"].append({"name": name, "error": "%s: %s" % (type(e).__name__, str(e).splitlines()[0])})
    con.execute("DROP TABLE IF EXISTS t")
print(json.dumps(res))
'''


def named_columns(server, db, query):
    """The query with a name for each column (DuckDB's postgres_query refuses two columns of one
    name, such as round and round): its columns as psql's \\gdesc lists them, renamed by an alias
    list, which changes nothing in PostgreSQL's plan."""
    names, seen = [], {}
    for line in sh(server.psql_argv(db) + ["-At"], input=query + " \\gdesc\n").splitlines():
        name = line.rsplit("|", 1)[0]
        seen[name] = seen.get(name, 0) + 1
        names.append('"%s"' % (name if seen[name] == 1 else "%s_%d" % (name, seen[name])))
    return "SELECT * FROM (%s) AS q (%s)" % (query, ", ".join(names))


def duck_python():
    """(python with DuckDB, its extension directory or None, note): DuckDB's own `INSTALL postgres`
    where its repository answers, else the extension from PyPI in bench-data/venv-duckdb-postgres;
    (None, None, reason) when neither installs."""
    probe = subprocess.run([sys.executable, "-c", "import duckdb; c = duckdb.connect(); c.execute('INSTALL postgres'); c.execute('LOAD postgres')"],
                           capture_output=True, text=True)
    if probe.returncode == 0:
        return sys.executable, None, "INSTALL postgres"
    # The reason without the addresses DuckDB names.
    lines = [re.sub(r"\s*at URL\s*\S*|\w+://\S+", "", l).strip() for l in probe.stderr.strip().splitlines()]
    first = next((l for l in lines if "Error" in l), lines[-1] if lines else "?")[:200]
    py = os.path.join(DUCK_VENV, "bin", "python3")
    if not os.path.exists(py):
        print("DuckDB cannot INSTALL postgres here (%s); trying the extension from PyPI in %s" % (first, DUCK_VENV), flush=True)
        if subprocess.run([sys.executable, "-m", "venv", DUCK_VENV]).returncode != 0 or \
                subprocess.run([py, "-m", "pip", "install", "--quiet", "duckdb-ext-postgres"]).returncode != 0:
            shutil.rmtree(DUCK_VENV, ignore_errors=True)
            return None, None, "not installable here (%s; and pip install duckdb-ext-postgres failed)" % first
    # The package lays the extension out as an extension directory: duckdb_ext/extensions/vX/PLATFORM/.
    ext = subprocess.run([py, "-c", "import duckdb_ext, os; print(os.path.join(list(duckdb_ext.__path__)[0], 'extensions'))"],
                         capture_output=True, text=True).stdout.strip()
    if not ext or not os.path.isdir(ext):
        return None, None, "not installable here (%s; duckdb-ext-postgres has no extension directory)" % first
    return py, ext, "duckdb-ext-postgres from PyPI (DuckDB's repository unreachable: %s)" % first


def duck_run(py, ext, dsn, items):
    spec = json.dumps({"dsn": dsn, "extension_directory": ext, "items": items})
    p = subprocess.run([py, "-c", DUCK_WORKER], input=spec, capture_output=True, text=True)
    if p.returncode != 0:
        return {"error": (p.stderr.strip().splitlines() or ["exit %d" % p.returncode])[-1]}
    last = [line for line in p.stdout.splitlines() if line.startswith("{")]
    return json.loads(last[-1]) if last else {"error": "no result from DuckDB: " + (p.stdout + p.stderr)[-300:]}


# ---------------------------------------------------------------- output

def num(n):
    return "–" if n is None else format(n, ",")


def stat(xs):
    xs = [x for x in xs if x is not None]
    return (statistics.median(xs), min(xs)) if xs else (None, None)


def cell(xs):
    m, lo = stat(xs)
    return "n/a" if m is None else "%s (fastest %s)" % (ms(m), ms(lo)) if len(xs) > 1 else ms(m)


def ratio(xs, base):
    m, b = stat(xs)[0], stat(base)[0] if base else None
    return "–" if m is None or not b else "%.2f×" % (m / b)


def markdown(res, table):
    f = res["facts"]
    lines = ["%s leads, %s tracking rows in %s mail_message rows (Benchmarks/odoo/generate.sql on the Odoo 17 schema); "
             "`import odoo` made %s records with %s stage events and %s field events. %s, each in a fresh process, in turn; "
             "median (fastest); vs psql \\copy below 1 is faster." % (
                 num(f["leads"]), num(f["tracking_rows"]), num(f["messages"]), num(f["records"]), num(f["stage_events"]),
                 num(f["field_events"]), plural(res["runs"]).capitalize()),
             "", "Machine: " + res["machine_line"], "",
             "| step | time | rows | vs psql \\copy |", "|---|--:|--:|--:|"]
    for r in table:
        lines.append("| %s | %s | %s | %s |" % (r["step"], r.get("text") or cell(r["s"]), r.get("rows_text") or num(r.get("rows")),
                                               r.get("ratio_text") or ratio(r["s"], r.get("base"))))
    lines += ["", "How each step is measured:", ""] + ["- " + n for n in res["notes"]]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default=os.environ.get("BIN", os.path.join(ROOT, ".build", "release", "stagesh")))
    ap.add_argument("--leads", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", metavar="DIR", help="keep the cluster in DIR between runs (the database is generated once)")
    ap.add_argument("--dsn", help="a running server's database instead of our own (host=SOCKETDIR dbname=DB user=USER)")
    ap.add_argument("--server-log", help="with --dsn: the file that server logs to, when it cannot be found")
    ap.add_argument("--out", default=os.path.join(ROOT, "bench-results"))
    a = ap.parse_args()
    a.bin, a.out = os.path.abspath(a.bin), os.path.abspath(a.out)
    if not os.access(a.bin, os.X_OK):
        raise SystemExit("odoo_bench: no stagesh at %s (make release, or --bin PATH)" % a.bin)
    ensure_duckdb()  # machine() names DuckDB's version
    # Ctrl-C and a kill alike stop our server on the way out.
    signal.signal(signal.SIGTERM, lambda *_: (_ for _ in ()).throw(KeyboardInterrupt()))
    if a.dsn:
        d = parse_dsn(a.dsn)
        if not d.get("host", "").startswith("/") or "dbname" not in d:
            raise SystemExit("odoo_bench: --dsn takes host=SOCKETDIR dbname=DB [user=USER]")
        server, db = Server(d["host"], d.get("user", "postgres")), d["dbname"]
    else:
        server, db = Server.start(a.keep), "odoo_bench_%d" % a.leads
    try:
        if not a.dsn:
            ensure_database(server, db, a.leads)
        bench(a, server, db)
    except KeyboardInterrupt:
        print("odoo_bench: interrupted", file=sys.stderr)
        sys.exit(130)
    finally:
        server.stop()


def bench(a, server, db):
    dsn = server.dsn(db)
    work = tempfile.mkdtemp(prefix="stagesh-odoo-bench-")
    env = dict(os.environ, HOME=work, XDG_STATE_HOME=os.path.join(work, "state"), LC_ALL="C.UTF-8")
    command = "import odoo \"%s\"" % dsn

    def stagesh():
        return [a.bin, "--lang", "en", "--data-dir", work, "-c", "timer on", "-c", command]

    def inside(out):
        """The import's own time, as `timer on` printed it (the last Time: line)."""
        t = re.findall(r"^Time: ([0-9.]+) ms", out, re.M)
        return float(t[-1]) / 1000 if t else None

    try:
        facts = {k: int(server.psql(db, "SELECT count(*) FROM %s" % t)) for k, t in
                 (("leads", "crm_lead"), ("tracking_rows", "mail_tracking_value"), ("messages", "mail_message"))}
        if a.dsn:
            a.leads = facts["leads"]  # names the result files
        print("%s leads, %s tracking rows; capturing the queries of one import" % (num(facts["leads"]), num(facts["tracking_rows"])), flush=True)
        queries, out = capture(server, db, stagesh, env, server_log(server, a.server_log))
        m = re.search(r"imported ([0-9,]+) records? .*? with ([0-9,]+) stage events? and ([0-9,]+) field events? from ([0-9,]+) tracking rows?", out)
        if not m:
            raise SystemExit("odoo_bench: no summary line in stagesh's output:\n" + out[-2000:])
        facts.update(zip(("records", "stage_events", "field_events", "tracked"), (int(g.replace(",", "")) for g in m.groups())))
        summary = "\n".join(line for line in out.splitlines() if line.strip() and not line.startswith(("Time: ", "Timing ")))
        print(summary)
        big = [i for i, q in enumerate(queries) if q["table"] in ("crm_lead", "mail_tracking_value")]
        print("%d COPY statements; the big ones read %s" % (len(queries), ", ".join(queries[i]["table"] for i in big)), flush=True)

        py, ext, duck_note = duck_python()
        esc = lambda s: s.replace("'", "''")
        items = [["query " + queries[i]["table"], "postgres_query('pg', '%s')" % esc(named_columns(server, db, queries[i]["one_line"]))]
                 for i in big]
        items += [["table " + t, "pg.public." + t] for t in RAW_TABLES]
        raw_copy = ["SELECT * FROM " + t for t in RAW_TABLES]

        s = {"stagesh": [], "inside": [], "peak": [], "psql": [], "psql_each": [[] for _ in queries], "psql_raw": [[] for _ in RAW_TABLES],
             "duck": {name: [] for name, _ in items}}
        rows, raw_rows, duck_rows, duck_errors, duck_version = None, None, {}, {}, None
        for run in range(a.runs):
            print("run %d of %d: stagesh" % (run + 1, a.runs), flush=True)
            wall, peak, out = timed(stagesh(), env=env, peak=True)
            s["stagesh"].append(wall), s["peak"].append(peak), s["inside"].append(inside(out))
            print("  %s, peak %s; psql \\copy" % (ms(wall), mb(peak)), flush=True)
            wall, each, rows = psql_copies(server, db, [q["one_line"] for q in queries])
            s["psql"].append(wall)
            for i, x in enumerate(each):
                s["psql_each"][i].append(x)
            _, each, raw_rows = psql_copies(server, db, raw_copy)
            for i, x in enumerate(each):
                s["psql_raw"][i].append(x)
            print("  %s; DuckDB" % ms(wall), flush=True)
            if py:
                d = duck_run(py, ext, dsn, items)
                duck_version = d.get("version", duck_version)
                if "error" in d:
                    duck_note = "failed here (%s)" % d["error"]
                    py = None
                for it in d.get("items", []):
                    if "error" in it:
                        duck_errors[it["name"]] = it["error"]
                    else:
                        s["duck"][it["name"]].append(it["s"])
                        duck_rows[it["name"]] = it["rows"]

        res = {"leads": a.leads, "runs": a.runs, "database": db, "facts": facts, "samples": s, "summary": summary,
               "queries": [{k: q[k] for k in ("table", "one_line", "server_ms")} for q in queries],
               "psql_rows": rows, "duckdb": {"how": duck_note, "version": duck_version, "errors": duck_errors}}
        mach = machine(a)
        pg = server.psql(db, "SHOW server_version")
        mach["postgres"] = pg
        mach["duckdb_postgres"] = ("DuckDB %s with its postgres extension" % duck_version) if duck_version else "none"
        res["machine"] = mach
        res["machine_line"] = ("%(cpu)s, %(cores)s cores, %(ram)s RAM; %(os)s; stagesh %(stagesh)s; PostgreSQL %(postgres)s "
                               "(Unix socket); %(duckdb_postgres)s; Python %(python)s; %(date)s" % mach)
        total_rows = sum(rows)
        lead_q = next(i for i in big if queries[i]["table"] == "crm_lead")
        track_q = next((i for i in big if queries[i]["table"] == "mail_tracking_value"), None)
        table = [
            {"step": "stagesh `import odoo`, whole process", "s": s["stagesh"], "base": s["psql"],
             "rows_text": "%s (all %d queries)" % (num(total_rows), len(queries))},
            {"step": "… the import alone, inside stagesh (`timer on`)", "s": s["inside"], "base": s["psql"], "rows_text": "–"},
            {"step": "psql \\copy of the same %d queries, one process" % len(queries), "s": s["psql"], "base": s["psql"], "rows": total_rows},
        ]
        for i in big:
            table.append({"step": "… the %s query alone (psql)" % queries[i]["table"], "s": s["psql_each"][i], "base": s["psql_each"][i],
                          "rows": rows[i]})
        duck_ok = duck_version and any(s["duck"].values())
        if duck_ok:
            for i in big:
                name = "query " + queries[i]["table"]
                table.append({"step": "DuckDB postgres_query of the %s query" % queries[i]["table"], "s": s["duck"][name],
                              "base": s["psql_each"][i], "rows": duck_rows.get(name),
                              **({"text": "failed: " + duck_errors[name]} if name in duck_errors and not s["duck"][name] else {})})
        for j, t in enumerate(RAW_TABLES):
            table.append({"step": "psql \\copy of table %s (every column)" % t, "s": s["psql_raw"][j], "base": s["psql_raw"][j],
                          "rows": raw_rows[j]})
            if duck_ok:
                name = "table " + t
                table.append({"step": "DuckDB pg.public.%s (every column)" % t, "s": s["duck"][name], "base": s["psql_raw"][j],
                              "rows": duck_rows.get(name),
                              **({"text": "failed: " + duck_errors[name]} if name in duck_errors and not s["duck"][name] else {})})
        if not duck_ok:
            table.append({"step": "DuckDB postgres extension", "s": [], "text": duck_note if not duck_version else "failed here",
                          "rows_text": "–", "ratio_text": "–"})
        peak_m, peak_lo = stat(s["peak"])
        table.append({"step": "stagesh peak RSS", "s": [], "text": "%s (%s B/lead)" % (mb(peak_m), num(round(peak_m / facts["leads"]))),
                      "rows_text": "–", "ratio_text": "–"})
        res["rows"] = [{"step": r["step"], "median_s": stat(r["s"])[0], "fastest_s": stat(r["s"])[1], "rows": r.get("rows"),
                        "vs_psql": (stat(r["s"])[0] / stat(r["base"])[0]) if r.get("base") and r["s"] and stat(r["base"])[0] else None,
                        "text": r.get("text")} for r in table]
        server_times = ", ".join("%s %s" % (queries[i]["table"], ms(queries[i]["server_ms"] / 1000)) for i in big if queries[i]["server_ms"])
        res["notes"] = [
            "stagesh: `stagesh -c 'import odoo \"host=SOCKETDIR dbname=%s user=%s\"'`, wall clock from spawn to exit, peak resident "
            "memory by /usr/bin/time -f %%M; one read-only transaction, its queries one after another on one connection, each "
            "streamed as COPY (…) TO STDOUT (text)" % (db, server.user),
            "the same queries: every COPY statement of one import, taken from the server's log with log_min_duration_statement = 0 "
            "for that session (the catalogue reads, the small look-up tables, crm_lead, the tracking join); the server's own "
            "time for the big ones during that import: %s" % (server_times or "–"),
            "psql: one `psql -c '\\copy (Q) to /dev/null' -c …` process for all of them, wall clock from spawn to exit; a single "
            "query's time is between two clock_timestamp() readings on either side of its \\copy",
            ("DuckDB: %s; a fresh Python per run, ATTACH '…' (TYPE postgres, READ_ONLY), then each source into a temporary "
             "table (CREATE TABLE AS SELECT *, so that every column is read), timed in-process without the ATTACH" % duck_note)
            if duck_ok else "DuckDB postgres extension: %s" % duck_note,
        ]
        text = markdown(res, table)
        os.makedirs(a.out, exist_ok=True)
        with open(os.path.join(a.out, "odoo-%d.json" % a.leads), "w") as f:
            json.dump(res, f, indent=1, ensure_ascii=False)
        with open(os.path.join(a.out, "odoo-%d.md" % a.leads), "w") as f:
            f.write(text)
        print("\n" + text)
        print("wrote %s/odoo-%d.json and odoo-%d.md" % (a.out, a.leads, a.leads))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
