//===--- Output.h - the gate and every output, from one analysis -*- C++ -*-===//
//
// After the workers are done, the run's diagnostics (FindingStore) are read
// twice, in order, one at a time:
//  1. the gate: the baseline and the diff decide which findings are
//     reported; the counts, the occurrences (fingerprints) and a baseline
//     being written come from this pass;
//  2. the outputs: every reported diagnostic goes to each format the
//     command line asks for (text on standard output or --output, JSON,
//     SARIF, GitHub, Code Quality, HTML), which write as they go.
// Memory stays proportional to the store, not to what the formats print.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_OUTPUT_H
#define CTXLIFE_TOOL_OUTPUT_H

#include "tool/FindingStore.h"
#include "tool/Gate.h"
#include "tool/Options.h"
#include "tool/formats/Sink.h"
#include "clang-tidy/ClangTidy.h"
#include <optional>
#include <vector>

namespace ctxlife::driver {

/// What the gate needs, read before any file is analyzed.
struct GateInputs {
  std::optional<BaselineCounts> Baseline;
  std::optional<ChangedLines> Changed;
  /// Translation units whose diagnostics are not reported at all (a new
  /// file that the flags of its neighbour do not compile: --pre-commit).
  std::vector<bool> DroppedUnits;
};

/// Which diagnostics are reported, and how each finding is numbered.
struct GateResult {
  std::vector<bool> Kept;              // per store index
  std::vector<unsigned> Occurrence;    // per store index (findings only)
  unsigned WarningsAsErrors = 0;       // among the kept
  bool CompileErrors = false;          // among the kept
};

/// Pass 1. Counts go to \p Totals; a baseline being written gets every
/// finding (after NOLINT and the filters, before --baseline and the diff).
GateResult runGate(const FindingStore &Store, SourceCache &Sources, const GateInputs &In,
                   Summary &Totals, BaselineWriter *NewBaseline);

/// Checks, before the analysis, that every output file of \p S can be
/// written (and that no two outputs name the same file). Prints a one-line
/// error and returns false otherwise.
bool checkOutputs(const Settings &S);

/// Pass 2: writes every output \p S asks for, and applies fixes with
/// \p Fix. \p Out.RuleIds gets the checks with a reported diagnostic. Returns
/// false after a one-line error (an output that cannot be written).
bool writeOutputs(const Settings &S, const FindingStore &Store, const GateResult &Gate,
                  SourceCache &Sources, Report &Out, clang::tidy::ClangTidyContext &Context,
                  clang::tidy::FixBehaviour Fix,
                  const llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> &BaseFS);

/// The summary line on standard error (`ctxlife: 3 findings in 12 files,
/// ...`).
void printSummary(const Summary &T);

/// The exit code of a run from what it reported: 3, after a one-line
/// error, when a translation unit could not be analyzed; 0 when a baseline
/// was written; 1 with findings; 0 otherwise. Unless --quiet, says how many
/// warnings were treated as errors.
int exitCode(const Settings &S, const Report &Out, const GateResult &Gate);

} // namespace ctxlife::driver

#endif
