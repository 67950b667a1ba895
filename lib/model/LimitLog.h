//===--- LimitLog.h - analysis bounds that were reached ---------*- C++ -*-===//
//
// No silent limits: where an analysis stops at a bound of Limits.h, it says
// so here, with the bound, its value and the function it was analyzing.
// The log is off by default (the clang-tidy plugin and clangd print
// diagnostics only); the standalone tool turns it on in its worker, writes
// the hits into the worker's report, and prints them with --verbose and in
// its JSON report (docs/user-guide.md#analysis-limits).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LIMITLOG_H
#define CTXLIFE_LIB_MODEL_LIMITLOG_H

#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Decl;
class Stmt;
} // namespace clang

namespace ctxlife {

/// One bound reached: which, its value, and where.
struct LimitHit {
  std::string Name;     ///< The bound's name in Limits.h (`TraceDepth`).
  unsigned Value = 0;   ///< Its value.
  std::string Function; ///< The function analyzed, when known.
  std::string File;     ///< Where the analysis stopped.
  unsigned Line = 0, Column = 0;
};

namespace limitlog {

/// Turns the log on or off for the calling thread, and empties it.
void enable(bool On);
bool enabled();

/// Records that the bound \p Name (of value \p Value) stopped an analysis
/// at \p Loc, inside \p In when known (else the function around \p At is
/// looked up). Each bound is recorded once per place. Cheap when the log is
/// off.
void hit(llvm::StringRef Name, unsigned Value, clang::SourceLocation Loc,
         const clang::ASTContext &Ctx, const clang::Decl *In = nullptr,
         const clang::Stmt *At = nullptr);

/// The hits recorded since the log was enabled (or last taken), in the
/// order they happened; empties the log.
std::vector<LimitHit> take();

/// "TraceDepth (1000) in 'handler' at a.cpp:12:3": a hit as said to users.
std::string describe(const LimitHit &H);

} // namespace limitlog
} // namespace ctxlife

#endif
