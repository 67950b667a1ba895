# -*- Python -*- lit configuration for ctxlife.
import os
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
config.substitutions.append(
    ("%check_ctxlife", "%s %s" % (config.python_executable,
                                  os.path.join(config.test_source_root, "check_ctxlife.py"))))
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
