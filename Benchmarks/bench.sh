#!/usr/bin/env bash
# `make bench`: stagesh beside DuckDB and sqlite3 on one generated pipeline, in one run.
#
# Generates RECORDS records (1,000,000 by default) with stagesh's own generator
# into bench-data/ (kept between runs), installs DuckDB from PyPI when it is
# missing, then prints: import time and memory, Q1-Q6 as reports, snapshot
# save/load, start-up, and 100,000 moves through standard input.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.build/release/stagesh}
RECORDS=${RECORDS:-1000000}
DATA=bench-data/$RECORDS
python3 -c 'import duckdb' 2>/dev/null || pip install --quiet duckdb
if [ ! -f "$DATA/stage_events.csv" ]; then
    mkdir -p "$DATA"
    "$BIN" --now 2026-11-29 -c "generate $RECORDS seed 42" \
        -c "export records $DATA/records.csv" -c "export events $DATA/stage_events.csv" >/dev/null
fi
echo "== import ($RECORDS records, $(($(wc -l < "$DATA/stage_events.csv") - 1)) events)"
/usr/bin/time -f "peak %M" "$BIN" --now 2026-11-29 -c 'timer on' \
    -c "import records $DATA/records.csv" -c "import events $DATA/stage_events.csv" 2>&1 \
    | awk '/^Time:/ { t[n++] = $2 } /^peak/ { kb = $2 }
           END { printf "stagesh  import: records %.0f ms + events %.0f ms = %.0f ms; peak resident %.0f MB\n", t[1], t[2], t[1] + t[2], kb / 1024 }'
python3 - "$DATA" <<'PY'
import sys, time, duckdb
d = sys.argv[1]
con = duckdb.connect()
t = time.perf_counter()
con.execute(f"CREATE TABLE records AS SELECT * FROM read_csv('{d}/records.csv', header=true)")
con.execute(f"CREATE TABLE stage_events AS SELECT * FROM read_csv('{d}/stage_events.csv', header=true)")
print("duckdb   read_csv of both: %.0f ms" % ((time.perf_counter() - t) * 1000))
PY
echo "== reports (Q1-Q6)"
python3 Benchmarks/reports.py "$BIN" "$DATA" --runs 3
echo "== snapshots"
python3 Benchmarks/snapshot_io.py "$BIN" "$DATA" --runs 3
echo "== start-up"
python3 Benchmarks/startup.py "$BIN" --init seeds/demo.stg
echo "== 100,000 moves through standard input"
python3 - "$BIN" <<'PY'
import os, subprocess, sys, tempfile, time
d = tempfile.mkdtemp()
with open(d + "/leads.csv", "w") as f:
    f.write("id,name,stage,created_at\n")
    for i in range(1, 100001): f.write("%d,Lead %d,New,2026-01-01T00:00:00Z\n" % (i, i))
script = "now 2026-11-29\nimport records %s/leads.csv\n" % d + "".join("move %d to Contacted\n" % i for i in range(1, 100001))
t = time.perf_counter()
subprocess.run([sys.argv[1]], input=script.encode(), stdout=subprocess.DEVNULL, check=True)
print("stagesh  import 100,000 leads + 100,000 moves: %.0f ms (target: moves under 1 s)" % ((time.perf_counter() - t) * 1000))
PY
