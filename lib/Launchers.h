//===--- Launchers.h - work that can outlive the request ---------*- C++ -*-===//
//
// Finds the places where a function hands work to something that runs it
// later, possibly after the request has ended: detached threads, handlers
// posted to an executor, completion handlers of asynchronous operations,
// coroutines spawned without waiting, futures and tasks nobody waits for,
// and the user's own launchers (`DetachingCalls`). Launchers are data (the
// table in Frameworks.cpp); this file decides, for one launch, whether the
// request waits for the work (`join()`, `co_await`, `get()`) or not.
//
// Functions of the translation unit that forward a callable parameter to
// such a launcher are launchers themselves (`run_async(f)` wrapping
// `std::thread(f).detach()`), resolved on demand.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_LAUNCHERS_H
#define CTXLIFE_LIB_LAUNCHERS_H

#include "lib/ContextModel.h"
#include "lib/Frameworks.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace ctxlife {

/// One launch of work that can run after the request has ended.
struct DetachedWork {
  /// The call or construction that starts the work.
  const clang::Expr *Launch = nullptr;
  /// Where the work is let go: the `detach()` call, the `post`, the
  /// `co_spawn`, the store of the future. Launcher notes point here.
  clang::SourceLocation NoteLoc;
  LaunchKind Kind = LaunchKind::Always;
  /// The launching function as written in the table or by the user
  /// (`std::thread`, `boost::asio::post`, `pplx::task::then`).
  std::string Launcher;
  /// What runs the work, completing "captured ... by <Work>": "a detached
  /// thread", "a handler posted to an executor".
  std::string Work;
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
};

/// \p E without parentheses, implicit casts, temporaries, functional casts,
/// copies and moves (`std::move`, `std::forward`): the value it passes on.
const clang::Expr *stripCopies(const clang::Expr *E);

/// \p E without copies and without conversions to a type-erased callable
/// (`std::function<void()>` made from a lambda): the callable written.
const clang::Expr *stripCallable(const clang::Expr *E);

/// The last argument the caller wrote (default arguments skipped), or null.
const clang::Expr *lastWrittenArg(const clang::CallExpr *CE);

/// The handler a wrapper call such as `bind_executor(strand, handler)`
/// wraps, or null when \p E is not such a call.
const clang::Expr *wrappedHandler(const clang::Expr *E);

class LauncherModel {
public:
  /// \p DetachingCalls: qualified names of the user's launchers (functions
  /// or member functions that run a callable argument later).
  LauncherModel(const ContextModel &Model,
                llvm::ArrayRef<std::string> DetachingCalls);

  /// Every launch of work that can outlive the request, in \p FD's body and
  /// in the lambdas written in it, in source order.
  std::vector<DetachedWork> detachedWorkIn(const clang::FunctionDecl *FD,
                                           clang::ASTContext &Ctx) const;

  /// The function that runs as the work: a lambda's call operator (the
  /// instantiated one for generic lambdas, when there is one), a function
  /// named directly or through `std::bind`/`bind_front_handler`, or the
  /// coroutine a coroutine call starts. Null when unknown.
  static const clang::FunctionDecl *workFunction(const clang::Expr *Callable);

  /// True for a type whose values can be invoked: lambdas, function
  /// pointers and references, classes with `operator()`, type-erased
  /// callables, bind expressions, and awaitables (coroutines to spawn).
  static bool isCallableType(clang::QualType T);

  const ContextModel &model() const { return Model; }

private:
  struct WrapperInfo {
    unsigned Param;           ///< Index of the forwarded callable parameter.
    LaunchKind Kind;
    std::string Work;
    clang::SourceLocation InnerLoc;
    std::string InnerNote;
  };

  const LauncherRow *rowFor(const clang::FunctionDecl *FD) const;
  /// The wrapper facts of \p FD (empty when it launches none of its
  /// parameters), computed once per function.
  const llvm::SmallVector<WrapperInfo, 1> &
  wrapperInfo(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) const;

  friend class LaunchFinder;

  const ContextModel &Model;
  llvm::StringMap<const LauncherRow *> Rows;
  /// The unqualified names of the rows, a cheap filter before Rows.
  llvm::StringSet<> Names;
  std::vector<LauncherRow> UserRows;
  std::vector<std::string> UserNames;
  mutable llvm::DenseMap<const clang::FunctionDecl *,
                         llvm::SmallVector<WrapperInfo, 1>>
      Wrappers;
  mutable unsigned WrapperDepth = 0;
};

} // namespace ctxlife

#endif
