//===--- WorkAnalysis.h - the findings of one piece of work -----*- C++ -*-===//
//
// Internal to `ctxlife-detached-capture`: what one piece of detached work
// captures, binds or is passed, and whether any of it is request-scoped
// and not owned.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_DETACHEDCAPTURE_WORKANALYSIS_H
#define CTXLIFE_LIB_RULES_DETACHEDCAPTURE_WORKANALYSIS_H

#include "lib/rules/detached-capture/DetachedCapture.h"
#include "clang/AST/ExprCXX.h"

namespace ctxlife {

class DetachedCaptureAnalyzer::WorkAnalysis {
public:
  WorkAnalysis(const ContextModel &Model, const LauncherModel &Launchers,
               DestructionIndex &Destructions, clang::ASTContext &Ctx,
               const DetachedWork &W, std::vector<CaptureFinding> &Out)
      : Model(Model), Launchers(Launchers), Destructions(Destructions), Ctx(Ctx),
        SM(Ctx.getSourceManager()), W(W), Out(Out) {}

  void run();

private:
  // Captures.cpp: what reaches the work.
  void callable(const clang::Expr *E, unsigned Depth);
  void lambda(const clang::LambdaExpr *LE);
  void captureVariable(const clang::LambdaExpr *LE, const clang::LambdaCapture &C);
  void thisCapture(const clang::LambdaExpr *LE, const clang::LambdaCapture &C,
                   const clang::CXXRecordDecl *RD);
  void argument(const clang::Expr *Arg, CaptureHow How,
                llvm::ArrayRef<const clang::Expr *> Siblings);
  void coroutine(const clang::CallExpr *CE, const clang::FunctionDecl *FD);
  void coroutineArg(const clang::ParmVarDecl *P, const clang::Expr *Arg);
  std::optional<Origin> localObject(const clang::ValueDecl *D) const;
  bool ownedBeside(const clang::LambdaExpr *LE, const Origin &O) const;
  void held(const Origin &O, const Origin::Held &H, CaptureHow How);
  const clang::ValueDecl *referencedLocal(const clang::Expr *Arg) const;
  bool ownsThis(const clang::CXXRecordDecl *Owner,
                const clang::CXXRecordDecl *ThisClass) const;

  // UserData.cpp: `void *` arguments of C-style launchers.
  void userData();
  void passedData(const clang::Expr *Arg, const clang::FunctionDecl *Entry,
                  const clang::ParmVarDecl *Param);

  // SessionThis.cpp: `this` of objects destroyed while their work waits.
  bool destroyedThis(const clang::LambdaExpr *LE, clang::SourceLocation Loc,
                     CaptureHow How, const clang::CXXRecordDecl *RD);
  bool memberReference(const clang::LambdaExpr *LE, const clang::LambdaCapture &C);
  bool weakAnchorChecked(const clang::LambdaExpr *LE) const;

  // Completion.cpp: values alive until the request is completed.
  static bool aliveUntilCompletion(const Origin &O) {
    return O.Context && O.Context->Context.UntilCompletion;
  }
  const clang::FunctionDecl *workDefinition() const;
  bool completesIndirectly(const clang::Stmt *Body) const;
  void completion(const clang::ValueDecl *V, const Origin &O,
                  clang::SourceLocation CaptureLoc, CaptureHow How);
  void reactorThis(const clang::CXXRecordDecl *RD);
  void usedAfterCompletion(const clang::ValueDecl *V, const Origin &O);

  // Deferred.cpp: callbacks the framework runs after the handler returns.
  bool handlerLocal(const clang::LambdaCapture &C);
  bool keptAlive(const Origin &O) const;

  // Hints.cpp: what to do instead, and fix-its.
  void rewriteDefaultCapture(const clang::LambdaExpr *LE, size_t First);
  std::string copyHint(const Origin &O, llvm::StringRef Name, clang::QualType Shown,
                       bool Capture = true) const;
  CaptureFinding finding(clang::SourceLocation Loc, CaptureHow How,
                         const Origin &O) const;
  CaptureFinding thisFinding(clang::SourceLocation Loc, CaptureHow How,
                             const clang::CXXRecordDecl *RD) const;

  const ContextModel &Model;
  const LauncherModel &Launchers;
  DestructionIndex &Destructions;
  clang::ASTContext &Ctx;
  const clang::SourceManager &SM;
  const DetachedWork &W;
  std::vector<CaptureFinding> &Out;
};

/// "let 'Op' keep a copy of what it needs from the request instead".
std::string keepCopyHint(const Origin::Held &H);

/// True when copies of \p T can be made (a copy constructor that is neither
/// deleted nor private).
bool isCopyable(clang::QualType T);

/// The `&` written before an explicit by-reference capture at \p NameLoc.
clang::SourceLocation ampersandBefore(clang::SourceLocation NameLoc,
                                      const clang::SourceManager &SM);

} // namespace ctxlife

#endif
