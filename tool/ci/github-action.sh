#!/usr/bin/env bash
# github-action.sh - the logic of action.yml (the composite GitHub Action):
# one ctxlife analysis that prints annotations on the pull request, writes
# the step summary and the SARIF file for github/codeql-action/upload-sarif.
#
# Inputs (environment, set by action.yml from the action's inputs):
#   INPUT_BUILD_DIR   directory of compile_commands.json (default: build)
#   INPUT_DIFF_BASE   report only findings on lines changed since this git
#                     ref; default: the merge base with the pull request's
#                     base branch on pull_request events, everything
#                     otherwise; "none": everything
#   INPUT_BASELINE    a baseline file (ctxlife --write-baseline)
#   INPUT_FAIL_ON     findings (default) | failures | never
#   INPUT_SARIF_FILE  where the SARIF log goes (default: ctxlife.sarif)
#   INPUT_ARGS        more ctxlife options, split on white space
# GitHub's own: GITHUB_EVENT_NAME, GITHUB_BASE_REF, GITHUB_STEP_SUMMARY,
# GITHUB_OUTPUT (outputs sarif-file, findings, exit-code).
# Exit code: ctxlife's (docs/cli.md#exit-codes) as fail-on allows; 2 for a
# broken set-up (ctxlife missing, a bad input, no merge base).
set -uo pipefail

fail() {
  echo "::error title=ctxlife::$1"
  exit 2
}

build=${INPUT_BUILD_DIR:-build}
base=${INPUT_DIFF_BASE:-}
baseline=${INPUT_BASELINE:-}
fail_on=${INPUT_FAIL_ON:-findings}
sarif=${INPUT_SARIF_FILE:-ctxlife.sarif}

case $fail_on in
  findings|failures|never) ;;
  *) fail "fail-on must be findings, failures or never, not '$fail_on'" ;;
esac
command -v ctxlife > /dev/null ||
  fail "ctxlife is not installed: install it before this step (docs/ci.md#install)"

# A pull request reports the lines it changes: since the merge base with
# its base branch (actions/checkout needs fetch-depth: 0 for it).
if [[ -z $base && ${GITHUB_EVENT_NAME:-} == pull_request* && -n ${GITHUB_BASE_REF:-} ]]; then
  if ! git rev-parse --verify --quiet "origin/$GITHUB_BASE_REF" > /dev/null; then
    git fetch --no-tags --quiet origin \
      "+refs/heads/$GITHUB_BASE_REF:refs/remotes/origin/$GITHUB_BASE_REF" ||
      fail "cannot fetch the base branch '$GITHUB_BASE_REF'"
  fi
  base=$(git merge-base "origin/$GITHUB_BASE_REF" HEAD) ||
    fail "no merge base with 'origin/$GITHUB_BASE_REF': check out with fetch-depth: 0"
fi
[[ $base == none ]] && base=

args=(-p "$build" --format=github --export-sarif="$sarif")
[[ -n $base ]] && args+=(--diff-base="$base")
[[ -n $baseline ]] && args+=(--baseline="$baseline")
read -r -a extra <<< "${INPUT_ARGS:-}"

echo "ctxlife ${args[*]} ${extra[*]}"
ctxlife "${args[@]}" "${extra[@]}"
rc=$?

findings=0
if [[ -f $sarif ]]; then
  findings=$(grep -c '"ruleId":' "$sarif" || true)
fi
if [[ -n ${GITHUB_OUTPUT:-} ]]; then
  {
    echo "sarif-file=$sarif"
    echo "findings=$findings"
    echo "exit-code=$rc"
  } >> "$GITHUB_OUTPUT"
fi

case $fail_on in
  findings) exit "$rc" ;;
  failures) [[ $rc -eq 1 ]] && exit 0; exit "$rc" ;;
  never) exit 0 ;;
esac
