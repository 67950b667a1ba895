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

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/raw_ostream.h"
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

} // namespace ctxlife::driver

#endif
