//===--- MissingCancellation.cpp - work cut off from its request ----------===//
//
// The decisions at the end of a translation unit: which functions run for a
// request (handlers, detached work, joined threads), then each rule over
// the candidates of the walk.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {

Decider::Decider(MissingCancellationAnalyzer &A, const LauncherModel &Launchers,
                 State &S, ASTContext &Ctx)
    : A(A), Model(Launchers.model()), Launchers(Launchers), S(S), Ctx(Ctx),
      SM(Ctx.getSourceManager()), Signals(Model, Ctx, S.CancelFields),
      Loops(Signals, Launchers.ordering()), Paths(Launchers, Ctx) {}

const std::pair<std::string, std::string> *
Decider::firstRow(const CXXRecordDecl *RD, Role R) const {
  for (const auto &Row : Model.knowledge().rows(R)) {
    NameSet One;
    One.insert(Row.first);
    if (isOrDerives(RD, One))
      return &Row;
  }
  return nullptr;
}

std::string Decider::setterName() const {
  llvm::ArrayRef<std::pair<std::string, std::string>> Setters =
      Model.knowledge().rows(Role::DeadlineSetter);
  return Setters.empty()
             ? std::string()
             : llvm::StringRef(Setters.front().first).rsplit("::").second.str();
}

void Decider::walkOnDemand(const FunctionDecl *F) {
  const FunctionDecl *Def = userDefinition(F, Ctx);
  if (Def && !isLambdaOperator(Def))
    A.analyzeFunction(Def, Ctx);
}

std::vector<Reach> Decider::serverContexts(const FunctionDecl *G) const {
  std::vector<Reach> Out;
  for (Reach &R : Paths.reachable(G))
    if (!R.Type.Smart && isOrDerives(R.Type.Record, names(Role::ServerContext)))
      Out.push_back(std::move(R));
  return Out;
}

/// Work detached from request handlers: its loops run for the request too.
void Decider::computeDetached() {
  std::vector<const FunctionDecl *> Tops = S.Walked;
  for (const FunctionDecl *F : Tops) {
    bool Relevant = Paths.isRequestHandler(F);
    if (!Relevant) {
      auto L = S.LambdasOf.find(F);
      if (L != S.LambdasOf.end())
        Relevant = llvm::any_of(L->second, [&](const FunctionDecl *Op) {
          return Paths.handlerStatus(Op).Kind == PathKind::Handler;
        });
    }
    if (Relevant)
      Paths.addDetachedWork(F, [&](const FunctionDecl *WF, const DetachedWork &W) {
        walkOnDemand(WF);
        // A completion handler that may start its operation again.
        if (W.Effective == LaunchKind::OnCompletion && W.In && !isLambdaOperator(W.In))
          S.Chains.push_back({W.Launch, W.In, WF,
                              llvm::StringRef(W.Launcher).rsplit("::").second.str()});
      });
  }
}

/// Threads a request handler owns and joins: their callables are judged as
/// stop-token work, not as lambdas of the handler.
void Decider::computeThreadWork() {
  for (size_t TI = 0; TI < S.Threads.size(); ++TI) {
    const ThreadCand T = S.Threads[TI];
    if (Paths.isDetachedLaunch(T.Construct) ||
        Paths.handlerStatus(T.Fn).Kind != PathKind::Handler)
      continue;
    const FunctionDecl *WF = Launchers.workFunction(T.Construct->getArg(0));
    if (!WF)
      continue;
    S.ThreadOwner.try_emplace(WF->getCanonicalDecl(), TI);
    Paths.addThreadWork(WF);
    walkOnDemand(WF);
  }
}

CancellationFindings Decider::run() {
  CancellationFindings Out;
  if (S.Loops.empty() && S.Calls.empty() && S.Threads.empty() &&
      S.Wrapped.empty())
    return Out;
  computeDetached();
  computeThreadWork();
  decideLoops(Out);
  decideThreads(Out);
  decidePropagation(Out);
  decideWrappers(Out);
  decideChains(Out);
  auto ByLoc = [&](const auto &X, const auto &Y) {
    return SM.isBeforeInTranslationUnit(X.Loc, Y.Loc);
  };
  std::stable_sort(Out.Loops.begin(), Out.Loops.end(), ByLoc);
  std::stable_sort(Out.Threads.begin(), Out.Threads.end(), ByLoc);
  std::stable_sort(Out.Propagation.begin(), Out.Propagation.end(), ByLoc);
  std::stable_sort(Out.Wrappers.begin(), Out.Wrappers.end(), ByLoc);
  std::stable_sort(Out.Chains.begin(), Out.Chains.end(), ByLoc);
  return Out;
}

} // namespace ctxlife
