#!/usr/bin/env bash
# boost-examples.sh - runs ctxlife over the Boost 1.74 Asio and Beast example
# programs (Debian package libboost1.74-doc), or with -s over standalone
# Asio's (package libasio-dev): correct servers and clients nobody here
# wrote, the best test of false alarms and crashes.
#
# Usage: test/scan/boost-examples.sh [-c CHECKS] [-j N] [-s] [OUTDIR]
#   -c CHECKS  checks to run (default: ctxlife-*)
#   -j N       parallel files (default 2)
#   -s         standalone Asio's examples (namespace asio) instead of Boost's
#   OUTDIR     where per-file outputs go (default: a new temporary directory)
# Prints one line per file with a warning, a crash (exit >= 128) or a tool
# error, then totals: files, analyzed, compile errors, crashes, warnings per
# check. Exit 0 when nothing crashed, 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
CTXLIFE="${CTXLIFE:-$repo/build/bin/ctxlife}"
CHECKS='ctxlife-*'
JOBS=2
STANDALONE=0
while getopts "c:j:sh" opt; do
  case "$opt" in
    c) CHECKS="$OPTARG" ;;
    j) JOBS="$OPTARG" ;;
    s) STANDALONE=1 ;;
    h) sed -n '2,14p' "$0"; exit 0 ;;
    *) exit 2 ;;
  esac
done
shift $((OPTIND - 1))
OUT="${1:-$(mktemp -d)}"
mkdir -p "$OUT"
if [[ $STANDALONE == 1 ]]; then
  EX=/usr/share/doc/libasio-dev/examples
  [[ -d $EX ]] || { echo "boost-examples.sh: install libasio-dev" >&2; exit 2; }
  ROOTS=("$EX")
  PREFIX=ASIO
  # The C++03 examples use boost::bind with asio::placeholders.
  EXTRA=-DASIO_ENABLE_BOOST
else
  EX=/usr/share/doc/libboost1.74-doc/examples/libs
  [[ -d $EX ]] || { echo "boost-examples.sh: install libboost1.74-doc" >&2; exit 2; }
  ROOTS=("$EX/asio" "$EX/beast")
  PREFIX=BOOST_ASIO
  EXTRA=
fi

run_one() {
  local f="$1" name
  name=$(echo "${f#$EX/}" | tr '/' '_')
  local flags=(-std=c++20 -D${PREFIX}_HAS_CO_AWAIT -D${PREFIX}_HAS_STD_COROUTINE
               -include coroutine -include utility -I"$EX/beast" -I"$(dirname "$f")"
               ${EXTRA:+"$EXTRA"} -Wno-everything)
  set +e
  "$CTXLIFE" --quiet --checks="-*,$CHECKS" "$f" -- "${flags[@]}" \
    > "$OUT/$name.out" 2> "$OUT/$name.err"
  echo "$? ${f#$EX/}" > "$OUT/$name.rc"
}
export -f run_one
export CTXLIFE CHECKS OUT EX PREFIX EXTRA
find "${ROOTS[@]}" -name '*.cpp' | sort | xargs -P "$JOBS" -I{} bash -c 'run_one {}'

python3 - "$OUT" <<'PY'
import collections, glob, os, re, sys
out = sys.argv[1]
files = crashes = errors = analyzed = 0
per_check = collections.Counter()
for rc_file in sorted(glob.glob(os.path.join(out, '*.rc'))):
    rc, name = open(rc_file).read().split(' ', 1)
    rc, name = int(rc), name.strip()
    base = rc_file[:-3]
    text = open(base + '.out', errors='replace').read()
    files += 1
    warnings = re.findall(r'^(\S+:\d+:\d+): warning: .*\[([\w-]+)\]$', text, re.M)
    err = open(base + '.err', errors='replace').read()
    # ctxlife analyzes each file in a worker process: a crash is exit code 3
    # with `ctxlife: error: <file>: SIGSEGV (...)` (or a timeout) on stderr.
    crashed = re.search(r'^ctxlife: error: .*: (SIG[A-Z]+ |timed out)', err, re.M)
    if rc >= 128 or rc < 0 or crashed:
        crashes += 1
        print('CRASH', rc, name, crashed.group(0) if crashed else '')
    elif rc == 3:
        errors += 1
        print('COMPILE-ERRORS', name)
    elif rc == 2:
        print('TOOL-ERROR', name, open(base + '.err').read().strip()[:200])
    else:
        analyzed += 1
    for loc, check in warnings:
        per_check[check] += 1
        print('WARNING', check, re.split(r'/examples/(?:libs/)?', loc)[-1])
print('files %d, analyzed %d, compile errors %d, crashes %d, warnings %s' %
      (files, analyzed, errors, crashes, dict(per_check) or 0))
sys.exit(1 if crashes else 0)
PY
