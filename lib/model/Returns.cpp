//===--- Returns.cpp - what a helper's result refers to -------------------===//

#include "lib/model/Returns.h"
#include "lib/model/ContextModel.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The `return` statements of one body, lambdas and local classes left out.
class ReturnFinder : public RecursiveASTVisitor<ReturnFinder> {
public:
  llvm::SmallVector<const ReturnStmt *, 4> Returns;
  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  bool TraverseDecl(Decl *D) {
    return !isa_and_nonnull<VarDecl>(D) || RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitReturnStmt(ReturnStmt *RS) {
    Returns.push_back(RS);
    return true;
  }
  // NOLINTEND(readability-identifier-naming)
};

/// The next step from \p E toward the object it is (a part of), or null
/// when \p E is not such a step.
const Expr *objectOf(const Expr *E) {
  if (const auto *UO = dyn_cast<UnaryOperator>(E))
    return UO->getOpcode() == UO_Deref || UO->getOpcode() == UO_AddrOf
               ? UO->getSubExpr()
               : nullptr;
  if (const auto *ME = dyn_cast<MemberExpr>(E))
    return ME->getBase();
  if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E))
    return AS->getBase();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E))
    return OC->getNumArgs() > 0 && isa_and_nonnull<CXXMethodDecl>(OC->getDirectCallee())
               ? OC->getArg(0)
               : nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return MC->getImplicitObjectArgument();
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E))
    return CE->getNumArgs() == 1 ? CE->getArg(0) : nullptr; // A view of it.
  if (const auto *FC = dyn_cast<CastExpr>(E))
    return FC->getSubExpr();
  if (const auto *FE = dyn_cast<FullExpr>(E))
    return FE->getSubExpr();
  if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
    return MT->getSubExpr();
  if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
    return BT->getSubExpr();
  return nullptr;
}

/// Whether \p E is (a part of) storage of \p FD's own.
bool ownStorage(const Expr *E, const FunctionDecl *FD, const ContextModel &Model,
                ASTContext &Ctx) {
  for (unsigned Steps = 0; E; ++Steps) {
    if (Steps > limits::StorageDepth.Value) {
      limitlog::hit(limits::StorageDepth, E->getBeginLoc(), FD, E);
      return false;
    }
    E = E->IgnoreParens();
    if (isa<StringLiteral>(E) ||
        E->isNullPointerConstant(Ctx, Expr::NPC_ValueDependentIsNotNull))
      return true;
    if (const auto *CO = dyn_cast<ConditionalOperator>(E))
      return ownStorage(CO->getTrueExpr(), FD, Model, Ctx) &&
             ownStorage(CO->getFalseExpr(), FD, Model, Ctx);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
      if (!V || isa<ParmVarDecl>(V))
        return false;
      if (V->hasGlobalStorage())
        return !Model.canCarry(V->getType().getNonReferenceType());
      // A local: what it is initialized from (an iterator into the pool).
      E = V->getInit();
      continue;
    }
    E = objectOf(E);
  }
  return false;
}

} // namespace

bool returnsOwnStorage(const FunctionDecl *FD, const ContextModel &Model,
                       ASTContext &Ctx) {
  const FunctionDecl *Def = FD ? userDefinition(FD, Ctx) : nullptr;
  if (!Def || !Def->getBody())
    return false;
  ReturnFinder Finder;
  Finder.TraverseStmt(Def->getBody());
  if (Finder.Returns.empty())
    return false;
  return llvm::all_of(Finder.Returns, [&](const ReturnStmt *RS) {
    return RS->getRetValue() && ownStorage(RS->getRetValue(), Def, Model, Ctx);
  });
}

} // namespace ctxlife
