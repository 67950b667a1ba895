"""check_bounds.py <repo>: for every bound of lib/model/Limits.h, prints
whether docs/user-guide.md's table gives it with its value and whether the
code under lib/ records it when it stops an analysis (a call of
limitlog::past or limitlog::hit naming it): no silent limits."""
import os
import re
import sys

repo = sys.argv[1]
limits = open(os.path.join(repo, "lib/model/Limits.h")).read()
bounds = re.findall(r'constexpr Bound (\w+)\{"(\w+)", (\d+)\};', limits)
doc = open(os.path.join(repo, "docs/user-guide.md")).read()
code = ""
for root, _, files in os.walk(os.path.join(repo, "lib")):
    for f in files:
        if f.endswith((".cpp", ".h")):
            code += open(os.path.join(root, f)).read()
code = re.sub(r"\s+", " ", code)
for name, said, value in bounds:
    documented = "| `%s` | %s |" % (name, value) in doc
    reported = re.search(r"limitlog::(past|hit)\( ?limits::%s\b" % name, code) is not None
    print("bound %s named=%s documented=%s reported=%s" % (name, said == name, documented, reported))
print("bounds", len(bounds))
