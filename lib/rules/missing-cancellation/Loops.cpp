//===--- Loops.cpp - loops that never exit on cancellation ----------------===//
//
// A loop that runs forever in a request handler, or in work detached from
// one, none of whose exits depends on a cancellation signal: it has no
// exit, or it waits and leaves only on data.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/compat/ClangCompat.h"
#include "lib/model/Exprs.h"
#include "lib/model/Names.h"
#include "lib/model/Printing.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <deque>

using namespace clang;

namespace ctxlife {

std::optional<LoopFinding> Decider::judgeLoop(const Stmt *Loop,
                                              const FunctionDecl *Fn) {
  LoopFacts Facts = Loops.scanLoop(Fn, Loop);
  if (Facts.ImplicitCancel)
    return std::nullopt;
  const FunctionDecl *Outer = outermostFunction(Fn);
  // A loop that waits and ignores what its stream writes report goes on
  // writing to a client that is gone: only a small count bounds it.
  bool LongWrites = Facts.Wait && !Facts.Ignored.empty();
  bool DataExit = false;
  for (const LoopFacts::Exit &E : Facts.Exits) {
    if (E.Conds.empty())
      return std::nullopt; // Leaves on its first pass.
    for (const Expr *C : E.Conds)
      if (Signals.isSignal(C, Outer) ||
          Loops.isBound(C, Facts.Counters, LongWrites))
        return std::nullopt;
    DataExit = true;
  }
  if (DataExit && !Facts.Wait)
    return std::nullopt; // Computes until its data runs out.
  LoopFinding F;
  F.Waits = DataExit;
  if (F.Waits) {
    F.WaitLoc = Facts.Wait->getBeginLoc();
    if (const auto *CE = dyn_cast<CallExpr>(Facts.Wait)) {
      const FunctionDecl *Callee = CE->getDirectCallee();
      F.WaitCall = Callee ? Callee->getNameAsString() : "";
    } else {
      F.WaitCall = "co_await";
    }
  }
  F.Ignored = std::move(Facts.Ignored);
  llvm::DenseSet<const ValueDecl *> Seen;
  for (RedirectedError &R : Facts.Redirected)
    if (!R.Var || Seen.insert(R.Var).second)
      F.Redirected.push_back(std::move(R));
  return F;
}

/// The nearest request handler that calls \p F, directly or through
/// helpers that are no request path themselves: a breadth-first search up
/// the calls of the walk, each function visited once (bounded by the size
/// of the program, not by a depth).
std::optional<Decider::HelperCall>
Decider::handlerCalling(const FunctionDecl *F) {
  // Index the calls of the walk by the definition they run, once.
  for (; CallersIndexed < S.Wrapped.size(); ++CallersIndexed)
    if (const FunctionDecl *Def =
            userDefinition(calledFunction(S.Wrapped[CallersIndexed].Call), Ctx))
      CallersOf[Def->getCanonicalDecl()].push_back(CallersIndexed);
  llvm::SmallPtrSet<const FunctionDecl *, 16> Seen{F->getCanonicalDecl()};
  std::deque<const FunctionDecl *> Work{F};
  while (!Work.empty()) {
    const FunctionDecl *X = Work.front();
    Work.pop_front();
    auto It = CallersOf.find(X->getCanonicalDecl());
    if (It == CallersOf.end())
      continue;
    for (size_t I : It->second) {
      const WrapperCand &C = S.Wrapped[I];
      PathStatus St = Paths.statusOf(C.Fn);
      if (St.Kind == PathKind::Handler)
        return HelperCall{C.Call, X, St};
    }
    for (size_t I : It->second) {
      const FunctionDecl *G = S.Wrapped[I].Fn;
      if (!isLambdaOperator(G) && Paths.statusOf(G).Kind == PathKind::None &&
          Seen.insert(G->getCanonicalDecl()).second)
        Work.push_back(G);
    }
  }
  return std::nullopt;
}

void Decider::decideLoops(CancellationFindings &Out) {
  for (size_t I = 0; I < S.Loops.size(); ++I) {
    LoopCand L = S.Loops[I];
    PathStatus St = Paths.statusOf(L.Fn);
    // A helper of the project that is no request path itself (a retry loop
    // with backoff) runs for the request when a handler calls it.
    bool Helper = St.Kind == PathKind::None && !isLambdaOperator(L.Fn);
    if (St.Kind != PathKind::Handler && St.Kind != PathKind::Detached && !Helper)
      continue;
    std::optional<HelperCall> Via = Helper ? handlerCalling(L.Fn) : std::nullopt;
    if (Helper && !Via)
      continue;
    std::optional<LoopFinding> F = judgeLoop(L.Loop, L.Fn);
    if (!F)
      continue;
    if (Via) {
      St = Via->Status;
      F->Helper = L.Fn;
      F->HelperCall = SM.getExpansionLoc(compat::callBegin(Via->Call));
      F->HelperCallee = Via->Callee->getNameAsString();
    }
    SourceLocation Loc = SM.getExpansionLoc(L.Loop->getBeginLoc());
    if (!S.Reported.insert(Loc.getRawEncoding()).second)
      continue;
    F->Loc = Loc;
    F->Path = St.Path;
    if (!Helper)
      F->Hint = hintFor(L.Fn, St.Kind == PathKind::Detached);
    Out.Loops.push_back(std::move(*F));
  }
}

/// The cancellation predicate of one of the user's request types
/// (`Job::cancelled`), or empty.
std::string Decider::userPredicate(const CXXRecordDecl *RD) const {
  std::optional<ContextType> C = Model.contextClass(compat::recordType(Ctx, RD));
  if (!C || C->Row)
    return "";
  std::string Found;
  anyMember(RD, [&](const NamedDecl *D) {
    const auto *MD = dyn_cast<CXXMethodDecl>(D);
    if (!MD || !MD->getIdentifier() || !MD->getReturnType()->isBooleanType() ||
        MD->getMinRequiredArguments() ||
        !Model.knowledge().names(Role::CancellationPredicate).contains(MD->getName()))
      return false;
    Found = MD->getName().str();
    return true;
  });
  return Found;
}

/// `ctx->IsCancelled()`: a check on a value in reach, from the hint rows;
/// for detached work, not on the request's own objects.
std::string Decider::hintFor(const FunctionDecl *G, bool Detached) const {
  for (const Reach &R : Paths.reachable(G)) {
    if (!R.Type.Record)
      continue;
    // Detached work runs after the request: its objects are gone.
    if (Detached && Model.classify(R.D->getType()))
      continue;
    if (std::string P = userPredicate(R.Type.Record); !P.empty())
      return fillPattern("%0%1" + P + "()", R.Name, R.Type.Indirect);
    const auto *Row = firstRow(R.Type.Record, Role::CancellationHint);
    if (!Row)
      continue;
    llvm::StringRef Template = Row->second;
    // The member the hint calls must exist in this version of the library.
    size_t Open = Template.find("%1"), Paren = Template.find('(');
    if (Open == llvm::StringRef::npos || Paren == llvm::StringRef::npos ||
        !hasMemberNamed(R.Type.Record, Template.substr(Open + 2, Paren - Open - 2)))
      continue;
    return fillPattern(Template, R.Name, R.Type.Indirect);
  }
  return "";
}

} // namespace ctxlife
