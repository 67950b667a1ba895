//===--- Formats.h - JSON, SARIF and GitHub output ------------*- C++ -*-===//
//
// The machine-readable formats. The text format is clang-tidy's own output
// (handleErrors) and is not here. Each writer gets the same Report: the
// findings that remain after the baseline and diff filters, the compile
// errors, and the translation units that could not be analyzed.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FORMATS_H
#define CTXLIFE_TOOL_FORMATS_H

#include "tool/Findings.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
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

struct Summary {
  unsigned Files = 0;
  unsigned Failed = 0;
  unsigned Findings = 0;
  unsigned Baselined = 0;
  unsigned OutsideDiff = 0;
  unsigned Suppressed = 0; // NOLINT, header and line filters
  unsigned Cached = 0;     // results taken from --cache-dir (not in JSON/SARIF)
  double Seconds = 0;
};

struct Report {
  std::string Root;
  std::vector<std::string> EnabledChecks;
  std::vector<Finding> Findings;      // what remains: reported
  std::vector<Finding> CompileErrors; // clang-diagnostic-error and friends
  std::vector<Failure> Failures;
  Summary Totals;
};

void writeJson(llvm::raw_ostream &OS, const Report &R);
void writeSarif(llvm::raw_ostream &OS, const Report &R);
/// GitHub workflow commands on \p OS, and a Markdown step summary appended
/// to \p StepSummary (the $GITHUB_STEP_SUMMARY file, if set) when there are
/// more findings than GitHub shows as annotations.
void writeGithub(llvm::raw_ostream &OS, const Report &R, llvm::StringRef StepSummary);

/// GitHub shows at most this many annotations of each level per step.
constexpr unsigned GithubAnnotationLimit = 10;

/// The workflow-command escaping of a message, and of a property value.
std::string escapeGithubData(llvm::StringRef Text);
std::string escapeGithubProperty(llvm::StringRef Text);

} // namespace ctxlife::driver

#endif
