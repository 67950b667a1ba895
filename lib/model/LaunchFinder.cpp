//===--- LaunchFinder.cpp - the launches of one function -------------------===//

#include "lib/model/LaunchFinder.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "lib/model/Ordering.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {

LaunchFinder::LaunchFinder(const LauncherModel &LM, ASTContext &Ctx,
                           const FunctionDecl *FD)
    : FunctionWalker(FD), LM(LM), K(LM.knowledge()), Ctx(Ctx),
      Storages(LM.model()) {}

bool LaunchFinder::VisitCompoundStmt(CompoundStmt *CS) {
  for (const Stmt *S : CS->body())
    if (const auto *E = dyn_cast<Expr>(S))
      Dropped.insert(stripCopies(E));
  return true;
}

bool LaunchFinder::VisitReturnStmt(ReturnStmt *RS) {
  if (const Expr *E = RS->getRetValue())
    markWaited(E, RS);
  return true;
}

bool LaunchFinder::VisitCoreturnStmt(CoreturnStmt *RS) {
  if (const Expr *E = RS->getOperand())
    markWaited(E, RS);
  return true;
}

bool LaunchFinder::VisitCoawaitExpr(CoawaitExpr *CE) {
  markWaited(CE->getOperand(), CE);
  return true;
}

bool LaunchFinder::VisitVarDecl(VarDecl *V) {
  if (!V->getInit())
    return true;
  // `std::thread t(f, args...)` in a template, with dependent arguments.
  if (auto *PLE = dyn_cast<ParenListExpr>(V->getInit()))
    threadLaunch(PLE, V->getType()->getAsCXXRecordDecl(),
                 llvm::ArrayRef(PLE->getExprs(), PLE->getNumExprs()));
  if (V->isLocalVarDecl() && !V->isStaticLocal())
    VarInit[stripCopies(V->getInit())] = V;
  else if (auto S = staticStorageOf(V))
    kept(V->getInit(), V->getLocation(), S->describe());
  return true;
}

bool LaunchFinder::VisitBinaryOperator(BinaryOperator *BO) {
  if (BO->getOpcode() == BO_Assign)
    assign(BO->getLHS(), BO->getRHS(), BO->getOperatorLoc());
  return true;
}

bool LaunchFinder::VisitCXXConstructExpr(CXXConstructExpr *CE) {
  if (CE->getNumArgs() == 0 ||
      (CE->getConstructor() && CE->getConstructor()->isCopyOrMoveConstructor()))
    return true;
  threadLaunch(CE, CE->getType()->getAsCXXRecordDecl(),
               llvm::ArrayRef(CE->getArgs(), CE->getNumArgs()));
  return true;
}

bool LaunchFinder::VisitCXXUnresolvedConstructExpr(CXXUnresolvedConstructExpr *CE) {
  // `std::thread([&req] {...})` in a template: the thread class is known,
  // the lambda's type is not yet.
  threadLaunch(CE, CE->getTypeAsWritten()->getAsCXXRecordDecl(),
               llvm::ArrayRef(CE->arg_begin(), CE->getNumArgs()));
  return true;
}

void LaunchFinder::threadLaunch(const Expr *Launch, const CXXRecordDecl *RD,
                                llvm::ArrayRef<const Expr *> Args) {
  const LauncherRow *Row = LM.threadRow(RD);
  if (!Row || Row->CallableArg < 0 ||
      static_cast<unsigned>(Row->CallableArg) >= Args.size())
    return;
  std::string Work = Row->Work.empty() ? "a detached thread" : Row->Work.str();
  Candidate C = candidate(Launch, LaunchKind::Thread, qualifiedName(RD), Work,
                          Args[Row->CallableArg]);
  for (const Expr *Arg : Args.drop_front(Row->CallableArg + 1))
    if (!isa<CXXDefaultArgExpr>(Arg))
      C.W.Args.push_back(Arg);
  Cands.push_back(std::move(C));
}

bool LaunchFinder::VisitCallExpr(CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE))
    if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assign(OC->getArg(0), OC->getArg(1), OC->getOperatorLoc());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
    memberEvent(MC);
  for (const Expr *Arg : CE->arguments())
    if (const VarDecl *V = localVar(Arg))
      if (!isForwardingCall(CE))
        VarPassed.insert(V);
  if (!FD)
    return unresolvedCall(CE);
  handleEvent(CE, FD);
  if (deferredCall(CE, FD))
    return true;
  if (const LauncherRow *Row = LM.rowFor(FD))
    return launchCall(CE, FD, *Row);
  if (std::optional<QueuingLaunch> Q = LM.executors().queuingLaunch(FD)) {
    queuedCall(CE, FD, *Q);
    return true;
  }
  if (asyncOperationCall(CE, FD))
    return true;
  wrapperCall(CE, FD);
  return true;
}

/// `pthread_detach(t)`, `pthread_join(t, &r)`: what is done to the thread a
/// C handle names.
void LaunchFinder::handleEvent(const CallExpr *CE, const FunctionDecl *FD) {
  if (CE->getNumArgs() == 0)
    return;
  if (isNamed(FD, K.names(Role::ThreadHandleJoin)))
    markWaited(CE->getArg(0), CE);
  else if (const VarDecl *V = localVar(CE->getArg(0));
           V && isNamed(FD, K.names(Role::ThreadHandleDetach)))
    VarDetached.try_emplace(V, CE->getExprLoc());
}

bool LaunchFinder::isAsyncOperation(const FunctionDecl *FD) const {
  if (!FD->getIdentifier() || !FD->getName().starts_with("async_"))
    return false;
  std::string Name = matchName(FD);
  return llvm::any_of(K.names(Role::AsyncOperationNamespace).names(),
                      [&](const auto &NS) {
                        return llvm::StringRef(Name).starts_with(
                            (NS.getKey() + "::").str());
                      });
}

bool LaunchFinder::asyncOperationCall(const CallExpr *CE, const FunctionDecl *FD) {
  if (CE->getNumArgs() == 0 || !isAsyncOperation(FD))
    return false;
  // `async_initiate(initiation, token, args...)` starts the operation of
  // the function that calls it (`async_send`): the work is named after it.
  if (isNamed(FD, K.names(Role::InitiationFunction))) {
    const FunctionDecl *Initiating = outermostFunction(Fns.back());
    LauncherRow Row{"", LaunchKind::UnlessAwaited, 1, ""};
    return launchCall(CE, FD, Row,
                      "the completion handler of '" +
                          (Initiating->getIdentifier() ? Initiating : FD)
                              ->getNameAsString() +
                          "'");
  }
  LauncherRow Row{"", LaunchKind::UnlessAwaited, LastArg, ""};
  return launchCall(CE, FD, Row,
                    "the completion handler of '" + FD->getNameAsString() + "'");
}

/// A call a template leaves unresolved (`http::async_read(stream_, ...)`
/// with a dependent stream, `net::post(ioc_, lambda)` with a lambda of
/// the template): a launch when every function it can name is the same
/// launcher, or every one an asynchronous operation.
bool LaunchFinder::unresolvedCall(const CallExpr *CE) {
  const auto *OE = dyn_cast<OverloadExpr>(CE->getCallee()->IgnoreParenImpCasts());
  if (!OE || OE->getNumDecls() == 0 || CE->getNumArgs() == 0)
    return true;
  const FunctionDecl *First = nullptr;
  const LauncherRow *Row = nullptr;
  bool Async = true;
  for (const NamedDecl *ND : OE->decls()) {
    const FunctionDecl *F = ND->getUnderlyingDecl()->getAsFunction();
    if (!F)
      return true;
    const LauncherRow *R = LM.rowFor(F);
    if (First && R != Row)
      return true;
    Async = Async && !R && isAsyncOperation(F) &&
            !isNamed(F, K.names(Role::InitiationFunction));
    if (!First)
      First = F;
    Row = R;
  }
  if (Row)
    return launchCall(CE, First, *Row);
  if (Async)
    asyncOperationCall(CE, First);
  return true;
}

LaunchFinder::Token LaunchFinder::classifyToken(const Expr *E) const {
  // `bind_executor(strand, handler)` is the handler it wraps.
  if (const Expr *Inner = wrappedHandler(E))
    return classifyToken(Inner);
  QualType T = E->getType().getNonReferenceType();
  if (isCallableType(T))
    return Token::Handler;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  // Tokens are known by their class name inside any namespace.
  if (!RD || !RD->getIdentifier() ||
      llvm::StringRef(qualifiedName(RD)).find("::") == llvm::StringRef::npos)
    return Token::Unknown;
  llvm::StringRef N = RD->getName();
  if (K.names(Role::DetachedToken).contains(N))
    return Token::Detached;
  if (K.names(Role::SuspendingToken).contains(N))
    return Token::Suspends;
  if (K.names(Role::ResultToken).contains(N))
    return Token::Result;
  return Token::Unknown;
}

LaunchFinder::Candidate LaunchFinder::candidate(const Expr *Launch, LaunchKind Kind,
                                                std::string Launcher,
                                                std::string Work,
                                                const Expr *Callable) {
  Candidate C;
  C.W.Launch = Launch;
  C.W.NoteLoc = Launch->getBeginLoc();
  C.W.Kind = Kind;
  C.W.Launcher = std::move(Launcher);
  C.W.Work = std::move(Work);
  C.W.Callable = Callable;
  C.W.In = Fns.back();
  C.Result = Launch;
  return C;
}

void LaunchFinder::markWaited(const Expr *E, const Stmt *At) {
  E = stripCopies(E);
  Waited.insert(E);
  if (const VarDecl *V = localVar(E))
    VarWaited[V].push_back(At);
}

void LaunchFinder::kept(const Expr *E, SourceLocation Loc, const std::string &Where) {
  E = stripCopies(E);
  Kept.try_emplace(E, FateOf{Fate::Kept, Loc, Where});
  if (const VarDecl *V = localVar(E))
    VarKept.try_emplace(V, FateOf{Fate::Kept, Loc, Where});
}

void LaunchFinder::assign(const Expr *LHS, const Expr *RHS, SourceLocation Loc) {
  if (auto S = Storages.objectStorage(LHS, Fns.back()))
    kept(RHS, Loc, S->describe());
}

void LaunchFinder::memberEvent(const CXXMemberCallExpr *MC) {
  const CXXMethodDecl *MD = MC->getMethodDecl();
  const Expr *Obj = MC->getImplicitObjectArgument();
  if (!MD || !MD->getIdentifier() || !Obj)
    return;
  llvm::StringRef Name = MD->getName();
  const Expr *Target = stripCopies(Obj);
  const VarDecl *V = localVar(Obj);
  if (K.names(Role::DetachCall).contains(Name)) {
    Detached.try_emplace(Target, MC->getExprLoc());
    if (V)
      VarDetached.try_emplace(V, MC->getExprLoc());
  } else if (K.names(Role::WaitCall).contains(Name)) {
    markWaited(Obj, MC);
    if (Name != "get" ||
        isNamed(Obj->getType().getNonReferenceType()->getAsCXXRecordDecl(),
                K.names(Role::Future)))
      WaitsAt.push_back({Fns.back(), MC, referencedVars(Obj)});
  } else if (K.names(Role::EventLoopRun).contains(Name)) {
    // The function runs the event loop: work posted to it before is done
    // (or abandoned) before the loop returns.
    WaitsAt.push_back({Fns.back(), MC, referencedVars(Obj)});
  } else if (K.names(Role::Continuation).contains(Name)) {
    ChainNext[Target] = MC;
    if (V)
      VarChained[V] = MC;
  } else if (K.names(Role::StoreMethod).contains(Name)) {
    storeEvent(MC, Obj);
  }
}

void LaunchFinder::storeEvent(const CXXMemberCallExpr *MC, const Expr *Obj) {
  std::optional<Storage> S = Obj->getType()->isPointerType()
                                 ? Storages.pointeeStorage(Obj, Fns.back())
                                 : Storages.objectStorage(Obj, Fns.back());
  if (!S)
    return;
  for (const Expr *Arg : MC->arguments())
    kept(Arg, MC->getExprLoc(), S->describe());
  // `workers_.emplace_back(f, args...)` constructs a thread in place.
  llvm::StringRef Name = MC->getMethodDecl()->getName();
  QualType ObjT = Obj->getType();
  if (ObjT->isPointerType())
    ObjT = ObjT->getPointeeType();
  if (!LM.isThreadContainer(ObjT) || !Name.starts_with("emplace") ||
      MC->getNumArgs() == 0 ||
      LM.threadRow(stripCopies(MC->getArg(0))->getType()->getAsCXXRecordDecl()))
    return;
  unsigned First = Name == "emplace" && MC->getNumArgs() > 1 &&
                           !isCallableType(
                               MC->getArg(0)->getType().getNonReferenceType())
                       ? 1
                       : 0; // emplace(pos, f, args...)
  const LauncherRow *Row =
      LM.threadRow(firstTemplateArgRecord(ObjT->getAsCXXRecordDecl()));
  Candidate C = candidate(MC, LaunchKind::Thread,
                          Row ? Row->QualifiedName.str() : "std::thread",
                          "a thread kept in " + S->describe(), MC->getArg(First));
  for (unsigned I = First + 1; I < MC->getNumArgs(); ++I)
    C.W.Args.push_back(MC->getArg(I));
  Kept.try_emplace(MC, FateOf{Fate::Kept, MC->getExprLoc(), S->describe()});
  Cands.push_back(std::move(C));
}

const Expr *LaunchFinder::argFor(const CallExpr *CE, int Index) const {
  // Default arguments are not work the caller gives.
  const Expr *Last = lastWrittenArg(CE);
  if (!Last)
    return nullptr;
  unsigned N = CE->getNumArgs();
  while (N > 0 && CE->getArg(N - 1) != Last)
    --N;
  if (Index == LastArg)
    return Last;
  if (Index == LastParam) {
    const FunctionDecl *FD = CE->getDirectCallee();
    unsigned P = FD ? FD->getNumParams() : 0;
    unsigned Shift = objectArgs(CE, FD);
    return P > 0 && P - 1 + Shift < N ? CE->getArg(P - 1 + Shift) : nullptr;
  }
  if (Index == FirstCallableArg) {
    for (unsigned I = 0; I < N; ++I)
      if (isCallableType(CE->getArg(I)->getType().getNonReferenceType()))
        return CE->getArg(I);
    return nullptr;
  }
  unsigned Shift = objectArgs(CE, CE->getDirectCallee());
  return static_cast<unsigned>(Index) + Shift < N ? CE->getArg(Index + Shift)
                                                  : nullptr;
}

bool LaunchFinder::launchCall(const CallExpr *CE, const FunctionDecl *FD,
                              const LauncherRow &Row, std::string Work) {
  const Expr *Callable = argFor(CE, Row.CallableArg);
  if (!Callable)
    return true;
  if (Work.empty())
    Work = Row.Work.str();
  bool Unnamed = Work.empty();
  if (Unnamed)
    Work = "a task passed to '" + qualifiedName(FD) + "'";
  std::string Launcher = qualifiedName(FD);
  Candidate C = candidate(CE, Row.Kind, Launcher, Work, Callable);
  C.W.Unnamed = Unnamed;
  C.W.NoteLoc = CE->getExprLoc();
  C.OnCompletion = Row.QualifiedName.empty(); // An `async_*` operation.
  if (Row.Kind == LaunchKind::Thread) {
    // `pthread_create(&t, attr, entry, arg)`: a thread, whose handle says
    // whether it is detached or joined.
    if (Row.HandleArg == NoHandleArg)
      return true;
    threadHandle(C, argFor(CE, Row.HandleArg));
    Cands.push_back(std::move(C));
    return true;
  }
  if (Row.Kind == LaunchKind::UnlessAwaited) {
    // The token of an `async_*` operation is the work itself (for
    // `async_initiate`, not its last argument).
    const Expr *TokenArg = C.OnCompletion ? Callable : argFor(CE, LastArg);
    C.Tok = classifyToken(TokenArg);
    if (C.Tok == Token::Suspends || C.Tok == Token::Unknown)
      return true;
    // `co_spawn(ex, coro, handler)`: the handler runs later too.
    if (Row.CallableArg != LastArg && C.Tok == Token::Handler &&
        TokenArg != Callable) {
      Candidate H = candidate(CE, Row.Kind, Launcher,
                              "the completion handler of '" + Launcher + "'",
                              TokenArg);
      H.W.NoteLoc = C.W.NoteLoc;
      H.Tok = C.Tok;
      H.OnCompletion = true;
      Cands.push_back(std::move(H));
    }
    if (Row.CallableArg == LastArg && C.Tok != Token::Handler)
      return true; // No work of the caller's: `post(ex, use_awaitable)`.
  } else if (!isCallableType(Callable->getType().getNonReferenceType()) &&
             !Callable->getType()->isDependentType()) {
    return true;
  }
  Cands.push_back(std::move(C));
  return true;
}

void LaunchFinder::threadHandle(Candidate &C, const Expr *HandleArg) {
  const Expr *E = HandleArg ? stripCopies(HandleArg) : nullptr;
  const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
  if (!UO || UO->getOpcode() != UO_AddrOf)
    return;
  const Expr *Handle = bare(UO->getSubExpr());
  if (const VarDecl *V = localVar(Handle))
    C.Handle = V;
  else if (auto S = Storages.objectStorage(Handle, Fns.back()))
    kept(C.W.Launch, C.W.Launch->getExprLoc(), S->describe());
}

void LaunchFinder::wrapperCall(const CallExpr *CE, const FunctionDecl *FD) {
  llvm::SmallVector<CallTarget, 4> Targets;
  if (const FunctionDecl *Def = userDefinition(FD, Ctx))
    Targets.push_back({Def, CallTarget::Via::Direct,
                       objectArgs(CE, FD),
                       nullptr});
  // A virtual call, or a call through a callable member, handed a
  // callable: what may run.
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (MD && (Targets.empty() || MD->isVirtual()) &&
      llvm::any_of(CE->arguments(), [](const Expr *A) {
        return isCallableType(A->getType());
      }))
    Targets.append(LM.indirectTargets(CE, Ctx));
  llvm::SmallPtrSet<const Expr *, 4> Done;
  for (const CallTarget &T : Targets)
    for (unsigned P = 0; P < T.Def->getNumParams(); ++P) {
      const LauncherModel::WrapperFact *Fact = LM.wrapperFact(T.Def, P, Ctx);
      if (!Fact || P + T.Shift >= CE->getNumArgs())
        continue;
      const Expr *Arg = CE->getArg(P + T.Shift);
      if (isa<CXXDefaultArgExpr>(Arg) || !Done.insert(Arg).second)
        continue;
      Candidate C = candidate(CE, LaunchKind::Always, qualifiedName(FD),
                              Fact->Work, Arg);
      C.W.NoteLoc = CE->getExprLoc();
      std::string Name = T.Through ? T.Through->getNameAsString()
                                   : FD->getNameAsString();
      C.W.Note = "'" + Name + "' passes it to " + Fact->Work;
      C.W.Wrapper = T.Def;
      C.W.WrappedLoc = Fact->InnerLoc;
      C.W.WrappedNote = Fact->InnerNote;
      C.W.Deferred = Fact->Deferred;
      Cands.push_back(std::move(C));
    }
}

/// True when \p E (through a local's initializer) is a call of \p Name.
static bool returnedBy(const Expr *E, llvm::StringRef Name) {
  E = stripCopies(E);
  if (const VarDecl *V = localVar(E); V && V->getInit())
    E = stripCopies(V->getInit());
  const auto *CE = dyn_cast_or_null<CallExpr>(E);
  const FunctionDecl *FD = CE ? CE->getDirectCallee() : nullptr;
  return FD && matchName(FD) == Name;
}

bool LaunchFinder::deferredCall(const CallExpr *CE, const FunctionDecl *FD) {
  // Cheap test first: this runs on every call in every function.
  if (!FD->getIdentifier() || !K.deferredLastNames().contains(FD->getName()))
    return false;
  llvm::ArrayRef<const DeferredCallbackRow *> Rows =
      K.deferredCallbacks(matchName(FD));
  const auto *MC = dyn_cast<CXXMemberCallExpr>(CE);
  bool Found = false;
  for (const DeferredCallbackRow *Row : Rows) {
    if (!Row->ObjectFrom.empty() &&
        (!MC || !returnedBy(MC->getImplicitObjectArgument(), Row->ObjectFrom)))
      continue;
    Found = true;
    const Expr *Callable = argFor(CE, Row->CallableArg);
    if (!Callable || isa<CXXDefaultArgExpr>(Callable) ||
        (!isCallableType(Callable->getType().getNonReferenceType()) &&
         !Callable->getType()->isDependentType()))
      continue;
    std::string Launcher = qualifiedName(FD);
    Candidate C = candidate(CE, LaunchKind::Always, Launcher, Row->Work.str(),
                            Callable);
    C.W.NoteLoc = CE->getExprLoc();
    C.W.Note = "'" + Launcher + "' keeps it and runs it " + Row->When.str() +
               ", after the handler returns";
    C.W.Deferred = Row;
    Cands.push_back(std::move(C));
  }
  return Found;
}

void LaunchFinder::queuedCall(const CallExpr *CE, const FunctionDecl *FD,
                              const QueuingLaunch &Q) {
  const Expr *Callable = argFor(CE, static_cast<int>(Q.Param));
  if (!Callable || isa<CXXDefaultArgExpr>(Callable))
    return;
  std::string Launcher = qualifiedName(FD);
  Candidate C = candidate(
      CE, Q.ReturnsFuture ? LaunchKind::TaskUnlessWaited : LaunchKind::Always,
      Launcher, "a task queued by '" + Launcher + "'", Callable);
  C.W.NoteLoc = CE->getExprLoc();
  C.W.Note = "'" + FD->getNameAsString() + "' queues it in member '" +
             Q.Queue->getNameAsString() +
             "', which another thread runs after this function returns";
  Cands.push_back(std::move(C));
}

LaunchFinder::FateOf LaunchFinder::fateOf(const Candidate &C, const Expr *E,
                                          unsigned Depth) const {
  if (limitlog::past(limits::ChainDepth, Depth, E ? E->getBeginLoc() : SourceLocation(),
                     nullptr, E))
    return {};
  // A task's fate is the fate of the last continuation chained on it.
  if (C.Handle && E == C.Result)
    return varFate(C, C.Handle, Depth);
  auto Next = ChainNext.find(E);
  if (Next != ChainNext.end())
    return fateOf(C, Next->second, Depth + 1);
  if (Waited.count(E))
    return {Fate::Waited, {}, {}};
  auto D = Detached.find(E);
  if (D != Detached.end())
    return {Fate::Detached, D->second, {}};
  auto Kp = Kept.find(E);
  if (Kp != Kept.end())
    return Kp->second;
  if (Dropped.count(E))
    return {Fate::Dropped, {}, {}};
  auto VI = VarInit.find(E);
  if (VI == VarInit.end())
    return {};
  return varFate(C, VI->second, Depth);
}

LaunchFinder::FateOf LaunchFinder::varFate(const Candidate &C, const VarDecl *V,
                                           unsigned Depth) const {
  // Waited for only when every path from the launch waits: a wait on one
  // branch leaves the other.
  auto VW = VarWaited.find(V);
  if (VW != VarWaited.end() &&
      LM.ordering().everyPathPasses(C.W.In, C.W.Launch, VW->second))
    return {Fate::Waited, {}, {}};
  auto VD = VarDetached.find(V);
  if (VD != VarDetached.end())
    return {Fate::Detached, VD->second, {}};
  auto VK = VarKept.find(V);
  if (VK != VarKept.end())
    return VK->second;
  auto VC = VarChained.find(V);
  if (VC != VarChained.end())
    return fateOf(C, VC->second, Depth + 1);
  if (VarPassed.count(V))
    return {};
  return {Fate::Dropped, V->getLocation(), {}};
}

bool LaunchFinder::waitedAfter(const Candidate &C) const {
  const SourceManager &SM = Ctx.getSourceManager();
  // Cheap test first: a wait of the same function written after the launch.
  if (llvm::none_of(WaitsAt, [&](const Wait &Wt) {
        return Wt.In == C.W.In &&
               SM.isBeforeInTranslationUnit(C.W.Launch->getEndLoc(),
                                            Wt.Call->getBeginLoc());
      }))
    return false;
  // What the launch touches: its arguments other than the work (the
  // executor, the io_context), its object, and what the work captures.
  llvm::SmallPtrSet<const ValueDecl *, 8> Touched;
  if (const auto *CE = dyn_cast<CallExpr>(C.W.Launch)) {
    for (const Expr *Arg : CE->arguments())
      if (Arg != C.W.Callable)
        for (const ValueDecl *V : referencedVars(Arg))
          Touched.insert(V);
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      for (const ValueDecl *V : referencedVars(MC->getImplicitObjectArgument()))
        Touched.insert(V);
  }
  if (const auto *LE = dyn_cast<LambdaExpr>(stripCallable(C.W.Callable)))
    for (const LambdaCapture &Cap : LE->captures())
      if (Cap.capturesVariable())
        Touched.insert(Cap.getCapturedVar());
  llvm::SmallVector<const Stmt *, 4> Waits;
  for (const Wait &Wt : WaitsAt)
    if (Wt.In == C.W.In && llvm::any_of(Wt.Vars, [&](const ValueDecl *V) {
          return Touched.count(V);
        }))
      Waits.push_back(Wt.Call);
  // Every path from the launch to the end of the function waits: a wait on
  // one branch does not wait for the work on the other.
  return LM.ordering().everyPathPasses(C.W.In, C.W.Launch, Waits);
}

LaunchKind LaunchFinder::effectiveKind(const Candidate &C) {
  if (C.W.Kind != LaunchKind::UnlessAwaited)
    return C.W.Kind;
  switch (C.Tok) {
  case Token::Handler:
    return C.OnCompletion ? LaunchKind::OnCompletion : LaunchKind::Always;
  case Token::Detached:
    return LaunchKind::DetachedToken;
  default:
    return LaunchKind::AwaitableResult;
  }
}

/// A pattern of the outcome table with `%0` (the launcher) and `%1` (where
/// the result is kept) filled in.
static std::string fillOutcome(llvm::StringRef Pattern, llvm::StringRef Launcher,
                               llvm::StringRef Where) {
  std::string Out;
  for (size_t I = 0; I < Pattern.size(); ++I) {
    if (Pattern[I] == '%' && I + 1 < Pattern.size() &&
        (Pattern[I + 1] == '0' || Pattern[I + 1] == '1')) {
      Out += Pattern[I + 1] == '0' ? Launcher : Where;
      ++I;
    } else {
      Out += Pattern[I];
    }
  }
  return Out;
}

std::string LaunchFinder::noteFor(const Candidate &C, LaunchKind Effective,
                                  const FateOf &F) {
  const LaunchKindRow &Row = launchKind(Effective);
  return fillOutcome(F.Kind == Fate::Kept && !Row.KeptNote.empty() ? Row.KeptNote
                                                                   : Row.Note,
                     C.W.Launcher, F.Where);
}

std::vector<DetachedWork> LaunchFinder::finish() {
  std::vector<DetachedWork> Result;
  const SourceManager &SM = Ctx.getSourceManager();
  for (Candidate &C : Cands) {
    // The function waits for the work before it returns: `ioc.run()` on
    // the loop it posted to, `cv.wait(...)` on a condition variable the
    // work signals, `done.get_future().get()` on a promise it fulfils.
    if (waitedAfter(C))
      continue;
    FateOf F = fateOf(C, C.Result);
    LaunchKind Effective = effectiveKind(C);
    const LaunchKindRow &Row = launchKind(Effective);
    if (!Row.Outlives[static_cast<unsigned>(F.Kind)])
      continue;
    if (F.Kind == Fate::Detached || F.Kind == Fate::Kept)
      C.W.NoteLoc = F.Loc;
    if (F.Kind == Fate::Kept && !Row.KeptWork.empty())
      C.W.Work = fillOutcome(Row.KeptWork, C.W.Launcher, F.Where);
    if (C.W.Note.empty())
      C.W.Note = noteFor(C, Effective, F);
    C.W.Effective = Effective;
    Result.push_back(std::move(C.W));
  }
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const DetachedWork &A, const DetachedWork &B) {
                     return SM.isBeforeInTranslationUnit(
                         A.Callable->getBeginLoc(), B.Callable->getBeginLoc());
                   });
  return Result;
}

} // namespace ctxlife
