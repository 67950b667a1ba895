#!/usr/bin/env python3
"""Runs one test file through every ctxlife front-end and checks them.

  check_ctxlife.py [--check-suffix=S] [--config-options=YAML] [--expect-exit=N]
                   [--markers] [--compile-fixed]
                   <source> <check-name> <temp-base> [-- <compiler flags>]

1. The front-ends of one LLVM major (that major's clang-tidy with the plugin,
   the ctxlife tool, and ctxlife-tidy, clang-tidy with the module built in,
   when it is built) run
   on a copy of <source> whose CHECK comments are blanked (line numbers are
   kept). Their standard output must be byte-identical.
2. FileCheck matches that output against CHECK-MESSAGES[-S] lines, and any
   warning or error not matched fails the test (-implicit-check-not).
   Lines that only one LLVM major prints (clang's own diagnostics, whose
   wording or column changed) use CHECK-MESSAGES[-S]-LLVM<major>: the prefix
   of the major under test ($CTXLIFE_LLVM_MAJOR) is matched too, the other
   major's lines are ignored. The same holds for CHECK-FIXES.
3. If the file has CHECK-FIXES[-S] lines, every front-end runs with --fix on
   its own copy; the fixed files must be identical and match them.
   Then the round trip: the fixed file must compile (clang++ -fsyntax-only
   with the same compiler flags), a second --fix must change nothing, and
   the fixed file must report none of the findings that had a fix-it.
   (--compile-fixed is accepted and changes nothing: every fixed file is
   compiled.)
With --markers (for the bundled examples, which carry no CHECK lines), the
lines with a warning must be exactly the lines marked `// BUG:`.
Paths of the tools come from the environment (set by lit.cfg.py).
"""
import collections
import difflib
import json
import os
import re
import subprocess
import sys


def fail(msg):
    sys.stderr.write("check_ctxlife: " + msg + "\n")
    sys.exit(1)


def run(cmd, expect_exit=None):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out, err = p.stdout.decode(), p.stderr.decode()
    if expect_exit is not None and p.returncode != expect_exit:
        fail("%s exited %d, expected %d\nstdout:\n%s\nstderr:\n%s" %
             (cmd[0], p.returncode, expect_exit, out, err))
    return p.returncode, out, err


class Args:
    """The command line: options, <source> <check> <temp>, compiler flags."""

    def __init__(self, argv):
        self.compiler = []
        if "--" in argv:
            i = argv.index("--")
            argv, self.compiler = argv[:i], argv[i + 1:]
        self.suffix, self.options, self.expect_exit = "", "", None
        self.markers = self.compile_fixed = False
        positional = []
        for a in argv:
            if a.startswith("--check-suffix="):
                self.suffix = "-" + a.split("=", 1)[1]
            elif a.startswith("--config-options="):
                self.options = a.split("=", 1)[1]
            elif a == "--markers":
                self.markers = True
            elif a == "--compile-fixed":
                self.compile_fixed = True
            elif a.startswith("--expect-exit="):
                self.expect_exit = int(a.split("=", 1)[1])
            else:
                positional.append(a)
        if len(positional) != 3:
            fail("usage: %s [opts] <source> <check> <temp> [-- flags]"
                 % os.path.basename(sys.argv[0]))
        self.source, self.check, self.temp = positional


def blank_checks(text):
    """The source with its CHECK comments blanked (line numbers kept)."""
    return re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)


def front_end_options(args):
    """The options both front-ends get: the check and its options, --quiet."""
    config = "{Checks: '-*,%s'%s}" % (
        args.check, (", CheckOptions: {" + args.options + "}") if args.options else "")
    return ["--config=" + config, "--quiet"]


def main():
    args = Args(sys.argv[1:])
    suffix, expect_exit, markers = args.suffix, args.expect_exit, args.markers
    compile_fixed, compiler = args.compile_fixed, args.compiler
    source, temp = args.source, args.temp
    env = os.environ
    clang_tidy, plugin = env["CTXLIFE_CLANG_TIDY"], env["CTXLIFE_PLUGIN"]
    ctxlife, filecheck = env["CTXLIFE_TOOL"], env["CTXLIFE_FILECHECK"]

    text = open(source, encoding="utf-8").read()
    major = "-LLVM" + env["CTXLIFE_LLVM_MAJOR"]
    msg_prefix = "CHECK-MESSAGES" + suffix
    fix_prefix = "CHECK-FIXES" + suffix
    msg_prefixes = msg_prefix + "," + msg_prefix + major
    fix_prefixes = fix_prefix + "," + fix_prefix + major
    has_msgs = re.search(r"\b%s(%s)?(-NOT)?:" % (re.escape(msg_prefix), major), text)
    has_fixes = re.search(r"\b%s(%s)?:" % (re.escape(fix_prefix), major), text)
    cleaned = blank_checks(text)
    ext = os.path.splitext(source)[1] or ".cpp"
    work = temp + ext
    os.makedirs(os.path.dirname(os.path.abspath(work)), exist_ok=True)
    open(work, "w", encoding="utf-8").write(cleaned)

    common = front_end_options(args)
    a_cmd = [clang_tidy, "--load=" + plugin] + common
    b_cmd = [ctxlife] + common
    # ctxlife-tidy is clang-tidy itself: its exit code is clang-tidy's too.
    c_cmd = [env["CTXLIFE_TIDY"]] + common if env.get("CTXLIFE_TIDY") else None

    a_rc, a_out, a_err = run(a_cmd + [work, "--"] + compiler)
    rc, b_out, b_err = run(b_cmd + [work, "--"] + compiler)
    if a_out != b_out:
        fail("front-ends disagree on %s\n--- clang-tidy plugin:\n%s\n--- ctxlife:\n%s"
             "\nstderr:\n%s\n%s" % (source, a_out, b_out, a_err, b_err))
    if c_cmd:
        c_rc, c_out, c_err = run(c_cmd + [work, "--"] + compiler)
        if (c_rc, c_out) != (a_rc, a_out):
            fail("ctxlife-tidy (exit %d) and the clang-tidy plugin (exit %d) disagree on %s"
                 "\n--- clang-tidy plugin:\n%s\n--- ctxlife-tidy:\n%s\nstderr:\n%s"
                 % (c_rc, a_rc, source, a_out, c_out, c_err))
    if expect_exit is not None and rc != expect_exit:
        fail("ctxlife exited %d, expected %d\n%s" % (rc, expect_exit, b_err))
    if "error:" in a_out and "CHECK-MESSAGES" not in text:
        fail("compile errors:\n" + a_out)
    out_file = temp + ".msgs"
    open(out_file, "w", encoding="utf-8").write(b_out)
    fc = [filecheck, "-input-file=" + out_file, source,
          "-check-prefixes=" + msg_prefixes,
          "--allow-unused-prefixes", "-implicit-check-not={{(warning|error)}}:"]
    if markers:
        want = {i for i, l in enumerate(text.split("\n"), 1) if "// BUG:" in l}
        got = {int(m.group(1)) for m in re.finditer(
            re.escape(work) + r":(\d+):\d+: warning:", b_out)}
        if want != got:
            fail("markers disagree on %s: missed BUG lines %s, warnings on "
                 "unmarked lines %s\n%s" % (source, sorted(want - got),
                                             sorted(got - want), b_out))
        if re.search(r"error:", b_out):
            fail("compile errors:\n" + b_out)
        return
    if not has_msgs:
        # Valid code: there must be no warning at all.
        if re.search(r"(warning|error):", b_out):
            fail("unexpected diagnostics on valid code:\n" + b_out)
    else:
        p = subprocess.run(fc)
        if p.returncode:
            fail("CHECK-MESSAGES did not match; output was:\n" + b_out)

    if compile_fixed and not has_fixes:
        fail("--compile-fixed needs CHECK-FIXES lines")
    if has_fixes:
        fixed = []
        for name, cmd in (("a", a_cmd), ("b", b_cmd), ("c", c_cmd)):
            if cmd is None:
                continue
            path = "%s.%s%s" % (temp, name, ext)
            open(path, "w", encoding="utf-8").write(cleaned)
            if cmd is b_cmd:  # the findings fixed, for the round trip
                before = fix_with_json(cmd, path, compiler)
            else:
                run(cmd + ["--fix", path, "--"] + compiler)
            fixed.append(open(path, encoding="utf-8").read())
        if any(f != fixed[0] for f in fixed):
            fail("front-ends fixed the file differently")
        p = subprocess.run([filecheck, "-input-file=%s.b%s" % (temp, ext), source,
                            "-check-prefixes=" + fix_prefixes, "--allow-unused-prefixes",
                            "-strict-whitespace"])
        if p.returncode:
            fail("CHECK-FIXES did not match")
        b_path = "%s.b%s" % (temp, ext)
        round_trip(b_cmd, before, b_path, open(b_path, encoding="utf-8").read(), compiler)


def fix_with_json(cmd, path, compiler):
    """Runs ctxlife --fix on path; returns the findings it reported (before
    fixing): (check, message, has fix-its)."""
    _, out, err = run(cmd + ["--fix", "--format=json", path, "--"] + compiler)
    try:
        doc = json.loads(out)
    except ValueError:
        fail("no JSON from ctxlife on %s:\n%s\n%s" % (path, out, err))
    return [(f["check"], f["message"], bool(f["fixes"])) for f in doc["findings"]]


def round_trip(cmd, before, fixed_path, fixed_text, compiler):
    """Every fix-it removes its finding: the fixed file compiles, a second
    --fix changes nothing, and the fixed file reports none of the findings
    that had a fix-it (and no finding with one)."""
    rc, out, err = run([os.environ["CTXLIFE_CLANGXX"], "-fsyntax-only", fixed_path]
                       + compiler)
    if rc:
        fail("the fixed file does not compile:\n" + err)
    after = fix_with_json(cmd, fixed_path, compiler)
    again = open(fixed_path, encoding="utf-8").read()
    if again != fixed_text:
        diff = difflib.unified_diff(fixed_text.splitlines(), again.splitlines(),
                                    "fixed once", "fixed twice", lineterm="")
        fail("--fix is not idempotent: a second run changed the fixed file\n" +
             "\n".join(diff))
    if not any(has_fix for _, _, has_fix in before):
        fail("CHECK-FIXES, but no finding has a fix-it")
    # What may remain: the findings without a fix-it (the same message can
    # be on a finding with a fix-it and on one without).
    unfixed = collections.Counter((c, m) for c, m, has_fix in before if not has_fix)
    left = []
    for c, m, has_fix in after:
        if has_fix or unfixed[(c, m)] == 0:
            left.append((c, m))
        else:
            unfixed[(c, m)] -= 1
    if left:
        fail("after --fix, findings remain that had a fix-it (or are new):\n" +
             "\n".join("%s [%s]" % (m, c) for c, m in left))


if __name__ == "__main__":
    main()
