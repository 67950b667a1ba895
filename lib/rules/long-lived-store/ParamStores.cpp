//===--- ParamStores.cpp - storage reached through parameters -------------===//
//
// A helper that writes through an out-pointer or an out-reference
// (`*route = req.path`, `into.push_back(ctx)`, `token.emplace(v)`) stores
// into whatever its caller passes: a summary per helper and value
// parameter ("stores parameter j, or a view into it, into parameter k"),
// applied at each call with what the caller passes for k. A global or a
// member of a service object passed in is a finding at the call; a local
// or a per-request member is not; the caller's own parameter makes the
// caller such a helper too.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/long-lived-store/LongLivedStore.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The parameter of \p Fn whose referent (a non-const lvalue reference) or
/// pointee (a pointer) the object \p E is, or is part of: `*out`,
/// `out->items`, `into[k]`, `into.back()`.
const ParmVarDecl *paramDestination(const Expr *E, const FunctionDecl *Fn,
                                    bool Pointee = false) {
  bool ThroughPointer = Pointee;
  for (unsigned Depth = 0; E && Depth < limits::StorageDepth.Value; ++Depth) {
    E = E->IgnoreParenImpCasts();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      const auto *P = dyn_cast<ParmVarDecl>(DRE->getDecl());
      if (!P || P->getDeclContext() != static_cast<const DeclContext *>(Fn))
        return nullptr;
      QualType T = P->getType();
      if (ThroughPointer)
        return T->isPointerType() ? P : nullptr;
      return T->isLValueReferenceType() &&
                     !T.getNonReferenceType().isConstQualified()
                 ? P
                 : nullptr;
    }
    if (const auto *UO = dyn_cast<UnaryOperator>(E)) {
      if (UO->getOpcode() == UO_AddrOf && ThroughPointer)
        ThroughPointer = false; // `&out->items` passed on as a pointee.
      else if (UO->getOpcode() == UO_Deref)
        ThroughPointer = true;
      else
        return nullptr;
      E = UO->getSubExpr();
    } else if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      ThroughPointer = ME->isArrow();
      E = ME->getBase();
    } else if (const auto *AS = dyn_cast<ArraySubscriptExpr>(E)) {
      ThroughPointer = AS->getBase()->getType()->isPointerType();
      E = AS->getBase();
    } else if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E)) {
      if (OC->getOperator() != OO_Subscript || OC->getNumArgs() == 0)
        return nullptr;
      E = OC->getArg(0);
    } else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E)) {
      E = MC->getImplicitObjectArgument();
      ThroughPointer = E && E->getType()->isPointerType();
    } else {
      return nullptr;
    }
  }
  if (E)
    limitlog::hit(limits::StorageDepth, E->getBeginLoc(), Fn, E);
  return nullptr;
}

/// The parameter of \p Fn a traced value comes from: the opaque parameter
/// itself, or a request-typed parameter the value is (or points into).
const ParmVarDecl *sourceParam(const Origin &O, const FunctionDecl *Fn) {
  const ParmVarDecl *P = O.OpaqueParam;
  if (!P && O.Context && !O.Captured && !O.Bound)
    P = dyn_cast_or_null<ParmVarDecl>(O.Root);
  return P && P->getDeclContext() == static_cast<const DeclContext *>(Fn) ? P
                                                                          : nullptr;
}

} // namespace

void LongLivedStoreAnalyzer::considerParamStore(const Expr *Stored, QualType Dest,
                                                const Expr *Obj, bool Pointee,
                                                const FunctionDecl *Fn,
                                                ASTContext &Ctx,
                                                bool FromReference) {
  if (!Stored || Dest.isNull() || Dest->isDependentType() || isLambdaOperator(Fn))
    return;
  const ParmVarDecl *Into = paramDestination(Obj, Fn, Pointee);
  if (!Into || !Model.canCarry(Dest.getNonReferenceType()))
    return;
  Tracer T(Model, Ctx, Fn);
  std::optional<Origin> O = FromReference ? T.lvalue(Stored) : T.value(Stored);
  if (!O)
    return;
  O->Derived |= FromReference;
  const ParmVarDecl *From = sourceParam(*O, Fn);
  if (!From || From == Into)
    return;
  if (O->Context && O->Context->Context.Row &&
      O->Context->Context.Row->KeptUntilCompleted && !O->Derived)
    return;
  StoringInto.insert(
      Fn, From->getFunctionScopeIndex(),
      IntoParam{Into->getFunctionScopeIndex(), O->Derived && !O->OpaqueParam,
                Ctx.getSourceManager().getExpansionLoc(Stored->getBeginLoc()), Fn,
                From->getName().str(), Into->getName().str()});
}

void LongLivedStoreAnalyzer::resolveIntoParam(
    const PendingCall &PC, unsigned PI, unsigned Shift, const IntoParam &Into,
    ASTContext &Ctx, llvm::function_ref<void(const FunctionDecl *)> Gained) {
  const FunctionDecl *Callee = PC.Callee;
  if (Into.Dest + Shift >= PC.Call->getNumArgs() ||
      Into.Dest >= Callee->getNumParams())
    return;
  const Expr *Arg = PC.Call->getArg(PI + Shift);
  const Expr *DestArg = PC.Call->getArg(Into.Dest + Shift);
  bool Pointer = Callee->getParamDecl(Into.Dest)->getType()->isPointerType();
  std::optional<Storage> S = Pointer ? Storages.pointeeStorage(DestArg, PC.Caller)
                                     : Storages.objectStorage(DestArg, PC.Caller);
  if (S && S->Kind == StorageKind::ServiceMember &&
      Executors.isWorkQueue(dyn_cast_or_null<FieldDecl>(S->Member)))
    return;
  const ParmVarDecl *CallerInto =
      S ? nullptr
        : paramDestination(DestArg, PC.Caller, Pointer);
  if (!S && !CallerInto)
    return;
  Tracer T(Model, Ctx, PC.Caller);
  std::optional<Origin> O;
  if (Callee->getParamDecl(PI)->getType()->isReferenceType())
    O = T.lvalue(Arg);
  if (!O)
    O = T.value(Arg);
  if (!O)
    return;
  if (CallerInto) {
    // The caller passes its own out-parameter on: it stores into it too.
    const ParmVarDecl *From = sourceParam(*O, PC.Caller);
    if (!From || isLambdaOperator(PC.Caller))
      return;
    IntoParam Inherited = Into;
    Inherited.Dest = CallerInto->getFunctionScopeIndex();
    Inherited.View = Into.View || (O->Derived && !O->OpaqueParam);
    if (StoringInto.insert(PC.Caller, From->getFunctionScopeIndex(), Inherited))
      Gained(PC.Caller);
    return;
  }
  if (!S)
    return;
  HelperStore HS{*S, Into.StoreLoc, Callee, Into.Param};
  if (O->OpaqueParam) {
    // The caller forwards its own parameter into long-lived storage.
    if (StoringParams.insert(PC.Caller, O->OpaqueParam->getFunctionScopeIndex(),
                             HS))
      Gained(PC.Caller);
    return;
  }
  size_t Before = Findings.size();
  addFinding(Arg, *O, *S, Ctx, &HS, PC.Caller);
  if (Findings.size() == Before)
    return;
  StoreFinding &F = Findings.back();
  F.StoringHelper = Into.Helper;
  F.HelperDestParam = Into.DestParam;
  F.HelperStoresView = Into.View;
  // The argument as the caller declared it (`const httplib::Request &`).
  if (const auto *DRE = dyn_cast<DeclRefExpr>(Arg->IgnoreParenImpCasts()))
    if (DRE->getDecl()->getType()->isReferenceType())
      F.StoredType = printType(DRE->getDecl()->getType(), Ctx);
}

} // namespace ctxlife

namespace ctxlife {

/// The function a callable expression runs: a lambda's call operator or a
/// function named (or its address taken).
static const FunctionDecl *callableTarget(const Expr *E) {
  E = stripCallable(E);
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = UO->getSubExpr()->IgnoreParenImpCasts();
  if (const auto *LE = dyn_cast<LambdaExpr>(E))
    return LE->getCallOperator();
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return dyn_cast<FunctionDecl>(DRE->getDecl());
  return nullptr;
}

void LongLivedStoreAnalyzer::addIndirectCalls(ASTContext &Ctx) {
  for (auto [CE, Caller] : Indirect)
    for (const CallTarget &T : Targets.anyTargets(CE, Ctx, callableTarget)) {
      analyzeFunction(T.Def, Ctx);
      Calls.add(T.Def, PendingCall{CE, T.Def, Caller, static_cast<int>(T.Shift),
                                   T.How});
    }
}

void LongLivedStoreAnalyzer::describeIndirect(StoreFinding &F,
                                              const PendingCall &PC,
                                              ASTContext &Ctx) const {
  if (PC.How == CallTarget::Via::Override) {
    const auto *MD = dyn_cast<CXXMethodDecl>(PC.Callee);
    F.OverrideClass = MD ? MD->getParent()->getNameAsString() : "";
    if (const FunctionDecl *Called = PC.Call->getDirectCallee())
      F.CalledName = Called->getNameAsString();
    return;
  }
  const Expr *Through = PC.Call->getCallee();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(PC.Call))
    Through = OC->getArg(0);
  F.Through = sourceText(Through->IgnoreParenImpCasts(), Ctx);
}

} // namespace ctxlife
