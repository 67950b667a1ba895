//===--- DetachedCapture.h - request contexts in detached work --*- C++ -*-===//
//
// The rules of `ctxlife-detached-capture`: which request-scoped values reach
// work that can run after the request has ended (LauncherModel decides
// which work that is) without owning them: captured by reference, borrowed
// pointers captured by copy, `this` of an object owned through
// `std::shared_ptr` without an owning capture, references and pointers bound
// with `std::bind` or passed to a thread, reference or pointer
// parameters of a coroutine spawned detached, and the `void *` user data a
// C-style launcher runs its function with. Objects that live until the
// request is completed (gRPC callback contexts and reactors, Crow's
// response) may be used by work that completes the request, until it does,
// and by a reactor's own methods and a callback handler until they
// complete it (ReactorLifetimes.cpp). Callbacks the framework keeps and
// runs after the handler returns (content providers) must not refer to
// the handler's locals (Deferred.cpp).
//
// Collect (the launch model's detached work of a function), decide
// (WorkAnalysis: Captures.cpp for captures, bound and passed arguments and
// coroutine parameters; UserData.cpp for `void *` arguments of C-style
// launchers; Completion.cpp for values alive until completion;
// Hints.cpp for what to capture instead and fix-its), findings (below).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_DETACHEDCAPTURE_H
#define CTXLIFE_LIB_RULES_DETACHEDCAPTURE_H

#include "lib/model/ContextModel.h"
#include "lib/model/Destruction.h"
#include "lib/model/Launches.h"
#include "lib/model/Ordering.h"
#include "lib/model/Provenance.h"
#include "clang/Basic/Diagnostic.h"
#include "llvm/ADT/DenseSet.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace ctxlife {

/// How a request-scoped value reaches the work.
enum class CaptureHow {
  ByReference,    ///< `[&req]`, `[&]`.
  BorrowedCopy,   ///< `[ctx]`: a copy of a pointer the work does not own.
  This,           ///< `[this]` of an object owned through `shared_ptr`.
  Bound,          ///< An argument of `std::bind` (or a bind-like call).
  ThreadArgument, ///< An argument handed to the thread or launcher.
  CoroutineParam, ///< A reference or pointer parameter of a coroutine.
  UserData,       ///< The `void *` argument a C-style launcher runs a
                  ///< function with (`pthread_create(&t, 0, entry, arg)`).
  AfterCompletion, ///< Used after the work (or, when the finding names no
                   ///< work, the reactor or handler itself) completed the
                   ///< request.
  LocalByReference ///< A local of the function by reference in a callback
                   ///< the framework runs after the handler has returned.
};

struct CaptureFinding {
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  CaptureHow How;
  /// What is captured, as written: `req`, `this`, `std::ref(req)`.
  std::string Name;
  /// Its type, printed as users know it; empty for `this`.
  std::string Type;
  /// Where it comes from; for `this`, Root is the class.
  Origin From;
  /// The value keeps the request alive (a handle) rather than dangling.
  bool Handle = false;
  /// The coroutine parameter, for CoroutineParam.
  std::string Param;
  /// For UserData: the function the work runs, and where it uses the value
  /// (invalid when its body is not in the translation unit).
  std::string Entry;
  clang::SourceLocation EntryUse;
  /// The completion call, for AfterCompletion.
  clang::SourceLocation CompletionLoc;
  std::string CompletionName;
  /// For `this` (or a reference to a member) of an object destroyed while
  /// its work is pending: how, and where.
  Destruction Destroyed;
  /// The member a captured reference refers to (`[&stats = stats_]`).
  std::string Member;
  /// The work and its launcher.
  DetachedWork Work;
  /// What to capture instead (`[path = req.path]`), when no fix is offered.
  std::string Hint;
  std::vector<clang::FixItHint> Fixes;
};

class DetachedCaptureAnalyzer {
public:
  /// The launchers (built-in and the user's) come with \p Model's knowledge.
  explicit DetachedCaptureAnalyzer(const ContextModel &Model)
      : Model(Model), Launchers(Model, Order), Destructions(Model, Order, Launchers) {}

  /// The findings of one function definition (lambdas inside it included),
  /// in source order, each location once per translation unit.
  std::vector<CaptureFinding> analyzeFunction(const clang::FunctionDecl *FD,
                                              clang::ASTContext &Ctx);

  /// Forgets what was reported (call at the end of a translation unit).
  void reset() {
    Reported.clear();
    Launchers.reset();
    Destructions.clear();
    Captured.clear();
    Completing.clear();
    Order.clear();
  }

  /// The findings of one piece of work (WorkAnalysis.h, internal).
  class WorkAnalysis;

private:
  // HeldHelpers.cpp: objects holding the request handed to helpers that
  // capture their parameter in detached work.
  struct ParamWork {
    unsigned Param;
    DetachedWork Work;
  };
  void heldThroughHelpers(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                          std::vector<CaptureFinding> &Out);
  const std::vector<ParamWork> &capturedParams(const clang::FunctionDecl *Def,
                                               clang::ASTContext &Ctx);
  llvm::DenseMap<const clang::FunctionDecl *, std::vector<ParamWork>> Captured;

  // ReactorLifetimes.cpp: uses of a reactor's `this`, or of a callback
  // handler's context, after the call that completes the request.
  void usesAfterCompletion(const clang::FunctionDecl *FD, clang::ASTContext &Ctx,
                           std::vector<CaptureFinding> &Out);
  /// The completion call a member function of a reactor reaches on some
  /// path when called on `this` (`Terminate` calling `Finish`), through
  /// calls on `this` to any depth, or null.
  const clang::CallExpr *completingHelper(const clang::FunctionDecl *FD,
                                          clang::ASTContext &Ctx);
  /// The completion \p CE is, on `this` or not: itself for a completion
  /// call, the call reached for a completing helper; null otherwise.
  const clang::CallExpr *completionBy(const clang::CallExpr *CE,
                                      clang::ASTContext &Ctx);
  llvm::DenseMap<const clang::FunctionDecl *, const clang::CallExpr *> Completing;

  const ContextModel &Model;
  Ordering Order;
  LauncherModel Launchers;
  DestructionIndex Destructions;
  llvm::DenseSet<unsigned> Reported;
};

} // namespace ctxlife

#endif
