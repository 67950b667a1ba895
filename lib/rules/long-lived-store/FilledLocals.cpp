//===--- FilledLocals.cpp - locals a helper fills through a parameter -----===//
//
// `std::string_view agent; ExtractAgent(req, &agent); ++g_agents[agent];`:
// the local holds what the helper writes through its out-parameter (the
// summary "stores parameter j, or a view into it, into parameter k" of
// ParamStores.cpp), so storing the local stores that. Asked only for a
// store whose value is a local the tracer could not follow, once the
// helpers' summaries are complete.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/long-lived-store/LongLivedStore.h"
#include "lib/model/Exprs.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The calls of one body (lambdas included) that pass \p Var to be written:
/// `&Var` for a pointer parameter, `Var` for a non-const lvalue reference.
class FillingCalls : public RecursiveASTVisitor<FillingCalls> {
public:
  explicit FillingCalls(const VarDecl *Var) : Var(Var) {}
  /// (call, callee, index of the callee's parameter that receives Var,
  /// arguments before the callee's first parameter).
  struct Fill {
    const CallExpr *Call;
    const FunctionDecl *Callee;
    unsigned Param, Shift;
  };
  llvm::SmallVector<Fill, 2> Fills;

  bool shouldVisitLambdaBody() const { return true; }
  bool VisitCallExpr(CallExpr *CE) { // NOLINT(readability-identifier-naming)
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return true;
    unsigned Shift = objectArgs(CE, FD);
    for (unsigned I = Shift; I < CE->getNumArgs(); ++I) {
      unsigned P = I - Shift;
      if (P >= FD->getNumParams())
        break;
      QualType PT = FD->getParamDecl(P)->getType();
      const Expr *Arg = bare(CE->getArg(I));
      if (PT->isPointerType()) {
        const auto *UO = dyn_cast<UnaryOperator>(Arg);
        if (!UO || UO->getOpcode() != UO_AddrOf)
          continue;
        Arg = bare(UO->getSubExpr());
      } else if (!PT->isLValueReferenceType() ||
                 PT.getNonReferenceType().isConstQualified()) {
        continue;
      }
      const auto *DRE = dyn_cast<DeclRefExpr>(Arg);
      if (DRE && DRE->getDecl() == Var)
        Fills.push_back({CE, FD, P, Shift});
    }
    return true;
  }

private:
  const VarDecl *Var;
};

} // namespace

void LongLivedStoreAnalyzer::noteFillable(const Expr *Stored, const Storage &Where,
                                          const FunctionDecl *Fn) {
  const auto *DRE = dyn_cast<DeclRefExpr>(bare(Stored));
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDecl() || V->isStaticLocal() ||
      V->getType()->isReferenceType() || isa<ParmVarDecl>(V))
    return;
  Fillable.push_back({Stored, V, Where, Fn});
}

void LongLivedStoreAnalyzer::resolveFills(ASTContext &Ctx) {
  for (const PendingFill &PF : Fillable) {
    const auto *Owner = dyn_cast<FunctionDecl>(PF.Var->getDeclContext());
    if (!Owner || !Owner->getBody())
      continue;
    FillingCalls Walk(PF.Var);
    Walk.TraverseStmt(Owner->getBody());
    for (const FillingCalls::Fill &F : Walk.Fills) {
      for (unsigned J = 0; J < F.Callee->getNumParams(); ++J) {
        const IntoParam *Into = StoringInto.find(F.Callee, J);
        if (!Into || Into->Dest != F.Param || J + F.Shift >= F.Call->getNumArgs())
          continue;
        const Expr *Arg = F.Call->getArg(J + F.Shift);
        Tracer T(Model, Ctx, Owner);
        std::optional<Origin> O;
        if (F.Callee->getParamDecl(J)->getType()->isReferenceType())
          O = T.lvalue(Arg);
        if (!O)
          O = T.value(Arg);
        if (!O || O->OpaqueParam)
          continue;
        O->Derived |= Into->View;
        if (!O->Alias)
          O->Alias = PF.Var;
        addFinding(PF.Stored, *O, PF.Where, Ctx, nullptr, PF.Fn);
        break;
      }
    }
  }
  Fillable.clear();
}

} // namespace ctxlife
