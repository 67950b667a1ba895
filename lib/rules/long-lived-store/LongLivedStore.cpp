//===--- LongLivedStore.cpp - request contexts in long-lived storage ------===//
//
// Decides on the writes the collector found: where the stored value comes
// from (provenance), whether the storage outlives the request, and which
// helpers store their parameters (a summary per function and parameter,
// propagated to callers until nothing changes).
//
//===----------------------------------------------------------------------===//

#include "lib/rules/long-lived-store/LongLivedStore.h"
#include "lib/model/Exprs.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {

bool LongLivedStoreAnalyzer::considerStore(const Expr *Stored, QualType Dest,
                                           const Storage &Where,
                                           const FunctionDecl *Fn,
                                           ASTContext &Ctx, QualType MadeAs) {
  bool FromReference = !MadeAs.isNull();
  if (!Stored || Dest.isNull() || Dest->isDependentType() ||
      !Model.canCarry(Dest.getNonReferenceType()))
    return false;
  if (Where.Kind == StorageKind::ServiceMember &&
      Executors.isWorkQueue(dyn_cast_or_null<FieldDecl>(Where.Member)))
    return false;
  Tracer T(Model, Ctx, Fn);
  std::optional<Origin> O = FromReference ? T.lvalue(Stored) : T.value(Stored);
  if (!O) {
    if (!FromReference)
      noteFillable(Stored, Where, Fn);
    return false;
  }
  O->Derived |= FromReference;
  // A member of `this` is long-lived storage only for values that arrived
  // from outside: the object's own members are its own business.
  if (Where.Kind == StorageKind::ServiceMember && isa<FieldDecl>(O->Root))
    return false;
  if (O->Context && O->Context->Context.Row &&
      O->Context->Context.Row->KeptUntilCompleted && !O->Derived)
    return false;
  if (const ParmVarDecl *P = O->OpaqueParam) {
    StoringParams.insert(
        Fn, P->getFunctionScopeIndex(),
        HelperStore{Where,
                    Ctx.getSourceManager().getExpansionLoc(Stored->getBeginLoc()),
                    Fn, P->getName().str()});
    return true;
  }
  size_t Before = Findings.size();
  addFinding(Stored, *O, Where, Ctx, nullptr, Fn);
  if (FromReference && Findings.size() > Before && !O->HeldBy)
    Findings.back().StoredType = printType(MadeAs, Ctx); // What is stored.
  return true;
}

void LongLivedStoreAnalyzer::considerCall(const CallExpr *CE,
                                          const FunctionDecl *Fn,
                                          ASTContext &Ctx) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (CE->getNumArgs() == 0)
    return;
  // Through a function pointer, a callable object or a virtual function:
  // the targets are known at the end of the translation unit.
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(Callee);
  if (!Callee || (MD && MD->isVirtual()) ||
      (isa<CXXOperatorCallExpr>(CE) &&
       cast<CXXOperatorCallExpr>(CE)->getOperator() == OO_Call))
    Indirect.emplace_back(CE, Fn);
  if (!Callee || !Callee->hasBody() ||
      Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
    return;
  Calls.add(Callee, {CE, Callee, Fn});
}

void LongLivedStoreAnalyzer::addFinding(const Expr *Stored, const Origin &O,
                                        const Storage &Where, ASTContext &Ctx,
                                        const HelperStore *Via,
                                        const FunctionDecl *In) {
  const SourceManager &SM = Ctx.getSourceManager();
  // An object holding the request is reported where it is made from it.
  SourceLocation Loc = SM.getExpansionLoc(O.HeldBy ? O.HeldBy->At
                                                   : Stored->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  const Expr *Shown = stripWritten(Stored);
  StoreFinding F;
  F.Loc = Loc;
  F.Range = O.HeldBy ? SourceRange(Loc, Loc)
                     : SM.getExpansionRange(Stored->getSourceRange()).getAsRange();
  F.StoredText = O.HeldBy ? O.HeldBy->Text : sourceText(Shown, Ctx);
  F.StoredType = O.HeldBy ? O.HeldBy->Type : printType(Shown->getType(), Ctx);
  F.From = O;
  F.Where = Where;
  F.In = outermostFunction(In);
  if (O.Captured)
    F.Kind = StoredKind::Lambda;
  else if (O.Bound)
    F.Kind = StoredKind::Bind;
  else if (O.Derived)
    F.Kind = StoredKind::Derived;
  else if (!O.HeldBy && Model.isHandle(Shown->getType()))
    F.Kind = StoredKind::Handle;
  else
    F.Kind = StoredKind::Context;
  if (Via) {
    F.Helper = Via->Helper;
    F.HelperParam = Via->Param;
    F.HelperStoreLoc = Via->StoreLoc;
  }
  F.Hint = hintFor(F, O);
  Findings.push_back(std::move(F));
}

std::string LongLivedStoreAnalyzer::hintFor(const StoreFinding &F,
                                            const Origin &O) const {
  if (F.Kind == StoredKind::Derived)
    return "an owning copy of the data, such as a 'std::string' made from '" +
           F.StoredText + "'";
  if (!O.Context)
    return std::string();
  // Name the variable the user has in hand: the alias if there is one,
  // the call's text when the context comes from a call.
  std::string Name = O.RootName;
  bool Arrow = O.Context->How == Access::Pointer ||
               (O.Context->How == Access::Handle &&
                O.Context->Context.Kind == Ownership::Borrowed);
  if (O.Alias) {
    // A field holding the context is named as such (`info.ctx`); an
    // object holding it is no context itself: the root is named then.
    QualType AliasType =
        O.AliasField ? O.AliasField->getType() : O.Alias->getType();
    if (auto AA = Model.classify(AliasType)) {
      Name = O.AliasField ? O.AliasPart : O.Alias->getName().str();
      Arrow = AA->How == Access::Pointer ||
              (AA->How == Access::Handle &&
               AA->Context.Kind == Ownership::Borrowed);
    }
  } else if (isa<FunctionDecl>(O.Root)) {
    Name = F.StoredText;
  }
  return Model.hintFor(O.Context->Context, Name, Arrow);
}

/// `batch.Add(job)` on a local object: what the helper keeps in its
/// members dies with the caller.
static bool onLocalObject(const CallExpr *CE) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  const Expr *Obj = MC ? MC->getImplicitObjectArgument() : nullptr;
  const auto *DRE = Obj ? dyn_cast<DeclRefExpr>(Obj->IgnoreParenImpCasts()) : nullptr;
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  return V && V->isLocalVarDecl() && !V->isStaticLocal() &&
         !V->getType()->isReferenceType() && !V->getType()->isPointerType();
}

void LongLivedStoreAnalyzer::resolveCall(
    const PendingCall &PC, ASTContext &Ctx,
    llvm::function_ref<void(const FunctionDecl *)> Gained) {
  const FunctionDecl *Callee = PC.Callee;
  unsigned Shift =
      PC.Shift >= 0 ? static_cast<unsigned>(PC.Shift)
      : objectArgs(PC.Call, Callee);
  for (unsigned I = Shift; I < PC.Call->getNumArgs(); ++I) {
    unsigned PI = I - Shift;
    if (PI >= Callee->getNumParams())
      break;
    const HelperStore *Stores = StoringParams.find(Callee, PI);
    const Expr *Arg = PC.Call->getArg(I);
    if (isa<CXXDefaultArgExpr>(Arg))
      continue;
    if (const IntoParam *Into = StoringInto.find(Callee, PI))
      resolveIntoParam(PC, PI, Shift, *Into, Ctx, Gained);
    if (!Stores)
      continue;
    HelperStore HS = *Stores;
    if (HS.Where.Kind == StorageKind::ServiceMember && onLocalObject(PC.Call))
      continue; // A member of a local object dies with the caller.
    Tracer T(Model, Ctx, PC.Caller);
    std::optional<Origin> O;
    if (Callee->getParamDecl(PI)->getType()->isReferenceType())
      O = T.lvalue(Arg);
    if (!O)
      O = T.value(Arg);
    if (!O)
      continue;
    if (O->OpaqueParam) {
      // The caller forwards its own parameter: it stores it too.
      if (StoringParams.insert(PC.Caller, O->OpaqueParam->getFunctionScopeIndex(),
                               HS))
        Gained(PC.Caller);
      continue;
    }
    size_t Before = Findings.size();
    addFinding(Arg, *O, HS.Where, Ctx, &HS, PC.Caller);
    if (Findings.size() > Before && PC.How != CallTarget::Via::Direct)
      describeIndirect(Findings.back(), PC, Ctx);
  }
}

std::vector<StoreFinding> LongLivedStoreAnalyzer::finish(ASTContext &Ctx) {
  // Helpers whose parameter type does not say request-scoped: the call that
  // passes a request context is the finding. Callers that forward their own
  // opaque parameter become storing helpers too, until nothing changes.
  // Helpers defined outside the traversed declarations (a header, when the
  // front-end scopes traversal to the main file) are analyzed on demand, so
  // findings do not depend on what was traversed.
  addIndirectCalls(Ctx);
  for (size_t I = 0; I < Calls.calls().size(); ++I) {
    const FunctionDecl *Def = nullptr;
    if (Calls.calls()[I].Callee->hasBody(Def) && !Analyzed.count(Def))
      analyzeFunction(Def, Ctx);
  }
  Calls.run([&](const PendingCall &PC,
                llvm::function_ref<void(const FunctionDecl *)> Gained) {
    resolveCall(PC, Ctx, Gained);
  });
  resolveFills(Ctx);
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<StoreFinding> Result;
  for (StoreFinding &F : Findings) {
    // Connection handlers (websockets) keep their connection in a registry
    // until the close handler runs: the framework's idiom, not a leak.
    if (F.In && (ConnectionHandlers.count(F.In->getCanonicalDecl()) ||
                 Model.isConnectionHandlerMethod(F.In)))
      continue;
    Result.push_back(std::move(F));
  }
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const StoreFinding &A, const StoreFinding &B) {
                     return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
                   });
  Findings.clear();
  ConnectionHandlers.clear();
  Calls.clear();
  StoringParams.clear();
  StoringInto.clear();
  Executors.reset();
  Indirect.clear();
  Targets.reset();
  Analyzed.clear();
  Reported.clear();
  return Result;
}

} // namespace ctxlife
