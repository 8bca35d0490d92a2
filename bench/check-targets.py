#!/usr/bin/env python3
"""Issue 19's `check` targets: `check` on 10,000 posts x 4 channels with 200 forbidden terms, at 3.6 and at 34 posts a
day, at most 2x `validate` of the same calendar and under 3 s; the heavy bench (about 7 posts a day) at most 2.5x its
own `validate`.

    bench/check-targets.py [--runs 3] [--jar target/edito.jar] [--before OTHER.jar ...] [--dir /tmp/edito-targets]
                           [--only heavy|3.6|34]

Generates the three calendars with bench/gen-calendar.py into --dir (kept: reused on the next run), then runs, round
after round, `check --format json` with each jar and `validate` with --jar on each calendar, interleaved (jar after
jar, then validate) so that the machine's load falls alike on all of them. Each run: wall time, CPU time (user +
sys) and peak RSS, from wait4 on the process, with the JVM flags bin/edito gives each command on this machine
(EDITO_PRINT_JVM_FLAGS=1 bin/edito check: -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss4m, and
-XX:+UseTransparentHugePages where the kernel gives huge pages on request), output to /dev/null. Prints the median of
each, the ratios of the medians of check's and validate's CPU and wall times (the targets are wall times on the
2-core machine: `check` uses both cores), and the load average before and after. On a machine shared with other
work, compare CPU times; wall times only from a quiet one.
Python 3 standard library only. Figures: docs/performance.md.
"""
import argparse
import os
import statistics
import subprocess
import sys
import time



def launcher_flags(command):
    """The JVM flags bin/edito runs `command` with on this machine (EDITO_PRINT_JVM_FLAGS: one place for them)."""
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run([os.path.join(here, "..", "bin", "edito"), command],
                         env=dict(os.environ, EDITO_PRINT_JVM_FLAGS="1"), capture_output=True, text=True, check=True)
    return out.stdout.split()
NOW = "2026-11-25T09:00:00Z"
CALENDARS = [("heavy (about 7 a day)", "heavy", []), ("3.6 a day", "3.6", ["--per-day", "3.6"]),
             ("34 a day", "34", ["--per-day", "34"])]


def run(cmd):
    start = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit("check-targets: exit code %d from %s" % (code, " ".join(cmd)))
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def load():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jar", default="target/edito.jar")
    ap.add_argument("--before", action="append", default=[], help="another build measured beside --jar (repeatable)")
    ap.add_argument("--dir", default="/tmp/edito-targets")
    ap.add_argument("--only", default=None, help="heavy, 3.6, 34 or several, comma-separated")
    a = ap.parse_args()
    here = os.path.dirname(os.path.abspath(__file__))
    jars = [(os.path.basename(b)[:-4] if b.endswith(".jar") else b, b) for b in a.before] + [("jar", a.jar)]
    cals = [c for c in CALENDARS if a.only is None or c[1] in a.only.split(",")]
    for _, key, args in cals:
        d = os.path.join(a.dir, "cal-" + key)
        if not os.path.exists(os.path.join(d, "edito.yaml")):
            subprocess.run([sys.executable, os.path.join(here, "gen-calendar.py"), d, "--posts", "10000", "--terms", "200"]
                           + args, check=True, stdout=subprocess.DEVNULL)
    flags = {c: launcher_flags(c) for c in ("check", "validate")}
    print("load before: %s; %d rounds; %s; JVM flags %s" % (load(), a.runs, ", ".join("%s=%s" % j for j in jars),
                                                            " ".join(flags["check"])))
    results = {}
    for _ in range(a.runs):
        for _, key, _ in cals:
            d = os.path.join(a.dir, "cal-" + key)
            for name, jar in jars:
                results.setdefault((key, "check " + name), []).append(
                    run(["java"] + flags["check"] + ["-jar", jar, "check", d, "--format", "json", "--now", NOW]))
            results.setdefault((key, "validate"), []).append(run(["java"] + flags["validate"] + ["-jar", a.jar, "validate", d]))
    print("load after: %s" % load())
    print("%-22s %-14s %8s %8s %9s   %s" % ("calendar", "command", "CPU s", "wall s", "RSS MB", "CPU of each run"))
    for label, key, _ in cals:
        val = statistics.median(r[1] for r in results[(key, "validate")])
        val_wall = statistics.median(r[0] for r in results[(key, "validate")])
        for name, _ in jars + [("validate", None)]:
            cmd = "validate" if name == "validate" else "check " + name
            runs = results[(key, cmd)]
            cpu = statistics.median(r[1] for r in runs)
            wall = statistics.median(r[0] for r in runs)
            ratio = "" if cmd == "validate" else "  check/validate %.2f CPU, %.2f wall" % (cpu / val, wall / val_wall)
            print("%-22s %-14s %8.2f %8.2f %9.0f   %s%s" % (label, cmd, cpu, wall,
                                                         statistics.median(r[2] for r in runs),
                                                         ", ".join("%.1f" % r[1] for r in runs), ratio))


if __name__ == "__main__":
    main()
