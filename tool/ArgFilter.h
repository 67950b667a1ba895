//===--- ArgFilter.h - compiler flags that would load code -----*- C++ -*-===//
//
// A compile database (and a `.clang-tidy`'s ExtraArgs) comes with the pull
// request under test: it is input, not code to run. The flags that would
// load code into the compiler are removed before any analysis. They are
// recognised the way clang recognises them: the command line is parsed with
// clang's own driver option table (clang::driver::getDriverOptTable()), so
// every spelling and alias counts:
//
//  - driver flags: `-fplugin=`, `-fpass-plugin=`, `-fplugin-arg-...`;
//  - frontend (cc1) flags however they reach the frontend: `-load`,
//    `-plugin`, `-add-plugin`, `-plugin-arg-<name>`, `-fpass-plugin=` after
//    `-Xclang`/`-Xclang=`, `-Xpreprocessor` or `-Wp,` (whose values clang
//    joins into one frontend command line, so `-Xclang -load -Xclang x.so`
//    and `-Wp,-load,x.so` are one flag each), `-Xanalyzer`, or a whole
//    `-cc1` command line;
//  - flags wrapped for one target (`-Xarch_<arch>`, `-Xarch_host`,
//    `-Xarch_device`, `-Xopenmp-target[=<triple>]`) or for clang-cl
//    (`/clang:`);
//  - `--config=<file>` (and `--config <file>`) when the file, read as clang
//    reads configuration files, holds any of the above.
//
// The invocation never loads plugins in any case (tool/Runner.cpp): this
// filter is the first line, and the one that tells the user.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_ARGFILTER_H
#define CTXLIFE_TOOL_ARGFILTER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ctxlife::driver {

/// \p Args without the flags that would load code into the compiler; each
/// removed flag is appended to \p Dropped as written (`-Xclang -load
/// -Xclang x.so`, `--config=x.cfg (-fplugin=x.so)`). \p Args is a compile
/// command starting with the compiler when \p HasProgram, else a list of
/// flags (ExtraArgs). Relative `--config` files are found from \p Directory
/// (the compile command's; empty: the current directory).
std::vector<std::string> dropCodeLoadingFlags(const std::vector<std::string> &Args,
                                              std::vector<std::string> &Dropped,
                                              bool HasProgram = true,
                                              llvm::StringRef Directory = "");

/// \p Args without every argument equal to one of \p Removed: clang-tidy's
/// --removed-arg and the configuration's `RemovedArgs` (clang-tidy 22), which
/// match whole arguments as written, not options.
std::vector<std::string> removeArgs(std::vector<std::string> Args,
                                    llvm::ArrayRef<std::string> Removed);

/// Prints one warning per distinct flag of \p Dropped, found in \p What
/// (`the compile commands`, `ExtraArgs of the configuration`).
void warnDroppedFlags(const std::vector<std::string> &Dropped, llvm::StringRef What);

} // namespace ctxlife::driver

#endif
