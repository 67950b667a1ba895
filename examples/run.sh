#!/usr/bin/env bash
# Command 1 of the README: set up, build, and run ctxlife over the bundled
# examples (one small server per framework, planted misuse beside correct
# code), printing the findings.
set -uo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/tool/bootstrap.sh" || exit $?
build=${CTXLIFE_BUILD_DIR:-$repo/build}
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
