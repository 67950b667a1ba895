//===--- Runner.h - runs the checks over translation units ------*- C++ -*-===//
//
// clang-tidy's engine (ClangTidyASTConsumerFactory, ClangTidyDiagnosticConsumer)
// driven by a ClangTool, with one addition: unless the header filter asks
// for findings in headers, AST traversal is scoped to the main file's own
// top-level declarations (ASTContext::setTraversalScope), which keeps the
// checks near the cost of the parse. Findings do not depend on the scope:
// lib/ analyzes helper functions in headers on demand.
//
// The standalone driver runs it in a worker process, one translation unit
// per process (tool/Worker.h). Compile commands are input, not trusted
// code: flags that would load code into the compiler are removed again
// after the configuration's ExtraArgs are added, and the invocation never
// loads plugins.
//
// With \p Inputs, it also records every file the translation unit read and
// the hash of the content it read, for the result cache (tool/Cache.h).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_RUNNER_H
#define CTXLIFE_TOOL_RUNNER_H

#include "tool/Cache.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <string>
#include <vector>

namespace ctxlife::driver {

std::vector<clang::tidy::ClangTidyError>
runChecks(clang::tidy::ClangTidyContext &Context,
          const clang::tooling::CompilationDatabase &Compilations,
          llvm::ArrayRef<std::string> Files,
          llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS,
          bool FixesFromNotes, bool &ToolFailed,
          std::vector<CacheInput> *Inputs = nullptr);

} // namespace ctxlife::driver

#endif
