//===--- Json.cpp - ctxlife's JSON (docs/cli.md#json) ---------------------===//
//
// A versioned serialization of the run that keeps everything a finding
// carries (positions as lines and columns and as byte offsets, notes with
// their role in the path, fix-its, aliases), so that a later tool can read
// it back and print any format from it. Written as it goes: each finding
// is one small object.
//
//===----------------------------------------------------------------------===//

#include "tool/Paths.h"
#include "tool/formats/Formats.h"
#include "tool/formats/PathSteps.h"
#include "llvm/Support/JSON.h"

#ifndef CTXLIFE_VERSION
#define CTXLIFE_VERSION "0.0.0"
#endif

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

json::Object jsonPosition(const Position &P) {
  json::Object O;
  if (P.AbsolutePath.empty())
    return O;
  O["file"] = P.Path;
  O["offset"] = P.Offset;
  O["length"] = P.Length;
  if (P.Line) {
    O["line"] = P.Line;
    O["column"] = P.Column;
    O["endLine"] = P.EndLine;
    O["endColumn"] = P.EndColumn;
  }
  return O;
}

json::Array jsonFixes(ArrayRef<Edit> Fixes) {
  json::Array Out;
  for (const Edit &E : Fixes) {
    json::Object X = jsonPosition(E.Where);
    X["replacement"] = E.Replacement;
    Out.push_back(std::move(X));
  }
  return Out;
}

json::Array jsonRanges(const tooling::DiagnosticMessage &M, StringRef BuildDirectory,
                       const SourceCache &Sources) {
  json::Array Out;
  for (const tooling::FileByteRange &R : M.Ranges) {
    json::Object O{{"offset", R.FileOffset}, {"length", R.Length}};
    if (R.FilePath != M.FilePath) {
      bool InRoot;
      O["file"] = Sources.displayPath(absolutePath(R.FilePath, BuildDirectory), InRoot);
    }
    Out.push_back(std::move(O));
  }
  return Out;
}

json::Value jsonFinding(const ClangTidyError &E, const Finding &F,
                        const SourceCache &Sources) {
  json::Object O = jsonPosition(F.Where);
  O["check"] = F.RuleId;
  O["level"] = F.IsError ? "error" : "warning";
  O["message"] = F.Message;
  O["fingerprint"] = F.Fingerprint;
  if (!E.EnabledDiagnosticAliases.empty())
    O["aliases"] = json::Array(E.EnabledDiagnosticAliases);
  if (E.Message.Ranges.size() > 1)
    O["ranges"] = jsonRanges(E.Message, E.BuildDirectory, Sources);
  json::Array Notes;
  for (const Note &N : F.Notes) {
    json::Object J = jsonPosition(N.Where);
    J["message"] = N.Message;
    J["role"] = roleName(N.Role);
    // Fix-its in notes (for --fix-notes) are kept as well.
    if (!N.Fixes.empty())
      J["fixes"] = jsonFixes(N.Fixes);
    Notes.push_back(std::move(J));
  }
  O["notes"] = std::move(Notes);
  O["fixes"] = jsonFixes(F.Fixes);
  return O;
}

class JsonSink : public Sink {
public:
  JsonSink(raw_ostream &OS, const SourceCache &Sources)
      : J(OS, /*IndentSize=*/2), OS(OS), Sources(Sources) {}

  void begin(const Report &R) override {
    J.objectBegin();
    J.attribute("version", JsonSchemaVersion);
    J.attribute("tool", json::Object{{"name", "ctxlife"},
                                     {"version", CTXLIFE_VERSION},
                                     {"llvmVersion", LLVM_VERSION_STRING}});
    J.attribute("root", R.Root);
    J.attributeBegin("findings");
    J.arrayBegin();
  }

  void diagnostic(const ClangTidyError &E, const Finding &F, DiagnosticKind Kind) override {
    if (Kind == DiagnosticKind::Finding)
      J.value(jsonFinding(E, F, Sources));
    else if (Kind == DiagnosticKind::CompileError)
      CompileErrors.push_back(jsonFinding(E, F, Sources)); // few: a TU stops at 20
  }

  void end(const Report &R) override {
    J.arrayEnd();
    J.attributeEnd();
    J.attribute("compileErrors", std::move(CompileErrors));
    json::Array Failures;
    for (const Failure &F : R.Failures)
      Failures.push_back(json::Object{{"file", F.File}, {"kind", F.Kind}, {"message", F.Message}});
    J.attribute("failures", std::move(Failures));
    const Summary &S = R.Totals;
    J.attribute("summary", json::Object{{"files", S.Files},
                                        {"failed", S.Failed},
                                        {"findings", S.Findings},
                                        {"baselined", S.Baselined},
                                        {"outsideDiff", S.OutsideDiff},
                                        {"suppressed", S.Suppressed}});
    J.objectEnd();
    OS << "\n";
  }

private:
  json::OStream J;
  raw_ostream &OS;
  const SourceCache &Sources;
  json::Array CompileErrors;
};

} // namespace

std::unique_ptr<Sink> makeJsonSink(raw_ostream &OS, const SourceCache &Sources) {
  return std::make_unique<JsonSink>(OS, Sources);
}

} // namespace ctxlife::driver
