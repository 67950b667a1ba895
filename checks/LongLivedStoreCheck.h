//===--- LongLivedStoreCheck.h - ctxlife-long-lived-store -------*- C++ -*-===//

#ifndef CTXLIFE_CHECKS_LONGLIVEDSTORECHECK_H
#define CTXLIFE_CHECKS_LONGLIVEDSTORECHECK_H

#include "checks/CtxLifeCheck.h"
#include "lib/rules/long-lived-store/LongLivedStore.h"

namespace ctxlife::tidy {

/// Finds request-scoped values (contexts, views into them, handles, lambdas
/// capturing them) written into storage that outlives the request.
///
/// For the user-facing documentation see:
/// docs/checks/ctxlife-long-lived-store.md
class LongLivedStoreCheck : public CtxLifeCheck {
public:
  LongLivedStoreCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context)
      : CtxLifeCheck(Name, Context, StoreOptions), Analyzer(contexts()) {}
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus;
  }

private:
  void analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) override {
    Analyzer.analyzeFunction(FD, Ctx);
  }
  void finishTranslationUnit(clang::ASTContext &Ctx) override;
  void report(const StoreFinding &F);
  void reportHeld(const StoreFinding &F, const Origin::Held &H,
                  const std::string &Where);

  LongLivedStoreAnalyzer Analyzer;
};

} // namespace ctxlife::tidy

#endif
