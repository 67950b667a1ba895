#!/usr/bin/env bash
# Command 1 of the README: set up, build, and run ctxlife over the bundled
# examples (one small server per framework, planted misuse beside correct
# code), printing the findings.
# Usage: examples/run.sh [--llvm=N]   (LLVM major: 19, the default, or 22;
#                                     the same as CTXLIFE_LLVM_VERSION=N)
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ${1:-} in
  --llvm=*) export CTXLIFE_LLVM_VERSION=${1#--llvm=}; shift ;;
esac
"$repo/tool/bootstrap.sh" || exit $?
build=$("$repo/tool/bootstrap.sh" --print-build-dir)
ctxlife=$build/bin/ctxlife
cd "$repo"

# Each example with the flags it is compiled with (examples/compile_flags.md).
run() {
  local file=$1; shift
  echo "== $file"
  "$ctxlife" --quiet --config='{Checks: "-*,ctxlife-*"}' "$file" -- "$@"
  local rc=$?
  [[ $rc -le 1 ]] || echo "ctxlife exited $rc on $file" >&2
}
run examples/grpc/server.cpp -std=c++20 -isystem "$build/examples/gen"
run examples/beast/server.cpp -std=c++20
run examples/httplib/server.cpp -std=c++20
run examples/cpprest/server.cpp -std=c++20
run examples/civetweb/server.cpp -std=c++20
run examples/pistache/server.cpp -std=c++20 -fdelayed-template-parsing -Wno-delayed-template-parsing-in-cxx20
