#!/usr/bin/env python3
"""SIGKILL stagesh at random moments of save, journal append and import: nothing acknowledged is lost.

Usage: python3 Tests/crash/kill_loop.py BINARY [--save 200] [--journal 200] [--import 100]
                                       [--records 10000] [--import-rows 200000] [--seed N] [--keep]

Standard library only. Every iteration starts from a fresh data directory
holding one snapshot, `base.json` (a hard link to a prepared one: `save`
renames a new file over it, so the prepared one is never changed), runs a
session with a journal, kills it with SIGKILL after a random delay, and then
plays "the next start": a batch run with `--journal` types `recover` when the
start reports unsaved work, or opens `base` when it does not, and exports
what it holds. That state, and the snapshot file on its own, must each be one
of the states computed beforehand by uninterrupted reference runs:

save     `stagesh --journal base -c CHANGE1 -c CHANGE2 -c CHANGE3 -c 'save base'`
         (a 10,000-record snapshot, so the save takes a while), again until
         --save runs were killed (a few finish first). The snapshot
         must load and be the old state or the new one; the next start must
         find a state the session passed through, and the new one whenever
         the new snapshot is in place (the journal must not replay changes
         the snapshot already holds). A run that finished must leave the new
         state and no journal.
journal  an interactive session on pipes (`--interactive`), fed one command
         at a time; the next is sent only once the prompt after the previous
         one has come back, which acknowledges it (the journal is fsynced
         before the prompt is written). The commands add, move, set, undo,
         redo, and `save base` half-way. After the kill every prompt that had
         been written counts (the pipe is drained): with K commands
         acknowledged, the next start must find the state after K commands,
         or after K+1 when a K+1st had been sent; the snapshot must be the
         old one or, once the save was acknowledged, the saved one.
import   the same interactive session makes one acknowledged change and then
         imports a big CSV (`import records` of --import-rows new records, or
         `import events` with about as many rows, alternately); the kill
         lands during the import. The next start must find the state before
         the import, or after it -- and after it when it was acknowledged --
         never part of one. These states are compared by a digest of counts,
         counts by stage, dwell times and a few histories rather than a full
         export.

Prints one line per failure, the outcomes per scenario, and a last line
"PASS: N kills ..." or "FAIL: ..."; exits 1 on any violation, 2 on bad usage
or when the setup fails.
"""

import argparse
import datetime
import hashlib
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from save_kill_loop import generate_csv  # noqa: E402  (the same generated records)

NOW = "2026-11-29"
TIMEOUT = 300.0
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", NO_COLOR="1", TERM="dumb")
ENV.pop("STAGESH_HOME", None)
PROMPT = re.compile(rb"(?:^|\n)(?:base|stagesh)\*?> ")
FOUND = "found unsaved work"


class SetupError(Exception):
    pass


class Stagesh:
    def __init__(self, binary, work):
        self.binary = binary
        self.work = work
        self.counter = 0
        self.marker = None
        rc, out, err = self.run(work, "help discard")
        if rc != 0 or len(out) < 20:
            raise SetupError("help discard failed: " + err)
        self.marker = out

    def args(self, data, *extra):
        return [self.binary, "--data-dir", data, "--now", NOW] + list(extra)

    def run(self, data, *commands, snapshot=None, journal=False, fmt="csv"):
        args = self.args(data, "--format", fmt)
        if journal:
            args.append("--journal")
        if snapshot:
            args.append(snapshot)
        for c in commands:
            args += ["-c", c]
        p = subprocess.run(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, env=ENV, cwd=self.work)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def fresh_files(self):
        self.counter += 1
        base = os.path.join(self.work, "exports", "x%d" % self.counter)
        return base + "-records.csv", base + "-events.csv"

    # What a state is compared by. "full": both exports; "summary": cheap reports.
    def state_commands(self, kind):
        if kind == "full":
            r, e = self.fresh_files()
            return ["export records " + r, "export events " + e], (r, e)
        return ["help discard", "count", "count by stage", "count where id ~ \"X\"", "dwell", "history C0000001",
                "history C0000003", "history C0002000", "show C0000001", "list where owner ~ \"Kill\""], ()

    def digest(self, stdout, files):
        h = hashlib.sha256()
        # `help discard` starts the summary: what the commands before it said is no part of the state.
        if self.marker and self.marker in stdout:
            stdout = stdout.split(self.marker)[-1]
        for f in files:
            with open(f, "rb") as fh:
                h.update(fh.read())
            os.unlink(f)
        # Loading and export messages name the files; the reports themselves are what counts.
        for line in stdout.splitlines():
            if not line.startswith(("loaded ", "exported ", "recovered ")):
                h.update(line.encode() + b"\n")
        return h.hexdigest()[:16]

    def snapshot_state(self, data, kind):
        """The state in base.json, or (None, why) when it does not load."""
        cmds, files = self.state_commands(kind)
        rc, out, err = self.run(data, *cmds, snapshot="base")
        if rc != 0:
            return None, "base does not load (exit %d): %s" % (rc, err.strip())
        return self.digest(out, files), None

    def next_start_state(self, data, kind):
        """What the next start finds: (state, recovered commands or None, why)."""
        cmds, files = self.state_commands(kind)
        rc, out, err = self.run(data, "recover", *cmds, journal=True)
        if FOUND in err:
            if rc != 0:
                return None, None, "recover failed (exit %d): %s" % (rc, err.strip())
            m = re.search(r"recovered (\d+) command", out)
            if not m:
                return None, None, "recover said %r" % out[:200]
            return self.digest(out, files), int(m.group(1)), None
        if "there is no unsaved work to recover" not in err:
            return None, None, "unexpected start (exit %d): %s" % (rc, err.strip())
        for f in files:
            if os.path.exists(f):
                os.unlink(f)
        state, why = self.snapshot_state(data, kind)
        return state, None, why

    def prefix_states(self, data, commands, kind):
        """The state before the commands and after each, from uninterrupted runs."""
        if kind != "full":
            states = []
            for i in range(len(commands) + 1):
                cmds, files = self.state_commands(kind)
                rc, out, err = self.run(data, *(commands[:i] + cmds), snapshot="base")
                if rc != 0:
                    raise SetupError("reference run failed: " + err.strip())
                states.append(self.digest(out, files))
            return states
        # One run, exporting between the commands (whose messages the digest leaves out).
        script, marks = [], []
        for i in range(len(commands) + 1):
            cmds, files = self.state_commands(kind)
            script += cmds
            marks.append(files)
            if i < len(commands):
                script.append(commands[i])
        rc, out, err = self.run(data, *script, snapshot="base")
        if rc != 0:
            raise SetupError("reference run failed: " + err.strip())
        return [self.digest("", files) for files in marks]


def fresh_data(work, template, n):
    data = os.path.join(work, "run-%d" % n)
    if os.path.exists(data):
        shutil.rmtree(data)
    os.makedirs(data)
    os.link(template, os.path.join(data, "base.json"))
    return data


def journals(data):
    d = os.path.join(data, "journal")
    return sorted(os.listdir(d)) if os.path.isdir(d) else []


class Interactive:
    """An interactive stagesh on pipes; `send` waits for the prompt that acknowledges a command."""

    def __init__(self, st, data):
        self.err = tempfile.TemporaryFile()
        self.proc = subprocess.Popen(st.args(data, "--interactive", "base"), stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=self.err, env=ENV, cwd=st.work)
        self.buf = b""
        self.prompts = 0
        self.sent = 0
        self.dead = False
        self.kill_timer = None

    def _read_prompt(self):
        while True:
            found = len(PROMPT.findall(self.buf))
            if found > self.prompts:
                self.prompts = found
                return True
            chunk = os.read(self.proc.stdout.fileno(), 65536)
            if not chunk:
                return False
            self.buf += chunk

    def start(self):
        if not self._read_prompt():
            raise SetupError("interactive stagesh did not prompt: " + self.stderr())

    def send(self, command):
        """True once acknowledged; False when the process died first."""
        try:
            self.proc.stdin.write(command.encode() + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            return False
        self.sent += 1
        return self._read_prompt()

    def kill_after(self, delay):
        def fire():
            if self.proc.poll() is None:
                self.proc.send_signal(signal.SIGKILL)
        self.kill_timer = threading.Timer(delay, fire)
        self.kill_timer.start()

    def finish(self):
        """Waits for the kill (or the end), drains the output; returns (killed, acknowledged commands)."""
        if self.kill_timer:
            self.kill_timer.join()
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        rest = self.proc.stdout.read()
        self.buf += rest
        self.proc.wait()
        self.prompts = len(PROMPT.findall(self.buf))
        return self.proc.returncode == -signal.SIGKILL, self.prompts - 1

    def stderr(self):
        self.err.seek(0)
        return self.err.read().decode("utf-8", "replace")


class Tally:
    def __init__(self, name):
        self.name = name
        self.outcomes = {}
        self.kills = self.passed = self.failed = 0

    def add(self, key):
        self.outcomes[key] = self.outcomes.get(key, 0) + 1

    def report(self):
        print("%s: %d iterations, %d killed, %d passed, %d failed" % (self.name, self.passed + self.failed,
                                                                     self.kills, self.passed, self.failed))
        for k in sorted(self.outcomes):
            print("    %-66s %d" % (k, self.outcomes[k]))


def verdict(tally, n, problems, detail):
    if problems:
        tally.failed += 1
        print("FAIL %s iteration %d (%s):\n%s" % (tally.name, n, detail, "\n".join("    " + p for p in problems)))
    else:
        tally.passed += 1
    sys.stdout.flush()


# --- scenario a: save -------------------------------------------------------------------------

SAVE_VARIANTS = [
    ['add lead "Kill save %d" owner="Nguyễn Lan" value=12k' % v, "move C%07d to Qualified" % (7 * v + 1),
     'set C%07d value=%d' % (7 * v + 3, 5000 + v)] for v in range(4)
]


def scenario_save(st, work, template, iterations, rng, tally):
    states = []
    for v, changes in enumerate(SAVE_VARIANTS):
        states.append(st.prefix_states(fresh_data(work, template, 0), changes, "full"))
    durations = []
    for i in range(3):
        data = fresh_data(work, template, 0)
        t = time.monotonic()
        rc, _, err = st.run(data, *SAVE_VARIANTS[0], "save base", snapshot="base", journal=True)
        durations.append(time.monotonic() - t)
        if rc != 0:
            raise SetupError("save run failed: " + err)
    typical = statistics.median(durations)
    print("save: an uninterrupted run takes %.0f ms; kills drawn over 0-%.0f ms" % (typical * 1000, typical * 1100))
    sys.stdout.flush()
    temp = re.compile(r"^base\.json\.tmp-\d+$")
    # Some runs finish before their kill; go on until `iterations` runs were killed.
    n = 0
    while tally.kills < iterations and n < 3 * iterations:
        n += 1
        v = n % len(SAVE_VARIANTS)
        prefix = states[v]
        old, new = prefix[0], prefix[-1]
        data = fresh_data(work, template, n)
        delay = rng.uniform(0, typical * 1.1)
        proc = subprocess.Popen(st.args(data, "--format", "csv", "--journal", "base",
                                        *sum((["-c", c] for c in SAVE_VARIANTS[v] + ["save base"]), [])),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=ENV, cwd=st.work)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        killed = proc.returncode == -signal.SIGKILL
        problems = []
        if killed:
            tally.kills += 1
        elif proc.returncode != 0:
            problems.append("the run exited %d: %s" % (proc.returncode, err.decode("utf-8", "replace").strip()))
        leftover = any(temp.match(f) for f in os.listdir(data))
        left_journals = journals(data)
        snap, why = st.snapshot_state(data, "full")
        start, recovered, why2 = st.next_start_state(data, "full")
        if snap is None:
            problems.append(why)
        elif snap not in (old, new):
            problems.append("the snapshot is neither the old state nor the new one")
        if start is None:
            problems.append(why2)
        elif start not in prefix:
            problems.append("the next start found a state the session never had (recovered %r commands)" % recovered)
        elif snap == new and start != new:
            problems.append("the new snapshot is in place, but the next start found the state after %d of %d changes"
                            " (recovered %r commands from the journal)"
                            % (prefix.index(start), len(prefix) - 1, recovered))
        if not killed:
            if snap != new or start != new:
                problems.append("a finished run did not leave the new state")
            if left_journals:
                problems.append("a finished run left journals %r" % left_journals)
        if not killed:
            key = "finished before the kill"
        elif snap == new:
            key = "killed after the rename: new snapshot"
        elif leftover:
            key = "killed while writing: old snapshot, temporary file left"
        else:
            key = "killed before saving: old snapshot"
        if killed and start is not None and start in prefix:
            key += "; next start: " + ("state after %d of 3 changes" % prefix.index(start)
                                       if recovered is not None else "no journal, the snapshot")
        tally.add(key)
        verdict(tally, n, problems, "kill after %.0f ms%s" % (delay * 1000, "" if killed else ", finished first"))
        shutil.rmtree(data, ignore_errors=True)


# --- scenario b: journal append ------------------------------------------------------------------

JOURNAL_COMMANDS = [
    'add lead "Kill journal 1" owner="Trần Minh" value=3k',
    "move C0000001 to Qualified",
    'set C0000002 owner="Lê Hạnh" value=7777',
    "convert C0000002",
    "undo",
    "redo",
    'add lead "Kill journal 2" value=40k',
    "save base",
    "won C0000004",
    'lost C0000011 because "price"',
    'log call C0000003 note "rang back"',
    "delete C0000010",
    "undo",
    "move C0000007 to Contacted",
    'add lead "Kill journal 3" source=event',
    'stage rename Contacted to "Đã liên hệ"',
    'move C0000014 to "Đã liên hệ"',
    "set C0000020 value=1",
]
SAVE_AT = JOURNAL_COMMANDS.index("save base") + 1   # acknowledged commands once the save is


def scenario_journal(st, work, template, iterations, rng, tally):
    prefix = st.prefix_states(fresh_data(work, template, 0), JOURNAL_COMMANDS, "full")
    # undo/redo, save and `log` (activities are not exported) repeat some states.
    if len(set(prefix)) < len(prefix) // 2:
        raise SetupError("journal: the reference states are not distinct enough: %r" % prefix)
    snap_old, snap_saved = prefix[0], prefix[SAVE_AT]
    durations = []
    for i in range(3):
        data = fresh_data(work, template, 0)
        t = time.monotonic()
        sh = Interactive(st, data)
        sh.start()
        for c in JOURNAL_COMMANDS:
            if not sh.send(c):
                raise SetupError("journal: the session died: " + sh.stderr())
        sh.proc.stdin.write(b"quit\n")
        sh.finish()
        durations.append(time.monotonic() - t)
        if sh.proc.returncode not in (0,):
            raise SetupError("journal: the session exited %d: %s" % (sh.proc.returncode, sh.stderr()))
    typical = statistics.median(durations)
    print("journal: %d commands take %.0f ms; kills drawn over 0-%.0f ms"
          % (len(JOURNAL_COMMANDS), typical * 1000, typical * 1100))
    sys.stdout.flush()
    for n in range(1, iterations + 1):
        data = fresh_data(work, template, n)
        delay = rng.uniform(0, typical * 1.1)
        sh = Interactive(st, data)
        sh.kill_after(delay)
        problems = []
        try:
            sh.start()
            # No `quit` at the end: it ends the session and its journal on purpose. A kill
            # that comes after the last command finds the shell idle at its prompt.
            for c in JOURNAL_COMMANDS:
                if not sh.send(c):
                    break
        except (SetupError, BrokenPipeError, OSError):
            pass
        killed, acked = sh.finish()
        if killed:
            tally.kills += 1
        else:
            problems.append("the session was not killed (exit %d): %s" % (sh.proc.returncode, sh.stderr().strip()))
        acked = max(acked, 0)
        in_flight = sh.sent > acked
        allowed = [prefix[acked]] + ([prefix[acked + 1]] if in_flight and acked + 1 < len(prefix) else [])
        snap, why = st.snapshot_state(data, "full")
        start, recovered, why2 = st.next_start_state(data, "full")
        if snap is None:
            problems.append(why)
        elif acked >= SAVE_AT and snap != snap_saved:
            problems.append("the save was acknowledged but the snapshot is not the saved state")
        elif snap not in (snap_old, snap_saved):
            problems.append("the snapshot is neither the old state nor the saved one")
        if start is None:
            problems.append(why2)
        elif start not in allowed:
            got = ("the state after %d commands" % prefix.index(start)) if start in prefix else "a state never reached"
            problems.append("%d commands acknowledged%s, but the next start found %s (recovered %r commands)"
                            % (acked, " (one more sent)" if in_flight else "", got, recovered))
        if not killed:
            key = "not killed"
        else:
            phase = "before the save" if acked < SAVE_AT - 1 else "around the save" if acked < SAVE_AT else "after the save"
            last = ("unacknowledged command applied" if start is not None and in_flight and start == prefix[min(acked + 1, len(prefix) - 1)]
                    and start != prefix[acked] else "acknowledged state")
            key = "killed %s (%s); next start: %s" % (phase, "with one in flight" if in_flight else "idle", last)
        tally.add(key)
        verdict(tally, n, problems, "kill after %.0f ms, %d acknowledged, %d sent" % (delay * 1000, acked, sh.sent))
        shutil.rmtree(data, ignore_errors=True)


# --- scenario c: import --------------------------------------------------------------------------

def generate_events(path, records, per):
    """`per` stage events for each of the first `records` generated records, ending in its stage."""
    stages = ["New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"]
    t0 = datetime.datetime(2026, 4, 5)
    with open(path, "w", encoding="utf-8") as f:
        f.write("record_id,from_stage,to_stage,changed_at\n")
        for i in range(1, records + 1):
            stage = stages[i % 7]
            a, b = ("New", "Contacted") if stages.index(stage) < 3 else ("Negotiation", "Proposal Sent")
            at = lambda k: (t0 + datetime.timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write("C%07d,,%s,%s\n" % (i, a, at(0)))
            prev, k = a, 1
            for _ in range(per - 2):
                nxt = b if prev == a else a
                f.write("C%07d,%s,%s,%s\n" % (i, prev, nxt, at(k)))
                prev, k = nxt, k + 1
            if prev != stage:
                f.write("C%07d,%s,%s,%s\n" % (i, prev, stage, at(k)))


def scenario_import(st, work, template, iterations, rng, tally, rows, base_records):
    records_csv = os.path.join(work, "import-records.csv")
    generate_csv(records_csv, rows)
    with open(records_csv, encoding="utf-8") as f, open(records_csv + ".x", "w", encoding="utf-8") as g:
        for line in f:
            g.write(line[:1].replace("C", "X") + line[1:])
    os.replace(records_csv + ".x", records_csv)
    events_csv = os.path.join(work, "import-events.csv")
    generate_events(events_csv, base_records, max(3, rows // base_records))
    before = 'set C0000001 value=4242 owner="Kill import"'
    variants = [("records", "import records " + records_csv), ("events", "import events " + events_csv)]
    states, typical = {}, {}
    for name, command in variants:
        states[name] = st.prefix_states(fresh_data(work, template, 0), [before, command], "summary")
        if len(set(states[name])) != 3:
            raise SetupError("import: the %s import does not change the digest" % name)
        data = fresh_data(work, template, 0)
        sh = Interactive(st, data)
        sh.start()
        sh.send(before)
        t = time.monotonic()
        if not sh.send(command):
            raise SetupError("import: the session died: " + sh.stderr())
        typical[name] = time.monotonic() - t
        sh.proc.stdin.write(b"quit\n")
        sh.finish()
        print("import: %s (%s rows) takes %.0f ms at the prompt; kills drawn over 0-%.0f ms after sending it"
              % (command.split()[1], rows if name == "records" else "about %d" % rows, typical[name] * 1000,
                 typical[name] * 1200))
    sys.stdout.flush()
    for n in range(1, iterations + 1):
        name, command = variants[n % 2]
        prefix = states[name]
        data = fresh_data(work, template, n)
        delay = rng.uniform(0, typical[name] * 1.2)
        sh = Interactive(st, data)
        problems = []
        try:
            sh.start()
            if not sh.send(before):
                raise SetupError("died early")
            sh.kill_after(delay)
            if sh.send(command):
                sh.send("count")
        except (SetupError, BrokenPipeError, OSError):
            pass
        if sh.kill_timer is None:
            sh.proc.send_signal(signal.SIGKILL)
        killed, acked = sh.finish()
        if killed:
            tally.kills += 1
        else:
            problems.append("the session was not killed (exit %d): %s" % (sh.proc.returncode, sh.stderr().strip()))
        snap, why = st.snapshot_state(data, "summary")
        start, recovered, why2 = st.next_start_state(data, "summary")
        if snap is None:
            problems.append(why)
        elif snap != prefix[0]:
            problems.append("the snapshot changed without a save")
        if acked < 1:
            problems.append("the change before the import was not acknowledged")
        allowed = [prefix[2]] if acked >= 2 else [prefix[1], prefix[2]]
        if start is None:
            problems.append(why2)
        elif start not in allowed:
            got = {prefix[0]: "the state before both commands", prefix[1]: "the state before the import"}.get(
                start, "a half-imported or unknown state")
            problems.append("import %s, but the next start found %s (recovered %r commands)"
                            % ("acknowledged" if acked >= 2 else "not acknowledged", got, recovered))
        outcome = ("import acknowledged" if acked >= 2 else "killed during the import")
        found = ("state after the import" if start == prefix[2] else "state before the import" if start == prefix[1]
                 else "VIOLATION")
        tally.add("import %s: %s; next start: %s" % (name, outcome, found))
        verdict(tally, n, problems, "import %s, kill %.0f ms after sending it, %d acknowledged" % (name, delay * 1000, acked))
        shutil.rmtree(data, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description="SIGKILL stagesh during save, journal append and import.")
    parser.add_argument("binary")
    parser.add_argument("--save", type=int, default=200, help="iterations of the save scenario")
    parser.add_argument("--journal", type=int, default=200, help="iterations of the journal scenario")
    parser.add_argument("--import", dest="imports", type=int, default=100, help="iterations of the import scenario")
    parser.add_argument("--records", type=int, default=10000, help="records in the save scenario's snapshot")
    parser.add_argument("--journal-records", type=int, default=2000, help="records in the journal and import snapshot")
    parser.add_argument("--import-rows", type=int, default=200000, help="rows of the imported CSVs")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = parser.parse_args()
    binary = os.path.abspath(a.binary)
    if not os.access(binary, os.X_OK):
        print("kill_loop: %s is not an executable (build first)" % a.binary, file=sys.stderr)
        return 2
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    work = tempfile.mkdtemp(prefix="stagesh-kill-")
    os.makedirs(os.path.join(work, "exports"))
    ENV["HOME"] = work
    ENV["XDG_STATE_HOME"] = os.path.join(work, "state")
    started = time.monotonic()
    tallies = []
    print("kill_loop: seed %d; %s" % (seed, binary))
    try:
        st = Stagesh(binary, work)
        templates = {}
        for label, n in (("big", a.records), ("small", a.journal_records)):
            d = os.path.join(work, "template-" + label)
            csv = os.path.join(work, "template-%s.csv" % label)
            generate_csv(csv, n)
            rc, _, err = st.run(d, "import records " + csv, "save base")
            if rc != 0:
                raise SetupError("creating the %d-record snapshot failed: %s" % (n, err))
            templates[label] = os.path.join(d, "base.json")
        if a.save:
            t = Tally("save")
            tallies.append(t)
            scenario_save(st, work, templates["big"], a.save, rng, t)
        if a.journal:
            t = Tally("journal")
            tallies.append(t)
            scenario_journal(st, work, templates["small"], a.journal, rng, t)
        if a.imports:
            t = Tally("import")
            tallies.append(t)
            scenario_import(st, work, templates["small"], a.imports, rng, t, a.import_rows, a.journal_records)
    except SetupError as e:
        print("kill_loop: setup failed: %s" % e, file=sys.stderr)
        return 2
    finally:
        if a.keep:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    for t in tallies:
        t.report()
    kills = sum(t.kills for t in tallies)
    failed = sum(t.failed for t in tallies)
    total = sum(t.passed + t.failed for t in tallies)
    print("%s: %d iterations, %d kills, %d violations; seed %d; %.0f s"
          % ("FAIL" if failed else "PASS", total, kills, failed, seed, time.monotonic() - started))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
