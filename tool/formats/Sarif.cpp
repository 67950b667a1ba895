//===--- Sarif.cpp - SARIF 2.1.0 (docs/cli.md#sarif) ----------------------===//
//
// For GitHub code scanning and other SARIF viewers: rules with the checks'
// documentation, results with notes as related locations, fix-its as fixes,
// and the finding's path as a code flow (PathSteps.h), which GitHub draws
// with "show paths". Results are written one at a time.
//
//===----------------------------------------------------------------------===//

#include "tool/CheckDocs.h"
#include "tool/formats/Formats.h"
#include "tool/formats/PathSteps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/JSON.h"
#include <map>

#ifndef CTXLIFE_VERSION
#define CTXLIFE_VERSION "0.0.0"
#endif

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr const char *SrcRoot = "%SRCROOT%";

json::Object sarifArtifact(const Position &P) {
  if (P.InRoot)
    return json::Object{{"uri", uriEncode(P.Path)}, {"uriBaseId", SrcRoot}};
  return json::Object{{"uri", "file://" + uriEncode(P.AbsolutePath)}};
}

json::Object sarifRegion(const Position &P) {
  return json::Object{{"startLine", P.Line},
                      {"startColumn", P.ColumnChars},
                      {"endLine", P.EndLine},
                      {"endColumn", P.EndColumnChars}};
}

json::Object sarifLocation(const Position &P) {
  json::Object Physical{{"artifactLocation", sarifArtifact(P)}};
  if (P.Line)
    Physical["region"] = sarifRegion(P);
  return Physical;
}

/// The rule's friendly name: its id in Pascal case without the tool's prefix
/// (`ctxlife-long-lived-store` -> `LongLivedStore`).
std::string friendlyName(StringRef Check) {
  Check.consume_front("ctxlife-");
  std::string Name;
  bool Upper = true;
  for (char C : Check) {
    if (!isAlnum(C)) {
      Upper = true;
      continue;
    }
    Name += Upper ? toUpper(C) : C;
    Upper = false;
  }
  return Name;
}

json::Object sarifRule(StringRef Check) {
  std::string Summary = checkSummary(Check);
  // The short description is the summary's first sentence.
  std::string Short = Summary;
  size_t Stop = StringRef(Summary).find(". ");
  if (Stop != StringRef::npos)
    Short = Summary.substr(0, Stop + 1);
  std::optional<StringRef> Doc = findCheckDoc(Check);
  std::string Help = Doc ? Doc->str() : Summary + "\n\nSee " + checkHelpUri(Check);
  return json::Object{
      {"id", Check},
      {"name", friendlyName(Check)},
      {"shortDescription", json::Object{{"text", Short}}},
      {"fullDescription", json::Object{{"text", Summary}}},
      {"help", json::Object{{"text", Help}, {"markdown", Help}}},
      {"helpUri", checkHelpUri(Check)},
      {"defaultConfiguration", json::Object{{"level", "warning"}}},
  };
}

/// SARIF's threadFlowLocation kind (SARIF 2.1.0, 3.38.8) for a step.
StringRef stepKind(const PathStep &S) {
  if (S.IsWarning)
    return "danger";
  switch (S.Role) {
  case StepRole::Source:
    return "acquire";
  case StepRole::Alias:
    return "value";
  case StepRole::Helper:
    return "call";
  case StepRole::End:
    return "release";
  default:
    return "";
  }
}

/// The finding's path as one thread flow; nothing for a path of one step.
std::optional<json::Array> sarifCodeFlows(const Finding &F) {
  std::vector<PathStep> Steps = pathSteps(F);
  if (Steps.size() < 2)
    return std::nullopt;
  json::Array Locations;
  for (const PathStep &S : Steps) {
    json::Object Step{
        {"location", json::Object{{"physicalLocation", sarifLocation(*S.Where)},
                                  {"message", json::Object{{"text", S.Message}}}}},
        {"executionOrder", static_cast<int64_t>(Locations.size() + 1)},
        {"nestingLevel", 0},
        {"importance", S.IsWarning || S.Role == StepRole::Source || S.Role == StepRole::End
                           ? "essential"
                           : "important"}};
    if (StringRef Kind = stepKind(S); !Kind.empty())
      Step["kinds"] = json::Array{Kind};
    Locations.push_back(std::move(Step));
  }
  return json::Array{json::Object{
      {"message", json::Object{{"text", "the path of the request-scoped value"}}},
      {"threadFlows", json::Array{json::Object{{"locations", std::move(Locations)}}}}}};
}

json::Object sarifFixes(const Finding &F) {
  // One fix: its replacements grouped by file.
  std::map<std::string, std::pair<const Position *, json::Array>> ByFile;
  for (const Edit &E : F.Fixes) {
    auto &Entry = ByFile[E.Where.AbsolutePath];
    Entry.first = &E.Where;
    Entry.second.push_back(json::Object{{"deletedRegion", sarifRegion(E.Where)},
                                        {"insertedContent", json::Object{{"text", E.Replacement}}}});
  }
  json::Array Changes;
  for (auto &[File, Entry] : ByFile)
    Changes.push_back(json::Object{{"artifactLocation", sarifArtifact(*Entry.first)},
                                   {"replacements", std::move(Entry.second)}});
  return json::Object{
      {"description", json::Object{{"text", "apply the fix suggested by " + F.RuleId}}},
      {"artifactChanges", std::move(Changes)}};
}

json::Object sarifResult(const Finding &F, unsigned RuleIndex) {
  json::Object Result{
      {"ruleId", F.RuleId},
      {"ruleIndex", RuleIndex},
      {"level", F.IsError ? "error" : "warning"},
      {"message", json::Object{{"text", F.Message}}},
      {"partialFingerprints", json::Object{{"ctxlifeFingerprint/v1", F.Fingerprint}}},
  };
  if (!F.Where.AbsolutePath.empty())
    Result["locations"] = json::Array{json::Object{{"physicalLocation", sarifLocation(F.Where)}}};
  json::Array Related;
  for (const Note &N : F.Notes) {
    json::Object R{{"id", static_cast<int64_t>(Related.size())},
                   {"message", json::Object{{"text", N.Message}}}};
    if (!N.Where.AbsolutePath.empty())
      R["physicalLocation"] = sarifLocation(N.Where);
    Related.push_back(std::move(R));
  }
  if (!Related.empty())
    Result["relatedLocations"] = std::move(Related);
  if (std::optional<json::Array> Flows = sarifCodeFlows(F))
    Result["codeFlows"] = std::move(*Flows);
  if (!F.Fixes.empty())
    Result["fixes"] = json::Array{sarifFixes(F)};
  return Result;
}

class SarifSink : public Sink {
public:
  explicit SarifSink(raw_ostream &OS) : J(OS, /*IndentSize=*/2), OS(OS) {}

  void begin(const Report &R) override {
    json::Array Rules;
    for (const std::string &Id : R.RuleIds) {
      RuleIndex[Id] = Rules.size();
      Rules.push_back(sarifRule(Id));
    }
    std::string RootUri = "file://" + uriEncode(R.Root);
    if (!StringRef(RootUri).ends_with("/"))
      RootUri += "/";
    J.objectBegin();
    J.attribute("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    J.attribute("version", "2.1.0");
    J.attributeBegin("runs");
    J.arrayBegin();
    J.objectBegin();
    J.attribute("tool", json::Object{{"driver", json::Object{
                                                    {"name", "ctxlife"},
                                                    {"version", CTXLIFE_VERSION},
                                                    {"semanticVersion", CTXLIFE_VERSION},
                                                    {"informationUri", homepage()},
                                                    {"rules", std::move(Rules)},
                                                }}});
    J.attribute("originalUriBaseIds", json::Object{{SrcRoot, json::Object{{"uri", RootUri}}}});
    J.attribute("columnKind", "unicodeCodePoints");
    J.attributeBegin("results");
    J.arrayBegin();
  }

  void diagnostic(const ClangTidyError &, const Finding &F, DiagnosticKind Kind) override {
    if (Kind == DiagnosticKind::Finding) {
      J.value(sarifResult(F, RuleIndex[F.RuleId]));
      return;
    }
    if (Kind != DiagnosticKind::CompileError)
      return;
    json::Object N{{"level", "error"},
                   {"message", json::Object{{"text", F.Message + " [" + F.Check + "]"}}}};
    if (!F.Where.AbsolutePath.empty())
      N["locations"] = json::Array{json::Object{{"physicalLocation", sarifLocation(F.Where)}}};
    Notifications.push_back(std::move(N)); // few: a TU stops at 20 errors
  }

  void end(const Report &R) override {
    J.arrayEnd();
    J.attributeEnd();
    for (const Failure &F : R.Failures)
      Notifications.push_back(json::Object{
          {"level", "error"}, {"message", json::Object{{"text", F.File + ": " + F.Message}}}});
    json::Object Invocation{
        {"executionSuccessful", R.Failures.empty() && R.InterruptedBy.empty()}};
    if (!R.InterruptedBy.empty()) {
      Notifications.push_back(json::Object{
          {"level", "error"}, {"message", json::Object{{"text", partialReportMessage(R)}}}});
      Invocation["exitSignalName"] = R.InterruptedBy;
    }
    Invocation["toolExecutionNotifications"] = std::move(Notifications);
    J.attribute("invocations", json::Array{std::move(Invocation)});
    J.objectEnd();
    J.arrayEnd();
    J.attributeEnd();
    J.objectEnd();
    OS << "\n";
  }

private:
  json::OStream J;
  raw_ostream &OS;
  std::map<std::string, unsigned> RuleIndex;
  json::Array Notifications;
};

} // namespace

std::string uriEncode(StringRef Path) {
  std::string Out;
  for (unsigned char C : Path) {
    if (isAlnum(C) || StringRef("-._~/").contains(C))
      Out += static_cast<char>(C);
    else
      Out += "%" + utohexstr(C, /*LowerCase=*/false, /*Width=*/2);
  }
  return Out;
}

std::unique_ptr<Sink> makeSarifSink(raw_ostream &OS) { return std::make_unique<SarifSink>(OS); }

} // namespace ctxlife::driver
