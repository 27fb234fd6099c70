#!/usr/bin/env python3
"""Kill stagesh with SIGKILL while it saves, again and again: the snapshot must survive.

Usage: python3 Tests/crash/save_kill_loop.py BINARY [--iterations 200] [--records 20000] [--seed N]

Standard library only. In a temporary data directory the script imports a
generated CSV of 20,000 records and saves it as the snapshot `base` (about
5.5 MB, so that a save takes long enough to be interrupted). It times five
uninterrupted runs of

    BINARY --data-dir D -c 'load base' -c 'add lead "Iteration N"' -c 'save base'

and then, each iteration, starts that command and sends it SIGKILL after a
random delay drawn uniformly over that run's typical duration (a little past
it, so some runs also finish). After every iteration a fresh

    BINARY --data-dir D -c 'load base' -c 'count' --format csv

must exit 0 and count either the previous number of records or one more (the
old file or the new one, never a torn one); a run that finished before the
kill must have added its record. The data directory may hold only `base.json`
and temporary files `base.json.tmp-PID` of killed saves: such a leftover is
acceptable, but it must never be listed by `snapshots` as a snapshot, a run
that was not killed must leave none, and the next save deletes it, so that
there is never more than one. Prints one line per failure, a few
statistics (how many kills landed before, during or after the save, how many
temporary files were left) and a last line "N passed, M failed"; exits 1 on
any failure, 2 on bad usage or when the setup itself fails.
"""

import argparse
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

CHECK_TIMEOUT = 60.0
TEMP = re.compile(r"^base\.json\.tmp-(\d+)$")


def run(binary, data, *commands, fmt=None, timeout=CHECK_TIMEOUT):
    args = [binary, "--data-dir", data]
    for c in commands:
        args += ["-c", c]
    if fmt:
        args += ["--format", fmt]
    return subprocess.run(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          timeout=timeout)


def count(binary, data):
    """The record count of snapshot `base`, or (None, why) when it does not load."""
    p = run(binary, data, "load base", "count", fmt="csv")
    out, err = p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")
    if p.returncode != 0:
        return None, "exit %d; stderr: %s" % (p.returncode, err.strip())
    m = re.search(r"^count\n(\d+)\n\Z", out, re.M)
    if not m:
        return None, "unexpected output %r" % out
    return int(m.group(1)), None


def snapshot_names(binary, data):
    """The names `snapshots` lists (CSV, first column)."""
    p = run(binary, data, "snapshots", fmt="csv")
    if p.returncode != 0:
        return None
    lines = p.stdout.decode("utf-8", "replace").splitlines()
    return [l.split(",", 1)[0] for l in lines[1:]]


def generate_csv(path, records):
    owners = ["Nguyễn Lan", "Trần Minh", "Lê Hạnh", "Phạm Quân", "Võ Thảo", "Bùi Khánh", "Đặng Sơn", "Hoàng Yến"]
    stages = ["New", "Contacted", "Qualified", "Negotiation", "Proposal Sent", "Won", "Lost"]
    with open(path, "w", encoding="utf-8") as f:
        f.write("id,kind,name,account,owner,source,value,stage,created_at,updated_at\n")
        for i in range(1, records + 1):
            stage = stages[i % len(stages)]
            kind = "lead" if stages.index(stage) < 3 else "opportunity"
            day = 1 + i % 28
            f.write("C%07d,%s,Deal %d – Công ty %d,Công ty TNHH %d,%s,web,%d,%s,2026-03-%02dT09:00:00Z,2026-04-%02dT09:00:00Z\n"
                    % (i, kind, i, i % 997, i % 997, owners[i % len(owners)], 1000 + (i * 37) % 200000, stage, day, day))


def main():
    parser = argparse.ArgumentParser(description="SIGKILL stagesh during saves; the snapshot must always load.")
    parser.add_argument("binary")
    parser.add_argument("--iterations", type=int, default=200)
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=None, help="random seed (default: random, printed)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory")
    a = parser.parse_args()
    binary = os.path.abspath(a.binary)
    if not os.access(binary, os.X_OK):
        print("save_kill_loop: %s is not an executable (run swift build first)" % a.binary, file=sys.stderr)
        return 2
    seed = a.seed if a.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)

    work = tempfile.mkdtemp(prefix="stagesh-crash-")
    data = os.path.join(work, "data")
    snapshot = os.path.join(data, "base.json")
    started = time.monotonic()
    try:
        csv = os.path.join(work, "records.csv")
        generate_csv(csv, a.records)
        p = run(binary, data, "import records " + csv, "save base")
        if p.returncode != 0:
            print("save_kill_loop: setup failed: %s" % p.stderr.decode("utf-8", "replace"), file=sys.stderr)
            return 2
        expected, why = count(binary, data)
        if expected != a.records:
            print("save_kill_loop: setup: base counts %r, expected %d (%s)" % (expected, a.records, why), file=sys.stderr)
            return 2

        # How long an uninterrupted load + add + save takes here (each adds one record).
        durations = []
        for i in range(5):
            t = time.monotonic()
            p = run(binary, data, "load base", 'add lead "Warm-up %d"' % i, "save base")
            durations.append(time.monotonic() - t)
            if p.returncode != 0:
                print("save_kill_loop: setup run failed: %s" % p.stderr.decode("utf-8", "replace"), file=sys.stderr)
                return 2
            expected += 1
        typical = statistics.median(durations)
        got, why = count(binary, data)
        if got != expected:
            print("save_kill_loop: setup: base counts %r, expected %d (%s)" % (got, expected, why), file=sys.stderr)
            return 2
        print("seed %d; %d records, snapshot %d bytes; an uninterrupted run takes %.0f ms; kills drawn over 0-%.0f ms"
              % (seed, expected, os.path.getsize(snapshot), typical * 1000, typical * 1100))
        sys.stdout.flush()

        passed = failed = 0
        outcomes = {"killed before saving": 0, "killed while writing (old snapshot kept)": 0,
                    "killed after the rename (new snapshot in place)": 0, "finished before the kill": 0}
        killed_pids = set()
        leftovers_by_kill = 0
        for n in range(1, a.iterations + 1):
            problems = []
            delay = rng.uniform(0, typical * 1.1)
            before = set(os.listdir(data))
            proc = subprocess.Popen([binary, "--data-dir", data, "-c", "load base",
                                     "-c", 'add lead "Iteration %d"' % n, "-c", "save base"],
                                    stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            time.sleep(delay)
            finished = proc.poll() is not None
            if not finished:
                proc.send_signal(signal.SIGKILL)
            _, err = proc.communicate()
            status = proc.returncode
            killed = status == -signal.SIGKILL
            if killed:
                killed_pids.add(proc.pid)
            elif status != 0:
                problems.append("the run exited %d: %s" % (status, err.decode("utf-8", "replace").strip()))

            got, why = count(binary, data)
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
                elif not killed or int(m.group(1)) != proc.pid:
                    problems.append("temporary file %s is not the killed process's own (pid %d, %s)"
                                    % (name, proc.pid, "killed" if killed else "not killed"))
                else:
                    new_leftover = True
                    leftovers_by_kill += 1
            if got is not None:
                if not killed:
                    outcomes["finished before the kill"] += 1
                elif got == expected + 1:
                    outcomes["killed after the rename (new snapshot in place)"] += 1
                elif new_leftover:
                    outcomes["killed while writing (old snapshot kept)"] += 1
                else:
                    outcomes["killed before saving"] += 1
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
            if new_leftover or n == a.iterations:
                names = snapshot_names(binary, data)
                if names != ["base"]:
                    problems.append("snapshots lists %r, expected only base" % (names,))

            if problems:
                failed += 1
                print("FAIL iteration %d (kill after %.0f ms%s):\n%s"
                      % (n, delay * 1000, "" if killed else ", finished first",
                         "\n".join("    " + p for p in problems)))
            else:
                passed += 1
            sys.stdout.flush()

        left = sorted(name for name in os.listdir(data) if TEMP.match(name))
        elapsed = time.monotonic() - started
        print("; ".join("%s: %d" % kv for kv in outcomes.items()))
        print("temporary files left by killed saves: %d (%d bytes in all); final count %d; %.1f s"
              % (len(left), sum(os.path.getsize(os.path.join(data, f)) for f in left), expected, elapsed))
        if leftovers_by_kill != len(left):
            print("(%d leftovers appeared; each later save deleted the ones before)" % leftovers_by_kill)
        print("%d passed, %d failed" % (passed, failed))
        return 1 if failed else 0
    finally:
        if a.keep:
            print("kept %s" % work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
