#!/usr/bin/env bash
# scale-bench.sh - what the result cache and shards buy, on bench.sh's corpus.
#
# bench.sh's translation units (bench.sh -p) become one compile database,
# analyzed by one `ctxlife -p` run, and this script measures (wall time,
# medians of N runs):
#   cold    : a run with an empty --cache-dir (fills it)
#   warm    : a run with the filled cache, nothing changed
#   touched : a run after one main file changed (a copy of the corpus files
#             is used, so nothing outside a temporary directory changes)
#   header  : a run after a header changed that every other file (the 1st,
#             3rd, ...) includes (`#include "bench_shared.hpp"` is the first
#             line of those copies): exactly those must be analyzed again
#   nocache : a run without --cache-dir (what the cache's own cost is)
#   shards  : for n = 2 and 3, each part --shard=i/n run alone (cold, no
#             cache): its wall time, files and estimated cost share, and the
#             largest part against the unsharded run: the speed-up of n
#             machines; then the time `ctxlife merge` takes
# It prints the ratios warm/cold, touched/cold and header/cold, and how many
# translation units each run analyzed (from --verbose), which must be all,
# none, one and the files that include the header: exit 1 if not.
#
# Usage: scale-bench.sh [-n N] [-j J] [-h]
#   -n N   repetitions (default 3, or $N)
#   -j J   ctxlife -j (default 2)
# Environment: CTXLIFE (default <repo>/build/bin/ctxlife), and bench.sh's.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
CTXLIFE="${CTXLIFE:-$repo/build/bin/ctxlife}"
N="${N:-3}"
J=2
while getopts "n:j:h" opt; do
  case "$opt" in
    n) N="$OPTARG" ;;
    j) J="$OPTARG" ;;
    h) sed -n '2,25p' "$0"; exit 0 ;;
    *) exit 2 ;;
  esac
done
[[ -x "$CTXLIFE" ]] || { echo "scale-bench.sh: missing executable $CTXLIFE" >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
bash "$here/bench.sh" -p > "$work/list"

exec python3 - "$work" "$CTXLIFE" "$N" "$J" <<'PY'
import json, os, platform, re, shlex, shutil, statistics, subprocess, sys, time

work, ctxlife, n, j = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
src = os.path.join(work, "src")
os.makedirs(src)
db = []
for line in open(os.path.join(work, "list")):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    path, _, flags = line.partition("::")
    path = path.strip()
    # A copy of each main file (its own directory on the include path), so
    # that the 'touched' run can change one.
    copy = os.path.join(src, "%02d_%s" % (len(db), os.path.basename(path)))
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        text = f.read()
    with open(copy, "w", encoding="utf-8", errors="surrogateescape") as f:
        # Every other file includes the shared header (the 'header' run).
        f.write(('#include "bench_shared.hpp"\n' if len(db) % 2 == 0 else "") + text)
    args = ["clang++", *shlex.split(flags), "-I" + os.path.dirname(path), "-c", copy]
    db.append({"directory": src, "file": copy, "arguments": args})
json.dump(db, open(os.path.join(work, "compile_commands.json"), "w"), indent=1)
shared = os.path.join(src, "bench_shared.hpp")
with open(shared, "w") as f:
    f.write("#pragma once\n// included by every other file of the benchmark\n")
includers = (len(db) + 1) // 2
base = [ctxlife, "-p", work, "--checks=-*,ctxlife-*", "-j", j, "--verbose", "--quiet"]

def run(extra, cwd=work):
    t0 = time.perf_counter()
    p = subprocess.run(base + extra, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       text=True, errors="replace")
    dt = time.perf_counter() - t0
    if p.returncode not in (0, 1):
        sys.exit("ctxlife exited %d: %s" % (p.returncode, p.stderr[-500:]))
    analyzed = len(re.findall(r": analyzed \(", p.stderr))
    cached = len(re.findall(r": from the cache \(", p.stderr))
    return dt, analyzed, cached, p.stderr

cache = os.path.join(work, "cache")
rows = {}
def record(name, samples):
    rows[name] = (statistics.median(s[0] for s in samples), samples[-1][1], samples[-1][2])
    print("  done %s: %s s, analyzed %d" % (name, " ".join("%.2f" % s[0] for s in samples),
                                         samples[-1][1]), file=sys.stderr, flush=True)

load0 = os.getloadavg()[0]
cold = []
for _ in range(n):
    shutil.rmtree(cache, ignore_errors=True)
    cold.append(run(["--cache-dir=" + cache]))
record("cold", cold)
record("warm", [run(["--cache-dir=" + cache]) for _ in range(n)])
touched = []
for i in range(n):
    with open(db[0]["file"], "a") as f:
        f.write("\n// touched %d\n" % i)
    touched.append(run(["--cache-dir=" + cache]))
record("touched", touched)
header = []
for i in range(n):
    with open(shared, "a") as f:
        f.write("// changed %d\n" % i)
    header.append(run(["--cache-dir=" + cache]))
record("header", header)
record("nocache", [run([]) for _ in range(n)])

print("# scale-bench.sh: %d translation units (bench.sh's corpus), N=%d, -j %s, cpus=%d, "
      "%s, loadavg at start %.2f" % (len(db), n, j, os.cpu_count(), platform.node(), load0))
print("%-8s  %9s  %8s  %11s  %s" % ("run", "median s", "analyzed", "from cache", "expected"))
expected = {"cold": len(db), "warm": 0, "touched": 1, "header": includers, "nocache": len(db)}
wrong = []
for name in ("cold", "warm", "touched", "header", "nocache"):
    t, a, c = rows[name]
    ok = a == expected[name]
    if not ok:
        wrong.append(name)
    print("%-8s  %9.2f  %8d  %11d  %d analyzed%s" % (name, t, a, c, expected[name],
                                                   "" if ok else "  MISMATCH"))
cold_t = rows["cold"][0]
print("warm/cold %.2f%%, touched/cold %.1f%%, header/cold %.1f%% (%d of %d files include it), "
      "cold/nocache %.3f" % (
          100 * rows["warm"][0] / cold_t, 100 * rows["touched"][0] / cold_t,
          100 * rows["header"][0] / cold_t, includers, len(db), cold_t / rows["nocache"][0]))

print()
print("%-6s  %8s  %6s  %9s  %7s" % ("shard", "wall s", "files", "est. cost", "of time"))
unsharded = rows["nocache"][0]
for count in (2, 3):
    times, outputs = [], []
    for i in range(1, count + 1):
        out = os.path.join(work, "part-%d-%d.json" % (i, count))
        t, a, c, err = run(["--shard=%d/%d" % (i, count), "--format=json", "--output=" + out])
        m = re.search(r"shard \d+/\d+: (\d+) of \d+ files, (\d+)% of the estimated cost", err)
        times.append(t)
        outputs.append(out)
        print("%d/%d     %8.2f  %6s  %8s%%  %6.0f%%" % (i, count, t, m.group(1), m.group(2),
                                                     100 * t / unsharded))
    t0 = time.perf_counter()
    subprocess.run([ctxlife, "merge", "-o", os.path.join(work, "merged.json"), *outputs],
                   cwd=work, stdout=subprocess.DEVNULL)
    merge_t = time.perf_counter() - t0
    print("n=%d: largest part %.2f s of %.2f s unsharded: %.2fx on %d machines; "
          "parts' sum %.2f s; merge %.3f s" % (count, max(times), unsharded,
                                               unsharded / max(times), count, sum(times), merge_t))
print("# loadavg at end %.2f" % os.getloadavg()[0])
if wrong:
    sys.exit("scale-bench.sh: runs analyzed other files than expected: " + ", ".join(wrong))
PY
