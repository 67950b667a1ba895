//===--- TempDir.h - the driver's temporary directory ----------*- C++ -*-===//
//
// The driver keeps the workers' jobs, reports and output, and git's output,
// in one directory: `ctxlife-run-XXXXXX` in the system's temporary directory
// ($TMPDIR, else /tmp). The run holds a lock on `<dir>/.lock` (flock(2))
// for as long as it lives, and removes the directory when it ends, also
// when it is interrupted (tool/Signals.h). A run killed with SIGKILL cannot
// clean up: the next run removes every `ctxlife-run-XXXXXX` directory of
// the same user whose lock nobody holds.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_TEMPDIR_H
#define CTXLIFE_TOOL_TEMPDIR_H

#include "llvm/ADT/Twine.h"
#include <string>
#include <system_error>

namespace ctxlife::driver {

class TempDir {
public:
  /// Removes stale directories of dead runs, then creates and locks this
  /// run's. Check error() before use.
  TempDir();
  /// Removes the directory.
  ~TempDir();
  TempDir(const TempDir &) = delete;
  TempDir &operator=(const TempDir &) = delete;

  std::error_code error() const { return Error; }
  const std::string &path() const { return Path; }
  /// `<dir>/<Name>`.
  std::string file(const llvm::Twine &Name) const;

private:
  std::string Path;
  int LockFD = -1;
  std::error_code Error;
};

/// The driver's directory, created on first use and removed at exit.
TempDir &runTempDir();

/// Removes the `ctxlife-run-XXXXXX` directories in \p Parent that belong to this
/// user and whose run is gone (nobody holds the lock; a directory without
/// a lock file only when it is older than an hour). Returns how many.
unsigned removeStaleTempDirs(llvm::StringRef Parent);

} // namespace ctxlife::driver

#endif
