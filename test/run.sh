#!/usr/bin/env bash
# Command 2 of the README: set up, build, and run the whole test suite
# (lit suites through both front-ends) with ctest, for one LLVM major.
#
# Usage: test/run.sh [--llvm=N] [ctest arguments...]
#   --llvm=N   LLVM major to build and test: 19 (default) or 22; the same as
#              CTXLIFE_LLVM_VERSION=N. Each major has its own build directory
#              (build/ for 19, build-llvm22/ for 22; CTXLIFE_BUILD_DIR overrides).
#   e.g. test/run.sh --llvm=22 -R checkers/   (ctest's own options follow)
# Tests labelled `primary` (selflint, the cross-major diff, packaging) need
# to run for one major only: CI runs them with 19 and the 22 suite with
# `-LE primary`. The cross-major diff needs both builds (see .ci/run).
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
case ${1:-} in
  --llvm=*) export CTXLIFE_LLVM_VERSION=${1#--llvm=}; shift ;;
  --llvm) export CTXLIFE_LLVM_VERSION=${2:?--llvm needs a major}; shift 2 ;;
esac
"$repo/tool/bootstrap.sh"
build=$("$repo/tool/bootstrap.sh" --print-build-dir)
cd "$build"
ctest -j "${CTXLIFE_JOBS:-2}" --output-on-failure "$@"
