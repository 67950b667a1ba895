//===--- CodeClimate.cpp - GitLab Code Quality (docs/cli.md#gitlab) -------===//
//
// The Code Climate issue format, as GitLab's Code Quality reports read it: a
// JSON array of issues with `description`, `check_name`, `fingerprint`
// (unique per finding and stable when unrelated lines move), `severity` and
// `location` (`path` relative to the repository root, `lines.begin`), plus
// the Code Climate fields `type`, `categories`, `engine_name` and
// `content.body` (the notes, as Markdown). Written one issue at a time.
//
//===----------------------------------------------------------------------===//

#include "tool/CheckDocs.h"
#include "tool/formats/Formats.h"
#include "llvm/Support/JSON.h"

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

std::string notesMarkdown(const Finding &F) {
  std::string Body;
  for (const Note &N : F.Notes) {
    Body += "- ";
    if (!N.Where.AbsolutePath.empty())
      Body += "`" + N.Where.Path + ":" + std::to_string(N.Where.Line) + "`: ";
    Body += N.Message + "\n";
  }
  if (!Body.empty())
    Body += "\n";
  Body += "See [" + F.RuleId + "](" + checkHelpUri(F.RuleId) + ").";
  return Body;
}

class CodeClimateSink : public Sink {
public:
  explicit CodeClimateSink(raw_ostream &OS) : J(OS, /*IndentSize=*/2), OS(OS) {}

  void begin(const Report &) override { J.arrayBegin(); }

  void diagnostic(const ClangTidyError &, const Finding &F, DiagnosticKind Kind) override {
    // Code Quality is about the code: compile errors and failed files are
    // the job's business (its log and exit code).
    if (Kind != DiagnosticKind::Finding || F.Where.AbsolutePath.empty())
      return;
    J.value(json::Object{
        {"type", "issue"},
        {"engine_name", "ctxlife"},
        {"check_name", F.RuleId},
        {"description", F.Message},
        {"content", json::Object{{"body", notesMarkdown(F)}}},
        {"categories", json::Array{"Bug Risk"}},
        {"severity", F.IsError ? "critical" : "major"},
        {"fingerprint", F.Fingerprint},
        {"location",
         json::Object{{"path", F.Where.Path},
                      {"lines", json::Object{{"begin", std::max(1u, F.Where.Line)},
                                             {"end", std::max(1u, F.Where.EndLine)}}}}},
    });
  }

  void end(const Report &) override {
    J.arrayEnd();
    OS << "\n";
  }

private:
  json::OStream J;
  raw_ostream &OS;
};

} // namespace

std::unique_ptr<Sink> makeCodeClimateSink(raw_ostream &OS) {
  return std::make_unique<CodeClimateSink>(OS);
}

} // namespace ctxlife::driver
