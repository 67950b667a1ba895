//===--- Launches.cpp - work that can outlive the request -----------------===//

#include "lib/model/Launches.h"
#include "lib/model/Exprs.h"
#include "lib/model/LaunchFinder.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "lib/model/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ctxlife {

const LauncherRow *LauncherModel::rowFor(const FunctionDecl *FD) const {
  if (!FD->getIdentifier() || isa<CXXConstructorDecl>(FD))
    return nullptr;
  // Cheap test first: this runs on every call in every function.
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!K.launcherLastNames().contains(FD->getName()) &&
      (!MD || MD->size_overridden_methods() == 0))
    return nullptr;
  auto It = K.launchers().find(matchName(FD));
  // Thread classes are constructed, not called; a C function starting a
  // thread (`pthread_create`) is called.
  if (It != K.launchers().end())
    return It->second->Kind == LaunchKind::Thread &&
                   It->second->HandleArg == NoHandleArg
               ? nullptr
               : It->second;
  // An override of a launcher launches too (`CPUThreadPoolExecutor::add`
  // overrides `folly::Executor::add`).
  if (MD)
    for (const CXXMethodDecl *O : MD->overridden_methods())
      if (const LauncherRow *R = rowFor(O))
        return R;
  return nullptr;
}

const LauncherRow *LauncherModel::threadRow(const CXXRecordDecl *RD) const {
  // Cheap test first: this runs on every construction in every function.
  if (!RD || !RD->getIdentifier() ||
      !K.launcherLastNames().contains(RD->getName()))
    return nullptr;
  auto It = K.launchers().find(matchName(RD));
  return It != K.launchers().end() && It->second->Kind == LaunchKind::Thread
             ? It->second
             : nullptr;
}

bool LauncherModel::isThreadContainer(QualType T) const {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return threadRow(firstTemplateArgRecord(RD)) != nullptr;
}

bool LauncherModel::isBindCall(const CallExpr *CE) const {
  return CE && CE->getNumArgs() > 0 &&
         isNamed(CE->getDirectCallee(), K.names(Role::BindFunction));
}

const FunctionDecl *LauncherModel::workFunction(const Expr *Callable) const {
  for (unsigned Depth = 0; Callable && Depth < limits::CallableDepth.Value; ++Depth) {
    const Expr *E = stripCallable(Callable);
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
      if (const FunctionTemplateDecl *FT = LE->getDependentCallOperator()) {
        for (const FunctionDecl *Spec : FT->specializations())
          if (Spec->hasBody())
            return Spec;
        return nullptr;
      }
      return LE->getCallOperator();
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        return FD;
      const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
      if (!V || !V->isLocalVarDecl() || !V->getInit())
        return nullptr;
      Callable = V->getInit();
      continue;
    }
    const auto *CE = dyn_cast<CallExpr>(E);
    if (!CE || !CE->getDirectCallee())
      return nullptr;
    if (const Expr *Inner = wrappedHandler(CE)) {
      Callable = Inner;
      continue;
    }
    if (isBindCall(CE)) {
      Callable = CE->getArg(0);
      continue;
    }
    // A call returning an awaitable starts that coroutine.
    if (isAwaitable(CE->getType()))
      return CE->getDirectCallee();
    return nullptr;
  }
  if (Callable)
    limitlog::hit(limits::CallableDepth, Callable->getBeginLoc(), nullptr, Callable);
  return nullptr;
}

std::vector<DetachedWork>
LauncherModel::detachedWorkIn(const FunctionDecl *FD, ASTContext &Ctx) const {
  if (!isAnalyzable(FD))
    return {};
  LaunchFinder Finder(*this, Ctx, FD);
  Finder.TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Finder.TraverseStmt(Init->getInit());
  return Finder.finish();
}

/// The parameter of \p Def that \p Callable hands over: the parameter
/// itself, a lambda capturing it, or a bind expression binding it.
static const ParmVarDecl *forwardedParam(const LauncherModel &LM,
                                         const Expr *Callable,
                                         const FunctionDecl *Def) {
  const Expr *E = stripCallable(Callable);
  // A callable kept in a local first (`auto apply = [h = std::move(h)]
  // {...}; async_send(m, std::move(apply))`) is its initializer.
  for (unsigned Depth = 0;; ++Depth) {
    const auto *Ref = dyn_cast<DeclRefExpr>(E);
    const auto *Local = Ref ? dyn_cast<VarDecl>(Ref->getDecl()) : nullptr;
    if (!Local || !Local->isLocalVarDecl() || Local->isStaticLocal() ||
        Local->getType()->isReferenceType() || !Local->getInit() ||
        limitlog::past(limits::CallableDepth, Depth + 1, E->getBeginLoc(), Def, E))
      break;
    E = stripCallable(Local->getInit());
  }
  auto OwnParam = [&](const ValueDecl *D) -> const ParmVarDecl * {
    const auto *P = dyn_cast_or_null<ParmVarDecl>(D);
    return P && P->getDeclContext() == static_cast<const DeclContext *>(Def) &&
                   isCallableType(P->getType())
               ? P
               : nullptr;
  };
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return OwnParam(DRE->getDecl());
  if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
    for (const LambdaCapture &C : LE->captures()) {
      if (!C.capturesVariable())
        continue;
      const ValueDecl *V = C.getCapturedVar();
      // `[f = std::move(f)]` captures the parameter through its initializer.
      if (const auto *VD = dyn_cast<VarDecl>(V); VD && VD->isInitCapture())
        if (const auto *DRE =
                dyn_cast_or_null<DeclRefExpr>(stripCallable(VD->getInit())))
          V = DRE->getDecl();
      if (const ParmVarDecl *P = OwnParam(V))
        return P;
    }
    return nullptr;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E); LM.isBindCall(CE))
    for (const Expr *Arg : CE->arguments())
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripCopies(Arg)))
        if (const ParmVarDecl *P = OwnParam(DRE->getDecl()))
          return P;
  return nullptr;
}

llvm::SmallVector<CallTarget, 4>
LauncherModel::indirectTargets(const CallExpr *CE, ASTContext &Ctx) const {
  return Targets.indirectTargets(
      CE, Ctx, [this](const Expr *E) { return workFunction(E); });
}

/// The functions whose wrapper facts \p F's may read: the user functions
/// it calls (in its lambdas too) that take a callable.
static void wrapperCallees(const FunctionDecl *F, ASTContext &Ctx,
                           llvm::function_ref<void(const FunctionDecl *)> Add) {
  const FunctionDecl *Def = userDefinition(F, Ctx);
  if (!Def)
    return;
  llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Work.push_back(Init->getInit());
  while (!Work.empty()) {
    const Stmt *S = Work.pop_back_val();
    if (!S)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(S))
      if (const FunctionDecl *G = userDefinition(CE->getDirectCallee(), Ctx))
        if (llvm::any_of(G->parameters(), [](const ParmVarDecl *P) {
              return isCallableType(P->getType());
            }))
          Add(G);
    for (const Stmt *Child : S->children())
      Work.push_back(Child);
  }
}

const LauncherModel::WrapperFact *
LauncherModel::wrapperFact(const FunctionDecl *Def, unsigned Param,
                           ASTContext &Ctx) const {
  // Wrappers of wrappers: summarized callees first, to a fixpoint
  // (Fixpoint.h), so that chains of any length and order are followed.
  if (WrapperOrder.active()) {
    WrapperOrder.read(Def);
  } else {
    WrapperOrder.ensure(
        Def,
        [&](const FunctionDecl *F,
            llvm::function_ref<void(const FunctionDecl *)> Add) {
          wrapperCallees(F, Ctx, Add);
        },
        [&](const FunctionDecl *F) {
          const FunctionDecl *D = userDefinition(F, Ctx);
          if (!D || llvm::none_of(D->parameters(), [](const ParmVarDecl *P) {
                return isCallableType(P->getType());
              }))
            return false;
          bool Grew = false;
          for (const DetachedWork &W : detachedWorkIn(D, Ctx))
            if (const ParmVarDecl *P = forwardedParam(*this, W.Callable, D))
              Grew |= Wrappers.insert(D, P->getFunctionScopeIndex(),
                                      WrapperFact{W.Kind, W.Work, W.NoteLoc,
                                                  W.Note, W.Deferred});
          return Grew;
        });
  }
  return Wrappers.find(Def, Param);
}

} // namespace ctxlife
