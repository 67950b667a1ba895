//===--- Formats.cpp - JSON, SARIF and GitHub output ----------------------===//

#include "tool/Formats.h"
#include "tool/CheckDocs.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include <map>
#include <set>

#ifndef CTXLIFE_VERSION
#define CTXLIFE_VERSION "0.0.0"
#endif

using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr const char *SrcRoot = "%SRCROOT%";

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

// --- JSON ------------------------------------------------------------------

json::Object jsonPosition(const Position &P) {
  json::Object O;
  if (P.AbsolutePath.empty())
    return O;
  O["file"] = P.Path;
  if (P.Line) {
    O["line"] = P.Line;
    O["column"] = P.Column;
    O["endLine"] = P.EndLine;
    O["endColumn"] = P.EndColumn;
  }
  return O;
}

json::Object jsonFinding(const Finding &F) {
  json::Object O = jsonPosition(F.Where);
  O["check"] = F.RuleId;
  O["level"] = F.IsError ? "error" : "warning";
  O["message"] = F.Message;
  O["fingerprint"] = F.Fingerprint;
  json::Array Notes;
  for (const auto &[Text, Where] : F.Notes) {
    json::Object N = jsonPosition(Where);
    N["message"] = Text;
    Notes.push_back(std::move(N));
  }
  O["notes"] = std::move(Notes);
  json::Array Fixes;
  for (const Edit &E : F.Fixes) {
    json::Object X = jsonPosition(E.Where);
    X["offset"] = E.Where.Offset;
    X["length"] = E.Where.Length;
    X["replacement"] = E.Replacement;
    Fixes.push_back(std::move(X));
  }
  O["fixes"] = std::move(Fixes);
  return O;
}

// --- SARIF -----------------------------------------------------------------

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
    if (!llvm::isAlnum(C)) {
      Upper = true;
      continue;
    }
    Name += Upper ? llvm::toUpper(C) : C;
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
  for (const auto &[Text, Where] : F.Notes) {
    json::Object R{{"id", static_cast<int64_t>(Related.size())},
                   {"message", json::Object{{"text", Text}}}};
    if (!Where.AbsolutePath.empty())
      R["physicalLocation"] = sarifLocation(Where);
    Related.push_back(std::move(R));
  }
  if (!Related.empty())
    Result["relatedLocations"] = std::move(Related);
  if (!F.Fixes.empty()) {
    // One fix: its replacements grouped by file.
    std::map<std::string, std::pair<const Position *, json::Array>> ByFile;
    for (const Edit &E : F.Fixes) {
      auto &Entry = ByFile[E.Where.AbsolutePath];
      Entry.first = &E.Where;
      Entry.second.push_back(
          json::Object{{"deletedRegion", sarifRegion(E.Where)},
                       {"insertedContent", json::Object{{"text", E.Replacement}}}});
    }
    json::Array Changes;
    for (auto &[File, Entry] : ByFile)
      Changes.push_back(json::Object{{"artifactLocation", sarifArtifact(*Entry.first)},
                                     {"replacements", std::move(Entry.second)}});
    Result["fixes"] = json::Array{json::Object{
        {"description", json::Object{{"text", "apply the fix suggested by " + F.RuleId}}},
        {"artifactChanges", std::move(Changes)}}};
  }
  return Result;
}

// --- GitHub ----------------------------------------------------------------

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

std::string partialReportMessage(const Report &R) {
  unsigned Total = R.Totals.Files + R.Totals.Interrupted;
  return "interrupted by " + R.InterruptedBy + ": " + std::to_string(R.Totals.Interrupted) +
         " of " + std::to_string(Total) +
         " translation units not analyzed; the findings are partial";
}

void writeJson(raw_ostream &OS, const Report &R) {
  json::Array Findings, CompileErrors, Failures;
  for (const Finding &F : R.Findings)
    Findings.push_back(jsonFinding(F));
  for (const Finding &F : R.CompileErrors)
    CompileErrors.push_back(jsonFinding(F));
  for (const Failure &F : R.Failures)
    Failures.push_back(json::Object{{"file", F.File}, {"kind", F.Kind}, {"message", F.Message}});
  const Summary &S = R.Totals;
  json::Object Doc{
      {"version", JsonSchemaVersion},
      {"tool", json::Object{{"name", "ctxlife"},
                            {"version", CTXLIFE_VERSION},
                            {"llvmVersion", LLVM_VERSION_STRING}}},
      {"root", R.Root},
      {"findings", std::move(Findings)},
      {"compileErrors", std::move(CompileErrors)},
      {"failures", std::move(Failures)},
      {"summary", json::Object{{"files", S.Files},
                               {"failed", S.Failed},
                               {"findings", S.Findings},
                               {"baselined", S.Baselined},
                               {"outsideDiff", S.OutsideDiff},
                               {"suppressed", S.Suppressed}}},
  };
  if (!R.InterruptedBy.empty()) {
    Doc["partial"] = true;
    Doc["interrupted"] = R.InterruptedBy;
    Doc.getObject("summary")->try_emplace("interrupted", S.Interrupted);
  }
  OS << formatv("{0:2}", json::Value(std::move(Doc))) << "\n";
}

void writeSarif(raw_ostream &OS, const Report &R) {
  std::set<std::string> RuleIds(R.EnabledChecks.begin(), R.EnabledChecks.end());
  for (const Finding &F : R.Findings)
    RuleIds.insert(F.RuleId);
  std::map<std::string, unsigned> RuleIndex;
  json::Array Rules;
  for (const std::string &Id : RuleIds) {
    RuleIndex[Id] = Rules.size();
    Rules.push_back(sarifRule(Id));
  }
  json::Array Results;
  for (const Finding &F : R.Findings)
    Results.push_back(sarifResult(F, RuleIndex[F.RuleId]));

  json::Array Notifications;
  for (const Finding &F : R.CompileErrors) {
    json::Object N{{"level", "error"},
                   {"message", json::Object{{"text", F.Message + " [" + F.Check + "]"}}}};
    if (!F.Where.AbsolutePath.empty())
      N["locations"] = json::Array{json::Object{{"physicalLocation", sarifLocation(F.Where)}}};
    Notifications.push_back(std::move(N));
  }
  for (const Failure &F : R.Failures)
    Notifications.push_back(json::Object{
        {"level", "error"},
        {"message", json::Object{{"text", F.File + ": " + F.Message}}}});

  json::Object Invocation{{"executionSuccessful", R.Failures.empty() && R.InterruptedBy.empty()}};
  if (!R.InterruptedBy.empty()) {
    Notifications.push_back(json::Object{
        {"level", "error"}, {"message", json::Object{{"text", partialReportMessage(R)}}}});
    Invocation["exitSignalName"] = R.InterruptedBy;
  }
  Invocation["toolExecutionNotifications"] = std::move(Notifications);

  std::string RootUri = "file://" + uriEncode(R.Root);
  if (!StringRef(RootUri).ends_with("/"))
    RootUri += "/";
  json::Object Driver{
      {"name", "ctxlife"},
      {"version", CTXLIFE_VERSION},
      {"semanticVersion", CTXLIFE_VERSION},
      {"informationUri", homepage()},
      {"rules", std::move(Rules)},
  };
  json::Object Run{
      {"tool", json::Object{{"driver", std::move(Driver)}}},
      {"originalUriBaseIds", json::Object{{SrcRoot, json::Object{{"uri", RootUri}}}}},
      {"columnKind", "unicodeCodePoints"},
      {"results", std::move(Results)},
      {"invocations", json::Array{std::move(Invocation)}},
  };
  json::Object Doc{
      {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
      {"version", "2.1.0"},
      {"runs", json::Array{std::move(Run)}},
  };
  OS << formatv("{0:2}", json::Value(std::move(Doc))) << "\n";
}

void writeGithub(raw_ostream &OS, const Report &R, StringRef StepSummary) {
  unsigned Warnings = 0, Errors = 0;
  for (const Finding &F : R.Findings) {
    (F.IsError ? Errors : Warnings) += 1;
    std::string Message = F.Message + " [" + F.Check + "]";
    for (const auto &[Text, Where] : F.Notes) {
      Message += "\nnote: ";
      if (!Where.AbsolutePath.empty())
        Message += Where.Path + ":" + std::to_string(Where.Line) + ":" +
                   std::to_string(Where.Column) + ": ";
      Message += Text;
    }
    std::string Props = githubLocation(F.Where);
    Props += (Props.empty() ? "" : ",") + std::string("title=") + escapeGithubProperty(F.Check);
    OS << "::" << (F.IsError ? "error" : "warning") << " " << Props
       << "::" << escapeGithubData(Message) << "\n";
  }
  for (const Finding &F : R.CompileErrors) {
    std::string Props = githubLocation(F.Where);
    Props += (Props.empty() ? "" : ",") + std::string("title=") + escapeGithubProperty(F.Check);
    OS << "::error " << Props << "::" << escapeGithubData(F.Message) << "\n";
  }
  for (const Failure &F : R.Failures)
    OS << "::error file=" << escapeGithubProperty(F.File)
       << ",title=" << escapeGithubProperty("ctxlife: " + F.Kind)
       << "::" << escapeGithubData(F.Message) << "\n";
  if (!R.InterruptedBy.empty())
    OS << "::error title=" << escapeGithubProperty("ctxlife: interrupted")
       << "::" << escapeGithubData(partialReportMessage(R)) << "\n";

  if (Warnings <= GithubAnnotationLimit && Errors <= GithubAnnotationLimit)
    return;
  OS << "::notice title=ctxlife::"
     << escapeGithubData(std::to_string(R.Findings.size()) +
                         " findings: GitHub shows " + std::to_string(GithubAnnotationLimit) +
                         " annotations of each level per step; all findings are listed "
                         "in the step summary")
     << "\n";
  if (StepSummary.empty())
    return;
  std::error_code EC;
  raw_fd_ostream MD(StepSummary, EC, sys::fs::OF_Append | sys::fs::OF_Text);
  if (EC)
    return;
  MD << "### ctxlife: " << R.Findings.size() << " findings\n\n"
     << "| Location | Check | Message |\n| --- | --- | --- |\n";
  for (const Finding &F : R.Findings)
    MD << "| " << markdownCell(F.Where.Path) << ":" << F.Where.Line << " | "
       << markdownCell(F.Check) << " | " << markdownCell(F.Message) << " |\n";
  MD << "\n";
}

} // namespace ctxlife::driver
