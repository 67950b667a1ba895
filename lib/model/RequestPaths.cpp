//===--- RequestPaths.cpp - code that runs for a request ------------------===//

#include "lib/model/RequestPaths.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ctxlife {

bool RequestPaths::isRequestHandler(const FunctionDecl *G) const {
  for (const ParmVarDecl *P : G->parameters())
    if (Model.classify(P->getType()))
      return true;
  const auto *MD = dyn_cast<CXXMethodDecl>(G);
  return MD && !MD->getParent()->isLambda() && !MD->isStatic() &&
         !isa<CXXDestructorDecl>(MD) && Model.isPerRequestClass(MD->getParent());
}

PathStatus RequestPaths::handlerStatus(const FunctionDecl *G) const {
  PathStatus St;
  for (unsigned Depth = 0; G; ++Depth) {
    if (isRequestHandler(G)) {
      St.Kind = PathKind::Handler;
      St.Path.Handler = G;
      St.Path.HandlerIsLambda = isLambdaOperator(G);
      return St;
    }
    const FunctionDecl *Up = lambdaParent(G);
    if (Up && limitlog::past(limits::NestingDepth, Depth + 1, G->getLocation(), G))
      break;
    G = Up;
  }
  return St;
}

PathStatus RequestPaths::statusOf(const FunctionDecl *G) {
  if (!G)
    return {};
  auto It = Statuses.find(G);
  if (It != Statuses.end())
    return It->second;
  Statuses[G] = PathStatus(); // Guards against cycles.
  PathStatus St;
  auto D = DetachedFns.find(G->getCanonicalDecl());
  if (D != DetachedFns.end()) {
    St.Kind = PathKind::Detached;
    St.Path = D->second;
  } else if (isRequestHandler(G)) {
    St.Kind = PathKind::Handler;
    St.Path.Handler = G;
    St.Path.HandlerIsLambda = isLambdaOperator(G);
  } else if (ThreadFns.count(G->getCanonicalDecl())) {
    St.Kind = PathKind::ThreadWork;
  } else if (const FunctionDecl *P = lambdaParent(G)) {
    St = statusOf(P);
    if (St.Kind == PathKind::ThreadWork)
      St = PathStatus();
  }
  Statuses[G] = St;
  return St;
}

void RequestPaths::addDetachedWork(
    const FunctionDecl *F,
    llvm::function_ref<void(const FunctionDecl *, const DetachedWork &)> OnWork) {
  for (DetachedWork &W : Launchers.detachedWorkIn(F, Ctx)) {
    PathStatus Base = handlerStatus(W.In);
    if (Base.Kind != PathKind::Handler || W.Deferred)
      continue;
    DetachedLaunches.insert(W.Launch);
    const FunctionDecl *WF = Launchers.workFunction(W.Callable);
    if (!WF)
      continue;
    RequestPath P = Base.Path;
    P.Detached = true;
    P.Work = W;
    DetachedFns.try_emplace(WF->getCanonicalDecl(), std::move(P));
    OnWork(WF, W);
  }
}

std::vector<Reach> RequestPaths::reachable(const FunctionDecl *G,
                                           unsigned Depth) const {
  std::vector<Reach> Out;
  if (!G || limitlog::past(limits::ReachDepth, Depth, G->getLocation(), G))
    return Out;
  for (const ParmVarDecl *P : G->parameters())
    if (P->getIdentifier())
      Out.push_back({P, P->getName().str(), Model.designated(P->getType())});
  const auto *MD = dyn_cast<CXXMethodDecl>(G);
  if (!MD)
    return Out;
  const CXXRecordDecl *RD = MD->getParent();
  if (RD->isLambda()) {
    bool This = false;
    for (const LambdaCapture &C : RD->captures()) {
      if (C.capturesThis())
        This = true;
      else if (C.capturesVariable())
        if (const auto *V = dyn_cast<VarDecl>(C.getCapturedVar()))
          Out.push_back({V, V->getName().str(), Model.designated(V->getType())});
    }
    const FunctionDecl *Parent = lambdaParent(G);
    if (RD->getLambdaCaptureDefault() != LCD_None) {
      for (Reach &R : reachable(Parent, Depth + 1))
        Out.push_back(std::move(R));
    } else if (This) {
      for (Reach &R : reachable(Parent, Depth + 1))
        if (isa<FieldDecl>(R.D))
          Out.push_back(std::move(R));
    }
    return Out;
  }
  if (MD->isStatic())
    return Out;
  anyClassInHierarchy(RD, [&](const CXXRecordDecl *C) {
    if (const CXXRecordDecl *Def = C->getDefinition())
      for (const FieldDecl *F : Def->fields())
        if (F->getIdentifier())
          Out.push_back({F, F->getName().str(), Model.designated(F->getType())});
    return false;
  });
  return Out;
}

} // namespace ctxlife
