//===--- HeldHelpers.cpp - holders handed to helpers that capture them ----===//
//
// An object holding the request (Provenance: `Origin::HeldBy`) passed to a
// helper of the translation unit that captures its parameter in detached
// work (`finish_later(op)` with `async_wait([op] {...})` inside, bmcweb's
// `getChassisData(asyncResp)`): the work reaches the request as surely as
// if the caller had captured the object. Reported where the object is made,
// with the helper's call and the launch inside it as notes. Only arguments
// whose type can lead to such an object are traced.
//
//===----------------------------------------------------------------------===//

#include "lib/model/Exprs.h"
#include "lib/model/FunctionWalker.h"
#include "lib/model/Templates.h"
#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/ExprCXX.h"

using namespace clang;

namespace ctxlife {
namespace {

/// The parameter of \p Def a lambda capture or a work argument refers to.
const ParmVarDecl *ownParam(const ValueDecl *D, const FunctionDecl *Def) {
  const auto *P = dyn_cast_or_null<ParmVarDecl>(D);
  return P && P->getDeclContext() == static_cast<const DeclContext *>(Def) ? P
                                                                           : nullptr;
}

class CallWalker : public FunctionWalker<CallWalker> {
public:
  CallWalker(const FunctionDecl *FD, llvm::function_ref<void(const CallExpr *)> F)
      : FunctionWalker(FD), F(F) {}
  bool VisitCallExpr(CallExpr *CE) { // NOLINT(readability-identifier-naming)
    F(CE);
    return true;
  }

private:
  llvm::function_ref<void(const CallExpr *)> F;
};

} // namespace

std::string keepCopyHint(const Origin::Held &H) {
  return "let '" + H.Holder->getNameAsString() +
         "' keep a copy of what it needs from the request instead";
}

const std::vector<DetachedCaptureAnalyzer::ParamWork> &
DetachedCaptureAnalyzer::capturedParams(const FunctionDecl *Def, ASTContext &Ctx) {
  auto It = Captured.find(Def);
  if (It != Captured.end())
    return It->second;
  Captured[Def] = {}; // Guards against recursion.
  std::vector<ParamWork> Result;
  for (const DetachedWork &W : Launchers.detachedWorkIn(Def, Ctx)) {
    if (W.Deferred)
      continue; // It runs while the caller's request is answered.
    if (const auto *LE = dyn_cast<LambdaExpr>(stripCallable(W.Callable)))
      for (const LambdaCapture &C : LE->captures())
        if (C.capturesVariable())
          if (const ParmVarDecl *P = ownParam(C.getCapturedVar(), Def))
            Result.push_back({P->getFunctionScopeIndex(), W});
    for (const Expr *Arg : W.Args)
      if (const auto *DRE = dyn_cast<DeclRefExpr>(stripCopies(Arg)))
        if (const ParmVarDecl *P = ownParam(DRE->getDecl(), Def))
          Result.push_back({P->getFunctionScopeIndex(), W});
  }
  return Captured[Def] = std::move(Result);
}

void DetachedCaptureAnalyzer::heldThroughHelpers(const FunctionDecl *FD,
                                                 ASTContext &Ctx,
                                                 std::vector<CaptureFinding> &Out) {
  if (!isAnalyzable(FD))
    return;
  CallWalker(FD, [&](const CallExpr *CE) {
    const FunctionDecl *Callee = CE->getDirectCallee();
    unsigned Shift = objectArgs(CE, Callee);
    for (unsigned I = Shift; Callee && I < CE->getNumArgs(); ++I) {
      const Expr *Arg = CE->getArg(I);
      // Cheap test first: only an argument leading to a holder class.
      if (!Model.heldContextMember(Model.designated(Arg->getType()).Record))
        continue;
      const FunctionDecl *Def = userDefinition(Callee, Ctx);
      if (!Def)
        return;
      for (const ParamWork &PW : capturedParams(Def, Ctx)) {
        if (PW.Param != I - Shift)
          continue;
        std::optional<Origin> O = Tracer(Model, Ctx).value(Arg);
        if (!O || !O->HeldBy)
          break;
        CaptureFinding F;
        F.Loc = O->HeldBy->At;
        F.Range = SourceRange(F.Loc, F.Loc);
        F.How = CaptureHow::BorrowedCopy;
        F.Name = O->HeldBy->Text;
        F.Type = O->HeldBy->Type;
        F.From = *O;
        F.Work = PW.Work;
        F.Work.Note = "'" + Callee->getNameAsString() + "' captures it in " +
                      PW.Work.Work;
        F.Work.NoteLoc = CE->getExprLoc();
        F.Work.Wrapper = Def;
        F.Work.WrappedLoc = PW.Work.NoteLoc;
        F.Work.WrappedNote = PW.Work.Note;
        F.Hint = keepCopyHint(*O->HeldBy);
        Out.push_back(std::move(F));
        break;
      }
    }
  }).TraverseStmt(FD->getBody());
}

} // namespace ctxlife
