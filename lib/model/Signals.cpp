//===--- Signals.cpp - what tells code the request is gone ----------------===//

#include "lib/model/Signals.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/FunctionWalker.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ctxlife {

bool SignalModel::isA(const CXXRecordDecl *RD, Role R) const {
  return isOrDerives(RD, names(R));
}

bool SignalModel::isCancellationCode(const EnumConstantDecl *EC) const {
  const auto *ED = dyn_cast<EnumDecl>(EC->getDeclContext());
  const NameSet &Checks = names(Role::CancellationCheck);
  if (!ED || Checks.empty())
    return false;
  std::string Name = EC->getName().str();
  if (Checks.contains(qualifiedName(ED) + "::" + Name))
    return true;
  // An unscoped enumerator is also named without its enumeration.
  const auto *Outer = dyn_cast<NamedDecl>(ED->getDeclContext());
  return !ED->isScoped() && Outer &&
         Checks.contains(qualifiedName(Outer) + "::" + Name);
}

bool SignalModel::isFlagType(QualType T) const {
  if (T.isNull())
    return false;
  T = T.getNonReferenceType();
  if (T.isVolatileQualified())
    return true;
  if (T->isPointerType()) {
    T = T->getPointeeType();
    if (T.isVolatileQualified())
      return true;
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (RD && Model.isSmartPointer(RD))
    RD = Model.designated(T).Record;
  return isA(RD, Role::Flag);
}

bool SignalModel::isTokenArg(const Expr *Arg) const {
  QualType T = Arg->getType();
  Designated D = Model.designated(T);
  if (isA(D.Record, Role::CancellationToken) || isA(D.Record, Role::ServerContext))
    return true;
  return Model.classify(T).has_value() ||
         (T->isPointerType() && Model.classify(T->getPointeeType()).has_value());
}

bool SignalModel::isUserPredicate(const CXXMemberCallExpr *MC) const {
  const CXXMethodDecl *MD = MC ? MC->getMethodDecl() : nullptr;
  if (!MD || !MD->getIdentifier() ||
      !names(Role::CancellationPredicate).contains(MD->getName()) ||
      !MD->getReturnType()->isBooleanType() || MD->getMinRequiredArguments())
    return false;
  // Only the user's request types: a framework type says its own checks.
  QualType T = MC->getObjectType();
  std::optional<ContextType> C = Model.contextClass(T);
  return C && !C->Row;
}

bool SignalModel::isSignal(const Expr *E, const FunctionDecl *Outer,
                           unsigned Depth) {
  if (!E)
    return false;
  const llvm::DenseSet<const VarDecl *> *Vars =
      Outer ? &signalVars(Outer) : nullptr;
  llvm::SmallVector<const Stmt *, 16> Work{E};
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St || isa<LambdaExpr>(St))
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      if (calleeIn(CE, names(Role::CancellationCheck)) ||
          isUserPredicate(dyn_cast<CXXMemberCallExpr>(CE)))
        return true;
      for (const Expr *Arg : CE->arguments())
        if (isTokenArg(Arg))
          return true;
      if (const FunctionDecl *Def = userDefinition(calledFunction(CE), Ctx))
        if (!limitlog::past(limits::SignalHelperDepth, Depth + 1, compat::callBegin(CE), Outer, CE) &&
            functionHasSignal(Def, Depth + 1))
          return true;
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) {
      const ValueDecl *VD = DRE->getDecl();
      if (const auto *EC = dyn_cast<EnumConstantDecl>(VD))
        if (isCancellationCode(EC))
          return true;
      if (isFlagType(VD->getType()))
        return true;
      Designated T = Model.designated(VD->getType());
      if (!T.Indirect && isA(T.Record, Role::IoResult))
        return true;
      if (const auto *V = dyn_cast<VarDecl>(VD); V && Vars && Vars->count(V))
        return true;
    } else if (const auto *ME = dyn_cast<MemberExpr>(St)) {
      if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl())) {
        if (isFlagType(F->getType()) || CancelFields.count(F))
          return true;
        Designated T = Model.designated(F->getType());
        if (!T.Indirect && isA(T.Record, Role::IoResult))
          return true;
      }
    } else if (const auto *CA = dyn_cast<CoawaitExpr>(St)) {
      if (isA(CA->getOperand()->getType().getNonReferenceType()->getAsCXXRecordDecl(),
              Role::CancellingAwaitable))
        return true;
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

bool SignalModel::functionHasSignal(const FunctionDecl *FD, unsigned Depth) {
  auto It = SignalBodies.find(FD);
  if (It != SignalBodies.end())
    return It->second > 0;
  SignalBodies[FD] = -1; // In progress: no.
  bool Result = false;
  llvm::SmallVector<const Stmt *, 16> Work{FD->getBody()};
  while (!Work.empty() && !Result) {
    const Stmt *St = Work.pop_back_val();
    if (!St || isa<LambdaExpr>(St))
      continue;
    if (const auto *E = dyn_cast<Expr>(St)) {
      Result = isSignal(E, nullptr, Depth);
      continue;
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  SignalBodies[FD] = Result ? 1 : 0;
  return Result;
}

namespace {

/// The assignments to local variables of one function (lambdas included),
/// and the variables a check fills in or a callback sets.
struct SignalFlows : FunctionWalker<SignalFlows> {
  std::vector<std::pair<const VarDecl *, const Expr *>> Flows;
  llvm::DenseSet<const VarDecl *> Direct;
  const NameSet &Checks;

  SignalFlows(const NameSet &C, const FunctionDecl *F)
      : FunctionWalker(F), Checks(C) {}

  const VarDecl *local(const Expr *E) const {
    const auto *DRE = dyn_cast<DeclRefExpr>(bare(E));
    const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    return V && V->isLocalVarDecl() ? V : nullptr;
  }
  void assigned(const Expr *LHS, const Expr *RHS) {
    const VarDecl *V = local(LHS);
    if (!V)
      return;
    Flows.emplace_back(V, RHS);
    if (Fns.size() > 1 && V->getDeclContext() != Fns.back())
      Direct.insert(V); // Set by a callback.
  }
  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitVarDecl(VarDecl *V) {
    if (V->isLocalVarDecl() && V->getInit())
      Flows.emplace_back(V, V->getInit());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      assigned(BO->getLHS(), BO->getRHS());
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
        OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assigned(OC->getArg(0), OC->getArg(1));
    if (!calleeIn(CE, Checks))
      return true;
    for (const Expr *Arg : CE->arguments()) {
      const Expr *E = bare(Arg);
      if (const auto *UO = dyn_cast<UnaryOperator>(E);
          UO && UO->getOpcode() == UO_AddrOf)
        E = UO->getSubExpr();
      if (const VarDecl *V = local(E))
        Direct.insert(V);
    }
    return true;
  }
  // NOLINTEND(readability-identifier-naming)
};

} // namespace

const llvm::DenseSet<const VarDecl *> &
SignalModel::signalVars(const FunctionDecl *Outer) {
  auto It = SignalVars.find(Outer);
  if (It != SignalVars.end())
    return It->second;
  SignalVars[Outer]; // Guards against recursion: empty while computing.
  SignalFlows C(names(Role::CancellationCheck), Outer);
  C.TraverseStmt(Outer->getBody());
  SignalVars[Outer] = C.Direct;
  // A variable assigned from a signal, or from a signal variable found so
  // far (isSignal reads the set being built), until nothing changes.
  for (bool Changed = true; Changed;) {
    Changed = false;
    for (const auto &[V, RHS] : C.Flows)
      if (!SignalVars[Outer].count(V) && isSignal(RHS, Outer, 0)) {
        SignalVars[Outer].insert(V);
        Changed = true;
      }
  }
  return SignalVars[Outer];
}

bool SignalModel::madeFromClock(const ContextModel &Model, const Expr *E,
                                unsigned Depth) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ContextModel &M;
    unsigned Depth;
    bool Clock = false, Server = false;
    Finder(const ContextModel &M, unsigned D) : M(M), Depth(D) {}
    // RecursiveASTVisitor's names.
    // NOLINTBEGIN(readability-identifier-naming)
    bool VisitCallExpr(CallExpr *CE) {
      if (calleeIn(CE, M.knowledge().names(Role::Clock)))
        Clock = true;
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *DRE) { return value(DRE->getDecl()); }
    bool VisitMemberExpr(MemberExpr *ME) { return value(ME->getMemberDecl()); }
    // NOLINTEND(readability-identifier-naming)
    bool value(const ValueDecl *D) {
      if (isOrDerives(M.designated(D->getType()).Record,
                      M.knowledge().names(Role::ServerContext)))
        Server = true;
      // A local deadline computed earlier: look at how.
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (V->isLocalVarDecl() && V->getInit() &&
            !limitlog::past(limits::LocalInitDepth, Depth + 1, V->getLocation(), V)) {
          Finder Inner(M, Depth + 1);
          Inner.TraverseStmt(const_cast<Expr *>(V->getInit()));
          Clock |= Inner.Clock;
          Server |= Inner.Server;
        }
      return true;
    }
  } F(Model, Depth);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Clock && !F.Server;
}

} // namespace ctxlife
