#!/bin/sh
# setup.sh <dir>: one source per spelling of a code-loading flag (see
# compile_commands.json.in), the configuration files they name, and the
# project's .clang-tidy. s22.cpp has only harmless flags.
set -e
src=$(dirname "$0")
project=$src/../project
rm -rf "$1" && mkdir -p "$1/bin" "$1/.git"
cp "$project/src/app.h" "$1/"
for n in 01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22; do
  sed "s/g_a/g_$n/; s/handle_a/handle_$n/" "$project/src/a.cpp" > "$1/s$n.cpp"
done
cp "$project/dot-clang-tidy" "$1/.clang-tidy"
sed "s|@DIR@|$1|g" "$src/compile_commands.json.in" > "$1/compile_commands.json"
printf -- '-fplugin=%s/x16.so\n' "$1" > "$1/plugin.cfg"
printf -- '-Wall\n@%s/inner.cfg\n' "$1" > "$1/nested.cfg"
printf -- '-Xclang -load\n-Xclang %s/x17.so\n' "$1" > "$1/inner.cfg"
printf -- '-fpass-plugin=%s/x18.so\n' "$1" > "$1/bin/beside.cfg"
printf -- '-DFROM_CONFIG\n' > "$1/harmless.cfg"
printf '#if !defined(FROM_CONFIG) || !defined(FROM_WP) || !defined(FROM_XP) || !defined(FROM_XCLANG)\n#error "a harmless flag was dropped"\n#endif\n' >> "$1/s22.cpp"
