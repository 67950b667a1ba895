//===--- Loops.cpp - how a loop can end -----------------------------------===//

#include "lib/model/Loops.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"

using namespace clang;

namespace ctxlife {
namespace {

/// Walks a loop body statement by statement, with the conditions that
/// guard each statement.
class LoopScanner {
public:
  LoopScanner(LoopModel &M, const FunctionDecl *Fn, const Stmt *Loop,
              LoopFacts &Out)
      : M(M), S(M.signals()), Fn(Fn), Loop(Loop), Out(Out) {}

  void scanLoopBody() {
    if (const auto *FS = dyn_cast<ForStmt>(Loop)) {
      if (FS->getInc())
        scan(FS->getInc(), {}, 0);
      stmtPosition(FS->getBody(), {}, 0);
    } else if (const auto *WS = dyn_cast<WhileStmt>(Loop)) {
      stmtPosition(WS->getBody(), {}, 0);
    } else if (const auto *DS = dyn_cast<DoStmt>(Loop)) {
      stmtPosition(DS->getBody(), {}, 0);
    }
  }
  void scanBody(const Stmt *Body, const FunctionDecl *Target) {
    this->Target = Target ? Target->getCanonicalDecl() : nullptr;
    stmtPosition(Body, {}, 0);
  }

private:
  using Conds = llvm::SmallVector<const Expr *, 4>;

  void stmtPosition(const Stmt *St, const Conds &C, unsigned BreakDepth) {
    if (!St)
      return;
    if (const auto *E = dyn_cast<Expr>(St))
      Discarded.insert(stripDiscarded(E));
    scan(St, C, BreakDepth);
  }
  void exit(const Stmt *St, const Conds &C) { Out.Exits.push_back({St, C}); }
  static Conds with(const Conds &C, const Expr *E) {
    Conds R = C;
    if (E)
      R.push_back(E);
    return R;
  }

  void scan(const Stmt *St, const Conds &C, unsigned BreakDepth);
  bool scanControl(const Stmt *St, const Conds &C, unsigned BreakDepth);
  void counter(const Expr *E);
  void call(const CallExpr *CE, const Conds &C);
  bool yieldsWithoutErrorCode(const Expr *Tok) const;

  LoopModel &M;
  SignalModel &S;
  const FunctionDecl *Fn;
  const FunctionDecl *Target = nullptr;
  const Stmt *Loop;
  LoopFacts &Out;
  llvm::DenseSet<const Expr *> Discarded;
};

/// Statements that route control: their parts are scanned with the
/// conditions that guard them. True when \p St was one.
bool LoopScanner::scanControl(const Stmt *St, const Conds &C, unsigned BreakDepth) {
  if (const auto *IS = dyn_cast<IfStmt>(St)) {
    scan(IS->getInit(), C, BreakDepth);
    const Expr *Cond = IS->getCond();
    if (const VarDecl *CV = IS->getConditionVariable())
      scan(CV->getInit(), C, BreakDepth);
    scan(Cond, C, BreakDepth);
    Conds Inner = with(C, Cond);
    if (const VarDecl *CV = IS->getConditionVariable())
      Inner.push_back(CV->getInit());
    stmtPosition(IS->getThen(), Inner, BreakDepth);
    stmtPosition(IS->getElse(), Inner, BreakDepth);
  } else if (const auto *SS = dyn_cast<SwitchStmt>(St)) {
    scan(SS->getInit(), C, BreakDepth);
    scan(SS->getCond(), C, BreakDepth);
    Conds Inner = with(C, SS->getCond());
    if (const VarDecl *CV = SS->getConditionVariable())
      Inner.push_back(CV->getInit());
    stmtPosition(SS->getBody(), Inner, BreakDepth + 1);
  } else if (const auto *FS = dyn_cast<ForStmt>(St)) {
    scan(FS->getInit(), C, BreakDepth);
    scan(FS->getCond(), C, BreakDepth);
    scan(FS->getInc(), C, BreakDepth);
    stmtPosition(FS->getBody(), with(C, FS->getCond()), BreakDepth + 1);
  } else if (const auto *WS = dyn_cast<WhileStmt>(St)) {
    scan(WS->getCond(), C, BreakDepth);
    stmtPosition(WS->getBody(), with(C, WS->getCond()), BreakDepth + 1);
  } else if (const auto *DS = dyn_cast<DoStmt>(St)) {
    stmtPosition(DS->getBody(), C, BreakDepth + 1);
    scan(DS->getCond(), C, BreakDepth);
  } else if (const auto *RS = dyn_cast<CXXForRangeStmt>(St)) {
    scan(RS->getRangeInit(), C, BreakDepth);
    stmtPosition(RS->getBody(), with(C, RS->getRangeInit()), BreakDepth + 1);
  } else if (const auto *CO = dyn_cast<AbstractConditionalOperator>(St)) {
    scan(CO->getCond(), C, BreakDepth);
    scan(CO->getTrueExpr(), with(C, CO->getCond()), BreakDepth);
    scan(CO->getFalseExpr(), with(C, CO->getCond()), BreakDepth);
  } else if (const auto *BO = dyn_cast<BinaryOperator>(St);
             BO && BO->isLogicalOp()) {
    scan(BO->getLHS(), C, BreakDepth);
    scan(BO->getRHS(), with(C, BO->getLHS()), BreakDepth);
  } else {
    return false;
  }
  return true;
}

void LoopScanner::scan(const Stmt *St, const Conds &C, unsigned BreakDepth) {
  if (!St || isa<LambdaExpr>(St) || isa<BlockExpr>(St))
    return; // Lambda and block bodies run elsewhere.
  if (const auto *CS = dyn_cast<CompoundStmt>(St)) {
    for (const Stmt *Child : CS->body())
      stmtPosition(Child, C, BreakDepth);
    return;
  }
  if (isa<BreakStmt>(St)) {
    if (BreakDepth == 0)
      exit(St, C);
    return;
  }
  if (isa<ReturnStmt>(St) || isa<CoreturnStmt>(St) || isa<CXXThrowExpr>(St)) {
    exit(St, C);
  } else if (const auto *GS = dyn_cast<GotoStmt>(St)) {
    const LabelStmt *Target = GS->getLabel()->getStmt();
    if (Target && !Loop->getSourceRange().fullyContains(Target->getSourceRange()))
      exit(St, C);
    return;
  }
  if (scanControl(St, C, BreakDepth))
    return;
  if (const auto *BO = dyn_cast<BinaryOperator>(St); BO && BO->isCompoundAssignmentOp())
    counter(BO->getLHS());
  if (const auto *UO = dyn_cast<UnaryOperator>(St); UO && UO->isIncrementDecrementOp())
    counter(UO->getSubExpr());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(St)) {
    OverloadedOperatorKind K = OC->getOperator();
    if ((K == OO_PlusPlus || K == OO_MinusMinus || K == OO_PlusEqual ||
         K == OO_MinusEqual) &&
        OC->getNumArgs() > 0)
      counter(OC->getArg(0));
  }
  if (const auto *CA = dyn_cast<CoawaitExpr>(St)) {
    const auto *Op = dyn_cast<CallExpr>(stripCopies(CA->getOperand()));
    if (S.isA(CA->getOperand()->getType().getNonReferenceType()->getAsCXXRecordDecl(),
              Role::CancellingAwaitable) &&
        (!Op || M.operationCancels(Op, Fn, &Out)))
      Out.ImplicitCancel = true;
    else if (!Out.Wait)
      Out.Wait = CA;
  }
  if (const auto *CE = dyn_cast<CallExpr>(St))
    call(CE, C);
  for (const Stmt *Child : St->children())
    scan(Child, C, BreakDepth);
}

void LoopScanner::counter(const Expr *E) {
  E = bare(E);
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    Out.Counters.insert(DRE->getDecl());
  else if (const auto *ME = dyn_cast<MemberExpr>(E))
    Out.Counters.insert(ME->getMemberDecl());
}

void LoopScanner::call(const CallExpr *CE, const Conds &C) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (const FunctionDecl *Called = calledFunction(CE);
      Target && Called && Called->getCanonicalDecl() == Target)
    Out.TargetCalls.push_back({CE, C});
  if (FD && FD->isNoReturn()) {
    exit(CE, C);
    return;
  }
  llvm::SmallVector<std::string, 8> Names;
  calleeNames(CE, Names);
  auto In = [&](Role R) {
    const NameSet &Set = S.names(R);
    return !Set.empty() && llvm::any_of(Names, [&](const std::string &Nm) {
      return Set.contains(Nm);
    });
  };
  bool HasIoResult = llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
    return S.isA(Arg->getType().getNonReferenceType()->getAsCXXRecordDecl(),
                 Role::IoResult);
  });
  if (In(Role::ThrowingIo)) {
    if (!HasIoResult)
      Out.ImplicitCancel = true; // Throws once the peer is gone.
    return;
  }
  if (FD && FD->getIdentifier() && FD->getName().starts_with("async_") &&
      lastWrittenArg(CE) && yieldsWithoutErrorCode(lastWrittenArg(CE))) {
    // A stackful coroutine resumes by throwing, unless nobody can cancel
    // the timer it waits on.
    if (M.operationCancels(CE, Fn, nullptr))
      Out.ImplicitCancel = true;
    else if (!Out.Wait)
      Out.Wait = CE;
    return;
  }
  if (In(Role::Blocking) && !Out.Wait)
    Out.Wait = CE;
  if (In(Role::CancellationCheck) && Discarded.count(CE)) {
    std::string Callee = FD && FD->getIdentifier() ? FD->getNameAsString() : "";
    if (Callee.empty() || isa<CXXOperatorCallExpr>(CE))
      if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getNumArgs())
        if (const auto *ME = dyn_cast<MemberExpr>(bare(OC->getArg(0))))
          Callee = ME->getMemberDecl()->getNameAsString();
    Out.Ignored.push_back({compat::callBegin(CE), Callee});
  }
  if (const FunctionDecl *Def = userDefinition(calledFunction(CE), S.context()))
    if (M.throwsOnCancel(Def))
      Out.ImplicitCancel = true;
}

/// A completion token `yield` (not `yield[ec]`) of a stackful coroutine.
bool LoopScanner::yieldsWithoutErrorCode(const Expr *Tok) const {
  const Expr *E = stripCopies(Tok);
  const CXXRecordDecl *RD = E->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD || !RD->getIdentifier() ||
      !S.names(Role::SuspendingToken).contains(RD->getName()))
    return false;
  const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
  return !OC || OC->getOperator() != OO_Subscript;
}

} // namespace

bool LoopModel::isUnboundedLoop(const Stmt *L, const ASTContext &Ctx) {
  const Expr *Cond = nullptr;
  if (const auto *FS = dyn_cast<ForStmt>(L)) {
    if (!FS->getCond())
      return true;
    if (FS->getConditionVariable())
      return false;
    Cond = FS->getCond();
  } else if (const auto *WS = dyn_cast<WhileStmt>(L)) {
    if (WS->getConditionVariable())
      return false;
    Cond = WS->getCond();
  } else if (const auto *DS = dyn_cast<DoStmt>(L)) {
    Cond = DS->getCond();
  }
  if (!Cond || Cond->isValueDependent() || Cond->isTypeDependent())
    return false;
  bool Value = false;
  return Cond->EvaluateAsBooleanCondition(Value, Ctx) && Value;
}

bool LoopModel::bodyWaits(const Stmt *L, const NameSet &Blocking,
                          const NameSet &Notified) {
  if (!isa<ForStmt>(L) && !isa<WhileStmt>(L) && !isa<DoStmt>(L))
    return false;
  llvm::SmallVector<const Stmt *, 16> Work{L};
  while (!Work.empty()) {
    const Stmt *St = Work.pop_back_val();
    if (!St || isa<LambdaExpr>(St))
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St);
        CE && calleeIn(CE, Blocking) && !calleeIn(CE, Notified))
      return true;
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

LoopFacts LoopModel::scanLoop(const FunctionDecl *Fn, const Stmt *Loop) {
  LoopFacts Out;
  LoopScanner(*this, Fn, Loop, Out).scanLoopBody();
  if (auto Exits = Order.loopExits(Fn, Loop)) {
    Out.Exits.clear();
    for (const Ordering::LoopExit &E : *Exits)
      Out.Exits.push_back({E.From, E.Guards});
  }
  return Out;
}

LoopFacts LoopModel::scanBody(const Stmt *Body, const FunctionDecl *Target) {
  LoopFacts Out;
  LoopScanner(*this, nullptr, Body, Out).scanBody(Body, Target);
  return Out;
}

/// The name of the function or class that makes the token \p Tok, where
/// that name is written, and the error code it is given.
static RedirectedError redirectOf(const Expr *Tok, const SignalModel &S) {
  RedirectedError R;
  R.Loc = Tok->getBeginLoc();
  llvm::ArrayRef<const Expr *> Args;
  if (const auto *CE = dyn_cast<CallExpr>(Tok)) {
    Args = llvm::ArrayRef(CE->getArgs(), CE->getNumArgs());
    if (const auto *DRE = dyn_cast<DeclRefExpr>(CE->getCallee()->IgnoreImplicit())) {
      R.Loc = DRE->getLocation();
      R.Token = DRE->getDecl()->getNameAsString();
    }
  } else if (const auto *CC = dyn_cast<CXXConstructExpr>(Tok)) {
    Args = llvm::ArrayRef(CC->getArgs(), CC->getNumArgs());
  }
  if (R.Token.empty())
    if (const CXXRecordDecl *RD = Tok->getType()->getAsCXXRecordDecl())
      R.Token = RD->getNameAsString();
  for (const Expr *A : Args)
    if (const auto *DRE = dyn_cast<DeclRefExpr>(bare(A)))
      if (S.isA(S.model().designated(DRE->getType()).Record, Role::IoResult))
        R.Var = DRE->getDecl();
  return R;
}

bool LoopModel::operationCancels(const CallExpr *Op, const FunctionDecl *Fn,
                                 LoopFacts *Out) {
  const FunctionDecl *FD = Op->getDirectCallee();
  if (!FD || !FD->getIdentifier() || !FD->getName().starts_with("async_") ||
      Op->getNumArgs() == 0)
    return true; // A coroutine of the project: it throws what it awaits.
  const Expr *Last = lastWrittenArg(Op);
  if (!Last)
    return true;
  const Expr *Tok = stripCopies(Last);
  const CXXRecordDecl *TokRD = Tok->getType().getNonReferenceType()->getAsCXXRecordDecl();
  if (TokRD && TokRD->getIdentifier() &&
      Signals.names(Role::ErrorCodeToken).contains(TokRD->getName())) {
    if (Out)
      Out->Redirected.push_back(redirectOf(Tok, Signals));
    return false;
  }
  // The I/O object: the object of a member operation, else the first
  // argument (`async_write(stream, ...)`).
  const Expr *Obj = nullptr;
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(Op))
    Obj = MC->getImplicitObjectArgument();
  else if (!isa<CXXOperatorCallExpr>(Op))
    Obj = Op->getArg(0);
  return !Obj || !isPrivateTimer(Obj, Fn);
}

/// A timer nobody else can cancel: a local of the function the loop is in,
/// or a non-public member of a class none of whose member functions cancel
/// it.
bool LoopModel::isPrivateTimer(const Expr *Obj, const FunctionDecl *Fn) {
  Obj = bare(Obj);
  if (!Signals.isA(Obj->getType().getNonReferenceType()->getAsCXXRecordDecl(),
                   Role::Timer))
    return false;
  if (const VarDecl *V = localVar(Obj))
    return !V->getType()->isReferenceType() && Fn && V->getDeclContext() == Fn;
  const auto *ME = dyn_cast<MemberExpr>(Obj);
  const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
  const auto *RD = F ? dyn_cast<CXXRecordDecl>(F->getParent()) : nullptr;
  if (!RD || !isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()) ||
      F->getAccess() == AS_public)
    return false;
  auto [It, New] = CancelledTimers.try_emplace(F, false);
  if (!New)
    return !It->second;
  const NameSet &Cancels = Signals.names(Role::TimerCancel);
  bool Cancelled = false;
  for (const CXXMethodDecl *MD : RD->methods()) {
    const FunctionDecl *Def = nullptr;
    if (Cancelled || !MD->hasBody(Def) || !Def)
      continue;
    llvm::SmallVector<const Stmt *, 16> Work{Def->getBody()};
    while (!Work.empty() && !Cancelled) {
      const Stmt *St = Work.pop_back_val();
      if (!St)
        continue;
      if (const auto *MC = dyn_cast<CXXMemberCallExpr>(St))
        if (const CXXMethodDecl *Callee = MC->getMethodDecl();
            Callee && Callee->getIdentifier() && Cancels.contains(Callee->getName()))
          if (const auto *On = dyn_cast<MemberExpr>(bare(MC->getImplicitObjectArgument())))
            Cancelled = On->getMemberDecl() == F;
      for (const Stmt *Child : St->children())
        Work.push_back(Child);
    }
  }
  CancelledTimers[F] = Cancelled;
  return !Cancelled;
}

bool LoopModel::throwsOnCancel(const FunctionDecl *FD) {
  auto It = ThrowingBodies.find(FD);
  if (It != ThrowingBodies.end())
    return It->second > 0;
  ThrowingBodies[FD] = -1;
  bool Result = false;
  if (FD->getBody()) {
    LoopFacts Facts = scanBody(FD->getBody());
    Result = Facts.ImplicitCancel;
    for (const LoopFacts::Exit &E : Facts.Exits)
      if (!Result && (isa<CXXThrowExpr>(E.S) || isa<CallExpr>(E.S)))
        Result = llvm::any_of(E.Conds, [&](const Expr *C) {
          return Signals.isSignal(C, FD, 1);
        });
  }
  ThrowingBodies[FD] = Result ? 1 : 0;
  return Result;
}

/// A counter compared against a small constant: `i < 3`, `attempt != 5`.
static bool smallCount(const Expr *E,
                       const llvm::DenseSet<const ValueDecl *> &Counters,
                       const ASTContext &Ctx) {
  const auto *BO = dyn_cast<BinaryOperator>(E);
  if (!BO || !BO->isComparisonOp())
    return false;
  auto IsCounter = [&](const Expr *X) {
    X = bare(X);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(X))
      return Counters.count(DRE->getDecl()) > 0;
    const auto *ME = dyn_cast<MemberExpr>(X);
    return ME && Counters.count(ME->getMemberDecl()) > 0;
  };
  auto IsSmall = [&](const Expr *X) {
    Expr::EvalResult R;
    return !X->isValueDependent() && X->EvaluateAsInt(R, Ctx) &&
           R.Val.getInt().getSExtValue() <= LoopModel::SmallLoopCount &&
           R.Val.getInt().getSExtValue() >= -LoopModel::SmallLoopCount;
  };
  return (IsCounter(BO->getLHS()) && IsSmall(BO->getRHS())) ||
         (IsCounter(BO->getRHS()) && IsSmall(BO->getLHS()));
}

bool LoopModel::isBound(const Expr *E,
                        const llvm::DenseSet<const ValueDecl *> &Counters,
                        bool SmallCountsOnly) const {
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 16> Work{{E, 0}};
  while (!Work.empty()) {
    auto [St, Depth] = Work.pop_back_val();
    if (!St || isa<LambdaExpr>(St))
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St);
        CE && calleeIn(CE, Signals.names(Role::Clock)))
      return true;
    if (SmallCountsOnly) {
      if (const auto *X = dyn_cast<Expr>(St);
          X && smallCount(X, Counters, Signals.context()))
        return true;
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) {
      if (Counters.count(DRE->getDecl()))
        return true;
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) {
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        if (V->isLocalVarDecl() && V->getInit() &&
            !limitlog::past(limits::LocalInitDepth, Depth + 1, DRE->getBeginLoc(), V, DRE))
          Work.push_back({V->getInit(), Depth + 1});
    }
    if (const auto *ME = dyn_cast<MemberExpr>(St);
        ME && !SmallCountsOnly && Counters.count(ME->getMemberDecl()))
      return true;
    for (const Stmt *Child : St->children())
      Work.push_back({Child, Depth});
  }
  return false;
}

} // namespace ctxlife
