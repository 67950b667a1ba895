//===--- CallTargets.cpp - what an indirect call may run ------------------===//

#include "lib/model/CallTargets.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"

using namespace clang;

namespace ctxlife {

/// The key of a function's parameter in the variable index.
const void *CallTargets::paramKey(const FunctionDecl *FD, unsigned Index) {
  return FD->getCanonicalDecl()->getParamDecl(Index);
}

namespace {

/// Every method that overrides another, from the declarations only.
class OverrideIndex : public RecursiveASTVisitor<OverrideIndex> {
public:
  explicit OverrideIndex(
      llvm::DenseMap<const CXXMethodDecl *,
                     llvm::SmallVector<const CXXMethodDecl *, 2>> &Out)
      : Out(Out) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool TraverseStmt(Stmt *) { return true; } // NOLINT(readability-identifier-naming)
  bool VisitCXXMethodDecl(CXXMethodDecl *MD) { // NOLINT(readability-identifier-naming)
    if (MD->isThisDeclarationADefinition())
      add(MD, MD, 0);
    return true;
  }

private:
  void add(const CXXMethodDecl *Overrider, const CXXMethodDecl *MD,
           unsigned Depth) {
    if (limitlog::past(limits::NestingDepth, Depth, MD->getLocation(), MD))
      return;
    for (const CXXMethodDecl *O : MD->overridden_methods()) {
      Out[O->getCanonicalDecl()].push_back(Overrider);
      add(Overrider, O, Depth + 1);
    }
  }
  llvm::DenseMap<const CXXMethodDecl *,
                 llvm::SmallVector<const CXXMethodDecl *, 2>> &Out;
};

/// The callables a class assigns to its member \p F: initializers of the
/// member and assignments to it in the class's member functions.
class MemberAssignments : public RecursiveASTVisitor<MemberAssignments> {
public:
  MemberAssignments(const FieldDecl *F,
                    llvm::SmallVectorImpl<const Expr *> &Out)
      : F(F), Out(Out) {}
  bool VisitBinaryOperator(BinaryOperator *BO) { // NOLINT(readability-identifier-naming)
    if (BO->getOpcode() == BO_Assign)
      assigned(BO->getLHS(), BO->getRHS());
    return true;
  }
  bool VisitCXXOperatorCallExpr(CXXOperatorCallExpr *OC) { // NOLINT(readability-identifier-naming)
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assigned(OC->getArg(0), OC->getArg(1));
    return true;
  }
  void walk(const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || Def->isDependentContext())
      return;
    if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(Def))
      for (const CXXCtorInitializer *Init : Ctor->inits()) {
        if (Init->getMember() == F && Init->isWritten())
          Out.push_back(Init->getInit());
        TraverseStmt(Init->getInit());
      }
    TraverseStmt(Def->getBody());
  }

private:
  void assigned(const Expr *LHS, const Expr *RHS) {
    const auto *ME = dyn_cast<MemberExpr>(LHS->IgnoreParenImpCasts());
    if (ME && ME->getMemberDecl() == F)
      Out.push_back(RHS);
  }
  const FieldDecl *F;
  llvm::SmallVectorImpl<const Expr *> &Out;
};

/// Callables converted to a callable class (`std::function<Sig>`) and
/// functions whose address is taken, in the user's code.
class ValueIndex : public RecursiveASTVisitor<ValueIndex> {
public:
  ValueIndex(ASTContext &Ctx, CallTargets::WorkFn WorkFunction,
             llvm::DenseMap<const void *,
                            llvm::SmallVector<const FunctionDecl *, 2>> &ByType,
             llvm::DenseMap<const void *,
                            llvm::SmallVector<const FunctionDecl *, 2>> &Taken,
             llvm::DenseMap<const void *,
                            llvm::SmallVector<const FunctionDecl *, 2>> &Vars)
      : SM(Ctx.getSourceManager()), WorkFunction(WorkFunction), ByType(ByType),
        Taken(Taken), Vars(Vars) {}
  bool shouldVisitTemplateInstantiations() const { return true; }
  bool shouldVisitLambdaBody() const { return true; }
  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool TraverseDecl(Decl *D) {
    if (D && !isa<TranslationUnitDecl>(D) && D->getLocation().isValid() &&
        SM.isInSystemHeader(D->getLocation()))
      return true;
    return RecursiveASTVisitor::TraverseDecl(D);
  }
  bool VisitCallExpr(CallExpr *CE) {
    Callees.insert(CE->getCallee()->IgnoreParens());
    passed(CE);
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    QualType T = CE->getType();
    const auto *RD = T->getAsCXXRecordDecl();
    if (!RD || RD->isLambda() || CE->getNumArgs() != 1 || !isCallableType(T))
      return true;
    const Expr *Arg = CE->getArg(0);
    // A copy or move of a callable of the same class is not a new target.
    if (Arg->getType()->getAsCXXRecordDecl() == RD)
      return true;
    if (const FunctionDecl *F = WorkFunction(Arg))
      add(ByType, T, F);
    return true;
  }
  bool VisitImplicitCastExpr(ImplicitCastExpr *IC) {
    if (IC->getCastKind() == CK_FunctionToPointerDecay && !Callees.count(IC))
      taken(IC->getSubExpr());
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() == UO_AddrOf)
      taken(UO->getSubExpr());
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (V->getType()->isFunctionPointerType())
      given(V, V->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(BO->getLHS()->IgnoreParens()))
        if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
            V && V->getType()->isFunctionPointerType())
          given(V, BO->getRHS());
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

private:
  /// `ForEachParam(req, [](std::string_view v) {...})`: what a call passes
  /// for a callable parameter of its callee is what a call through that
  /// parameter runs; an argument that is not a known callable makes the
  /// parameter's targets unknown (the type's targets then apply).
  void passed(const CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (!FD)
      return;
    unsigned Shift = objectArgs(CE, FD);
    for (unsigned I = Shift; I < CE->getNumArgs(); ++I) {
      unsigned P = I - Shift;
      if (P >= FD->getNumParams())
        break;
      const ParmVarDecl *Param = FD->getParamDecl(P);
      QualType T = Param->getType().getNonReferenceType();
      if (!isCallableType(T) || T->isDependentType())
        continue;
      const void *Key = CallTargets::paramKey(FD, P);
      auto [It, New] = Vars.try_emplace(Key);
      if (Unknown.count(Key))
        continue;
      const FunctionDecl *F = WorkFunction(CE->getArg(I));
      if (!F) {
        Unknown.insert(Key);
        It->second.clear();
      } else if (!llvm::is_contained(It->second, F)) {
        It->second.push_back(F);
      }
    }
  }
  /// What a function pointer variable is given: a function, or (unknown)
  /// anything else; null leaves it as it is.
  void given(const VarDecl *V, const Expr *Value) {
    V = V->getCanonicalDecl();
    auto [It, New] = Vars.try_emplace(static_cast<const Decl *>(V));
    if (!Value || Value->isNullPointerConstant(V->getASTContext(),
                                               Expr::NPC_ValueDependentIsNull))
      return;
    const Expr *E = Value->IgnoreParenImpCasts();
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParens();
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const auto *F = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
    if (!F) {
      Unknown.insert(static_cast<const Decl *>(V));
      It->second.clear();
    } else if (!Unknown.count(static_cast<const Decl *>(V))) {
      It->second.push_back(F);
    }
  }
  void taken(const Expr *E) {
    const auto *DRE = dyn_cast<DeclRefExpr>(E->IgnoreParens());
    const auto *F = DRE ? dyn_cast<FunctionDecl>(DRE->getDecl()) : nullptr;
    if (F && !isa<CXXMethodDecl>(F))
      add(Taken, F->getType(), F);
  }
  static void add(llvm::DenseMap<const void *,
                                 llvm::SmallVector<const FunctionDecl *, 2>> &M,
                  QualType T, const FunctionDecl *F) {
    auto &L = M[T.getCanonicalType().getUnqualifiedType().getAsOpaquePtr()];
    if (!llvm::is_contained(L, F))
      L.push_back(F);
  }
  const SourceManager &SM;
  CallTargets::WorkFn WorkFunction;
  llvm::DenseMap<const void *, llvm::SmallVector<const FunctionDecl *, 2>> &ByType;
  llvm::DenseMap<const void *, llvm::SmallVector<const FunctionDecl *, 2>> &Taken;
  llvm::DenseMap<const void *, llvm::SmallVector<const FunctionDecl *, 2>> &Vars;
  llvm::DenseSet<const Expr *> Callees;
  llvm::DenseSet<const void *> Unknown;
};

} // namespace

void CallTargets::indexValues(ASTContext &Ctx, WorkFn WorkFunction) {
  if (ValuesIndexed)
    return;
  ValuesIndexed = true;
  ValueIndex(Ctx, WorkFunction, ByCallableType, AddressTaken, VariableTargets)
      .TraverseDecl(Ctx.getTranslationUnitDecl());
}

llvm::SmallVector<CallTarget, 4>
CallTargets::anyTargets(const CallExpr *CE, ASTContext &Ctx,
                        WorkFn WorkFunction) {
  llvm::SmallVector<CallTarget, 4> Result;
  auto From = [&](const llvm::DenseMap<const void *,
                                       llvm::SmallVector<const FunctionDecl *, 2>> &M,
                  QualType T, unsigned Shift) {
    auto It = M.find(T.getCanonicalType().getUnqualifiedType().getAsOpaquePtr());
    if (It != M.end())
      for (const FunctionDecl *F : It->second)
        if (const FunctionDecl *Def = userDefinition(F, Ctx))
          Result.push_back({Def, CallTarget::Via::Callable, Shift, nullptr});
  };
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0) {
    QualType T = OC->getArg(0)->getType().getNonReferenceType();
    if (!isCallableType(T) || !T->getAsCXXRecordDecl() ||
        T->getAsCXXRecordDecl()->isLambda())
      return Result;
    indexValues(Ctx, WorkFunction);
    if (fromParameter(OC->getArg(0), 1, Ctx, Result))
      return Result;
    From(ByCallableType, T, 1);
    return Result;
  }
  if (!CE->getDirectCallee()) {
    QualType T = CE->getCallee()->IgnoreParenImpCasts()->getType();
    if (const auto *PT = T->getAs<PointerType>())
      T = PT->getPointeeType();
    else
      T = T.getNonReferenceType();
    if (!T->isFunctionType())
      return Result;
    indexValues(Ctx, WorkFunction);
    if (fromParameter(CE->getCallee(), 0, Ctx, Result))
      return Result;
    // A variable whose every value is visible: those functions.
    if (const auto *DRE =
            dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreParenImpCasts())) {
      auto It = VariableTargets.find(DRE->getDecl()->getCanonicalDecl());
      if (It != VariableTargets.end() && !It->second.empty()) {
        for (const FunctionDecl *F : It->second)
          if (const FunctionDecl *Def = userDefinition(F, Ctx))
            Result.push_back({Def, CallTarget::Via::Callable, 0, nullptr});
        return Result;
      }
    }
    From(AddressTaken, T, 0);
    return Result;
  }
  for (CallTarget &T : indirectTargets(CE, Ctx, WorkFunction))
    if (T.How == CallTarget::Via::Override)
      Result.push_back(T);
  return Result;
}

bool CallTargets::fromParameter(const Expr *Callee, unsigned Shift,
                                ASTContext &Ctx,
                                llvm::SmallVectorImpl<CallTarget> &Result) const {
  const auto *DRE = dyn_cast<DeclRefExpr>(Callee->IgnoreParenImpCasts());
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  const auto *FD =
      P ? dyn_cast_or_null<FunctionDecl>(P->getDeclContext()) : nullptr;
  if (!FD)
    return false;
  auto It = VariableTargets.find(paramKey(FD, P->getFunctionScopeIndex()));
  if (It == VariableTargets.end() || It->second.empty())
    return false;
  for (const FunctionDecl *F : It->second)
    if (const FunctionDecl *Def = userDefinition(F, Ctx))
      Result.push_back({Def, CallTarget::Via::Callable, Shift, nullptr});
  return true;
}

void CallTargets::index(ASTContext &Ctx) {
  if (Indexed)
    return;
  Indexed = true;
  OverrideIndex(Overriders).TraverseDecl(Ctx.getTranslationUnitDecl());
}

llvm::SmallVector<CallTarget, 4>
CallTargets::indirectTargets(const CallExpr *CE, ASTContext &Ctx,
                             WorkFn WorkFunction) {
  llvm::SmallVector<CallTarget, 4> Result;
  // `post_(f)`: a call through a callable data member.
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0) {
    const auto *ME = dyn_cast<MemberExpr>(OC->getArg(0)->IgnoreParenImpCasts());
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!F || !isCallableType(F->getType()))
      return Result;
    llvm::SmallVector<const Expr *, 4> Assigned;
    // `std::function<void()> post_ = [this] {...};`: the default member
    // initializer (constructors that do not initialize the member use it).
    if (const Expr *Default = F->getInClassInitializer())
      Assigned.push_back(Default);
    MemberAssignments Walk(F, Assigned);
    if (const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent()))
      for (const CXXMethodDecl *MD : RD->methods())
        Walk.walk(MD);
    for (const Expr *E : Assigned)
      if (const FunctionDecl *Fn = WorkFunction(E))
        if (const FunctionDecl *Def = userDefinition(Fn, Ctx))
          Result.push_back({Def, CallTarget::Via::Callable, 1, F});
    return Result;
  }
  // A virtual call: the overriders the translation unit defines.
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || !MD->isVirtual())
    return Result;
  // `obj.Base::f()` and calls on an object of known type are direct.
  if (const auto *Callee = dyn_cast<MemberExpr>(MC->getCallee()->IgnoreParens());
      Callee && Callee->hasQualifier())
    return Result;
  index(Ctx);
  auto It = Overriders.find(MD->getCanonicalDecl());
  if (It == Overriders.end())
    return Result;
  for (const CXXMethodDecl *O : It->second)
    if (const FunctionDecl *Def = userDefinition(O, Ctx))
      Result.push_back({Def, CallTarget::Via::Override, 0, nullptr});
  return Result;
}

} // namespace ctxlife
