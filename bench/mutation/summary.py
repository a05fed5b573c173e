#!/usr/bin/env python3
"""Mutation score per package from PIT's XML report.

Usage: python3 bench/mutation/summary.py [target/pit-reports/mutations.xml]

Prints, for each package, the mutants killed (KILLED, TIMED_OUT, MEMORY_ERROR, RUN_ERROR count as
killed, as PIT counts them), the total, the score, and the mutants with no test covering them.
With --survivors, also lists every surviving or uncovered mutant by class and line.
"""
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

KILLED = {"KILLED", "TIMED_OUT", "MEMORY_ERROR", "RUN_ERROR"}


def main(argv):
    survivors = "--survivors" in argv
    paths = [a for a in argv if not a.startswith("--")]
    path = paths[0] if paths else "target/pit-reports/mutations.xml"
    counts = defaultdict(lambda: [0, 0, 0])
    left = []
    for m in ET.parse(path).getroot().iter("mutation"):
        cls = m.findtext("mutatedClass")
        pkg = cls.rsplit(".", 1)[0]
        status = m.get("status")
        c = counts[pkg]
        c[1] += 1
        if status in KILLED:
            c[0] += 1
        else:
            if status == "NO_COVERAGE":
                c[2] += 1
            left.append((cls, int(m.findtext("lineNumber")), status,
                         m.findtext("mutator").rsplit(".", 1)[-1], m.findtext("description")))
    print(f"{'package':<24} {'killed':>7} {'total':>6} {'score':>6} {'no coverage':>12}")
    all_k = all_t = 0
    for pkg in sorted(counts):
        k, t, n = counts[pkg]
        all_k += k
        all_t += t
        print(f"{pkg:<24} {k:>7} {t:>6} {100 * k / t:>5.1f}% {n:>12}")
    if all_t:
        print(f"{'all':<24} {all_k:>7} {all_t:>6} {100 * all_k / all_t:>5.1f}%")
    if survivors:
        for cls, line, status, mutator, desc in sorted(left):
            print(f"{cls}:{line} {status} {mutator}: {desc}")


if __name__ == "__main__":
    main(sys.argv[1:])
