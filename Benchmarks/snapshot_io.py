#!/usr/bin/env python3
"""Snapshot save and load of a whole session, beside DuckDB writing and reading
the same two tables to and from its own database file, in one run.

usage: Benchmarks/snapshot_io.py STAGESH DATA_DIR [--runs 3]

DATA_DIR holds records.csv and stage_events.csv in the canonical format (for
example from gen_pipeline.py --records 1000000). stagesh imports them once and
saves a snapshot; each run then times `save` and `load` with stagesh's timer.
DuckDB (pip install duckdb) loads the CSVs, then times copying both tables
into a database file (with a checkpoint) and reading them back into memory.
"""
import argparse, os, re, shutil, statistics, subprocess, sys, tempfile, time


def stagesh_times(binary, data, work, runs):
    base = [binary, "--data-dir", work, "--now", "2026-11-29"]
    subprocess.run(base + ["-c", "import records %s/records.csv" % data, "-c", "import events %s/stage_events.csv" % data,
                           "-c", "save big"], check=True, stdout=subprocess.DEVNULL)
    saves, loads = [], []
    for _ in range(runs):
        out = subprocess.run(base + ["-c", "timer on", "-c", "load big", "-c", "save big"],
                             check=True, capture_output=True, text=True).stdout
        t = [float(x) for x in re.findall(r"Time: ([0-9.]+) ms", out)]
        loads.append(t[1] / 1000)
        saves.append(t[2] / 1000)
    return statistics.median(saves), statistics.median(loads), os.path.getsize(os.path.join(work, "big.json"))


def duckdb_times(data, work, runs):
    import duckdb
    saves, loads, size = [], [], 0
    for i in range(runs):
        path = os.path.join(work, "bench%d.duckdb" % i)
        con = duckdb.connect()
        con.execute("CREATE TABLE records AS SELECT * FROM read_csv('%s/records.csv', header=true)" % data)
        con.execute("CREATE TABLE stage_events AS SELECT * FROM read_csv('%s/stage_events.csv', header=true)" % data)
        t = time.perf_counter()
        con.execute("ATTACH '%s' AS disk" % path)
        con.execute("CREATE TABLE disk.records AS SELECT * FROM records")
        con.execute("CREATE TABLE disk.stage_events AS SELECT * FROM stage_events")
        con.execute("DETACH disk")
        saves.append(time.perf_counter() - t)
        con.close()
        size = os.path.getsize(path)
        con = duckdb.connect()
        t = time.perf_counter()
        con.execute("ATTACH '%s' AS disk (READ_ONLY)" % path)
        con.execute("CREATE TABLE records AS SELECT * FROM disk.records")
        con.execute("CREATE TABLE stage_events AS SELECT * FROM disk.stage_events")
        loads.append(time.perf_counter() - t)
        con.close()
        os.remove(path)
    return statistics.median(saves), statistics.median(loads), size


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stagesh")
    ap.add_argument("data")
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    work = tempfile.mkdtemp(prefix="stagesh-snapio-")
    try:
        s_save, s_load, s_size = stagesh_times(os.path.abspath(a.stagesh), os.path.abspath(a.data), work, a.runs)
        d_save, d_load, d_size = duckdb_times(os.path.abspath(a.data), work, a.runs)
        print("%-8s save %.2f s  load %.2f s  file %.0f MB" % ("stagesh", s_save, s_load, s_size / 1e6))
        print("%-8s save %.2f s  load %.2f s  file %.0f MB" % ("duckdb", d_save, d_load, d_size / 1e6))
        print("ratio    save %.2fx  load %.2fx (stagesh / duckdb; target: each under 2 s)" % (s_save / d_save, s_load / d_load))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
