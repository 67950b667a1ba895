//===--- TempDir.cpp - the driver's temporary directory -------------------===//

#include "tool/TempDir.h"
#include "tool/Options.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <chrono>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr char Model[] = "ctxlife-run"; // ctxlife-run-XXXXXX
constexpr char LockName[] = ".lock";

/// `ctxlife-run-` and six hexadecimal digits, as createUniqueDirectory
/// makes them: no directory of anything else.
bool isRunDirectoryName(StringRef Name) {
  if (!Name.consume_front(Model) || !Name.consume_front("-") || Name.size() != 6)
    return false;
  return all_of(Name, [](char C) { return isHexDigit(C); });
}

bool olderThan(StringRef Path, std::chrono::seconds Age) {
  sys::fs::file_status Status;
  return !sys::fs::status(Path, Status) &&
         std::chrono::system_clock::now() - Status.getLastModificationTime() > Age;
}

/// Whether the run owning \p Dir is gone: nobody holds its lock (a lock
/// file younger than a few seconds may be about to be locked), or it never
/// got one and is old.
bool isStale(StringRef Dir) {
  SmallString<256> Lock(Dir);
  sys::path::append(Lock, LockName);
  int FD = ::open(Lock.c_str(), O_RDWR | O_CLOEXEC);
  if (FD < 0)
    return olderThan(Dir, std::chrono::hours(1));
  bool Free = ::flock(FD, LOCK_EX | LOCK_NB) == 0;
  ::close(FD); // releases the lock again
  return Free && olderThan(Lock, std::chrono::seconds(5));
}

} // namespace

unsigned removeStaleTempDirs(StringRef Parent) {
  unsigned Removed = 0;
  std::error_code EC;
  for (sys::fs::directory_iterator It(Parent, EC), End; It != End && !EC;
       It.increment(EC)) {
    if (!isRunDirectoryName(sys::path::filename(It->path())))
      continue;
    struct stat Info;
    if (::lstat(It->path().c_str(), &Info) != 0 || !S_ISDIR(Info.st_mode) ||
        Info.st_uid != ::getuid())
      continue;
    if (isStale(It->path()) && !sys::fs::remove_directories(It->path()))
      ++Removed;
  }
  return Removed;
}

TempDir::TempDir() {
  SmallString<128> System;
  sys::path::system_temp_directory(/*ErasedOnReboot=*/true, System);
  removeStaleTempDirs(System);
  SmallString<128> Created;
  Error = sys::fs::createUniqueDirectory(Model, Created);
  if (Error)
    return;
  Path = Created.str().str();
  std::string Lock = file(LockName);
  LockFD = ::open(Lock.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (LockFD < 0 || ::flock(LockFD, LOCK_EX) != 0)
    Error = std::error_code(errno, std::generic_category());
}

TempDir::~TempDir() {
  if (!Path.empty() && sys::fs::remove_directories(Path))
    warning("cannot remove the temporary directory " + Path);
  if (LockFD >= 0)
    ::close(LockFD);
}

TempDir &runTempDir() {
  static TempDir Dir;
  return Dir;
}

std::string TempDir::file(const Twine &Name) const {
  SmallString<256> P(Path);
  sys::path::append(P, Name);
  return P.str().str();
}

} // namespace ctxlife::driver
