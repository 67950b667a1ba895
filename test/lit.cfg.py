# -*- Python -*- lit configuration for ctxlife.
import os
import shutil
import lit.formats

# ctest runs lit on source paths with --param site=<build>/test/lit.site.cfg.py.
if not hasattr(config, "ctxlife_obj_root"):
    lit_config.load_config(config, lit_config.params["site"])

config.name = "ctxlife"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "samples", "proto", "bench", "gen.sh", "check.sh"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ctxlife_obj_root, "test")

for var in ("HOME", "PATH", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
# The LLVM major of this build (19 or 22): every tool below is of that major.
# Where clang itself prints differently in one major (a diagnostic's wording
# or column), a test matches each major's own text: check_ctxlife.py adds the
# FileCheck prefixes CHECK-MESSAGES-LLVM<major> / CHECK-FIXES-LLVM<major>,
# and a .test file passes %llvm_prefixes to FileCheck (CHECK plus
# CHECK-LLVM<major>). The features llvm19/llvm22 are for REQUIRES lines.
config.environment["CTXLIFE_LLVM_MAJOR"] = config.llvm_major
config.available_features.add("llvm" + config.llvm_major)
# The other supported major's clang-tidy, when installed (it is in CI): the
# plugin must refuse to load into it (tool/plugin-other-major.test).
other_major = {"19": "22", "22": "19"}.get(config.llvm_major)
other_tidy = shutil.which("clang-tidy-%s" % other_major) if other_major else None
if other_tidy:
    config.available_features.add("other-major-clang-tidy")
    config.substitutions.append(("%other_clang_tidy", other_tidy))
config.environment["CTXLIFE_CLANG_TIDY"] = os.path.join(config.llvm_bindir, "clang-tidy")
config.environment["CTXLIFE_PLUGIN"] = config.ctxlife_plugin
config.environment["CTXLIFE_TOOL"] = config.ctxlife_tool
config.environment["CTXLIFE_TIDY"] = config.ctxlife_tidy  # empty when not built
config.environment["CTXLIFE_FILECHECK"] = os.path.join(config.llvm_bindir, "FileCheck")
config.environment["CTXLIFE_CLANGXX"] = os.path.join(config.llvm_bindir, "clang++")

inputs = os.path.join(config.test_source_root, "Inputs")
# ctxlife-tidy and ctxlife-clangd (test/delivery/): before %ctxlife, which
# lit would otherwise substitute inside them.
config.substitutions.append(("%ctxlife_tidy", config.ctxlife_tidy))
config.substitutions.append(("%ctxlife_clangd", config.ctxlife_clangd))
config.substitutions.append(("%ctxlife_build", config.ctxlife_obj_root))
config.substitutions.append(("%llvm_bindir", config.llvm_bindir))
config.substitutions.append(("%llvm_major", config.llvm_major))
config.substitutions.append(("%inputs", inputs))
# The cross-major test (cross_major.py run) passes --param
# cross_major_tool=<other major's ctxlife>: every %check_ctxlife line then
# compares this build's findings with that build's instead.
cross_tool = lit_config.params.get("cross_major_tool")
if cross_tool:
    config.environment["CTXLIFE_CROSS_MAJOR_TOOL"] = cross_tool
    # Its own Output/ directories: ctest may run a suite's test beside it.
    config.test_exec_root = os.path.join(config.ctxlife_obj_root, "test-cross-major")
    check_cmd = os.path.join(config.test_source_root, "cross_major.py") + " compare"
else:
    check_cmd = os.path.join(config.test_source_root, "check_ctxlife.py")
config.substitutions.append(
    ("%check_ctxlife", "%s %s" % (config.python_executable, check_cmd)))
config.substitutions.append(("%llvm_prefixes",
    "--allow-unused-prefixes --check-prefixes=CHECK,CHECK-LLVM" + config.llvm_major))
# The test-only binary with the fault hooks (tool/TestHooks.h); before
# %ctxlife, which is a prefix of it.
config.substitutions.append(("%ctxlife_test_hooks", config.ctxlife_test_hooks))
config.substitutions.append(("%ctxlife_bindir", os.path.dirname(config.ctxlife_tool)))
config.substitutions.append(("%ctxlife", config.ctxlife_tool))
config.substitutions.append(("%plugin", config.ctxlife_plugin))
config.substitutions.append(("%clang-tidy", os.path.join(config.llvm_bindir, "clang-tidy")))
config.substitutions.append(("%clangxx", os.path.join(config.llvm_bindir, "clang++")))
config.substitutions.append(("%python", config.python_executable))
# Real tools the gate tests drive (installed by tool/bootstrap.sh): a missing
# one fails the test that needs it, with its name, rather than skipping it.
import shutil
for tool in ("chromium", "pre-commit"):
    config.substitutions.append(("%" + tool, shutil.which(tool) or "missing-" + tool))
config.substitutions.append(("%FileCheck", os.path.join(config.llvm_bindir, "FileCheck")))
config.substitutions.append(("%not", os.path.join(config.llvm_bindir, "not")))
config.substitutions.append(("%count", os.path.join(config.llvm_bindir, "count")))
config.substitutions.append(("%grpc_gen", config.grpc_gen_dir))
# Flags for the hermetic suite: stub framework headers, C++20.
config.substitutions.append(("%stubflags", "-std=c++20 -isystem " + inputs))
# Longer names first: lit substitutes in order.
config.substitutions.append(("%examples_gen", config.examples_gen_dir))
config.substitutions.append(("%examples", os.path.join(config.ctxlife_src_root, "examples")))
# Flags for the real-headers suite (see realheaders/FLAGS.md): what users
# compile with. Asio coroutines in Boost 1.74 need CO_AWAIT forced under
# clang and <utility> first; Pistache 0.0.5's async.h needs delayed parsing.
config.substitutions.append(("%asio_coro_flags",
    "-std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT -DBOOST_ASIO_HAS_STD_COROUTINE -include utility"))
config.substitutions.append(("%pistache_flags",
    "-std=c++17 -fdelayed-template-parsing"))
