//===--- DetachedCapture.cpp - request contexts in detached work ----------===//

#include "lib/rules/detached-capture/DetachedCapture.h"
#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/Basic/SourceManager.h"
#include <algorithm>

using namespace clang;

namespace ctxlife {

std::vector<CaptureFinding>
DetachedCaptureAnalyzer::analyzeFunction(const FunctionDecl *FD, ASTContext &Ctx) {
  std::vector<CaptureFinding> Found;
  for (const DetachedWork &W : Launchers.detachedWorkIn(FD, Ctx))
    WorkAnalysis(Model, Launchers, Destructions, Ctx, W, Found).run();
  heldThroughHelpers(FD, Ctx, Found);
  usesAfterCompletion(FD, Ctx, Found);
  const SourceManager &SM = Ctx.getSourceManager();
  std::vector<CaptureFinding> Result;
  for (CaptureFinding &F : Found) {
    SourceLocation Key = SM.getExpansionLoc(F.Loc);
    if (Reported.insert(Key.getRawEncoding()).second)
      Result.push_back(std::move(F));
  }
  std::stable_sort(Result.begin(), Result.end(),
                   [&](const CaptureFinding &A, const CaptureFinding &B) {
                     return SM.isBeforeInTranslationUnit(A.Loc, B.Loc);
                   });
  return Result;
}

} // namespace ctxlife
