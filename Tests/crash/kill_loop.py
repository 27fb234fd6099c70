#!/usr/bin/env python3
"""SIGKILL stagesh at random moments of save, journal append and import: nothing acknowledged is lost.

Usage: python3 Tests/crash/kill_loop.py BINARY [--save N] [--journal N] [--import N] [--resave N]
                                       [--records 10000] [--resave-records 20000] [--journal-records 2000]
                                       [--import-rows 200000] [--seed N] [--keep]

Each scenario flag gives its number of iterations and runs that scenario; with none, the save,
journal and import scenarios run (200, 200 and 100 iterations: `make crash-test`). `make test`
runs the resave scenario alone (`--resave 200`). Standard library only; what the scenarios share
is in kill_support.py beside this file.

The save, journal and import scenarios start every iteration from a fresh data directory
holding one snapshot, `base.json` (a hard link to a prepared one: `save` renames a new file over
it, so the prepared one is never changed), run a session with a journal, kill it with SIGKILL
after a random delay, and then play "the next start": a batch run with `--journal` types
`recover` when the start reports unsaved work, or opens `base` when it does not, and exports
what it holds. That state, and the snapshot file on its own, must each be one of the states
computed beforehand by uninterrupted reference runs:

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

resave   one data directory for every iteration, no journal: a --resave-records
         snapshot `base` (about 5.5 MB at 20,000, so that a save takes long
         enough to be interrupted) saved over and over by
             BINARY --data-dir D -c 'load base' -c 'add lead "Iteration N"' -c 'save base'
         killed after a delay drawn over the typical duration of five
         uninterrupted runs (a little past it, so some runs also finish).
         After each, `load base` + `count` must give the previous number of
         records or one more (the old file or the new one, never a torn one),
         and one more when the run finished. The data directory may hold only
         `base.json` and the killed saves' `base.json.tmp-PID`: never more than
         one of those, never listed by `snapshots`, none left by a run that was
         not killed.

Prints one line per failure, the outcomes per scenario, a line "PASS: N kills ..." or
"FAIL: ...", and last "N passed, M failed" (iterations); exits 1 on any violation, 2 on bad
usage or when the setup fails.
"""

import argparse
import os
import re
import shutil
import signal
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from kill_support import (  # noqa: E402
    Interactive, SetupError, Stagesh, Tally, fresh_data, generate_csv, generate_events, isolate, journals,
    median_duration, seeded, verdict)


# --- scenario a: save -------------------------------------------------------------------------

SAVE_VARIANTS = [
    ['add lead "Kill save %d" owner="Nguyễn Lan" value=12k' % v, "move C%07d to Qualified" % (7 * v + 1),
     'set C%07d value=%d' % (7 * v + 3, 5000 + v)] for v in range(4)
]


def scenario_save(st, work, template, iterations, rng, tally):
    states = []
    for v, changes in enumerate(SAVE_VARIANTS):
        states.append(st.prefix_states(fresh_data(work, template, 0), changes, "full"))
    def save_once():
        rc, _, err = st.run(fresh_data(work, template, 0), *SAVE_VARIANTS[0], "save base", snapshot="base", journal=True)
        if rc != 0:
            raise SetupError("save run failed: " + err)
    typical = median_duration(3, save_once)
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
        killed, status, err, _ = st.run_killed(delay, data, *SAVE_VARIANTS[v], "save base", snapshot="base", journal=True)
        problems = []
        if killed:
            tally.kills += 1
        elif status != 0:
            problems.append("the run exited %d: %s" % (status, err.strip()))
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
    def session_once():
        sh = Interactive(st, fresh_data(work, template, 0))
        sh.start()
        for c in JOURNAL_COMMANDS:
            if not sh.send(c):
                raise SetupError("journal: the session died: " + sh.stderr())
        sh.proc.stdin.write(b"quit\n")
        sh.finish()
        if sh.proc.returncode != 0:
            raise SetupError("journal: the session exited %d: %s" % (sh.proc.returncode, sh.stderr()))
    typical = median_duration(3, session_once)
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


# --- scenario d: saving over one snapshot again and again -------------------------------------

TEMP = re.compile(r"^base\.json\.tmp-(\d+)$")


def count(st, data):
    """The record count of snapshot `base`, or (None, why) when it does not load."""
    rc, out, err = st.run(data, "load base", "count")
    if rc != 0:
        return None, "exit %d; stderr: %s" % (rc, err.strip())
    m = re.search(r"^count\n(\d+)\n\Z", out, re.M)
    if not m:
        return None, "unexpected output %r" % out
    return int(m.group(1)), None


def snapshot_names(st, data):
    """The names `snapshots` lists (CSV, first column)."""
    rc, out, _ = st.run(data, "snapshots")
    if rc != 0:
        return None
    return [line.split(",", 1)[0] for line in out.splitlines()[1:]]


def scenario_resave(st, work, records, iterations, rng, tally):
    data = os.path.join(work, "resave")
    snapshot = st.make_snapshot(data, os.path.join(work, "resave.csv"), records)
    expected, why = count(st, data)
    if expected != records:
        raise SetupError("resave: base counts %r, expected %d (%s)" % (expected, records, why))

    # How long an uninterrupted load + add + save takes here (each adds one record).
    def save_once():
        nonlocal expected
        rc, _, err = st.run(data, "load base", 'add lead "Warm-up %d"' % expected, "save base")
        if rc != 0:
            raise SetupError("resave: a setup run failed: " + err)
        expected += 1
    typical = median_duration(5, save_once)
    got, why = count(st, data)
    if got != expected:
        raise SetupError("resave: base counts %r, expected %d (%s)" % (got, expected, why))
    print("resave: %d records, snapshot %d bytes; an uninterrupted run takes %.0f ms; kills drawn over 0-%.0f ms"
          % (expected, os.path.getsize(snapshot), typical * 1000, typical * 1100))
    sys.stdout.flush()

    killed_pids = set()
    leftovers_by_kill = 0
    for n in range(1, iterations + 1):
        problems = []
        delay = rng.uniform(0, typical * 1.1)
        before = set(os.listdir(data))
        killed, status, err, pid = st.run_killed(delay, data, "load base", 'add lead "Iteration %d"' % n, "save base")
        if killed:
            tally.kills += 1
            killed_pids.add(pid)
        elif status != 0:
            problems.append("the run exited %d: %s" % (status, err.strip()))

        got, why = count(st, data)
        if got is None:
            problems.append("the snapshot does not load: " + why)
        elif killed and got not in (expected, expected + 1):
            problems.append("count %d after a kill: expected %d (old) or %d (new)" % (got, expected, expected + 1))
        elif not killed and got != expected + 1:
            problems.append("count %d after a finished run: expected %d" % (got, expected + 1))

        # Only base.json and temporaries of killed saves; this run adds at most its own.
        after = set(os.listdir(data))
        new_leftover = False
        for name in sorted(after - before):
            m = TEMP.match(name)
            if not m:
                problems.append("unexpected new file %s" % name)
            elif not killed or int(m.group(1)) != pid:
                problems.append("temporary file %s is not the killed process's own (pid %d, %s)"
                                % (name, pid, "killed" if killed else "not killed"))
            else:
                new_leftover = True
                leftovers_by_kill += 1
        if got is not None:
            if not killed:
                tally.add("finished before the kill")
            elif got == expected + 1:
                tally.add("killed after the rename (new snapshot in place)")
            elif new_leftover:
                tally.add("killed while writing (old snapshot kept)")
            else:
                tally.add("killed before saving")
            expected = got
        if "base.json" not in after:
            problems.append("base.json is missing")
        for name in after:
            m = TEMP.match(name)
            if name != "base.json" and not (m and int(m.group(1)) in killed_pids):
                problems.append("unexpected file %s" % name)
        temporaries = sorted(name for name in after if TEMP.match(name))
        if len(temporaries) > 1:
            problems.append("temporary files of killed saves pile up: %s" % ", ".join(temporaries))

        # A leftover temporary file must never pass for a snapshot.
        if new_leftover or n == iterations:
            names = snapshot_names(st, data)
            if names != ["base"]:
                problems.append("snapshots lists %r, expected only base" % (names,))
        verdict(tally, n, problems, "kill after %.0f ms%s" % (delay * 1000, "" if killed else ", finished first"))

    left = sorted(name for name in os.listdir(data) if TEMP.match(name))
    print("resave: temporary files left by killed saves: %d (%d bytes in all); final count %d"
          % (len(left), sum(os.path.getsize(os.path.join(data, f)) for f in left), expected))
    if leftovers_by_kill != len(left):
        print("(%d leftovers appeared; each later save deleted the ones before)" % leftovers_by_kill)


# The scenarios and their iterations when none is named on the command line: `make crash-test`.
DEFAULT_ITERATIONS = {"save": 200, "journal": 200, "imports": 100, "resave": 0}


def main():
    parser = argparse.ArgumentParser(description="SIGKILL stagesh during save, journal append and import.")
    parser.add_argument("binary")
    parser.add_argument("--save", type=int, help="iterations of the save scenario")
    parser.add_argument("--journal", type=int, help="iterations of the journal scenario")
    parser.add_argument("--import", dest="imports", type=int, help="iterations of the import scenario")
    parser.add_argument("--resave", type=int, help="iterations of the resave scenario")
    parser.add_argument("--records", type=int, default=10000, help="records in the save scenario's snapshot")
    parser.add_argument("--resave-records", type=int, default=20000, help="records in the resave scenario's snapshot")
    parser.add_argument("--journal-records", type=int, default=2000, help="records in the journal and import snapshot")
    parser.add_argument("--import-rows", type=int, default=200000, help="rows of the imported CSVs")
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = parser.parse_args()
    named = any(getattr(a, k) is not None for k in DEFAULT_ITERATIONS)
    for k, n in DEFAULT_ITERATIONS.items():
        if getattr(a, k) is None:
            setattr(a, k, 0 if named else n)
    binary = os.path.abspath(a.binary)
    if not os.access(binary, os.X_OK):
        print("kill_loop: %s is not an executable (build first)" % a.binary, file=sys.stderr)
        return 2
    seed, rng = seeded(a.seed)
    work = tempfile.mkdtemp(prefix="stagesh-kill-")
    os.makedirs(os.path.join(work, "exports"))
    isolate(work)
    started = time.monotonic()
    tallies = []
    print("kill_loop: seed %d; %s" % (seed, binary))
    sys.stdout.flush()
    try:
        st = Stagesh(binary, work)
        if a.save:
            big = st.make_snapshot(os.path.join(work, "template-big"), os.path.join(work, "template-big.csv"), a.records)
        if a.journal or a.imports:
            small = st.make_snapshot(os.path.join(work, "template-small"), os.path.join(work, "template-small.csv"),
                                     a.journal_records)
        for name, iterations, run in [
            ("save", a.save, lambda t: scenario_save(st, work, big, a.save, rng, t)),
            ("journal", a.journal, lambda t: scenario_journal(st, work, small, a.journal, rng, t)),
            ("import", a.imports, lambda t: scenario_import(st, work, small, a.imports, rng, t, a.import_rows,
                                                            a.journal_records)),
            ("resave", a.resave, lambda t: scenario_resave(st, work, a.resave_records, a.resave, rng, t)),
        ]:
            if iterations:
                tallies.append(Tally(name))
                run(tallies[-1])
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
    passed = sum(t.passed for t in tallies)
    failed = sum(t.failed for t in tallies)
    print("%s: %d iterations, %d kills, %d violations; seed %d; %.0f s"
          % ("FAIL" if failed else "PASS", passed + failed, kills, failed, seed, time.monotonic() - started))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
