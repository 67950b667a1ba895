//===--- DetachedCaptureCheck.cpp - ctxlife-detached-capture --------------===//
//
// "<what> is captured by reference by <work>, which can run after the
// request has ended"; notes: where the work is let go (and the launch
// inside a wrapper), where the value comes from, and what to capture
// instead (or a fix-it).
//
//===----------------------------------------------------------------------===//

#include "checks/DetachedCaptureCheck.h"
#include "clang/AST/DeclCXX.h"

using namespace clang;

namespace ctxlife::tidy {

/// How an object whose `this` is captured is destroyed.
static const char *endOfLife(EndOfLife K) {
  switch (K) {
  case EndOfLife::SelfDeleting:
    return "which deletes itself";
  case EndOfLife::UniquelyOwned:
    return "owned through 'std::unique_ptr'";
  case EndOfLife::ContainerElement:
    return "an element of a container";
  case EndOfLife::Unknown:
    break;
  }
  return "owned through 'std::shared_ptr'";
}

/// True for `this` (or a member of it) of an object that can be gone.
static bool objectFinding(const CaptureFinding &F) {
  return (F.Name == "this" && F.Type.empty()) ||
         F.Destroyed.Kind != EndOfLife::Unknown;
}

/// "request context 'req' of type 'const httplib::Request &'".
static std::string describe(const CaptureFinding &F) {
  if (F.How == CaptureHow::LocalByReference)
    return std::string(isa<ParmVarDecl>(F.From.Root) ? "parameter '"
                                                      : "local variable '") +
           F.Name + "' of type '" + F.Type + "'";
  if (objectFinding(F)) {
    const auto *RD = dyn_cast_or_null<CXXRecordDecl>(F.From.Root);
    std::string Class = RD ? RD->getNameAsString() : std::string("object");
    std::string Life = std::string(" (") + endOfLife(F.Destroyed.Kind) + ")";
    if (!F.Member.empty())
      return "reference '" + F.Name + "' to member '" + F.Member + "' of '" +
             Class + "'" + Life;
    if (F.How == CaptureHow::AfterCompletion)
      return "'this' of reactor '" + Class + "'";
    return "'this' of '" + Class + "'" + Life;
  }
  std::string Typed = "'" + F.Name + "'";
  if (!F.Type.empty())
    Typed += " of type '" + F.Type + "'";
  if (F.From.Derived)
    Typed = "view " + Typed + " into request context '" + F.From.RootName + "'";
  else
    Typed = (F.Handle ? "request handle " : "request context ") + Typed;
  if (F.From.HeldBy)
    Typed += " is held by an object of type '" +
             F.From.HeldBy->Holder->getNameAsString() + "' that";
  return Typed;
}

/// How the value reaches the work.
static std::string how(const CaptureFinding &F) {
  const std::string &Work = F.Work.Work;
  switch (F.How) {
  case CaptureHow::ByReference:
    return " is captured by reference by " + Work;
  case CaptureHow::BorrowedCopy:
    return " is captured by " + Work;
  case CaptureHow::This:
    return F.Destroyed.Kind == EndOfLife::Unknown
               ? " is captured without an owning reference by " + Work
               : " is captured by " + Work;
  case CaptureHow::Bound:
    return " is bound into " + Work;
  case CaptureHow::ThreadArgument:
    return " is passed to " + Work;
  case CaptureHow::UserData:
    return " is passed as the argument of '" + F.Entry + "' to " +
           (F.Work.Unnamed ? "'" + F.Work.Launcher + "'" : Work);
  case CaptureHow::CoroutineParam:
    return F.Param.empty() ? " is bound to " + Work
                           : " is passed to parameter '" + F.Param + "' of " + Work;
  case CaptureHow::AfterCompletion:
    // Without work: in the reactor or handler that completes the request.
    return (Work.empty() ? " is used" : " is used by " + Work) + " after '" +
           F.CompletionName + "' has completed the request";
  case CaptureHow::LocalByReference:
    return " is captured by reference by " + Work;
  }
  return "";
}

void DetachedCaptureCheck::analyze(const FunctionDecl *FD, ASTContext &Ctx) {
  for (const CaptureFinding &F : Analyzer.analyzeFunction(FD, Ctx))
    report(F);
}

void DetachedCaptureCheck::report(const CaptureFinding &F) {
  std::string Message = describe(F) + how(F);
  // "to 'fiber::thread_create', which can run it after ...": the launcher
  // itself runs the entry function.
  bool RunsIt = F.How == CaptureHow::UserData && F.Work.Unnamed;
  if (F.How == CaptureHow::LocalByReference)
    Message += ", which runs after the handler has returned";
  else if (F.How != CaptureHow::AfterCompletion)
    Message += objectFinding(F) ? ", which can run after the object is destroyed"
               : RunsIt         ? ", which can run it after the request has ended"
                                : ", which can run after the request has ended";
  {
    auto D = diag(F.Loc, "%0") << Message << F.Range;
    for (const FixItHint &Fix : F.Fixes)
      D << Fix;
  }
  if (F.How == CaptureHow::AfterCompletion)
    diag(F.CompletionLoc, "the request is completed here", DiagnosticIDs::Note);
  else
    diag(F.Work.NoteLoc, "%0", DiagnosticIDs::Note) << F.Work.Note;
  if (F.Work.Wrapper && F.Work.WrappedLoc.isValid())
    diag(F.Work.WrappedLoc, "%0", DiagnosticIDs::Note) << F.Work.WrappedNote;
  if (F.EntryUse.isValid())
    diag(F.EntryUse, "'%0' uses it here", DiagnosticIDs::Note) << F.Entry;
  noteHolder(F.From);
  if (F.Destroyed.Kind != EndOfLife::Unknown)
    if (const auto *RD = dyn_cast_or_null<CXXRecordDecl>(F.From.Root))
      diag(F.Destroyed.Loc, "'%0' %select{deletes itself|is destroyed}1 here",
           DiagnosticIDs::Note)
          << RD->getName() << (F.Destroyed.Kind != EndOfLife::SelfDeleting);
  if (F.How == CaptureHow::LocalByReference)
    diag(F.From.RootLoc, "%select{local variable|parameter}0 '%1' is declared here",
         DiagnosticIDs::Note)
        << isa<ParmVarDecl>(F.From.Root) << F.Name;
  else
    noteOrigin(F.From, /*Objects=*/false);
  noteAlias(F.From, F.Name);
  if (!F.Hint.empty())
    diag(F.Loc, "%0", DiagnosticIDs::Note) << F.Hint;
}

} // namespace ctxlife::tidy
