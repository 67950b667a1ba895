//===--- Findings.h - findings with positions, for every format -*- C++ -*-===//
//
// A view of the ClangTidyErrors the workers reported: positions as lines and
// columns, paths relative to the project root, the text of the flagged line,
// and a fingerprint that does not depend on line numbers (check, file,
// normalized line text, occurrence). The baseline, the diff filter and the
// JSON, SARIF and GitHub formats all read this; the text format is
// clang-tidy's own (handleErrors) and reads the errors themselves.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FINDINGS_H
#define CTXLIFE_TOOL_FINDINGS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include <memory>
#include <string>
#include <vector>

namespace ctxlife::driver {

/// A place in a file. Lines and columns are 1-based; the end is exclusive.
/// Columns count bytes (as clang does); the *Chars variants count Unicode
/// code points (as SARIF's `unicodeCodePoints`).
struct Position {
  std::string AbsolutePath; // empty: no file (command-line diagnostics)
  std::string Path;         // relative to the root when inside it
  bool InRoot = false;
  unsigned Offset = 0, Length = 0;
  unsigned Line = 0, Column = 0, EndLine = 0, EndColumn = 0;
  unsigned ColumnChars = 0, EndColumnChars = 0;
  std::string LineText; // the whole first line, without the newline
};

struct Edit {
  Position Where;
  std::string Replacement;
};

struct Finding {
  const clang::tidy::ClangTidyError *Error = nullptr;
  std::string Check;   // with aliases, as clang-tidy prints it
  std::string RuleId;  // the check itself
  bool IsError = false; // an error: warnings-as-errors, or a compile error
  std::string Message;
  Position Where;
  std::vector<std::pair<std::string, Position>> Notes;
  std::vector<Edit> Fixes;
  std::string Key;       // check, file and normalized line text
  unsigned Occurrence = 0; // among findings with the same key
  std::string Fingerprint;
};

/// Reads files once and turns offsets into positions.
class SourceCache {
public:
  explicit SourceCache(std::string Root) : Root(std::move(Root)) {}

  /// \p FilePath as in a diagnostic, resolved against \p BuildDirectory.
  Position position(llvm::StringRef FilePath, llvm::StringRef BuildDirectory,
                    unsigned Offset, unsigned Length);
  const std::string &root() const { return Root; }

  /// The path shown for \p AbsolutePath: relative to the root when inside it.
  std::string displayPath(llvm::StringRef AbsolutePath, bool &InRoot) const;

private:
  struct File {
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  File *load(llvm::StringRef AbsolutePath);

  std::string Root;
  llvm::StringMap<File> Files;
};

/// The project root: the nearest directory at or above the current one that
/// holds `.git`, or the current directory.
std::string findProjectRoot();

/// Findings for \p Errors (sorted as the text output is), with occurrences
/// and fingerprints.
std::vector<Finding> makeFindings(llvm::ArrayRef<clang::tidy::ClangTidyError> Errors,
                                  SourceCache &Sources);

/// The line text as the baseline keys it: trimmed, spaces collapsed.
std::string normalizeLine(llvm::StringRef Line);

/// A finding's key: check, shown path and normalized text of its line.
std::string findingKey(llvm::StringRef Check, llvm::StringRef Path, llvm::StringRef LineText);

/// The fingerprint of the \p Occurrence-th finding (from 0) with \p Key.
std::string fingerprint(llvm::StringRef Key, unsigned Occurrence);

/// Orders errors by file, position, check and message (clang-tidy's order),
/// and removes the duplicates that several translation units report for
/// the same header.
void sortAndDeduplicate(std::vector<clang::tidy::ClangTidyError> &Errors);

} // namespace ctxlife::driver

#endif
