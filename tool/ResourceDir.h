//===--- ResourceDir.h - clang's builtin headers at run time ----*- C++ -*-===//
//
// Clang's resource directory holds the compiler's builtin headers
// (<stddef.h>, <stdarg.h>, intrinsics). Every ctxlife executable (ctxlife,
// ctxlife-tidy, ctxlife-clangd) parses code with LLVM's libraries, so it needs
// the directory of the LLVM major it was built with, found where it runs, never
// at a path of the build machine:
//
//   1. <prefix>/lib/clang/<major>, relative to the running executable
//      (<prefix>/bin/<tool>); on Debian, /usr/bin/<tool> finds
//      /usr/lib/clang/<major>, which libclang-common-<major>-dev provides;
//   2. /usr/lib/llvm-<major>/lib/clang/<major>, the same package's own
//      directory, for an installation under any other prefix (or a build tree).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_RESOURCEDIR_H
#define CTXLIFE_TOOL_RESOURCEDIR_H

#include <string>
#include <vector>

namespace ctxlife {

struct ResourceDirSearch {
  /// The first candidate that has include/stddef.h; empty if none has.
  std::string Found;
  /// The directory clang's libraries use by default (candidate 1).
  std::string Default;
  /// Every candidate, in the order tried.
  std::vector<std::string> Tried;
};

/// Looks for the resource directory of the running executable (\p Argv0 and
/// \p MainAddr as for llvm::sys::fs::getMainExecutable).
ResourceDirSearch findResourceDir(const char *Argv0, void *MainAddr);

/// One line saying that no candidate of \p S has the builtin headers, which
/// package provides them, and how to name the directory explicitly (\p Flag).
std::string resourceDirMissing(const ResourceDirSearch &S, const std::string &Flag);

/// Whether \p Args (a command line) already names a resource directory
/// (`-resource-dir`, `--resource-dir`, in any form, also inside
/// `--extra-arg=...`).
bool namesResourceDir(const std::vector<std::string> &Args);

} // namespace ctxlife

#endif
