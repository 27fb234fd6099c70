"""What the kill loop's scenarios share: a stagesh to run and kill, generated CSVs, tallies.

Standard library only; imported by Tests/crash/kill_loop.py.
"""

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

NOW = "2026-11-29"
TIMEOUT = 300.0
# HOME and XDG_STATE_HOME are set to the run's own directory by `isolate`.
ENV = dict(os.environ, LC_ALL="C.UTF-8", LANG="C.UTF-8", NO_COLOR="1", TERM="dumb")
ENV.pop("STAGESH_HOME", None)
PROMPT = re.compile(rb"(?:^|\n)(?:base|stagesh)\*?> ")
FOUND = "found unsaved work"
STAGES = ["New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"]


class SetupError(Exception):
    """The scenario could not be set up: no verdict, exit 2."""


def isolate(work):
    """Points the runs' HOME and state directory into `work`: no user's history or journal gets involved."""
    ENV["HOME"] = work
    ENV["XDG_STATE_HOME"] = os.path.join(work, "state")


def seeded(seed):
    """The seed (drawn when None, to be printed) and a random generator on it."""
    seed = seed if seed is not None else random.randrange(1 << 30)
    return seed, random.Random(seed)


def generate_csv(path, records):
    """`records` generated records, ids C0000001 on, spread over the default stages and eight owners."""
    owners = ["Nguyễn Lan", "Trần Minh", "Lê Hạnh", "Phạm Quân", "Võ Thảo", "Bùi Khánh", "Đặng Sơn", "Hoàng Yến"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("id,kind,name,account,owner,source,value,stage,created_at,updated_at\n")
        for i in range(1, records + 1):
            stage = STAGES[i % len(STAGES)]
            kind = "lead" if STAGES.index(stage) < 3 else "opportunity"
            day = 1 + i % 28
            f.write("C%07d,%s,Deal %d – Công ty %d,Công ty TNHH %d,%s,web,%d,%s,2026-03-%02dT09:00:00Z,2026-04-%02dT09:00:00Z\n"
                    % (i, kind, i, i % 997, i % 997, owners[i % len(owners)], 1000 + (i * 37) % 200000, stage, day, day))


def generate_events(path, records, per):
    """`per` stage events for each of the first `records` generated records, ending in its stage."""
    t0 = datetime.datetime(2026, 4, 5)
    with open(path, "w", encoding="utf-8") as f:
        f.write("record_id,from_stage,to_stage,changed_at\n")
        for i in range(1, records + 1):
            stage = STAGES[i % 7]
            a, b = ("New", "Contacted") if STAGES.index(stage) < 3 else ("Negotiation", "Proposal Sent")
            at = lambda k: (t0 + datetime.timedelta(minutes=k)).strftime("%Y-%m-%dT%H:%M:%SZ")
            f.write("C%07d,,%s,%s\n" % (i, a, at(0)))
            prev, k = a, 1
            for _ in range(per - 2):
                nxt = b if prev == a else a
                f.write("C%07d,%s,%s,%s\n" % (i, prev, nxt, at(k)))
                prev, k = nxt, k + 1
            if prev != stage:
                f.write("C%07d,%s,%s,%s\n" % (i, prev, stage, at(k)))


def median_duration(times, run_once):
    """The median time `run_once()` takes over `times` runs: what kill delays are drawn over."""
    durations = []
    for _ in range(times):
        t = time.monotonic()
        run_once()
        durations.append(time.monotonic() - t)
    return statistics.median(durations)


class Stagesh:
    """The binary under test, run in batch mode from the run's directory, and the states it leaves."""

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

    def command_line(self, data, *commands, snapshot=None, journal=False, fmt="csv"):
        args = self.args(data, "--format", fmt)
        if journal:
            args.append("--journal")
        if snapshot:
            args.append(snapshot)
        for c in commands:
            args += ["-c", c]
        return args

    def run(self, data, *commands, snapshot=None, journal=False, fmt="csv"):
        """Runs the commands to the end: (exit status, standard output, standard error)."""
        p = subprocess.run(self.command_line(data, *commands, snapshot=snapshot, journal=journal, fmt=fmt),
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT, env=ENV, cwd=self.work)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def run_killed(self, delay, data, *commands, snapshot=None, journal=False):
        """Starts the commands and sends SIGKILL after `delay` seconds unless they finished first.

        Returns (killed, exit status, standard error, pid)."""
        proc = subprocess.Popen(self.command_line(data, *commands, snapshot=snapshot, journal=journal),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                env=ENV, cwd=self.work)
        time.sleep(delay)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        _, err = proc.communicate()
        return proc.returncode == -signal.SIGKILL, proc.returncode, err.decode("utf-8", "replace"), proc.pid

    def make_snapshot(self, data, csv, records):
        """`base.json` in `data`, of `records` generated records imported from `csv`; its path."""
        generate_csv(csv, records)
        rc, _, err = self.run(data, "import records " + csv, "save base")
        if rc != 0:
            raise SetupError("creating the %d-record snapshot failed: %s" % (records, err))
        return os.path.join(data, "base.json")

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
            # In csv, `recover`'s notice goes to standard error with the others; the reports stay on standard output.
            m = re.search(r"recovered (\d+) command", err) or re.search(r"recovered (\d+) command", out)
            if not m:
                return None, None, "recover said %r" % (err + out)[:200]
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
    """A new data directory `run-N` whose `base.json` is a hard link to `template` (a save renames over it)."""
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
    """One scenario's iterations, kills, verdicts and outcomes."""

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
    """Counts iteration `n` as passed, or prints its problems and counts it as failed."""
    if problems:
        tally.failed += 1
        print("FAIL %s iteration %d (%s):\n%s" % (tally.name, n, detail, "\n".join("    " + p for p in problems)))
    else:
        tally.passed += 1
    sys.stdout.flush()
