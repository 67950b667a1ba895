//===--- ReactorLifetimes.cpp - uses after the request is completed --------===//
//
// Once a gRPC callback reactor calls a completion call of the knowledge
// files (`Finish`, `StartWriteAndFinish`), the library may run `OnDone`,
// which deletes the reactor, and the callback context ends with the call. A
// use of the reactor's `this` after such a call, or after a call of one of
// its own members that makes it on some path (`Terminate(status)`), in a
// member function of the reactor or a lambda written in one, is a finding;
// so is a use of a callback handler's context (and of the messages it is
// given) after `reactor->Finish(...)` on the reactor obtained from that
// context. "After" is a question for the control-flow graph (Ordering): a
// use reached through a loop counts, a use on a branch the completion is
// not on, or after a `return`, does not. Destructors run at scope exit
// (a lock guard on a member mutex) are no use, nor is returning the
// reactor pointer.
//
// Built only for methods of reactor classes and for functions given a
// context that lives until completion.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/detached-capture/DetachedCapture.h"
#include "lib/model/Exprs.h"
#include "lib/model/Fixpoint.h"
#include "lib/model/Printing.h"
#include "lib/model/Templates.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// True when \p E is `this` (written or implicit).
bool isThis(const Expr *E) { return E && isa<CXXThisExpr>(stripCopies(E)); }

/// The object a member call is made on, or null.
const Expr *objectOf(const CallExpr *CE) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  return MC ? MC->getImplicitObjectArgument() : nullptr;
}

/// The calls and uses of one function body (lambdas included), each with
/// the function it is evaluated in: the body's function or the call
/// operator of the innermost lambda.
class UseScan : public RecursiveASTVisitor<UseScan> {
public:
  UseScan(const FunctionDecl *FD, const llvm::SmallPtrSetImpl<const ValueDecl *> &Vars)
      : Vars(Vars) {
    Fns.push_back(FD);
  }

  struct At {
    const Expr *E;
    const FunctionDecl *In;
  };

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool TraverseLambdaExpr(LambdaExpr *LE) {
    Fns.push_back(LE->getCallOperator());
    bool Result = RecursiveASTVisitor::TraverseLambdaExpr(LE);
    Fns.pop_back();
    return Result;
  }
  bool VisitCallExpr(CallExpr *CE) {
    Calls.push_back({CE, Fns.back()});
    return true;
  }
  bool VisitCXXThisExpr(CXXThisExpr *TE) {
    This.push_back({TE, Fns.back()});
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (Vars.count(DRE->getDecl()))
      Refs.push_back({DRE, Fns.back()});
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

  std::vector<At> Calls, This, Refs;

private:
  const llvm::SmallPtrSetImpl<const ValueDecl *> &Vars;
  llvm::SmallVector<const FunctionDecl *, 4> Fns;
};

/// The variable of \p FD whose context an object comes from: `ctx` for
/// `ctx->DefaultReactor()`, directly or through a local initialized so.
const ValueDecl *reactorSource(const Expr *Obj, const FunctionDecl *FD) {
  const Expr *E = stripCopies(Obj);
  if (const VarDecl *V = localVar(E); V && V->getInit())
    E = stripCopies(V->getInit());
  const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
  const Expr *From = MC ? stripCopies(MC->getImplicitObjectArgument()) : nullptr;
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(From);
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  return P && P->getDeclContext() == static_cast<const DeclContext *>(FD) ? P
                                                                         : nullptr;
}

} // namespace

const CallExpr *DetachedCaptureAnalyzer::completionBy(const CallExpr *CE,
                                                      ASTContext &Ctx) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee)
    return nullptr;
  if (Model.isCompletionCall(Callee))
    return CE;
  if (!isThis(objectOf(CE)))
    return nullptr;
  return completingHelper(Callee, Ctx);
}

const CallExpr *DetachedCaptureAnalyzer::completingHelper(const FunctionDecl *FD,
                                                          ASTContext &Ctx) {
  const FunctionDecl *Def = userDefinition(FD, Ctx);
  if (!Def)
    return nullptr;
  auto It = Completing.find(Def);
  if (It != Completing.end())
    return It->second;
  // The calls a body makes on `this` (a completion in a lambda runs when
  // the lambda does, not when the helper is called).
  auto CallsOnThis = [](const Stmt *Body) {
    llvm::SmallVector<const CallExpr *, 8> Calls;
    llvm::SmallVector<const Stmt *, 32> Work{Body};
    while (!Work.empty()) {
      const Stmt *S = Work.pop_back_val();
      if (!S || isa<LambdaExpr>(S))
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(S); CE && isThis(objectOf(CE)))
        Calls.push_back(CE);
      Work.append(S->child_begin(), S->child_end());
    }
    return Calls;
  };
  const CallExpr *Found = nullptr;
  reachesBody(
      Def->getBody(),
      [&](const Stmt *Body) {
        for (const CallExpr *CE : CallsOnThis(Body))
          if (Model.isCompletionCall(CE->getDirectCallee()))
            return (Found = CE) != nullptr;
        return false;
      },
      [&](const Stmt *Body, llvm::function_ref<void(const FunctionDecl *)> Follow) {
        for (const CallExpr *CE : CallsOnThis(Body))
          if (const FunctionDecl *D = userDefinition(CE->getDirectCallee(), Ctx))
            Follow(D);
      });
  return Completing[Def] = Found;
}

void DetachedCaptureAnalyzer::usesAfterCompletion(const FunctionDecl *FD,
                                                  ASTContext &Ctx,
                                                  std::vector<CaptureFinding> &Out) {
  if (!isAnalyzable(FD) || !FD->hasBody())
    return;
  // Cheap tests first: a member of a reactor, or a function given a
  // context that lives until completion (a callback handler).
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  const CXXRecordDecl *Reactor =
      MD && MD->isInstance() && !isa<CXXDestructorDecl>(MD) &&
              !MD->getParent()->isLambda() && Model.isReactorClass(MD->getParent())
          ? MD->getParent()
          : nullptr;
  llvm::SmallPtrSet<const ValueDecl *, 4> Vars;
  for (const ParmVarDecl *P : FD->parameters())
    if (std::optional<ContextAccess> A = Model.classifyDecl(P);
        A && A->Context.UntilCompletion && A->How != Access::Object)
      Vars.insert(P);
  if (!Reactor && Vars.empty())
    return;
  UseScan Scan(FD, Vars);
  Scan.TraverseStmt(FD->getBody());
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallPtrSet<const Expr *, 8> CompletionObjects;
  struct Completion {
    const CallExpr *Call;
    const CallExpr *Reached;
    const FunctionDecl *In;
    bool OnThis;
  };
  std::vector<Completion> Completions;
  for (const UseScan::At &C : Scan.Calls) {
    const auto *CE = cast<CallExpr>(C.E);
    const Expr *Obj = objectOf(CE);
    bool OnThis = !Obj || isThis(Obj);
    if ((OnThis && !Reactor) || (!OnThis && !Vars.count(reactorSource(Obj, FD))))
      continue;
    const CallExpr *Reached = completionBy(CE, Ctx);
    if (!Reached)
      continue;
    if (Reached == CE && Obj)
      CompletionObjects.insert(stripCopies(Obj)); // No use: the completion.
    Completions.push_back({CE, Reached, C.In, OnThis});
  }
  auto ByLoc = [&](const UseScan::At &A, const UseScan::At &B) {
    return SM.isBeforeInTranslationUnit(A.E->getBeginLoc(), B.E->getBeginLoc());
  };
  llvm::stable_sort(Scan.This, ByLoc);
  llvm::stable_sort(Scan.Refs, ByLoc);
  for (const Completion &C : Completions) {
    const std::vector<UseScan::At> &Uses = C.OnThis ? Scan.This : Scan.Refs;
    for (const UseScan::At &U : Uses) {
      if (U.In != C.In || CompletionObjects.count(U.E) ||
          !Order.mayRunAfter(C.In, C.Call, U.E))
        continue;
      CaptureFinding F;
      F.Loc = U.E->getBeginLoc();
      F.Range = U.E->getSourceRange();
      F.How = CaptureHow::AfterCompletion;
      F.CompletionLoc = C.Call->getExprLoc();
      F.CompletionName = C.Reached->getDirectCallee()->getNameAsString();
      if (C.OnThis) {
        F.Name = "this";
        F.From.Root = Reactor;
        F.From.RootLoc = Reactor->getLocation();
        F.From.RootName = "this";
      } else {
        const ValueDecl *V = cast<DeclRefExpr>(U.E)->getDecl();
        F.Name = V->getNameAsString();
        F.Type = printType(V->getType(), Ctx);
        F.From.Root = V;
        F.From.RootLoc = V->getLocation();
        F.From.RootName = F.Name;
        F.From.Context = Model.classifyDecl(V);
        F.Hint = "copy what is needed from '" + F.Name + "' before '" +
                 F.CompletionName + "'";
      }
      Out.push_back(std::move(F));
      break;
    }
  }
}

} // namespace ctxlife
