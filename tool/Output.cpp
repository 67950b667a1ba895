//===--- Output.cpp - the gate and every output, from one analysis --------===//

#include "tool/Output.h"
#include "tool/Redirect.h"
#include "tool/formats/Formats.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include <set>

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// A finding's primary line is in the diff (paths compared as real paths).
bool inDiff(const Finding &F, const ChangedLines &Changed) {
  if (F.Where.AbsolutePath.empty())
    return false;
  SmallString<256> Real;
  if (sys::fs::real_path(F.Where.AbsolutePath, Real))
    Real = F.Where.AbsolutePath;
  auto It = Changed.find(Real);
  return It != Changed.end() && It->second.count(F.Where.Line);
}

/// An output file of the command line.
struct OutputFile {
  std::string Flag, Path;
};

/// The files --output and --export-* name (--export-html: its index).
std::vector<OutputFile> outputFiles(const Settings &S) {
  std::vector<OutputFile> Files;
  auto Add = [&](StringRef Flag, StringRef Path) {
    if (!Path.empty())
      Files.push_back({Flag.str(), Path.str()});
  };
  Add("--output", S.Output);
  Add("--export-json", S.ExportJson);
  Add("--export-sarif", S.ExportSarif);
  Add("--export-codeclimate", S.ExportCodeClimate);
  Add("--export-fixes", S.ExportFixes);
  Add("--write-baseline", S.WriteBaseline);
  return Files;
}

std::string canonical(StringRef Path) {
  SmallString<256> Abs(Path);
  if (sys::fs::make_absolute(Abs))
    return Path.str();
  sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

/// Creates (truncates) \p Path now, so that an unwritable output is a usage
/// error before any file is analyzed.
bool probeWritable(StringRef Flag, StringRef Path) {
  std::error_code EC;
  raw_fd_ostream Probe(Path, EC, sys::fs::OF_None);
  if (!EC)
    return true;
  usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
  return false;
}

std::unique_ptr<Sink> makeSink(OutputFormat Format, raw_ostream &OS, SourceCache &Sources) {
  switch (Format) {
  case OutputFormat::Json:
    return makeJsonSink(OS, Sources);
  case OutputFormat::Sarif:
    return makeSarifSink(OS);
  case OutputFormat::Github:
    return makeGithubSink(OS, sys::Process::GetEnv("GITHUB_STEP_SUMMARY").value_or(""));
  case OutputFormat::CodeClimate:
    return makeCodeClimateSink(OS);
  case OutputFormat::Text:
    break;
  }
  return nullptr;
}

/// The open files and sinks of one run.
struct Outputs {
  std::vector<std::pair<OutputFile, std::unique_ptr<raw_fd_ostream>>> Files;
  std::vector<std::unique_ptr<Sink>> Sinks;
  std::optional<Redirect> TextToFile;

  raw_ostream *open(StringRef Flag, StringRef Path) {
    std::error_code EC;
    auto OS = std::make_unique<raw_fd_ostream>(Path, EC, sys::fs::OF_Text);
    if (EC) {
      usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
      return nullptr;
    }
    Files.emplace_back(OutputFile{Flag.str(), Path.str()}, std::move(OS));
    return Files.back().second.get();
  }

  /// Closes the files; a write error is a one-line error.
  bool close() {
    bool Ok = true;
    for (auto &[File, OS] : Files) {
      OS->close();
      if (OS->has_error()) {
        usageError("cannot write " + File.Flag + " '" + File.Path +
                   "': " + OS->error().message());
        OS->clear_error();
        Ok = false;
      }
    }
    return Ok;
  }
};

} // namespace

GateResult runGate(const FindingStore &Store, SourceCache &Sources, const GateInputs &In,
                   Summary &Totals, BaselineWriter *NewBaseline) {
  GateResult G;
  G.Kept.assign(Store.size(), false);
  G.Occurrence.assign(Store.size(), 0);
  std::optional<BaselineCounts> Baseline = In.Baseline;
  Occurrences Seen;
  for (size_t I = 0; I < Store.size(); ++I) {
    if (Store.unit(I) < In.DroppedUnits.size() && In.DroppedUnits[Store.unit(I)])
      continue;
    if (!Store.isFinding(I)) {
      // Compile errors and configuration problems are always reported.
      G.Kept[I] = true;
      G.CompileErrors |= Store.level(I) == ClangTidyError::Error;
      G.WarningsAsErrors += Store.warningAsError(I);
      continue;
    }
    Finding F = makeFinding(Store.error(I), Sources);
    G.Occurrence[I] = Seen.next(F);
    if (NewBaseline)
      NewBaseline->add(F);
    if (Baseline && takeFromBaseline(*Baseline, F)) {
      ++Totals.Baselined;
      continue;
    }
    if (In.Changed && !inDiff(F, *In.Changed)) {
      ++Totals.OutsideDiff;
      continue;
    }
    G.Kept[I] = true;
    G.WarningsAsErrors += Store.warningAsError(I);
    ++Totals.Findings;
  }
  return G;
}

bool checkOutputs(const Settings &S) {
  StringMap<std::string> Seen; // canonical path -> flag
  std::vector<OutputFile> Files = outputFiles(S);
  if (!S.ExportHtml.empty()) {
    SmallString<256> Index(S.ExportHtml);
    sys::path::append(Index, "index.html");
    Files.push_back({"--export-html", Index.str().str()});
  }
  for (const OutputFile &F : Files) {
    auto [It, New] = Seen.try_emplace(canonical(F.Path), F.Flag);
    if (!New) {
      usageError(It->second + " and " + F.Flag + " name the same file '" + F.Path + "'");
      return false;
    }
  }
  if (!S.ExportHtml.empty()) {
    if (std::error_code EC = sys::fs::create_directories(S.ExportHtml)) {
      usageError("cannot write --export-html '" + S.ExportHtml + "': " + EC.message());
      return false;
    }
  }
  for (const OutputFile &F : Files)
    if (!probeWritable(F.Flag, F.Path))
      return false;
  return true;
}

bool writeOutputs(const Settings &S, const FindingStore &Store, const GateResult &Gate,
                  SourceCache &Sources, Report &Out, ClangTidyContext &Context,
                  FixBehaviour Fix, const IntrusiveRefCntPtr<vfs::FileSystem> &BaseFS) {
  std::set<std::string> Rules(Out.RuleIds.begin(), Out.RuleIds.end());
  for (size_t I = 0; I < Store.size(); ++I)
    if (Gate.Kept[I] && Store.isFinding(I))
      Rules.insert(Store.check(I).str());
  Out.RuleIds.assign(Rules.begin(), Rules.end());

  Outputs O;
  // The format of standard output (or --output).
  bool Text = S.Format == OutputFormat::Text;
  if (Text) {
    if (!S.Output.empty())
      O.TextToFile.emplace(1, S.Output);
    O.Sinks.push_back(makeTextSink(Context, BaseFS, Fix, /*Print=*/true));
  } else {
    raw_ostream *OS = S.Output.empty() ? &outs() : O.open("--output", S.Output);
    if (!OS)
      return false;
    O.Sinks.push_back(makeSink(S.Format, *OS, Sources));
    // Fixes are applied by clang-tidy's printer; its text goes nowhere.
    if (Fix != FB_NoFix)
      O.Sinks.push_back(makeTextSink(Context, BaseFS, Fix, /*Print=*/false));
  }
  for (auto [Flag, Path, Format] :
       {std::tuple<StringRef, StringRef, OutputFormat>{"--export-json", S.ExportJson,
                                                       OutputFormat::Json},
        {"--export-sarif", S.ExportSarif, OutputFormat::Sarif},
        {"--export-codeclimate", S.ExportCodeClimate, OutputFormat::CodeClimate}}) {
    if (Path.empty())
      continue;
    raw_ostream *OS = O.open(Flag, Path);
    if (!OS)
      return false;
    O.Sinks.push_back(makeSink(Format, *OS, Sources));
  }
  std::string HtmlError;
  if (!S.ExportHtml.empty())
    O.Sinks.push_back(makeHtmlSink(S.ExportHtml, Sources, HtmlError));

  for (auto &Sink : O.Sinks)
    Sink->begin(Out);
  for (size_t I = 0; I < Store.size(); ++I) {
    if (!Gate.Kept[I])
      continue;
    ClangTidyError E = Store.error(I);
    Finding F = makeFinding(E, Sources);
    DiagnosticKind Kind = DiagnosticKind::Finding;
    if (Store.isFinding(I))
      setOccurrence(F, Gate.Occurrence[I]);
    else
      Kind = E.DiagLevel == ClangTidyError::Error ? DiagnosticKind::CompileError
                                                  : DiagnosticKind::Other;
    for (auto &Sink : O.Sinks)
      Sink->diagnostic(E, F, Kind);
  }
  for (auto &Sink : O.Sinks)
    Sink->end(Out);
  O.Sinks.clear();
  O.TextToFile.reset();
  bool Ok = O.close();
  if (!HtmlError.empty()) {
    usageError("cannot write --export-html '" + S.ExportHtml + "': " + HtmlError);
    Ok = false;
  }
  return Ok;
}

} // namespace ctxlife::driver
