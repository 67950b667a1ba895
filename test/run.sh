#!/usr/bin/env bash
# Command 2 of the README: set up, build, and run the whole test suite
# (lit suites through both front-ends) with ctest.
set -euo pipefail
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$repo/tool/bootstrap.sh"
build=${CTXLIFE_BUILD_DIR:-$repo/build}
cd "$build"
ctest -j "${CTXLIFE_JOBS:-2}" --output-on-failure "$@"
