//===--- LongLivedStoreCheck.cpp - ctxlife-long-lived-store ---------------===//

#include "checks/LongLivedStoreCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ctxlife::tidy {

LongLivedStoreCheck::LongLivedStoreCheck(StringRef Name,
                                         clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options),
      StoreFunctions(Options.get("StoreFunctions", "")),
      Contexts(Model.config()),
      Analyzer(Contexts, StoreOptions{splitList(StoreFunctions)}) {
  Model.validate(*this);
}

void LongLivedStoreCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Model.store(Options, Opts);
  Options.store(Opts, "StoreFunctions", StoreFunctions);
}

void LongLivedStoreCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition outside system headers; lambdas are walked
  // with the function they are written in.
  Finder->addMatcher(
      functionDecl(hasBody(stmt()), unless(isExpansionInSystemHeader()),
                   unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
          .bind("fn"),
      this);
}

void LongLivedStoreCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    Analyzer.analyzeFunction(FD, *Result.Context);
}

static std::string shown(const StoreFinding &F) {
  if (F.StoredText.empty() || F.StoredText.size() > 48)
    return F.From.RootName;
  return F.StoredText;
}

void LongLivedStoreCheck::onEndOfTranslationUnit() {
  if (!Ctx)
    return;
  std::vector<StoreFinding> Findings = Analyzer.finish(*Ctx);
  for (const StoreFinding &F : Findings) {
    // A copy of a handle keeps the request alive; a pointer to one dangles.
    bool Handle = F.Kind == StoredKind::Handle ||
                  ((F.Kind == StoredKind::Lambda || F.Kind == StoredKind::Bind) &&
                   F.From.isHandle());
    std::string Where = F.Where.describe();
    std::string Stores =
        F.Helper ? "is passed to '" + F.Helper->getNameAsString() +
                       "', which stores it in " + Where + " where it"
                 : "is stored in " + Where + " and";
    std::string Tail = Handle ? " keeps the request alive" : " outlives the request";
    std::string What;
    switch (F.Kind) {
    case StoredKind::Context:
      What = "request context '" + shown(F) + "' of type '" + F.StoredType + "'";
      break;
    case StoredKind::Handle:
      What = "request handle '" + shown(F) + "' of type '" + F.StoredType + "'";
      break;
    case StoredKind::Derived:
      What = "value '" + shown(F) + "' of type '" + F.StoredType +
             "' derived from request context '" + F.From.RootName + "'";
      break;
    case StoredKind::Lambda:
    case StoredKind::Bind:
      What = F.Kind == StoredKind::Lambda ? "lambda capturing "
                                          : "bind expression binding ";
      if (const auto *RD = dyn_cast_or_null<CXXRecordDecl>(F.From.Root))
        What += "'this' of per-request object '" + RD->getNameAsString() + "'";
      else
        What += std::string(Handle ? "request handle '" : "request context '") +
                F.From.RootName + "'";
      break;
    }
    std::string Message = What;
    Message += ' ';
    Message += Stores;
    Message += Tail;
    diag(F.Loc, "%0") << Message << F.Range;
    if (F.Helper)
      diag(F.HelperStoreLoc, "'%0' stores its parameter '%1' in %2 here",
           DiagnosticIDs::Note)
          << F.Helper->getNameAsString() << F.HelperParam << Where;
    if (F.From.Root && F.From.RootLoc.isValid()) {
      if (const auto *RD = dyn_cast<CXXRecordDecl>(F.From.Root))
        diag(F.From.RootLoc, "per-request object '%0' is declared here",
             DiagnosticIDs::Note)
            << RD->getName();
      else if (isa<FunctionDecl>(F.From.Root))
        diag(F.From.RootLoc, "request context returned by '%0'",
             DiagnosticIDs::Note)
            << F.From.RootName;
      else
        diag(F.From.RootLoc, "request %select{context|handle}0 '%1' is declared here",
             DiagnosticIDs::Note)
            << (F.From.Context && F.From.Context->How == Access::Handle)
            << F.From.RootName;
    }
    if (F.From.Alias && F.From.Alias != F.From.Root)
      diag(F.From.Alias->getLocation(), "'%0' refers to request context '%1'",
           DiagnosticIDs::Note)
          << F.From.Alias->getName() << F.From.RootName;
    if (!F.Hint.empty())
      diag(F.Loc, "%select{store|capture}0 %1 instead", DiagnosticIDs::Note)
          << (F.Kind == StoredKind::Lambda || F.Kind == StoredKind::Bind)
          << F.Hint;
  }
}

} // namespace ctxlife::tidy
