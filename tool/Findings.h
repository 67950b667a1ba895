//===--- Findings.h - findings with positions, for every format -*- C++ -*-===//
//
// A view of one ClangTidyError the workers reported: positions as lines and
// columns, paths relative to the project root, the text of the flagged line,
// the role of each note in the finding's path, and a fingerprint that does
// not depend on line numbers (check, file, normalized line text,
// occurrence). The baseline, the diff filter and the machine-readable
// formats all read this; the text format is clang-tidy's own (handleErrors)
// and reads the errors themselves. Findings are made one at a time, in the
// order of the FindingStore, while the outputs are written.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FINDINGS_H
#define CTXLIFE_TOOL_FINDINGS_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <optional>
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

/// What a note says about the finding's path (docs/cli.md#paths): where the
/// value became request-scoped, an alias or a helper it went through, where
/// the request ends or the work escapes it; or advice, which is no step.
enum class StepRole { Source, Alias, Helper, End, Advice, Other };

struct Note {
  std::string Message;
  Position Where;
  StepRole Role = StepRole::Other;
  std::vector<Edit> Fixes; // a note's own fix-its (--fix-notes applies them)
};

struct Finding {
  std::string Check;   // with aliases, as clang-tidy prints it
  std::string RuleId;  // the check itself
  bool IsError = false; // an error: warnings-as-errors, or a compile error
  std::string Message;
  Position Where;
  std::vector<Note> Notes;
  std::vector<Edit> Fixes;
  std::string Key;       // check, file and normalized line text
  unsigned Occurrence = 0; // among findings with the same key
  std::string Fingerprint;
};

/// Reads files and turns offsets into positions. Keeps the files used last
/// (findings come sorted by file), not every file of the run.
class SourceCache {
public:
  /// Files are read through \p FS (the --vfsoverlay files included).
  SourceCache(std::string Root, llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : Root(std::move(Root)), FS(std::move(FS)) {}

  /// \p FilePath as in a diagnostic, resolved against \p BuildDirectory.
  Position position(llvm::StringRef FilePath, llvm::StringRef BuildDirectory,
                    unsigned Offset, unsigned Length);
  const std::string &root() const { return Root; }

  /// The path shown for \p AbsolutePath: relative to the root when inside it.
  std::string displayPath(llvm::StringRef AbsolutePath, bool &InRoot) const;

  /// Lines \p First to \p Last (1-based, inclusive, cut to the file's
  /// length) of a file, with the line breaks between them but not after the
  /// last, and the offset where line \p First starts; nullopt when the file
  /// cannot be read or has no line \p First.
  std::optional<std::pair<std::string, unsigned>>
  lines(llvm::StringRef AbsolutePath, unsigned First, unsigned Last);

private:
  struct File {
    std::string Path;
    std::unique_ptr<llvm::MemoryBuffer> Buffer;
    std::vector<unsigned> LineStarts;
  };
  File *load(llvm::StringRef AbsolutePath);

  static constexpr size_t Kept = 16;
  std::string Root;
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  std::vector<std::unique_ptr<File>> Files; // most recently used first
};

/// The finding for \p E (without its occurrence and fingerprint).
Finding makeFinding(const clang::tidy::ClangTidyError &E, SourceCache &Sources);

/// Numbers findings with the same key in the order they are seen.
class Occurrences {
public:
  unsigned next(const Finding &F) { return Seen[F.Key]++; }

private:
  llvm::StringMap<unsigned> Seen;
};

/// Sets \p F's occurrence and the fingerprint that follows from it.
void setOccurrence(Finding &F, unsigned Occurrence);

/// The project root: the nearest directory at or above the current one that
/// holds `.git`, or the current directory.
std::string findProjectRoot();

/// The line text as the baseline keys it: trimmed, spaces collapsed.
std::string normalizeLine(llvm::StringRef Line);

} // namespace ctxlife::driver

#endif
