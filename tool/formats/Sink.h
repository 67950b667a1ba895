//===--- Sink.h - one output format, fed one diagnostic at a time -*- C++ -*-===//
//
// One analysis, every format: the driver runs the checks once and then
// walks the reported diagnostics in order, handing each to every output the
// command line asks for (text on standard output, --format/--output, the
// --export-* files). A sink writes as it goes and keeps at most a small
// summary per finding (the HTML index), so the cost of reporting grows
// linearly with the number of findings.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FORMATS_SINK_H
#define CTXLIFE_TOOL_FORMATS_SINK_H

#include "tool/Findings.h"
#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace ctxlife::driver {

/// Version of the `--format=json` schema (docs/cli.md).
constexpr int JsonSchemaVersion = 1;

/// A translation unit that could not be analyzed.
struct Failure {
  std::string File; // as shown (relative to the root when inside it)
  std::string Kind; // compile-errors, crash, timeout, worker-failed
  std::string Message;
};

/// An analysis bound a translation unit reached (lib/model/LimitLog.h):
/// findings that needed more may be missing.
struct LimitReached {
  std::string File;     // the translation unit, as shown
  std::string Limit;    // the bound's name (docs/user-guide.md#analysis-limits)
  unsigned Value = 0;
  std::string Function; // the function analyzed, when known
  std::string Path;     // where the analysis stopped, as shown
  unsigned Line = 0, Column = 0;

  auto key() const { return std::tie(File, Path, Line, Column, Limit, Function, Value); }
};

/// In one order whatever the order of the units (a sharded run merged
/// lists them as a single run does), each once.
inline void sortLimits(std::vector<LimitReached> &Limits) {
  auto Less = [](const LimitReached &A, const LimitReached &B) { return A.key() < B.key(); };
  std::sort(Limits.begin(), Limits.end(), Less);
  Limits.erase(std::unique(Limits.begin(), Limits.end(),
                           [](const LimitReached &A, const LimitReached &B) {
                             return A.key() == B.key();
                           }),
               Limits.end());
}

struct Summary {
  unsigned Files = 0;
  unsigned Failed = 0;
  unsigned Findings = 0;
  unsigned Baselined = 0;
  unsigned OutsideDiff = 0;
  unsigned Suppressed = 0; // NOLINT, header and line filters
  unsigned Interrupted = 0; // not analyzed: the run was interrupted
  unsigned Cached = 0;      // results taken from --cache-dir (not in JSON)
  unsigned Limits = 0;      // analysis bounds reached (not in the counts)
  double Seconds = 0;
};

/// What a run says besides its diagnostics. Complete before the first
/// diagnostic is written (the counts come from the gate's pass), except
/// Totals.Seconds, which is set before Sink::end.
struct Report {
  std::string Root;
  /// The rules: every check enabled for an analyzed file, and every check
  /// with a reported diagnostic, sorted.
  std::vector<std::string> RuleIds;
  std::vector<Failure> Failures;
  /// Sorted, one per bound and place.
  std::vector<LimitReached> Limits;
  Summary Totals;
  /// The signal that interrupted the run (`SIGINT`, ...) when translation
  /// units were left unanalyzed: the report is partial (tool/Signals.h).
  /// Empty otherwise.
  std::string InterruptedBy;
};

/// The one-line description of a partial report, for every format.
inline std::string partialReportMessage(const Report &R) {
  return "interrupted by " + R.InterruptedBy + ": " + std::to_string(R.Totals.Interrupted) +
         " of " + std::to_string(R.Totals.Files + R.Totals.Interrupted) +
         " translation units not analyzed; the findings are partial";
}

enum class DiagnosticKind {
  Finding,      // reported: survived NOLINT, filters, baseline and diff
  CompileError, // clang-diagnostic-error and other errors of the compiler
  Other,        // configuration problems ([clang-tidy-config])
};

class Sink {
public:
  virtual ~Sink() = default;
  virtual void begin(const Report &R) {}
  /// A reported diagnostic, in clang-tidy's order (file, offset, check).
  virtual void diagnostic(const clang::tidy::ClangTidyError &E, const Finding &F,
                          DiagnosticKind Kind) = 0;
  virtual void end(const Report &R) {}
};

} // namespace ctxlife::driver

#endif
