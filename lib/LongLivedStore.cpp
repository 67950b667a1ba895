//===--- LongLivedStore.cpp - request contexts in long-lived storage ------===//

#include "lib/LongLivedStore.h"
#include "lib/FunctionWalker.h"
#include "lib/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {
namespace {

/// Walks one function body, lambdas included, and hands every write to
/// the analyzer together with the function it happens in.
class BodyWalker : public FunctionWalker<BodyWalker> {
public:
  BodyWalker(LongLivedStoreAnalyzer &A, ASTContext &Ctx, const FunctionDecl *FD)
      : FunctionWalker(FD), A(A), Ctx(Ctx) {}

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      assign(BO->getLHS(), BO->getRHS());
    return true;
  }

  bool VisitVarDecl(VarDecl *V) {
    if (!V->isLocalVarDecl() || !V->getInit())
      return true;
    if (auto S = staticStorageOf(V))
      A.considerStore(V->getInit(), V->getType(), *S, Fns.back(), Ctx);
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Fn = Fns.back();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        assign(OC->getArg(0), OC->getArg(1));
      return true;
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
      const CXXMethodDecl *MD = MC->getMethodDecl();
      if (MD && A.isStoreMethod(MD)) {
        const Expr *Obj = MC->getImplicitObjectArgument();
        QualType ObjType = Obj->getType();
        std::optional<Storage> S;
        if (ObjType->isPointerType()) {
          ObjType = ObjType->getPointeeType();
          S = A.storage().pointeeStorage(Obj, Fn);
        } else {
          S = A.storage().objectStorage(Obj, Fn);
        }
        // Containers decide by their element types; a user's store
        // function by what its parameters can hold.
        bool User = A.isUserStoreFunction(MD);
        // compare_exchange_*(expected, desired) stores only `desired`.
        unsigned First =
            MD->getName().starts_with("compare_exchange") ? 1 : 0;
        if (S)
          for (unsigned I = First; I < MC->getNumArgs(); ++I) {
            const Expr *Arg = MC->getArg(I);
            QualType Dest = ObjType;
            if (User)
              Dest = I < MD->getNumParams() ? MD->getParamDecl(I)->getType()
                                            : Arg->getType();
            A.considerStore(Arg, Dest, *S, Fn, Ctx);
          }
      }
    } else if (const FunctionDecl *FD = CE->getDirectCallee()) {
      if (A.model().isConnectionHandlerRegistrar(FD))
        for (const Expr *Arg : CE->arguments()) {
          const Expr *E = Arg->IgnoreParenImpCasts();
          if (const auto *UO = dyn_cast<UnaryOperator>(E))
            E = UO->getSubExpr()->IgnoreParenImpCasts();
          if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
            if (const auto *H = dyn_cast<FunctionDecl>(DRE->getDecl()))
              A.ConnectionHandlers.insert(H->getCanonicalDecl());
        }
      if (A.isStoreFreeFunction(FD)) {
        Storage S{StorageKind::StoreFunction, qualifiedName(FD), "",
                  FD->getLocation()};
        for (unsigned I = 0; I < CE->getNumArgs(); ++I)
          A.considerStore(CE->getArg(I), CE->getArg(I)->getType(), S, Fn, Ctx);
      }
    }
    A.considerCall(CE, Fn, Ctx);
    return true;
  }

private:
  void assign(const Expr *LHS, const Expr *RHS) {
    const FunctionDecl *Fn = Fns.back();
    if (auto S = A.storage().objectStorage(LHS, Fn))
      A.considerStore(RHS, LHS->getType(), *S, Fn, Ctx);
  }

  LongLivedStoreAnalyzer &A;
  ASTContext &Ctx;
};

} // namespace

LongLivedStoreAnalyzer::LongLivedStoreAnalyzer(const ContextModel &Model,
                                               const StoreOptions &Opts)
    : Model(Model), Storages(Model) {
  for (llvm::StringRef N : builtinStoreMethodNames())
    StoreMethodNames.insert(N);
  for (const std::string &F : Opts.StoreFunctions)
    StoreFunctionNames.insert(F);
}

bool LongLivedStoreAnalyzer::isUserStoreFunction(const FunctionDecl *FD) const {
  return !StoreFunctionNames.empty() && FD->getIdentifier() &&
         StoreFunctionNames.contains(qualifiedName(FD));
}

bool LongLivedStoreAnalyzer::isStoreMethod(const CXXMethodDecl *MD) const {
  if (isUserStoreFunction(MD))
    return true;
  const IdentifierInfo *II = MD->getIdentifier();
  return II && StoreMethodNames.contains(II->getName());
}

bool LongLivedStoreAnalyzer::isStoreFreeFunction(const FunctionDecl *FD) const {
  if (StoreFunctionNames.empty() || !FD->getIdentifier())
    return false;
  if (const auto *MD = dyn_cast<CXXMethodDecl>(FD))
    if (!MD->isStatic())
      return false;
  return StoreFunctionNames.contains(qualifiedName(FD));
}

void LongLivedStoreAnalyzer::analyzeFunction(const FunctionDecl *FD,
                                             ASTContext &Ctx) {
  if (!FD || !FD->hasBody() || FD->isDependentContext() ||
      !Analyzed.insert(FD).second)
    return;
  BodyWalker(*this, Ctx, FD).TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      BodyWalker(*this, Ctx, FD).TraverseStmt(Init->getInit());
}

void LongLivedStoreAnalyzer::considerStore(const Expr *Stored, QualType Dest,
                                           const Storage &Where,
                                           const FunctionDecl *Fn,
                                           ASTContext &Ctx) {
  if (!Stored || Dest.isNull() || Dest->isDependentType() ||
      !Model.canCarry(Dest.getNonReferenceType()))
    return;
  Tracer T(Model, Ctx, Fn);
  std::optional<Origin> O = T.value(Stored);
  if (!O)
    return;
  // A member of `this` is long-lived storage only for values that arrived
  // from outside: the object's own members are its own business.
  if (Where.Kind == StorageKind::ServiceMember && isa<FieldDecl>(O->Root))
    return;
  if (O->Context && O->Context->Context.Row &&
      O->Context->Context.Row->KeptUntilCompleted && !O->Derived)
    return;
  if (O->OpaqueParam) {
    const auto *P = O->OpaqueParam;
    auto Key = std::make_pair(Fn->getCanonicalDecl(), P->getFunctionScopeIndex());
    if (!StoringParams.count(Key))
      StoringParams[Key] = HelperStore{
          Where, Ctx.getSourceManager().getExpansionLoc(Stored->getBeginLoc()),
          Fn, P->getName().str()};
    return;
  }
  addFinding(Stored, *O, Where, Ctx, nullptr, Fn);
}

void LongLivedStoreAnalyzer::considerCall(const CallExpr *CE,
                                          const FunctionDecl *Fn,
                                          ASTContext &Ctx) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (!Callee || CE->getNumArgs() == 0 || !Callee->hasBody() ||
      Ctx.getSourceManager().isInSystemHeader(Callee->getLocation()))
    return;
  Calls.push_back({CE, Callee, Fn});
}

void LongLivedStoreAnalyzer::addFinding(const Expr *Stored, const Origin &O,
                                        const Storage &Where, ASTContext &Ctx,
                                        const HelperStore *Via,
                                        const FunctionDecl *In) {
  const SourceManager &SM = Ctx.getSourceManager();
  SourceLocation Loc = SM.getExpansionLoc(Stored->getBeginLoc());
  if (!Reported.insert(Loc.getRawEncoding()).second)
    return;
  const Expr *Shown = stripWritten(Stored);
  StoreFinding F;
  F.Loc = Loc;
  F.Range = SM.getExpansionRange(Stored->getSourceRange()).getAsRange();
  F.StoredText = sourceText(Shown, Ctx);
  F.StoredType = printType(Shown->getType(), Ctx);
  F.From = O;
  F.Where = Where;
  F.In = outermostFunction(In);
  if (O.Captured)
    F.Kind = StoredKind::Lambda;
  else if (O.Bound)
    F.Kind = StoredKind::Bind;
  else if (O.Derived)
    F.Kind = StoredKind::Derived;
  else if (Model.isHandle(Shown->getType()))
    F.Kind = StoredKind::Handle;
  else
    F.Kind = StoredKind::Context;
  if (Via) {
    F.Helper = Via->Helper;
    F.HelperParam = Via->Param;
    F.HelperStoreLoc = Via->StoreLoc;
  }
  if (F.Kind == StoredKind::Derived) {
    F.Hint = "an owning copy of the data, such as a 'std::string' made from '" +
             F.StoredText + "'";
  } else if (O.Context) {
    // Name the variable the user has in hand: the alias if there is one,
    // the call's text when the context comes from a call.
    std::string Name = O.RootName;
    bool Arrow = O.Context->How == Access::Pointer ||
                 (O.Context->How == Access::Handle &&
                  O.Context->Context.Kind == Ownership::Borrowed);
    if (O.Alias) {
      Name = O.Alias->getName().str();
      if (auto AA = Model.classify(O.Alias->getType()))
        Arrow = AA->How == Access::Pointer ||
                (AA->How == Access::Handle &&
                 AA->Context.Kind == Ownership::Borrowed);
    } else if (isa<FunctionDecl>(O.Root)) {
      Name = F.StoredText;
    }
    F.Hint = Model.hintFor(O.Context->Context, Name, Arrow);
  }
  Findings.push_back(std::move(F));
}

std::vector<StoreFinding> LongLivedStoreAnalyzer::finish(ASTContext &Ctx) {
  // Helpers whose parameter type does not say request-scoped: the call that
  // passes a request context is the finding. Callers that forward their own
  // opaque parameter become storing helpers too, until nothing changes.
  // Helpers defined outside the traversed declarations (a header, when the
  // front-end scopes traversal to the main file) are analyzed on demand, so
  // findings do not depend on what was traversed.
  for (size_t I = 0; I < Calls.size(); ++I) {
    const FunctionDecl *Def = nullptr;
    if (Calls[I].Callee->hasBody(Def) && !Analyzed.count(Def))
      analyzeFunction(Def, Ctx);
  }
  bool Changed = true;
  for (unsigned Round = 0; Changed && Round < 8; ++Round) {
    Changed = false;
    for (const PendingCall &PC : Calls) {
      const FunctionDecl *Callee = PC.Callee;
      unsigned Shift = 0;
      if (isa<CXXOperatorCallExpr>(PC.Call))
        if (isa<CXXMethodDecl>(Callee))
          Shift = 1;
      for (unsigned I = Shift; I < PC.Call->getNumArgs(); ++I) {
        unsigned PI = I - Shift;
        if (PI >= Callee->getNumParams())
          break;
        auto It = StoringParams.find({Callee->getCanonicalDecl(), PI});
        if (It == StoringParams.end())
          continue;
        HelperStore HS = It->second;
        const Expr *Arg = PC.Call->getArg(I);
        if (isa<CXXDefaultArgExpr>(Arg))
          continue;
        Tracer T(Model, Ctx, PC.Caller);
        std::optional<Origin> O;
        if (Callee->getParamDecl(PI)->getType()->isReferenceType())
          O = T.lvalue(Arg);
        if (!O)
          O = T.value(Arg);
        if (!O)
          continue;
        if (O->OpaqueParam) {
          auto Key = std::make_pair(PC.Caller->getCanonicalDecl(),
                                    O->OpaqueParam->getFunctionScopeIndex());
          if (!StoringParams.count(Key)) {
            StoringParams[Key] = HS;
            Changed = true;
          }
          continue;
        }
        addFinding(Arg, *O, HS.Where, Ctx, &HS, PC.Caller);
      }
    }
  }
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
  Analyzed.clear();
  Reported.clear();
  return Result;
}

} // namespace ctxlife
