"""run_recipes.py <repo> <project> <github|gitlab|docs> [event]: checks the CI
recipes of docs/ci.md and runs what can run offline.

github: validates docs/ci/github-workflow.yml against action.yml and GitHub's
  needs (permissions incl. security-events: write, checkout with
  fetch-depth: 0, the action's inputs and outputs, upload-sarif of the
  action's SARIF), then runs it as a runner would on a pull_request (or the
  given event) of <project>: its `run` steps (not the network installs,
  which are only checked), the action through tool/ci/github-action.sh with
  the inputs action.yml passes, and upload-sarif's file. Prints what each
  step did.
gitlab: validates docs/ci/gitlab-ci.yml (a Code Quality report artifact,
  uploaded also when the job fails) and runs its `script` lines in
  <project> with GitLab's variables; prints the report's issues.
docs: docs/ci.md embeds each recipe file byte for byte.
"""
import json
import os
import re
import subprocess
import sys

import yaml

repo, project, mode = sys.argv[1:4]
event = sys.argv[4] if len(sys.argv) > 4 else "pull_request"
errors = []


def need(cond, what):
    if not cond:
        errors.append(what)
    return cond


def load(path):
    with open(os.path.join(repo, path)) as f:
        return yaml.safe_load(f)


def expr(value, context):
    """${{ steps.X.outputs.Y }} and ${{ inputs.X }} in a string."""
    def sub(m):
        path = m.group(1).strip().split(".")
        cur = context
        for part in path:
            cur = cur.get(part, "") if isinstance(cur, dict) else ""
        return str(cur)
    return re.sub(r"\$\{\{(.*?)\}\}", sub, str(value))


def github():
    action = load("action.yml")
    flow = load("docs/ci/github-workflow.yml")
    need(action["runs"]["using"] == "composite", "action.yml is not a composite action")
    step = action["runs"]["steps"][0]
    need("tool/ci/github-action.sh" in step["run"], "action.yml does not run the script")
    need(os.access(os.path.join(repo, "tool/ci/github-action.sh"), os.X_OK),
         "tool/ci/github-action.sh is not executable")
    for name in action["inputs"]:
        need(any("inputs.%s " % name in str(v) or "inputs.%s}" % name in str(v)
                 for v in step["env"].values()), "input %s is not passed to the script" % name)
    perms = flow.get("permissions", {})
    need(perms.get("security-events") == "write", "no permissions: security-events: write")
    need(perms.get("contents") == "read", "no permissions: contents: read")
    triggers = flow.get(True, flow.get("on"))  # YAML 1.1 reads `on` as true
    need("pull_request" in triggers, "the workflow does not run on pull requests")
    (job,) = flow["jobs"].values()
    summary = os.path.join(project, "step-summary.md")
    output = os.path.join(project, "github-output.txt")
    for f in (summary, output):
        open(f, "w").close()
    env = dict(os.environ, GITHUB_EVENT_NAME=event, GITHUB_BASE_REF="main" if event == "pull_request" else "",
               GITHUB_STEP_SUMMARY=summary, GITHUB_OUTPUT=output, GITHUB_WORKSPACE=project,
               GITHUB_ACTION_PATH=repo)
    context = {"steps": {}}
    failed = False
    for s in job["steps"]:
        uses, name = s.get("uses", ""), s.get("name", s.get("uses", ""))
        cond = s.get("if", "")
        if failed and "always()" not in cond:
            print("step %s: skipped (a step before failed)" % name)
            continue
        if uses.startswith("actions/checkout@"):
            need(s.get("with", {}).get("fetch-depth") == 0, "checkout without fetch-depth: 0")
            print("step checkout: fetch-depth 0 (the test project is checked out)")
        elif uses.startswith("ctxlife/ctxlife@"):
            inputs = {k: str(v.get("default", "")) for k, v in action["inputs"].items()}
            for k, v in s.get("with", {}).items():
                need(k in action["inputs"], "the workflow passes an unknown input " + k)
                inputs[k] = str(v)
            step_env = dict(env)
            for k, v in step["env"].items():
                step_env[k] = expr(v, {"inputs": inputs})
            open(output, "w").close()
            run = subprocess.run(["bash", "-c", step["run"]], cwd=project, env=step_env,
                                 capture_output=True, text=True)
            print("step action: exit %d" % run.returncode)
            sys.stdout.write(run.stdout)
            sys.stderr.write(run.stderr)
            outs = dict(l.split("=", 1) for l in open(output).read().splitlines() if "=" in l)
            context["steps"][s.get("id", "ctxlife")] = {"outputs": outs}
            print("outputs: " + " ".join("%s=%s" % kv for kv in sorted(outs.items())))
            failed = run.returncode != 0
        elif uses.startswith("github/codeql-action/upload-sarif@"):
            need("always()" in cond, "upload-sarif does not run when findings fail the job")
            sarif = expr(s["with"]["sarif_file"], context)
            need(sarif != "", "upload-sarif gets no file from the action's outputs")
            path = os.path.join(project, sarif)
            results = len(json.load(open(path))["runs"][0]["results"]) if need(
                os.path.exists(path), "no SARIF file " + path) else -1
            print("step upload-sarif: %s results=%d" % (sarif, results))
        elif "run" in s and "ctxlife_" in s["run"] and ".deb" in s["run"]:
            need("apt-get install -y ./ctxlife_" in s["run"], "the install step does not install the .deb")
            print("step %s: not run (downloads the release)" % name)
        elif "run" in s and "apt-get" in s["run"]:
            print("step %s: not run (installs packages)" % name)
        elif "run" in s:
            run = subprocess.run(["bash", "-e", "-c", s["run"]], cwd=project, env=env,
                                 capture_output=True, text=True)
            print("step %s: exit %d" % (name, run.returncode))
            if run.returncode:
                sys.stderr.write(run.stdout + run.stderr)
            failed = run.returncode != 0
        else:
            errors.append("unexpected step " + name)
    print("--- step summary")
    sys.stdout.write(open(summary).read())


def gitlab():
    ci = load("docs/ci/gitlab-ci.yml")
    (job,) = [v for k, v in ci.items() if isinstance(v, dict) and "script" in v]
    report = job["artifacts"]["reports"]["codequality"]
    need(job["artifacts"].get("when") == "always", "the report is not uploaded when the job fails")
    env = dict(os.environ, CI_PIPELINE_SOURCE="merge_request_event", CI_DEFAULT_BRANCH="main",
               CI_PROJECT_DIR=project)
    rc = 0
    for line in job["before_script"]:
        need(not line.startswith("ctxlife"), "ctxlife runs before the build is configured")
        print("before_script: not run (installs): " + line.split()[0])
    for line in job["script"]:
        run = subprocess.run(["sh", "-c", line], cwd=project, env=env, capture_output=True, text=True)
        print("script: %s: exit %d" % (line.split()[0], run.returncode))
        if run.returncode and not line.startswith("ctxlife"):
            sys.stderr.write(run.stdout + run.stderr)
        rc = rc or run.returncode
    need(os.path.exists(os.path.join(project, report)), "the job wrote no " + report)
    print("job exit %d, report %s" % (rc, report))


def docs():
    text = open(os.path.join(repo, "docs/ci.md")).read()
    for path in ("docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml", "action.yml"):
        content = open(os.path.join(repo, path)).read()
        block = "```yaml\n" + content + "```\n"
        if path == "action.yml":
            continue  # action.yml is documented by its inputs, not copied
        need(block in text, "docs/ci.md does not embed %s byte for byte" % path)
        print("docs/ci.md embeds " + path)
    for name in load("action.yml")["inputs"]:
        need("`%s`" % name in text, "docs/ci.md does not document the input " + name)


{"github": github, "gitlab": gitlab, "docs": docs}[mode]()
if errors:
    sys.exit("\n".join(errors))
