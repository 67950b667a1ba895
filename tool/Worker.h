//===--- Worker.h - one translation unit per process -----------*- C++ -*-===//
//
// The driver analyzes each translation unit in a worker: the ctxlife binary
// itself, started with the user's options plus the hidden
// `--ctxlife-worker=<job> --ctxlife-report=<report>`. The job is the file
// and its final commands (tool/JobFile.h, byte-exact); the report is JSON Lines:
// the suppression counts, then one ClangTidyError per line (everything
// clang-tidy's `tooling::Diagnostic` holds, plus the warnings-as-errors flag
// and aliases), which the driver reads one line at a time. The header line
// also lists the analysis bounds reached (`limits`), so that they survive
// the split into workers and the result cache. A crash or hang
// in one translation unit therefore costs that unit only.
//
// The scheduler runs up to -j workers at once, kills a worker after
// --timeout seconds, and shows progress on a terminal.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_WORKER_H
#define CTXLIFE_TOOL_WORKER_H

#include "tool/Cache.h"
#include "tool/CompileDB.h"
#include "tool/FindingStore.h"
#include "tool/Options.h"
#include "lib/model/LimitLog.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "clang-tidy/ClangTidyOptions.h"
#include <string>
#include <vector>

namespace ctxlife::driver {

/// What happened to one translation unit.
struct TUResult {
  /// Interrupted: not analyzed, the driver was asked to stop (Signals.h).
  enum Outcome { Analyzed, CompileErrors, Crashed, TimedOut, WorkerFailed, Interrupted };
  std::string File;
  Outcome Status = WorkerFailed;
  std::string Detail; // the signal, the timeout, or why the worker failed
  unsigned Findings = 0; // diagnostics other than errors, as reported
  clang::tidy::ClangTidyStats Stats;
  std::string Stderr; // the worker's own standard error
  bool FromCache = false;
  /// Analysis bounds the checks reached (lib/model/LimitLog.h), in the
  /// order they were reached.
  std::vector<LimitHit> Limits;
};

/// The hidden worker mode: analyzes the job's file and writes the report.
int runWorker(const Settings &S,
              std::unique_ptr<clang::tidy::ClangTidyOptionsProvider> Provider,
              llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> BaseFS);

/// Reads a worker's report: its diagnostics go to \p Store (as translation
/// unit \p Unit), its counts and outcome to \p Result.
bool readWorkerReport(llvm::StringRef Path, TUResult &Result, FindingStore &Store,
                      uint32_t Unit, std::string &Error);
/// The same from the report's text (a result cache entry); adds nothing to
/// \p Store, and fails, unless the whole report is valid and the unit was
/// analyzed.
bool parseWorkerReport(llvm::StringRef Text, TUResult &Result, FindingStore &Store,
                       uint32_t Unit, std::string &Error);

/// Analyzes every job in workers, at most S.Jobs (or all cores) at a time;
/// with \p Cache, takes the results it holds and stores the clean new ones.
/// Results are in the order of \p Jobs; the diagnostics go to \p Store as
/// each worker finishes.
std::vector<TUResult> runJobs(const Settings &S, const std::vector<Job> &Jobs,
                              FindingStore &Store, ResultCache *Cache = nullptr);

} // namespace ctxlife::driver

#endif
