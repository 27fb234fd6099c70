#!/usr/bin/env bash
# Runs every transcript (Tests/TranscriptTests/Fixtures/**/*.stg and
# Examples/**/*.stg) through the built binary, as a user would:
#     BINARY [--keep-going] --check-invariants --data-dir DIR -f NAME.stg   (from the repository root)
# where DIR is a new, empty data directory for each transcript, so `save`,
# `load` and `snapshots` see only what that script saved.
# and compares standard output, standard error and the exit status with
# NAME.out, NAME.err (absent: empty) and NAME.status (absent: 0).
# A first line `# stagesh-args: --keep-going` adds --keep-going; `--lang vi`
# (or --lang=vi) there runs the script in Vietnamese (Tests/support/stagesh_args.py
# reads it). Every other transcript is run with --lang en, so the caller's
# LANG/LC_ALL/LC_MESSAGES do not matter.
# The same transcripts run in-process in `swift test` (TranscriptTests); this
# covers the real command line: argument parsing, file reading, exit codes.
#
# Usage: tools/check_transcripts.sh [BINARY]     (default .build/debug/stagesh)
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-.build/debug/stagesh}
# Resolve the binary against the caller's directory before moving to the root.
case $bin in
    /*) ;;
    *) bin=$(cd "$(dirname "$bin")" 2>/dev/null && pwd)/$(basename "$bin") ;;
esac
if [ ! -x "$bin" ]; then
    echo "check_transcripts: no executable $1 (run swift build first)" >&2
    exit 2
fi
cd "$root" || exit 2

work=$(mktemp -d "${TMPDIR:-/tmp}/stagesh-transcripts.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
# A clean environment: no user init script, history or snapshots get involved.
mkdir -p "$work/home" "$work/config" "$work/data" "$work/state" "$work/cache"
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
unset STAGESH_HOME

passed=0
failed=0
while IFS= read -r script; do
    base=${script%.stg}
    # Tests/support/stagesh_args.py reads the first line `# stagesh-args: ...`, as the Swift tests do.
    if ! directive=$(python3 "$root/Tests/support/stagesh_args.py" "$script"); then
        echo "FAIL $script: $directive"
        failed=$((failed + 1))
        continue
    fi
    mapfile -t args <<<"$directive"
    if [ ! -f "$base.out" ]; then
        echo "FAIL $script: no $base.out"
        failed=$((failed + 1))
        continue
    fi
    data=$(mktemp -d "$work/data-dir.XXXXXX") || exit 2
    "$bin" "${args[@]}" --check-invariants --data-dir "$data" -f "$script" >"$work/out" 2>"$work/err" </dev/null
    status=$?
    rm -rf "$data"
    expected_status=0
    [ -f "$base.status" ] && expected_status=$(tr -d '[:space:]' <"$base.status")
    if [ -f "$base.err" ]; then cp "$base.err" "$work/expected-err"; else : >"$work/expected-err"; fi
    ok=1
    if ! cmp -s "$base.out" "$work/out"; then
        ok=0
        echo "FAIL $script: standard output differs"
        diff -u --label "$base.out (expected)" --label "stdout (actual)" "$base.out" "$work/out" | head -n 60
    fi
    if ! cmp -s "$work/expected-err" "$work/err"; then
        ok=0
        echo "FAIL $script: standard error differs"
        diff -u --label "$base.err (expected)" --label "stderr (actual)" "$work/expected-err" "$work/err" | head -n 60
    fi
    if [ "$status" != "$expected_status" ]; then
        ok=0
        echo "FAIL $script: exit status $status, expected $expected_status"
    fi
    if [ $ok = 1 ]; then
        echo "ok   $script"
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
    fi
done < <(find Tests/TranscriptTests/Fixtures Examples -name '*.stg' -type f 2>/dev/null | LC_ALL=C sort)

echo "$passed passed, $failed failed"
if [ $((passed + failed)) = 0 ]; then
    echo "check_transcripts: no transcripts found" >&2
    exit 1
fi
[ $failed = 0 ]
