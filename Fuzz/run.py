#!/usr/bin/env python3
"""Runs the fuzz targets, each for a set time, and prints executions and coverage.

    python3 Fuzz/run.py [--seconds N] [TARGET ...]     (all five when none is named)

Expects the targets built (`make fuzz` builds them first) in Fuzz/.build/debug
and the corpora made by make_corpora.py. Each run grows Fuzz/corpus/<target>/,
writes crashes, timeouts, leaks and out-of-memory inputs to Fuzz/artifacts/<target>/,
and its log to Fuzz/artifacts/<target>/fuzz.log. The exit status is 1 when any
target found something.
"""
import argparse, os, re, shutil, subprocess, sys, tempfile

FUZZ = os.path.dirname(os.path.abspath(__file__))
TARGETS = {  # name: -max_len
    "FuzzSyntax": 4096,
    "FuzzSession": 8192,
    "FuzzSnapshot": 1 << 20,
    "FuzzImport": 1 << 20,
    "FuzzXLSX": 1 << 20,
}

def run(target, seconds, bin_dir):
    corpus = os.path.join(FUZZ, "corpus", target)
    artifacts = os.path.join(FUZZ, "artifacts", target)
    os.makedirs(corpus, exist_ok=True)
    os.makedirs(artifacts, exist_ok=True)
    log = os.path.join(artifacts, "fuzz.log")
    tmp = tempfile.mkdtemp(prefix=f"{target}-", dir=os.path.join(FUZZ, ".build"))
    cmd = [os.path.join(bin_dir, target), corpus,
           f"-max_total_time={seconds}", "-rss_limit_mb=2048", f"-max_len={TARGETS[target]}",
           "-timeout=30", "-print_final_stats=1", f"-artifact_prefix={artifacts}/"]
    # Objects made once by Swift's lazy globals (`swift_once`) look leaked to LeakSanitizer at exit,
    # their pointers being kept with enum tag bits; lsan.supp drops exactly those.
    lsan = f"suppressions={os.path.join(FUZZ, 'lsan.supp')}"
    env = dict(os.environ, FUZZ_TMPDIR=tmp,
               LSAN_OPTIONS=":".join(filter(None, [os.environ.get("LSAN_OPTIONS"), lsan])))
    print("$ " + " ".join(cmd), flush=True)
    with open(log, "w") as out:
        status = subprocess.run(cmd, stdout=out, stderr=subprocess.STDOUT, env=env).returncode
    shutil.rmtree(tmp, ignore_errors=True)
    text = open(log, errors="replace").read()
    execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", text)
    lines = re.findall(r"^#(\d+)\s+\w+\s+cov: (\d+) ft: (\d+)", text, re.M)
    found = sorted(f for f in os.listdir(artifacts) if f != "fuzz.log")
    return {
        "target": target, "status": status,
        "execs": int(execs.group(1)) if execs else (int(lines[-1][0]) if lines else 0),
        "cov": lines[-1][1] if lines else "?", "ft": lines[-1][2] if lines else "?",
        "corpus": len(os.listdir(corpus)), "found": found,
    }

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=int, default=int(os.environ.get("FUZZ_SECONDS", 120)))
    ap.add_argument("--bin-dir", default=os.path.join(FUZZ, ".build", "debug"))
    ap.add_argument("targets", nargs="*", default=list(TARGETS))
    args = ap.parse_args()
    results = [run(t, args.seconds, args.bin_dir) for t in args.targets]
    print()
    print(f"{'target':<13} {'seconds':>7} {'executions':>11} {'cov':>6} {'ft':>7} {'corpus':>7}  findings")
    for r in results:
        found = ", ".join(r["found"]) if r["found"] else ("none" if r["status"] == 0 else f"exit {r['status']}, see fuzz.log")
        print(f"{r['target']:<13} {args.seconds:>7} {r['execs']:>11,} {r['cov']:>6} {r['ft']:>7} {r['corpus']:>7}  {found}")
    sys.exit(1 if any(r["status"] != 0 or r["found"] for r in results) else 0)

if __name__ == "__main__":
    main()
