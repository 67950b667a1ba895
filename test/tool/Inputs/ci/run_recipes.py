"""run_recipes.py <repo> <project> <github|gitlab|docs> [event]
   run_recipes.py <repo> <project> sharded <work> <sha>
checks the CI recipes of docs/ci.md and runs what can run offline.

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
sharded: validates docs/ci/github-sharded.yml (the merge job may upload to
  code scanning and does so also when findings fail it) and runs it on
  <project> for the commit <sha>: every job in the order of its `needs`,
  once per matrix combination, in one workspace path (<work>/workspace, as
  GitHub gives each job the same one), with actions/cache (restored from
  and saved to <work>/caches by key and restore-keys), upload-artifact and
  download-artifact (<work>/artifacts) and upload-sarif (<work>/uploaded)
  simulated. Prints one line per job; each step's output is in
  <work>/logs/<job>[-<matrix values>]/<n>.log.
docs: docs/ci.md embeds each recipe file byte for byte.
"""
import fnmatch
import glob
import itertools
import json
import os
import re
import shutil
import subprocess
import sys

import yaml

repo, project, mode = sys.argv[1:4]
event = sys.argv[4] if len(sys.argv) > 4 and mode != "sharded" else "pull_request"
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


def copy_into(src, dst):
    if os.path.isdir(src):
        shutil.copytree(src, dst, dirs_exist_ok=True, symlinks=True)
    else:
        os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
        shutil.copy2(src, dst)


class Workflow:
    """Runs a workflow of several jobs (docs/ci/github-sharded.yml)."""

    def __init__(self, work, sha):
        self.work = os.path.abspath(work)
        self.workspace = os.path.join(self.work, "workspace")
        self.sha = sha
        for sub in ("caches", "artifacts", "uploaded", "logs"):
            os.makedirs(os.path.join(self.work, sub), exist_ok=True)

    def condition(self, cond, ctx, failed):
        """`if:` as the recipe uses it: always(), or an output compared with ''."""
        if "always()" in cond:
            return True
        if failed:
            return False
        if not cond:
            return True
        m = re.fullmatch(r"\s*([\w.-]+)\s*(==|!=)\s*''\s*", cond)
        if not need(m is not None, "unsupported condition: " + cond):
            return False
        empty = expr("${{ %s }}" % m.group(1), ctx) == ""
        return empty if m.group(2) == "==" else not empty

    def run_job(self, label, job, ctx):
        logs = os.path.join(self.work, "logs", label)
        shutil.rmtree(logs, ignore_errors=True)
        os.makedirs(logs)
        shutil.rmtree(self.workspace, ignore_errors=True)
        os.makedirs(self.workspace)
        saves, failed = [], False
        for number, step in enumerate(job["steps"], 1):
            if not self.condition(step.get("if", ""), ctx, failed):
                continue
            with open(os.path.join(logs, "%d.log" % number), "w") as log:
                ok = self.action(step, ctx, log, saves) if "uses" in step else self.shell(step, ctx, log)
            failed = failed or not ok
        if not failed:  # actions/cache saves after a successful job
            for path, key in saves:
                copy_into(path, os.path.join(self.work, "caches", key))
        return "failure" if failed else "success"

    def shell(self, step, ctx, log):
        script = expr(step["run"], ctx)
        if "ctxlife_" in script and ".deb" in script:
            need("apt-get install -y ./ctxlife_" in script, "the install step does not install the .deb")
            log.write("not run (downloads the release)\n")
            return True
        if "apt-get" in script:
            log.write("not run (installs packages)\n")
            return True
        output = os.path.join(self.work, "github_output")
        open(output, "w").close()
        env = dict(os.environ, GITHUB_OUTPUT=output, GITHUB_WORKSPACE=self.workspace,
                   GITHUB_SHA=self.sha, GITHUB_EVENT_NAME="push", CI="true",
                   GITHUB_STEP_SUMMARY=os.path.join(self.work, "step-summary.md"))
        env.pop("CTXLIFE_CACHE_DIR", None)
        log.flush()
        rc = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                             cwd=self.workspace, env=env, stdout=log, stderr=subprocess.STDOUT)
        log.write("[exit %d]\n" % rc)
        if "id" in step:
            outs = dict(l.split("=", 1) for l in open(output).read().splitlines() if "=" in l)
            ctx["steps"][step["id"]] = {"outputs": outs}
        return rc == 0

    def action(self, step, ctx, log, saves):
        uses = step["uses"].split("@")[0]
        given = {k: expr(v, ctx) for k, v in (step.get("with") or {}).items()}
        ws, store = self.workspace, os.path.join(self.work, "caches")
        if uses == "actions/checkout":
            copy_into(project, ws)
        elif uses == "actions/cache":
            path = os.path.join(ws, given["path"])
            hit = given["key"] if os.path.isdir(os.path.join(store, given["key"])) else None
            for prefix in ([] if hit else given.get("restore-keys", "").split("\n")):
                keys = [k for k in os.listdir(store) if prefix and k.startswith(prefix)]
                if keys:
                    hit = max(keys, key=lambda k: os.path.getmtime(os.path.join(store, k)))
                    break
            if hit:
                copy_into(os.path.join(store, hit), path)
            log.write("cache %s\n" % ("hit " + hit if hit else "miss"))
            if hit != given["key"]:
                saves.append((path, given["key"]))
        elif uses == "actions/upload-artifact":
            files = glob.glob(os.path.join(ws, given["path"]))
            if not files:
                log.write("no files match %s\n" % given["path"])
                return False
            for f in files:
                copy_into(f, os.path.join(self.work, "artifacts", given["name"], os.path.relpath(f, ws)))
        elif uses == "actions/download-artifact":
            need(str(given.get("merge-multiple")).lower() == "true", "download-artifact without merge-multiple")
            artifacts = os.path.join(self.work, "artifacts")
            for name in sorted(os.listdir(artifacts)):
                if fnmatch.fnmatch(name, given["pattern"]):
                    copy_into(os.path.join(artifacts, name), ws)
        elif uses == "github/codeql-action/upload-sarif":
            sarif = os.path.join(ws, given["sarif_file"])
            if not os.path.exists(sarif):
                log.write("upload-sarif: no file %s\n" % given["sarif_file"])
                return False
            doc = json.load(open(sarif))
            need(doc.get("version") == "2.1.0", "upload-sarif: not a SARIF 2.1.0 log")
            shutil.copy2(sarif, os.path.join(self.work, "uploaded", given.get("category", "default") + ".sarif"))
        else:
            errors.append("action not simulated: " + step["uses"])
            return False
        return True

    def run(self, flow):
        jobs, outcome = flow["jobs"], {}
        pending = list(jobs)
        while pending:
            needs = lambda j: [jobs[j]["needs"]] if isinstance(jobs[j].get("needs"), str) else jobs[j].get("needs", [])
            ready = [j for j in pending if all(n in outcome for n in needs(j))]
            if not need(ready, "jobs with unmet needs: %s" % pending):
                return
            for name in ready:
                pending.remove(name)
                if any(outcome[n] != "success" for n in needs(name)):
                    outcome[name] = "skipped"
                    print("job %s: skipped" % name)
                    continue
                matrix = (jobs[name].get("strategy") or {}).get("matrix") or {}
                keys, results = sorted(matrix), []
                for values in itertools.product(*(matrix[k] for k in keys)):
                    combo = dict(zip(keys, values))
                    ctx = {"github": {"sha": self.sha}, "matrix": combo, "steps": {}}
                    label = name + "".join("-%s" % v for v in values)
                    results.append(self.run_job(label, jobs[name], ctx))
                    shown = ", ".join("%s=%s" % kv for kv in combo.items())
                    print("job %s%s: %s" % (name, " (%s)" % shown if shown else "", results[-1]), flush=True)
                outcome[name] = "success" if all(r == "success" for r in results) else "failure"


def sharded():
    flow = load("docs/ci/github-sharded.yml")
    need(flow.get("permissions", {}).get("contents") == "read", "no permissions: contents: read")
    for name, job in flow["jobs"].items():
        for s in job["steps"]:
            if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"):
                need(job.get("permissions", {}).get("security-events") == "write",
                     "job %s uploads SARIF without security-events: write" % name)
                need("always()" in s.get("if", ""), "upload-sarif does not run when findings fail the job")
    Workflow(sys.argv[4], sys.argv[5]).run(flow)


def docs():
    text = open(os.path.join(repo, "docs/ci.md")).read()
    for path in ("docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml",
                 "docs/ci/github-sharded.yml", "action.yml"):
        content = open(os.path.join(repo, path)).read()
        block = "```yaml\n" + content + "```\n"
        if path == "action.yml":
            continue  # action.yml is documented by its inputs, not copied
        need(block in text, "docs/ci.md does not embed %s byte for byte" % path)
        print("docs/ci.md embeds " + path)
    for name in load("action.yml")["inputs"]:
        need("`%s`" % name in text, "docs/ci.md does not document the input " + name)


{"github": github, "gitlab": gitlab, "sharded": sharded, "docs": docs}[mode]()
if errors:
    sys.exit("\n".join(errors))
