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
//
// Exit codes: 0 no findings; 1 findings; 2 usage or configuration error;
// 3 a translation unit could not be analyzed (compile errors, crash,
// timeout). Everything that was analyzed is reported either way.
//
//===----------------------------------------------------------------------===//

#include "tool/CompileDB.h"
#include "tool/Findings.h"
#include "tool/Formats.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/Paths.h"
#include "tool/Redirect.h"
#include "tool/Worker.h"
#include "lib/compat/TidyCompat.h"
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

/// Creates (truncates) \p Path now, so that an unwritable output is a usage
/// error before any file is analyzed.
bool probeWritable(StringRef Flag, StringRef Path) {
  if (Path.empty())
    return true;
  std::error_code EC;
  raw_fd_ostream Probe(Path, EC, sys::fs::OF_None);
  if (!EC)
    return true;
  usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
  return false;
}

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
  if (!validateChecksFlag(S) || !probeWritable("--export-fixes", S.ExportFixes) ||
      !probeWritable("--output", S.Output) ||
      !probeWritable("--write-baseline", S.WriteBaseline))
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
        dropCodeLoadingFlags(*Extra, Dropped);
    std::string Globs = Options.Checks.value_or("");
    auto It = ChecksFor.find(Globs);
    if (It == ChecksFor.end())
      It = ChecksFor.emplace(Globs, ctxlife::compat::enabledCheckNames(Options)).first;
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
    if (R.Status != TUResult::Analyzed) {
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
  if (S.Format == OutputFormat::Text) {
    // clang-tidy's own printer writes to standard output.
    std::optional<Redirect> ToFile;
    if (!S.Output.empty())
      ToFile.emplace(1, S.Output);
    handleErrors(Kept, Context, Behaviour, WErrorCount, BaseFS);
    return WErrorCount;
  }
  if (Behaviour != FB_NoFix) {
    Redirect Discard(1, "/dev/null");
    handleErrors(Kept, Context, Behaviour, WErrorCount, BaseFS);
  }
  std::error_code EC;
  std::optional<raw_fd_ostream> File;
  if (!S.Output.empty())
    File.emplace(S.Output, EC, sys::fs::OF_Text);
  if (EC) {
    usageError("cannot write --output '" + S.Output + "': " + EC.message());
    return std::nullopt;
  }
  raw_ostream &OS = File ? static_cast<raw_ostream &>(*File) : outs();
  if (S.Format == OutputFormat::Json)
    writeJson(OS, Out);
  else if (S.Format == OutputFormat::Sarif)
    writeSarif(OS, Out);
  else
    writeGithub(OS, Out, sys::Process::GetEnv("GITHUB_STEP_SUMMARY").value_or(""));
  return static_cast<unsigned>(
      count_if(Kept, [](const ClangTidyError &E) { return E.IsWarningAsError; }));
}

int runDriver(const Settings &S, std::unique_ptr<ClangTidyOptionsProvider> Provider,
              const IntrusiveRefCntPtr<vfs::OverlayFileSystem> &BaseFS) {
  auto Start = std::chrono::steady_clock::now();
  if (S.ExplainGiven || S.ListChecks || S.DumpConfig) {
    ClangTidyOptions Effective =
        Provider->getOptions(absolutePath(S.Sources.empty() ? "dummy" : S.Sources.front()));
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
  if (!S.WriteBaseline.empty()) {
    std::vector<Finding> Current;
    for (const Finding &F : All)
      if (isFinding(*F.Error))
        Current.push_back(F);
    if (!writeBaseline(S.WriteBaseline, Current))
      return ExitUsage;
  }
  std::vector<ClangTidyError> Kept = gate(All, *P, Out);
  Out.Totals.Files = Results.size();
  Out.Totals.Failed = Out.Failures.size();
  Out.Totals.Findings = Out.Findings.size();
  Out.Totals.Suppressed = Stats.errorsIgnored();

  for (const TUResult &R : Results)
    forwardStderr(R.Stderr, S.Quiet);

  // Fixes: as clang-tidy, none when there are compile errors, unless
  // --fix-errors.
  FixBehaviour Behaviour = S.FixNotes ? FB_FixNotes : (S.Fix || S.FixErrors) ? FB_Fix : FB_NoFix;
  bool FixesDisabled = !Out.CompileErrors.empty() && !S.FixErrors && Behaviour != FB_NoFix;
  ClangTidyContext Context(std::move(Provider));
  std::optional<unsigned> WErrorCount =
      emit(S, Kept, Out, Context, FixesDisabled ? FB_NoFix : Behaviour, BaseFS);
  if (!WErrorCount)
    return ExitUsage;
  if (!S.ExportFixes.empty()) {
    std::error_code EC;
    raw_fd_ostream OS(S.ExportFixes, EC, sys::fs::OF_None);
    if (EC)
      return usageError("cannot write --export-fixes '" + S.ExportFixes + "': " + EC.message());
    exportReplacements(P->Jobs.front().File, Kept, OS);
  }

  if (!S.Quiet) {
    printSuppressed(Stats);
    if (FixesDisabled)
      errs() << "Found compiler errors, but -fix-errors was not specified.\n"
                "Fixes have NOT been applied.\n\n";
  }
  for (const TUResult &R : Results)
    if (R.Status != TUResult::Analyzed && R.Status != TUResult::CompileErrors)
      errs() << "ctxlife: error: " << R.File << ": " << R.Detail << "\n";
  if (!S.Quiet) {
    Out.Totals.Seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - Start).count();
    printSummary(Out.Totals);
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
  return runDriver(*S, std::move(Provider), BaseFS);
}
