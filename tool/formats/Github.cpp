//===--- Github.cpp - GitHub workflow commands (docs/cli.md#github) -------===//
//
// One annotation per finding on the pull request, errors for compile errors
// and failed translation units, and a Markdown step summary (the file named
// by $GITHUB_STEP_SUMMARY) with the counts and a table of the findings:
// GitHub shows only 10 annotations of each level per step.
//
//===----------------------------------------------------------------------===//

#include "tool/formats/Formats.h"
#include "llvm/Support/FileSystem.h"
#include <optional>

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

std::string githubLocation(const Position &P) {
  if (P.AbsolutePath.empty())
    return "";
  std::string Out = "file=" + escapeGithubProperty(P.Path);
  if (!P.Line)
    return Out;
  Out += ",line=" + std::to_string(P.Line);
  if (P.EndLine == P.Line) {
    // GitHub's columns are inclusive; ours end after the last character.
    Out += ",col=" + std::to_string(P.Column) +
           ",endColumn=" + std::to_string(std::max(P.Column, P.EndColumn - 1));
  }
  Out += ",endLine=" + std::to_string(P.EndLine == P.Line ? P.Line : P.EndLine);
  return Out;
}

std::string markdownCell(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    switch (C) {
    case '|': case '*': case '_': case '`': case '\\': case '[': case ']':
      Out += '\\';
      Out += C;
      break;
    case '<': Out += "&lt;"; break;
    case '>': Out += "&gt;"; break;
    case '&': Out += "&amp;"; break;
    case '\n': case '\r': Out += ' '; break;
    default: Out += C;
    }
  }
  return Out;
}

std::string plural(unsigned N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

class GithubSink : public Sink {
public:
  GithubSink(raw_ostream &OS, std::string StepSummary)
      : OS(OS), StepSummary(std::move(StepSummary)) {}

  void begin(const Report &R) override {
    if (StepSummary.empty())
      return;
    std::error_code EC;
    MD.emplace(StepSummary, EC, sys::fs::OF_Append | sys::fs::OF_Text);
    if (EC) {
      MD.reset();
      return;
    }
    const Summary &S = R.Totals;
    *MD << "### ctxlife: "
        << (S.Findings ? plural(S.Findings, "finding", "findings") : std::string("no findings"))
        << "\n\n"
        << plural(S.Files, "file", "files") << " analyzed";
    if (S.Failed)
      *MD << ", " << S.Failed << " not analyzed";
    if (S.Baselined)
      *MD << ", " << S.Baselined << " in the baseline";
    if (S.OutsideDiff)
      *MD << ", " << S.OutsideDiff << " outside the diff";
    *MD << ".\n\n";
    if (S.Findings)
      *MD << "| Location | Check | Message |\n| --- | --- | --- |\n";
  }

  void diagnostic(const ClangTidyError &, const Finding &F, DiagnosticKind Kind) override {
    std::string Props = githubLocation(F.Where);
    Props += (Props.empty() ? "" : ",") + std::string("title=") + escapeGithubProperty(F.Check);
    if (Kind == DiagnosticKind::CompileError) {
      OS << "::error " << Props << "::" << escapeGithubData(F.Message) << "\n";
      return;
    }
    if (Kind != DiagnosticKind::Finding)
      return;
    (F.IsError ? Errors : Warnings) += 1;
    std::string Message = F.Message + " [" + F.Check + "]";
    for (const Note &N : F.Notes) {
      Message += "\nnote: ";
      if (!N.Where.AbsolutePath.empty())
        Message += N.Where.Path + ":" + std::to_string(N.Where.Line) + ":" +
                   std::to_string(N.Where.Column) + ": ";
      Message += N.Message;
    }
    OS << "::" << (F.IsError ? "error" : "warning") << " " << Props
       << "::" << escapeGithubData(Message) << "\n";
    if (MD && Rows++ < GithubSummaryRows)
      *MD << "| " << markdownCell(F.Where.Path) << ":" << F.Where.Line << " | "
          << markdownCell(F.Check) << " | " << markdownCell(F.Message) << " |\n";
  }

  void end(const Report &R) override {
    for (const Failure &F : R.Failures)
      OS << "::error file=" << escapeGithubProperty(F.File)
         << ",title=" << escapeGithubProperty("ctxlife: " + F.Kind)
         << "::" << escapeGithubData(F.Message) << "\n";
    if (!R.InterruptedBy.empty())
      OS << "::error title=" << escapeGithubProperty("ctxlife: interrupted")
         << "::" << escapeGithubData(partialReportMessage(R)) << "\n";
    if (Warnings > GithubAnnotationLimit || Errors > GithubAnnotationLimit)
      OS << "::notice title=ctxlife::"
         << escapeGithubData(std::to_string(Warnings + Errors) +
                             " findings: GitHub shows " +
                             std::to_string(GithubAnnotationLimit) +
                             " annotations of each level per step; all findings are listed "
                             "in the step summary")
         << "\n";
    if (!MD)
      return;
    if (Rows > GithubSummaryRows)
      *MD << "\n" << Rows - GithubSummaryRows << " more findings are not listed here.\n";
    if (!R.Failures.empty()) {
      *MD << "\n**Not analyzed:**\n\n";
      for (const Failure &F : R.Failures)
        *MD << "- " << markdownCell(F.File) << ": " << markdownCell(F.Message) << "\n";
    }
    *MD << "\n";
  }

private:
  raw_ostream &OS;
  std::string StepSummary;
  std::optional<raw_fd_ostream> MD;
  unsigned Warnings = 0, Errors = 0, Rows = 0;
};

} // namespace

std::string escapeGithubData(StringRef Text) {
  std::string Out;
  for (char C : Text) {
    switch (C) {
    case '%': Out += "%25"; break;
    case '\r': Out += "%0D"; break;
    case '\n': Out += "%0A"; break;
    default: Out += C;
    }
  }
  return Out;
}

std::string escapeGithubProperty(StringRef Text) {
  std::string Out;
  for (char C : escapeGithubData(Text)) {
    switch (C) {
    case ':': Out += "%3A"; break;
    case ',': Out += "%2C"; break;
    default: Out += C;
    }
  }
  return Out;
}

std::unique_ptr<Sink> makeGithubSink(raw_ostream &OS, std::string StepSummary) {
  return std::make_unique<GithubSink>(OS, std::move(StepSummary));
}

} // namespace ctxlife::driver
