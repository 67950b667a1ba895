#!/usr/bin/env python3
"""Proves the two extension points docs/CONTRIBUTING.md walks through.

  check_new_check.py <source-root> <build-dir> <clang-tidy>

On a temporary copy of the tree:

* a check: utils/add_new_check.py creates it; its page must exist and be
  linked from docs/index.md and the README;
* a framework: one knowledge file (lib/knowledge/Sample.cpp, written as
  CONTRIBUTING says) and its page, nothing else; the framework-docs test
  must fail without the page and pass with it.

Then only what is new is compiled, with the existing build's compile
commands (the new rule and check, the module registration, the knowledge
file), and linked with the build's other objects into a plugin. The plugin
must list the new check (--list-checks) and run it on its generated test
file without a finding, and must apply the new framework's request type and
launcher, and stop applying them when `Frameworks` does not select it.
Takes about a minute on two cores.
"""
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

NAME = "sample-rule"
CLASS = "SampleRule"

# A framework as docs/CONTRIBUTING.md says to add one: a request type, a
# launcher and named rows, registered by the file itself.
KNOWLEDGE = """\
#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using O = Ownership;
const ContextTypeRow Types[] = {
    {"sample::Request", O::Borrowed,
     "a copy of the fields needed such as '%0%1path'", false,
     /*ValueType=*/true, "path = %0%1path"},
};

using L = LaunchKind;
const LauncherRow Launchers[] = {
    {"sample::Loop::defer", L::Always, 0, "a handler deferred to a sample loop"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "sample::Server"},
    {R::CancellationCheck, "sample::Request::aborted"},
};

const FrameworkKnowledge Framework{"sample", /*Selectable=*/true,
                                   /*Precedence=*/90, Types, Launchers, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
"""

PAGE = """\
# Sample

Selected by `Frameworks` as `sample`.

| Name | Role |
|---|---|
| `sample::Request` | borrowed request type |
| `sample::Loop::defer` | always runs later |
| `sample::Server` | lives as long as the server |
| `sample::Request::aborted` | its result says the request is cancelled |
"""

USE = """\
namespace sample {
struct Request { const char *path; bool aborted() const; };
struct Loop { template <class F> void defer(F f) { (void)f; } };
}
sample::Request *g_last;
void handle(sample::Request &req, sample::Loop &loop) {
  g_last = &req;
  loop.defer([&req] { (void)req.path; });
}
"""


def fail(msg):
    sys.stderr.write("check_new_check: " + msg + "\n")
    sys.exit(1)


def run(cmd, **kw):
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       universal_newlines=True, **kw)
    if p.returncode != 0:
        fail("%s failed (%d):\n%s%s" % (" ".join(cmd[:3]), p.returncode, p.stdout, p.stderr))
    return p.stdout


def snapshot(root):
    """Every file under root (relative path -> contents)."""
    files = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            with open(p, "rb") as f:
                files[os.path.relpath(p, root)] = f.read()
    return files


def main():
    src, build, clang_tidy = (os.path.abspath(a) for a in sys.argv[1:4])
    with open(os.path.join(build, "compile_commands.json")) as f:
        commands = json.load(f)
    core = [c for c in commands if "/lib/" in c["file"] and "ctxlifeCore.dir" in c["command"]]
    checks = [c for c in commands if "ctxlifeChecks.dir" in c["command"]]
    if not core or not checks:
        fail("no compile commands for ctxlifeCore and ctxlifeChecks in " + build)
    tmp = tempfile.mkdtemp(prefix="ctxlife-new-check-")
    try:
        for d in ("lib", "checks", "docs", "utils"):
            shutil.copytree(os.path.join(src, d), os.path.join(tmp, d))
        shutil.copy(os.path.join(src, "README.md"), tmp)
        os.makedirs(os.path.join(tmp, "test", "checkers"))
        out = run([sys.executable, os.path.join(tmp, "utils", "add_new_check.py"),
                   "--root", tmp, "--summary", "finds nothing yet", NAME])
        sys.stdout.write(out)

        # Documented: the page, and the links to it.
        page = os.path.join(tmp, "docs", "checks", "ctxlife-%s.md" % NAME)
        with open(page) as f:
            text = f.read()
        for part in ("# ctxlife-%s\n" % NAME, "## Options", "## Limitations"):
            if part not in text:
                fail("the page lacks %r" % part)
        for doc, link in (("docs/index.md", "checks/ctxlife-%s.md" % NAME),
                          ("README.md", "docs/checks/ctxlife-%s.md" % NAME)):
            with open(os.path.join(tmp, doc)) as f:
                if link not in f.read():
                    fail("%s does not link %s" % (doc, link))

        # The framework: its knowledge file; without its page, the
        # framework-docs test fails, with it, it passes.
        added = snapshot(tmp)
        with open(os.path.join(tmp, "lib", "knowledge", "Sample.cpp"), "w") as f:
            f.write(KNOWLEDGE)
        docs_test = [sys.executable, os.path.join(src, "test", "new-check",
                                                  "check_framework_docs.py"), tmp]
        if subprocess.run(docs_test, stdout=subprocess.DEVNULL).returncode == 0:
            fail("framework-docs passes without docs/frameworks/sample.md")
        with open(os.path.join(tmp, "docs", "frameworks", "sample.md"), "w") as f:
            f.write(PAGE)
        run(docs_test)
        changed = sorted(k for k, v in snapshot(tmp).items() if added.get(k) != v)
        if changed != ["docs/frameworks/sample.md", "lib/knowledge/Sample.cpp"]:
            fail("adding the framework changed more than its two files: %s" % changed)

        # Builds: compile what is new or changed with the build's flags.
        objdir = os.path.join(tmp, "obj")
        os.makedirs(objdir)
        def compile_cmd(template, source, obj):
            args = shlex.split(template["command"])
            i = args.index("-o")
            args[i + 1] = obj
            args[-1] = source
            return [a.replace("-I" + src, "-I" + tmp) for a in args]
        units = [(core[0], "lib/rules/%s/%s.cpp" % (NAME, CLASS)),
                 (checks[0], "checks/%sCheck.cpp" % CLASS),
                 (checks[0], "checks/CtxLifeTidyModule.cpp"),
                 (core[0], "lib/knowledge/Sample.cpp")]
        jobs, new_objs = [], []
        for template, rel in units:
            obj = os.path.join(objdir, os.path.basename(rel) + ".o")
            new_objs.append(obj)
            jobs.append(subprocess.Popen(
                compile_cmd(template, os.path.join(tmp, rel), obj),
                cwd=template["directory"], stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT, universal_newlines=True))
            if len(jobs) == 2 or rel == units[-1][1]:
                for j in jobs:
                    output = j.communicate()[0]
                    if j.returncode != 0:
                        fail("compiling failed:\n" + output)
                jobs = []
        # Links: the build's other objects and the new ones into a plugin.
        def output_of(c):
            args = shlex.split(c["command"])
            return os.path.join(c["directory"], args[args.index("-o") + 1])
        objs = [output_of(c) for c in core + checks
                if not c["file"].endswith("CtxLifeTidyModule.cpp")]
        plugin = os.path.join(tmp, "CtxLifeTidyModule.so")
        compiler = shlex.split(checks[0]["command"])[0]
        run([compiler, "-shared", "-fPIC", "-Wl,-z,now", "-o", plugin] + objs + new_objs)

        # Registered: listed, and runs on its test without a finding.
        listed = run([clang_tidy, "--load=" + plugin, "--checks=-*,ctxlife-*",
                      "--list-checks"])
        for check in ("ctxlife-%s" % NAME, "ctxlife-long-lived-store"):
            if check not in listed:
                fail("%s is not listed:\n%s" % (check, listed))
        test = os.path.join(tmp, "test", "checkers", NAME + ".cpp")
        inputs = os.path.join(src, "test", "Inputs")
        found = run([clang_tidy, "--load=" + plugin, "--checks=-*,ctxlife-%s" % NAME,
                     "--config={}", test, "--", "-std=c++20", "-isystem", inputs])
        if "warning:" in found or "error:" in found:
            fail("the generated test is not quiet:\n" + found)
        print("ctxlife-%s: created, built, listed, documented" % NAME)

        # The framework applies, and Frameworks= selects it.
        use = os.path.join(tmp, "use.cpp")
        with open(use, "w") as f:
            f.write(USE)
        def findings(frameworks):
            config = "{CheckOptions: {Frameworks: '%s'}}" % frameworks
            return run([clang_tidy, "--load=" + plugin,
                        "--checks=-*,ctxlife-long-lived-store,ctxlife-detached-capture",
                        "--config=" + config, use, "--", "-std=c++17"])
        found = findings("all")
        for part in ("'sample::Request *' is stored in global 'g_last'", "[ctxlife-long-lived-store]",
                     "by a handler deferred to a sample loop", "[ctxlife-detached-capture]"):
            if part not in found:
                fail("the sample framework is not applied (no %r):\n%s" % (part, found))
        found = findings("grpc")
        if "warning:" in found:
            fail("Frameworks=grpc still applies the sample framework:\n" + found)
        print("framework 'sample': one knowledge file and its page, built, applied, selected")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
