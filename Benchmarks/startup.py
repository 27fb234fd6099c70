#!/usr/bin/env python3
"""Time from start to the first prompt, stagesh beside sqlite3, in a pseudo-terminal.

usage: Benchmarks/startup.py STAGESH [--runs 20] [--init seeds/demo.stg]

Each run starts the program on a fresh pty (HOME in a temp dir), waits for its
prompt, and records the elapsed wall time; the median and the ratio to sqlite3
are printed. With --init, also reports the resident memory of stagesh at the
idle prompt with that script loaded. Standard library only.
"""
import argparse, os, pty, re, select, shutil, statistics, subprocess, sys, tempfile, time


def first_prompt(argv, prompt, env, timeout=30.0):
    """Seconds from fork to `prompt` on the terminal; also the pid (still running)."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execvpe(argv[0], argv, env)
    out = b""
    deadline = start + timeout
    while not re.search(prompt, out):
        left = deadline - time.perf_counter()
        if left <= 0:
            raise SystemExit("no prompt from %s: %r" % (argv[0], out[-200:]))
        if select.select([fd], [], [], left)[0]:
            try:
                out += os.read(fd, 65536)
            except OSError:
                break
    return time.perf_counter() - start, pid, fd


def finish(pid, fd):
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)


def resident_kb(pid):
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("stagesh")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--init", default=None)
    a = ap.parse_args()
    home = tempfile.mkdtemp(prefix="stagesh-startup-")
    env = dict(os.environ, HOME=home, XDG_STATE_HOME=home + "/state", TERM="xterm", LC_ALL="C.UTF-8")
    try:
        rows = []
        for name, argv, prompt in (("stagesh", [os.path.abspath(a.stagesh)], rb"stagesh\*?>(\x1b\[0m)? "),
                                   ("sqlite3", [shutil.which("sqlite3") or "sqlite3"], rb"sqlite> ")):
            times = []
            for _ in range(a.runs):
                t, pid, fd = first_prompt(argv, prompt, env)
                finish(pid, fd)
                times.append(t)
            rows.append((name, statistics.median(times)))
        base = rows[1][1]
        for name, t in rows:
            print("%-8s first prompt: median %.1f ms of %d starts (%.2fx sqlite3)" % (name, t * 1000, a.runs, t / base))
        if a.init:
            t, pid, fd = first_prompt([os.path.abspath(a.stagesh), "--init", a.init], rb"stagesh\*?>(\x1b\[0m)? ", env)
            time.sleep(0.2)
            print("stagesh  idle prompt with %s loaded: %.1f MB resident (first prompt after %.1f ms)"
                  % (a.init, resident_kb(pid) / 1024, t * 1000))
            finish(pid, fd)
    finally:
        shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
