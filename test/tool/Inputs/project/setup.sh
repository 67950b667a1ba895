#!/bin/sh
# setup.sh <dir>: a fresh copy of this small project in <dir>, with its
# .clang-tidy and compile_commands.json, and <dir> as the project root (.git).
set -e
src=$(dirname "$0")
rm -rf "$1"
mkdir -p "$1"
cp -r "$src/src" "$1/src"
cp "$src/dot-clang-tidy" "$1/.clang-tidy"
sed "s|@DIR@|$1|g" "$src/compile_commands.json.in" > "$1/compile_commands.json"
mkdir "$1/.git"
