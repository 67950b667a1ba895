//===--- Redirect.h - send a standard stream to a file for a while -*- C++ -*-===//
//
// clang-tidy's handleErrors prints on standard output and LLVM's command-line
// parser reports some errors straight to standard error; the driver sends
// them to a file (--output, or a message it re-words) for the lifetime of a
// Redirect object.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_REDIRECT_H
#define CTXLIFE_TOOL_REDIRECT_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <unistd.h>

namespace ctxlife::driver {

class Redirect {
public:
  /// Sends file descriptor \p FD (1 or 2) to \p Path, created or truncated.
  Redirect(int FD, llvm::StringRef Path) : FD(FD) {
    flush();
    int File;
    if (llvm::sys::fs::openFileForWrite(Path, File, llvm::sys::fs::CD_CreateAlways))
      return;
    Saved = ::dup(FD);
    ::dup2(File, FD);
    ::close(File);
  }
  /// Sends file descriptor \p FD (1 or 2) to the open descriptor \p To,
  /// which stays open (an AtomicFile's).
  Redirect(int FD, int To) : FD(FD) {
    flush();
    Saved = ::dup(FD);
    ::dup2(To, FD);
  }
  ~Redirect() {
    flush();
    if (Saved >= 0) {
      ::dup2(Saved, FD);
      ::close(Saved);
    }
  }
  Redirect(const Redirect &) = delete;
  Redirect &operator=(const Redirect &) = delete;

private:
  void flush() { (FD == 1 ? llvm::outs() : llvm::errs()).flush(); }

  int FD;
  int Saved = -1;
};

/// Runs \p Fn with standard error going to a pipe, and returns what it
/// wrote there (library code that reports straight to standard error, when
/// ctxlife wants one line of its own). A pipe rather than a file: \p Fn may
/// exit (--help). The text must be short (a pipe's buffer).
inline std::string captureStderr(llvm::function_ref<void()> Fn) {
  int Pipe[2];
  if (::pipe(Pipe) != 0) {
    Fn();
    return "";
  }
  llvm::errs().flush();
  int Saved = ::dup(2);
  ::dup2(Pipe[1], 2);
  ::close(Pipe[1]);
  Fn();
  llvm::errs().flush();
  ::dup2(Saved, 2);
  ::close(Saved);
  std::string Text;
  char Buffer[4096];
  for (ssize_t N; (N = ::read(Pipe[0], Buffer, sizeof(Buffer))) > 0;)
    Text.append(Buffer, N);
  ::close(Pipe[0]);
  return Text;
}

} // namespace ctxlife::driver

#endif
