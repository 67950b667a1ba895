//===--- Launches.h - work that can outlive the request ---------*- C++ -*-===//
//
// Finds the places where a function hands work to something that runs it
// later, possibly after the request has ended: detached threads, handlers
// posted to an executor, completion handlers of asynchronous operations,
// coroutines spawned without waiting, futures and tasks nobody waits for,
// and the user's own launchers (`DetachingCalls`, `Launchers`). Launchers
// and what each fate of their result means are data (the knowledge files
// and the outcome table of LaunchKinds.cpp); LaunchFinder.cpp decides, for
// one launch, what becomes of its result.
//
// Functions of the translation unit that forward a callable parameter to
// such a launcher are launchers themselves (`run_async(f)` wrapping
// `std::thread(f).detach()`): a summary per function and parameter.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LAUNCHES_H
#define CTXLIFE_LIB_MODEL_LAUNCHES_H

#include "lib/model/CallTargets.h"
#include "lib/model/ContextModel.h"
#include "lib/model/Executors.h"
#include "lib/model/Fixpoint.h"
#include "lib/model/Summaries.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/SmallVector.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class CXXRecordDecl;
class Expr;
class FunctionDecl;
} // namespace clang

namespace ctxlife {

class Ordering;

/// One launch of work that can run after the request has ended.
struct DetachedWork {
  /// The call or construction that starts the work.
  const clang::Expr *Launch = nullptr;
  /// Where the work is let go: the `detach()` call, the `post`, the
  /// `co_spawn`, the store of the future. Launcher notes point here.
  clang::SourceLocation NoteLoc;
  LaunchKind Kind = LaunchKind::Always;
  /// What the launch turned out to be: `Kind`, or for an `UnlessAwaited`
  /// launch what its token makes it (`OnCompletion` for the completion
  /// handler of an `async_*` operation).
  LaunchKind Effective = LaunchKind::Always;
  /// The launching function as written in the table or by the user
  /// (`std::thread`, `boost::asio::post`, `pplx::task::then`).
  std::string Launcher;
  /// What runs the work, completing "captured ... by <Work>": "a detached
  /// thread", "a handler posted to an executor".
  std::string Work;
  /// The launcher's row names no work: Work is "a task passed to
  /// '<Launcher>'", and the launcher itself is what runs it.
  bool Unnamed = false;
  /// Why the work outlives the request, said at NoteLoc: "the thread is
  /// detached here".
  std::string Note;
  /// The work: a lambda, a bind expression, a function reference, a
  /// coroutine call, or any callable object. Never null.
  const clang::Expr *Callable = nullptr;
  /// Further arguments handed to the work (`std::thread(f, a, b)`).
  llvm::SmallVector<const clang::Expr *, 4> Args;
  /// The function (or lambda call operator) the launch is written in.
  const clang::FunctionDecl *In = nullptr;
  /// Set when the launch goes through a wrapper of the translation unit:
  /// the wrapper and the launch inside it.
  const clang::FunctionDecl *Wrapper = nullptr;
  clang::SourceLocation WrappedLoc;
  std::string WrappedNote;
  /// Set for a callback the framework keeps and runs after the handler has
  /// returned (a content provider): what of the request it keeps alive.
  /// Such work is not detached from the request (it runs while the
  /// response is written): request paths keep it part of the handler.
  const DeferredCallbackRow *Deferred = nullptr;
};

class LauncherModel {
public:
  /// \p Order answers "after" and "on every path" for waits on a launch.
  LauncherModel(const ContextModel &Model, Ordering &Order)
      : Model(Model), K(Model.knowledge()), Order(Order),
        Executors(Model.knowledge()) {}

  /// Forgets the summaries (at the end of a translation unit).
  void reset() {
    Wrappers.clear();
    WrapperOrder.clear();
    Executors.reset();
    Targets.reset();
  }

  /// Every launch of work that can outlive the request, in \p FD's body and
  /// in the lambdas written in it, in source order.
  std::vector<DetachedWork> detachedWorkIn(const clang::FunctionDecl *FD,
                                           clang::ASTContext &Ctx) const;

  /// The function that runs as the work: a lambda's call operator (the
  /// instantiated one for generic lambdas, when there is one), a function
  /// named directly or through a bind function or handler wrapper, or the
  /// coroutine a coroutine call starts. Null when unknown.
  const clang::FunctionDecl *workFunction(const clang::Expr *Callable) const;

  /// True for a call of a bind function (`std::bind`, `bind_front_handler`).
  bool isBindCall(const clang::CallExpr *CE) const;

  /// The launcher row of a function (or a method it overrides), or null;
  /// thread classes have none here (see `threadRow`), C functions starting
  /// a thread do.
  const LauncherRow *rowFor(const clang::FunctionDecl *FD) const;
  /// The row of a thread class, or null.
  const LauncherRow *threadRow(const clang::CXXRecordDecl *RD) const;
  /// A container whose elements are threads (`std::vector<std::thread>`).
  bool isThreadContainer(clang::QualType T) const;

  /// What a wrapper of the translation unit does with its callable
  /// parameters: the launch inside it (empty when it launches none).
  struct WrapperFact {
    LaunchKind Kind = LaunchKind::Always;
    std::string Work;
    clang::SourceLocation InnerLoc;
    std::string InnerNote;
    const DeferredCallbackRow *Deferred = nullptr;
  };
  const WrapperFact *wrapperFact(const clang::FunctionDecl *Def, unsigned Param,
                                 clang::ASTContext &Ctx) const;

  /// The project's own executors (thread pools, event buses).
  const ExecutorModel &executors() const { return Executors; }
  /// What a virtual call or a call through a callable member may run.
  llvm::SmallVector<CallTarget, 4> indirectTargets(const clang::CallExpr *CE,
                                                   clang::ASTContext &Ctx) const;
  const ContextModel &model() const { return Model; }
  const Knowledge &knowledge() const { return K; }
  Ordering &ordering() const { return Order; }

private:
  const ContextModel &Model;
  const Knowledge &K;
  Ordering &Order;
  ExecutorModel Executors;
  mutable CallTargets Targets;
  /// Per function and parameter: the launch the parameter is handed to.
  mutable ParamSummaries<WrapperFact> Wrappers;
  mutable CalleesFirst WrapperOrder;
};

} // namespace ctxlife

#endif
