//===--- Exprs.cpp - expressions as the analyses see them -----------------===//

#include "lib/model/Exprs.h"
#include "lib/knowledge/Registry.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/IgnoreExpr.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

const Knowledge &foundation() { return Knowledge::foundation(); }

/// A copy or move of the value: a functional cast, a copy or move
/// construction, `std::move(x)`.
Expr *ignoreCopyStep(Expr *E) {
  if (auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
    return FC->getSubExpr();
  if (auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() == 1 && CE->getConstructor() &&
      CE->getConstructor()->isCopyOrMoveConstructor())
    return CE->getArg(0);
  if (auto *Call = dyn_cast<CallExpr>(E); Call && isForwardingCall(Call))
    return Call->getArg(0);
  return E;
}

/// An implicit conversion to a destination type (not `T(x)` or `T{x}`).
Expr *ignoreImplicitConversionStep(Expr *E) {
  if (auto *CE = dyn_cast<CXXConstructExpr>(E);
      CE && CE->getNumArgs() == 1 && !isa<CXXTemporaryObjectExpr>(E) &&
      CE->getParenOrBraceRange().isInvalid())
    return CE->getArg(0);
  return E;
}

Expr *ignoreCStyleCastStep(Expr *E) {
  if (auto *CS = dyn_cast<CStyleCastExpr>(E))
    return CS->getSubExpr();
  return E;
}

bool hasCallOperator(const CXXRecordDecl *RD) {
  return anyMember(RD, [](const NamedDecl *ND) {
    const auto *FD = dyn_cast<FunctionDecl>(ND);
    return FD && FD->getOverloadedOperator() == OO_Call;
  });
}

} // namespace

const Expr *bare(const Expr *E) { return E ? E->IgnoreParenImpCasts() : nullptr; }

const Expr *stripTemporaries(const Expr *E) {
  return E ? IgnoreExprNodes(E, IgnoreParensSingleStep, IgnoreImplicitSingleStep)
           : nullptr;
}

const Expr *stripCopies(const Expr *E) {
  return E ? IgnoreExprNodes(E, IgnoreParensSingleStep, IgnoreImplicitSingleStep,
                             ignoreCopyStep)
           : nullptr;
}

const Expr *stripWritten(const Expr *E) {
  return E ? IgnoreExprNodes(E, IgnoreParensSingleStep, IgnoreImplicitSingleStep,
                             ignoreImplicitConversionStep)
           : nullptr;
}

const Expr *stripDiscarded(const Expr *E) {
  return E ? IgnoreExprNodes(E, IgnoreParensSingleStep,
                             IgnoreImplicitCastsExtraSingleStep,
                             ignoreCStyleCastStep)
           : nullptr;
}

const Expr *stripCallable(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < limits::CallableDepth.Value; ++Depth) {
    E = stripCopies(E);
    const auto *CE = dyn_cast<CXXConstructExpr>(E);
    if (!CE || CE->getNumArgs() != 1 || isa<CXXTemporaryObjectExpr>(CE) ||
        !isCallableType(CE->getArg(0)->getType()))
      return E;
    E = CE->getArg(0);
  }
  if (E)
    limitlog::hit(limits::CallableDepth, E->getBeginLoc(), nullptr, E);
  return E;
}

bool isForwardingCall(const CallExpr *CE) {
  return CE->getNumArgs() == 1 &&
         isNamed(CE->getDirectCallee(), foundation().names(Role::Forwarding));
}

bool isAwaitable(QualType T) {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return isNamed(RD, foundation().names(Role::Awaitable));
}

bool isCallableType(QualType T) {
  if (T.isNull())
    return false;
  T = T.getCanonicalType().getNonReferenceType();
  if (T->isFunctionType() || T->isFunctionPointerType() ||
      T->isMemberFunctionPointerType())
    return true;
  if (T->isPointerType())
    return T->getPointeeType()->isFunctionType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->isLambda() || isAwaitable(T) ||
      isNamed(RD, foundation().names(Role::CallableType)))
    return true;
  return hasCallOperator(RD);
}

const Expr *lastWrittenArg(const CallExpr *CE) {
  unsigned N = CE->getNumArgs();
  while (N > 0 && isa<CXXDefaultArgExpr>(CE->getArg(N - 1)))
    --N;
  return N ? CE->getArg(N - 1) : nullptr;
}

unsigned objectArgs(const CallExpr *CE, const FunctionDecl *Callee) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
  return isa<CXXOperatorCallExpr>(CE) && MD && MD->isImplicitObjectMemberFunction()
             ? 1
             : 0;
}

const Expr *wrappedHandler(const Expr *E) {
  const auto *CE = dyn_cast_or_null<CallExpr>(stripCopies(E));
  if (!CE || !isNamed(CE->getDirectCallee(),
                      foundation().names(Role::HandlerWrapper)))
    return nullptr;
  return lastWrittenArg(CE);
}

const VarDecl *localVar(const Expr *E) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripCopies(E));
  if (!DRE)
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
  return V && V->isLocalVarDecl() && !V->isStaticLocal() ? V : nullptr;
}

llvm::SmallPtrSet<const ValueDecl *, 4> referencedVars(const Expr *E) {
  struct Refs : RecursiveASTVisitor<Refs> {
    llvm::SmallPtrSet<const ValueDecl *, 4> Vars;
    bool VisitDeclRefExpr(DeclRefExpr *DRE) {
      if (isa<VarDecl>(DRE->getDecl()))
        Vars.insert(DRE->getDecl());
      return true;
    }
    bool VisitMemberExpr(MemberExpr *ME) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        Vars.insert(ME->getMemberDecl());
      return true;
    }
    // RecursiveASTVisitor's name.
    bool TraverseLambdaExpr(LambdaExpr *) { // NOLINT(readability-identifier-naming)
      return true;
    }
  } R;
  if (E)
    R.TraverseStmt(const_cast<Expr *>(E));
  return R.Vars;
}

const FunctionDecl *calledFunction(const CallExpr *CE) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0)
    if (const auto *DRE = dyn_cast<DeclRefExpr>(bare(OC->getArg(0))))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        if (V->isLocalVarDecl() && V->getInit())
          if (const auto *LE = dyn_cast<LambdaExpr>(stripCopies(V->getInit())))
            return LE->getCallOperator();
  return CE->getDirectCallee();
}

const FunctionDecl *userDefinition(const FunctionDecl *FD, const ASTContext &Ctx) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Def->isDependentContext() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

bool isLambdaOperator(const FunctionDecl *F) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(F);
  return MD && MD->getParent()->isLambda();
}

const FunctionDecl *lambdaParent(const FunctionDecl *F) {
  if (!isLambdaOperator(F))
    return nullptr;
  const DeclContext *DC = cast<CXXMethodDecl>(F)->getParent()->getDeclContext();
  while (DC && !isa<FunctionDecl>(DC))
    DC = DC->getParent();
  return dyn_cast_or_null<FunctionDecl>(DC);
}

const FunctionDecl *outermostFunction(const FunctionDecl *F) {
  while (const FunctionDecl *P = lambdaParent(F))
    F = P;
  return F;
}

} // namespace ctxlife
