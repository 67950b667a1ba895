//===--- Output.cpp - the gate and every output, from one analysis --------===//

#include "tool/Output.h"
#include "tool/AtomicFile.h"
#include "tool/Redirect.h"
#include "tool/formats/Formats.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
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

/// The open files and sinks of one run. Every file is an AtomicFile: it
/// replaces the old one only once it is complete.
struct Outputs {
  std::vector<std::pair<OutputFile, std::unique_ptr<AtomicFile>>> Files;
  std::vector<std::unique_ptr<Sink>> Sinks;
  std::optional<Redirect> TextToFile;

  AtomicFile *open(StringRef Flag, StringRef Path) {
    auto File = std::make_unique<AtomicFile>(Path);
    if (std::error_code EC = File->error()) {
      usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
      return nullptr;
    }
    Files.emplace_back(OutputFile{Flag.str(), Path.str()}, std::move(File));
    return Files.back().second.get();
  }

  /// Commits the files; a write error is a one-line error (and that file
  /// stays as it was). \p TextError: a write error of the text printed to
  /// --output through standard output.
  bool close(std::error_code TextError) {
    bool Ok = true;
    for (auto &[Where, File] : Files) {
      std::error_code EC = TextError && Where.Flag == "--output" ? TextError : File->commit();
      if (EC) {
        usageError("cannot write " + Where.Flag + " '" + Where.Path + "': " + EC.message());
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
  // Checked without being changed: --write-baseline may name the
  // --baseline read later, and a failed run must leave old outputs alone.
  for (const OutputFile &F : Files)
    if (!checkOutputWritable(F.Flag, F.Path))
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
    if (!S.Output.empty()) {
      AtomicFile *File = O.open("--output", S.Output);
      if (!File)
        return false;
      O.TextToFile.emplace(1, File->fd()); // clang-tidy's printer writes to stdout
    }
    O.Sinks.push_back(makeTextSink(Context, BaseFS, Fix, /*Print=*/true));
  } else {
    AtomicFile *File = S.Output.empty() ? nullptr : O.open("--output", S.Output);
    if (!S.Output.empty() && !File)
      return false;
    O.Sinks.push_back(makeSink(S.Format, File ? File->os() : outs(), Sources));
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
    AtomicFile *File = O.open(Flag, Path);
    if (!File)
      return false;
    O.Sinks.push_back(makeSink(Format, File->os(), Sources));
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
  std::error_code TextError;
  if (O.TextToFile) {
    outs().flush();
    TextError = outs().error();
    outs().clear_error();
  }
  O.TextToFile.reset();
  bool Ok = O.close(TextError);
  if (!HtmlError.empty()) {
    usageError("cannot write --export-html '" + S.ExportHtml + "': " + HtmlError);
    Ok = false;
  }
  return Ok;
}

void printSummary(const Summary &T) {
  auto Plural = [](unsigned N, StringRef One, StringRef Many) {
    return std::to_string(N) + " " + (N == 1 ? One : Many).str();
  };
  errs() << "ctxlife: " << Plural(T.Findings, "finding", "findings") << " in "
         << Plural(T.Files, "file", "files");
  if (T.Failed)
    errs() << ", " << T.Failed << " not analyzed";
  if (T.Baselined)
    errs() << ", " << T.Baselined << " in the baseline";
  if (T.OutsideDiff)
    errs() << ", " << T.OutsideDiff << " outside the diff";
  if (T.Interrupted)
    errs() << ", " << T.Interrupted << " not analyzed (interrupted)";
  if (T.Cached)
    errs() << ", " << T.Cached << " from the cache";
  if (T.Limits)
    errs() << ", " << Plural(T.Limits, "analysis limit", "analysis limits")
           << " reached (--verbose lists them)";
  errs() << " (" << format("%.1f", T.Seconds) << "s)\n";
}

int exitCode(const Settings &S, const Report &Out, const GateResult &Gate) {
  if (!Out.Failures.empty()) {
    bool OnlyCompileErrors = all_of(Out.Failures, [](const Failure &F) {
      return F.Kind == "compile-errors";
    });
    errs() << "ctxlife: error: some translation units could not be analyzed ("
           << (OnlyCompileErrors ? "compile errors above" : "see above") << ")\n";
    return ExitAnalysisFailed;
  }
  if (Gate.WarningsAsErrors && !S.Quiet)
    errs() << Gate.WarningsAsErrors << " warning" << (Gate.WarningsAsErrors == 1 ? "" : "s")
           << " treated as error" << (Gate.WarningsAsErrors == 1 ? "" : "s") << "\n";
  if (!S.WriteBaseline.empty())
    return ExitClean;
  return Out.Totals.Findings == 0 ? ExitClean : ExitFindings;
}

} // namespace ctxlife::driver
