//===--- MissingCancellationCheck.h - ctxlife-missing-cancellation -*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_MISSINGCANCELLATIONCHECK_H
#define CTXLIFE_CHECKS_MISSINGCANCELLATIONCHECK_H

#include "checks/ModelOptions.h"
#include "lib/MissingCancellation.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace ctxlife::tidy {

/// Finds work done for a request that the request's deadline and
/// cancellation do not reach: downstream gRPC calls with a fresh client
/// context, loops that never exit on cancellation, and `std::jthread`s that
/// ignore their stop token.
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-missing-cancellation.md
class MissingCancellationCheck : public clang::tidy::ClangTidyCheck {
public:
  MissingCancellationCheck(llvm::StringRef Name,
                           clang::tidy::ClangTidyContext *Context);
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
  const std::string ClientContextTypes;
  const std::string PropagatingFactories;
  const std::string CancellationChecks;
  const ContextModel Contexts;
  MissingCancellationAnalyzer Analyzer;
  clang::ASTContext *Ctx = nullptr;
};

} // namespace ctxlife::tidy

#endif
