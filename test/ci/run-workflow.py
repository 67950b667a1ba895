#!/usr/bin/env python3
"""run-workflow.py - runs a GitHub Actions workflow file locally, for tests.

  run-workflow.py --project DIR --work DIR --bin DIR [--sha SHA] WORKFLOW

Runs every job of WORKFLOW in the order of its `needs`, once per matrix
combination, in one workspace path (<work>/workspace, as GitHub gives every
job the same one), with the `run:` steps executed by bash as GitHub does
(`bash --noprofile --norc -eo pipefail`). What needs GitHub is simulated:

  actions/checkout             copies DIR into the workspace
  actions/cache                restores <path> from <work>/caches by key, or by
                               the newest entry whose key starts with a
                               restore key; saves it after the job on a miss
  actions/upload-artifact      copies <path> to <work>/artifacts/<name>
  actions/download-artifact    copies the artifacts matching <pattern> into
                               the workspace (merge-multiple: true)
  github/codeql-action/upload-sarif
                               checks that <sarif_file> is a SARIF 2.1.0 log
                               and copies it to <work>/uploaded/<category>.sarif

`curl -o F <release URL of ctxlife>` and `sudo apt-get install ./ctxlife*.deb`
are the only network and root operations allowed: they succeed without doing
anything, and the ctxlife under test comes first on PATH (--bin). Any other
action, expression or condition the simulator does not know is an error.

Prints one line per job (`job analyze (shard=1): success`) and writes each
step's output to <work>/logs/<job>[-<matrix>]/<n>.log. Exit code 0 when the
workflow ran (whatever the jobs' outcomes), 2 when it could not.
"""
import argparse
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

SHIMS = {
    "curl": """#!/bin/sh
# curl shim: only ctxlife's release download, which it fakes.
out=""; url=""
while [ $# -gt 0 ]; do
  case "$1" in
    -o) out="$2"; shift ;;
    -*o) out="$2"; shift ;;
    http*) url="$1" ;;
  esac
  shift
done
case "$url" in
  https://github.com/ctxlife/ctxlife/releases/*) : > "$out" ;;
  *) echo "curl shim: no network for $url" >&2; exit 22 ;;
esac
""",
    "sudo": "#!/bin/sh\nexec \"$@\"\n",
    "apt-get": """#!/bin/sh
# apt-get shim: installing the downloaded ctxlife package is a no-op (the
# ctxlife under test is on PATH); anything else fails.
case "$*" in
  *install*./ctxlife*.deb*) exit 0 ;;
  *) echo "apt-get shim: not simulated: $*" >&2; exit 100 ;;
esac
""",
}


class WorkflowError(Exception):
    pass


def substitute(text, ctx):
    def value(match):
        expr = match.group(1).strip()
        if expr in ctx:
            return str(ctx[expr])
        raise WorkflowError("unknown expression ${{ %s }}" % expr)
    return re.sub(r"\$\{\{(.*?)\}\}", value, str(text))


def condition(expr, ctx):
    """`if:` conditions of the forms `X != ''` and `X == ''`."""
    m = re.fullmatch(r"\s*([\w.-]+)\s*(==|!=)\s*''\s*", expr)
    if not m:
        raise WorkflowError("unsupported condition: %s" % expr)
    empty = str(ctx.get(m.group(1), "")) == ""
    return empty if m.group(2) == "==" else not empty


def copy_into(src, dst):
    if os.path.isdir(src):
        shutil.copytree(src, dst, dirs_exist_ok=True)
    else:
        os.makedirs(os.path.dirname(dst) or ".", exist_ok=True)
        shutil.copy2(src, dst)


class Runner:
    def __init__(self, args):
        self.project = os.path.abspath(args.project)
        self.work = os.path.abspath(args.work)
        self.workspace = os.path.join(self.work, "workspace")
        self.sha = args.sha
        shims = os.path.join(self.work, "shims")
        os.makedirs(shims, exist_ok=True)
        for name, text in SHIMS.items():
            path = os.path.join(shims, name)
            with open(path, "w") as f:
                f.write(text)
            os.chmod(path, 0o755)
        self.path = os.pathsep.join([os.path.abspath(args.bin), shims, os.environ["PATH"]])
        for sub in ("caches", "artifacts", "uploaded", "logs"):
            os.makedirs(os.path.join(self.work, sub), exist_ok=True)

    def run_job(self, name, job, matrix):
        label = name + "".join("-%s" % v for v in matrix.values())
        logs = os.path.join(self.work, "logs", label)
        shutil.rmtree(logs, ignore_errors=True)
        os.makedirs(logs)
        shutil.rmtree(self.workspace, ignore_errors=True)
        os.makedirs(self.workspace)
        ctx = {"github.sha": self.sha}
        ctx.update({"matrix." + k: v for k, v in matrix.items()})
        saves = []
        failed = False
        for number, step in enumerate(job.get("steps", []), 1):
            if "if" in step and not condition(step["if"], ctx):
                continue
            log = os.path.join(logs, "%d.log" % number)
            if "uses" in step:
                ok = self.action(step, ctx, log, saves)
            else:
                ok = self.shell(step, ctx, log)
            if not ok and not step.get("continue-on-error"):
                failed = True
                break
        if not failed:
            for path, key in saves:
                copy_into(path, os.path.join(self.work, "caches", key))
        return "failure" if failed else "success"

    def shell(self, step, ctx, log):
        script = substitute(step["run"], ctx)
        output = os.path.join(self.work, "github_output")
        open(output, "w").close()
        env = dict(os.environ, PATH=self.path, GITHUB_OUTPUT=output,
                   GITHUB_WORKSPACE=self.workspace, GITHUB_SHA=self.sha, CI="true",
                   GITHUB_ACTIONS="true", GITHUB_STEP_SUMMARY=os.path.join(self.work, "summary"))
        env.pop("CTXLIFE_CACHE_DIR", None)
        with open(log, "w") as out:
            rc = subprocess.call(["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
                                 cwd=self.workspace, env=env, stdout=out, stderr=subprocess.STDOUT)
            out.write("\n[exit %d]\n" % rc)
        if "id" in step:
            for line in open(output):
                key, sep, val = line.rstrip("\n").partition("=")
                if sep:
                    ctx["steps.%s.outputs.%s" % (step["id"], key)] = val
        return rc == 0

    def action(self, step, ctx, log, saves):
        uses = step["uses"].split("@")[0]
        given = {k: substitute(v, ctx) for k, v in (step.get("with") or {}).items()}
        ws = self.workspace
        with open(log, "w") as out:
            out.write("%s %s\n" % (uses, json.dumps(given)))
            if uses == "actions/checkout":
                copy_into(self.project, ws)
            elif uses == "actions/cache":
                path = os.path.join(ws, given["path"])
                store = os.path.join(self.work, "caches")
                hit = given["key"] if os.path.isdir(os.path.join(store, given["key"])) else None
                for prefix in ([] if hit else given.get("restore-keys", "").split("\n")):
                    keys = [k for k in os.listdir(store) if prefix and k.startswith(prefix)]
                    if keys:
                        hit = max(keys, key=lambda k: os.path.getmtime(os.path.join(store, k)))
                        break
                if hit:
                    copy_into(os.path.join(store, hit), path)
                out.write("cache %s\n" % ("hit " + hit if hit else "miss"))
                if hit != given["key"]:
                    saves.append((path, given["key"]))
            elif uses == "actions/upload-artifact":
                dest = os.path.join(self.work, "artifacts", given["name"])
                files = glob.glob(os.path.join(ws, given["path"]))
                if not files:
                    out.write("no files match %s\n" % given["path"])
                    return False
                for f in files:
                    copy_into(f, os.path.join(dest, os.path.relpath(f, ws)))
            elif uses == "actions/download-artifact":
                if str(given.get("merge-multiple")).lower() != "true":
                    raise WorkflowError("download-artifact: only merge-multiple: true is simulated")
                store = os.path.join(self.work, "artifacts")
                for name in sorted(os.listdir(store)):
                    if fnmatch.fnmatch(name, given["pattern"]):
                        copy_into(os.path.join(store, name), os.path.join(ws, given.get("path", "")))
            elif uses == "github/codeql-action/upload-sarif":
                sarif = os.path.join(ws, given["sarif_file"])
                try:
                    doc = json.load(open(sarif))
                except (OSError, ValueError) as e:
                    out.write("upload-sarif: %s\n" % e)
                    return False
                if doc.get("version") != "2.1.0" or not isinstance(doc.get("runs"), list):
                    out.write("upload-sarif: not a SARIF 2.1.0 log\n")
                    return False
                shutil.copy2(sarif, os.path.join(self.work, "uploaded",
                                                 given.get("category", "default") + ".sarif"))
            else:
                raise WorkflowError("action not simulated: %s" % step["uses"])
        return True

    def run(self, workflow):
        jobs = workflow["jobs"]
        outcome = {}
        pending = list(jobs)
        while pending:
            ready = [j for j in pending if all(n in outcome for n in self.needs(jobs[j]))]
            if not ready:
                raise WorkflowError("jobs with unmet or circular needs: %s" % pending)
            for name in ready:
                pending.remove(name)
                job = jobs[name]
                if any(outcome[n] != "success" for n in self.needs(job)):
                    outcome[name] = "skipped"
                    print("job %s: skipped" % name)
                    continue
                matrix = (job.get("strategy") or {}).get("matrix") or {}
                keys = sorted(matrix)
                results = []
                for values in itertools.product(*(matrix[k] for k in keys)):
                    combo = dict(zip(keys, values))
                    result = self.run_job(name, job, combo)
                    results.append(result)
                    shown = ", ".join("%s=%s" % kv for kv in combo.items())
                    print("job %s%s: %s" % (name, " (%s)" % shown if shown else "", result),
                          flush=True)
                outcome[name] = "success" if all(r == "success" for r in results) else "failure"
        return outcome

    @staticmethod
    def needs(job):
        needs = job.get("needs", [])
        return [needs] if isinstance(needs, str) else needs


def main():
    ap = argparse.ArgumentParser(usage=__doc__)
    ap.add_argument("--project", required=True)
    ap.add_argument("--work", required=True)
    ap.add_argument("--bin", required=True)
    ap.add_argument("--sha", default="0" * 40)
    ap.add_argument("workflow")
    args = ap.parse_args()
    try:
        Runner(args).run(yaml.safe_load(open(args.workflow)))
    except WorkflowError as e:
        print("run-workflow.py: %s" % e, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
