//===--- Hints.cpp - what to capture instead, and fix-its -----------------===//

#include "lib/rules/detached-capture/WorkAnalysis.h"
#include "clang/AST/DeclCXX.h"
#include "clang/Basic/SourceManager.h"

using namespace clang;

namespace ctxlife {

bool isCopyable(QualType T) {
  const CXXRecordDecl *RD = T.getNonReferenceType()->getAsCXXRecordDecl();
  if (!RD)
    return true;
  RD = RD->getDefinition();
  if (!RD)
    return false;
  for (const CXXConstructorDecl *C : RD->ctors())
    if (C->isCopyConstructor())
      return !C->isDeleted() && C->getAccess() == AS_public;
  return !RD->defaultedCopyConstructorIsDeleted();
}

SourceLocation ampersandBefore(SourceLocation NameLoc, const SourceManager &SM) {
  if (NameLoc.isMacroID())
    return {};
  bool Invalid = false;
  const char *P = SM.getCharacterData(NameLoc, &Invalid);
  if (Invalid)
    return {};
  std::pair<FileID, unsigned> Off = SM.getDecomposedLoc(NameLoc);
  // Blanks between `&` and the name, within reason.
  constexpr unsigned MaxBlanks = 64;
  for (unsigned Back = 1; Back <= Off.second && Back < MaxBlanks; ++Back) {
    char C = P[-static_cast<int>(Back)];
    if (C == '&')
      return NameLoc.getLocWithOffset(-static_cast<int>(Back));
    if (C != ' ' && C != '\t' && C != '\n' && C != '\r')
      return {};
  }
  return {};
}

using WorkAnalysis = DetachedCaptureAnalyzer::WorkAnalysis;

/// `[&]` → an explicit list, when every request-scoped value it captures
/// is a handle that can be copied.
void WorkAnalysis::rewriteDefaultCapture(const LambdaExpr *LE, size_t First) {
  if (LE->getCaptureDefault() != LCD_ByRef || First == Out.size() ||
      LE->explicit_capture_begin() != LE->explicit_capture_end())
    return;
  SourceRange Intro = LE->getIntroducerRange();
  if (Intro.getBegin().isMacroID() || Intro.getEnd().isMacroID())
    return;
  llvm::ArrayRef<CaptureFinding> Found = llvm::ArrayRef(Out).drop_front(First);
  if (llvm::any_of(Found, [](const CaptureFinding &F) {
        return F.How != CaptureHow::ByReference || !F.Handle;
      }))
    return;
  std::string List;
  for (const LambdaCapture &C : LE->captures()) {
    std::string Item;
    if (C.capturesThis()) {
      Item = "this";
    } else if (C.capturesVariable()) {
      const ValueDecl *V = C.getCapturedVar();
      bool IsFound = llvm::any_of(
          Found, [&](const CaptureFinding &F) { return F.Name == V->getName(); });
      if (IsFound && !isCopyable(V->getType()))
        return;
      Item = (IsFound ? "" : "&") + V->getNameAsString();
    } else {
      return; // VLA captures and the like: leave them alone.
    }
    List += (List.empty() ? "" : ", ") + Item;
  }
  Out[First].Fixes.push_back(FixItHint::CreateReplacement(
      CharSourceRange::getTokenRange(Intro), "[" + List + "]"));
}

std::string WorkAnalysis::copyHint(const Origin &O, llvm::StringRef Name,
                                   QualType Shown, bool Capture) const {
  if (O.Derived || !O.Context)
    return std::string(Capture ? "capture" : "pass") +
           " an owning copy of the data instead, such as a 'std::string'";
  // `->` or `.` as the value the user holds requires.
  ContextAccess A = Model.classify(Shown).value_or(*O.Context);
  bool Arrow = A.How == Access::Pointer ||
               (A.How == Access::Handle && A.Context.Kind == Ownership::Borrowed);
  const ContextType &Ctx = O.Context->Context;
  if (!Capture)
    return "pass " + Model.hintFor(Ctx, Name, Arrow) + " instead";
  std::string Copy = Model.captureCopyFor(Ctx, Name, Arrow);
  if (!Copy.empty())
    return "capture a copy of what the work needs instead, such as '[" + Copy +
           "]'";
  return "capture " + Model.hintFor(Ctx, Name, Arrow) + " instead";
}

CaptureFinding WorkAnalysis::finding(SourceLocation Loc, CaptureHow How,
                                     const Origin &O) const {
  CaptureFinding F;
  F.Loc = Loc;
  F.Range = SourceRange(Loc, Loc);
  F.How = How;
  F.From = O;
  F.Work = W;
  return F;
}

CaptureFinding WorkAnalysis::thisFinding(SourceLocation Loc, CaptureHow How,
                                         const CXXRecordDecl *RD) const {
  Origin O;
  O.Root = RD;
  O.RootLoc = RD->getLocation();
  O.RootName = "this";
  O.Captured = true;
  CaptureFinding F = finding(Loc, How, O);
  F.Name = "this";
  return F;
}

} // namespace ctxlife
