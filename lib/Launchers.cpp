//===--- Launchers.cpp - work that can outlive the request ----------------===//

#include "lib/Launchers.h"
#include "lib/FunctionWalker.h"
#include "lib/Storage.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {
namespace {

bool isMoveLike(const CallExpr *CE) {
  return CE->getNumArgs() == 1 &&
         hasQualifiedName(CE->getDirectCallee(), {"std::move", "std::forward"});
}

} // namespace

const Expr *stripCopies(const Expr *E) {
  while (E) {
    E = E->IgnoreParenImpCasts();
    if (const auto *MT = dyn_cast<MaterializeTemporaryExpr>(E))
      E = MT->getSubExpr();
    else if (const auto *FE = dyn_cast<FullExpr>(E))
      E = FE->getSubExpr();
    else if (const auto *BT = dyn_cast<CXXBindTemporaryExpr>(E))
      E = BT->getSubExpr();
    else if (const auto *FC = dyn_cast<CXXFunctionalCastExpr>(E))
      E = FC->getSubExpr();
    else if (const auto *CE = dyn_cast<CXXConstructExpr>(E);
             CE && CE->getNumArgs() == 1 && CE->getConstructor() &&
             CE->getConstructor()->isCopyOrMoveConstructor())
      E = CE->getArg(0);
    else if (const auto *Call = dyn_cast<CallExpr>(E); Call && isMoveLike(Call))
      E = Call->getArg(0);
    else
      return E;
  }
  return E;
}

const Expr *stripCallable(const Expr *E) {
  for (unsigned Depth = 0; E && Depth < 8; ++Depth) {
    E = stripCopies(E);
    const auto *CE = dyn_cast<CXXConstructExpr>(E);
    if (!CE || CE->getNumArgs() != 1 || isa<CXXTemporaryObjectExpr>(CE) ||
        !LauncherModel::isCallableType(CE->getArg(0)->getType()))
      return E;
    E = CE->getArg(0);
  }
  return E;
}

const Expr *lastWrittenArg(const CallExpr *CE) {
  unsigned N = CE->getNumArgs();
  while (N > 0 && isa<CXXDefaultArgExpr>(CE->getArg(N - 1)))
    --N;
  return N ? CE->getArg(N - 1) : nullptr;
}

const Expr *wrappedHandler(const Expr *E) {
  const auto *CE = dyn_cast_or_null<CallExpr>(stripCopies(E));
  if (!CE || !CE->getDirectCallee() ||
      !llvm::is_contained(handlerWrapperNames(),
                          qualifiedName(CE->getDirectCallee())))
    return nullptr;
  return lastWrittenArg(CE);
}

namespace {

const Expr *stripValue(const Expr *E) { return stripCopies(E); }

const VarDecl *localVar(const Expr *E) {
  const auto *DRE = dyn_cast_or_null<DeclRefExpr>(stripValue(E));
  if (!DRE)
    return nullptr;
  const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
  return V && V->isLocalVarDecl() && !V->isStaticLocal() ? V : nullptr;
}

bool hasCallOperator(const CXXRecordDecl *RD) {
  RD = RD->getDefinition();
  if (!RD)
    return false;
  for (const Decl *D : RD->decls()) {
    const FunctionDecl *FD = dyn_cast<FunctionDecl>(D);
    if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
      FD = FT->getTemplatedDecl();
    if (FD && FD->getOverloadedOperator() == OO_Call)
      return true;
  }
  for (const CXXBaseSpecifier &B : RD->bases())
    if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
      if (hasCallOperator(Base))
        return true;
  return false;
}

bool isAwaitable(QualType T) {
  const CXXRecordDecl *RD = T.isNull() ? nullptr : T->getAsCXXRecordDecl();
  return RD && hasQualifiedName(RD, {"boost::asio::awaitable", "asio::awaitable"});
}

/// What an asynchronous operation's completion token says about waiting.
enum class Token { Handler, Detached, Suspends, Result, Unknown };

Token classifyToken(const Expr *E) {
  // `bind_executor(strand, handler)` is the handler it wraps.
  if (const Expr *Inner = wrappedHandler(E))
    return classifyToken(Inner);
  QualType T = E->getType().getNonReferenceType();
  if (LauncherModel::isCallableType(T))
    return Token::Handler;
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return Token::Unknown;
  std::string Name = qualifiedName(RD);
  llvm::StringRef N(Name);
  if (N.ends_with("::detached_t"))
    return Token::Detached;
  if (N.ends_with("::basic_yield_context"))
    return Token::Suspends;
  if (N.ends_with("::use_awaitable_t") || N.ends_with("::use_future_t") ||
      N.ends_with("::redirect_error_t") || N.ends_with("::as_tuple_t") ||
      N.ends_with("::as_single_t"))
    return Token::Result;
  return Token::Unknown;
}

/// The variables \p E refers to (`ioc` in `ioc.run()`, `p` in
/// `p.get_future().get()`).
llvm::SmallPtrSet<const ValueDecl *, 4> referencedVars(const Expr *E) {
  struct Refs : RecursiveASTVisitor<Refs> {
    llvm::SmallPtrSet<const ValueDecl *, 4> Vars;
    bool VisitDeclRefExpr(DeclRefExpr *DRE) {
      if (isa<VarDecl>(DRE->getDecl()))
        Vars.insert(DRE->getDecl());
      return true;
    }
    bool VisitMemberExpr(MemberExpr *ME) {
      if (isa<CXXThisExpr>(ME->getBase()->IgnoreParenImpCasts()))
        Vars.insert(ME->getMemberDecl());
      return true;
    }
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
  } R;
  if (E)
    R.TraverseStmt(const_cast<Expr *>(E));
  return R.Vars;
}

bool isFuture(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  return RD && hasQualifiedName(RD, {"std::future", "std::shared_future",
                                     "boost::future", "boost::shared_future"});
}

bool isThreadClass(const CXXRecordDecl *RD) {
  // Cheap test first: this runs on every construction in every function.
  if (!RD || !RD->getIdentifier() ||
      (RD->getName() != "thread" && RD->getName() != "jthread"))
    return false;
  std::string Name = qualifiedName(RD);
  return llvm::any_of(launcherRows(), [&](const LauncherRow &R) {
    return R.Kind == LaunchKind::Thread && R.QualifiedName == Name;
  });
}

/// A container of threads: `std::vector<std::thread>`, `std::list<std::jthread>`.
bool isThreadContainer(QualType T) {
  const auto *Spec = dyn_cast_or_null<ClassTemplateSpecializationDecl>(
      T.getNonReferenceType()->getAsCXXRecordDecl());
  if (!Spec || Spec->getTemplateArgs().size() == 0)
    return false;
  const TemplateArgument &A = Spec->getTemplateArgs()[0];
  return A.getKind() == TemplateArgument::Type &&
         isThreadClass(A.getAsType()->getAsCXXRecordDecl());
}

bool isStoreMethodName(llvm::StringRef N) {
  return llvm::is_contained(builtinStoreMethodNames(), N);
}

} // namespace

/// Walks one function body (lambdas included), collecting launch
/// candidates and what happens to the objects they return, then decides
/// which launches let their work go.
class LaunchFinder : public FunctionWalker<LaunchFinder> {
public:
  LaunchFinder(const LauncherModel &LM, ASTContext &Ctx, const FunctionDecl *FD)
      : FunctionWalker(FD), LM(LM), Ctx(Ctx), Storages(LM.model()) {}

  bool shouldVisitImplicitCode() const { return false; }

  bool VisitCompoundStmt(CompoundStmt *CS) {
    for (const Stmt *S : CS->body())
      if (const auto *E = dyn_cast<Expr>(S))
        Dropped.insert(stripValue(E));
    return true;
  }
  bool VisitReturnStmt(ReturnStmt *RS) {
    if (const Expr *E = RS->getRetValue())
      markWaited(E);
    return true;
  }
  bool VisitCoreturnStmt(CoreturnStmt *RS) {
    if (const Expr *E = RS->getOperand())
      markWaited(E);
    return true;
  }
  bool VisitCoawaitExpr(CoawaitExpr *CE) {
    markWaited(CE->getOperand());
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    if (!V->getInit())
      return true;
    if (V->isLocalVarDecl() && !V->isStaticLocal())
      VarInit[stripValue(V->getInit())] = V;
    else if (auto S = staticStorageOf(V))
      kept(V->getInit(), V->getLocation(), S->describe());
    return true;
  }
  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      assign(BO->getLHS(), BO->getRHS(), BO->getOperatorLoc());
    return true;
  }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl();
    if (CE->getNumArgs() == 0 || !isThreadClass(RD) ||
        (CE->getConstructor() && CE->getConstructor()->isCopyOrMoveConstructor()))
      return true;
    Candidate C = candidate(CE, LaunchKind::Thread, qualifiedName(RD),
                            "a detached thread", CE->getArg(0));
    for (unsigned I = 1; I < CE->getNumArgs(); ++I)
      if (!isa<CXXDefaultArgExpr>(CE->getArg(I)))
        C.W.Args.push_back(CE->getArg(I));
    Cands.push_back(std::move(C));
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE)) {
      if (OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
        assign(OC->getArg(0), OC->getArg(1), OC->getOperatorLoc());
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      memberEvent(MC);
    for (const Expr *Arg : CE->arguments())
      if (const VarDecl *V = localVar(Arg))
        if (!isMoveLike(CE))
          VarPassed.insert(V);
    if (!FD)
      return true;
    if (const LauncherRow *Row = LM.rowFor(FD))
      return launchCall(CE, FD, *Row);
    if (FD->getIdentifier() && FD->getName().starts_with("async_") &&
        CE->getNumArgs() > 0) {
      std::string Name = qualifiedName(FD);
      for (llvm::StringRef NS : asyncOperationNamespaces())
        if (llvm::StringRef(Name).starts_with((NS + "::").str())) {
          LauncherRow Row{"", LaunchKind::UnlessAwaited, -1, ""};
          std::string Work = "the completion handler of '" +
                             FD->getNameAsString() + "'";
          return launchCall(CE, FD, Row, Work);
        }
    }
    wrapperCall(CE, FD);
    return true;
  }

  std::vector<DetachedWork> finish();

private:
  struct Candidate {
    DetachedWork W;
    const Expr *Result = nullptr; ///< The value whose fate decides.
    Token Tok = Token::Unknown;
    /// Runs when an operation completes: an `async_*` handler, or the
    /// completion handler of `co_spawn`.
    bool OnCompletion = false;
  };
  enum class FateKind { Unknown, Waited, Detached, Kept, Dropped };
  struct Fate {
    FateKind Kind = FateKind::Unknown;
    SourceLocation Loc;
    std::string Where;
  };

  Candidate candidate(const Expr *Launch, LaunchKind K, std::string Launcher,
                      std::string Work, const Expr *Callable) {
    Candidate C;
    C.W.Launch = Launch;
    C.W.NoteLoc = Launch->getBeginLoc();
    C.W.Kind = K;
    C.W.Launcher = std::move(Launcher);
    C.W.Work = std::move(Work);
    C.W.Callable = Callable;
    C.W.In = Fns.back();
    C.Result = Launch;
    return C;
  }

  void markWaited(const Expr *E) {
    E = stripValue(E);
    Waited.insert(E);
    if (const VarDecl *V = localVar(E))
      VarWaited.insert(V);
  }

  void kept(const Expr *E, SourceLocation Loc, const std::string &Where) {
    E = stripValue(E);
    Kept.try_emplace(E, Fate{FateKind::Kept, Loc, Where});
    if (const VarDecl *V = localVar(E))
      VarKept.try_emplace(V, Fate{FateKind::Kept, Loc, Where});
  }

  void assign(const Expr *LHS, const Expr *RHS, SourceLocation Loc) {
    if (auto S = Storages.objectStorage(LHS, Fns.back()))
      kept(RHS, Loc, S->describe());
  }

  void memberEvent(const CXXMemberCallExpr *MC) {
    const CXXMethodDecl *MD = MC->getMethodDecl();
    const Expr *Obj = MC->getImplicitObjectArgument();
    if (!MD || !MD->getIdentifier() || !Obj)
      return;
    llvm::StringRef Name = MD->getName();
    const Expr *Target = stripValue(Obj);
    const VarDecl *V = localVar(Obj);
    if (Name == "detach") {
      Detached.try_emplace(Target, MC->getExprLoc());
      if (V)
        VarDetached.try_emplace(V, MC->getExprLoc());
    } else if (Name == "join" || Name == "get" || Name == "wait" ||
               Name == "wait_for" || Name == "wait_until") {
      markWaited(Obj);
      if (Name != "get" || isFuture(Obj->getType()))
        WaitsAt.push_back({Fns.back(), MC->getBeginLoc(), referencedVars(Obj)});
    } else if (Name == "run" || Name == "run_one" || Name == "run_for" ||
               Name == "run_until" || Name == "poll" || Name == "poll_one") {
      // The function runs the event loop: work posted to it before is done
      // (or abandoned) before the loop returns.
      WaitsAt.push_back({Fns.back(), MC->getBeginLoc(), referencedVars(Obj)});
    } else if (Name == "then") {
      ChainNext[Target] = MC;
      if (V)
        VarChained[V] = MC;
    } else if (isStoreMethodName(Name)) {
      std::optional<Storage> S =
          Obj->getType()->isPointerType()
              ? Storages.pointeeStorage(Obj, Fns.back())
              : Storages.objectStorage(Obj, Fns.back());
      if (!S)
        return;
      for (const Expr *Arg : MC->arguments())
        kept(Arg, MC->getExprLoc(), S->describe());
      // `workers_.emplace_back(f, args...)` constructs a thread in place.
      QualType ObjT = Obj->getType();
      if (ObjT->isPointerType())
        ObjT = ObjT->getPointeeType();
      if (isThreadContainer(ObjT) && Name.starts_with("emplace") &&
          MC->getNumArgs() > 0 &&
          !isThreadClass(stripValue(MC->getArg(0))->getType()->getAsCXXRecordDecl())) {
        unsigned First = Name == "emplace" && MC->getNumArgs() > 1 &&
                                 !LauncherModel::isCallableType(
                                     MC->getArg(0)->getType().getNonReferenceType())
                             ? 1
                             : 0; // emplace(pos, f, args...)
        Candidate C = candidate(MC, LaunchKind::Thread, "std::thread",
                                "a thread kept in " + S->describe(),
                                MC->getArg(First));
        for (unsigned I = First + 1; I < MC->getNumArgs(); ++I)
          C.W.Args.push_back(MC->getArg(I));
        Kept.try_emplace(MC, Fate{FateKind::Kept, MC->getExprLoc(), S->describe()});
        Cands.push_back(std::move(C));
      }
    }
  }

  const Expr *argFor(const CallExpr *CE, int Index) const {
    // Default arguments are not work the caller gives.
    const Expr *Last = lastWrittenArg(CE);
    if (!Last)
      return nullptr;
    unsigned N = CE->getNumArgs();
    while (N > 0 && CE->getArg(N - 1) != Last)
      --N;
    if (Index == -1)
      return Last;
    if (Index == -2) {
      for (unsigned I = 0; I < N; ++I)
        if (LauncherModel::isCallableType(
                CE->getArg(I)->getType().getNonReferenceType()))
          return CE->getArg(I);
      return nullptr;
    }
    unsigned Shift = isa<CXXOperatorCallExpr>(CE) &&
                             isa<CXXMethodDecl>(CE->getDirectCallee())
                         ? 1
                         : 0;
    return static_cast<unsigned>(Index) + Shift < N ? CE->getArg(Index + Shift)
                                                    : nullptr;
  }

  bool launchCall(const CallExpr *CE, const FunctionDecl *FD,
                  const LauncherRow &Row, std::string Work = "") {
    const Expr *Callable = argFor(CE, Row.CallableArg);
    if (!Callable)
      return true;
    if (Work.empty())
      Work = Row.Work.str();
    if (Work.empty())
      Work = "a task passed to '" + qualifiedName(FD) + "'";
    std::string Launcher = qualifiedName(FD);
    Candidate C = candidate(CE, Row.Kind, Launcher, Work, Callable);
    C.W.NoteLoc = CE->getExprLoc();
    C.OnCompletion = Row.QualifiedName.empty(); // An `async_*` operation.
    if (Row.Kind == LaunchKind::UnlessAwaited) {
      const Expr *TokenArg = argFor(CE, -1);
      C.Tok = classifyToken(TokenArg);
      if (C.Tok == Token::Suspends || C.Tok == Token::Unknown)
        return true;
      // `co_spawn(ex, coro, handler)`: the handler runs later too.
      if (Row.CallableArg != -1 && C.Tok == Token::Handler && TokenArg != Callable) {
        Candidate H = candidate(CE, Row.Kind, Launcher,
                                "the completion handler of '" + Launcher + "'",
                                TokenArg);
        H.W.NoteLoc = C.W.NoteLoc;
        H.Tok = C.Tok;
        H.OnCompletion = true;
        Cands.push_back(std::move(H));
      }
      if (Row.CallableArg == -1 && C.Tok != Token::Handler)
        return true; // No work of the caller's: `post(ex, use_awaitable)`.
    } else if (!LauncherModel::isCallableType(
                   Callable->getType().getNonReferenceType()) &&
               !Callable->getType()->isDependentType()) {
      return true;
    }
    Cands.push_back(std::move(C));
    return true;
  }

  void wrapperCall(const CallExpr *CE, const FunctionDecl *FD) {
    const FunctionDecl *Def = nullptr;
    if (!FD->hasBody(Def) || Def->isDependentContext() ||
        Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
      return;
    unsigned Shift = isa<CXXOperatorCallExpr>(CE) && isa<CXXMethodDecl>(FD) ? 1 : 0;
    for (const auto &Info : LM.wrapperInfo(Def, Ctx)) {
      if (Info.Param + Shift >= CE->getNumArgs())
        continue;
      const Expr *Arg = CE->getArg(Info.Param + Shift);
      if (isa<CXXDefaultArgExpr>(Arg))
        continue;
      Candidate C = candidate(CE, LaunchKind::Always, qualifiedName(FD),
                              Info.Work, Arg);
      C.W.NoteLoc = CE->getExprLoc();
      C.W.Note = "'" + FD->getNameAsString() + "' passes it to " + Info.Work;
      C.W.Wrapper = Def;
      C.W.WrappedLoc = Info.InnerLoc;
      C.W.WrappedNote = Info.InnerNote;
      Cands.push_back(std::move(C));
    }
  }

  Fate fateOf(const Expr *E, unsigned Depth = 0) const;
  std::string noteFor(const Candidate &C, const Fate &F) const;

  const LauncherModel &LM;
  ASTContext &Ctx;
  StorageClassifier Storages;
  std::vector<Candidate> Cands;
  llvm::DenseSet<const Expr *> Waited, Dropped;
  llvm::DenseMap<const Expr *, SourceLocation> Detached;
  llvm::DenseMap<const Expr *, Fate> Kept;
  llvm::DenseMap<const Expr *, const Expr *> ChainNext;
  llvm::DenseMap<const Expr *, const VarDecl *> VarInit;
  llvm::DenseSet<const VarDecl *> VarWaited, VarPassed;
  llvm::DenseMap<const VarDecl *, SourceLocation> VarDetached;
  llvm::DenseMap<const VarDecl *, Fate> VarKept;
  llvm::DenseMap<const VarDecl *, const Expr *> VarChained;
  /// A call that waits for work or runs an event loop (`cv.wait()`,
  /// `ioc.run()`, `done.get_future().get()`): the function it is written
  /// in, where, and the variables its object refers to.
  struct Wait {
    const FunctionDecl *In;
    SourceLocation Loc;
    llvm::SmallPtrSet<const ValueDecl *, 4> Vars;
  };
  std::vector<Wait> WaitsAt;

  /// True when the function waits, after the launch, on something the
  /// launch touches: the event loop it posts to, a condition variable or
  /// promise the work captures.
  bool waitedAfter(const Candidate &C) const;
};

LaunchFinder::Fate LaunchFinder::fateOf(const Expr *E, unsigned Depth) const {
  if (Depth > 16)
    return {};
  // A task's fate is the fate of the last continuation chained on it.
  auto Next = ChainNext.find(E);
  if (Next != ChainNext.end())
    return fateOf(Next->second, Depth + 1);
  if (Waited.count(E))
    return {FateKind::Waited, {}, {}};
  auto D = Detached.find(E);
  if (D != Detached.end())
    return {FateKind::Detached, D->second, {}};
  auto K = Kept.find(E);
  if (K != Kept.end())
    return K->second;
  if (Dropped.count(E))
    return {FateKind::Dropped, {}, {}};
  auto VI = VarInit.find(E);
  if (VI == VarInit.end())
    return {};
  const VarDecl *V = VI->second;
  if (VarWaited.count(V))
    return {FateKind::Waited, {}, {}};
  auto VD = VarDetached.find(V);
  if (VD != VarDetached.end())
    return {FateKind::Detached, VD->second, {}};
  auto VK = VarKept.find(V);
  if (VK != VarKept.end())
    return VK->second;
  auto VC = VarChained.find(V);
  if (VC != VarChained.end())
    return fateOf(VC->second, Depth + 1);
  if (VarPassed.count(V))
    return {};
  return {FateKind::Dropped, V->getLocation(), {}};
}

bool LaunchFinder::waitedAfter(const Candidate &C) const {
  const SourceManager &SM = Ctx.getSourceManager();
  llvm::SmallPtrSet<const ValueDecl *, 8> Touched;
  bool Any = false;
  for (const Wait &Wt : WaitsAt)
    if (Wt.In == C.W.In &&
        SM.isBeforeInTranslationUnit(C.W.Launch->getEndLoc(), Wt.Loc))
      Any = true;
  if (!Any)
    return false;
  // What the launch touches: its arguments other than the work (the
  // executor, the io_context), its object, and what the work captures.
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
  return llvm::any_of(WaitsAt, [&](const Wait &Wt) {
    return Wt.In == C.W.In &&
           SM.isBeforeInTranslationUnit(C.W.Launch->getEndLoc(), Wt.Loc) &&
           llvm::any_of(Wt.Vars, [&](const ValueDecl *V) { return Touched.count(V); });
  });
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
    Fate F = fateOf(C.Result);
    bool Lets = false;
    switch (C.W.Kind) {
    case LaunchKind::Thread:
      Lets = F.Kind == FateKind::Detached || F.Kind == FateKind::Kept;
      break;
    case LaunchKind::FutureUnlessKept:
      Lets = F.Kind == FateKind::Kept;
      break;
    case LaunchKind::TaskUnlessWaited:
      Lets = F.Kind == FateKind::Dropped || F.Kind == FateKind::Kept ||
             F.Kind == FateKind::Detached;
      break;
    case LaunchKind::UnlessAwaited:
      Lets = C.Tok == Token::Handler || C.Tok == Token::Detached ||
             (C.Tok == Token::Result &&
              (F.Kind == FateKind::Dropped || F.Kind == FateKind::Kept));
      break;
    case LaunchKind::Always:
      Lets = true;
      break;
    }
    if (!Lets)
      continue;
    if (F.Kind == FateKind::Detached || F.Kind == FateKind::Kept)
      C.W.NoteLoc = F.Loc;
    if (C.W.Kind == LaunchKind::Thread && F.Kind == FateKind::Kept)
      C.W.Work = "a thread kept in " + F.Where;
    if (C.W.Note.empty())
      C.W.Note = noteFor(C, F);
    Result.push_back(std::move(C.W));
  }
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const DetachedWork &A, const DetachedWork &B) {
                     return SM.isBeforeInTranslationUnit(
                         A.Callable->getBeginLoc(), B.Callable->getBeginLoc());
                   });
  return Result;
}

std::string LaunchFinder::noteFor(const Candidate &C, const Fate &F) const {
  const std::string &L = C.W.Launcher;
  switch (C.W.Kind) {
  case LaunchKind::Thread:
    if (F.Kind == FateKind::Kept)
      return "the thread is kept in " + F.Where +
             " here and is not joined before the request ends";
    return "the thread is detached here";
  case LaunchKind::FutureUnlessKept:
    return "the future is kept in " + F.Where +
           " here, so nothing waits for the task before the request ends";
  case LaunchKind::TaskUnlessWaited:
    return "'" + L + "' starts it here and the task is never waited for";
  case LaunchKind::UnlessAwaited:
    if (C.Tok == Token::Detached)
      return "'" + L + "' starts it here and nothing waits for it";
    if (C.Tok == Token::Result)
      return "'" + L + "' starts it here and its result is never awaited";
    if (C.OnCompletion)
      return "'" + L + "' calls it when the operation completes, after this "
                       "function returns";
    return "'" + L + "' runs it later, after this function returns";
  case LaunchKind::Always:
    return "'" + L + "' runs it later, after this function returns";
  }
  return L;
}

LauncherModel::LauncherModel(const ContextModel &Model,
                             llvm::ArrayRef<std::string> DetachingCalls)
    : Model(Model) {
  for (const LauncherRow &R : launcherRows())
    Rows[R.QualifiedName] = &R;
  UserNames.assign(DetachingCalls.begin(), DetachingCalls.end());
  UserRows.reserve(UserNames.size());
  for (const std::string &N : UserNames)
    UserRows.push_back(LauncherRow{N, LaunchKind::Always, -2, ""});
  for (LauncherRow &R : UserRows)
    Rows[R.QualifiedName] = &R;
  for (const auto &R : Rows)
    Names.insert(llvm::StringRef(R.getKey()).rsplit("::").second.empty()
                     ? R.getKey()
                     : llvm::StringRef(R.getKey()).rsplit("::").second);
}

const LauncherRow *LauncherModel::rowFor(const FunctionDecl *FD) const {
  if (!FD->getIdentifier() || isa<CXXConstructorDecl>(FD))
    return nullptr;
  // Cheap test first: this runs on every call in every function.
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!Names.contains(FD->getName()) &&
      (!MD || MD->size_overridden_methods() == 0))
    return nullptr;
  auto It = Rows.find(qualifiedName(FD));
  if (It != Rows.end())
    return It->second->Kind == LaunchKind::Thread ? nullptr : It->second;
  // An override of a launcher launches too (`CPUThreadPoolExecutor::add`
  // overrides `folly::Executor::add`).
  if (MD)
    for (const CXXMethodDecl *O : MD->overridden_methods())
      if (const LauncherRow *R = rowFor(O))
        return R;
  return nullptr;
}

bool LauncherModel::isCallableType(QualType T) {
  if (T.isNull())
    return false;
  T = T.getCanonicalType().getNonReferenceType();
  if (T->isFunctionType() || T->isFunctionPointerType() ||
      T->isMemberFunctionPointerType())
    return true;
  if (T->isPointerType())
    return T->getPointeeType()->isFunctionType();
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (!RD)
    return false;
  if (RD->isLambda() || isAwaitable(T))
    return true;
  if (hasQualifiedName(RD, {"std::function", "std::move_only_function",
                            "boost::function", "std::packaged_task",
                            "std::_Bind", "std::_Bind_front",
                            "std::_Bind_back"}))
    return true;
  return hasCallOperator(RD);
}

const FunctionDecl *LauncherModel::workFunction(const Expr *Callable) {
  for (unsigned Depth = 0; Callable && Depth < 8; ++Depth) {
    const Expr *E = stripCallable(Callable);
    if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
      E = UO->getSubExpr()->IgnoreParenImpCasts();
    if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
      if (const FunctionTemplateDecl *FT = LE->getDependentCallOperator()) {
        for (const FunctionDecl *Spec : FT->specializations())
          if (Spec->hasBody())
            return Spec;
        return nullptr;
      }
      return LE->getCallOperator();
    }
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E)) {
      if (const auto *FD = dyn_cast<FunctionDecl>(DRE->getDecl()))
        return FD;
      const auto *V = dyn_cast<VarDecl>(DRE->getDecl());
      if (!V || !V->isLocalVarDecl() || !V->getInit())
        return nullptr;
      Callable = V->getInit();
      continue;
    }
    const auto *CE = dyn_cast<CallExpr>(E);
    if (!CE || !CE->getDirectCallee())
      return nullptr;
    const FunctionDecl *FD = CE->getDirectCallee();
    std::string Name = qualifiedName(FD);
    if (const Expr *Inner = wrappedHandler(CE)) {
      Callable = Inner;
      continue;
    }
    if (llvm::is_contained(bindFunctionNames(), Name) && CE->getNumArgs() > 0) {
      Callable = CE->getArg(0);
      continue;
    }
    // A call returning an awaitable starts that coroutine.
    if (isAwaitable(CE->getType()))
      return FD;
    return nullptr;
  }
  return nullptr;
}

std::vector<DetachedWork>
LauncherModel::detachedWorkIn(const FunctionDecl *FD, ASTContext &Ctx) const {
  if (!FD || !FD->hasBody() || FD->isDependentContext())
    return {};
  LaunchFinder Finder(*this, Ctx, FD);
  Finder.TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      Finder.TraverseStmt(Init->getInit());
  return Finder.finish();
}

/// The parameter of \p Def that \p Callable hands over: the parameter
/// itself, a lambda capturing it, or a bind expression binding it.
static const ParmVarDecl *forwardedParam(const Expr *Callable,
                                         const FunctionDecl *Def) {
  const Expr *E = stripCallable(Callable);
  auto OwnParam = [&](const ValueDecl *D) -> const ParmVarDecl * {
    const auto *P = dyn_cast_or_null<ParmVarDecl>(D);
    return P && P->getDeclContext() == static_cast<const DeclContext *>(Def) &&
                   LauncherModel::isCallableType(P->getType())
               ? P
               : nullptr;
  };
  if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
    return OwnParam(DRE->getDecl());
  if (const auto *LE = dyn_cast<LambdaExpr>(E)) {
    for (const LambdaCapture &C : LE->captures()) {
      if (!C.capturesVariable())
        continue;
      const ValueDecl *V = C.getCapturedVar();
      // `[f = std::move(f)]` captures the parameter through its initializer.
      if (const auto *VD = dyn_cast<VarDecl>(V); VD && VD->isInitCapture())
        if (const auto *DRE =
                dyn_cast_or_null<DeclRefExpr>(stripCallable(VD->getInit())))
          V = DRE->getDecl();
      if (const ParmVarDecl *P = OwnParam(V))
        return P;
    }
    return nullptr;
  }
  if (const auto *CE = dyn_cast<CallExpr>(E);
      CE && CE->getDirectCallee() &&
      llvm::is_contained(bindFunctionNames(), qualifiedName(CE->getDirectCallee())))
      for (const Expr *Arg : CE->arguments())
        if (const auto *DRE = dyn_cast<DeclRefExpr>(stripValue(Arg)))
          if (const ParmVarDecl *P = OwnParam(DRE->getDecl()))
            return P;
  return nullptr;
}

const llvm::SmallVector<LauncherModel::WrapperInfo, 1> &
LauncherModel::wrapperInfo(const FunctionDecl *Def, ASTContext &Ctx) const {
  auto It = Wrappers.find(Def);
  if (It != Wrappers.end())
    return It->second;
  Wrappers[Def]; // Guards against recursion.
  llvm::SmallVector<WrapperInfo, 1> Infos;
  if (WrapperDepth < 4 && llvm::any_of(Def->parameters(), [](const ParmVarDecl *P) {
        return isCallableType(P->getType());
      })) {
    ++WrapperDepth;
    for (const DetachedWork &W : detachedWorkIn(Def, Ctx))
      if (const ParmVarDecl *P = forwardedParam(W.Callable, Def))
        Infos.push_back(WrapperInfo{P->getFunctionScopeIndex(), W.Kind, W.Work,
                                    W.NoteLoc, W.Note});
    --WrapperDepth;
  }
  return Wrappers[Def] = std::move(Infos);
}

} // namespace ctxlife
