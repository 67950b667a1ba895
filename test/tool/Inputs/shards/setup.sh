#!/bin/sh
# setup.sh <dir>: the small project of ../project plus files that make
# shards interesting: more sources with findings, a header with a finding
# that sources of every shard include (shared.h), a file that does not
# compile, and one that includes a large header (its cost dominates).
set -e
here=$(dirname "$0")
sh "$here/../project/setup.sh" "$1"
cd "$1"
for n in d e f g; do sed "s/g_a/g_$n/g" src/a.cpp > "src/$n.cpp"; done
printf '#include "app.h"\ninline app::Request *g_shared;\ninline void keep(app::Request *r) { g_shared = r; }\n' > src/shared.h
for n in u v w x; do printf '#include "shared.h"\nvoid use_%s(app::Request *r) { keep(r); }\n' $n > "src/use_$n.cpp"; done
# Findings in a header that depend on the translation unit: use_p.cpp
# instantiates keepA, use_q.cpp keepB; both flagged lines read the same.
printf '#include "app.h"\ninline app::Request *g_slot;\ntemplate <class T> void keepA(T *r) {\n  g_slot = r;\n}\ntemplate <class T> void keepB(T *r) {\n  g_slot = r;\n}\n' > src/tmpl.h
printf '#include "tmpl.h"\nvoid use_p(app::Request *r) { keepA(r); }\n' > src/use_p.cpp
printf '#include "tmpl.h"\nvoid use_q(app::Request *r) { keepB(r); }\n' > src/use_q.cpp
printf 'int broken( {\n' > src/broken.cpp
# A large header: about 400 KB of declarations.
i=0; : > src/big.h
while [ $i -lt 4000 ]; do printf 'int big_function_number_%d(int a, int b, int c, int d, int e);\n' $i; i=$((i+1)); done >> src/big.h
printf '#include "big.h"\n#include "app.h"\nint heavy() { return big_function_number_1(1, 2, 3, 4, 5); }\n' > src/heavy.cpp
{
  printf '[\n'
  for f in a b d e f g use_u use_v use_w use_x use_p use_q broken heavy clean; do
    printf '  {"directory": "%s", "file": "src/%s.cpp", "arguments": ["clang++", "-std=c++17", "-c", "src/%s.cpp"]},\n' "$1" $f $f
  done
  printf '  {"directory": "%s/src", "file": "c.cpp", "command": "clang++ -std=c++17 -c c.cpp"}\n]\n' "$1"
} > compile_commands.json
