#!/bin/bash
# `make big-run`: 10,000,000 generated records through a release build (issue 8, part 4).
# Generates the two CSV files once (cached in bench-data/N/, like `make bench`), then in
# one session imports both, runs every report, `check`, saves and reloads a snapshot,
# and prints the total time and the peak RSS. Needs about 5 GB of memory (peak 4.8 GB).
# Usage: tools/big_run.sh BIN [N]
set -euo pipefail
BIN=$1
N=${2:-10000000}
NOW=2026-11-29
DIR=bench-data/$N
TIME=/usr/bin/time
[ -x "$TIME" ] || { echo "big-run: needs GNU time in /usr/bin/time (apt-get install time)" >&2; exit 2; }

if [ ! -f "$DIR/stage_events.csv" ]; then
    echo "generating $N records (seed 42) into $DIR"
    rm -rf "$DIR.tmp"
    mkdir -p "$DIR.tmp"
    $TIME -f "generate + export: %e s, peak RSS %M KB" "$BIN" --now $NOW \
        -c "generate $N seed 42" -c "export records $DIR.tmp/records.csv" -c "export events $DIR.tmp/stage_events.csv" >/dev/null
    rm -rf "$DIR"
    mv "$DIR.tmp" "$DIR"
fi
ls -l "$DIR/records.csv" "$DIR/stage_events.csv"

SNAP=$(mktemp -d "${TMPDIR:-/tmp}/stagesh-big-run.XXXXXX")
trap 'rm -rf "$SNAP"' EXIT INT TERM
steps=("import records $DIR/records.csv" "import events $DIR/stage_events.csv"
       funnel conversion "winrate by owner" cycle dwell "stuck over 30d by stage" forecast calibrate
       check "save big" "load! big" count)
args=()
for s in "${steps[@]}"; do args+=(-c "$s"); done
$TIME -f "big-run total: %e s wall, %U s user, %S s system, peak RSS %M KB" \
    "$BIN" --now $NOW --data-dir "$SNAP" --echo "${args[@]}"
ls -l "$SNAP"/big.json
