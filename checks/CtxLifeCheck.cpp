//===--- CtxLifeCheck.cpp - what every ctxlife check shares ---------------===//

#include "checks/CtxLifeCheck.h"
#include "lib/model/LimitLog.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"
#include "llvm/ADT/StringExtras.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ctxlife::tidy {

CtxLifeCheck::CtxLifeCheck(StringRef Name, clang::tidy::ClangTidyContext *Context,
                           unsigned Groups, bool LambdasApart)
    : ClangTidyCheck(Name, Context), Groups(Groups), LambdasApart(LambdasApart),
      Frameworks(Options.getLocalOrGlobal("Frameworks", "all")),
      ContextTypes(Options.getLocalOrGlobal("ContextTypes", "")),
      DetachingCalls(Options.getLocalOrGlobal("DetachingCalls",
                                              Knowledge::defaultDetachingCalls())),
      Launchers(Options.getLocalOrGlobal("Launchers", "")),
      ClientContextTypes(Options.get("ClientContextTypes", "")),
      PropagatingFactories(Options.get("PropagatingFactories", "")),
      CancellationChecks(Options.get("CancellationChecks", "")),
      StoreFunctions(Options.get("StoreFunctions", "")) {
  KnowledgeOptions Opts;
  Opts.Frameworks = splitList(Frameworks);
  Opts.ContextTypes = splitList(ContextTypes);
  std::vector<std::string> Unknown = Knowledge::unknownFrameworks(Opts.Frameworks);
  if (!Unknown.empty())
    configurationDiag("unknown framework '%0' in option 'Frameworks' "
                      "(known: all, %1)")
        << Unknown.front() << llvm::join(Knowledge::selectableNames(), ", ");
  if (Groups & LauncherOptions) {
    Opts.DetachingCalls = splitList(DetachingCalls);
    for (const std::string &Entry : splitList(Launchers)) {
      std::string Error;
      if (std::optional<LauncherSpec> Spec = parseLauncherSpec(Entry, Error))
        Opts.Launchers.push_back(*Spec);
      else
        configurationDiag("invalid entry '%0' in option 'Launchers': %1")
            << Entry << Error;
    }
  }
  if (Groups & CancellationOptions) {
    Opts.ClientContextTypes = splitList(ClientContextTypes);
    Opts.PropagatingFactories = splitList(PropagatingFactories);
    Opts.CancellationChecks = splitList(CancellationChecks);
  }
  if (Groups & StoreOptions)
    Opts.StoreFunctions = splitList(StoreFunctions);
  K = std::make_unique<Knowledge>(Opts);
  Contexts = std::make_unique<ContextModel>(*K);
}

void CtxLifeCheck::storeOptions(clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Options.store(Opts, "Frameworks", Frameworks);
  Options.store(Opts, "ContextTypes", ContextTypes);
  if (Groups & LauncherOptions) {
    Options.store(Opts, "DetachingCalls", DetachingCalls);
    Options.store(Opts, "Launchers", Launchers);
  }
  if (Groups & CancellationOptions) {
    Options.store(Opts, "ClientContextTypes", ClientContextTypes);
    Options.store(Opts, "PropagatingFactories", PropagatingFactories);
    Options.store(Opts, "CancellationChecks", CancellationChecks);
  }
  if (Groups & StoreOptions)
    Options.store(Opts, "StoreFunctions", StoreFunctions);
}

void CtxLifeCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition outside system headers; lambdas are walked
  // with the function they are written in.
  if (LambdasApart)
    Finder->addMatcher(
        functionDecl(hasBody(stmt()), unless(isExpansionInSystemHeader()))
            .bind("fn"),
        this);
  else
    Finder->addMatcher(
        functionDecl(hasBody(stmt()), unless(isExpansionInSystemHeader()),
                     unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
            .bind("fn"),
        this);
}

void CtxLifeCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  limitlog::setContext(Ctx);
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    analyze(FD, *Result.Context);
}

void CtxLifeCheck::onEndOfTranslationUnit() {
  if (!Ctx)
    return;
  limitlog::setContext(Ctx);
  finishTranslationUnit(*Ctx);
  limitlog::setContext(nullptr);
  Ctx = nullptr;
}

void CtxLifeCheck::noteOrigin(const Origin &O, bool Objects) {
  if (!O.Root || O.RootLoc.isInvalid())
    return;
  if (const auto *RD = dyn_cast<CXXRecordDecl>(O.Root)) {
    if (Objects)
      diag(O.RootLoc, "per-request object '%0' is declared here",
           DiagnosticIDs::Note)
          << RD->getName();
  } else if (isa<FunctionDecl>(O.Root)) {
    diag(O.RootLoc, "request context returned by '%0'", DiagnosticIDs::Note)
        << O.RootName;
  } else {
    diag(O.RootLoc, "request %select{context|handle}0 '%1' is declared here",
         DiagnosticIDs::Note)
        << (O.Context && O.Context->How == Access::Handle) << O.RootName;
  }
}

void CtxLifeCheck::noteHolder(const Origin &O) {
  if (O.HeldBy)
    diag(O.HeldBy->Member->getLocation(), "'%0' holds it in member '%1' here",
         DiagnosticIDs::Note)
        << O.HeldBy->Holder->getName() << O.HeldBy->Member->getName();
}

void CtxLifeCheck::noteAlias(const Origin &O, llvm::StringRef Shown) {
  if (O.HeldBy)
    return; // The holder is named instead.
  if (O.Alias && O.Alias != O.Root && O.Alias->getName() != Shown) {
    // Assigned after its declaration: where, and which part.
    bool Assigned = O.AliasAt.isValid();
    diag(Assigned ? O.AliasAt : O.Alias->getLocation(),
         "'%0' refers to request context '%1'", DiagnosticIDs::Note)
        << (Assigned ? llvm::StringRef(O.AliasPart) : O.Alias->getName())
        << O.RootName;
  }
}

std::string CtxLifeCheck::handlerName(const RequestPath &P) {
  if (!P.Handler || P.HandlerIsLambda)
    return "a request handler lambda";
  return "request handler '" + P.Handler->getNameAsString() + "'";
}

} // namespace ctxlife::tidy
