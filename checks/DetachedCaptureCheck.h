//===--- DetachedCaptureCheck.h - ctxlife-detached-capture ------*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_DETACHEDCAPTURECHECK_H
#define CTXLIFE_CHECKS_DETACHEDCAPTURECHECK_H

#include "checks/ModelOptions.h"
#include "lib/DetachedCapture.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace ctxlife::tidy {

/// Finds request-scoped values captured, bound or passed by reference or
/// non-owning pointer to work that can run after the request has ended
/// (detached threads, posted handlers, detached coroutines, tasks nobody
/// waits for).
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-detached-capture.md
class DetachedCaptureCheck : public clang::tidy::ClangTidyCheck {
public:
  DetachedCaptureCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  const ModelOptions Model;
  const std::string DetachingCalls;
  const ContextModel Contexts;
  DetachedCaptureAnalyzer Analyzer;
};

} // namespace ctxlife::tidy

#endif
