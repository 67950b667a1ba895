//===--- Propagation.cpp - downstream calls cut off from the request ------===//
//
// A downstream call made in a request path with a client context that is
// created fresh and neither made by a propagating factory nor given the
// request's deadline before the call: one finding per client context,
// with a note per call, a hint and, where the uses allow it, a fix-it.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "lib/model/Printing.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "clang/Lex/Lexer.h"

using namespace clang;

namespace ctxlife {

struct Decider::PendingClient {
  PropagationFinding F;
  ClientVar CV;
  std::vector<SourceLocation> CallLocs;
};

namespace {

/// The text of the data member an argument hands over, and whether it is
/// reached through a pointer: `&call->context` gives `call->context`,
/// `client_.get()` gives `client_` through a pointer.
std::optional<std::pair<std::string, bool>> memberObject(const Expr *Arg,
                                                         ASTContext &Ctx) {
  const Expr *E = bare(Arg);
  if (const auto *UO = dyn_cast<UnaryOperator>(E); UO && UO->getOpcode() == UO_AddrOf)
    E = bare(UO->getSubExpr());
  else if (const auto *MC = dyn_cast<CXXMemberCallExpr>(E))
    return std::make_pair(sourceText(bare(MC->getImplicitObjectArgument()), Ctx),
                          true);
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
std::optional<std::string> indentationAt(SourceLocation Loc,
                                         const SourceManager &SM) {
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

PropagationFinding::Creation creationKind(Fresh How) {
  switch (How) {
  case Fresh::Stack:
    return PropagationFinding::Creation::Stack;
  case Fresh::MakeUnique:
    return PropagationFinding::Creation::MakeUnique;
  case Fresh::MakeShared:
    return PropagationFinding::Creation::MakeShared;
  case Fresh::New:
    return PropagationFinding::Creation::New;
  case Fresh::Factory:
  case Fresh::No:
    break;
  }
  return PropagationFinding::Creation::Factory;
}

} // namespace

/// One downstream call: adds it to the pending finding of its client
/// context. False when the call is fine.
bool Decider::clientCall(const CallCand &C, std::vector<PendingClient> &Pending,
                         llvm::DenseMap<unsigned, size_t> &ByDecl) {
  if (Paths.statusOf(C.Fn).Kind != PathKind::Handler)
    return false;
  std::vector<Reach> Servers = serverContexts(C.Fn);
  if (Servers.empty() || calleeIn(C.Call, names(Role::PropagatingFactory)) ||
      propagatesInto(C.Call->getDirectCallee(), C.Arg))
    return false;
  ClientRef Ref = resolveClient(C.Call->getArg(C.Arg));
  SourceLocation CallLoc = SM.getExpansionLoc(compat::callBegin(C.Call));
  const NamedDecl *Client = nullptr;
  PropagationFinding::Creation How = PropagationFinding::Creation::Member;
  const ClientVar *CV = nullptr;
  if (const FieldDecl *F = Ref.Field) {
    Designated T = Model.designated(F->getType());
    if (!isClientClass(T.Record) || (T.Indirect && !S.FieldFresh.count(F)))
      return false; // Not known to be made fresh.
    // The class's methods may set its deadline: look at them all.
    if (const auto *RD = dyn_cast<CXXRecordDecl>(F->getParent()))
      for (const CXXMethodDecl *M : RD->methods())
        walkOnDemand(M);
    auto E = S.FieldEvents.find(F);
    if (E != S.FieldEvents.end() && llvm::any_of(E->second, [](const Event &Ev) {
          return Ev.Kind == EventKind::Propagates;
        }))
      return false;
    Client = F;
  } else if (const VarDecl *V = Ref.Var) {
    Designated T = Model.designated(V->getType());
    if (!isClientClass(T.Record))
      return false;
    CV = &clientVar(V, !T.Indirect);
    // Given the request's deadline on a path to the call.
    const FunctionDecl *DeclFn = declaringFunction(V);
    if (CV->How == Fresh::No ||
        llvm::any_of(CV->Events, [&](const Event &Ev) {
          return Ev.Kind == EventKind::Propagates &&
                 (DeclFn ? Launchers.ordering().mayRunAfter(DeclFn, Ev.At, C.Call)
                         : SM.isBeforeInTranslationUnit(Ev.At->getBeginLoc(),
                                                        compat::callBegin(C.Call)));
        }))
      return false;
    Client = V;
    How = creationKind(CV->How);
  } else {
    return false;
  }
  SourceLocation DeclLoc = SM.getExpansionLoc(Client->getLocation());
  auto [It, New] = ByDecl.try_emplace(DeclLoc.getRawEncoding(), Pending.size());
  if (New) {
    PendingClient P;
    P.F.Client = Client;
    P.F.Loc = DeclLoc;
    P.F.Range = Client->getSourceRange();
    P.F.ClientName = Client->getName().str();
    P.F.How = How;
    if (CV) {
      P.F.Factory = CV->How == Fresh::Factory ? CV->Factory : "";
      P.CV = *CV;
    }
    const Reach &Server = Servers.front();
    P.F.ServerName = Server.Name;
    P.F.ServerLoc = Server.D->getLocation();
    // A data member is named as the call reaches it (`backend_`,
    // `call->context`), for the hint.
    const auto *DeadlineRow = firstRow(Server.Type.Record, Role::Deadline);
    std::string Setter = setterName();
    if (Ref.Field && DeadlineRow && !Setter.empty() &&
        hasMemberNamed(Model.designated(Ref.Field->getType()).Record, Setter))
      if (std::optional<std::pair<std::string, bool>> Obj =
              memberObject(C.Call->getArg(C.Arg), Ctx))
        P.F.DeadlineCall = Obj->first + (Obj->second ? "->" : ".") + Setter +
                           "(" + Server.Name + (Server.Type.Indirect ? "->" : ".") +
                           DeadlineRow->second + ")";
    Pending.push_back(std::move(P));
  }
  PendingClient &P = Pending[It->second];
  if (llvm::is_contained(P.CallLocs, CallLoc))
    return true;
  P.CallLocs.push_back(CallLoc);
  std::string Callee = sourceText(C.Call->getCallee(), Ctx);
  if ((Callee.empty() || Callee.size() > 48) && C.Call->getDirectCallee())
    Callee = C.Call->getDirectCallee()->getNameAsString();
  P.F.Calls.push_back({CallLoc, Callee});
  return true;
}

/// The deadline said, and the request context as the declaring function
/// reaches it, for the hint.
void Decider::completeFinding(PendingClient &P) {
  PropagationFinding &F = P.F;
  auto NoteForeign = [&](const std::vector<Event> &Events) {
    for (const Event &Ev : Events)
      if (Ev.Kind == EventKind::ForeignDeadline && F.ForeignDeadline.isInvalid())
        F.ForeignDeadline = SM.getExpansionLoc(Ev.At->getBeginLoc());
  };
  NoteForeign(P.CV.Events);
  if (const auto *Fld = dyn_cast<FieldDecl>(F.Client)) {
    auto E = S.FieldEvents.find(Fld);
    if (E != S.FieldEvents.end())
      NoteForeign(E->second);
  }
  std::vector<Reach> Servers;
  if (const auto *V = dyn_cast<VarDecl>(F.Client))
    if (const FunctionDecl *DeclFn = declaringFunction(V))
      Servers = serverContexts(DeclFn);
  if (Servers.empty()) {
    if (isa<VarDecl>(F.Client))
      F.FactoryCall.clear();
    return;
  }
  const Reach &Srv = Servers.front();
  F.ServerName = Srv.Name;
  F.ServerLoc = Srv.D->getLocation();
  const auto *FactoryRow = firstRow(Srv.Type.Record, Role::ServerContext);
  const auto *DeadlineRow = firstRow(Srv.Type.Record, Role::Deadline);
  std::string Object = (Srv.Type.Indirect ? "*" : "") + Srv.Name;
  Designated ClientType = Model.designated(cast<ValueDecl>(F.Client)->getType());
  // The factory returns a `std::unique_ptr` of its own class: it fits only
  // a client context of exactly that class.
  if (FactoryRow && !FactoryRow->second.empty() && ClientType.Record &&
      llvm::StringRef(FactoryRow->second)
          .starts_with(qualifiedName(ClientType.Record) + "::"))
    F.FactoryCall = FactoryRow->second + "(" + Object + ")";
  bool Pointer = isa<VarDecl>(F.Client) && ClientType.Indirect;
  std::string Setter = setterName();
  if (DeadlineRow && !Setter.empty() && hasMemberNamed(ClientType.Record, Setter))
    F.DeadlineCall = F.ClientName + (Pointer ? "->" : ".") + Setter + "(" +
                     Srv.Name + (Srv.Type.Indirect ? "->" : ".") +
                     DeadlineRow->second + ")";
  addFixes(P, Servers);
}

/// Fix-its, for local variables whose declaration and uses we can see.
void Decider::addFixes(PendingClient &P, const std::vector<Reach> &Servers) {
  PropagationFinding &F = P.F;
  const ClientVar &CV = P.CV;
  if (!CV.Var || !CV.Decl || !CV.DeclInBlock || !CV.Decl->isSingleDecl() ||
      CV.Decl->getBeginLoc().isMacroID() || CV.Decl->getEndLoc().isMacroID() ||
      F.ServerName.empty() || Servers.empty())
    return;
  Designated T = Model.designated(CV.Var->getType());
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
    SourceLocation After = Lexer::getLocForEndOfToken(CV.Decl->getEndLoc(), 0, SM,
                                                      Ctx.getLangOpts());
    if (std::optional<std::string> Indent = indentationAt(CV.Decl->getBeginLoc(), SM))
      F.Fixes.push_back(FixItHint::CreateInsertion(
          After, "\n" + *Indent + F.DeadlineCall + ";"));
  }
}

void Decider::decidePropagation(CancellationFindings &Out) {
  // One finding per client context, with a note per downstream call.
  llvm::DenseMap<unsigned, size_t> ByDecl;
  std::vector<PendingClient> Pending;
  // Functions walked on demand on the way add candidates of their own,
  // which are not judged here.
  for (size_t I = 0, N = S.Calls.size(); I < N; ++I) {
    CallCand C = S.Calls[I];
    clientCall(C, Pending, ByDecl);
  }
  for (PendingClient &P : Pending) {
    if (!S.Reported.insert(P.F.Loc.getRawEncoding()).second)
      continue;
    completeFinding(P);
    Out.Propagation.push_back(std::move(P.F));
  }
}

} // namespace ctxlife
