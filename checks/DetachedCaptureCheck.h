//===--- DetachedCaptureCheck.h - ctxlife-detached-capture ------*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_DETACHEDCAPTURECHECK_H
#define CTXLIFE_CHECKS_DETACHEDCAPTURECHECK_H

#include "checks/CtxLifeCheck.h"
#include "lib/rules/detached-capture/DetachedCapture.h"

namespace ctxlife::tidy {

/// Finds request-scoped values captured, bound or passed by reference or
/// non-owning pointer to work that can run after the request has ended
/// (detached threads, posted handlers, detached coroutines, tasks nobody
/// waits for).
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-detached-capture.md
class DetachedCaptureCheck : public CtxLifeCheck {
public:
  DetachedCaptureCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CtxLifeCheck(Name, Context, LauncherOptions), Analyzer(contexts()) {}

private:
  void analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) override;
  void finishTranslationUnit(clang::ASTContext &) override { Analyzer.reset(); }
  void report(const CaptureFinding &F);

  DetachedCaptureAnalyzer Analyzer;
};

} // namespace ctxlife::tidy

#endif
