#!/usr/bin/env python3
"""Every fix-it of the test suite goes through the round trip.

  fixit_coverage.py <test-dir>

check_ctxlife.py applies the fixes of each file with CHECK-FIXES lines,
compiles the fixed file, applies the fixes again (nothing may change) and
checks that no fixed finding is reported any more. This script makes sure
that no fix-it escapes it: for each file under checkers/ and realheaders/
with CHECK-FIXES[-S] lines, some `%check_ctxlife [--check-suffix=S]` RUN
line must run that file (`%s` in its own RUN lines, or `%S/<path>` in a
.test file). Prints each file with its suffixes; fails naming what is left
out.
"""
import os
import re
import sys

FIXES = re.compile(r"\bCHECK-FIXES((?:-[A-Z0-9]+)*?)(?:-NEXT|-NOT|-SAME|-DAG|-EMPTY)?:")


def main():
    root = sys.argv[1]
    files, runs = {}, []
    for sub in ("checkers", "realheaders"):
        for dirpath, _, names in os.walk(os.path.join(root, sub)):
            for name in sorted(names):
                path = os.path.join(dirpath, name)
                text = open(path, encoding="utf-8", errors="replace").read()
                suffixes = {m.lstrip("-") for m in FIXES.findall(text)}
                if suffixes:
                    files[path] = suffixes
                for line in re.findall(r"RUN:(.*%check_ctxlife.*)", text):
                    runs.append((path, line))
    missing = []
    for path in sorted(files):
        rel = os.path.relpath(path, root)
        for suffix in sorted(files[path]):
            def runs_it(where, line):
                named = (where == path and re.search(r"\s%s(\s|$)", line)) or \
                    ("%S/" + os.path.relpath(path, os.path.dirname(where))) in line
                m = re.search(r"--check-suffix=(\S+)", line)
                return named and (m.group(1) if m else "") == suffix
            if not any(runs_it(w, l) for w, l in runs):
                missing.append("%s (CHECK-FIXES%s)" % (rel, "-" + suffix if suffix else ""))
        print("%s %s" % (rel, " ".join(
            "CHECK-FIXES" + ("-" + s if s else "") for s in sorted(files[path]))))
    if missing:
        sys.exit("fixit_coverage: fix-its outside the round trip: " + ", ".join(missing))


if __name__ == "__main__":
    main()
