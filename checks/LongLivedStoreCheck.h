//===--- LongLivedStoreCheck.h - ctxlife-long-lived-store -------*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_LONGLIVEDSTORECHECK_H
#define CTXLIFE_CHECKS_LONGLIVEDSTORECHECK_H

#include "checks/ModelOptions.h"
#include "lib/LongLivedStore.h"
#include "clang-tidy/ClangTidyCheck.h"

namespace ctxlife::tidy {

/// Finds request-scoped values (contexts, views into them, handles, lambdas
/// capturing them) written into storage that outlives the request.
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-long-lived-store.md
class LongLivedStoreCheck : public clang::tidy::ClangTidyCheck {
public:
  LongLivedStoreCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context);
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) override;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) override;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) override;
  void onEndOfTranslationUnit() override;

private:
  const ModelOptions Model;
  const std::string StoreFunctions;
  const ContextModel Contexts;
  LongLivedStoreAnalyzer Analyzer;
  clang::ASTContext *Ctx = nullptr;
};

} // namespace ctxlife::tidy

#endif
