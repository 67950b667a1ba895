//===--- ClientContexts.cpp - how a client context comes to be ------------===//
//
// For `ctxlife-missing-cancellation`'s propagation rule: how a client
// context is created (fresh, or from a factory that may propagate), what is
// done to it before a downstream call (a deadline set, a propagating
// factory called on it), which helpers give it the request's deadline (a
// summary per function and parameter), and how its uses could be rewritten.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "llvm/ADT/SmallPtrSet.h"

using namespace clang;

namespace ctxlife {

const Expr *clientObject(const Expr *E) {
  E = bare(E);
  if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
    E = bare(UO->getSubExpr());
  if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
      MC && MC->getMethodDecl() && MC->getMethodDecl()->getIdentifier() &&
      MC->getMethodDecl()->getName() == "get")
    E = bare(MC->getImplicitObjectArgument());
  if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E);
      OC && (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
      OC->getNumArgs() == 1)
    E = bare(OC->getArg(0));
  return E;
}

ClientRef resolveClient(const Expr *E) {
  // Follows a chain of aliases of any length: each step goes to the
  // initializer of a local variable; a pointer that aliases nothing known
  // is the client context itself.
  ClientRef R;
  const VarDecl *Pointer = nullptr; // The last pointer followed.
  llvm::SmallPtrSet<const VarDecl *, 8> Seen;
  while (E) {
    E = clientObject(E);
    if (const auto *ME = dyn_cast<MemberExpr>(E)) {
      R.Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
      return R;
    }
    const auto *DRE = dyn_cast<DeclRefExpr>(E);
    const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
    if (!V || !V->isLocalVarDecl() || V->isStaticLocal() || isa<ParmVarDecl>(V) ||
        !Seen.insert(V).second)
      break;
    // A reference bound to another client context is that context.
    if (V->getType()->isReferenceType() && V->getInit()) {
      E = V->getInit();
      continue;
    }
    // A raw pointer initialized from another client context is an alias.
    E = nullptr;
    if (V->getType()->isPointerType() && V->getInit()) {
      const Expr *Init = stripCopies(V->getInit());
      if (!isa<CXXNewExpr>(Init) &&
          !(isa<CallExpr>(Init) && !isa<CXXMemberCallExpr>(Init))) {
        Pointer = V;
        E = Init;
        continue;
      }
    }
    R.Var = V;
    return R;
  }
  R.Var = Pointer;
  return R;
}

namespace {

/// The uses of one client-context variable in the function declaring it.
class ClientUses : public RecursiveASTVisitor<ClientUses> {
public:
  ClientUses(ClientVar &CV, const ContextModel &Model,
             llvm::function_ref<bool(const CallExpr *, unsigned)> Propagates)
      : CV(CV), Model(Model), K(Model.knowledge()), PropagatesArg(Propagates) {}

  bool shouldVisitLambdaBody() const { return true; }

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool TraverseCXXRecordDecl(CXXRecordDecl *) { return true; }
  bool TraverseLambdaCapture(LambdaExpr *LE, const LambdaCapture *C, Expr *Init) {
    if (C->capturesVariable() && C->getCapturedVar() == CV.Var) {
      if (C->getCaptureKind() != LCK_ByRef)
        CV.Rewritable = false;
      return true;
    }
    return RecursiveASTVisitor::TraverseLambdaCapture(LE, C, Init);
  }
  bool VisitCompoundStmt(CompoundStmt *CS) {
    for (const Stmt *Child : CS->body())
      if (const auto *DS = dyn_cast<DeclStmt>(Child))
        for (const Decl *D : DS->decls())
          if (D == CV.Var) {
            CV.Decl = DS;
            CV.DeclInBlock = true;
          }
    return true;
  }
  bool VisitUnaryOperator(UnaryOperator *UO) {
    if (UO->getOpcode() != UO_AddrOf || !isVar(UO->getSubExpr()))
      return true;
    Consumed.insert(bare(UO->getSubExpr()));
    rewrite(UO->getSourceRange(), CV.Var->getName().str() + ".get()");
    return true;
  }
  bool VisitMemberExpr(MemberExpr *ME) {
    if (ME->isArrow() || !isVar(ME->getBase()))
      return true;
    Consumed.insert(bare(ME->getBase()));
    rewrite(SourceRange(ME->getOperatorLoc()), "->");
    return true;
  }
  bool VisitDeclRefExpr(DeclRefExpr *DRE) {
    if (DRE->getDecl() == CV.Var && !Consumed.count(DRE))
      CV.Rewritable = false;
    return true;
  }
  bool VisitCXXMemberCallExpr(CXXMemberCallExpr *MC) {
    if (!refersToVar(MC->getImplicitObjectArgument()) ||
        !calleeIn(MC, K.names(Role::DeadlineSetter)))
      return true;
    bool Foreign = MC->getNumArgs() > 0 &&
                   SignalModel::madeFromClock(Model, MC->getArg(0));
    CV.Events.push_back(
        {MC, Foreign ? EventKind::ForeignDeadline : EventKind::Propagates});
    return true;
  }
  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
        OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assigned(CE, OC->getArg(0), OC->getArg(1));
    if (isa<CXXMemberCallExpr>(CE) || isa<CXXOperatorCallExpr>(CE))
      return true;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (refersToVar(CE->getArg(I)) && PropagatesArg(CE, I))
        CV.Events.push_back({CE, EventKind::Propagates});
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      assigned(BO, BO->getLHS(), BO->getRHS());
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

private:
  bool isVar(const Expr *E) const {
    const auto *DRE = dyn_cast_or_null<DeclRefExpr>(bare(E));
    return DRE && DRE->getDecl() == CV.Var;
  }
  /// The variable itself, or a local pointer or reference aliasing it
  /// (`auto *q = &down; q->set_deadline(...)`).
  bool refersToVar(const Expr *E) const {
    return isVar(clientObject(E)) || resolveClient(E).Var == CV.Var;
  }
  void assigned(const Stmt *At, const Expr *LHS, const Expr *RHS) {
    if (!isVar(LHS))
      return;
    Consumed.insert(bare(LHS));
    CV.Rewritable = false;
    const Expr *R = stripCopies(RHS);
    const auto *Call = dyn_cast<CallExpr>(R);
    const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
    if (isa<CXXNewExpr>(R) || isa<CXXNullPtrLiteralExpr>(R) ||
        isNamed(FD, K.names(Role::MakeUnique)) ||
        isNamed(FD, K.names(Role::MakeShared)))
      return; // A fresh one again, or none.
    CV.Events.push_back({At, EventKind::Propagates});
  }
  void rewrite(SourceRange R, const std::string &Text) {
    if (R.getBegin().isMacroID() || R.getEnd().isMacroID()) {
      CV.Rewritable = false;
      return;
    }
    CV.Rewrites.push_back(
        FixItHint::CreateReplacement(CharSourceRange::getTokenRange(R), Text));
  }

  ClientVar &CV;
  const ContextModel &Model;
  const Knowledge &K;
  llvm::function_ref<bool(const CallExpr *, unsigned)> PropagatesArg;
  llvm::DenseSet<const Expr *> Consumed;
};

/// The outermost function whose body holds \p V's declaration.
const FunctionDecl *declaringFunction(const VarDecl *V) {
  const DeclContext *DC = V->getDeclContext();
  while (DC && !isa<FunctionDecl>(DC))
    DC = DC->getParent();
  return dyn_cast_or_null<FunctionDecl>(DC);
}

} // namespace

ClientVar &Decider::clientVar(const VarDecl *V, bool Object) {
  std::unique_ptr<ClientVar> &Slot = Clients[V];
  if (Slot)
    return *Slot;
  Slot = std::make_unique<ClientVar>();
  Slot->Var = V;
  Slot->How = creation(V->getInit(), Slot->Factory, Object);
  if (Slot->How != Fresh::No)
    if (const FunctionDecl *DF = declaringFunction(V)) {
      auto Propagates = [this](const CallExpr *CE, unsigned I) {
        return calleeIn(CE, names(Role::PropagatingFactory)) ||
               propagatesInto(CE->getDirectCallee(), I);
      };
      ClientUses U(*Slot, Model, Propagates);
      U.TraverseStmt(DF->getBody());
    }
  return *Slot;
}

/// A helper that sets the deadline of the client context it receives (or
/// hands it to a propagating factory) propagates; any other callee makes a
/// downstream call with it.
bool Decider::propagatesInto(const FunctionDecl *Callee, unsigned Param) {
  if (!Callee)
    return false;
  auto Key = std::make_pair(Callee->getCanonicalDecl(), Param);
  auto It = S.Propagators.find(Key);
  if (It != S.Propagators.end())
    return It->second;
  S.Propagators[Key] = false;
  bool Result = false;
  const FunctionDecl *Def = userDefinition(Callee, Ctx);
  if (Def && Param < Def->getNumParams()) {
    const ParmVarDecl *P = Def->getParamDecl(Param);
    auto IsP = [&](const Expr *E) {
      const auto *DRE = dyn_cast<DeclRefExpr>(bare(E));
      return DRE && DRE->getDecl() == P;
    };
    llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
    while (!Work.empty() && !Result) {
      const Stmt *St = Work.pop_back_val();
      if (!St)
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(St)) {
        const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
        bool Setter = MC && IsP(MC->getImplicitObjectArgument()) &&
                      calleeIn(MC, names(Role::DeadlineSetter));
        bool Factory = calleeIn(CE, names(Role::PropagatingFactory)) &&
                       llvm::any_of(CE->arguments(), IsP);
        Result = Setter || Factory;
      }
      for (const Stmt *Child : St->children())
        Work.push_back(Child);
    }
  }
  S.Propagators[Key] = Result;
  return Result;
}

/// How \p Init creates a client context: fresh, or not known to be.
Fresh Decider::creation(const Expr *Init, std::string &Factory,
                        bool Object) const {
  if (Object) {
    const auto *CE = dyn_cast_or_null<CXXConstructExpr>(Init ? bare(Init) : nullptr);
    if (!Init || (CE && CE->getConstructor() &&
                  !CE->getConstructor()->isCopyOrMoveConstructor()))
      return Fresh::Stack;
    return Fresh::No;
  }
  if (!Init)
    return Fresh::No;
  const Expr *E = stripCopies(Init);
  // `std::unique_ptr<ClientContext> p(new ClientContext)`.
  if (const auto *CE = dyn_cast<CXXConstructExpr>(E); CE && CE->getNumArgs() == 1)
    E = stripCopies(CE->getArg(0));
  if (isa<CXXNewExpr>(E))
    return Fresh::New;
  const auto *Call = dyn_cast<CallExpr>(E);
  if (!Call || calleeIn(Call, names(Role::PropagatingFactory)))
    return Fresh::No;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return Fresh::No;
  if (Call->getNumArgs() == 0 && isNamed(FD, names(Role::MakeUnique)))
    return Fresh::MakeUnique;
  if (Call->getNumArgs() == 0 && isNamed(FD, names(Role::MakeShared)))
    return Fresh::MakeShared;
  // A factory of the translation unit that cannot see the request: it takes
  // no server context and makes a new client context itself.
  for (const Expr *Arg : Call->arguments())
    if (isOrDerives(Model.designated(Arg->getType()).Record,
                    names(Role::ServerContext)))
      return Fresh::No;
  const FunctionDecl *Def = userDefinition(FD, Ctx);
  if (!Def)
    return Fresh::No;
  bool Makes = false, Sets = false;
  llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    if (const auto *New = dyn_cast<CXXNewExpr>(St)) {
      Makes |= isClientClass(New->getAllocatedType()->getAsCXXRecordDecl());
    } else if (const auto *C = dyn_cast<CallExpr>(St)) {
      if (calleeIn(C, names(Role::DeadlineSetter)) ||
          calleeIn(C, names(Role::PropagatingFactory)))
        Sets = true;
      const FunctionDecl *CF = C->getDirectCallee();
      if (isNamed(CF, names(Role::MakeUnique)) || isNamed(CF, names(Role::MakeShared)))
        Makes |= isClientClass(Model.designated(C->getType()).Record);
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  if (!Makes || Sets)
    return Fresh::No;
  Factory = FD->getNameAsString();
  return Fresh::Factory;
}

} // namespace ctxlife
