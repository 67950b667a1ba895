#!/usr/bin/env bash
# Shared set-up for the README's two commands (examples/run.sh, test/run.sh)
# and CI: installs what is missing, configures and builds ctxlife for one
# LLVM major. Idempotent: quick when everything is installed and built.
# Environment:
#   CTXLIFE_LLVM_VERSION  LLVM major to build for: 19 (default) or 22
#   CTXLIFE_BUILD_DIR     build directory (default: <repo>/build for 19,
#                         <repo>/build-llvm<N> for any other major)
#   CTXLIFE_JOBS          parallel build jobs (default 2)
# `tool/bootstrap.sh --print-build-dir` prints the build directory and exits
# (for scripts).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
major=${CTXLIFE_LLVM_VERSION:-19}
case $major in
  19|22) ;;
  *) echo "ctxlife: CTXLIFE_LLVM_VERSION=$major: supported LLVM majors are 19 and 22" >&2; exit 2 ;;
esac
if [[ $major == 19 ]]; then
  build=${CTXLIFE_BUILD_DIR:-$repo/build}
else
  build=${CTXLIFE_BUILD_DIR:-$repo/build-llvm$major}
fi
if [[ ${1:-} == --print-build-dir ]]; then
  echo "$build"
  exit 0
fi

packages=(
  "clang-$major" "llvm-$major-dev" "libclang-$major-dev" "clang-tidy-$major" "llvm-$major-tools"
  cmake ninja-build python3 git
  libgrpc++-dev libprotobuf-dev protobuf-compiler protobuf-compiler-grpc
  libboost-dev libasio-dev libcpp-httplib-dev libcpprest-dev libcivetweb-dev libpistache-dev
  libboost1.74-doc  # the Boost example programs: test/scan (CI slice), test/bench
  # The gate tests drive real tools: Debian's pre-commit, headless Chromium
  # (the HTML report), PyYAML (the CI recipes).
  pre-commit chromium python3-yaml
  # ctxlife-clangd links clangd's remote-index client (abseil); packaging
  # (dpkg-shlibdeps, file) and the editor test (Neovim's LSP client).
  libabsl-dev dpkg-dev file neovim
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "ctxlife: missing packages; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "ctxlife: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# A build directory holds one major (CMake refuses to switch); say so before
# building the wrong one.
cache=$build/CMakeCache.txt
if [[ -f $cache ]]; then
  have=$(sed -n 's/^CTXLIFE_LLVM_VERSION_CONFIGURED:INTERNAL=//p' "$cache")
  if [[ -n $have && $have != "$major" ]]; then
    echo "ctxlife: $build is a build for LLVM $have, not $major; set CTXLIFE_BUILD_DIR to another directory" >&2
    exit 2
  fi
fi
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCTXLIFE_LLVM_VERSION="$major" >/dev/null
fi
cmake --build "$build" -j "${CTXLIFE_JOBS:-2}"
test -x "$build/bin/ctxlife" && test -f "$build/lib/CtxLifeTidyModule-llvm$major.so"
