#!/usr/bin/env python3
"""Checks that every knowledge file's framework is documented once.

  check_framework_docs.py <source-root>

For each lib/knowledge/<Name>.cpp that registers a framework, the page
docs/frameworks/<name>.md must exist and name every request type, launcher
and named row of the file, and every check page must link the frameworks
pages. Prints what is missing; exit 1 when anything is.
"""
import glob
import os
import re
import sys


def main():
    root = sys.argv[1]
    missing = []
    for path in sorted(glob.glob(os.path.join(root, "lib", "knowledge", "*.cpp"))):
        src = open(path).read()
        m = re.search(r'FrameworkKnowledge Framework\{"(\w+)"', src)
        if not m:
            continue
        page = os.path.join(root, "docs", "frameworks", m.group(1) + ".md")
        if not os.path.exists(page):
            missing.append("%s: no page %s" % (os.path.basename(path), page))
            continue
        text = open(page).read()
        names = set(re.findall(r'\{\s*"([\w:]+)",\s*(?:O|L)::', src))
        names |= set(re.findall(r'\{R::\w+,\s*"([\w:]+)"', src))
        # Deferred callbacks: {"name", <argument>, "work", ...}.
        names |= set(re.findall(
            r'\{\s*"([\w:]+)",\s*(?:FirstCallableArg|LastParam|LastArg|\d+),\s*\n?\s*"', src))
        for n in sorted(names):
            if "`%s`" % n not in text:
                missing.append("%s: %s does not name `%s`" % (os.path.basename(path), page, n))
    for page in sorted(glob.glob(os.path.join(root, "docs", "checks", "*.md"))):
        if "../frameworks/" not in open(page).read():
            missing.append("%s does not link docs/frameworks" % page)
    for m in missing:
        print(m)
    sys.exit(1 if missing else 0)


if __name__ == "__main__":
    main()
