"""clang_tidy_flags.py <clang-tidy> <ctxlife> <project-dir>: walks every flag
that `clang-tidy --help` lists and runs ctxlife with it (in a project with a
finding in src/a.cpp). Each must be accepted with clang-tidy's meaning (exit
0 or 1, never "Unknown command line argument") or refused in one line
`not supported by ctxlife: ...`. A flag clang-tidy gains in a later release
that is not in the table below fails the test: decide what ctxlife does with
it (tool/Options.cpp, docs/cli.md), then add it here."""
import re
import subprocess
import sys

clang_tidy, ctxlife, project = sys.argv[1:4]

# flag -> (arguments, expected exit codes); "unsupported" flags exit 2 with
# the one-line message.
FLAGS = {
    "help": (["--help"], {0}),
    "help-list": (["--help-list"], {0}),
    "version": (["--version"], {0}),
    "allow-no-checks": (["--allow-no-checks", "src/a.cpp"], {1}),
    "checks": (["--checks=ctxlife-*", "src/a.cpp"], {1}),
    "config": (["--config={CheckOptions: {ContextTypes: 'app::Request'}}", "src/a.cpp"], {1}),
    "config-file": (["--config-file=config.yaml", "src/a.cpp"], {1}),
    "dump-config": (["--dump-config", "src/a.cpp"], {0}),
    "enable-check-profile": (["--enable-check-profile", "src/a.cpp"], {1}),
    "enable-module-headers-parsing": (["--enable-module-headers-parsing", "src/a.cpp"], {1}),
    # clang-tidy 22's.
    "experimental-custom-checks": (["--experimental-custom-checks", "src/a.cpp"], "unsupported"),
    "exclude-header-filter": (["--exclude-header-filter=x", "src/a.cpp"], {1}),
    "explain-config": (["--explain-config", "src/a.cpp"], {0}),
    "export-fixes": (["--export-fixes=fixes.yaml", "src/a.cpp"], {1}),
    "extra-arg": (["--extra-arg=-DEXTRA", "src/a.cpp"], {1}),
    "extra-arg-before": (["--extra-arg-before=-DEXTRA", "src/a.cpp"], {1}),
    "fix": (["--fix", "src/a.cpp"], {1}),
    "fix-errors": (["--fix-errors", "src/a.cpp"], {1}),
    "fix-notes": (["--fix-notes", "src/a.cpp"], {1}),
    "format-style": (["--format-style=llvm", "src/a.cpp"], {1}),
    "header-filter": (["--header-filter=.*", "src/a.cpp"], {1}),
    "line-filter": (['--line-filter=[{"name":"a.cpp"}]', "src/a.cpp"], {1}),
    "list-checks": (["--list-checks", "src/a.cpp"], {0}),
    "load": (["--load=plugin.so", "src/a.cpp"], "unsupported"),
    "p": (["-p", ".", "src/a.cpp"], {1}),
    "quiet": (["--quiet", "src/a.cpp"], {1}),
    "removed-arg": (["--removed-arg=-DEXTRA", "src/a.cpp"], {1}),
    "store-check-profile": (["--store-check-profile=profile", "src/a.cpp"], {1}),
    "system-headers": (["--system-headers", "src/a.cpp"], {1}),
    "use-color": (["--use-color", "src/a.cpp"], {1}),
    "verify-config": (["--verify-config", "src/a.cpp"], {0}),
    "vfsoverlay": (["--vfsoverlay=overlay.yaml", "src/a.cpp"], {1}),
    "warnings-as-errors": (["--warnings-as-errors=*", "src/a.cpp"], {1}),
}

help_text = subprocess.run([clang_tidy, "--help"], capture_output=True, text=True).stdout
flags = sorted(set(re.findall(r"^  +--?([a-z][a-z-]*)[= ]", help_text, re.M)))
if len(flags) < 30:
    sys.exit("could not read the flags of %s --help: %s" % (clang_tidy, flags))
failures = []
for flag in flags:
    if flag not in FLAGS:
        failures.append("clang-tidy flag --%s is not in the table: decide what ctxlife does "
                        "with it (tool/Options.cpp, docs/cli.md) and add it" % flag)
        continue
    args, expected = FLAGS[flag]
    run = subprocess.run([ctxlife] + args, cwd=project, capture_output=True, text=True)
    err = run.stderr
    if "Unknown command line argument" in err:
        failures.append("--%s: %s" % (flag, err.strip()))
    elif expected == "unsupported":
        first = err.strip().splitlines()[0] if err.strip() else ""
        if run.returncode != 2 or not first.startswith("ctxlife: error: not supported by ctxlife: --" + flag):
            failures.append("--%s: expected one 'not supported' line, got %d: %s" % (flag, run.returncode, err))
        else:
            print("--%s: %s" % (flag, first))
            continue
    elif run.returncode not in expected:
        failures.append("--%s: exit %d, expected %s: %s" % (flag, run.returncode, expected, err[-500:]))
    print("--%s: accepted" % flag)
print("%d flags" % len(flags))
if failures:
    sys.exit("\n".join(failures))
