//===--- ctxlife.cpp - the standalone ctxlife driver ----------------------===//
//
// A driver over clang-tidy's engine library: the same check objects as the
// plugin, the same NOLINT handling, `.clang-tidy` parsing, header filtering,
// fix-it application and export. It adds what a CI gate needs (docs/cli.md):
//
//   Options.h    the command line and the configuration
//   CompileDB.h  compile databases, the files to analyze, their commands
//   Worker.h     one translation unit per worker process; the scheduler
//   FindingStore.h  the run's diagnostics, held compactly
//   Findings.h   positions, root-relative paths, fingerprints
//   Gate.h       baselines and diff mode
//   Output.h     the gate and every output format, from one analysis
//   formats/     text, JSON, SARIF, GitHub, Code Quality, HTML
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

#include "lib/compat/TidyCompat.h"
#include "tool/ArgFilter.h"
#include "tool/AtomicFile.h"
#include "tool/Cache.h"
#include "tool/CompileDB.h"
#include "tool/ConfigFiles.h"
#include "tool/Findings.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/Output.h"
#include "tool/Paths.h"
#include "tool/Merge.h"
#include "tool/PreCommit.h"
#include "tool/Redirect.h"
#include "tool/Shard.h"
#include "tool/Signals.h"
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

/// What must hold before any file is analyzed: flags, outputs, baseline,
/// diff, the files and their configurations. Prints a one-line error and
/// returns nullopt otherwise (exit code 2).
struct Plan {
  std::vector<Job> Jobs;
  GateInputs Gate;
  std::set<std::string> EnabledChecks;
  /// --pre-commit: the staged headers' filter, the jobs with inferred flags.
  std::string HeaderFilter;
  std::set<std::string> Inferred;
  std::optional<ResultCache> Cache;
};

std::optional<Plan> plan(const Settings &S, ClangTidyOptionsProvider &Provider,
                         vfs::FileSystem &FS) {
  if (!validateChecksFlag(S) || !checkOutputs(S))
    return std::nullopt;
  Plan P;
  if (!S.Baseline.empty()) {
    P.Gate.Baseline = readBaseline(S.Baseline);
    if (!P.Gate.Baseline)
      return std::nullopt;
  }
  if (!S.DiffBase.empty()) {
    P.Gate.Changed = changedLinesSince(S.DiffBase);
    if (!P.Gate.Changed)
      return std::nullopt;
  }
  if (S.PreCommit) {
    P.Gate.Changed = stagedLines();
    std::optional<PreCommitPlan> Commit = P.Gate.Changed ? planPreCommit(S, FS) : std::nullopt;
    if (!Commit)
      return std::nullopt;
    P.Jobs = std::move(Commit->Jobs);
    P.HeaderFilter = std::move(Commit->HeaderFilter);
    P.Inferred = std::move(Commit->Inferred);
    if (P.Jobs.empty()) {
      note(S, "nothing in this commit to analyze");
      return P;
    }
  } else {
    std::optional<std::vector<Job>> Jobs = collectJobs(S, FS);
    if (!Jobs)
      return std::nullopt;
    P.Jobs = std::move(*Jobs);
  }
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
      It = ChecksFor.emplace(Globs, ctxlife::compat::enabledCheckNames(Options)).first;
    P.EnabledChecks.insert(It->second.begin(), It->second.end());
  }
  warnDroppedFlags(Dropped, "ExtraArgs of the configuration");
  if (P.EnabledChecks.empty()) {
    if (!S.AllowNoChecks) {
      usageError(whyNoChecks(Provider, P.Jobs.front().File));
      return std::nullopt;
    }
    // As clang-tidy's --allow-no-checks: nothing to do is not an error.
    if (!S.Quiet)
      errs() << "ctxlife: no checks enabled; nothing analyzed (--allow-no-checks)\n";
    P.Jobs.clear();
  }
  // A shard is chosen after the checks above, which every shard makes over
  // all files: they agree on errors and on the rules of their outputs.
  if (S.ShardCount)
    P.Jobs = selectShard(std::move(P.Jobs), S.ShardIndex, S.ShardCount, S.Verbose);
  if (!S.CacheDir.empty() && S.EnableCheckProfile) {
    note(S, "--cache-dir is not used with --enable-check-profile (a profile needs an "
            "analysis)");
  } else if (!S.CacheDir.empty()) {
    // The workers' results also depend on the header filter pre-commit
    // mode adds.
    P.Cache = ResultCache::open(S.CacheDir, S, P.HeaderFilter, &FS);
    if (!P.Cache)
      return std::nullopt;
    for (const Job &J : P.Jobs)
      P.Cache->addJob(J, Provider.getOptions(J.File));
  }
  return P;
}

/// --pre-commit: a new file analyzed with its neighbour's flags that those
/// flags do not compile is skipped with a note; its diagnostics are not
/// reported, and it is no failure.
void dropUncompiledInferred(const Settings &S, Plan &P, std::vector<TUResult> &Results) {
  P.Gate.DroppedUnits.assign(Results.size(), false);
  for (size_t I = 0; I < Results.size(); ++I) {
    TUResult &R = Results[I];
    if (R.Status != TUResult::CompileErrors || !P.Inferred.count(R.File))
      continue;
    P.Gate.DroppedUnits[I] = true;
    R.Status = TUResult::Analyzed;
    R.Stderr.clear();
    note(S, R.File + ": the flags of its neighbour in the compilation database do not "
                     "compile it; skipped");
  }
}

/// The suppression counts of the workers, and the translation units that
/// could not be analyzed.
void collectResults(const std::vector<TUResult> &Results, const SourceCache &Sources,
                    ClangTidyStats &Stats, Report &Out) {
  for (const TUResult &R : Results) {
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
  // By file, whatever the order of the files on the command line, so that
  // `ctxlife merge` lists them as this run does.
  llvm::stable_sort(Out.Failures,
                    [](const Failure &L, const Failure &R) { return L.File < R.File; });
  for (const TUResult &R : Results) {
    bool InRoot;
    for (const ctxlife::LimitHit &H : R.Limits)
      Out.Limits.push_back({Sources.displayPath(R.File, InRoot), H.Name, H.Value, H.Function,
                            H.File.empty() ? "" : Sources.displayPath(H.File, InRoot), H.Line,
                            H.Column});
  }
  sortLimits(Out.Limits);
  Out.Totals.Limits = Out.Limits.size();
}

/// The last line of an interrupted run, and its exit code (Signals.h).
int reportInterruption(const Settings &S, const Report &Out, bool Partial, int Signal) {
  if (Partial) {
    std::string NotWritten;
    for (auto [What, Given] :
         {std::pair<StringRef, bool>{"fixes were not applied", S.Fix || S.FixErrors || S.FixNotes},
          {"--write-baseline was not written", !S.WriteBaseline.empty()},
          {"--export-fixes was not written", !S.ExportFixes.empty()}})
      if (Given)
        NotWritten += "; " + What.str();
    errs() << "ctxlife: error: " << partialReportMessage(Out) << NotWritten << "\n";
  }
  return interruptExitCode(Signal);
}

int runDriver(const Settings &S, std::unique_ptr<ClangTidyOptionsProvider> Provider,
              const IntrusiveRefCntPtr<vfs::OverlayFileSystem> &BaseFS) {
  auto Start = std::chrono::steady_clock::now();
  if (S.ExplainGiven || S.ListChecks || S.DumpConfig || S.ExplainConfig || S.VerifyConfig) {
    std::string File = absolutePath(S.Sources.empty() ? "dummy" : S.Sources.front());
    if (!S.ExplainGiven && !S.ConfigGiven && !validateConfigFiles({File}))
      return ExitUsage;
    if (!S.ExplainGiven && (!validateChecksFlag(S) || !validateRegexes(Provider->getOptions(File))))
      return ExitUsage;
    return runInformationalMode(S, *Provider, File).value_or(ExitClean);
  }
  std::optional<Plan> P = plan(S, *Provider, *BaseFS);
  if (!P)
    return ExitUsage;

  // The workers get the options as given, plus the staged headers to
  // report (--pre-commit).
  Settings Run = S;
  if (!P->HeaderFilter.empty())
    Run.ForwardedArgs.push_back("--header-filter=" +
                                (S.HeaderFilter ? "(" + *S.HeaderFilter + ")|" : std::string()) +
                                P->HeaderFilter);
  FindingStore Store;
  std::vector<TUResult> Results = runJobs(Run, P->Jobs, Store, P->Cache ? &*P->Cache : nullptr);
  Store.sortAndDeduplicate();
  dropUncompiledInferred(S, *P, Results);

  Report Out;
  Out.Root = findProjectRoot();
  Out.RuleIds.assign(P->EnabledChecks.begin(), P->EnabledChecks.end());
  SourceCache Sources(Out.Root, BaseFS);
  ClangTidyStats Stats;
  collectResults(Results, Sources, Stats, Out);
  // Interrupted (Signals.h): report what finished, marked partial; write
  // nothing that would act on a partial result (a baseline would forget
  // the findings of the files not analyzed).
  bool Partial = Out.Totals.Interrupted > 0;
  if (Partial)
    Out.InterruptedBy = signalName(interruptSignal());
  std::optional<BaselineWriter> NewBaseline;
  if (!S.WriteBaseline.empty() && !Partial)
    NewBaseline.emplace();
  GateResult Gate = runGate(Store, Sources, P->Gate, Out.Totals,
                            NewBaseline ? &*NewBaseline : nullptr);
  if (NewBaseline && !NewBaseline->write(S.WriteBaseline))
    return ExitUsage;
  Out.Totals.Files = Results.size() - Out.Totals.Interrupted;
  Out.Totals.Cached = count_if(Results, [](const TUResult &R) { return R.FromCache; });
  Out.Totals.Failed = Out.Failures.size();
  Out.Totals.Suppressed = Stats.errorsIgnored();

  for (const TUResult &R : Results)
    forwardStderr(R.Stderr, S.Quiet);

  // Fixes: as clang-tidy, none when there are compile errors, unless
  // --fix-errors.
  FixBehaviour Behaviour = S.FixNotes ? FB_FixNotes : (S.Fix || S.FixErrors) ? FB_Fix : FB_NoFix;
  bool FixesDisabled = Gate.CompileErrors && !S.FixErrors && Behaviour != FB_NoFix;
  if (Partial)
    Behaviour = FB_NoFix;
  ClangTidyContext Context = ctxlife::compat::makeTidyContext(std::move(Provider), false);
  if (!writeOutputs(S, Store, Gate, Sources, Out, Context,
                    FixesDisabled ? FB_NoFix : Behaviour, BaseFS))
    return ExitUsage;
  if (!S.ExportFixes.empty() && !Partial) {
    // clang-apply-replacements YAML is one document: the reported errors
    // are gathered for it.
    std::vector<ClangTidyError> Kept;
    for (size_t I = 0; I < Store.size(); ++I)
      if (Gate.Kept[I])
        Kept.push_back(Store.error(I));
    if (!writeOutputFile("--export-fixes", S.ExportFixes, [&](raw_ostream &OS) {
          exportReplacements(P->Jobs.empty() ? "" : P->Jobs.front().File, Kept, OS);
        }))
      return ExitUsage;
  }

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

  if (int Signal = interruptSignal())
    return reportInterruption(S, Out, Partial, Signal);
  bool ConfigProblems = false;
  for (size_t I = 0; I < Store.size(); ++I)
    ConfigProblems |= Store.check(I) == "clang-tidy-config";
  if (ConfigProblems) {
    errs() << "ctxlife: error: invalid check options (see the "
              "[clang-tidy-config] diagnostics above)\n";
    return ExitUsage;
  }
  return exitCode(S, Out, Gate);
}

} // namespace

int main(int argc, const char **argv) {
  InitLLVM X(argc, argv);
  if (argc > 1 && StringRef(argv[1]) == "merge")
    return runMerge(ArrayRef(argv + 2, argv + argc));
  setBugReportMsg("ctxlife crashed. Please report it with the stack dump below "
                  "and the compile command of the file.\n");
  std::optional<Settings> S = parseCommandLine(argc, argv);
  if (!S)
    return ExitUsage;
  IntrusiveRefCntPtr<vfs::OverlayFileSystem> BaseFS = createBaseFS();
  if (!BaseFS)
    return ExitUsage;
  std::unique_ptr<ClangTidyOptionsProvider> Provider = createOptionsProvider(BaseFS);
  if (!Provider)
    return ExitUsage;
  if (!S->WorkerJob.empty())
    return runWorker(*S, std::move(Provider), BaseFS);
  installInterruptHandlers();
  int Code = runDriver(*S, std::move(Provider), BaseFS);
  // A full disk or `> /dev/full`: one line and exit 2, not LLVM's abort.
  return finishStandardStreams() ? Code : ExitUsage;
}
