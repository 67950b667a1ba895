#!/bin/sh
# setup.sh <dir>: a small CMake project in a git repository with an
# `origin` remote (a bare repository in <dir>.origin): main has one finding
# (legacy), the checked-out branch `feature` adds another, as a pull request
# would. The same project serves the GitHub and the GitLab recipes.
set -e
rm -rf "$1" "$1.origin"
mkdir -p "$1/src" "$1/include/app"
cd "$1"
export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@example.com GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@example.com
cat > CMakeLists.txt <<'CMAKE'
cmake_minimum_required(VERSION 3.20)
project(server CXX)
add_library(server src/server.cpp)
target_include_directories(server PUBLIC include)
target_compile_features(server PUBLIC cxx_std_17)
CMAKE
printf '#pragma once\nnamespace app {\nstruct Request {\n  int id;\n};\n} // namespace app\n' > include/app/request.h
printf '#include "app/request.h"\n\napp::Request *g_legacy;\nvoid legacy(app::Request *req) { g_legacy = req; }\n' > src/server.cpp
printf "Checks: '-*,ctxlife-*'\nCheckOptions:\n  ContextTypes: 'app::Request'\n" > .clang-tidy
printf 'build/\n' > .gitignore
git init -q -b main .
git add -A
git commit -qm main
git init -q --bare "$1.origin"
git remote add origin "$1.origin"
git push -q origin main
git checkout -q -b feature
printf '\napp::Request *g_new;\nvoid added(app::Request *req) { g_new = req; }\n' >> src/server.cpp
git commit -qam feature
