#!/usr/bin/env python3
"""Adds near copies of a generated calendar's first month, so that `check` has duplicates to report.

    bench/near-copies.py CALENDAR_DIR [--seed 5]

CALENDAR_DIR is a calendar made by bench/gen-calendar.py (its calendar/2027-01.yaml is read). Writes
calendar/2027-01-copy.yaml: the same posts under new ids (q00000...) at the same times, seven texts in ten with up to
four inner words replaced (by `motN` or `x`), so that the duplicate rule finds exact and near copies (on the 34-a-day
calendar: 3,211 `duplicates.text` findings, "same text as" and 65 to 99 % the same). The generated calendars hold no
duplicates, so this is what compares the duplicate rule's output before and after a change (docs/performance.md).
Python 3 standard library only.
"""
import argparse
import os
import random
import re

parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
parser.add_argument("dir")
parser.add_argument("--seed", type=int, default=5)
args = parser.parse_args()
random.seed(args.seed)
month = os.path.join(args.dir, "calendar", "2027-01.yaml")
with open(month, encoding="utf-8") as f:
    source = f.read()


def mutate(match):
    words = match.group(0).split(" ")
    if len(words) < 5:
        return match.group(0)
    for _ in range(random.randint(0, 4)):
        i = random.randrange(2, len(words) - 1)  # never the first or the last word: they hold the quotes
        if "\\" in words[i] or '"' in words[i]:
            continue
        words[i] = "mot" + str(random.randint(0, 50)) if random.random() < 0.5 else "x"
    return " ".join(words)


copy = re.sub(r"- id: p", "- id: q", source)
copy = re.sub(r'text: "[^"\n]*"', lambda m: mutate(m) if random.random() < 0.7 else m.group(0), copy)
copy = copy.replace("Generated", "Copied")
target = os.path.join(args.dir, "calendar", "2027-01-copy.yaml")
with open(target + ".tmp", "w", encoding="utf-8") as f:
    f.write(copy)
os.replace(target + ".tmp", target)
print(target)
