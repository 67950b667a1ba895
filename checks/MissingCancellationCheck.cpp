//===--- MissingCancellationCheck.cpp - ctxlife-missing-cancellation ------===//
//
// Three findings: a client context of a downstream call that does not carry
// the request's deadline or cancellation; a loop of a request path that
// never exits when the request is cancelled; a stop-token thread whose
// destructor blocks the handler forever.
//
//===----------------------------------------------------------------------===//

#include "checks/MissingCancellationCheck.h"

using namespace clang;

namespace ctxlife::tidy {

void MissingCancellationCheck::finishTranslationUnit(ASTContext &Ctx) {
  CancellationFindings Found = Analyzer.finish(Ctx);
  for (const PropagationFinding &F : Found.Propagation)
    report(F);
  for (const LoopFinding &F : Found.Loops)
    report(F);
  for (const ThreadFinding &F : Found.Threads)
    report(F);
  for (const WrapperFinding &F : Found.Wrappers)
    report(F);
  for (const ChainFinding &F : Found.Chains)
    report(F);
}

void MissingCancellationCheck::report(const ChainFinding &F) {
  diag(F.Loc, "completion handler of '%0' re-arms '%1' without checking its "
              "error code, so the loop never exits when the request is "
              "cancelled")
      << F.Operation << F.Rearmed << F.Range;
  diag(F.OperationLoc, "'%0' calls the handler when the operation completes "
                       "or is cancelled",
       DiagnosticIDs::Note)
      << F.Operation;
  diag(F.Loc, "return from the handler before re-arming when its error code "
              "is set",
       DiagnosticIDs::Note);
}

void MissingCancellationCheck::report(const WrapperFinding &F) {
  diag(F.Loc, "the request context is not passed to '%0', which calls '%1' "
              "with a fresh client context")
      << F.Callee << F.Rpc << F.Range;
  if (F.ForeignDeadline.isValid())
    diag(F.ForeignDeadline,
         "the %select{deadline set|default deadline}0 here does not come from "
         "request context '%1'",
         DiagnosticIDs::Note)
        << F.DefaultDeadline << F.ServerName;
  else
    diag(F.ClientLoc,
         "client context '%0' is created here without the caller's deadline "
         "or cancellation",
         DiagnosticIDs::Note)
        << F.ClientName;
  if (F.TakesDeadline)
    diag(F.Loc, "pass the deadline of request context '%0' to '%1'",
         DiagnosticIDs::Note)
        << F.ServerName << F.Callee;
  else if (!F.Factory.empty())
    diag(F.Loc,
         "add a parameter to '%0' for request context '%1', and create the "
         "client context with '%2'",
         DiagnosticIDs::Note)
        << F.Callee << F.ServerName << F.Factory;
  else
    diag(F.Loc,
         "add a parameter to '%0' for request context '%1', and give the "
         "client context its deadline",
         DiagnosticIDs::Note)
        << F.Callee << F.ServerName;
}

void MissingCancellationCheck::report(const PropagationFinding &F) {
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

void MissingCancellationCheck::report(const LoopFinding &F) {
  std::string Where = F.Path.Detached
                          ? F.Path.Work.Work + " started by " + handlerName(F.Path)
                          : handlerName(F.Path);
  if (F.Helper)
    Where = "'" + F.Helper->getNameAsString() + "' called by " + Where;
  diag(F.Loc, "loop in %0 never exits when the request is cancelled") << Where;
  if (F.Helper)
    diag(F.HelperCall, "'%0' is called here", DiagnosticIDs::Note)
        << F.HelperCallee;
  if (F.Path.Detached && F.Path.Work.NoteLoc.isValid())
    diag(F.Path.Work.NoteLoc, "%0", DiagnosticIDs::Note) << F.Path.Work.Note;
  if (F.Waits)
    diag(F.WaitLoc, "it waits here, and none of its exits depends on cancellation",
         DiagnosticIDs::Note);
  for (const RedirectedError &R : F.Redirected) {
    if (R.Var)
      diag(R.Loc, "the error code '%0' that '%1' fills in is never checked",
           DiagnosticIDs::Note)
          << R.Var->getName() << R.Token;
    else
      diag(R.Loc, "'%0' hands the operation's error to the code instead of "
                  "throwing it, and the loop never checks it",
           DiagnosticIDs::Note)
          << R.Token;
  }
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

void MissingCancellationCheck::report(const ThreadFinding &F) {
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

} // namespace ctxlife::tidy
