#!/usr/bin/env python3
"""Runs a command N times and prints the median wall time, user and sys CPU time and peak RSS.

    bench/measure.py [--runs 10] [--warmup 1] [--label NAME] [--expect-exit 0,1] -- COMMAND [ARG...]

Each run's figures come from wait4() on that very process (not from the shell), its output goes to /dev/null.
The min and max are printed too: on a shared machine the spread tells how far to trust the median.
Python 3 standard library only.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time


def run_once(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(p.pid, 0)
    wall = time.perf_counter() - start
    err = p.stderr.read().decode("utf-8", "replace")
    p.stderr.close()
    p.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
    return wall, usage.ru_utime, usage.ru_stime, usage.ru_maxrss, p.returncode, err


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--label", default=None)
    ap.add_argument("--expect-exit", default="0,1", help="exit codes that count as a valid run")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        ap.error("no command")
    expected = {int(x) for x in a.expect_exit.split(",")}
    for _ in range(a.warmup):
        run_once(cmd)
    walls, users, syss, rss = [], [], [], []
    for _ in range(a.runs):
        wall, user, sys_, maxrss, code, err = run_once(cmd)
        if code not in expected:
            sys.stderr.write(f"measure: {' '.join(cmd)} exited {code}\n{err}")
            sys.exit(3)
        walls.append(wall)
        users.append(user)
        syss.append(sys_)
        rss.append(maxrss)
    med = statistics.median
    label = a.label or " ".join(cmd)
    print(f"{label:<28} wall {med(walls):6.3f} s (min {min(walls):.3f}, max {max(walls):.3f})  "
          f"user {med(users):6.3f} s  sys {med(syss):5.3f} s  peak RSS {med(rss) / 1024:5.0f} MB  [{a.runs} runs]")


if __name__ == "__main__":
    main()
