//===--- DetachedCaptureCheck.cpp - ctxlife-detached-capture --------------===//

#include "checks/DetachedCaptureCheck.h"
#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/ASTMatchers/ASTMatchFinder.h"

using namespace clang;
using namespace clang::ast_matchers;

namespace ctxlife::tidy {

DetachedCaptureCheck::DetachedCaptureCheck(StringRef Name,
                                           clang::tidy::ClangTidyContext *Context)
    : ClangTidyCheck(Name, Context), Model(Options),
      DetachingCalls(detachingCallsOption(Options)), Contexts(Model.config()),
      Analyzer(Contexts, CaptureOptions{splitList(DetachingCalls)}) {
  Model.validate(*this);
}

void DetachedCaptureCheck::storeOptions(
    clang::tidy::ClangTidyOptions::OptionMap &Opts) {
  Model.store(Options, Opts);
  Options.store(Opts, "DetachingCalls", DetachingCalls);
}

void DetachedCaptureCheck::registerMatchers(MatchFinder *Finder) {
  // Every function definition outside system headers; lambdas are walked
  // with the function they are written in.
  Finder->addMatcher(
      functionDecl(hasBody(stmt()), unless(isExpansionInSystemHeader()),
                   unless(cxxMethodDecl(ofClass(cxxRecordDecl(isLambda())))))
          .bind("fn"),
      this);
}

/// "request context 'req' of type 'const httplib::Request &'".
static std::string describe(const CaptureFinding &F) {
  if (F.Name == "this" && F.Type.empty()) {
    const auto *RD = dyn_cast_or_null<CXXRecordDecl>(F.From.Root);
    std::string Class = RD ? RD->getNameAsString() : std::string("object");
    if (F.How == CaptureHow::AfterCompletion)
      return "'this' of reactor '" + Class + "'";
    return "'this' of '" + Class + "' (owned through 'std::shared_ptr')";
  }
  std::string Typed = "'" + F.Name + "'";
  if (!F.Type.empty())
    Typed += " of type '" + F.Type + "'";
  if (F.From.Derived)
    return "view " + Typed + " into request context '" + F.From.RootName + "'";
  return (F.Handle ? "request handle " : "request context ") + Typed;
}

void DetachedCaptureCheck::check(const MatchFinder::MatchResult &Result) {
  const auto *FD = Result.Nodes.getNodeAs<FunctionDecl>("fn");
  if (!FD)
    return;
  for (const CaptureFinding &F : Analyzer.analyzeFunction(FD, *Result.Context)) {
    const std::string &Work = F.Work.Work;
    std::string Message = describe(F);
    switch (F.How) {
    case CaptureHow::ByReference:
      Message += " is captured by reference by " + Work;
      break;
    case CaptureHow::BorrowedCopy:
      Message += " is captured by " + Work;
      break;
    case CaptureHow::This:
      Message += " is captured without an owning reference by " + Work;
      break;
    case CaptureHow::Bound:
      Message += " is bound into " + Work;
      break;
    case CaptureHow::ThreadArgument:
      Message += " is passed to " + Work;
      break;
    case CaptureHow::CoroutineParam:
      Message += F.Param.empty() ? " is bound to " + Work
                                 : " is passed to parameter '" + F.Param +
                                       "' of " + Work;
      break;
    case CaptureHow::AfterCompletion:
      Message += " is used by " + Work + " after '" + F.CompletionName +
                 "' has completed the request";
      break;
    }
    if (F.How != CaptureHow::AfterCompletion)
      Message += F.Name == "this" && F.Type.empty()
                     ? ", which can run after the object is destroyed"
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
    if (F.From.Root && F.From.RootLoc.isValid() && !isa<CXXRecordDecl>(F.From.Root)) {
      if (isa<FunctionDecl>(F.From.Root))
        diag(F.From.RootLoc, "request context returned by '%0'", DiagnosticIDs::Note)
            << F.From.RootName;
      else
        diag(F.From.RootLoc, "request %select{context|handle}0 '%1' is declared here",
             DiagnosticIDs::Note)
            << (F.From.Context && F.From.Context->How == Access::Handle)
            << F.From.RootName;
    }
    if (F.From.Alias && F.From.Alias != F.From.Root && F.From.Alias->getName() != F.Name)
      diag(F.From.Alias->getLocation(), "'%0' refers to request context '%1'",
           DiagnosticIDs::Note)
          << F.From.Alias->getName() << F.From.RootName;
    if (!F.Hint.empty())
      diag(F.Loc, "%0", DiagnosticIDs::Note) << F.Hint;
  }
}

void DetachedCaptureCheck::onEndOfTranslationUnit() { Analyzer.reset(); }

} // namespace ctxlife::tidy
