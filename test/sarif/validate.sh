#!/usr/bin/env bash
# validate.sh - checks ctxlife's SARIF against Microsoft's SARIF validator
# (SARIF Multitool, from the npm registry): the SARIF 2.1.0 JSON schema, the
# SARIF rules, and the GitHub code-scanning ingestion rules ("Gh").
#
# Usage: test/sarif/validate.sh [FILE.sarif...]
#   Without files, makes two: a temporary git repository with a finding, a
#   note, a fix-it and a failed translation unit, run with --format=sarif;
#   and one whose findings have paths (code flows), written with
#   --export-sarif.
# Needs npm and network access to the npm registry (not run by ctest: the
# suite stays offline). The tool is cached in ${CTXLIFE_SARIF_TOOLS:-~/.cache/ctxlife-sarif}.
# Prints the validator's findings at level error and warning; exit 0 when
# there are none, 1 otherwise.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
CTXLIFE="${CTXLIFE:-$repo/build/bin/ctxlife}"
tools="${CTXLIFE_SARIF_TOOLS:-$HOME/.cache/ctxlife-sarif}"
multitool="$tools/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [ ! -x "$multitool" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm install --silent --no-audit --no-fund @microsoft/sarif-multitool@5.7.0 >/dev/null)
fi
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  sh "$repo/test/tool/Inputs/project/setup.sh" "$work/p"
  printf 'struct S { void f() {}; };\n' >> "$work/p/src/a.cpp"
  printf 'int broken(\n' >> "$work/p/src/b.cpp"
  rc=0
  (cd "$work/p" && "$CTXLIFE" --quiet --format=sarif --output="$work/run.sarif" \
      --checks='ctxlife-*,clang-diagnostic-extra-semi' --extra-arg=-Wextra-semi 2>/dev/null) || rc=$?
  if [ "$rc" -ne 3 ]; then
    echo "validate.sh: expected exit 3 from ctxlife (findings and a broken file), got $rc" >&2
    exit 1
  fi
  sh "$repo/test/tool/Inputs/paths/setup.sh" "$work/paths" "$repo/test/Inputs"
  rc=0
  (cd "$work/paths" && "$CTXLIFE" --quiet --export-sarif="$work/paths.sarif" > /dev/null 2>&1) || rc=$?
  if [ "$rc" -ne 1 ]; then
    echo "validate.sh: expected exit 1 from ctxlife (findings with paths), got $rc" >&2
    exit 1
  fi
  files=("$work/run.sarif" "$work/paths.sarif")
fi
status=0
for f in "${files[@]}"; do
  out="$(mktemp)"
  "$multitool" validate --rule-kind "Gh;Sarif" --level "Error;Warning;Note" \
      --output "$out.sarif" "$f" > "$out" 2>&1 || true
  if grep -E ': (error|warning) ' "$out"; then
    status=1
  fi
  if ! grep -q 'Analysis completed successfully' "$out"; then
    cat "$out"
    status=1
  fi
  echo "$f: $(grep -c ': note ' "$out" || true) notes, $(grep -cE ': (error|warning) ' "$out" || true) errors or warnings"
  rm -f "$out" "$out.sarif"
done
exit $status
