#!/usr/bin/env python3
"""Checks that ctxlife finds the same things whichever LLVM major it is built for.

  cross_major.py run <lit> <site> <other-build> <test-dir>...
  cross_major.py compare [check_ctxlife.py options] <source> <check> <temp> [-- flags]

`run` (the ctest test `cross-major`): runs lit over <test-dir>s (the
checkers and real-headers suites, which include the bundled examples) in
comparison mode: every `%check_ctxlife` RUN line becomes `compare`, which
runs this build's ctxlife and <other-build>'s on the same file with the same
configuration and flags, and fails if their findings differ. A finding is
what `--format=json` reports for a ctxlife-* check: message, file, line,
column and range, every note, every fix-it; the exit code and the list of
files that could not be analyzed must agree too. Clang's own diagnostics
(compile errors, clang-diagnostic-*) are left out: their text is each
major's own (the suite matches it per major, CHECK-MESSAGES-LLVM<N>).

<other-build> must be a ctxlife build directory of another LLVM major. If it
is missing, `run` exits 77 (ctest: skipped) with a message saying how to
build it, unless CTXLIFE_REQUIRE_CROSS_MAJOR=1 (CI), where it fails.
"""
import difflib
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_ctxlife import Args, blank_checks, fail, front_end_options  # noqa: E402


def version_of(ctxlife):
    p = subprocess.run([ctxlife, "--version"], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT)
    for line in p.stdout.decode(errors="replace").splitlines():
        if "built with LLVM" in line:
            return line.split("built with LLVM", 1)[1].strip()
    fail("%s --version does not say its LLVM version" % ctxlife)


def run_suite(argv):
    if len(argv) < 4:
        fail("usage: cross_major.py run <lit> <site> <other-build> <test-dir>...")
    lit, site, other, dirs = argv[0], argv[1], argv[2], argv[3:]
    other_tool = os.path.join(other, "bin", "ctxlife")
    if not other or not os.access(other_tool, os.X_OK):
        msg = ("cross_major: no ctxlife build of the other LLVM major at '%s'; build it "
               "with CTXLIFE_LLVM_VERSION=<N> tool/bootstrap.sh, or configure with "
               "-DCTXLIFE_OTHER_BUILD_DIR=<dir>" % other)
        sys.stderr.write(msg + "\n")
        sys.exit(1 if os.environ.get("CTXLIFE_REQUIRE_CROSS_MAJOR") == "1" else 77)
    this_tool = site_value(site, "ctxlife_tool")
    mine, theirs = version_of(this_tool), version_of(other_tool)
    if mine.split(".")[0] == theirs.split(".")[0]:
        fail("%s is built with LLVM %s too: it must be another major" % (other, theirs))
    print("cross_major: LLVM %s (%s) against LLVM %s (%s)" % (mine, this_tool, theirs,
                                                              other_tool), flush=True)
    cmd = [sys.executable, lit, "-sv", "--param", "site=" + site,
           "--param", "cross_major_tool=" + other_tool] + dirs
    sys.exit(subprocess.run(cmd).returncode)


def site_value(site, key):
    """A value of the generated lit.site.cfg.py (config.<key> = "...")."""
    for line in open(site, encoding="utf-8"):
        if line.startswith("config.%s = " % key):
            return line.split("=", 1)[1].strip().strip('"')
    fail("%s has no config.%s" % (site, key))


def findings(ctxlife, work, args):
    """The ctxlife-* findings, failed files and exit code of one run."""
    cmd = [ctxlife] + front_end_options(args) + ["--format=json", work, "--"] + args.compiler
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        doc = json.loads(p.stdout.decode())
    except ValueError:
        fail("%s printed no JSON (exit %d):\n%s" % (ctxlife, p.returncode,
                                                    p.stderr.decode(errors="replace")))
    kept = {
        "exit": p.returncode,
        "findings": [f for f in doc.get("findings", [])
                     if f.get("check", "").startswith("ctxlife-")],
        "failures": sorted((f.get("file"), f.get("kind")) for f in doc.get("failures", [])),
    }
    return json.dumps(kept, indent=1, sort_keys=True).splitlines()


def compare(argv):
    args = Args(argv)
    env = os.environ
    this_tool, other_tool = env["CTXLIFE_TOOL"], env["CTXLIFE_CROSS_MAJOR_TOOL"]
    text = open(args.source, encoding="utf-8").read()
    work = args.temp + ".xm" + (os.path.splitext(args.source)[1] or ".cpp")
    os.makedirs(os.path.dirname(os.path.abspath(work)), exist_ok=True)
    open(work, "w", encoding="utf-8").write(blank_checks(text))
    mine = findings(this_tool, work, args)
    theirs = findings(other_tool, work, args)
    if mine != theirs:
        diff = difflib.unified_diff(mine, theirs, "LLVM %s" % version_of(this_tool),
                                    "LLVM %s" % version_of(other_tool), lineterm="")
        fail("the LLVM majors disagree on %s:\n%s" % (args.source, "\n".join(diff)))


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "run":
        run_suite(sys.argv[2:])
    elif len(sys.argv) > 1 and sys.argv[1] == "compare":
        compare(sys.argv[2:])
    else:
        fail("usage: cross_major.py run|compare ...")
