# -*- Python -*- lit configuration for ctxlife.
import os
import lit.formats

# ctest runs lit on source paths with --param site=<build>/test/lit.site.cfg.py.
if not hasattr(config, "ctxlife_obj_root"):
    lit_config.load_config(config, lit_config.params["site"])

config.name = "ctxlife"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "samples", "proto", "bench"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = os.path.join(config.ctxlife_obj_root, "test")

for var in ("HOME", "PATH", "TMPDIR", "LANG"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
config.environment["CTXLIFE_CLANG_TIDY"] = os.path.join(config.llvm_bindir, "clang-tidy")
config.environment["CTXLIFE_PLUGIN"] = config.ctxlife_plugin
config.environment["CTXLIFE_TOOL"] = config.ctxlife_tool
config.environment["CTXLIFE_FILECHECK"] = os.path.join(config.llvm_bindir, "FileCheck")

inputs = os.path.join(config.test_source_root, "Inputs")
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(
    ("%check_ctxlife", "%s %s" % (config.python_executable,
                                  os.path.join(config.test_source_root, "check_ctxlife.py"))))
config.substitutions.append(("%ctxlife", config.ctxlife_tool))
config.substitutions.append(("%plugin", config.ctxlife_plugin))
config.substitutions.append(("%clang-tidy", os.path.join(config.llvm_bindir, "clang-tidy")))
config.substitutions.append(("%clangxx", os.path.join(config.llvm_bindir, "clang++")))
config.substitutions.append(("%FileCheck", os.path.join(config.llvm_bindir, "FileCheck")))
config.substitutions.append(("%not", os.path.join(config.llvm_bindir, "not")))
config.substitutions.append(("%count", os.path.join(config.llvm_bindir, "count")))
config.substitutions.append(("%grpc_gen", config.grpc_gen_dir))
# Flags for the hermetic suite: stub framework headers, C++20.
config.substitutions.append(("%stubflags", "-std=c++20 -isystem " + inputs))
# Flags for the real-headers suite, per framework (see realheaders/FLAGS.md).
config.substitutions.append(("%realflags", "-std=c++20"))
if config.grpc_gen_dir:
    config.available_features.add("grpc-gen")
