//===--- Threads.cpp - stop-token threads that ignore their token ---------===//
//
// A thread of a request handler that requests stop and joins in its
// destructor (`std::jthread`) blocks the handler forever when its callable
// loops without looking at the stop token.
//
//===----------------------------------------------------------------------===//

#include "lib/rules/missing-cancellation/Analysis.h"
#include "lib/model/Names.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {

void Decider::decideThreads(CancellationFindings &Out) {
  for (size_t TI = 0; TI < S.Threads.size(); ++TI) {
    const ThreadCand T = S.Threads[TI];
    const FunctionDecl *WF = Launchers.workFunction(T.Construct->getArg(0));
    auto It = WF ? S.ThreadOwner.find(WF->getCanonicalDecl()) : S.ThreadOwner.end();
    if (It == S.ThreadOwner.end() || It->second != TI)
      continue;
    const FunctionDecl *Def = WF->getDefinition() ? WF->getDefinition() : WF;
    std::optional<LoopFinding> Bad;
    SourceLocation LoopLoc;
    for (size_t I = 0; I < S.Loops.size() && !Bad; ++I)
      if (S.Loops[I].Fn->getCanonicalDecl() == Def->getCanonicalDecl()) {
        Bad = judgeLoop(S.Loops[I].Loop, S.Loops[I].Fn);
        LoopLoc = S.Loops[I].Loop->getBeginLoc();
      }
    if (!Bad)
      continue;
    SourceLocation Loc = SM.getExpansionLoc(T.Construct->getBeginLoc());
    if (!S.Reported.insert(Loc.getRawEncoding()).second)
      continue;
    ThreadFinding F;
    F.Loc = Loc;
    F.Range = T.Construct->getSourceRange();
    F.ThreadType = qualifiedName(T.Construct->getType()->getAsCXXRecordDecl());
    for (const auto &Row : Model.knowledge().rows(Role::StopTokenThread))
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
    F.LoopLoc = SM.getExpansionLoc(LoopLoc);
    F.Path = Paths.statusOf(T.Fn).Path;
    Out.Threads.push_back(std::move(F));
  }
}

} // namespace ctxlife
