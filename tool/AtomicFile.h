//===--- AtomicFile.h - files written in full or not at all ----*- C++ -*-===//
//
// Every file ctxlife writes (--output, --export-fixes, --write-baseline, the
// --export-* reports) goes through here: the text goes to a temporary file
// in the target's directory, which replaces the target (rename(2)) only once
// everything was written and synced. A run that fails, is interrupted or
// runs out of disk leaves the previous file as it was, and a file that is
// read and written in the same run (`--baseline=F --write-baseline=F`) is
// read before it changes.
//
// Permissions are those of a normal create (0666 minus the umask) for a new
// file, and the old file's for a replaced one. A symbolic link is followed:
// the file it points to is replaced, the link stays. A target that is not a
// regular file (/dev/null, a FIFO) cannot be replaced and is written
// directly; so is a name of an open descriptor (/dev/stdout, /dev/fd/N,
// /proc/self/fd/N), appending to what it holds, as writing to it would.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_ATOMICFILE_H
#define CTXLIFE_TOOL_ATOMICFILE_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>
#include <system_error>

namespace ctxlife::driver {

class AtomicFile {
public:
  /// Opens the temporary file next to \p Path (or \p Path itself when it is
  /// not a regular file). Check error() before writing.
  explicit AtomicFile(llvm::StringRef Path);
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicFile();
  AtomicFile(const AtomicFile &) = delete;
  AtomicFile &operator=(const AtomicFile &) = delete;

  /// Why the file could not be opened (or the first write error).
  std::error_code error() const;
  /// The stream to write to (valid when error() is empty).
  llvm::raw_fd_ostream &os() { return *OS; }
  /// The file descriptor under os(), for code that writes to a descriptor.
  int fd() const { return FD; }

  /// Flushes, syncs, closes and renames the file into place. On an error
  /// (a write failed, the disk is full) the target is left unchanged and
  /// the temporary file is removed.
  std::error_code commit();

private:
  std::string Target;    // the file replaced (a symbolic link resolved)
  std::string Temporary; // empty when Target is written directly
  int FD = -1;
  std::error_code OpenError;
  std::unique_ptr<llvm::raw_fd_ostream> OS;
  bool Done = false;
};

/// Writes \p Path atomically with what \p Write prints.
std::error_code writeFileAtomically(llvm::StringRef Path,
                                    llvm::function_ref<void(llvm::raw_ostream &)> Write);

/// As writeFileAtomically; on failure prints the one-line error
/// `cannot write <Flag> '<Path>': <reason>` and returns false.
bool writeOutputFile(llvm::StringRef Flag, llvm::StringRef Path,
                     llvm::function_ref<void(llvm::raw_ostream &)> Write);

/// Checks, before any analysis, that \p Path can be written later, without
/// changing it: a temporary file can be created (and is removed) in its
/// directory, or a non-regular target opens for writing. Prints the
/// one-line error above and returns false otherwise.
bool checkOutputWritable(llvm::StringRef Flag, llvm::StringRef Path);

/// Flushes standard output and reports a write error on it (a full disk,
/// `> /dev/full`) as `cannot write standard output: <reason>`; returns
/// false after that message. Also clears standard error's error state, so
/// that LLVM does not abort at exit with `IO failure on output stream`.
bool finishStandardStreams();

} // namespace ctxlife::driver

#endif
