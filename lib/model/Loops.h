//===--- Loops.h - how a loop can end ---------------------------*- C++ -*-===//
//
// What a loop body does: how it can be left and on which conditions, whether
// it waits, which cancellation results it ignores, which variables count
// its iterations, and whether it ends by itself when the request is
// cancelled (I/O that throws, a cancelling awaitable). Shared by the rules
// that judge loops run for a request.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LOOPS_H
#define CTXLIFE_LIB_MODEL_LOOPS_H

#include "lib/model/Ordering.h"
#include "lib/model/Signals.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class Expr;
class FunctionDecl;
class Stmt;
class ValueDecl;
} // namespace clang

namespace ctxlife {

/// A call whose result says the request is cancelled, ignored in a loop.
struct IgnoredSignal {
  clang::SourceLocation Loc;
  std::string Callee; ///< `Write`, `mg_write`.
};

/// What a loop body (or a function body, for helpers) does.
struct LoopFacts {
  /// A way out (`break`, `return`, `throw`, a `goto` out, a call that does
  /// not return) and the conditions it is taken on.
  struct Exit {
    const clang::Stmt *S;
    llvm::SmallVector<const clang::Expr *, 4> Conds;
  };
  llvm::SmallVector<Exit, 4> Exits;
  /// The body ends by itself when the request is cancelled.
  bool ImplicitCancel = false;
  /// The first call or `co_await` that waits.
  const clang::Expr *Wait = nullptr;
  std::vector<IgnoredSignal> Ignored;
  /// Variables incremented, decremented or added to.
  llvm::DenseSet<const clang::ValueDecl *> Counters;
};

class LoopModel {
public:
  /// \p Order gives a loop's exits and their conditions by control flow.
  LoopModel(SignalModel &Signals, Ordering &Order)
      : Signals(Signals), Order(Order) {}

  /// True for `for (;;)` and a loop whose condition is constantly true.
  static bool isUnboundedLoop(const clang::Stmt *S, const clang::ASTContext &Ctx);

  /// The facts of the body of \p Loop, a statement of \p Fn; its exits and
  /// the conditions they are taken on by control flow (by the nesting of
  /// statements when \p Fn has no CFG).
  LoopFacts scanLoop(const clang::FunctionDecl *Fn, const clang::Stmt *Loop);
  /// The facts of a function body, as if it were a loop body.
  LoopFacts scanBody(const clang::Stmt *Body);

  /// A helper that throws (or lets I/O throw) when the request is cancelled
  /// ends the loop that calls it.
  bool throwsOnCancel(const clang::FunctionDecl *FD, unsigned Depth = 0);

  /// Counts iterations or compares against a clock: the loop ends.
  bool isBound(const clang::Expr *E,
               const llvm::DenseSet<const clang::ValueDecl *> &Counters) const;

  SignalModel &signals() { return Signals; }

private:
  SignalModel &Signals;
  Ordering &Order;
  /// 1: throws on cancellation, 0: does not, -1: being computed.
  llvm::DenseMap<const clang::FunctionDecl *, int> ThrowingBodies;
};

} // namespace ctxlife

#endif
