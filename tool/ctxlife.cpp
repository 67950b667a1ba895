//===--- ctxlife.cpp - the standalone ctxlife driver ----------------------===//
//
// A driver over clang-tidy's engine library: the same check objects as the
// plugin, the same NOLINT handling, `.clang-tidy` parsing, header filtering,
// fix-it application and export. It adds what a CI gate needs (docs/cli.md):
//
//   Options.h    the command line and the configuration
//   CompileDB.h  compile databases, the files to analyze, their commands
//   Worker.h     one translation unit per worker process; the scheduler
//   Findings.h   positions, root-relative paths, fingerprints
//   Gate.h       baselines and diff mode
//   Formats.h    JSON, SARIF and GitHub output (text is clang-tidy's)
//   Runner.h     clang-tidy's engine over one translation unit
//   ConfigFiles.h  the .clang-tidy files, checked before any analysis
//   ArgFilter.h  flags that would load code, on clang's driver option table
//   JsonDatabase.h, JobFile.h  streamed databases; byte-exact worker jobs
//   AtomicFile.h every output file written in full or not at all
//   Signals.h, TempDir.h  interruption; the run's temporary directory
//   TestHooks.h  faults on demand, in the test-only binary only
//
// Exit codes: 0 no findings; 1 findings; 2 usage or configuration error;
// 3 a translation unit could not be analyzed (compile errors, crash,
// timeout); 128 + N stopped by signal N (Signals.h). Everything that was
// analyzed is reported either way.
//
//===----------------------------------------------------------------------===//

#include "tool/ArgFilter.h"
#include "tool/AtomicFile.h"
#include "tool/CompileDB.h"
#include "tool/ConfigFiles.h"
#include "tool/Findings.h"
#include "tool/Formats.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/Paths.h"
#include "tool/Redirect.h"
#include "tool/Signals.h"
#include "tool/Worker.h"
#include "clang-tidy/ClangTidy.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/InitLLVM.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/PrettyStackTrace.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <map>
#include <set>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;
using namespace ctxlife::driver;

extern volatile int CtxLifeModuleAnchorSource;
static int LLVM_ATTRIBUTE_UNUSED CtxLifeModuleAnchorDestination =
    CtxLifeModuleAnchorSource;

namespace {

bool isFinding(const ClangTidyError &E) {
  return E.DiagLevel != ClangTidyError::Error && E.DiagnosticName != "clang-tidy-config";
}

/// A worker's standard error, without clang's `N warnings generated.` lines
/// when --quiet is given.
void forwardStderr(StringRef Text, bool Quiet) {
  static const Regex Generated("^[0-9]+ (warning|error)s? (and [0-9]+ errors? )?generated\\.$");
  SmallVector<StringRef, 16> Lines;
  Text.split(Lines, '\n');
  if (!Lines.empty() && Lines.back().empty())
    Lines.pop_back();
  for (StringRef Line : Lines)
    if (!Quiet || !Generated.match(Line))
      errs() << Line << "\n";
}

void printSuppressed(const ClangTidyStats &S) {
  if (!S.errorsIgnored())
    return;
  errs() << "Suppressed " << S.errorsIgnored() << " warnings (";
  StringRef Sep;
  if (S.ErrorsIgnoredNonUserCode) {
    errs() << S.ErrorsIgnoredNonUserCode << " in non-user code";
    Sep = ", ";
  }
  if (S.ErrorsIgnoredLineFilter) {
    errs() << Sep << S.ErrorsIgnoredLineFilter << " due to line filter";
    Sep = ", ";
  }
  if (S.ErrorsIgnoredNOLINT) {
    errs() << Sep << S.ErrorsIgnoredNOLINT << " NOLINT";
    Sep = ", ";
  }
  if (S.ErrorsIgnoredCheckFilter)
    errs() << Sep << S.ErrorsIgnoredCheckFilter << " with check filters";
  errs() << ").\n";
}

std::string plural(unsigned N, StringRef One, StringRef Many) {
  return std::to_string(N) + " " + (N == 1 ? One : Many).str();
}

void printSummary(const Summary &T) {
  errs() << "ctxlife: " << plural(T.Findings, "finding", "findings") << " in "
         << plural(T.Files, "file", "files");
  if (T.Failed)
    errs() << ", " << T.Failed << " not analyzed";
  if (T.Baselined)
    errs() << ", " << T.Baselined << " in the baseline";
  if (T.OutsideDiff)
    errs() << ", " << T.OutsideDiff << " outside the diff";
  if (T.Interrupted)
    errs() << ", " << T.Interrupted << " not analyzed (interrupted)";
  errs() << " (" << format("%.1f", T.Seconds) << "s)\n";
}

StringRef outcomeKind(TUResult::Outcome O) {
  switch (O) {
  case TUResult::Analyzed:
    return "analyzed";
  case TUResult::CompileErrors:
    return "compile-errors";
  case TUResult::Crashed:
    return "crash";
  case TUResult::TimedOut:
    return "timeout";
  case TUResult::WorkerFailed:
    return "worker-failed";
  case TUResult::Interrupted:
    return "interrupted";
  }
  return "worker-failed";
}

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

/// What must hold before any file is analyzed: flags, outputs, baseline,
/// diff, the files and their configurations. Prints a one-line error and
/// returns nullopt otherwise (exit code 2).
struct Plan {
  std::vector<Job> Jobs;
  std::optional<BaselineCounts> Baseline;
  std::optional<ChangedLines> Changed;
  std::set<std::string> EnabledChecks;
};

std::optional<Plan> plan(const Settings &S, ClangTidyOptionsProvider &Provider) {
  // Outputs are checked without being touched: --write-baseline may name
  // the --baseline read below.
  if (!validateChecksFlag(S) || !checkOutputWritable("--export-fixes", S.ExportFixes) ||
      !checkOutputWritable("--output", S.Output) ||
      !checkOutputWritable("--write-baseline", S.WriteBaseline))
    return std::nullopt;
  Plan P;
  if (!S.Baseline.empty()) {
    P.Baseline = readBaseline(S.Baseline);
    if (!P.Baseline)
      return std::nullopt;
  }
  if (!S.DiffBase.empty()) {
    P.Changed = changedLinesSince(S.DiffBase);
    if (!P.Changed)
      return std::nullopt;
  }
  std::optional<std::vector<Job>> Jobs = collectJobs(S);
  if (!Jobs)
    return std::nullopt;
  P.Jobs = std::move(*Jobs);
  if (!S.ConfigGiven) {
    std::vector<std::string> Files;
    Files.reserve(P.Jobs.size());
    for (const Job &J : P.Jobs)
      Files.push_back(J.File);
    if (!validateConfigFiles(Files))
      return std::nullopt;
  }
  // Each file's configuration must be valid, and some file must have a check
  // enabled (a directory may switch ctxlife off on purpose).
  std::map<std::string, std::vector<std::string>> ChecksFor;
  // The configuration comes with the pull request too: its ExtraArgs lose
  // their code-loading flags in the workers, and the user hears of it here.
  std::vector<std::string> Dropped;
  for (const Job &J : P.Jobs) {
    ClangTidyOptions Options = Provider.getOptions(J.File);
    if (!validateRegexes(Options))
      return std::nullopt;
    for (const auto &Extra : {Options.ExtraArgsBefore, Options.ExtraArgs})
      if (Extra)
        dropCodeLoadingFlags(*Extra, Dropped, /*HasProgram=*/false);
    std::string Globs = Options.Checks.value_or("");
    auto It = ChecksFor.find(Globs);
    if (It == ChecksFor.end())
      It = ChecksFor.emplace(Globs, getCheckNames(Options, false)).first;
    P.EnabledChecks.insert(It->second.begin(), It->second.end());
  }
  warnDroppedFlags(Dropped, "ExtraArgs of the configuration");
  if (P.EnabledChecks.empty()) {
    usageError("no checks enabled (see --checks and --list-checks)");
    return std::nullopt;
  }
  return P;
}

/// The workers' errors in clang-tidy's order, one copy of each header
/// finding; their counts; and the failed translation units in \p Out.
std::vector<ClangTidyError> merge(std::vector<TUResult> &Results, ClangTidyStats &Stats,
                                  const SourceCache &Sources, Report &Out) {
  std::vector<ClangTidyError> Errors;
  for (TUResult &R : Results) {
    for (ClangTidyError &E : R.Errors)
      Errors.push_back(std::move(E));
    Stats.ErrorsIgnoredCheckFilter += R.Stats.ErrorsIgnoredCheckFilter;
    Stats.ErrorsIgnoredNOLINT += R.Stats.ErrorsIgnoredNOLINT;
    Stats.ErrorsIgnoredNonUserCode += R.Stats.ErrorsIgnoredNonUserCode;
    Stats.ErrorsIgnoredLineFilter += R.Stats.ErrorsIgnoredLineFilter;
    if (R.Status == TUResult::Interrupted) {
      ++Out.Totals.Interrupted;
    } else if (R.Status != TUResult::Analyzed) {
      bool InRoot;
      std::string Detail = R.Status == TUResult::CompileErrors ? "compile errors" : R.Detail;
      Out.Failures.push_back({Sources.displayPath(R.File, InRoot),
                              outcomeKind(R.Status).str(), Detail});
    }
  }
  sortAndDeduplicate(Errors);
  return Errors;
}

/// The gate: the baseline, then the diff. Fills \p Out with the findings
/// that remain and the compile errors, and returns the errors to print and
/// fix (compile errors and configuration problems always stay).
std::vector<ClangTidyError> gate(const std::vector<Finding> &All, const Plan &P,
                                 Report &Out) {
  std::vector<Finding> Current;
  for (const Finding &F : All)
    if (isFinding(*F.Error))
      Current.push_back(F);
  std::vector<bool> Baselined(Current.size(), false);
  if (P.Baseline)
    Baselined = inBaseline(Current, *P.Baseline);
  std::vector<ClangTidyError> Kept;
  size_t Next = 0;
  for (const Finding &F : All) {
    if (!isFinding(*F.Error)) {
      Kept.push_back(*F.Error);
      if (F.Error->DiagLevel == ClangTidyError::Error)
        Out.CompileErrors.push_back(F);
      continue;
    }
    if (Baselined[Next++]) {
      ++Out.Totals.Baselined;
      continue;
    }
    if (P.Changed && !inDiff(F, *P.Changed)) {
      ++Out.Totals.OutsideDiff;
      continue;
    }
    Kept.push_back(*F.Error);
    Out.Findings.push_back(F);
  }
  return Kept;
}

/// Prints (or writes to --output) the findings in the chosen format and
/// applies the fixes, once. Returns the number of warnings-as-errors, or
/// nullopt after a one-line error.
std::optional<unsigned> emit(const Settings &S, const std::vector<ClangTidyError> &Kept,
                             const Report &Out, ClangTidyContext &Context,
                             FixBehaviour Behaviour,
                             const IntrusiveRefCntPtr<vfs::OverlayFileSystem> &BaseFS) {
  unsigned WErrorCount = 0;
  std::optional<AtomicFile> File;
  if (!S.Output.empty())
    File.emplace(S.Output);
  auto Failed = [&](std::error_code EC) {
    usageError("cannot write --output '" + S.Output + "': " + EC.message());
    return std::nullopt;
  };
  if (File && File->error())
    return Failed(File->error());
  if (S.Format == OutputFormat::Text) {
    // clang-tidy's own printer writes to standard output.
    {
      std::optional<Redirect> ToFile;
      if (File)
        ToFile.emplace(1, File->fd());
      handleErrors(Kept, Context, Behaviour, WErrorCount, BaseFS);
      if (File) {
        outs().flush();
        std::error_code EC = outs().error();
        outs().clear_error();
        if (EC)
          return Failed(EC);
      }
    }
    if (File)
      if (std::error_code EC = File->commit())
        return Failed(EC);
    return WErrorCount;
  }
  if (Behaviour != FB_NoFix) {
    Redirect Discard(1, "/dev/null");
    handleErrors(Kept, Context, Behaviour, WErrorCount, BaseFS);
  }
  raw_ostream &OS = File ? static_cast<raw_ostream &>(File->os()) : outs();
  if (S.Format == OutputFormat::Json)
    writeJson(OS, Out);
  else if (S.Format == OutputFormat::Sarif)
    writeSarif(OS, Out);
  else
    writeGithub(OS, Out, sys::Process::GetEnv("GITHUB_STEP_SUMMARY").value_or(""));
  if (File)
    if (std::error_code EC = File->commit())
      return Failed(EC);
  return static_cast<unsigned>(
      count_if(Kept, [](const ClangTidyError &E) { return E.IsWarningAsError; }));
}

int runDriver(const Settings &S, std::unique_ptr<ClangTidyOptionsProvider> Provider,
              const IntrusiveRefCntPtr<vfs::OverlayFileSystem> &BaseFS) {
  auto Start = std::chrono::steady_clock::now();
  if (S.ExplainGiven || S.ListChecks || S.DumpConfig) {
    std::string First = absolutePath(S.Sources.empty() ? "dummy" : S.Sources.front());
    if (!S.ExplainGiven && !S.ConfigGiven && !validateConfigFiles({First}))
      return ExitUsage;
    ClangTidyOptions Effective = Provider->getOptions(First);
    if (!S.ExplainGiven && (!validateChecksFlag(S) || !validateRegexes(Effective)))
      return ExitUsage;
    return runInformationalMode(S, Effective).value_or(ExitClean);
  }
  std::optional<Plan> P = plan(S, *Provider);
  if (!P)
    return ExitUsage;

  std::vector<TUResult> Results = runJobs(S, P->Jobs);

  Report Out;
  Out.Root = findProjectRoot();
  Out.EnabledChecks.assign(P->EnabledChecks.begin(), P->EnabledChecks.end());
  SourceCache Sources(Out.Root);
  ClangTidyStats Stats;
  std::vector<ClangTidyError> Errors = merge(Results, Stats, Sources, Out);
  std::vector<Finding> All = makeFindings(Errors, Sources);
  // Interrupted (Signals.h): report what finished, marked partial; write
  // nothing that would act on a partial result (a baseline would forget
  // the findings of the files not analyzed).
  bool Partial = Out.Totals.Interrupted > 0;
  if (Partial)
    Out.InterruptedBy = signalName(interruptSignal());
  if (!S.WriteBaseline.empty() && !Partial) {
    std::vector<Finding> Current;
    for (const Finding &F : All)
      if (isFinding(*F.Error))
        Current.push_back(F);
    if (!writeBaseline(S.WriteBaseline, Current))
      return ExitUsage;
  }
  std::vector<ClangTidyError> Kept = gate(All, *P, Out);
  Out.Totals.Files = Results.size() - Out.Totals.Interrupted;
  Out.Totals.Failed = Out.Failures.size();
  Out.Totals.Findings = Out.Findings.size();
  Out.Totals.Suppressed = Stats.errorsIgnored();

  for (const TUResult &R : Results)
    forwardStderr(R.Stderr, S.Quiet);

  // Fixes: as clang-tidy, none when there are compile errors, unless
  // --fix-errors.
  FixBehaviour Behaviour = S.FixNotes ? FB_FixNotes : (S.Fix || S.FixErrors) ? FB_Fix : FB_NoFix;
  bool FixesDisabled = !Out.CompileErrors.empty() && !S.FixErrors && Behaviour != FB_NoFix;
  if (Partial)
    Behaviour = FB_NoFix;
  ClangTidyContext Context(std::move(Provider), false, false);
  std::optional<unsigned> WErrorCount =
      emit(S, Kept, Out, Context, FixesDisabled ? FB_NoFix : Behaviour, BaseFS);
  if (!WErrorCount)
    return ExitUsage;
  if (!S.ExportFixes.empty() && !Partial &&
      !writeOutputFile("--export-fixes", S.ExportFixes, [&](raw_ostream &OS) {
        exportReplacements(P->Jobs.front().File, Kept, OS);
      }))
    return ExitUsage;

  if (!S.Quiet) {
    printSuppressed(Stats);
    if (FixesDisabled)
      errs() << "Found compiler errors, but -fix-errors was not specified.\n"
                "Fixes have NOT been applied.\n\n";
  }
  for (const TUResult &R : Results)
    if (R.Status != TUResult::Analyzed && R.Status != TUResult::CompileErrors &&
        R.Status != TUResult::Interrupted)
      errs() << "ctxlife: error: " << R.File << ": " << R.Detail << "\n";
  if (!S.Quiet) {
    Out.Totals.Seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    printSummary(Out.Totals);
  }

  if (int Signal = interruptSignal()) {
    if (Partial) {
      std::string NotWritten;
      for (auto [Flag, Given] : {std::pair<StringRef, bool>{"fixes were not applied", S.Fix || S.FixErrors || S.FixNotes},
                                 {"--write-baseline was not written", !S.WriteBaseline.empty()},
                                 {"--export-fixes was not written", !S.ExportFixes.empty()}})
        if (Given)
          NotWritten += "; " + Flag.str();
      errs() << "ctxlife: error: " << partialReportMessage(Out) << NotWritten << "\n";
    }
    return interruptExitCode(Signal);
  }
  if (any_of(Errors, [](const ClangTidyError &E) {
        return E.DiagnosticName == "clang-tidy-config";
      })) {
    errs() << "ctxlife: error: invalid check options (see the "
              "[clang-tidy-config] diagnostics above)\n";
    return ExitUsage;
  }
  if (!Out.Failures.empty()) {
    bool OnlyCompileErrors = all_of(Out.Failures, [](const Failure &F) {
      return F.Kind == "compile-errors";
    });
    errs() << "ctxlife: error: some translation units could not be analyzed ("
           << (OnlyCompileErrors ? "compile errors above" : "see above") << ")\n";
    return ExitAnalysisFailed;
  }
  if (*WErrorCount && !S.Quiet)
    errs() << *WErrorCount << " warning" << (*WErrorCount == 1 ? "" : "s")
           << " treated as error" << (*WErrorCount == 1 ? "" : "s") << "\n";
  if (!S.WriteBaseline.empty())
    return ExitClean;
  return Out.Findings.empty() ? ExitClean : ExitFindings;
}

} // namespace

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  setBugReportMsg("ctxlife crashed. Please report it with the stack dump below "
                  "and the compile command of the file.\n");
  std::optional<Settings> S = parseCommandLine(argc, argv);
  if (!S)
    return ExitUsage;
  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  std::unique_ptr<ClangTidyOptionsProvider> Provider = createOptionsProvider(BaseFS);
  if (!Provider)
    return ExitUsage;
  if (!S->WorkerJob.empty())
    return runWorker(*S, std::move(Provider));
  installInterruptHandlers();
  int Code = runDriver(*S, std::move(Provider), BaseFS);
  // A full disk or `> /dev/full`: one line and exit 2, not LLVM's abort.
  return finishStandardStreams() ? Code : ExitUsage;
}
