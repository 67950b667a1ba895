#!/bin/sh
# scenario.sh <ctxlife-bin-dir> <pre-commit> <repo-root> <work-dir>: drives
# Debian's pre-commit with this repository's .pre-commit-hooks.yaml through
# the commits a team makes, in a throw-away git repository, and prints each
# commit's output and exit code for FileCheck.
#
# The hook repository is a git clone-able copy of .pre-commit-hooks.yaml
# (pre-commit clones it, exactly as it clones the project from GitHub), and
# the hook runs the ctxlife of <ctxlife-bin-dir> (language: system: the
# installed ctxlife, found on PATH).
set -u
bin=$1 precommit=$2 src=$3 work=$4
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"
mkdir -p "$work"
export PATH="$bin:$PATH" PRE_COMMIT_HOME="$work/cache" GIT_CONFIG_NOSYSTEM=1 HOME="$work/home"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global advice.detachedHead false

# The hook repository: this repository's .pre-commit-hooks.yaml, committed.
mkdir "$work/hooks"
cp "$src/.pre-commit-hooks.yaml" "$work/hooks/"
(cd "$work/hooks" && git init -q . && git add . && git commit -qm hooks)
rev=$(cd "$work/hooks" && git rev-parse HEAD)

# The project: a header-using source in build/compile_commands.json.
p="$work/project"
mkdir -p "$p/src" "$p/include/app" "$p/build"
cp "$here/request.h" "$here/handlers.h" "$p/include/app/"
cp "$here/server.cpp" "$p/src/"
printf "Checks: '-*,ctxlife-*'\nCheckOptions:\n  ContextTypes: 'app::Request'\n" > "$p/.clang-tidy"
printf 'build/\n' > "$p/.gitignore"
printf '[{"directory": "%s", "file": "src/server.cpp", "arguments": ["clang++", "-std=c++17", "-Iinclude", "-c", "src/server.cpp"]}]\n' "$p" > "$p/build/compile_commands.json"
cat > "$p/.pre-commit-config.yaml" <<EOF
repos:
  - repo: $work/hooks
    rev: $rev
    hooks:
      - id: ctxlife
EOF
cd "$p"
git init -q .
"$precommit" install > /dev/null

commit() {
  echo "== $1"
  git commit -qm "$1" 2>&1
  echo "exit=$?"
}
restore() { git reset -q HEAD -- . && git checkout -q -- . && git clean -qfd src include; }

git add -A
commit "first commit, clean"

printf 'app::Request *g_req;\nvoid keep(app::Request *req) { g_req = req; }\n' >> src/server.cpp
git add src/server.cpp
commit "staged misuse"
restore

printf '// a clean change\n' >> src/server.cpp
git add src/server.cpp
commit "clean change"

printf '\ninline int twice(const app::Request &req) { return 2 * req.id; }\n' >> include/app/handlers.h
git add include/app/handlers.h
commit "header only, clean"

printf '\ninline const app::Request *g_hdr;\ninline void keep_h(const app::Request &r) { g_hdr = &r; }\n' >> include/app/handlers.h
git add include/app/handlers.h
commit "header only, misuse"
restore

printf '#pragma once\n#include "app/request.h"\ninline const app::Request *g_orphan;\ninline void keep_o(const app::Request &r) { g_orphan = &r; }\n' > include/app/orphan.h
git add include/app/orphan.h
commit "header no source includes"

printf '#include "app/handlers.h"\n\nint count(const app::Request &req) { return req.id; }\n' > src/extra.cpp
git add src/extra.cpp
commit "new file, not in the database, clean"

printf '#include "app/handlers.h"\n\nconst app::Request *g_new;\nvoid keep_n(const app::Request &r) { g_new = &r; }\n' > src/fresh.cpp
git add src/fresh.cpp
commit "new file, not in the database, misuse"
restore

printf 'app::Request *g_old;\nvoid legacy(app::Request *req) { g_old = req; }\n' >> src/server.cpp
git add src/server.cpp
echo "== legacy finding, committed without the hook"
git commit -qm legacy --no-verify; echo "exit=$?"
printf '// unrelated\n' >> src/server.cpp
git add src/server.cpp
commit "old finding outside the staged lines"

mv build build.away
printf '// another change\n' >> src/server.cpp
git add src/server.cpp
commit "no compile database"
mv build.away build
restore

echo "== the hook, by hand: ctxlife --pre-commit with no files takes the staged ones"
printf 'app::Request *g_hand;\nvoid by_hand(app::Request *req) { g_hand = req; }\n' >> src/server.cpp
git add src/server.cpp
ctxlife --pre-commit --quiet 2>&1
echo "exit=$?"
restore
