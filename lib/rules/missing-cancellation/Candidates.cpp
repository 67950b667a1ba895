//===--- Candidates.cpp - the walk: what may miss cancellation ------------===//
//
// One walk per function (lambdas included) collects the candidates of
// `ctxlife-missing-cancellation`: loops that run forever, calls handing a
// client context downstream, threads that hand their callable a stop
// token; and the events that decide them later (client contexts made fresh
// or given a deadline, data members a cancellation callback sets).
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/model/Exprs.h"
#include "lib/model/FunctionWalker.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace ctxlife {
namespace {

/// `std::make_unique<T>(...)`, `std::make_shared<T>(...)`.
bool isMakeCall(const Knowledge &K, const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  return isNamed(FD, K.names(Role::MakeUnique)) ||
         isNamed(FD, K.names(Role::MakeShared));
}

class CandidateWalker : public FunctionWalker<CandidateWalker> {
public:
  using State = MissingCancellationAnalyzer::State;

  CandidateWalker(const ContextModel &Model, State &S, ASTContext &Ctx,
                  const FunctionDecl *FD)
      : FunctionWalker(FD), Model(Model), K(Model.knowledge()), S(S), Ctx(Ctx),
        Top(FD) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(MD->overridden_methods());
      for (unsigned I = 0; I < Work.size() && I < limits::NestingDepth; ++I) {
        if (isNamed(Work[I], K.names(Role::CancellationCallback)))
          InCancelCallback = true;
        for (const CXXMethodDecl *O : Work[I]->overridden_methods())
          Work.push_back(O);
      }
    }
  }

  void enterLambda(const FunctionDecl *FD) { S.LambdasOf[Top].push_back(FD); }

  // RecursiveASTVisitor's names.
  // NOLINTBEGIN(readability-identifier-naming)
  bool VisitForStmt(ForStmt *FS) { return loop(FS); }
  bool VisitWhileStmt(WhileStmt *WS) { return loop(WS); }
  bool VisitDoStmt(DoStmt *DS) { return loop(DS); }
  bool VisitVarDecl(VarDecl *V) {
    LastVar = V;
    return true;
  }
  bool VisitCXXConstructExpr(CXXConstructExpr *CE);
  bool VisitCallExpr(CallExpr *CE);
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      assign(BO, BO->getLHS(), BO->getRHS());
    return true;
  }
  // NOLINTEND(readability-identifier-naming)

private:
  bool loop(Stmt *L) {
    if (LoopModel::isUnboundedLoop(L, Ctx))
      S.Loops.push_back({L, Fns.back()});
    return true;
  }
  bool isClientType(QualType T) const;
  bool isClientArg(const Expr *Arg, const FunctionDecl *Callee, unsigned I,
                   const CallExpr *CE) const;
  const FieldDecl *clientField(const Expr *E) const;
  void assign(const Stmt *At, const Expr *LHS, const Expr *RHS);

  const ContextModel &Model;
  const Knowledge &K;
  State &S;
  ASTContext &Ctx;
  const FunctionDecl *Top;
  const Decl *LastVar = nullptr;
  bool InCancelCallback = false;
};

bool CandidateWalker::VisitCXXConstructExpr(CXXConstructExpr *CE) {
  const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl();
  if (!RD || CE->getNumArgs() == 0 || K.names(Role::StopTokenThread).empty() ||
      (CE->getConstructor() && CE->getConstructor()->isCopyOrMoveConstructor()))
    return true;
  auto Known = S.ThreadClasses.try_emplace(RD->getCanonicalDecl(), false);
  if (Known.second)
    Known.first->second = isNamed(RD, K.names(Role::StopTokenThread));
  if (!Known.first->second)
    return true;
  const VarDecl *Var = nullptr;
  if (const auto *Last = dyn_cast_or_null<VarDecl>(LastVar))
    if (Last->getInit() && stripCopies(Last->getInit()) == CE)
      Var = Last;
  S.Threads.push_back({CE, Fns.back(), Var});
  return true;
}

bool CandidateWalker::VisitCallExpr(CallExpr *CE) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
    const Expr *Arg = CE->getArg(I);
    if (isClientArg(Arg, Callee, I, CE)) {
      S.Calls.push_back({CE, Fns.back(), I});
      if (const FieldDecl *F = clientField(Arg))
        if (calleeIn(CE, K.names(Role::PropagatingFactory)))
          S.FieldEvents[F].push_back({CE, EventKind::Propagates});
      break;
    }
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    if (const FieldDecl *F = clientField(MC->getImplicitObjectArgument()))
      if (calleeIn(MC, K.names(Role::DeadlineSetter)))
        S.FieldEvents[F].push_back(
            {CE, MC->getNumArgs() > 0 &&
                         SignalModel::madeFromClock(Model, MC->getArg(0))
                     ? EventKind::ForeignDeadline
                     : EventKind::Propagates});
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
    assign(OC, OC->getArg(0), OC->getArg(1));
  return true;
}

bool CandidateWalker::isClientType(QualType T) const {
  Designated D = Model.designated(T);
  if (!D.Record)
    return false;
  auto Known = S.ClientClasses.try_emplace(D.Record->getCanonicalDecl(), false);
  if (Known.second)
    Known.first->second = isOrDerives(D.Record, K.names(Role::ClientContext));
  return Known.first->second;
}

/// An argument handing a client context to the callee: a pointer to one,
/// or one bound to a reference parameter.
bool CandidateWalker::isClientArg(const Expr *Arg, const FunctionDecl *Callee,
                                  unsigned I, const CallExpr *CE) const {
  QualType T = Arg->getType();
  if (T->isPointerType())
    return isClientType(T) && !T->getPointeeType()->isPointerType();
  if (!Callee || isa<CXXOperatorCallExpr>(CE) || I >= Callee->getNumParams())
    return false;
  QualType P = Callee->getParamDecl(I)->getType();
  if (!P->isLValueReferenceType() || P.getNonReferenceType()->isPointerType())
    return false;
  const CXXRecordDecl *RD = P.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || Model.isSmartPointer(RD) ||
      !isOrDerives(RD, K.names(Role::ClientContext)))
    return false;
  return !llvm::StringRef(qualifiedName(Callee)).starts_with("std::");
}

/// The data member of client-context type \p E designates
/// (`&call->context`, `client_.get()`, `ctx_`).
const FieldDecl *CandidateWalker::clientField(const Expr *E) const {
  const auto *ME = dyn_cast_or_null<MemberExpr>(clientObject(E));
  const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  return F && isClientType(F->getType()) ? F : nullptr;
}

void CandidateWalker::assign(const Stmt *At, const Expr *LHS, const Expr *RHS) {
  const auto *ME = dyn_cast<MemberExpr>(bare(LHS));
  const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  if (InCancelCallback && F)
    S.CancelFields.insert(F);
  if (!F || !isClientType(F->getType()))
    return;
  // A fresh one (`new`, `std::make_unique`), none, or one from a factory
  // (propagating, or not known not to).
  const Expr *R = stripCopies(RHS);
  if (isa<CXXNewExpr>(R) || isMakeCall(K, R))
    S.FieldFresh.insert(F);
  else if (!isa<CXXNullPtrLiteralExpr>(R))
    S.FieldEvents[F].push_back({At, EventKind::Propagates});
}

} // namespace

MissingCancellationAnalyzer::MissingCancellationAnalyzer(const ContextModel &Model)
    : Model(Model), Launchers(Model, Order), S(std::make_unique<State>()) {}

MissingCancellationAnalyzer::~MissingCancellationAnalyzer() = default;

void MissingCancellationAnalyzer::analyzeFunction(const FunctionDecl *FD,
                                                  ASTContext &Ctx) {
  // Lambdas are walked with the function they are written in; only those
  // written outside any function (a namespace-scope handler) on their own.
  if (!FD || !FD->hasBody() || FD->isDependentContext() || lambdaParent(FD) ||
      !S->WalkedSet.insert(FD).second)
    return;
  S->Walked.push_back(FD);
  CandidateWalker W(Model, *S, Ctx, FD);
  W.TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      W.TraverseStmt(Init->getInit());
}

CancellationFindings MissingCancellationAnalyzer::finish(ASTContext &Ctx) {
  CancellationFindings Out = Decider(*this, Launchers, *S, Ctx).run();
  S = std::make_unique<State>();
  Launchers.reset();
  Order.clear();
  return Out;
}

} // namespace ctxlife
