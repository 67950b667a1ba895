//===--- ConfigFiles.h - the .clang-tidy files of a run --------*- C++ -*-===//
//
// clang-tidy reads the nearest `.clang-tidy` above each file (and those above
// it while InheritParentConfig is true). When one cannot be parsed, clang-tidy
// prints the parser's error and goes on without it, with the defaults or a
// configuration further up: a gate could pass with another configuration
// than the project's. ctxlife checks every such file before any analysis
// and stops with one line naming it (exit code 2).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_CONFIGFILES_H
#define CTXLIFE_TOOL_CONFIGFILES_H

#include "llvm/ADT/ArrayRef.h"
#include <string>

namespace ctxlife::driver {

/// Checks the `.clang-tidy` files that configure \p Files (absolute paths),
/// as clang-tidy finds them: each must be readable, text, and valid
/// configuration. An empty file is skipped, as clang-tidy skips it. Prints
/// `invalid configuration in <file>:<line>:<column>: <message>` (or
/// `cannot read configuration file '<file>': <reason>`) for the first bad
/// one and returns false.
bool validateConfigFiles(llvm::ArrayRef<std::string> Files);

} // namespace ctxlife::driver

#endif
