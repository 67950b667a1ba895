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

/// Whether \p M's ranges follow from its position and `length` (none, or
/// one with that length starting at the position); otherwise the JSON lists
/// them, so that `ctxlife merge` rebuilds the diagnostic exactly.
bool rangesImplied(const tooling::DiagnosticMessage &M) {
  if (M.Ranges.empty())
    return true;
  const tooling::FileByteRange &R = M.Ranges.front();
  return M.Ranges.size() == 1 && R.FilePath == M.FilePath && R.FileOffset == M.FileOffset &&
         R.Length > 0;
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
  if (!rangesImplied(E.Message))
    O["ranges"] = jsonRanges(E.Message, E.BuildDirectory, Sources);
  json::Array Notes;
  for (size_t I = 0; I < F.Notes.size(); ++I) {
    const Note &N = F.Notes[I];
    json::Object J = jsonPosition(N.Where);
    J["message"] = N.Message;
    J["role"] = roleName(N.Role);
    if (!rangesImplied(E.Notes[I]))
      J["ranges"] = jsonRanges(E.Notes[I], E.BuildDirectory, Sources);
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
    J.attribute("checks", json::Array(R.RuleIds));
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
    json::Array Limits;
    for (const LimitReached &L : R.Limits)
      Limits.push_back(json::Object{{"file", L.File},
                                    {"limit", L.Limit},
                                    {"value", L.Value},
                                    {"function", L.Function},
                                    {"path", L.Path},
                                    {"line", L.Line},
                                    {"column", L.Column}});
    J.attribute("limits", std::move(Limits));
    if (!R.InterruptedBy.empty()) {
      J.attribute("partial", true);
      J.attribute("interrupted", R.InterruptedBy);
    }
    const Summary &S = R.Totals;
    json::Object Counts{{"files", S.Files},           {"failed", S.Failed},
                        {"findings", S.Findings},     {"baselined", S.Baselined},
                        {"outsideDiff", S.OutsideDiff}, {"suppressed", S.Suppressed}};
    if (!R.InterruptedBy.empty())
      Counts["interrupted"] = S.Interrupted;
    J.attribute("summary", std::move(Counts));
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
