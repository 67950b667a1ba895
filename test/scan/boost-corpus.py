#!/usr/bin/env python3
"""boost-corpus.py - ctxlife over every example program of Boost 1.74.

Debian's libboost1.74-doc ships 2,487 example programs (libs/*/example and
tools/build/example): correct code nobody here wrote, the best test of false
alarms, crashes and hangs. This script writes a compile database for all of
them (per-library flags: test/scan/boost/flags.tsv), runs ctxlife over it in
resumable parts, and reports files, compiled, analyzed, crashes, hangs and
findings. Files that plain clang cannot compile either are listed, with the
reason, in test/scan/boost/uncompilable.tsv; any other compile failure is
reported as unexpected.

Usage: boost-corpus.py [--install] COMMAND [options] OUTDIR
  db OUTDIR           write OUTDIR/compile_commands.json (all files, or --slice)
  run OUTDIR          analyze the database in parts of --part-size files
                      (resumable: finished parts are kept), niced
  report OUTDIR       totals of the parts; exit 1 on a crash, a hang, a
                      finding or a compile failure not in uncompilable.tsv
  triage OUTDIR       compile each failed file with plain clang++ -fsyntax-only
                      and write OUTDIR/uncompilable.tsv (file, reason) for review
                      (files already in it are kept, not compiled again)
  slice OUTDIR        the CI slice (test/scan/boost/slice.txt): checks that the
                      file is what `pick` prints, then db, run, report; exit 1
                      also when the number of analyzed files is not the
                      slice's size minus its expected compile failures
  pick                print the slice chosen by the rule below (the content
                      of slice.txt): files sorted by path; of libs/asio every
                      16th file, of libs/beast every 8th, of the other
                      libraries (and tools/build), sorted by name, every 4th
                      library's first file; then, per category of
                      uncompilable.tsv, its first file not already chosen
Options:
  --install           install the Debian packages the corpus needs (as root)
  --checks GLOBS      checks to run (default: ctxlife-*)
  -j N                parallel translation units (default 2)
  --part-size N       files per part (default 50)
  --stride S          run: parts in the order 0, S, 2S, ..., 1, 1+S, ... (so
                      that an interrupted run covers a spread of libraries)
  --timeout S         per-file timeout of ctxlife (default 600; slice: 300)
  --slice             db/run/report: only the files of slice.txt
  --cache-dir DIR     ctxlife's result cache (reruns skip unchanged files)
Environment: CTXLIFE (default <repo>/build/bin/ctxlife), LLVM_BIN (default
/usr/lib/llvm-19/bin, for triage).
"""
import argparse
import fnmatch
import json
import os
import re
import shlex
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(HERE, "boost")
EXAMPLES = "/usr/share/doc/libboost1.74-doc/examples"
# What the examples include beyond Boost and the C++ library: headers only.
PACKAGES = ["libboost1.74-doc", "libboost1.74-dev", "python3-dev", "zlib1g-dev",
            "libbz2-dev", "libpng-dev", "libjpeg-dev", "libtiff-dev", "libicu-dev",
            "opencl-headers", "libeigen3-dev", "libgmp-dev", "libmpfr-dev", "libmpc-dev",
            "libtommath-dev"]


def read_table(name):
    """Rows of a tab-separated data file, without comments and blank lines."""
    rows = []
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.startswith("#"):
                rows.append(line.split("\t"))
    return rows


def all_files():
    found = []
    for top, _, names in os.walk(EXAMPLES):
        found += [os.path.join(top, n) for n in names if n.endswith(".cpp")]
    return sorted(found)


def slice_files():
    return [os.path.join(EXAMPLES, r[0]) for r in read_table("slice.txt")]


# The slice's rule (see pick in the usage): of these libraries every n-th
# file; of the others, every OTHER_STRIDE-th library's first file.
STRIDES = {"libs/asio": 16, "libs/beast": 8}
OTHER_STRIDE = 4


def library(rel):
    return "/".join(rel.split("/")[:2])


def pick():
    """The CI slice, as paths relative to EXAMPLES, by the documented rule."""
    by_lib = {}
    for f in all_files():
        rel = os.path.relpath(f, EXAMPLES)
        by_lib.setdefault(library(rel), []).append(rel)
    chosen = []
    for lib, stride in STRIDES.items():
        chosen += by_lib.get(lib, [])[::stride]
    others = sorted(l for l in by_lib if l not in STRIDES)
    chosen += [by_lib[l][0] for l in others[::OTHER_STRIDE]]
    seen_categories = set()
    for rel, reason in sorted((r[0], r[1]) for r in read_table("uncompilable.tsv")):
        # The category, without the name of a missing header.
        kind = re.sub(r"^needs \S+", "needs", reason.split(":", 1)[0])
        if kind not in seen_categories:
            seen_categories.add(kind)
            if rel not in chosen:
                chosen.append(rel)
    return sorted(chosen)


def flags_for(path, rules):
    rel = os.path.relpath(path, EXAMPLES)
    parts = rel.split("/")
    lib = os.path.join(EXAMPLES, *parts[:2])
    flags = []
    for glob, text in rules:
        if fnmatch.fnmatchcase(rel, glob):
            text = text.replace("{dir}", os.path.dirname(path))
            text = text.replace("{lib}", lib).replace("{ex}", EXAMPLES)
            flags += shlex.split(text)
    return flags


def write_db(out, files):
    rules = read_table("flags.tsv")
    db = [{"directory": os.path.dirname(f), "file": f,
           "arguments": ["clang++", *flags_for(f, rules), "-c", f]} for f in files]
    os.makedirs(out, exist_ok=True)
    tmp = os.path.join(out, "compile_commands.json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(db, f, indent=1)
    os.replace(tmp, os.path.join(out, "compile_commands.json"))
    return db


def load_db(out):
    with open(os.path.join(out, "compile_commands.json"), encoding="utf-8") as f:
        return json.load(f)


def run_parts(out, args, nice):
    ctxlife = os.environ.get("CTXLIFE", os.path.join(REPO, "build", "bin", "ctxlife"))
    files = [e["file"] for e in load_db(out)]
    parts_dir = os.path.join(out, "parts")
    os.makedirs(parts_dir, exist_ok=True)
    size = args.part_size
    count = (len(files) + size - 1) // size
    # With --stride S, parts run in the order 0, S, 2S, ..., 1, 1+S, ...: an
    # interrupted run has covered a spread of libraries, not the first few.
    stride = max(1, args.stride)
    for index in sorted(range(count), key=lambda i: (i % stride, i)):
        part = files[index * size:(index + 1) * size]
        base = os.path.join(parts_dir, "%04d" % index)
        if os.path.exists(base + ".json"):
            continue
        cmd = ([] if not nice else ["nice", "-n", "19"]) + [
            ctxlife, "-p", out, "--format=json", "--output=" + base + ".json.tmp",
            "--checks=-*," + args.checks, "-j", str(args.j), "--verbose",
            "--timeout=" + str(args.timeout), *part]
        if args.cache_dir:
            cmd.insert(cmd.index("--verbose"), "--cache-dir=" + os.path.abspath(args.cache_dir))
        print("part %d/%d (%d files)" % (index + 1, count, len(part)), file=sys.stderr,
              flush=True)
        with open(base + ".err", "w", encoding="utf-8") as err:
            rc = subprocess.call(cmd, stdout=subprocess.DEVNULL, stderr=err, cwd=out)
        with open(base + ".files", "w", encoding="utf-8") as f:
            f.write("\n".join(part) + "\n")
        if rc in (0, 1, 3) and os.path.exists(base + ".json.tmp"):
            os.replace(base + ".json.tmp", base + ".json")
        else:
            # The driver itself failed: every file of the part counts as a
            # crash in the report, with the driver's exit code.
            with open(base + ".json", "w", encoding="utf-8") as f:
                json.dump({"driverExit": rc, "files": part}, f)


def expected_failures():
    return {os.path.join(EXAMPLES, r[0]): r[1] for r in read_table("uncompilable.tsv")}


def collect(out):
    """Per-file outcome, findings, and driver failures over all parts."""
    parts_dir = os.path.join(out, "parts")
    outcome, findings, problems = {}, [], []
    for name in sorted(os.listdir(parts_dir)):
        if not name.endswith(".json") or name.endswith(".tmp"):
            continue
        with open(os.path.join(parts_dir, name), encoding="utf-8") as f:
            doc = json.load(f)
        with open(os.path.join(parts_dir, name[:-5] + ".files"), encoding="utf-8") as f:
            part = [l for l in f.read().splitlines() if l]
        if "driverExit" in doc:
            problems.append("%s: ctxlife exited %s" % (name, doc["driverExit"]))
            for p in part:
                outcome[p] = ("crash", "driver exit %s" % doc["driverExit"])
            continue
        for p in part:
            outcome[p] = ("analyzed", "")
        root = doc.get("root", "")
        for fail in doc.get("failures", []):
            path = fail["file"] if os.path.isabs(fail["file"]) else os.path.join(root, fail["file"])
            outcome[path] = (fail["kind"], fail["message"])
        findings += doc.get("findings", [])
    return outcome, findings, problems


def report(out, only=None):
    outcome, findings, problems = collect(out)
    if only is not None:
        outcome = {k: v for k, v in outcome.items() if k in only}
    expected = expected_failures()
    kinds = {}
    for kind, _ in outcome.values():
        kinds[kind] = kinds.get(kind, 0) + 1
    crashes = [(f, m) for f, (k, m) in outcome.items() if k in ("crash", "worker-failed")]
    hangs = [(f, m) for f, (k, m) in outcome.items() if k == "timeout"]
    failed = {f for f, (k, _) in outcome.items() if k == "compile-errors"}
    unexpected = sorted(failed - set(expected))
    stale = sorted(f for f in set(expected) - failed if f in outcome)
    for p in problems:
        print("DRIVER", p)
    for f, m in sorted(crashes):
        print("CRASH", os.path.relpath(f, EXAMPLES), m)
    for f, m in sorted(hangs):
        print("HANG", os.path.relpath(f, EXAMPLES), m)
    for f in unexpected:
        print("UNEXPECTED-COMPILE-ERRORS", os.path.relpath(f, EXAMPLES))
    for f in stale:
        print("COMPILES-NOW (remove from uncompilable.tsv)", os.path.relpath(f, EXAMPLES))
    for fd in findings:
        print("FINDING %s %s:%s:%s %s" % (fd["check"], fd.get("file", "?"), fd.get("line", 0),
                                          fd.get("column", 0), fd["message"]))
    compiled = len(outcome) - len(failed) - len(crashes) - len(hangs)
    print("files %d, compiled %d, analyzed %d, compile errors %d (expected %d), crashes %d, "
          "hangs %d, findings %d" % (
              len(outcome), compiled, kinds.get("analyzed", 0), len(failed),
              len(failed & set(expected)), len(crashes), len(hangs), len(findings)))
    other = sorted((f, k) for f, (k, _) in outcome.items()
                   if k not in ("analyzed", "compile-errors", "crash", "worker-failed", "timeout"))
    for f, k in other:
        print(k.upper(), os.path.relpath(f, EXAMPLES))
    bad = crashes or hangs or findings or unexpected or stale or problems or other
    if only is not None:
        # Every file of the slice has an outcome, and all but its expected
        # compile failures were analyzed.
        missing = sorted(only - set(outcome))
        for f in missing:
            print("NO-OUTCOME", os.path.relpath(f, EXAMPLES))
        want = len(only - set(expected))
        print("slice: %d files, %d analyzed (expected %d)" % (
            len(only), kinds.get("analyzed", 0), want))
        bad = bad or missing or kinds.get("analyzed", 0) != want
    return 1 if bad else 0


def first_error(stderr):
    for line in stderr.splitlines():
        if ": error: " in line or ": fatal error: " in line:
            return line.split("error: ", 1)[1].strip()
    return stderr.strip().splitlines()[0] if stderr.strip() else "unknown"


def category(error):
    """Why a file does not compile, in a few words, from its first error."""
    m = re.search(r"'([^']+)' file not found", error)
    if m:
        name = m.group(1)
        if name.lower() in ("windows.h", "tchar.h", "winsock2.h"):
            return "Windows only"
        if name.startswith("..") or "/../" in name or "/test/" in name or name.startswith("test/"):
            return "includes a file of Boost's source tree that libboost1.74-doc does not ship"
        return "needs %s, which no Debian package installed here provides" % name
    if re.search(r"Windows|Win32|Overlapped I/O|_WIN32", error):
        return "Windows only"
    return "rejected by clang 19 with Boost 1.74's headers"


def triage(out):
    """Plain clang on each failed file: does it fail too, and why."""
    llvm_bin = os.environ.get("LLVM_BIN", "/usr/lib/llvm-19/bin")
    outcome, _, _ = collect(out)
    db = {e["file"]: e for e in load_db(out)}
    rows, done = [], {}
    path = os.path.join(out, "uncompilable.tsv")
    if os.path.exists(path):
        with open(path, encoding="utf-8") as fh:
            done = dict(l.rstrip("\n").split("\t", 1) for l in fh if "\t" in l)
    for f in sorted(p for p, (k, _) in outcome.items() if k == "compile-errors"):
        rel = os.path.relpath(f, EXAMPLES)
        if rel in done:  # triaged by an earlier call
            rows.append("%s\t%s" % (rel, done[rel]))
            continue
        args = db[f]["arguments"]
        cmd = [os.path.join(llvm_bin, "clang++"), "-fsyntax-only", *args[1:-2], f]
        p = subprocess.run(cmd, cwd=db[f]["directory"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.PIPE, text=True, errors="replace")
        error = first_error(p.stderr) if p.returncode else "COMPILES WITH PLAIN CLANG"
        reason = "%s: %s" % (category(error), error) if p.returncode else error
        rows.append("%s\t%s" % (os.path.relpath(f, EXAMPLES), reason.replace("\t", " ")))
        print(rows[-1], flush=True)
    with open(path + ".tmp", "w", encoding="utf-8") as fh:
        fh.write("\n".join(rows) + "\n")
    os.replace(path + ".tmp", path)


def install():
    missing = [p for p in PACKAGES if subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", p], stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL, text=True).stdout.find("install ok installed") < 0]
    if not missing:
        return
    if os.getuid() != 0:
        sys.exit("boost-corpus.py: install as root: apt-get install -y " + " ".join(missing))
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.check_call(["apt-get", "install", "-y", "-qq", "--no-install-recommends",
                           *missing], env=env, stdout=subprocess.DEVNULL)


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("command", choices=["db", "run", "report", "triage", "slice", "pick"])
    ap.add_argument("outdir", nargs="?")
    ap.add_argument("--install", action="store_true")
    ap.add_argument("--checks", default="ctxlife-*")
    ap.add_argument("-j", type=int, default=2)
    ap.add_argument("--part-size", type=int, default=50)
    ap.add_argument("--timeout", type=int, default=0)
    ap.add_argument("--stride", type=int, default=1)
    ap.add_argument("--slice", action="store_true")
    ap.add_argument("--cache-dir", default="")
    args = ap.parse_intermixed_args()
    if args.install:
        install()
    if not os.path.isdir(EXAMPLES):
        sys.exit("boost-corpus.py: %s not found: install libboost1.74-doc (--install)" % EXAMPLES)
    if args.command == "pick":
        print("\n".join(pick()))
        return 0
    if not args.outdir:
        ap.error("%s needs OUTDIR" % args.command)
    out = os.path.abspath(args.outdir)
    args.timeout = args.timeout or (300 if args.command == "slice" else 600)
    files = slice_files() if args.slice or args.command == "slice" else all_files()
    if args.command == "db":
        print("%d files" % len(write_db(out, files)))
    elif args.command == "run":
        run_parts(out, args, nice=True)
    elif args.command == "report":
        return report(out, set(files) if args.slice else None)
    elif args.command == "triage":
        triage(out)
    elif args.command == "slice":
        listed = [r[0] for r in read_table("slice.txt")]
        if listed != pick():
            print("slice.txt is not what the rule picks: regenerate it with "
                  "`boost-corpus.py pick` (keeping its header)", file=sys.stderr)
            return 1
        shutil.rmtree(os.path.join(out, "parts"), ignore_errors=True)
        write_db(out, files)
        run_parts(out, args, nice=False)
        return report(out, set(files))
    return 0


if __name__ == "__main__":
    sys.exit(main())
