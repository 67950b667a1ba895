//===--- DefaultChecks.h - ctxlife's checks on by default in clangd -*- C++ -*-===//
//
// clangd chooses the clang-tidy checks of a file from, in order: .clang-tidy
// files, the clangd configuration (`Diagnostics: ClangTidy: Add/Remove`),
// clangd's own defaults when nothing chose any, and a list of checks clangd
// cannot run; then it keeps only checks it knows to be fast unless
// `Diagnostics: ClangTidy: FastCheckFilter` says otherwise (TidyProvider.cpp and
// ParsedAST.cpp of clangd 19). ctxlife-clangd adds two rules at link time
// (`ld --wrap`, see CMakeLists.txt), because clangd's main offers no hook:
//
//   - after clangd's own providers, ctxlife's checks are enabled as if they
//     were part of the base the configuration starts from: `ctxlife-*` goes
//     right after the last bare `*` or `-*` glob, so `-*,bugprone-*` keeps them
//     and a later `-ctxlife-*` (or clangd's `Remove: ctxlife-detached-capture`)
//     still switches them off; a configuration that enables a ctxlife check by
//     name (`ctxlife-*`, `ctxlife-long-lived-store`) decides alone;
//   - ctxlife's checks count as fast (test/bench: ~1.04x the parse), so the
//     fast-check filter keeps them.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_CLANGD_DEFAULTCHECKS_H
#define CTXLIFE_TOOL_CLANGD_DEFAULTCHECKS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <string>

namespace ctxlife::clangd {

/// The names of ctxlife's checks, from the clang-tidy module registry.
llvm::ArrayRef<std::string> ctxlifeCheckNames();

/// \p Checks (clang-tidy's comma-separated globs) with ctxlife's checks
/// (\p Names) enabled by default, as described above.
std::string withCtxLifeChecks(llvm::StringRef Checks, llvm::ArrayRef<std::string> Names);

} // namespace ctxlife::clangd

#endif
