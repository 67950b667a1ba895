//===--- MissingCancellationCheck.cpp - ctxlife-missing-cancellation ------===//

#include "checks/MissingCancellationCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ctxlife::tidy {

static CancellationOptions options(const ModelOptions &Model,
                                   llvm::StringRef DetachingCalls,
                                   llvm::StringRef ClientContextTypes,
                                   llvm::StringRef PropagatingFactories,
                                   llvm::StringRef CancellationChecks) {
  CancellationOptions O;
  O.Frameworks = Model.config().Frameworks;
  O.DetachingCalls = splitList(DetachingCalls);
  O.ClientContextTypes = splitList(ClientContextTypes);
  O.PropagatingFactories = splitList(PropagatingFactories);
  O.CancellationChecks = splitList(CancellationChecks);
  return O;
}

MissingCancellationCheck::MissingCancellationCheck(
    StringRef Name, clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options),
      DetachingCalls(detachingCallsOption(Options)),
      ClientContextTypes(Options.get("ClientContextTypes", "")),
      PropagatingFactories(Options.get("PropagatingFactories", "")),
      CancellationChecks(Options.get("CancellationChecks", "")),
      Contexts(Model.config()),
      Analyzer(Contexts, options(Model, DetachingCalls, ClientContextTypes,
                                 PropagatingFactories, CancellationChecks)) {
  Model.validate(*this);
}

void MissingCancellationCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Model.store(Options, Opts);
  Options.store(Opts, "DetachingCalls", DetachingCalls);
  Options.store(Opts, "ClientContextTypes", ClientContextTypes);
  Options.store(Opts, "PropagatingFactories", PropagatingFactories);
  Options.store(Opts, "CancellationChecks", CancellationChecks);
}

void MissingCancellationCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition outside system headers; lambdas are walked
  // with the function they are written in (the analyzer takes those written
  // outside any function on their own).
  Finder->addMatcher(
      functionDecl(hasBody(stmt()), unless(isExpansionInSystemHeader()))
          .bind("fn"),
      this);
}

void MissingCancellationCheck::check(const MatchFinder::MatchResult &Result) {
  Ctx = Result.Context;
  if (const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn"))
    Analyzer.analyzeFunction(FD, *Result.Context);
}

/// "request handler 'SayHello'" or "a request handler lambda".
static std::string handlerName(const RequestPath &P) {
  if (!P.Handler || P.HandlerIsLambda)
    return "a request handler lambda";
  return "request handler '" + P.Handler->getNameAsString() + "'";
}

void MissingCancellationCheck::onEndOfTranslationUnit() {
  if (!Ctx)
    return;
  CancellationFindings Found = Analyzer.finish(*Ctx);
  Ctx = nullptr;

  for (const PropagationFinding &F : Found.Propagation) {
    {
      auto D = diag(F.Loc, "client context '%0' of a downstream call does not "
                           "carry the deadline or cancellation of request "
                           "context '%1'")
               << F.ClientName << F.ServerName << F.Range;
      for (const FixItHint &Fix : F.Fixes)
        D << Fix;
    }
    for (const PropagationFinding::Call &C : F.Calls)
      diag(C.Loc, "'%0' is called with it here", DiagnosticIDs::Note) << C.Callee;
    if (F.ForeignDeadline.isValid())
      diag(F.ForeignDeadline,
           "the deadline set here does not come from request context '%0'",
           DiagnosticIDs::Note)
          << F.ServerName;
    if (F.ServerLoc.isValid())
      diag(F.ServerLoc, "request context '%0' is declared here", DiagnosticIDs::Note)
          << F.ServerName;
    if (!F.FactoryCall.empty() && !F.DeadlineCall.empty())
      diag(F.Loc, "create it with '%0', or call '%1' before the call",
           DiagnosticIDs::Note)
          << F.FactoryCall << F.DeadlineCall;
    else if (!F.DeadlineCall.empty())
      diag(F.Loc, "call '%0' before the call", DiagnosticIDs::Note) << F.DeadlineCall;
    else
      diag(F.Loc, "give it the deadline of request context '%0' before the call",
           DiagnosticIDs::Note)
          << F.ServerName;
  }

  for (const LoopFinding &F : Found.Loops) {
    std::string Where = F.Path.Detached
                            ? F.Path.Work.Work + " started by " + handlerName(F.Path)
                            : handlerName(F.Path);
    diag(F.Loc, "loop in %0 never exits when the request is cancelled") << Where;
    if (F.Path.Detached && F.Path.Work.NoteLoc.isValid())
      diag(F.Path.Work.NoteLoc, "%0", DiagnosticIDs::Note) << F.Path.Work.Note;
    if (F.Waits)
      diag(F.WaitLoc, "it waits here, and none of its exits depends on cancellation",
           DiagnosticIDs::Note);
    for (const IgnoredSignal &I : F.Ignored)
      diag(I.Loc, "the result of '%0', which reports a cancelled request or a "
                  "closed connection, is ignored here",
           DiagnosticIDs::Note)
          << I.Callee;
    if (!F.Hint.empty())
      diag(F.Loc, "exit the loop when '%0' is true", DiagnosticIDs::Note) << F.Hint;
    else
      diag(F.Loc,
           "exit the loop on a cancellation signal: a stop token, an atomic "
           "flag, or the result of a stream read or write",
           DiagnosticIDs::Note);
  }

  for (const ThreadFinding &F : Found.Threads) {
    std::string Thread = "'" + F.ThreadType + "'";
    if (!F.VarName.empty())
      Thread += " '" + F.VarName + "'";
    diag(F.Loc, "%0 runs a loop that ignores its stop token, so its destructor "
                "blocks %1 forever")
        << Thread << handlerName(F.Path) << F.Range;
    if (F.TakesToken)
      diag(F.LoopLoc, "the loop never exits when stop is requested",
           DiagnosticIDs::Note);
    else
      diag(F.LoopLoc, "the callable takes no '%0', and the loop never exits",
           DiagnosticIDs::Note)
          << F.TokenType;
    if (F.TakesToken && !F.TokenName.empty())
      diag(F.LoopLoc, "exit the loop when '%0.stop_requested()' is true",
           DiagnosticIDs::Note)
          << F.TokenName;
    else
      diag(F.Loc,
           "take a '%0' as the first parameter and exit the loop when "
           "'stop_requested()' is true",
           DiagnosticIDs::Note)
          << F.TokenType;
  }
}

} // namespace ctxlife::tidy
