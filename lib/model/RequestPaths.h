//===--- RequestPaths.h - code that runs for a request ----------*- C++ -*-===//
//
// Whether a function runs as part of handling a request: a request handler
// (a function receiving a request context, a method of a per-request
// object, or a lambda written in one), work detached from a handler (the
// function a launch in a handler runs), work of a thread the handler joins,
// or neither. And the values a function can reach (parameters, captures,
// data members), for rules that look for a context or a signal in reach.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_REQUESTPATHS_H
#define CTXLIFE_LIB_MODEL_REQUESTPATHS_H

#include "lib/model/Launches.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class FunctionDecl;
class ValueDecl;
} // namespace clang

namespace ctxlife {

/// Where code runs, for messages.
struct RequestPath {
  /// The request handler: a function with a request context parameter, a
  /// method of a per-request object, or such a lambda.
  const clang::FunctionDecl *Handler = nullptr;
  bool HandlerIsLambda = false;
  /// Set when the code runs as work detached from the handler.
  bool Detached = false;
  DetachedWork Work;
};

enum class PathKind {
  None,      ///< Not known to run for a request.
  Handler,   ///< The handler, or a lambda written in it.
  Detached,  ///< Work a handler detached: it may outlive the request.
  ThreadWork ///< The callable of a thread the handler owns and joins.
};

struct PathStatus {
  PathKind Kind = PathKind::None;
  RequestPath Path;
};

/// A value in reach of a function: a parameter, a capture, a data member.
struct Reach {
  const clang::ValueDecl *D = nullptr;
  std::string Name;
  Designated Type;
};

class RequestPaths {
public:
  RequestPaths(const LauncherModel &Launchers, clang::ASTContext &Ctx)
      : Model(Launchers.model()), Launchers(Launchers), Ctx(Ctx) {}

  /// A function receiving a request context, or a method of a per-request
  /// object.
  bool isRequestHandler(const clang::FunctionDecl *G) const;
  /// Whether \p G is a request handler or written inside one, ignoring
  /// detached work.
  PathStatus handlerStatus(const clang::FunctionDecl *G) const;
  /// Where \p G runs, detached work and thread work included.
  PathStatus statusOf(const clang::FunctionDecl *G);

  /// Records the work that \p F (lambdas included) detaches from a request
  /// handler; \p OnWork is called with each work function found and its
  /// launch.
  void addDetachedWork(
      const clang::FunctionDecl *F,
      llvm::function_ref<void(const clang::FunctionDecl *, const DetachedWork &)>
          OnWork);
  /// True for a launch recorded by `addDetachedWork`.
  bool isDetachedLaunch(const clang::Expr *Launch) const {
    return DetachedLaunches.count(Launch);
  }
  /// Records \p WF as the callable of a thread a handler owns; false when
  /// it already was.
  bool addThreadWork(const clang::FunctionDecl *WF) {
    return ThreadFns.insert(WF->getCanonicalDecl()).second;
  }

  /// Values in reach of \p G: its parameters, what a lambda captures (all
  /// of its enclosing function's when it captures by default), and the
  /// data members of `this`.
  std::vector<Reach> reachable(const clang::FunctionDecl *G,
                               unsigned Depth = 0) const;

private:
  const ContextModel &Model;
  const LauncherModel &Launchers;
  clang::ASTContext &Ctx;
  llvm::DenseMap<const clang::FunctionDecl *, RequestPath> DetachedFns;
  llvm::DenseSet<const clang::Expr *> DetachedLaunches;
  llvm::DenseSet<const clang::FunctionDecl *> ThreadFns;
  llvm::DenseMap<const clang::FunctionDecl *, PathStatus> Statuses;
};

} // namespace ctxlife

#endif
