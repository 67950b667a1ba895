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
class CallExpr;
class Expr;
class FieldDecl;
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

/// An error code that a completion token fills in instead of throwing
/// (`redirect_error(use_awaitable, ec)`), in an awaited operation.
struct RedirectedError {
  clang::SourceLocation Loc; ///< The token's function or class name.
  std::string Token;         ///< `redirect_error`.
  const clang::ValueDecl *Var = nullptr; ///< `ec`, or null.
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
  /// Awaited operations that report their error instead of throwing.
  std::vector<RedirectedError> Redirected;
  /// Variables incremented, decremented or added to.
  llvm::DenseSet<const clang::ValueDecl *> Counters;
  /// The calls of the function `scanBody` was asked about, with the
  /// conditions they are made on.
  struct TargetCall {
    const clang::CallExpr *Call;
    llvm::SmallVector<const clang::Expr *, 4> Conds;
  };
  llvm::SmallVector<TargetCall, 2> TargetCalls;
};

class LoopModel {
public:
  /// \p Order gives a loop's exits and their conditions by control flow.
  LoopModel(SignalModel &Signals, Ordering &Order)
      : Signals(Signals), Order(Order) {}

  /// True for `for (;;)` and a loop whose condition is constantly true.
  static bool isUnboundedLoop(const clang::Stmt *S, const clang::ASTContext &Ctx);
  /// True when the body of the loop \p S (not the lambdas in it) calls a
  /// function of \p Blocking other than one of \p Notified (a condition
  /// variable's wait: the loop around it re-tests the wait's predicate):
  /// a cheap test before a loop with a condition is judged.
  static bool bodyWaits(const clang::Stmt *S, const NameSet &Blocking,
                        const NameSet &Notified);

  /// The facts of the body of \p Loop, a statement of \p Fn; its exits and
  /// the conditions they are taken on by control flow (by the nesting of
  /// statements when \p Fn has no CFG).
  LoopFacts scanLoop(const clang::FunctionDecl *Fn, const clang::Stmt *Loop);
  /// The facts of a function body, as if it were a loop body; with the
  /// calls of \p Target in it.
  LoopFacts scanBody(const clang::Stmt *Body,
                     const clang::FunctionDecl *Target = nullptr);

  /// A helper that throws (or lets I/O throw) when the request is cancelled
  /// ends the loop that calls it.
  bool throwsOnCancel(const clang::FunctionDecl *FD);

  /// Counts iterations or compares against a clock: the loop ends. With
  /// \p SmallCountsOnly, a counter bounds the loop only when it is compared
  /// against a constant of at most `SmallLoopCount` (a loop that waits and
  /// ignores what its writes report is not excused by a long count).
  bool isBound(const clang::Expr *E,
               const llvm::DenseSet<const clang::ValueDecl *> &Counters,
               bool SmallCountsOnly = false) const;
  static constexpr int64_t SmallLoopCount = 10;

  /// Does awaiting the asynchronous operation \p Op (`co_await
  /// t.async_wait(token)`, or one that suspends a stackful coroutine) end
  /// the loop when the request is cancelled? Not when its token hands the
  /// error to the code (recorded in \p Out), nor when it waits on a timer
  /// nobody else can cancel.
  bool operationCancels(const clang::CallExpr *Op, const clang::FunctionDecl *Fn,
                        LoopFacts *Out);

  SignalModel &signals() { return Signals; }

private:
  SignalModel &Signals;
  Ordering &Order;
  /// 1: throws on cancellation, 0: does not, -1: being computed.
  llvm::DenseMap<const clang::FunctionDecl *, int> ThrowingBodies;
  /// Per timer member: does a member function of its class cancel it?
  llvm::DenseMap<const clang::FieldDecl *, bool> CancelledTimers;
  bool isPrivateTimer(const clang::Expr *Obj, const clang::FunctionDecl *Fn);
};

} // namespace ctxlife

#endif
