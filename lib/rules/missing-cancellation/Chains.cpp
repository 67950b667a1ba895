//===--- Chains.cpp - completion handlers that re-arm regardless ----------===//
//
// A request path starts an asynchronous operation (`timer.async_wait`) whose
// completion handler starts it again (`arm_keepalive()`): a loop made of
// callbacks. Cancelling the operation (`timer.cancel()`, closing the
// socket) completes it with an error code; a handler that re-arms without
// looking at that code, or another signal, first keeps the loop going
// after the request is gone.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/model/Exprs.h"
#include "clang/AST/Decl.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {

void Decider::decideChains(CancellationFindings &Out) {
  for (const ChainCand &C : S.Chains) {
    const FunctionDecl *Def = nullptr;
    if (!C.Handler->hasBody(Def) || !Def)
      continue;
    LoopFacts Facts = Loops.scanBody(Def->getBody(), C.Starter);
    if (Facts.ImplicitCancel || Facts.TargetCalls.empty())
      continue; // Ends by throwing, or starts nothing again.
    const FunctionDecl *Outer = outermostFunction(Def);
    auto Signal = [&](const Expr *E) { return Signals.isSignal(E, Outer); };
    for (const LoopFacts::TargetCall &T : Facts.TargetCalls) {
      if (llvm::any_of(T.Conds, Signal))
        continue;
      // An exit before it on a signal: `if (ec) return;`.
      SourceLocation At = T.Call->getBeginLoc();
      if (llvm::any_of(Facts.Exits, [&](const LoopFacts::Exit &E) {
            return SM.isBeforeInTranslationUnit(E.S->getBeginLoc(), At) &&
                   llvm::any_of(E.Conds, Signal);
          }))
        continue;
      SourceLocation Loc = SM.getExpansionLoc(T.Call->getExprLoc());
      if (!S.Reported.insert(Loc.getRawEncoding()).second)
        continue;
      ChainFinding F;
      F.Loc = Loc;
      F.Range = T.Call->getSourceRange();
      F.Operation = C.Operation;
      F.Rearmed = C.Starter->getNameAsString();
      F.OperationLoc = SM.getExpansionLoc(C.Launch->getExprLoc());
      Out.Chains.push_back(std::move(F));
      break;
    }
  }
}

} // namespace ctxlife
