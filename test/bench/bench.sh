#!/usr/bin/env bash
# bench.sh - wall-time cost of ctxlife relative to a plain clang parse, for
# each LLVM major ctxlife is built for (19 and 22).
#
# For every translation unit (TU) and every major M it runs, N times each,
# interleaved (all majors in every round, so both see the same machine):
#   parse   : clang++ -fsyntax-only <flags> <file>           (LLVM M's clang++)
#   ctxlife : ctxlife --checks='-*,ctxlife-*' <file> -- <flags>   (-r: without --checks)
#   plugin  : clang-tidy --load=CtxLifeTidyModule-llvmM.so --checks='-*,ctxlife-*' <file> -- <flags>
# and prints, per major, a table with the median wall time of each per TU,
# the ratios ctxlife/parse and plugin/parse (to that major's own parse), and
# the median of those ratios over all TUs.
#
# Usage: bench.sh [-n N] [-m MAJORS] [-l LIST] [-w] [-p] [-r] [-h]
#   -n N       repetitions per tool and TU (default 5, or $N)
#   -m MAJORS  LLVM majors, comma-separated (default 19,22); each needs its
#              build: CTXLIFE_LLVM_VERSION=M tool/bootstrap.sh (build/ for 19,
#              build-llvm22/ for 22)
#   -l LIST    TU list instead of the default set; one TU per line:
#                <path> :: <compiler flags>      ('#' comments, blank lines ok)
#   -w         no untimed warm-up parse before each TU (default: one warm-up)
#   -p         print the default TU list in LIST format and exit
#   -r         run ctxlife exactly as `ctxlife f -- <flags>` (see below)
# Environment overrides, with a single major only (-m M):
#   LLVM_BIN  (default /usr/lib/llvm-M/bin; clang++ and clang-tidy come from here,
#             never from PATH)
#   CTXLIFE   (default <build of M>/bin/ctxlife)
#   PLUGIN    (default <build of M>/lib/CtxLifeTidyModule-llvmM.so)
#
# Default TU set: 5 Boost 1.74 Beast/Asio example programs (from the
# libboost1.74-doc package) plus every file in test/realheaders/samples, with
# the flags given for it in test/realheaders/FLAGS.md when that file has a
# line naming the sample and a backquoted flag string (`-std=...`, with $B =
# the first major's build directory) whose include directories exist, otherwise with the built-in
# flags below (the same as test/lit.cfg.py). Print the list with -p.
# A TU whose plain parse fails is reported as SKIP; a TU where a tool run
# crashed (signal, status >= 128, 'Stack dump'), ctxlife exited >= 2 or the
# plugin exited non-zero is marked INVALID with a NOTE. Both are left out of
# the medians.
#
# ctxlife, like clang-tidy, merges the .clang-tidy files above each TU into
# its configuration, and a project's `Checks: '-*,...'` replaces ctxlife's
# default `ctxlife-*`: a TU inside such a project runs the project's checks
# instead (or none, exit 2). So that ctxlife and the plugin run the same
# checks, ctxlife gets the plugin's `--checks=-*,ctxlife-*` unless -r is given.
#
# Needs only bash and python3.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
N="${N:-5}"
MAJORS="19,22"
LIST=""
WARMUP=1
PRINT_LIST=0
RAW=0

while getopts "n:m:l:wprh" opt; do
  case "$opt" in
    n) N="$OPTARG" ;;
    m) MAJORS="$OPTARG" ;;
    l) LIST="$OPTARG" ;;
    w) WARMUP=0 ;;
    p) PRINT_LIST=1 ;;
    r) RAW=1 ;;
    h) sed -n '2,50p' "$0"; exit 0 ;;
    *) exit 2 ;;
  esac
done

[[ "$N" =~ ^[1-9][0-9]*$ ]] || { echo "bench.sh: -n wants a positive integer" >&2; exit 2; }
IFS=', ' read -r -a majors <<< "$MAJORS"
((${#majors[@]})) || { echo "bench.sh: -m wants at least one LLVM major" >&2; exit 2; }
if ((${#majors[@]} > 1)) && [[ -n "${LLVM_BIN:-}${CTXLIFE:-}${PLUGIN:-}" ]]; then
  echo "bench.sh: LLVM_BIN, CTXLIFE and PLUGIN apply to one major: add -m <major>" >&2
  exit 2
fi
# One line per major: <major> <llvm bin dir> <ctxlife> <plugin>.
TOOLS=""
for m in "${majors[@]}"; do
  [[ "$m" =~ ^[0-9]+$ ]] || { echo "bench.sh: -m: '$m' is not an LLVM major" >&2; exit 2; }
  b="$(CTXLIFE_LLVM_VERSION="$m" "$repo/tool/bootstrap.sh" --print-build-dir)" || exit 2
  bin="${LLVM_BIN:-/usr/lib/llvm-$m/bin}"
  ctx="${CTXLIFE:-$b/bin/ctxlife}"
  plug="${PLUGIN:-$b/lib/CtxLifeTidyModule-llvm$m.so}"
  for tool in "$bin/clang++" "$bin/clang-tidy" "$ctx"; do
    [[ -x "$tool" ]] || { echo "bench.sh: missing executable $tool (LLVM $m: build it with CTXLIFE_LLVM_VERSION=$m tool/bootstrap.sh)" >&2; exit 2; }
  done
  [[ -f "$plug" ]] || { echo "bench.sh: missing plugin $plug (LLVM $m)" >&2; exit 2; }
  TOOLS+="$m $bin $ctx $plug"$'\n'
done
# Generated code (gRPC) is the same in every build: the first major's.
BUILD="$(CTXLIFE_LLVM_VERSION="${majors[0]}" "$repo/tool/bootstrap.sh" --print-build-dir)"

BOOST_EX=/usr/share/doc/libboost1.74-doc/examples/libs
COROFLAGS="-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -include coroutine -include utility"
SAMPLES="$repo/test/realheaders/samples"
FLAGS_MD="$repo/test/realheaders/FLAGS.md"

# Built-in flags for the real-headers samples (the ones test/lit.cfg.py and
# test/realheaders/*.test use), for samples FLAGS.md says nothing usable about.
builtin_sample_flags() {
  case "$1" in
    asio_coro_ok.cpp|beast_coro_ok.cpp|missing_cancellation_asio.cpp) echo "$COROFLAGS" ;;
    grpc_ok.cpp|missing_cancellation_grpc.cpp) echo "-std=c++17 -isystem $BUILD/test/gen" ;;
    # Pistache 0.0.5's async.h does not parse with clang's (19 and 22) stricter
    # two-phase lookup ('no member named chain_'); the suite uses delayed
    # template parsing.
    pistache_ok.cpp) echo "-std=c++17 -fdelayed-template-parsing" ;;
    *) echo "-std=c++17" ;;
  esac
}

# Flags for a sample from FLAGS.md: the first backquoted string starting with
# '-' on a line that names the sample's file, with $B replaced by the build
# directory. Prints nothing if there is none, or if it names an include
# directory that does not exist (e.g. a generated overlay that is gone).
md_sample_flags() {
  [[ -f "$FLAGS_MD" ]] || return 0
  python3 - "$FLAGS_MD" "$1" "$BUILD" <<'PY'
import os, re, shlex, sys
md, name, build = sys.argv[1:4]
for line in open(md, encoding="utf-8", errors="replace"):
    if re.search(r"(^|[^\w])%s([^\w]|$)" % re.escape(name), line):
        m = re.search(r"`(-[^`]*)`", line)
        if not m:
            continue
        flags = m.group(1).replace("$B", build).replace("${B}", build)
        toks = shlex.split(flags)
        for i, t in enumerate(toks):
            d = None
            if t in ("-I", "-isystem") and i + 1 < len(toks):
                d = toks[i + 1]
            elif t.startswith("-I") and len(t) > 2:
                d = t[2:]
            if d and not os.path.isdir(d):
                sys.exit(0)
        print(flags)
        break
PY
}

default_list() {
  local f d
  # Five Beast/Asio examples that parse and that ctxlife analyzes (see the
  # Boost-example scan): async and coroutine servers, one multi-file server.
  for rel in \
      beast/example/http/server/async/http_server_async.cpp \
      beast/example/advanced/server/advanced_server.cpp \
      beast/example/websocket/server/async/websocket_server_async.cpp \
      asio/example/cpp11/http/server/connection.cpp \
      asio/example/cpp17/coroutines_ts/echo_server.cpp; do
    f="$BOOST_EX/$rel"
    [[ -f "$f" ]] || { echo "# missing: $f"; continue; }
    d="$(dirname "$f")"
    case "$rel" in
      beast/*) echo "$f :: $COROFLAGS -I$d -I$BOOST_EX/beast" ;;
      *) echo "$f :: $COROFLAGS -I$d" ;;
    esac
  done
  if [[ -d "$SAMPLES" ]]; then
    for f in "$SAMPLES"/*.cpp; do
      [[ -f "$f" ]] || continue
      local b fl
      b="$(basename "$f")"
      fl="$(md_sample_flags "$b")"
      if [[ -n "$fl" ]]; then
        echo "# flags of $b: from FLAGS.md"
      else
        fl="$(builtin_sample_flags "$b")"
        echo "# flags of $b: built-in (FLAGS.md has none usable)"
      fi
      echo "$f :: $fl"
    done
  fi
}

if [[ -z "$LIST" ]]; then
  LIST="$(mktemp)"
  trap 'rm -f "$LIST"' EXIT
  default_list > "$LIST"
fi
if [[ "$PRINT_LIST" == 1 ]]; then cat "$LIST"; exit 0; fi

BENCH_REPO="$repo" BENCH_TOOLS="$TOOLS" exec python3 - "$LIST" "$N" "$WARMUP" "$RAW" <<'PY'
import collections, os, re, shlex, statistics, subprocess, sys, time

list_file, n, warmup, raw = sys.argv[1:5]
n, warmup, raw = int(n), warmup == "1", raw == "1"
ctx_checks = [] if raw else ["--checks=-*,ctxlife-*"]
# One entry per LLVM major: its clang++, clang-tidy, ctxlife and plugin.
majors = []
for line in os.environ["BENCH_TOOLS"].splitlines():
    if line.strip():
        m, bin_dir, ctxlife, plugin = line.split(" ", 3)
        majors.append({"major": m, "clangxx": os.path.join(bin_dir, "clang++"),
                       "tidy": os.path.join(bin_dir, "clang-tidy"),
                       "ctxlife": ctxlife, "plugin": plugin})

tus, flag_notes = [], []
for text in open(list_file):
    line = text.strip()
    if not line or line.startswith("#"):
        if line.startswith("# flags of"):
            flag_notes.append(line)
        continue
    path, _, flags = line.partition("::")
    tus.append((path.strip(), shlex.split(flags)))

def commands(M, path, flags):
    return {
        "parse": [M["clangxx"], "-fsyntax-only", *flags, path],
        "ctxlife": [M["ctxlife"], *ctx_checks, path, "--", *flags],
        "plugin": [M["tidy"], f"--load={M['plugin']}", "--checks=-*,ctxlife-*", path, "--", *flags],
    }

def run(cmd):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    dt = time.perf_counter() - t0
    out = p.stdout.decode(errors="replace")
    err = p.stderr.decode(errors="replace")
    return dt, p.returncode, out, err

def problem(tool, rc, out, err):
    first = next((l.strip() for l in err.splitlines() if "error" in l), "")[:160]
    if rc < 0 or rc >= 128 or "Stack dump" in err:
        return f"{tool} crashed (rc={rc}) {first}"
    if tool == "ctxlife" and rc not in (0, 1):
        return f"ctxlife rc={rc}: {first}"
    if tool == "plugin" and rc != 0:
        # Findings made errors by a WarningsAsErrors setting are not failures.
        errs = [l for l in (out + err).splitlines()
                if "error:" in l and "[ctxlife-" not in l]
        if errs:
            return f"plugin rc={rc}: {errs[0].strip()[:160]}"
    return None

REPO = os.environ.get("BENCH_REPO", "")
def short(p):
    for pre in ("/usr/share/doc/libboost1.74-doc/examples/libs/", REPO + "/test/"):
        if pre != "/test/" and p.startswith(pre):
            return p[len(pre):]
    return p

load0 = os.getloadavg()
print(f"# bench.sh: N={n}, warm-up={'yes' if warmup else 'no'}, cpus={os.cpu_count()}, "
      f"loadavg at start={load0[0]:.2f}, LLVM majors {', '.join(M['major'] for M in majors)}")
ctx_shown = "" if raw else "'" + ctx_checks[0] + "' "
for M in majors:
    print(f"# LLVM {M['major']}: parse  : {M['clangxx']} -fsyntax-only <flags> f")
    print(f"# LLVM {M['major']}: ctxlife: {M['ctxlife']} {ctx_shown}f -- <flags>")
    print(f"# LLVM {M['major']}: plugin : {M['tidy']} --load={M['plugin']} --checks='-*,ctxlife-*' f -- <flags>")
for note in flag_notes:
    print(note)

tools = ("parse", "ctxlife", "plugin")
# rows[major] = [(name, medians or None, warnings or SKIP text)]
rows = {M["major"]: [] for M in majors}
notes, invalid = [], set()
for path, flags in tus:
    name = short(path)
    cmds = {M["major"]: commands(M, path, flags) for M in majors}
    if warmup:
        for M in majors:
            run(cmds[M["major"]]["parse"])
    times = {M["major"]: {t: [] for t in tools} for M in majors}
    warn = {M["major"]: {} for M in majors}
    bad = {}
    for i in range(n):
        # Every major in every round: both see the same machine.
        for M in majors:
            m = M["major"]
            if m in bad:
                continue
            for t in tools:
                dt, rc, out, err = run(cmds[m][t])
                if t == "parse" and rc != 0:
                    first = next((l for l in err.splitlines() if "error" in l), err[:200])
                    bad[m] = f"SKIP (does not parse: {first.strip()[:160]})"
                    break
                p = problem(t, rc, out, err)
                if p:
                    notes.append(f"LLVM {m}: {name}: {p}")
                    invalid.add((m, name))
                times[m][t].append(dt)
                if i == 0 and t != "parse":
                    warn[m][t] = sum(1 for l in out.splitlines()
                                     if re.search(r"(warning|error): .*\[ctxlife-", l))
    line = []
    for M in majors:
        m = M["major"]
        if m in bad:
            rows[m].append((name, None, bad[m]))
            line.append(f"LLVM {m} skipped")
            continue
        med = {t: statistics.median(times[m][t]) for t in tools}
        rows[m].append((name, med, warn[m]))
        line.append(f"LLVM {m} parse {med['parse']:.2f}s ctxlife {med['ctxlife']:.2f}s "
                    f"plugin {med['plugin']:.2f}s")
    print(f"  done {name}: " + "; ".join(line), file=sys.stderr, flush=True)

overall = []
w = max([len(r[0]) for rs in rows.values() for r in rs] + [4])
for M in majors:
    m = M["major"]
    print()
    print(f"## LLVM {m} (ratios to clang++-{m} -fsyntax-only)")
    hdr = (f"{'file':<{w}}  {'parse s':>8}  {'ctxlife s':>9}  {'plugin s':>8}  "
           f"{'ctx/parse':>9}  {'plug/parse':>10}  {'warn c/p':>8}")
    print(hdr)
    print("-" * len(hdr))
    rc_ratios, rp_ratios = [], []
    for name, med, extra in rows[m]:
        if med is None:
            print(f"{name:<{w}}  {extra}")
            continue
        rc = med["ctxlife"] / med["parse"]
        rp = med["plugin"] / med["parse"]
        flag = ""
        if (m, name) in invalid:
            flag = "  INVALID: a tool run failed, see NOTE; not in the medians"
        else:
            rc_ratios.append(rc)
            rp_ratios.append(rp)
        wc = f"{extra.get('ctxlife', 0)}/{extra.get('plugin', 0)}"
        print(f"{name:<{w}}  {med['parse']:>8.2f}  {med['ctxlife']:>9.2f}  {med['plugin']:>8.2f}  "
              f"{rc:>9.2f}  {rp:>10.2f}  {wc:>8}{flag}")
    print("-" * len(hdr))
    if rc_ratios:
        label = 'overall median ratio (' + str(len(rc_ratios)) + ' TUs)'
        print(f"{label:<{w}}  {'':>8}  {'':>9}  {'':>8}  "
              f"{statistics.median(rc_ratios):>9.2f}  {statistics.median(rp_ratios):>10.2f}")
        overall.append(f"LLVM {m}: ctxlife/parse {statistics.median(rc_ratios):.2f}, "
                       f"plugin/parse {statistics.median(rp_ratios):.2f} ({len(rc_ratios)} TUs)")
print()
for o in overall:
    print(f"# {o}")
load1 = os.getloadavg()
print(f"# loadavg at end={load1[0]:.2f}; 'warn c/p' = ctxlife findings printed by ctxlife / plugin on run 1")
for note, count in collections.Counter(notes).items():
    print(f"# NOTE {note}" + (f" (x{count})" if count > 1 else ""))
PY
