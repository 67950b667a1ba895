//===--- Wrappers.cpp - the request context not passed on -----------------===//
//
// A request handler calls the project's own client wrapper (or a helper
// over one) that makes a downstream call with a client context of its own:
// fresh, or with a deadline from a clock alone. The request's deadline and
// cancellation cannot reach that call (Go's contextcheck: "should pass the
// context"). A summary per function, on demand and memoised: the
// downstream call with a client context of its own that it makes, in its
// body or in a helper it calls (directly, virtually, through a callable
// member). A function that has a request context in reach has none: its
// own calls are judged where they are (Propagation.cpp). The call in the
// request path is a finding when none of its arguments carries the request
// context (the server context itself, its deadline, a client context made
// from it); when the wrapper takes its deadline as a parameter, the
// argument for it decides.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/LimitLog.h"
#include "lib/model/Limits.h"
#include "lib/model/Names.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/RecursiveASTVisitor.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {
namespace {

/// `Greeter::SayHello` for a method of a generated stub (the service class
/// around its `Stub`), else `Class::method`, or the function's name.
std::string rpcName(const CallExpr *CE) {
  const FunctionDecl *FD = CE->getDirectCallee();
  if (!FD || !FD->getIdentifier())
    return "";
  const auto *MD = dyn_cast<CXXMethodDecl>(FD);
  if (!MD)
    return FD->getNameAsString();
  for (const DeclContext *DC = MD->getParent(); DC; DC = DC->getParent()) {
    const auto *RD = dyn_cast<CXXRecordDecl>(DC);
    if (!RD)
      break;
    if (!RD->getIdentifier() ||
        (RD->getName() != "Stub" && RD->getName() != "StubInterface"))
      continue;
    if (const auto *Service = dyn_cast<CXXRecordDecl>(RD->getParent());
        Service && Service->getIdentifier())
      return Service->getName().str() + "::" + FD->getName().str();
  }
  return MD->getParent()->getNameAsString() + "::" + FD->getNameAsString();
}

/// True when \p E refers to a server context, directly or through the
/// initializers of the locals it reads (`ctx->deadline()`, `child.get()`
/// of `auto child = FromServerContext(*ctx)`).
bool mentionsServer(const ContextModel &Model, const Expr *E) {
  struct Finder : RecursiveASTVisitor<Finder> {
    const ContextModel &M;
    unsigned Depth;
    bool Found = false;
    Finder(const ContextModel &M, unsigned Depth) : M(M), Depth(Depth) {}
    // RecursiveASTVisitor's names.
    // NOLINTBEGIN(readability-identifier-naming)
    // A callback is called back, not given the request: what it captures
    // (a reactor, the response) carries no deadline to the call.
    bool TraverseLambdaExpr(LambdaExpr *) { return true; }
    bool VisitDeclRefExpr(DeclRefExpr *DRE) { return value(DRE->getDecl()); }
    bool VisitMemberExpr(MemberExpr *ME) { return value(ME->getMemberDecl()); }
    // NOLINTEND(readability-identifier-naming)
    bool value(const ValueDecl *D) {
      if (isOrDerives(M.designated(D->getType()).Record,
                      M.knowledge().names(Role::ServerContext)))
        Found = true;
      else if (const auto *V = dyn_cast<VarDecl>(D);
               V && V->isLocalVarDecl() && V->getInit() &&
               !limitlog::past(limits::LocalInitDepth, Depth + 1, V->getLocation(), V)) {
        Finder Inner(M, Depth + 1);
        Inner.TraverseStmt(const_cast<Expr *>(V->getInit()));
        Found = Inner.Found;
      }
      return !Found;
    }
  } F(Model, 0);
  F.TraverseStmt(const_cast<Expr *>(E));
  return F.Found;
}

/// The index of the parameter of \p Def that \p At (`set_deadline(d)`)
/// gives the client context as its deadline, or -1.
int deadlineParam(const Stmt *At, const FunctionDecl *Def) {
  const auto *MC = dyn_cast<CXXMemberCallExpr>(At);
  if (!MC || MC->getNumArgs() == 0)
    return -1;
  const auto *DRE = dyn_cast<DeclRefExpr>(bare(MC->getArg(0)));
  const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
  if (!P || P->getDeclContext() != Def)
    return -1;
  return static_cast<int>(P->getFunctionScopeIndex());
}

/// The argument given for a parameter: a default argument's expression
/// when the call leaves it out.
const Expr *argumentFor(const CallExpr *CE, unsigned I, bool &Default) {
  const Expr *A = CE->getArg(I);
  Default = false;
  if (const auto *DA = dyn_cast<CXXDefaultArgExpr>(A)) {
    Default = true;
    return DA->getExpr();
  }
  return A;
}

/// Where a call is said to be: the member called, the callable object
/// called through, or the call.
SourceLocation callLoc(const CallExpr *CE) {
  if (isa<CXXMemberCallExpr>(CE))
    return CE->getExprLoc();
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getNumArgs())
    return OC->getArg(0)->getBeginLoc();
  return compat::callBegin(CE);
}

/// The name a call is made through: the callable member or variable for
/// `lookup_(x)`, else the callee's name.
std::string calledName(const CallExpr *CE) {
  if (const auto *OC = dyn_cast<CXXOperatorCallExpr>(CE); OC && OC->getNumArgs()) {
    const Expr *Obj = OC->getArg(0)->IgnoreParenImpCasts();
    if (const auto *ME = dyn_cast<MemberExpr>(Obj))
      return ME->getMemberDecl()->getNameAsString();
    if (const auto *DRE = dyn_cast<DeclRefExpr>(Obj))
      return DRE->getDecl()->getNameAsString();
  }
  const FunctionDecl *FD = CE->getDirectCallee();
  return FD ? FD->getNameAsString() : "";
}

} // namespace

llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 4>
Decider::targetsOf(const CallExpr *CE) {
  llvm::SmallVector<std::pair<const FunctionDecl *, unsigned>, 4> Out;
  const FunctionDecl *Callee = CE->getDirectCallee();
  // The object of a member operator call is its first argument.
  unsigned Shift = objectArgs(CE, Callee);
  if (const FunctionDecl *Def = userDefinition(Callee, Ctx))
    Out.push_back({Def, Shift});
  for (const CallTarget &T : Launchers.indirectTargets(CE, Ctx))
    if (!llvm::is_contained(Out, std::make_pair(T.Def, T.Shift)))
      Out.push_back({T.Def, T.Shift});
  return Out;
}

/// \p CE, in \p Def, hands a client context to a downstream call: the
/// summary when \p Def created it itself and gave it no deadline, or one
/// from a clock, or the one a parameter gives.
std::optional<FreshCall> Decider::downstreamIn(const FunctionDecl *Def,
                                               const CallExpr *CE) {
  const FunctionDecl *Callee = CE->getDirectCallee();
  if (calleeIn(CE, names(Role::PropagatingFactory)))
    return std::nullopt;
  for (unsigned I = 0; I < CE->getNumArgs(); ++I) {
    const Expr *Arg = CE->getArg(I);
    Designated T = Model.designated(Arg->getType());
    bool ByPointer = Arg->getType()->isPointerType() && !T.Smart;
    bool ByReference = Callee && !isa<CXXOperatorCallExpr>(CE) &&
                       I < Callee->getNumParams() &&
                       Callee->getParamDecl(I)->getType()->isLValueReferenceType();
    if (!isClientClass(T.Record) || (!ByPointer && !ByReference))
      continue;
    if (propagatesInto(Callee, I))
      return std::nullopt; // A helper giving it a deadline, not a call.
    ClientRef Ref = resolveClient(Arg);
    if (!Ref.Var)
      return std::nullopt; // A parameter or a member: not its own.
    Designated VT = Model.designated(Ref.Var->getType());
    if (!isClientClass(VT.Record))
      return std::nullopt;
    ClientVar &CV = clientVar(Ref.Var, !VT.Indirect);
    if (CV.How == Fresh::No)
      return std::nullopt;
    FreshCall FC;
    FC.Rpc = rpcName(CE);
    FC.Client = Ref.Var;
    for (const Event &Ev : CV.Events) {
      if (Ev.Kind == EventKind::ForeignDeadline) {
        if (FC.ForeignDeadline.isInvalid())
          FC.ForeignDeadline = SM.getExpansionLoc(Ev.At->getBeginLoc());
        continue;
      }
      // A deadline the caller gives decides; anything else propagates.
      int P = deadlineParam(Ev.At, Def);
      if (P < 0)
        return std::nullopt;
      FC.DeadlineParam = P;
    }
    return FC;
  }
  return std::nullopt;
}

/// \p CE, in \p Def, calls a function with a summary: \p Def's summary
/// unless the arguments give that function a deadline that is not a
/// clock's.
std::optional<FreshCall> Decider::throughCall(const FunctionDecl *Def,
                                              const CallExpr *CE,
                                              unsigned Depth) {
  for (auto [Target, Shift] : targetsOf(CE)) {
    const FreshCall *Inner = freshCall(Target, Depth + 1);
    if (!Inner)
      continue;
    FreshCall FC = *Inner;
    if (Inner->DeadlineParam < 0)
      return FC;
    unsigned I = static_cast<unsigned>(Inner->DeadlineParam) + Shift;
    if (I >= CE->getNumArgs())
      continue;
    bool Default = false;
    const Expr *A = argumentFor(CE, I, Default);
    const auto *DRE = dyn_cast<DeclRefExpr>(bare(A));
    const auto *P = DRE ? dyn_cast<ParmVarDecl>(DRE->getDecl()) : nullptr;
    if (P && P->getDeclContext() == Def) {
      FC.DeadlineParam = static_cast<int>(P->getFunctionScopeIndex());
      return FC;
    }
    if (!SignalModel::madeFromClock(Model, A))
      continue;
    FC.DeadlineParam = -1;
    FC.ForeignDeadline = SM.getExpansionLoc(A->getBeginLoc());
    return FC;
  }
  return std::nullopt;
}

const FreshCall *Decider::freshCall(const FunctionDecl *F, unsigned Depth) {
  const FunctionDecl *Def = userDefinition(F, Ctx);
  if (!Def)
    return nullptr;
  if (FreshDone.count(Def)) {
    auto It = FreshCalls.find(Def);
    return It == FreshCalls.end() ? nullptr : It->second.get();
  }
  if (Depth > limits::WrapperDepth.Value) {
    limitlog::hit(limits::WrapperDepth.Name, limits::WrapperDepth.Value,
                  Def->getLocation(), Ctx, Def);
    return nullptr;
  }
  FreshDone.insert(Def); // Recursion finds nothing while it is computed.
  // A function with a request context in reach is judged where it is.
  if (!serverContexts(Def).empty())
    return nullptr;
  std::optional<FreshCall> Found;
  llvm::SmallVector<const Stmt *, 32> Work{Def->getBody()};
  while (!Work.empty() && !Found) {
    const Stmt *St = Work.pop_back_val();
    if (!St)
      continue;
    if (const auto *CE = dyn_cast<CallExpr>(St)) {
      Found = downstreamIn(Def, CE);
      if (!Found && !calleeIn(CE, names(Role::PropagatingFactory)))
        Found = throughCall(Def, CE, Depth);
    }
    for (const Stmt *Child : St->children())
      Work.push_back(Child);
  }
  if (!Found)
    return nullptr;
  return (FreshCalls[Def] = std::make_unique<FreshCall>(std::move(*Found))).get();
}

void Decider::decideWrappers(CancellationFindings &Out) {
  llvm::DenseMap<const FunctionDecl *, std::vector<Reach>> ServersOf;
  for (size_t I = 0, N = S.Wrapped.size(); I < N; ++I) {
    const WrapperCand C = S.Wrapped[I];
    if (Paths.statusOf(C.Fn).Kind != PathKind::Handler)
      continue;
    auto [It, New] = ServersOf.try_emplace(C.Fn);
    if (New)
      It->second = serverContexts(C.Fn);
    if (It->second.empty() ||
        llvm::any_of(C.Call->arguments(),
                     [&](const Expr *A) { return mentionsServer(Model, A); }))
      continue;
    const Reach &Server = It->second.front();
    for (auto [Target, Shift] : targetsOf(C.Call)) {
      const FreshCall *FC = freshCall(Target, 0);
      if (!FC)
        continue;
      WrapperFinding F;
      F.ForeignDeadline = FC->ForeignDeadline;
      F.TakesDeadline = FC->DeadlineParam >= 0;
      if (F.TakesDeadline) {
        unsigned ArgI = static_cast<unsigned>(FC->DeadlineParam) + Shift;
        if (ArgI >= C.Call->getNumArgs())
          continue;
        const Expr *A = argumentFor(C.Call, ArgI, F.DefaultDeadline);
        if (!SignalModel::madeFromClock(Model, A))
          continue;
        F.ForeignDeadline = SM.getExpansionLoc(A->getBeginLoc());
      }
      F.Loc = SM.getExpansionLoc(callLoc(C.Call));
      if (!S.Reported.insert(F.Loc.getRawEncoding()).second)
        break;
      F.Range = C.Call->getSourceRange();
      F.Callee = calledName(C.Call);
      F.Rpc = FC->Rpc;
      F.ClientName = FC->Client->getNameAsString();
      F.ClientLoc = SM.getExpansionLoc(FC->Client->getLocation());
      F.ServerName = Server.Name;
      if (const auto *Row = firstRow(Server.Type.Record, Role::ServerContext))
        F.Factory = Row->second;
      Out.Wrappers.push_back(std::move(F));
      break;
    }
  }
}

} // namespace ctxlife
