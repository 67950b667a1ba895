#!/bin/sh
# setup.sh <dir> <stub-headers>: a fresh project in <dir> (a git root) with
# server.cpp, its compile_commands.json (C++20, the stub headers) and a
# .clang-tidy enabling ctxlife-* (the repository's own must not apply).
set -e
rm -rf "$1"
mkdir -p "$1/src" "$1/.git"
cp "$(dirname "$0")/server.cpp" "$1/src/server.cpp"
echo "Checks: 'ctxlife-*'" > "$1/.clang-tidy"
printf '[{"directory": "%s", "file": "src/server.cpp", "arguments": ["clang++", "-std=c++20", "-isystem", "%s", "-c", "src/server.cpp"]}]\n' "$1" "$2" > "$1/compile_commands.json"
