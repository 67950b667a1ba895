#!/usr/bin/env bash
# Shared set-up for the README's two commands (examples/run.sh, test/run.sh)
# and CI: installs what is missing, configures and builds ctxlife.
# Idempotent: quick when everything is installed and built.
# Environment: CTXLIFE_BUILD_DIR (default: <repo>/build).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${CTXLIFE_BUILD_DIR:-$repo/build}

packages=(
  clang-19 llvm-19-dev libclang-19-dev clang-tidy-19 llvm-19-tools
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

llvm_prefix=$(llvm-config-19 --prefix)
if [[ ! -f $build/build.ninja ]]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_PREFIX_PATH="$llvm_prefix" >/dev/null
fi
cmake --build "$build" -j "${CTXLIFE_JOBS:-2}"
test -x "$build/bin/ctxlife" && test -f "$build/lib/CtxLifeTidyModule.so"
