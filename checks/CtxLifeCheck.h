//===--- CtxLifeCheck.h - what every ctxlife check shares -------*- C++ -*-===//
//
// The base of every ctxlife check: its options (read once, written back in
// `storeOptions`, validated with one message each), the knowledge and
// context model they select, the matcher (every function definition outside
// system headers), the end of the translation unit, and the notes every
// check prints alike. A check says which option groups it reads, hands each
// function to its rule, and prints the rule's findings.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_CHECKS_CTXLIFECHECK_H
#define CTXLIFE_CHECKS_CTXLIFECHECK_H

#include "lib/knowledge/Registry.h"
#include "lib/model/ContextModel.h"
#include "lib/model/Provenance.h"
#include "lib/model/RequestPaths.h"
#include "clang-tidy/ClangTidyCheck.h"
#include <memory>

namespace ctxlife::tidy {

/// The option groups a check reads besides `Frameworks` and `ContextTypes`.
enum OptionGroup : unsigned {
  NoOptions = 0,
  /// `DetachingCalls`, `Launchers`: the user's launchers.
  LauncherOptions = 1,
  /// `ClientContextTypes`, `PropagatingFactories`, `CancellationChecks`.
  CancellationOptions = 2,
  /// `StoreFunctions`.
  StoreOptions = 4,
};

class CtxLifeCheck : public clang::tidy::ClangTidyCheck {
public:
  bool isLanguageVersionSupported(const clang::LangOptions &LangOpts) const override {
    return LangOpts.CPlusPlus11;
  }
  void storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) final;
  void registerMatchers(clang::ast_matchers::MatchFinder *Finder) final;
  void check(const clang::ast_matchers::MatchFinder::MatchResult &Result) final;
  void onEndOfTranslationUnit() final;

protected:
  /// \p LambdasApart: lambdas written outside any function reach `analyze`
  /// on their own (the others always come with their function).
  CtxLifeCheck(llvm::StringRef Name, clang::tidy::ClangTidyContext *Context,
               unsigned Groups, bool LambdasApart = false);

  /// One function definition of the translation unit.
  virtual void analyze(const clang::FunctionDecl *FD, clang::ASTContext &Ctx) = 0;
  /// The end of a translation unit in which `analyze` ran.
  virtual void finishTranslationUnit(clang::ASTContext &Ctx) {}

  const ContextModel &contexts() const { return *Contexts; }

  // Notes every check says alike.
  /// Where the request-scoped value comes from: "request context 'req' is
  /// declared here", "request context returned by 'f'", and, when
  /// \p Objects, "per-request object 'S' is declared here".
  void noteOrigin(const Origin &O, bool Objects);
  /// "'r' refers to request context 'req'", unless \p Shown is the alias.
  void noteAlias(const Origin &O, llvm::StringRef Shown = "");
  /// "'Op' holds it in member 'res' here", for an object holding the value.
  void noteHolder(const Origin &O);
  /// "request handler 'SayHello'" or "a request handler lambda".
  static std::string handlerName(const RequestPath &P);

private:
  const unsigned Groups;
  const bool LambdasApart;
  const std::string Frameworks;
  const std::string ContextTypes;
  const std::string DetachingCalls;
  const std::string Launchers;
  const std::string ClientContextTypes;
  const std::string PropagatingFactories;
  const std::string CancellationChecks;
  const std::string StoreFunctions;
  std::unique_ptr<Knowledge> K;
  std::unique_ptr<ContextModel> Contexts;
  clang::ASTContext *Ctx = nullptr;
};

} // namespace ctxlife::tidy

#endif
