#!/usr/bin/env python3
"""Today's result of the pending issue-14 tests, per RUN line.

  status.py [--build=DIR] [--markdown] [files...]

For every `%check_ctxlife` RUN line of each file (default: every .cpp under
this directory), runs both front-ends of the build in DIR (default: the
`build` directory of this checkout) the way test/check_ctxlife.py does,
then compares the output with the file's CHECK-MESSAGES[-SUFFIX] lines:

* expected warnings that did not appear (line:col and text must match);
* warnings that appeared but are not expected (false alarms);
* expected notes that did not appear (only counted);
* whether test/check_ctxlife.py itself passes (the verdict ctest would give
  once the file moves to test/checkers or test/realheaders).

It never writes outside a temporary directory.
"""
import glob
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
LLVM_BIN = subprocess.run(["llvm-config-19", "--bindir"], stdout=subprocess.PIPE,
                          text=True).stdout.strip() or "/usr/lib/llvm-19/bin"


def substitutions(build, source, temp):
    inputs = os.path.join(REPO, "test", "Inputs")
    return [
        ("%check_ctxlife", "CHECK_CTXLIFE"),
        ("%stubflags", "-std=c++20 -isystem " + inputs),
        ("%asio_coro_flags", "-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT "
         "-DBOOST_ASIO_HAS_STD_COROUTINE -include utility"),
        ("%pistache_flags", "-std=c++17 -fdelayed-template-parsing"),
        ("%grpc_gen", os.path.join(build, "test", "gen")),
        ("%inputs", inputs),
        ("%s", source),
        ("%S", os.path.dirname(source)),
        ("%t", temp),
    ]


def run_lines(path):
    for line in open(path, encoding="utf-8"):
        m = re.search(r"RUN:\s*(.*)$", line)
        if m and "%check_ctxlife" in m.group(1):
            yield m.group(1)


def parse_run(cmd, subs):
    for a, b in subs:
        cmd = cmd.replace(a, b)
    toks = shlex.split(cmd)
    toks = toks[toks.index("CHECK_CTXLIFE") + 1:]
    flags = []
    if "--" in toks:
        i = toks.index("--")
        toks, flags = toks[:i], toks[i + 1:]
    opts = {"suffix": "", "options": ""}
    pos = []
    for t in toks:
        if t.startswith("--check-suffix="):
            opts["suffix"] = "-" + t.split("=", 1)[1]
        elif t.startswith("--config-options="):
            opts["options"] = t.split("=", 1)[1]
        elif t.startswith("--"):
            pass
        else:
            pos.append(t)
    return pos[0], pos[1], opts, flags, toks


def pattern_regex(text):
    """A FileCheck pattern (literal text with {{regex}} parts) as a regex."""
    out, i = "", 0
    while i < len(text):
        j = text.find("{{", i)
        if j < 0:
            out += re.escape(text[i:])
            break
        k = text.find("}}", j)
        out += re.escape(text[i:j]) + "(?:" + text[j + 2:k] + ")"
        i = k + 2
    return out


def expectations(path, suffix):
    prefix = "CHECK-MESSAGES" + suffix + ":"
    exp = []
    for n, line in enumerate(open(path, encoding="utf-8"), 1):
        i = line.find(prefix)
        if i < 0:
            continue
        pat = line[i + len(prefix):].strip()
        m = re.match(r"(\S*?):(?:\[\[@LINE([+-]\d+)?\]\]|(\d+)):(\d+):\s+(warning|note|error):\s*(.*)$",
                     pat)
        if not m:
            m2 = re.match(r"(warning|note|error):\s*(.*)$", pat)
            if m2:
                exp.append(dict(file="", line=None, col=None, kind=m2.group(1),
                                text=m2.group(2), at=n))
            continue
        fname, rel, absl, col, kind, text = m.groups()
        if absl:
            lno = int(absl)
        else:
            lno = n + int(rel or 0)
        exp.append(dict(file=fname, line=lno, col=int(col), kind=kind, text=text, at=n))
    return exp


def diagnostics(out, work):
    diags = []
    for line in out.splitlines():
        m = re.match(r"(.*?):(\d+):(\d+): (warning|note|error): (.*)$", line)
        if m:
            f, l, c, k, t = m.groups()
            diags.append(dict(file=f, line=int(l), col=int(c), kind=k, text=t,
                              main=os.path.abspath(f) == os.path.abspath(work)))
    return diags


def matches(e, d):
    if e["kind"] != d["kind"]:
        return False
    if e["line"] is not None:
        if e["file"]:
            if not d["file"].endswith(e["file"]) or d["main"]:
                return False
        elif not d["main"]:
            return False
        if e["line"] != d["line"] or e["col"] != d["col"]:
            return False
    return re.search(pattern_regex(e["text"]), d["text"]) is not None


def plugin_path(build):
    # The plugin is named after its LLVM major (CtxLifeTidyModule-llvm19.so).
    found = sorted(glob.glob(os.path.join(build, "lib", "CtxLifeTidyModule*.so")))
    return found[0] if found else os.path.join(build, "lib", "CtxLifeTidyModule.so")


def status(path, build, tmp):
    rows = []
    for k, cmd in enumerate(run_lines(path)):
        temp = os.path.join(tmp, "%s.%d" % (os.path.basename(path), k))
        source, check, opts, flags, raw = parse_run(cmd, substitutions(build, path, temp))
        text = open(source, encoding="utf-8").read()
        cleaned = re.sub(r"// *CHECK-[A-Z0-9\-]*:[^\r\n]*", "//", text)
        work = temp + os.path.splitext(source)[1]
        open(work, "w", encoding="utf-8").write(cleaned)
        config = "{Checks: '-*,%s'%s}" % (
            check, (", CheckOptions: {" + opts["options"] + "}") if opts["options"] else "")
        common = ["--config=" + config, "--quiet"]
        tidy = [os.path.join(LLVM_BIN, "clang-tidy"),
                "--load=" + plugin_path(build)] + common
        tool = [os.path.join(build, "bin", "ctxlife")] + common
        a = subprocess.run(tidy + [work, "--"] + flags, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True).stdout
        b = subprocess.run(tool + [work, "--"] + flags, stdout=subprocess.PIPE,
                           stderr=subprocess.PIPE, text=True).stdout
        diags = diagnostics(b, work)
        exp = expectations(source, opts["suffix"])
        ew = [e for e in exp if e["kind"] == "warning"]
        en = [e for e in exp if e["kind"] == "note"]
        aw = [d for d in diags if d["kind"] in ("warning", "error")]
        missing = [e for e in ew if not any(matches(e, d) for d in aw)]
        unexpected = [d for d in aw if not any(matches(e, d) for e in ew)]
        notes_missing = [e for e in en if not any(matches(e, d) for d in diags)]
        env = dict(os.environ,
                   CTXLIFE_CLANG_TIDY=os.path.join(LLVM_BIN, "clang-tidy"),
                   CTXLIFE_PLUGIN=plugin_path(build),
                   CTXLIFE_TOOL=os.path.join(build, "bin", "ctxlife"),
                   CTXLIFE_FILECHECK=os.path.join(LLVM_BIN, "FileCheck"),
                   CTXLIFE_CLANGXX=os.path.join(LLVM_BIN, "clang++"),
                   CTXLIFE_LLVM_MAJOR=re.sub(r".*llvm(\d+)\.so$", r"\1", plugin_path(build)))
        harness = subprocess.run(
            [sys.executable, os.path.join(REPO, "test", "check_ctxlife.py")] + raw
            + ["--"] + flags, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        rows.append(dict(file=os.path.relpath(path, HERE), check=check,
                         suffix=opts["suffix"], expected=len(ew), missing=missing,
                         unexpected=unexpected, notes=len(en), notes_missing=notes_missing,
                         agree=a == b, errors=[d for d in diags if d["kind"] == "error"],
                         passes=harness.returncode == 0))
    return rows


def lines(items, key):
    return ",".join(str(i[key]) for i in items) or "-"


def main():
    args = sys.argv[1:]
    build = os.path.join(REPO, "build")
    markdown = False
    files = []
    for a in args:
        if a.startswith("--build="):
            build = os.path.abspath(a.split("=", 1)[1])
        elif a == "--markdown":
            markdown = True
        else:
            files.append(os.path.abspath(a))
    if not files:
        for root, _, names in os.walk(HERE):
            files += [os.path.join(root, n) for n in sorted(names) if n.endswith(".cpp")]
    with tempfile.TemporaryDirectory() as tmp:
        all_rows = []
        for f in sorted(files):
            all_rows += status(f, build, tmp)
    if markdown:
        print("| test | check | expected warnings | missing (lines) | false alarms (lines) | notes missing | harness |")
        print("|---|---|---|---|---|---|---|")
    for r in all_rows:
        name = r["file"] + ((" " + r["suffix"][1:]) if r["suffix"] else "")
        verdict = "PASS" if r["passes"] else "FAIL"
        if r["errors"]:
            verdict += " (compile errors)"
        if not r["agree"]:
            verdict += " (front-ends differ)"
        if markdown:
            print("| %s | %s | %d | %d: %s | %d: %s | %d/%d | %s |" % (
                name, r["check"].replace("ctxlife-", ""), r["expected"], len(r["missing"]),
                lines(r["missing"], "line"), len(r["unexpected"]),
                lines(r["unexpected"], "line"), len(r["notes_missing"]), r["notes"], verdict))
        else:
            print("%s [%s]: expected %d, missing %d (%s), false alarms %d (%s), "
                  "notes missing %d/%d, harness %s" % (
                      name, r["check"], r["expected"], len(r["missing"]),
                      lines(r["missing"], "line"), len(r["unexpected"]),
                      lines(r["unexpected"], "line"), len(r["notes_missing"]), r["notes"],
                      verdict))
            for d in r["errors"][:3]:
                print("   error %d:%d %s" % (d["line"], d["col"], d["text"]))


if __name__ == "__main__":
    main()
