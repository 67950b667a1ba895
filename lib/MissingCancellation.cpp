//===--- MissingCancellation.cpp - work cut off from its request ----------===//

#include "lib/MissingCancellation.h"
#include "lib/compat/ClangCompat.h"
#include "lib/FunctionWalker.h"
#include "lib/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/DeclTemplate.h"
#include "clang/AST/ExprCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/AST/StmtCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"
#include <algorithm>
#include <functional>
#include <optional>

using namespace clang;

namespace ctxlife {

//===----------------------------------------------------------------------===//
// Names by role
//===----------------------------------------------------------------------===//

struct MissingCancellationAnalyzer::Names {
  llvm::StringSet<> ClientContexts, Factories, Setters, Checks, Tokens, Flags,
      IoResults, Awaitables, ThrowingIo, Blocking, Clocks, CancelCallbacks,
      ServerContextSet;
  /// Ordered: the first row matching a type wins.
  std::vector<std::pair<std::string, std::string>> ServerContexts, Deadlines,
      Hints, StopThreads;
  /// The deadline setter's own name (`set_deadline`), for fix-its.
  std::string SetterName;

  Names(const CancellationOptions &Opts) {
    bool All = Opts.Frameworks.empty() ||
               llvm::is_contained(Opts.Frameworks, std::string("all"));
    for (const CancellationRow &R : cancellationRows()) {
      if (!R.Framework.empty() && !All &&
          llvm::none_of(Opts.Frameworks, [&](const std::string &F) {
            return R.Framework.equals_insensitive(F);
          }))
        continue;
      add(R.Role, R.Name, R.Extra);
    }
    for (const std::string &T : Opts.ClientContextTypes)
      ClientContexts.insert(T);
    for (const std::string &F : Opts.PropagatingFactories)
      Factories.insert(F);
    for (const std::string &C : Opts.CancellationChecks)
      Checks.insert(C);
  }

  void add(CancelRole Role, llvm::StringRef Name, llvm::StringRef Extra) {
    switch (Role) {
    case CancelRole::ServerContext:
      ServerContexts.emplace_back(Name.str(), Extra.str());
      ServerContextSet.insert(Name);
      break;
    case CancelRole::Deadline:
      Deadlines.emplace_back(Name.str(), Extra.str());
      break;
    case CancelRole::Hint:
      Hints.emplace_back(Name.str(), Extra.str());
      break;
    case CancelRole::StopTokenThread:
      StopThreads.emplace_back(Name.str(), Extra.str());
      break;
    case CancelRole::ClientContext:
      ClientContexts.insert(Name);
      break;
    case CancelRole::PropagatingFactory:
      Factories.insert(Name);
      break;
    case CancelRole::DeadlineSetter:
      Setters.insert(Name);
      if (SetterName.empty())
        SetterName = Name.rsplit("::").second.str();
      break;
    case CancelRole::CancellationCheck:
      Checks.insert(Name);
      break;
    case CancelRole::CancellationToken:
      Tokens.insert(Name);
      break;
    case CancelRole::Flag:
      Flags.insert(Name);
      break;
    case CancelRole::IoResult:
      IoResults.insert(Name);
      break;
    case CancelRole::CancellingAwaitable:
      Awaitables.insert(Name);
      break;
    case CancelRole::ThrowingIo:
      ThrowingIo.insert(Name);
      break;
    case CancelRole::Blocking:
      Blocking.insert(Name);
      break;
    case CancelRole::Clock:
      Clocks.insert(Name);
      break;
    case CancelRole::CancellationCallback:
      CancelCallbacks.insert(Name);
      break;
    }
  }
};

namespace {

using NameSet = llvm::StringSet<>;

/// True when \p RD is, or derives from, a class in \p Set.
bool isOrDerives(const CXXRecordDecl *RD, const NameSet &Set, unsigned Depth = 0) {
  if (!RD || Depth > 8 || Set.empty())
    return false;
  if (Set.contains(qualifiedName(RD)))
    return true;
  const CXXRecordDecl *Def = RD->getDefinition();
  if (!Def)
    return false;
  for (const CXXBaseSpecifier &B : Def->bases())
    if (isOrDerives(B.getType()->getAsCXXRecordDecl(), Set, Depth + 1))
      return true;
  return false;
}

/// True when \p RD or one of its bases declares a member named \p Name.
bool hasMember(const CXXRecordDecl *RD, llvm::StringRef Name) {
  llvm::SmallVector<const CXXRecordDecl *, 4> Classes;
  if (RD)
    Classes.push_back(RD);
  for (unsigned I = 0; I < Classes.size() && I < 8; ++I) {
    const CXXRecordDecl *Def = Classes[I]->getDefinition();
    if (!Def)
      continue;
    for (const Decl *D : Def->decls()) {
      const auto *ND = dyn_cast<NamedDecl>(D);
      if (const auto *FT = dyn_cast<FunctionTemplateDecl>(D))
        ND = FT->getTemplatedDecl();
      if (ND && ND->getIdentifier() && ND->getName() == Name)
        return true;
    }
    for (const CXXBaseSpecifier &B : Def->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        Classes.push_back(Base);
  }
  return false;
}

/// The first row of \p Rows naming \p RD or one of its bases.
const std::pair<std::string, std::string> *
rowFor(const CXXRecordDecl *RD,
       const std::vector<std::pair<std::string, std::string>> &Rows) {
  for (const auto &Row : Rows) {
    NameSet One;
    One.insert(Row.first);
    if (isOrDerives(RD, One))
      return &Row;
  }
  return nullptr;
}

/// `std::make_unique<T>(...)`, `std::make_shared<T>(...)`.
bool isMakeCall(const Expr *E) {
  const auto *Call = dyn_cast_or_null<CallExpr>(E);
  const FunctionDecl *FD = Call ? Call->getDirectCallee() : nullptr;
  return FD && hasQualifiedName(FD, {"std::make_unique", "std::make_shared",
                                     "boost::make_shared"});
}

bool isSmartPointer(const CXXRecordDecl *RD) {
  const IdentifierInfo *II = RD ? RD->getIdentifier() : nullptr;
  if (!II || (II->getName() != "unique_ptr" && II->getName() != "shared_ptr"))
    return false;
  return hasQualifiedName(RD, {"std::unique_ptr", "std::shared_ptr",
                               "boost::shared_ptr"});
}

/// The class a value of type \p T is or leads to, and how: through a
/// pointer or a smart pointer (Indirect), or as the object (a reference
/// counts as the object).
struct Designated {
  const CXXRecordDecl *Record = nullptr;
  bool Indirect = false;
  bool Smart = false;
};

Designated designated(QualType T) {
  Designated D;
  if (T.isNull())
    return D;
  T = T.getNonReferenceType();
  if (T->isPointerType()) {
    D.Indirect = true;
    T = T->getPointeeType();
  }
  const CXXRecordDecl *RD = T->getAsCXXRecordDecl();
  if (RD && !D.Indirect && isSmartPointer(RD)) {
    if (const auto *Spec = dyn_cast<ClassTemplateSpecializationDecl>(RD))
      if (Spec->getTemplateArgs().size() > 0 &&
          Spec->getTemplateArgs()[0].getKind() == TemplateArgument::Type) {
        D.Indirect = D.Smart = true;
        RD = Spec->getTemplateArgs()[0].getAsType()->getAsCXXRecordDecl();
      }
  }
  D.Record = RD;
  return D;
}

const Expr *bare(const Expr *E) {
  return E ? E->IgnoreParenImpCasts() : nullptr;
}

/// The lambda's enclosing function, for a lambda's call operator.
const FunctionDecl *lambdaParent(const FunctionDecl *F) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(F);
  if (!MD || !MD->getParent()->isLambda())
    return nullptr;
  const DeclContext *DC = MD->getParent()->getDeclContext();
  while (DC && !isa<FunctionDecl>(DC))
    DC = DC->getParent();
  return dyn_cast_or_null<FunctionDecl>(DC);
}

bool isLambdaOperator(const FunctionDecl *F) {
  const auto *MD = dyn_cast_or_null<CXXMethodDecl>(F);
  return MD && MD->getParent()->isLambda();
}

const FunctionDecl *canon(const FunctionDecl *F) {
  return F ? F->getCanonicalDecl() : nullptr;
}

/// Every name a call's callee answers to: its qualified name, the names of
/// the methods it overrides, the class of the object it is called on (and
/// that class's bases) with the method name, and for a call through a
/// callable data member (`sink.write(...)`) the member's name.
void calleeNames(const CallExpr *CE, llvm::SmallVectorImpl<std::string> &Out) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0)
    if (const auto *ME = dyn_cast<MemberExpr>(bare(OC->getArg(0))))
      if (isa<FieldDecl>(ME->getMemberDecl()))
        Out.push_back(qualifiedName(ME->getMemberDecl()));
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return;
  Out.push_back(qualifiedName(FD));
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return;
  llvm::SmallVector<const CXXMethodDecl *, 4> Work(MD->overridden_methods());
  for (unsigned I = 0; I < Work.size() && I < 16; ++I) {
    Out.push_back(qualifiedName(Work[I]));
    for (const CXXMethodDecl *O : Work[I]->overridden_methods())
      Work.push_back(O);
  }
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE)) {
    const CXXRecordDecl *RD = MC->getRecordDecl();
    llvm::SmallVector<const CXXRecordDecl *, 4> Classes;
    if (RD)
      Classes.push_back(RD);
    for (unsigned I = 0; I < Classes.size() && I < 16; ++I) {
      Out.push_back(qualifiedName(Classes[I]) + "::" + FD->getName().str());
      if (const CXXRecordDecl *Def = Classes[I]->getDefinition())
        for (const CXXBaseSpecifier &B : Def->bases())
          if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
            Classes.push_back(Base);
    }
  }
}

bool callIn(const CallExpr *CE, const NameSet &Set) {
  if (Set.empty())
    return false;
  llvm::SmallVector<std::string, 8> Names;
  calleeNames(CE, Names);
  return llvm::any_of(Names, [&](const std::string &N) { return Set.contains(N); });
}

/// The body of a function the translation unit defines outside system
/// headers, or null.
const FunctionDecl *userDefinition(const FunctionDecl *FD, const ASTContext &Ctx) {
  const FunctionDecl *Def = nullptr;
  if (!FD || !FD->hasBody(Def) || !Def || Def->isDependentContext() ||
      Ctx.getSourceManager().isInSystemHeader(Def->getLocation()))
    return nullptr;
  return Def;
}

/// The function a call runs: its direct callee, or the call operator of a
/// local lambda called by name.
const FunctionDecl *calledFunction(const CallExpr *CE) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
      OC && OC->getOperator() == OO_Call && OC->getNumArgs() > 0)
    if (const auto *DRE = dyn_cast<DeclRefExpr>(bare(OC->getArg(0))))
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        if (V->isLocalVarDecl() && V->getInit())
          if (const auto *LE = dyn_cast<LambdaExpr>(stripCopies(V->getInit())))
            return LE->getCallOperator();
  return CE->getDirectCallee();
}

std::string calleeText(const CallExpr *CE, ASTContext &Ctx) {
  std::string Text = sourceText(CE->getCallee(), Ctx);
  if (!Text.empty() && Text.size() <= 48)
    return Text;
  if (const FunctionDecl *FD = CE->getDirectCallee())
    return FD->getNameAsString();
  return Text;
}

SourceLocation fileLoc(SourceLocation L, const SourceManager &SM) {
  return SM.getExpansionLoc(L);
}

} // namespace

//===----------------------------------------------------------------------===//
// State
//===----------------------------------------------------------------------===//

namespace {

struct LoopCand {
  const Stmt *Loop;
  const FunctionDecl *Fn;
};
struct CallCand {
  const CallExpr *Call;
  const FunctionDecl *Fn;
  unsigned Arg;
};
struct ThreadCand {
  const CXXConstructExpr *Construct;
  const FunctionDecl *Fn;
  const VarDecl *Var;
};

/// What happens to a client context before a downstream call.
enum class EventKind {
  Propagates,     ///< A propagating factory, the request's deadline, or an
                  ///< assignment we cannot follow.
  ForeignDeadline ///< `set_deadline` with a deadline made from a clock.
};
struct Event {
  SourceLocation Loc;
  EventKind Kind;
};

enum class PathKind { None, Handler, Detached, ThreadWork };
struct Status {
  PathKind Kind = PathKind::None;
  RequestPath Path;
};

/// A value in reach of a function: a parameter, a capture, a data member.
struct Reach {
  const ValueDecl *D = nullptr;
  std::string Name;
  Designated Type;
};

} // namespace

struct MissingCancellationAnalyzer::State {
  std::vector<const FunctionDecl *> Walked;
  llvm::DenseSet<const FunctionDecl *> WalkedSet;
  llvm::DenseMap<const FunctionDecl *, llvm::SmallVector<const FunctionDecl *, 4>>
      LambdasOf;
  std::vector<LoopCand> Loops;
  std::vector<CallCand> Calls;
  std::vector<ThreadCand> Threads;
  llvm::DenseMap<const FieldDecl *, std::vector<Event>> FieldEvents;
  llvm::DenseSet<const FieldDecl *> FieldFresh;
  llvm::DenseSet<const FieldDecl *> CancelFields;
  /// Per class, for the walk: a client context? a stop-token thread?
  llvm::DenseMap<const CXXRecordDecl *, bool> ClientClasses, ThreadClasses;

  // Decided at the end of the translation unit.
  llvm::DenseMap<const FunctionDecl *, RequestPath> DetachedFns;
  llvm::DenseSet<const Expr *> DetachedLaunches;
  llvm::DenseMap<const FunctionDecl *, size_t> ThreadFns; // Index in Threads.
  llvm::DenseMap<const FunctionDecl *, Status> Statuses;
  llvm::DenseMap<const FunctionDecl *, llvm::DenseSet<const VarDecl *>> SignalVars;
  llvm::DenseMap<const FunctionDecl *, int> SignalBodies; // -1 in progress
  llvm::DenseMap<const FunctionDecl *, int> ThrowingBodies;
  llvm::DenseMap<std::pair<const FunctionDecl *, unsigned>, bool> Propagators;
  llvm::DenseSet<unsigned> Reported;
};

//===----------------------------------------------------------------------===//
// The walk: candidates
//===----------------------------------------------------------------------===//

namespace {

class CandidateWalker : public FunctionWalker<CandidateWalker> {
public:
  using Names = MissingCancellationAnalyzer::Names;
  using State = MissingCancellationAnalyzer::State;

  CandidateWalker(const Names &N, State &S, ASTContext &Ctx, const FunctionDecl *FD)
      : FunctionWalker(FD), N(N), S(S), Ctx(Ctx), Top(FD) {
    if (const auto *MD = dyn_cast<CXXMethodDecl>(FD)) {
      llvm::SmallVector<const CXXMethodDecl *, 4> Work(MD->overridden_methods());
      for (unsigned I = 0; I < Work.size() && I < 16; ++I) {
        if (N.CancelCallbacks.contains(qualifiedName(Work[I])))
          InCancelCallback = true;
        for (const CXXMethodDecl *O : Work[I]->overridden_methods())
          Work.push_back(O);
      }
    }
  }

  void enterLambda(const FunctionDecl *FD) { S.LambdasOf[Top].push_back(FD); }

  bool VisitForStmt(ForStmt *FS) { return loop(FS); }
  bool VisitWhileStmt(WhileStmt *WS) { return loop(WS); }
  bool VisitDoStmt(DoStmt *DS) { return loop(DS); }

  bool VisitCXXConstructExpr(CXXConstructExpr *CE) {
    const CXXRecordDecl *RD = CE->getType()->getAsCXXRecordDecl();
    if (!RD || CE->getNumArgs() == 0 || N.StopThreads.empty() ||
        (CE->getConstructor() && CE->getConstructor()->isCopyOrMoveConstructor()))
      return true;
    auto Known = S.ThreadClasses.try_emplace(RD->getCanonicalDecl(), false);
    if (Known.second) {
      std::string Name = qualifiedName(RD);
      Known.first->second = llvm::any_of(
          N.StopThreads, [&](const auto &R) { return R.first == Name; });
    }
    if (!Known.first->second)
      return true;
    const VarDecl *Var = nullptr;
    if (const auto *Last = dyn_cast_or_null<VarDecl>(LastVar))
      if (Last->getInit() && stripCopies(Last->getInit()) == CE)
        Var = Last;
    S.Threads.push_back({CE, Fns.back(), Var});
    return true;
  }
  bool VisitVarDecl(VarDecl *V) {
    LastVar = V;
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      if (isClientArg(Arg, Callee, I, CE)) {
        S.Calls.push_back({CE, Fns.back(), I});
        if (const FieldDecl *F = clientField(Arg))
          if (callIn(CE, N.Factories))
            S.FieldEvents[F].push_back({compat::callBegin(CE), EventKind::Propagates});
        break;
      }
    }
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
      if (const FieldDecl *F = clientField(MC->getImplicitObjectArgument()))
        if (callIn(MC, N.Setters))
          S.FieldEvents[F].push_back(
              {compat::callBegin(CE), MC->getNumArgs() > 0 && madeFromClock(MC->getArg(0))
                                      ? EventKind::ForeignDeadline
                                      : EventKind::Propagates});
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
        OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assign(OC->getArg(0), OC->getArg(1));
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->isAssignmentOp())
      assign(BO->getLHS(), BO->getRHS());
    return true;
  }

  /// A deadline computed from a clock (`now() + 2s`) without the request.
  bool madeFromClock(const Expr *E) const;

private:
  bool loop(Stmt *L) {
    if (MissingCancellationAnalyzer::isUnboundedLoop(L, Ctx))
      S.Loops.push_back({L, Fns.back()});
    return true;
  }

  bool isClientType(QualType T) const {
    Designated D = designated(T);
    if (!D.Record)
      return false;
    auto Known = S.ClientClasses.try_emplace(D.Record->getCanonicalDecl(), false);
    if (Known.second)
      Known.first->second = isOrDerives(D.Record, N.ClientContexts);
    return Known.first->second;
  }

  /// An argument handing a client context to the callee: a pointer to
  /// one, or one bound to a reference parameter.
  bool isClientArg(const Expr *Arg, const FunctionDecl *Callee, unsigned I,
                   const CallExpr *CE) const {
    QualType T = Arg->getType();
    if (T->isPointerType())
      return isClientType(T) && !T->getPointeeType()->isPointerType();
    if (!Callee || isa<CXXOperatorCallExpr>(CE))
      return false;
    if (I >= Callee->getNumParams())
      return false;
    QualType P = Callee->getParamDecl(I)->getType();
    if (!P->isLValueReferenceType() || P.getNonReferenceType()->isPointerType())
      return false;
    const CXXRecordDecl *RD = P.getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD || isSmartPointer(RD) || !isOrDerives(RD, N.ClientContexts))
      return false;
    std::string Name = qualifiedName(Callee);
    return !llvm::StringRef(Name).starts_with("std::");
  }

  /// The data member of client-context type \p E designates
  /// (`&call->context`, `client_.get()`, `ctx_`).
  const FieldDecl *clientField(const Expr *E) const {
    E = bare(E);
    if (const auto *UO = dyn_cast_or_null<UnaryOperator>(E);
        UO && UO->getOpcode() == UO_AddrOf)
      E = bare(UO->getSubExpr());
    if (const auto *MC = dyn_cast_or_null<CXXMemberCallExpr>(E);
        MC && MC->getMethodDecl() && MC->getMethodDecl()->getIdentifier() &&
        MC->getMethodDecl()->getName() == "get")
      E = bare(MC->getImplicitObjectArgument());
    if (const auto *OC = dyn_cast_or_null<CXXOperatorCallExpr>(E);
        OC && OC->getOperator() == OO_Arrow && OC->getNumArgs() == 1)
      E = bare(OC->getArg(0));
    const auto *ME = dyn_cast_or_null<MemberExpr>(E);
    if (!ME)
      return nullptr;
    const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl());
    return F && isClientType(F->getType()) ? F : nullptr;
  }

  void assign(const Expr *LHS, const Expr *RHS) {
    const Expr *L = bare(LHS);
    if (InCancelCallback)
      if (const auto *ME = dyn_cast<MemberExpr>(L))
        if (const auto *F = dyn_cast<FieldDecl>(ME->getMemberDecl()))
          S.CancelFields.insert(F);
    const auto *ME = dyn_cast<MemberExpr>(L);
    const auto *F = ME ? dyn_cast<FieldDecl>(ME->getMemberDecl()) : nullptr;
    if (!F || !isClientType(F->getType()))
      return;
    // A fresh one (`new`, `std::make_unique`), none, or one from a factory
    // (propagating, or not known not to).
    const Expr *R = stripCopies(RHS);
    if (isa<CXXNewExpr>(R) || isMakeCall(R))
      S.FieldFresh.insert(F);
    else if (!isa<CXXNullPtrLiteralExpr>(R))
      S.FieldEvents[F].push_back({LHS->getBeginLoc(), EventKind::Propagates});
  }

  const Names &N;
  State &S;
  ASTContext &Ctx;
  const FunctionDecl *Top;
  const Decl *LastVar = nullptr;
  bool InCancelCallback = false;
};

/// True when \p E calls a clock and names no server context: a deadline
/// of its own rather than the request's.
bool clockOnly(const Expr *E, const NameSet &Clocks, const NameSet &Servers,
               unsigned Depth = 0) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const NameSet &Clocks, &Servers;
    bool Clock = false, Server = false;
    unsigned Depth;
    Finder(const NameSet &C, const NameSet &S, unsigned D)
        : Clocks(C), Servers(S), Depth(D) {}
    bool VisitCallExpr(CallExpr *CE) {
      if (callIn(CE, Clocks))
        Clock = true;
      return true;
    }
    bool VisitDeclRefExpr(DeclRefExpr *DRE) { return value(DRE->getDecl()); }
    bool VisitMemberExpr(MemberExpr *ME) { return value(ME->getMemberDecl()); }
    bool value(const ValueDecl *D) {
      Designated T = designated(D->getType());
      if (T.Record && isOrDerives(T.Record, Servers))
        Server = true;
      // A local deadline computed earlier: look at how.
      if (const auto *V = dyn_cast<VarDecl>(D))
        if (V->isLocalVarDecl() && V->getInit() && Depth < 4) {
          Finder Inner(Clocks, Servers, Depth + 1);
          Inner.TraverseStmt(const_cast<Expr *>(V->getInit()));
          Clock |= Inner.Clock;
          Server |= Inner.Server;
        }
      return true;
    }
  } F(Clocks, Servers, Depth);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Clock && !F.Server;
}

bool CandidateWalker::madeFromClock(const Expr *E) const {
  return clockOnly(E, N.Clocks, N.ServerContextSet);
}

} // namespace

//===----------------------------------------------------------------------===//
// Analyzer
//===----------------------------------------------------------------------===//

MissingCancellationAnalyzer::MissingCancellationAnalyzer(
    const ContextModel &Model, const CancellationOptions &Opts)
    : Model(Model), Launchers(Model, Opts.DetachingCalls),
      N(std::make_unique<Names>(Opts)), S(std::make_unique<State>()) {}

MissingCancellationAnalyzer::~MissingCancellationAnalyzer() = default;

bool MissingCancellationAnalyzer::isUnboundedLoop(const Stmt *L,
                                                  const ASTContext &Ctx) {
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

void MissingCancellationAnalyzer::analyzeFunction(const FunctionDecl *FD,
                                                  ASTContext &Ctx) {
  // Lambdas are walked with the function they are written in; only those
  // written outside any function (a namespace-scope handler) on their own.
  if (!FD || !FD->hasBody() || FD->isDependentContext() ||
      (isLambdaOperator(FD) && lambdaParent(FD)) ||
      !S->WalkedSet.insert(FD).second)
    return;
  S->Walked.push_back(FD);
  CandidateWalker W(*N, *S, Ctx, FD);
  W.TraverseStmt(FD->getBody());
  if (const auto *Ctor = dyn_cast<CXXConstructorDecl>(FD))
    for (const CXXCtorInitializer *Init : Ctor->inits())
      W.TraverseStmt(Init->getInit());
}

namespace {

/// The decisions of one translation unit, over the candidates of the walk.
class Decider {
public:
  using Names = MissingCancellationAnalyzer::Names;
  using State = MissingCancellationAnalyzer::State;

  Decider(MissingCancellationAnalyzer &A, const ContextModel &Model,
          const LauncherModel &Launchers, const Names &N, State &S,
          ASTContext &Ctx)
      : A(A), Model(Model), Launchers(Launchers), N(N), S(S), Ctx(Ctx),
        SM(Ctx.getSourceManager()) {}

  CancellationFindings run();

  // Shared with the loop scanner.
  bool isSignal(const Expr *E, const FunctionDecl *Outer, unsigned Depth = 0);
  bool isBound(const Expr *E, const llvm::DenseSet<const ValueDecl *> &Counters);
  bool throwsOnCancel(const FunctionDecl *FD, unsigned Depth);
  bool isFlagType(QualType T) const;
  bool isCancellationCode(const EnumConstantDecl *EC) const;
  bool isTokenArg(const Expr *Arg) const;
  const Names &names() const { return N; }
  ASTContext &context() { return Ctx; }

private:
  bool isRequestHandler(const FunctionDecl *G) const;
  Status baseStatus(const FunctionDecl *G);
  Status statusOf(const FunctionDecl *G);
  void computeDetached();
  void walkOnDemand(const FunctionDecl *F);
  std::vector<Reach> reachable(const FunctionDecl *G, unsigned Depth = 0) const;
  std::vector<Reach> serverContexts(const FunctionDecl *G) const;
  std::string hintFor(const FunctionDecl *G, bool Detached) const;
  const llvm::DenseSet<const VarDecl *> &signalVars(const FunctionDecl *Outer);
  bool functionHasSignal(const FunctionDecl *FD, unsigned Depth);

  void decideLoops(CancellationFindings &Out);
  void decideThreads(CancellationFindings &Out);
  void decidePropagation(CancellationFindings &Out);
  bool propagatesInto(const FunctionDecl *Callee, unsigned Param);

  MissingCancellationAnalyzer &A;
  const ContextModel &Model;
  const LauncherModel &Launchers;
  const Names &N;
  State &S;
  ASTContext &Ctx;
  const SourceManager &SM;
};

//===----------------------------------------------------------------------===//
// Loops
//===----------------------------------------------------------------------===//

/// What a loop body does: how it can be left, whether it waits, which
/// cancellation results it ignores, and which variables count its
/// iterations.
class LoopScanner {
public:
  struct Exit {
    const Stmt *S;
    llvm::SmallVector<const Expr *, 4> Conds;
  };

  LoopScanner(Decider &D, const Stmt *Loop) : D(D), N(D.names()), Loop(Loop) {}

  llvm::SmallVector<Exit, 4> Exits;
  bool ImplicitCancel = false;
  const Expr *Wait = nullptr;
  std::vector<IgnoredSignal> Ignored;
  llvm::DenseSet<const ValueDecl *> Counters;

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

  /// Scans a function body as if it were a loop body (for helpers).
  void scanBody(const Stmt *Body) { stmtPosition(Body, {}, 0); }

private:
  using Conds = llvm::SmallVector<const Expr *, 4>;

  void stmtPosition(const Stmt *St, const Conds &C, unsigned BreakDepth) {
    if (!St)
      return;
    if (const auto *E = dyn_cast<Expr>(St)) {
      const Expr *B = E->IgnoreParenImpCasts();
      if (const auto *FE = dyn_cast<FullExpr>(B))
        B = FE->getSubExpr()->IgnoreParenImpCasts();
      if (const auto *CS = dyn_cast<CStyleCastExpr>(B))
        B = CS->getSubExpr()->IgnoreParenImpCasts();
      if (const auto *FE = dyn_cast<FullExpr>(B))
        B = FE->getSubExpr()->IgnoreParenImpCasts();
      Discarded.insert(B);
    }
    scan(St, C, BreakDepth);
  }

  void exit(const Stmt *St, const Conds &C) { Exits.push_back({St, C}); }

  static Conds with(const Conds &C, const Expr *E) {
    Conds R = C;
    if (E)
      R.push_back(E);
    return R;
  }

  void scan(const Stmt *St, const Conds &C, unsigned BreakDepth) {
    if (!St)
      return;
    if (isa<LambdaExpr>(St) || isa<BlockExpr>(St))
      return; // Their bodies run elsewhere.
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
      return;
    }
    if (const auto *SS = dyn_cast<SwitchStmt>(St)) {
      scan(SS->getInit(), C, BreakDepth);
      scan(SS->getCond(), C, BreakDepth);
      Conds Inner = with(C, SS->getCond());
      if (const VarDecl *CV = SS->getConditionVariable())
        Inner.push_back(CV->getInit());
      stmtPosition(SS->getBody(), Inner, BreakDepth + 1);
      return;
    }
    if (const auto *FS = dyn_cast<ForStmt>(St)) {
      scan(FS->getInit(), C, BreakDepth);
      scan(FS->getCond(), C, BreakDepth);
      scan(FS->getInc(), C, BreakDepth);
      stmtPosition(FS->getBody(), with(C, FS->getCond()), BreakDepth + 1);
      return;
    }
    if (const auto *WS = dyn_cast<WhileStmt>(St)) {
      scan(WS->getCond(), C, BreakDepth);
      stmtPosition(WS->getBody(), with(C, WS->getCond()), BreakDepth + 1);
      return;
    }
    if (const auto *DS = dyn_cast<DoStmt>(St)) {
      stmtPosition(DS->getBody(), C, BreakDepth + 1);
      scan(DS->getCond(), C, BreakDepth);
      return;
    }
    if (const auto *RS = dyn_cast<CXXForRangeStmt>(St)) {
      scan(RS->getRangeInit(), C, BreakDepth);
      stmtPosition(RS->getBody(), with(C, RS->getRangeInit()), BreakDepth + 1);
      return;
    }
    if (const auto *CO = dyn_cast<AbstractConditionalOperator>(St)) {
      scan(CO->getCond(), C, BreakDepth);
      scan(CO->getTrueExpr(), with(C, CO->getCond()), BreakDepth);
      scan(CO->getFalseExpr(), with(C, CO->getCond()), BreakDepth);
      return;
    }
    if (const auto *BO = dyn_cast<BinaryOperator>(St)) {
      if (BO->isLogicalOp()) {
        scan(BO->getLHS(), C, BreakDepth);
        scan(BO->getRHS(), with(C, BO->getLHS()), BreakDepth);
        return;
      }
      if (BO->isCompoundAssignmentOp())
        counter(BO->getLHS());
    }
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
      const CXXRecordDecl *RD =
          CA->getOperand()->getType().getNonReferenceType()->getAsCXXRecordDecl();
      if (RD && isOrDerives(RD, N.Awaitables))
        ImplicitCancel = true;
      else if (!Wait)
        Wait = CA;
    }
    if (const auto *CE = dyn_cast<CallExpr>(St))
      call(CE, C);
    for (const Stmt *Child : St->children())
      scan(Child, C, BreakDepth);
  }

  void counter(const Expr *E) {
    E = bare(E);
    if (const auto *DRE = dyn_cast<DeclRefExpr>(E))
      Counters.insert(DRE->getDecl());
    else if (const auto *ME = dyn_cast<MemberExpr>(E))
      Counters.insert(ME->getMemberDecl());
  }

  void call(const CallExpr *CE, const Conds &C) {
    const FunctionDecl *FD = CE->getDirectCallee();
    if (FD && FD->isNoReturn()) {
      exit(CE, C);
      return;
    }
    llvm::SmallVector<std::string, 8> Names;
    calleeNames(CE, Names);
    auto In = [&](const NameSet &Set) {
      return !Set.empty() && llvm::any_of(Names, [&](const std::string &Nm) {
        return Set.contains(Nm);
      });
    };
    bool HasIoResult = llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
      const CXXRecordDecl *RD =
          Arg->getType().getNonReferenceType()->getAsCXXRecordDecl();
      return RD && isOrDerives(RD, N.IoResults);
    });
    if (In(N.ThrowingIo)) {
      if (!HasIoResult)
        ImplicitCancel = true; // Throws once the peer is gone.
      return;
    }
    if (FD && FD->getIdentifier() && FD->getName().starts_with("async_") &&
        CE->getNumArgs() > 0 && yieldsWithoutErrorCode(CE->getArg(CE->getNumArgs() - 1))) {
      ImplicitCancel = true; // A stackful coroutine resumes by throwing.
      return;
    }
    if (In(N.Blocking) && !Wait)
      Wait = CE;
    if (In(N.Checks) && Discarded.count(CE)) {
      std::string Callee = FD && FD->getIdentifier() ? FD->getNameAsString() : "";
      if (Callee.empty() || isa<CXXOperatorCallExpr>(CE))
        if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getNumArgs())
          if (const auto *ME = dyn_cast<MemberExpr>(bare(OC->getArg(0))))
            Callee = ME->getMemberDecl()->getNameAsString();
      Ignored.push_back({compat::callBegin(CE), Callee});
    }
    if (const FunctionDecl *Def = userDefinition(calledFunction(CE), D.context()))
      if (D.throwsOnCancel(Def, 0))
        ImplicitCancel = true;
  }

  /// A completion token `yield` (not `yield[ec]`) of a stackful coroutine.
  static bool yieldsWithoutErrorCode(const Expr *Tok) {
    const Expr *E = stripCopies(Tok);
    const CXXRecordDecl *RD = E->getType().getNonReferenceType()->getAsCXXRecordDecl();
    if (!RD || !RD->getIdentifier() || RD->getName() != "basic_yield_context")
      return false;
    const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
    return !OC || OC->getOperator() != OO_Subscript;
  }

  Decider &D;
  const Decider::Names &N;
  const Stmt *Loop;
  llvm::DenseSet<const Expr *> Discarded;
};

/// `grpc::StatusCode::CANCELLED`, `std::errc::operation_canceled`: an
/// enumerator (named with its enumeration, or without it when unscoped)
/// among the cancellation checks.
bool Decider::isCancellationCode(const EnumConstantDecl *EC) const {
  const auto *ED = dyn_cast<EnumDecl>(EC->getDeclContext());
  if (!ED || N.Checks.empty())
    return false;
  std::string Name = EC->getName().str();
  if (N.Checks.contains(qualifiedName(ED) + "::" + Name))
    return true;
  const auto *Outer = dyn_cast<NamedDecl>(ED->getDeclContext());
  return !ED->isScoped() && Outer &&
         N.Checks.contains(qualifiedName(Outer) + "::" + Name);
}

bool Decider::isFlagType(QualType T) const {
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
  if (RD && isSmartPointer(RD))
    RD = designated(T).Record;
  return RD && isOrDerives(RD, N.Flags);
}

bool Decider::isTokenArg(const Expr *Arg) const {
  QualType T = Arg->getType();
  Designated D = designated(T);
  if (D.Record && (isOrDerives(D.Record, N.Tokens) ||
                   isOrDerives(D.Record, N.ServerContextSet)))
    return true;
  return Model.classify(T).has_value() ||
         (T->isPointerType() && Model.classify(T->getPointeeType()).has_value());
}

/// Does evaluating \p E look at a cancellation signal?
bool Decider::isSignal(const Expr *E, const FunctionDecl *Outer, unsigned Depth) {
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
      if (callIn(CE, N.Checks))
        return true;
      for (const Expr *Arg : CE->arguments())
        if (isTokenArg(Arg))
          return true;
      if (Depth < 2)
        if (const FunctionDecl *Def = userDefinition(calledFunction(CE), Ctx))
          if (functionHasSignal(Def, Depth + 1))
            return true;
    } else if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) {
      const ValueDecl *VD = DRE->getDecl();
      if (const auto *EC = dyn_cast<EnumConstantDecl>(VD))
        if (isCancellationCode(EC))
          return true;
      if (isFlagType(VD->getType()))
        return true;
      Designated T = designated(VD->getType());
      if (T.Record && !T.Indirect && isOrDerives(T.Record, N.IoResults))
        return true;
      if (const auto *V = dyn_cast<VarDecl>(VD); V && Vars && Vars->count(V))
        return true;
    } else if (const auto *ME = dyn_cast<MemberExpr>(St)) {
      const ValueDecl *VD = ME->getMemberDecl();
      if (const auto *F = dyn_cast<FieldDecl>(VD)) {
        if (isFlagType(F->getType()) || S.CancelFields.count(F))
          return true;
        Designated T = designated(F->getType());
        if (T.Record && !T.Indirect && isOrDerives(T.Record, N.IoResults))
          return true;
      }
    } else if (const auto *CA = dyn_cast<CoawaitExpr>(St)) {
      const CXXRecordDecl *RD =
          CA->getOperand()->getType().getNonReferenceType()->getAsCXXRecordDecl();
      if (RD && isOrDerives(RD, N.Awaitables))
        return true;
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  return false;
}

bool Decider::functionHasSignal(const FunctionDecl *FD, unsigned Depth) {
  auto It = S.SignalBodies.find(FD);
  if (It != S.SignalBodies.end())
    return It->second > 0;
  S.SignalBodies[FD] = -1; // In progress: no.
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
  S.SignalBodies[FD] = Result ? 1 : 0;
  return Result;
}

/// A helper that throws (or lets I/O throw) when the request is cancelled
/// ends the loop that calls it.
bool Decider::throwsOnCancel(const FunctionDecl *FD, unsigned Depth) {
  auto It = S.ThrowingBodies.find(FD);
  if (It != S.ThrowingBodies.end())
    return It->second > 0;
  S.ThrowingBodies[FD] = -1;
  bool Result = false;
  if (Depth < 2 && FD->getBody()) {
    LoopScanner Scan(*this, FD->getBody());
    Scan.scanBody(FD->getBody());
    Result = Scan.ImplicitCancel;
    for (const LoopScanner::Exit &E : Scan.Exits)
      if (!Result && (isa<CXXThrowExpr>(E.S) || isa<CallExpr>(E.S)))
        Result = llvm::any_of(E.Conds, [&](const Expr *C) {
          return isSignal(C, FD, Depth + 1);
        });
  }
  S.ThrowingBodies[FD] = Result ? 1 : 0;
  return Result;
}

/// Local variables of \p Outer (lambdas included) that hold a cancellation
/// signal: assigned from one, filled in by a check (`cq.Next(&tag, &ok)`),
/// or set by a callback (a lambda assigning a variable of its enclosing
/// function).
const llvm::DenseSet<const VarDecl *> &
Decider::signalVars(const FunctionDecl *Outer) {
  auto It = S.SignalVars.find(Outer);
  if (It != S.SignalVars.end())
    return It->second;
  S.SignalVars[Outer]; // Guards against recursion: empty while computing.
  struct Collector : FunctionWalker<Collector> {
    std::vector<std::pair<const VarDecl *, const Expr *>> Flows;
    llvm::DenseSet<const VarDecl *> Direct;
    const NameSet &Checks;
    explicit Collector(const NameSet &C, const FunctionDecl *F)
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
      if (!callIn(CE, Checks))
        return true;
      for (const Expr *Arg : CE->arguments()) {
        const Expr *E = bare(Arg);
        if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
          E = UO->getSubExpr();
        if (const VarDecl *V = local(E))
          Direct.insert(V);
      }
      return true;
    }
  } C(N.Checks, Outer);
  C.TraverseStmt(Outer->getBody());
  llvm::DenseSet<const VarDecl *> Result = C.Direct;
  S.SignalVars[Outer] = Result;
  // A variable assigned from a signal, or from a signal variable found so
  // far (isSignal reads the set being built), until nothing changes.
  for (unsigned Round = 0; Round < 4; ++Round) {
    bool Changed = false;
    for (const auto &[V, RHS] : C.Flows)
      if (!Result.count(V) && isSignal(RHS, Outer, 0)) {
        Result.insert(V);
        S.SignalVars[Outer] = Result;
        Changed = true;
      }
    if (!Changed)
      break;
  }
  return S.SignalVars[Outer];
}

/// Counts its iterations or compares against a clock: the loop ends.
bool Decider::isBound(const Expr *E,
                      const llvm::DenseSet<const ValueDecl *> &Counters) {
  llvm::SmallVector<std::pair<const Stmt *, unsigned>, 16> Work{{E, 0}};
  while (!Work.empty()) {
    auto [St, Depth] = Work.pop_back_val();
    if (!St || isa<LambdaExpr>(St))
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St); CE && callIn(CE, N.Clocks))
      return true;
    if (const auto *DRE = dyn_cast<DeclRefExpr>(St)) {
      if (Counters.count(DRE->getDecl()))
        return true;
      if (const auto *V = dyn_cast<VarDecl>(DRE->getDecl()))
        if (V->isLocalVarDecl() && V->getInit() && Depth < 3)
          Work.push_back({V->getInit(), Depth + 1});
    }
    if (const auto *ME = dyn_cast<MemberExpr>(St); ME && Counters.count(ME->getMemberDecl()))
      return true;
    for (const Stmt *Child : St->children())
      Work.push_back({Child, Depth});
  }
  return false;
}

//===----------------------------------------------------------------------===//
// Request paths
//===----------------------------------------------------------------------===//

bool Decider::isRequestHandler(const FunctionDecl *G) const {
  for (const ParmVarDecl *P : G->parameters())
    if (Model.classify(P->getType()))
      return true;
  const auto *MD = dyn_cast<CXXMethodDecl>(G);
  return MD && !MD->getParent()->isLambda() && !MD->isStatic() &&
         !isa<CXXDestructorDecl>(MD) && Model.isPerRequestClass(MD->getParent());
}

/// Whether \p G is a request handler or written inside one, ignoring
/// detached work.
Status Decider::baseStatus(const FunctionDecl *G) {
  Status St;
  for (unsigned Depth = 0; G && Depth < 16; ++Depth) {
    if (isRequestHandler(G)) {
      St.Kind = PathKind::Handler;
      St.Path.Handler = G;
      St.Path.HandlerIsLambda = isLambdaOperator(G);
      return St;
    }
    G = lambdaParent(G);
  }
  return St;
}

Status Decider::statusOf(const FunctionDecl *G) {
  if (!G)
    return {};
  auto It = S.Statuses.find(G);
  if (It != S.Statuses.end())
    return It->second;
  S.Statuses[G] = Status(); // Guards against cycles.
  Status St;
  auto D = S.DetachedFns.find(canon(G));
  if (D != S.DetachedFns.end()) {
    St.Kind = PathKind::Detached;
    St.Path = D->second;
  } else if (isRequestHandler(G)) {
    St.Kind = PathKind::Handler;
    St.Path.Handler = G;
    St.Path.HandlerIsLambda = isLambdaOperator(G);
  } else if (S.ThreadFns.count(canon(G))) {
    St.Kind = PathKind::ThreadWork;
  } else if (const FunctionDecl *P = lambdaParent(G)) {
    St = statusOf(P);
    if (St.Kind == PathKind::ThreadWork)
      St = Status();
  }
  S.Statuses[G] = St;
  return St;
}

void Decider::walkOnDemand(const FunctionDecl *F) {
  const FunctionDecl *Def = userDefinition(F, Ctx);
  if (Def && !isLambdaOperator(Def))
    A.analyzeFunction(Def, Ctx);
}

void Decider::computeDetached() {
  std::vector<const FunctionDecl *> Tops = S.Walked;
  for (const FunctionDecl *F : Tops) {
    bool Relevant = isRequestHandler(F);
    if (!Relevant) {
      auto L = S.LambdasOf.find(F);
      if (L != S.LambdasOf.end())
        Relevant = llvm::any_of(L->second, [&](const FunctionDecl *Op) {
          return baseStatus(Op).Kind == PathKind::Handler;
        });
    }
    if (!Relevant)
      continue;
    for (DetachedWork &W : Launchers.detachedWorkIn(F, Ctx)) {
      Status Base = baseStatus(W.In);
      if (Base.Kind != PathKind::Handler)
        continue;
      S.DetachedLaunches.insert(W.Launch);
      const FunctionDecl *WF = LauncherModel::workFunction(W.Callable);
      if (!WF)
        continue;
      RequestPath P = Base.Path;
      P.Detached = true;
      P.Work = std::move(W);
      S.DetachedFns.try_emplace(canon(WF), std::move(P));
      walkOnDemand(WF);
    }
  }
}

/// Values in reach of \p G: its parameters, what a lambda captures (all of
/// its enclosing function's when it captures by default), and the data
/// members of `this`.
std::vector<Reach> Decider::reachable(const FunctionDecl *G, unsigned Depth) const {
  std::vector<Reach> Out;
  if (!G || Depth > 8)
    return Out;
  for (const ParmVarDecl *P : G->parameters())
    if (P->getIdentifier())
      Out.push_back({P, P->getName().str(), designated(P->getType())});
  const auto *MD = dyn_cast<CXXMethodDecl>(G);
  if (!MD)
    return Out;
  const CXXRecordDecl *RD = MD->getParent();
  if (RD->isLambda()) {
    bool This = false;
    for (const LambdaCapture &C : RD->captures()) {
      if (C.capturesThis())
        This = true;
      else if (C.capturesVariable())
        if (const auto *V = dyn_cast<VarDecl>(C.getCapturedVar()))
          Out.push_back({V, V->getName().str(), designated(V->getType())});
    }
    const FunctionDecl *Parent = lambdaParent(G);
    if (RD->getLambdaCaptureDefault() != LCD_None) {
      for (Reach &R : reachable(Parent, Depth + 1))
        Out.push_back(std::move(R));
    } else if (This) {
      for (Reach &R : reachable(Parent, Depth + 1))
        if (isa<FieldDecl>(R.D))
          Out.push_back(std::move(R));
    }
    return Out;
  }
  if (MD->isStatic())
    return Out;
  llvm::SmallVector<const CXXRecordDecl *, 4> Classes{RD};
  for (unsigned I = 0; I < Classes.size() && I < 8; ++I) {
    const CXXRecordDecl *Def = Classes[I]->getDefinition();
    if (!Def)
      continue;
    for (const FieldDecl *F : Def->fields())
      if (F->getIdentifier())
        Out.push_back({F, F->getName().str(), designated(F->getType())});
    for (const CXXBaseSpecifier &B : Def->bases())
      if (const CXXRecordDecl *Base = B.getType()->getAsCXXRecordDecl())
        Classes.push_back(Base);
  }
  return Out;
}

std::vector<Reach> Decider::serverContexts(const FunctionDecl *G) const {
  std::vector<Reach> Out;
  for (Reach &R : reachable(G))
    if (R.Type.Record && !R.Type.Smart && isOrDerives(R.Type.Record, N.ServerContextSet))
      Out.push_back(std::move(R));
  return Out;
}

/// `ctx->IsCancelled()`: a check on a value in reach, from the hint rows;
/// for detached work, not on the request's own objects.
std::string Decider::hintFor(const FunctionDecl *G, bool Detached) const {
  for (const Reach &R : reachable(G)) {
    if (!R.Type.Record)
      continue;
    // Detached work runs after the request: its objects are gone.
    if (Detached && Model.classify(cast<ValueDecl>(R.D)->getType()))
      continue;
    const auto *Row = rowFor(R.Type.Record, N.Hints);
    if (!Row)
      continue;
    llvm::StringRef Template = Row->second;
    // The member the hint calls must exist in this version of the library.
    size_t Open = Template.find("%1"), Paren = Template.find('(');
    if (Open == llvm::StringRef::npos || Paren == llvm::StringRef::npos)
      continue;
    if (!hasMember(R.Type.Record, Template.substr(Open + 2, Paren - Open - 2)))
      continue;
    std::string Out;
    for (size_t I = 0; I < Template.size(); ++I) {
      if (Template[I] == '%' && I + 1 < Template.size() && Template[I + 1] == '0') {
        Out += R.Name;
        ++I;
      } else if (Template[I] == '%' && I + 1 < Template.size() &&
                 Template[I + 1] == '1') {
        Out += R.Type.Indirect ? "->" : ".";
        ++I;
      } else {
        Out += Template[I];
      }
    }
    return Out;
  }
  return "";
}

//===----------------------------------------------------------------------===//
// Decisions
//===----------------------------------------------------------------------===//

/// The loop's verdict: null when some exit depends on cancellation (or the
/// loop is bounded), else the facts of the finding.
std::optional<LoopFinding> judgeLoop(Decider &D, const Stmt *Loop,
                                     const FunctionDecl *Fn) {
  LoopScanner Scan(D, Loop);
  Scan.scanLoopBody();
  if (Scan.ImplicitCancel)
    return std::nullopt;
  const FunctionDecl *Outer = Fn;
  while (const FunctionDecl *P = lambdaParent(Outer))
    Outer = P;
  bool DataExit = false;
  for (const LoopScanner::Exit &E : Scan.Exits) {
    if (E.Conds.empty())
      return std::nullopt; // Leaves on its first pass.
    for (const Expr *C : E.Conds)
      if (D.isSignal(C, Outer) || D.isBound(C, Scan.Counters))
        return std::nullopt;
    DataExit = true;
  }
  if (DataExit && !Scan.Wait)
    return std::nullopt; // Computes until its data runs out.
  LoopFinding F;
  F.Waits = DataExit;
  if (F.Waits) {
    F.WaitLoc = Scan.Wait->getBeginLoc();
    if (const auto *CE = dyn_cast<CallExpr>(Scan.Wait)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      F.WaitCall = Callee ? Callee->getNameAsString() : "";
    } else {
      F.WaitCall = "co_await";
    }
  }
  F.Ignored = std::move(Scan.Ignored);
  return F;
}

void Decider::decideLoops(CancellationFindings &Out) {
  for (size_t I = 0; I < S.Loops.size(); ++I) {
    LoopCand L = S.Loops[I];
    Status St = statusOf(L.Fn);
    if (St.Kind != PathKind::Handler && St.Kind != PathKind::Detached)
      continue;
    std::optional<LoopFinding> F = judgeLoop(*this, L.Loop, L.Fn);
    if (!F)
      continue;
    SourceLocation Loc = fileLoc(L.Loop->getBeginLoc(), SM);
    if (!S.Reported.insert(Loc.getRawEncoding()).second)
      continue;
    F->Loc = Loc;
    F->Path = St.Path;
    F->Hint = hintFor(L.Fn, St.Kind == PathKind::Detached);
    Out.Loops.push_back(std::move(*F));
  }
}

void Decider::decideThreads(CancellationFindings &Out) {
  for (size_t TI = 0; TI < S.Threads.size(); ++TI) {
    const ThreadCand T = S.Threads[TI];
    auto It = S.ThreadFns.find(canon(
        LauncherModel::workFunction(T.Construct->getArg(0))));
    if (It == S.ThreadFns.end() || It->second != TI)
      continue;
    const FunctionDecl *WF = LauncherModel::workFunction(T.Construct->getArg(0));
    const FunctionDecl *Def = WF->getDefinition() ? WF->getDefinition() : WF;
    std::optional<LoopFinding> Bad;
    SourceLocation LoopLoc;
    for (size_t I = 0; I < S.Loops.size() && !Bad; ++I)
      if (canon(S.Loops[I].Fn) == canon(Def)) {
        Bad = judgeLoop(*this, S.Loops[I].Loop, S.Loops[I].Fn);
        LoopLoc = S.Loops[I].Loop->getBeginLoc();
      }
    if (!Bad)
      continue;
    SourceLocation Loc = fileLoc(T.Construct->getBeginLoc(), SM);
    if (!S.Reported.insert(Loc.getRawEncoding()).second)
      continue;
    ThreadFinding F;
    F.Loc = Loc;
    F.Range = T.Construct->getSourceRange();
    const CXXRecordDecl *RD = T.Construct->getType()->getAsCXXRecordDecl();
    F.ThreadType = qualifiedName(RD);
    for (const auto &Row : N.StopThreads)
      if (Row.first == F.ThreadType)
        F.TokenType = Row.second;
    if (T.Var)
      F.VarName = T.Var->getName().str();
    for (const ParmVarDecl *P : Def->parameters()) {
      const CXXRecordDecl *PR =
          P->getType().getNonReferenceType()->getAsCXXRecordDecl();
      if (PR && qualifiedName(PR) == F.TokenType) {
        F.TakesToken = true;
        F.TokenName = P->getName().str();
      }
    }
    F.LoopLoc = fileLoc(LoopLoc, SM);
    F.Path = statusOf(T.Fn).Path;
    Out.Threads.push_back(std::move(F));
  }
}

} // namespace

//===----------------------------------------------------------------------===//
// Propagation
//===----------------------------------------------------------------------===//

namespace {

/// How a tracked client context variable comes to be.
enum class Fresh { No, Stack, MakeUnique, MakeShared, New, Factory };

/// Everything about one client-context variable in its function: what is
/// done to it, and how its uses could be rewritten.
struct ClientVar {
  const VarDecl *Var = nullptr;
  Fresh How = Fresh::No;
  std::string Factory;
  std::vector<Event> Events;
  const DeclStmt *Decl = nullptr;
  bool DeclInBlock = false;
  bool Rewritable = true;
  std::vector<FixItHint> Rewrites;
};

} // namespace

namespace {

class ClientUses : public RecursiveASTVisitor<ClientUses> {
public:
  ClientUses(ClientVar &CV, const Decider::Names &N,
             std::function<bool(const CallExpr *, unsigned)> Propagates)
      : CV(CV), N(N), PropagatesArg(std::move(Propagates)) {}

  bool shouldVisitLambdaBody() const { return true; }
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
    if (!designatesVar(MC->getImplicitObjectArgument()) || !callIn(MC, N.Setters))
      return true;
    bool Foreign = MC->getNumArgs() > 0 &&
                   clockOnly(MC->getArg(0), N.Clocks, N.ServerContextSet);
    CV.Events.push_back({MC->getBeginLoc(), Foreign ? EventKind::ForeignDeadline
                                                    : EventKind::Propagates});
    return true;
  }

  bool VisitCallExpr(CallExpr *CE) {
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE);
        OC && OC->getOperator() == OO_Equal && OC->getNumArgs() == 2)
      assigned(OC->getArg(0), OC->getArg(1), compat::callBegin(CE));
    if (isa<CXXMemberCallExpr>(CE) || isa<CXXOperatorCallExpr>(CE))
      return true;
    for (unsigned I = 0; I < CE->getNumArgs(); ++I)
      if (designatesVar(CE->getArg(I)) && PropagatesArg(CE, I))
        CV.Events.push_back({compat::callBegin(CE), EventKind::Propagates});
    return true;
  }

  bool VisitBinaryOperator(BinaryOperator *BO) {
    if (BO->getOpcode() == BO_Assign)
      assigned(BO->getLHS(), BO->getRHS(), BO->getBeginLoc());
    return true;
  }

private:
  bool isVar(const Expr *E) const {
    const auto *DRE = dyn_cast<DeclRefExpr>(bare(E));
    return DRE && DRE->getDecl() == CV.Var;
  }

  /// `down`, `&down`, `down.get()`, `*down`, `down->`'s object.
  bool designatesVar(const Expr *E) const {
    E = bare(E);
    if (const auto *UO = dyn_cast<UnaryOperator>(E);
        UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
      E = bare(UO->getSubExpr());
    if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
        MC && MC->getMethodDecl() && MC->getMethodDecl()->getIdentifier() &&
        MC->getMethodDecl()->getName() == "get")
      E = bare(MC->getImplicitObjectArgument());
    if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
        OC && (OC->getOperator() == OO_Arrow || OC->getOperator() == OO_Star) &&
        OC->getNumArgs() == 1)
      E = bare(OC->getArg(0));
    return isVar(E);
  }

  void assigned(const Expr *LHS, const Expr *RHS, SourceLocation Loc) {
    if (!isVar(LHS))
      return;
    Consumed.insert(bare(LHS));
    CV.Rewritable = false;
    const Expr *R = stripCopies(RHS);
    if (isa<CXXNewExpr>(R) || isa<CXXNullPtrLiteralExpr>(R))
      return; // A fresh one again, or none.
    if (isMakeCall(R))
      return;
    CV.Events.push_back({Loc, EventKind::Propagates});
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
  const Decider::Names &N;
  std::function<bool(const CallExpr *, unsigned)> PropagatesArg;
  llvm::DenseSet<const Expr *> Consumed;
};

} // namespace

namespace {

/// The local variable (or data member) of client-context type an argument
/// hands over, following local pointer aliases.
struct ClientRef {
  const VarDecl *Var = nullptr;
  const FieldDecl *Field = nullptr;
};

ClientRef resolveClient(const Expr *E, unsigned Depth = 0) {
  ClientRef R;
  E = bare(E);
  if (!E || Depth > 4)
    return R;
  if (const auto *UO = dyn_cast<UnaryOperator>(E);
      UO && (UO->getOpcode() == UO_AddrOf || UO->getOpcode() == UO_Deref))
    E = bare(UO->getSubExpr());
  if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E);
      MC && MC->getMethodDecl() && MC->getMethodDecl()->getIdentifier() &&
      MC->getMethodDecl()->getName() == "get")
    E = bare(MC->getImplicitObjectArgument());
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(E);
      OC && OC->getOperator() == OO_Star && OC->getNumArgs() == 1)
    E = bare(OC->getArg(0));
  if (const auto *ME = dyn_cast<MemberExpr>(E)) {
    R.Field = dyn_cast<FieldDecl>(ME->getMemberDecl());
    return R;
  }
  const auto *DRE = dyn_cast<DeclRefExpr>(E);
  const auto *V = DRE ? dyn_cast<VarDecl>(DRE->getDecl()) : nullptr;
  if (!V || !V->isLocalVarDecl() || V->isStaticLocal() || isa<ParmVarDecl>(V))
    return R;
  // A reference bound to another client context is that context.
  if (V->getType()->isReferenceType() && V->getInit())
    return resolveClient(V->getInit(), Depth + 1);
  // A raw pointer initialized from another client context is an alias.
  if (V->getType()->isPointerType() && V->getInit()) {
    const Expr *Init = stripCopies(V->getInit());
    bool Made = isa<CXXNewExpr>(Init) ||
                (isa<CallExpr>(Init) && !isa<CXXMemberCallExpr>(Init));
    if (!Made) {
      ClientRef Alias = resolveClient(Init, Depth + 1);
      if (Alias.Var || Alias.Field)
        return Alias;
    }
  }
  R.Var = V;
  return R;
}

} // namespace

/// A helper that sets the deadline of the client context it receives (or
/// hands it to a propagating factory) propagates; any other callee makes a
/// downstream call with it.
bool Decider::propagatesInto(const FunctionDecl *Callee, unsigned Param) {
  if (!Callee)
    return false;
  auto Key = std::make_pair(canon(Callee), Param);
  auto It = S.Propagators.find(Key);
  if (It != S.Propagators.end())
    return It->second;
  S.Propagators[Key] = false;
  bool Result = false;
  const FunctionDecl *Def = userDefinition(Callee, Ctx);
  if (Def && Param < Def->getNumParams()) {
    const ParmVarDecl *P = Def->getParamDecl(Param);
    llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
    while (!Work.empty() && !Result) {
      const Stmt *St = Work.pop_back_val();
      if (!St)
        continue;
      if (const auto *CE = dyn_cast<CallExpr>(St)) {
        bool Setter = false;
        if (const auto *MC = dyn_cast<CXXMemberCallExpr>(CE))
          if (const auto *DRE = dyn_cast<DeclRefExpr>(bare(MC->getImplicitObjectArgument())))
            Setter = DRE->getDecl() == P && callIn(MC, N.Setters);
        bool Factory = callIn(CE, N.Factories) &&
                       llvm::any_of(CE->arguments(), [&](const Expr *Arg) {
                         const auto *DRE = dyn_cast<DeclRefExpr>(bare(Arg));
                         return DRE && DRE->getDecl() == P;
                       });
        Result = Setter || Factory;
      }
      for (const Stmt *Child : St->children())
        Work.push_back(Child);
    }
  }
  S.Propagators[Key] = Result;
  return Result;
}

namespace {

/// How \p Init creates a client context: fresh, or not known to be.
Fresh creation(const Expr *Init, const Decider::Names &N, std::string &Factory,
               const ASTContext &Ctx, bool Object) {
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
  if (!Call || callIn(Call, N.Factories))
    return Fresh::No;
  const FunctionDecl *FD = Call->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return Fresh::No;
  std::string Name = qualifiedName(FD);
  if (Name == "std::make_unique" && Call->getNumArgs() == 0)
    return Fresh::MakeUnique;
  if ((Name == "std::make_shared" || Name == "boost::make_shared") &&
      Call->getNumArgs() == 0)
    return Fresh::MakeShared;
  // A factory of the translation unit that cannot see the request: it takes
  // no server context and makes a new client context itself.
  for (const Expr *Arg : Call->arguments()) {
    Designated T = designated(Arg->getType());
    if (T.Record && isOrDerives(T.Record, N.ServerContextSet))
      return Fresh::No;
  }
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
      const CXXRecordDecl *RD = New->getAllocatedType()->getAsCXXRecordDecl();
      Makes |= RD && isOrDerives(RD, N.ClientContexts);
    } else if (const auto *C = dyn_cast<CallExpr>(St)) {
      if (callIn(C, N.Setters) || callIn(C, N.Factories))
        Sets = true;
      if (isMakeCall(C)) {
        Designated T = designated(C->getType());
        Makes |= T.Record && isOrDerives(T.Record, N.ClientContexts);
      }
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  if (!Makes || Sets)
    return Fresh::No;
  Factory = FD->getNameAsString();
  return Fresh::Factory;
}

/// The text of the data member an argument hands over, and whether it is
/// reached through a pointer: `&call->context` gives `call->context`,
/// `client_.get()` gives `client_` through a pointer.
std::optional<std::pair<std::string, bool>> memberObject(const Expr *Arg,
                                                         ASTContext &Ctx) {
  const Expr *E = bare(Arg);
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = bare(UO->getSubExpr());
  else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return std::make_pair(sourceText(bare(MC->getImplicitObjectArgument()), Ctx), true);
  else if (E->getType()->isPointerType())
    return std::make_pair(sourceText(E, Ctx), true);
  if (!isa<MemberExpr>(E) || E->getBeginLoc().isMacroID())
    return std::nullopt;
  return std::make_pair(sourceText(E, Ctx), false);
}

/// The outermost function whose body holds \p V's declaration.
const FunctionDecl *declaringFunction(const VarDecl *V) {
  const DeclContext *DC = V->getDeclContext();
  while (DC && !isa<FunctionDecl>(DC))
    DC = DC->getParent();
  return dyn_cast_or_null<FunctionDecl>(DC);
}

/// The text of the line up to \p Loc when it is only blanks.
std::optional<std::string> indentationAt(SourceLocation Loc, const SourceManager &SM) {
  std::pair<FileID, unsigned> Pos = SM.getDecomposedLoc(Loc);
  bool Invalid = false;
  llvm::StringRef Buffer = SM.getBufferData(Pos.first, &Invalid);
  if (Invalid)
    return std::nullopt;
  size_t Start = Buffer.rfind('\n', Pos.second ? Pos.second - 1 : 0);
  Start = Start == llvm::StringRef::npos ? 0 : Start + 1;
  llvm::StringRef Prefix = Buffer.slice(Start, Pos.second);
  if (Prefix.find_first_not_of(" \t") != llvm::StringRef::npos)
    return std::nullopt;
  return Prefix.str();
}

} // namespace

namespace {

struct PendingClient {
  PropagationFinding F;
  ClientVar CV;
  std::vector<SourceLocation> CallLocs;
};

} // namespace

void Decider::decidePropagation(CancellationFindings &Out) {
  // One finding per client context, with a note per downstream call.
  llvm::DenseMap<unsigned, size_t> ByDecl;
  std::vector<PendingClient> Pending;
  llvm::DenseMap<const VarDecl *, std::unique_ptr<ClientVar>> Vars;
  for (const CallCand &C : S.Calls) {
    Status St = statusOf(C.Fn);
    if (St.Kind != PathKind::Handler)
      continue;
    std::vector<Reach> Servers = serverContexts(C.Fn);
    if (Servers.empty())
      continue;
    const FunctionDecl *Callee = C.Call->getDirectCallee();
    if (callIn(C.Call, N.Factories) || propagatesInto(Callee, C.Arg))
      continue;
    ClientRef Ref = resolveClient(C.Call->getArg(C.Arg));
    SourceLocation CallLoc = fileLoc(compat::callBegin(C.Call), SM);
    const NamedDecl *Client = nullptr;
    PropagationFinding::Creation How = PropagationFinding::Creation::Member;
    std::string Factory;
    const ClientVar *CV = nullptr;
    if (Ref.Field) {
      const FieldDecl *F = Ref.Field;
      Designated T = designated(F->getType());
      if (!T.Record || !isOrDerives(T.Record, N.ClientContexts))
        continue;
      if (T.Indirect && !S.FieldFresh.count(F))
        continue; // Not known to be made fresh.
      // The class's methods may set its deadline: look at them all.
      if (const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent()))
        for (const CXXMethodDecl *M : RD->methods())
          walkOnDemand(M);
      auto E = S.FieldEvents.find(F);
      if (E != S.FieldEvents.end() &&
          llvm::any_of(E->second, [](const Event &Ev) {
            return Ev.Kind == EventKind::Propagates;
          }))
        continue;
      Client = F;
    } else if (Ref.Var) {
      const VarDecl *V = Ref.Var;
      Designated T = designated(V->getType());
      if (!T.Record || !isOrDerives(T.Record, N.ClientContexts))
        continue;
      auto &Slot = Vars[V];
      if (!Slot) {
        Slot = std::make_unique<ClientVar>();
        Slot->Var = V;
        Slot->How = creation(V->getInit(), N, Slot->Factory, Ctx, !T.Indirect);
        if (Slot->How != Fresh::No)
          if (const FunctionDecl *DF = declaringFunction(V)) {
            ClientUses U(*Slot, N, [this](const CallExpr *CE, unsigned I) {
              return callIn(CE, N.Factories) ||
                     propagatesInto(CE->getDirectCallee(), I);
            });
            U.TraverseStmt(DF->getBody());
          }
      }
      CV = Slot.get();
      if (CV->How == Fresh::No)
        continue;
      bool Before = llvm::any_of(CV->Events, [&](const Event &Ev) {
        return Ev.Kind == EventKind::Propagates &&
               SM.isBeforeInTranslationUnit(fileLoc(Ev.Loc, SM), CallLoc);
      });
      if (Before)
        continue;
      Client = V;
      switch (CV->How) {
      case Fresh::Stack:
        How = PropagationFinding::Creation::Stack;
        break;
      case Fresh::MakeUnique:
        How = PropagationFinding::Creation::MakeUnique;
        break;
      case Fresh::MakeShared:
        How = PropagationFinding::Creation::MakeShared;
        break;
      case Fresh::New:
        How = PropagationFinding::Creation::New;
        break;
      case Fresh::Factory:
      case Fresh::No:
        How = PropagationFinding::Creation::Factory;
        Factory = CV->Factory;
        break;
      }
    } else {
      continue;
    }
    SourceLocation DeclLoc = fileLoc(Client->getLocation(), SM);
    auto [It, New] = ByDecl.try_emplace(DeclLoc.getRawEncoding(), Pending.size());
    if (New) {
      PendingClient P;
      P.F.Client = Client;
      P.F.Loc = DeclLoc;
      P.F.Range = Client->getSourceRange();
      P.F.ClientName = Client->getName().str();
      P.F.How = How;
      P.F.Factory = Factory;
      const Reach &Server = Servers.front();
      P.F.ServerName = Server.Name;
      P.F.ServerLoc = Server.D->getLocation();
      if (CV)
        P.CV = *CV;
      // A data member is named as the call reaches it (`backend_`,
      // `call->context`), for the hint.
      if (Ref.Field)
        if (std::optional<std::pair<std::string, bool>> Obj =
                memberObject(C.Call->getArg(C.Arg), Ctx)) {
          const auto *DeadlineRow = rowFor(Server.Type.Record, N.Deadlines);
          if (DeadlineRow && !N.SetterName.empty() &&
              hasMember(designated(Ref.Field->getType()).Record, N.SetterName))
            P.F.DeadlineCall = Obj->first + (Obj->second ? "->" : ".") +
                               N.SetterName + "(" + Server.Name +
                               (Server.Type.Indirect ? "->" : ".") +
                               DeadlineRow->second + ")";
        }
      Pending.push_back(std::move(P));
    }
    PendingClient &P = Pending[It->second];
    if (llvm::is_contained(P.CallLocs, CallLoc))
      continue;
    P.CallLocs.push_back(CallLoc);
    P.F.Calls.push_back({CallLoc, calleeText(C.Call, Ctx)});
  }

  for (PendingClient &P : Pending) {
    PropagationFinding &F = P.F;
    if (!S.Reported.insert(F.Loc.getRawEncoding()).second)
      continue;
    for (const Event &Ev : P.CV.Events)
      if (Ev.Kind == EventKind::ForeignDeadline && F.ForeignDeadline.isInvalid())
        F.ForeignDeadline = fileLoc(Ev.Loc, SM);
    if (const auto *Fld = dyn_cast<FieldDecl>(F.Client)) {
      auto E = S.FieldEvents.find(Fld);
      if (E != S.FieldEvents.end())
        for (const Event &Ev : E->second)
          if (Ev.Kind == EventKind::ForeignDeadline && F.ForeignDeadline.isInvalid())
            F.ForeignDeadline = fileLoc(Ev.Loc, SM);
    }
    // The request context as the declaring function reaches it.
    const FunctionDecl *DeclFn = nullptr;
    if (const auto *V = dyn_cast<VarDecl>(F.Client))
      DeclFn = declaringFunction(V);
    std::vector<Reach> Servers;
    if (DeclFn)
      Servers = serverContexts(DeclFn);
    if (!Servers.empty()) {
      const Reach &Srv = Servers.front();
      F.ServerName = Srv.Name;
      F.ServerLoc = Srv.D->getLocation();
      const auto *FactoryRow = rowFor(Srv.Type.Record, N.ServerContexts);
      const auto *DeadlineRow = rowFor(Srv.Type.Record, N.Deadlines);
      std::string Object = (Srv.Type.Indirect ? "*" : "") + Srv.Name;
      Designated ClientType = designated(cast<ValueDecl>(F.Client)->getType());
      // The factory returns a `std::unique_ptr` of its own class: it fits
      // only a client context of exactly that class.
      if (FactoryRow && !FactoryRow->second.empty() && ClientType.Record &&
          llvm::StringRef(FactoryRow->second)
              .starts_with(qualifiedName(ClientType.Record) + "::"))
        F.FactoryCall = FactoryRow->second + "(" + Object + ")";
      bool Pointer = isa<VarDecl>(F.Client) && ClientType.Indirect;
      if (DeadlineRow && !N.SetterName.empty() &&
          hasMember(ClientType.Record, N.SetterName)) {
        const std::string &Setter = N.SetterName;
        F.DeadlineCall = F.ClientName + (Pointer ? "->" : ".") + Setter + "(" +
                         Srv.Name + (Srv.Type.Indirect ? "->" : ".") +
                         DeadlineRow->second + ")";
      }
    } else if (isa<VarDecl>(F.Client)) {
      F.FactoryCall.clear();
    }
    // Fix-its, for local variables whose declaration and uses we can see.
    const ClientVar &CV = P.CV;
    if (CV.Var && CV.Decl && CV.DeclInBlock && CV.Decl->isSingleDecl() &&
        !CV.Decl->getBeginLoc().isMacroID() && !CV.Decl->getEndLoc().isMacroID() &&
        !F.ServerName.empty() && !Servers.empty()) {
      Designated T = designated(CV.Var->getType());
      bool Exact = T.Record && F.FactoryCall.size() &&
                   llvm::StringRef(F.FactoryCall)
                       .starts_with(qualifiedName(T.Record) + "::");
      CharSourceRange DeclRange =
          CharSourceRange::getCharRange(CV.Decl->getBeginLoc(), CV.Decl->getEndLoc());
      std::string Replacement =
          "auto " + CV.Var->getName().str() + " = " + F.FactoryCall;
      if (Exact && CV.How == Fresh::Stack && CV.Rewritable) {
        F.Fixes.push_back(FixItHint::CreateReplacement(DeclRange, Replacement));
        for (const FixItHint &H : CV.Rewrites)
          F.Fixes.push_back(H);
      } else if (Exact && CV.How == Fresh::MakeUnique) {
        F.Fixes.push_back(FixItHint::CreateReplacement(DeclRange, Replacement));
      } else if (F.ForeignDeadline.isInvalid() && !F.DeadlineCall.empty()) {
        SourceLocation After = Lexer::getLocForEndOfToken(
            CV.Decl->getEndLoc(), 0, SM, Ctx.getLangOpts());
        if (std::optional<std::string> Indent =
                indentationAt(CV.Decl->getBeginLoc(), SM))
          F.Fixes.push_back(FixItHint::CreateInsertion(
              After, "\n" + *Indent + F.DeadlineCall + ";"));
      }
    }
    Out.Propagation.push_back(std::move(F));
  }
}

CancellationFindings Decider::run() {
  CancellationFindings Out;
  if (S.Loops.empty() && S.Calls.empty() && S.Threads.empty())
    return Out;
  computeDetached();
  // Threads a request handler owns and joins: their callables are judged
  // as stop-token work, not as lambdas of the handler.
  for (size_t TI = 0; TI < S.Threads.size(); ++TI) {
    const ThreadCand T = S.Threads[TI];
    if (S.DetachedLaunches.count(T.Construct) ||
        baseStatus(T.Fn).Kind != PathKind::Handler)
      continue;
    const FunctionDecl *WF = LauncherModel::workFunction(T.Construct->getArg(0));
    if (!WF)
      continue;
    S.ThreadFns.try_emplace(canon(WF), TI);
    walkOnDemand(WF);
  }
  decideLoops(Out);
  decideThreads(Out);
  decidePropagation(Out);
  auto ByLoc = [&](SourceLocation A, SourceLocation B) {
    return SM.isBeforeInTranslationUnit(A, B);
  };
  std::stable_sort(Out.Loops.begin(), Out.Loops.end(),
                   [&](const LoopFinding &X, const LoopFinding &Y) {
                     return ByLoc(X.Loc, Y.Loc);
                   });
  std::stable_sort(Out.Threads.begin(), Out.Threads.end(),
                   [&](const ThreadFinding &X, const ThreadFinding &Y) {
                     return ByLoc(X.Loc, Y.Loc);
                   });
  std::stable_sort(Out.Propagation.begin(), Out.Propagation.end(),
                   [&](const PropagationFinding &X, const PropagationFinding &Y) {
                     return ByLoc(X.Loc, Y.Loc);
                   });
  return Out;
}

CancellationFindings MissingCancellationAnalyzer::finish(ASTContext &Ctx) {
  CancellationFindings Out =
      Decider(*this, Model, Launchers, *N, *S, Ctx).run();
  S = std::make_unique<State>();
  return Out;
}

} // namespace ctxlife
