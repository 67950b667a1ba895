#!/bin/sh
# Parse every sample under samples/ against the real Debian 12 headers with the
# minimal flags recorded in FLAGS.md. Exit status is non-zero if any fails.
# usage: check.sh [BUILD_DIR]   (default: a fresh mktemp dir)
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
if [ $# -ge 1 ]; then B=$1; else B=$(mktemp -d); trap 'rm -rf "$B"' EXIT; fi
CXX=${CXX:-/usr/lib/llvm-19/bin/clang++}
"$HERE/gen.sh" "$B" || exit 1

# name | flags (besides -fsyntax-only)
FLAGS_grpc_ok="-std=c++17 -isystem $B/gen"
FLAGS_beast_ok="-std=c++17"
FLAGS_beast_coro_ok="-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -include utility"
FLAGS_asio_coro_ok="-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -include utility"
FLAGS_httplib_ok="-std=c++17"
FLAGS_cpprest_ok="-std=c++17"
FLAGS_civetweb_ok="-std=c++17"
FLAGS_pistache_ok="-std=c++17 -isystem $B/overlay"

fail=0
for f in "$HERE"/samples/*.cpp; do
  name=$(basename "$f" .cpp)
  eval "flags=\${FLAGS_$name:-}"
  if [ -z "$flags" ]; then
    echo "SKIP $name (no flags recorded)"; continue
  fi
  start=$(date +%s)
  # shellcheck disable=SC2086
  if "$CXX" -fsyntax-only -Wall -Wextra $flags "$f"; then
    echo "OK   $name ($(( $(date +%s) - start ))s) [$flags]"
  else
    echo "FAIL $name [$flags]"; fail=1
  fi
done
exit $fail
