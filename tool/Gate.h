//===--- Gate.h - baselines and diff mode ----------------------*- C++ -*-===//
//
// Adopting ctxlife on legacy code and gating pull requests:
//  - a baseline records findings by check, file, normalized text of the
//    flagged line and occurrence count, never by line number, so that it
//    survives unrelated edits that move lines;
//  - diff mode keeps the findings on lines added or changed since a git ref
//    (`git diff -U0 <ref>`, run with external diff drivers and text
//    conversion turned off).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_GATE_H
#define CTXLIFE_TOOL_GATE_H

#include "tool/Findings.h"
#include "llvm/ADT/StringMap.h"
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ctxlife::driver {

/// Baseline entries: key (see Finding::Key) -> how many findings it covers.
using BaselineCounts = std::map<std::string, unsigned>;

/// Reads a baseline file; prints a one-line error and returns nullopt on a
/// missing or malformed file.
std::optional<BaselineCounts> readBaseline(llvm::StringRef Path);

/// The entries of a baseline being recorded, in order of first appearance
/// (findings come sorted by file and position).
class BaselineWriter {
public:
  void add(const Finding &F);
  /// Writes the baseline. Returns false after a one-line error.
  bool write(llvm::StringRef Path) const;

private:
  struct Entry {
    std::string Check, File, Line;
    unsigned Count = 0;
  };
  std::vector<Entry> Entries;
  llvm::StringMap<size_t> Index; // Finding::Key -> entry
};

/// Whether the baseline covers \p F: the first N findings of each key are
/// covered. Consumes one count of \p Counts when it does.
bool takeFromBaseline(BaselineCounts &Counts, const Finding &F);

/// Added or changed lines per absolute file path.
using ChangedLines = llvm::StringMap<std::set<unsigned>>;

/// Runs `git diff` against \p Ref in the current directory's repository
/// (`HEAD` on a repository's first commit: against the empty tree). Prints
/// a one-line error and returns nullopt when git fails.
std::optional<ChangedLines> changedLinesSince(llvm::StringRef Ref);

/// The lines a commit adds or changes: the index against HEAD, or against
/// the empty tree on a repository's first commit. Prints a one-line error
/// and returns nullopt when git fails.
std::optional<ChangedLines> stagedLines();

/// Runs git with \p Args in the current directory; returns its standard
/// output, or nullopt after a one-line error naming \p What.
std::optional<std::string> runGit(llvm::ArrayRef<std::string> Args, llvm::StringRef What);
/// The same without the error message (for questions like "is this a
/// commit?").
std::optional<std::string> runGitQuietly(llvm::ArrayRef<std::string> Args);
std::optional<std::string> runGit(llvm::ArrayRef<std::string> Args, llvm::StringRef What,
                                  bool Quiet);

/// Parses unified diff output with `+++ b/<path>` headers (exposed for
/// documentation; used by changedLinesSince).
ChangedLines parseUnifiedDiff(llvm::StringRef Diff, llvm::StringRef TopLevel);

} // namespace ctxlife::driver

#endif
