//===--- AtomicFile.cpp - files written in full or not at all -------------===//

#include "tool/AtomicFile.h"
#include "tool/Options.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;

namespace ctxlife::driver {
namespace {

/// \p Path with a symbolic link resolved (the link itself stays), or as
/// given when it does not exist yet.
std::string resolveTarget(StringRef Path) {
  SmallString<256> Real;
  if (sys::fs::is_symlink_file(Path) && !sys::fs::real_path(Path, Real))
    return Real.str().str();
  return Path.str();
}

/// The target exists and is not a regular file (a device, a FIFO): it is
/// written in place.
bool writtenInPlace(StringRef Target) {
  sys::fs::file_status Status;
  return !sys::fs::status(Target, Status) && sys::fs::exists(Status) &&
         !sys::fs::is_regular_file(Status) && !sys::fs::is_directory(Status);
}

/// /dev/stdout, /dev/stderr, /dev/fd/N, /proc/<pid>/fd/N: an open file of
/// the process (a pipe, or a file the shell opened for appending), never
/// replaced.
bool namesDescriptor(StringRef Path) {
  if (Path == "/dev/stdout" || Path == "/dev/stderr" || Path.starts_with("/dev/fd/"))
    return true;
  if (!Path.consume_front("/proc/"))
    return false;
  return Path.split('/').second.starts_with("fd/");
}

std::error_code lastError() { return std::error_code(errno, std::generic_category()); }

} // namespace

AtomicFile::AtomicFile(StringRef Path) : Target(resolveTarget(Path)) {
  if (sys::fs::is_directory(Target)) {
    OpenError = std::make_error_code(std::errc::is_a_directory);
    return;
  }
  if (namesDescriptor(Path)) {
    // Written after what the descriptor already holds, as writing to it
    // would (`--output=/dev/stdout >> log`).
    Target = Path.str();
    OpenError = sys::fs::openFileForWrite(Target, FD, sys::fs::CD_OpenAlways,
                                          sys::fs::OF_Append);
  } else if (writtenInPlace(Target)) {
    OpenError = sys::fs::openFileForWrite(Target, FD, sys::fs::CD_OpenAlways);
  } else {
    SmallString<256> Model(sys::path::parent_path(Target));
    sys::path::append(Model, "." + sys::path::filename(Target) + ".ctxlife-%%%%%%.tmp");
    SmallString<256> Created;
    // 0666 minus the umask, as for any new file.
    OpenError = sys::fs::createUniqueFile(Model, FD, Created, sys::fs::OF_None,
                                          sys::fs::all_read | sys::fs::all_write);
    if (!OpenError) {
      Temporary = Created.str().str();
      // A replaced file keeps its permissions.
      struct stat Old;
      if (::stat(Target.c_str(), &Old) == 0)
        (void)::fchmod(FD, Old.st_mode & 07777);
    }
  }
  if (!OpenError)
    OS = std::make_unique<raw_fd_ostream>(FD, /*shouldClose=*/false);
}

AtomicFile::~AtomicFile() {
  if (OS) {
    OS->clear_error();
    OS.reset();
  }
  if (FD >= 0)
    ::close(FD);
  if (!Done && !Temporary.empty() && sys::fs::remove(Temporary))
    warning("cannot remove the temporary file " + Temporary);
}

std::error_code AtomicFile::error() const {
  if (OpenError)
    return OpenError;
  return OS ? OS->error() : std::error_code();
}

std::error_code AtomicFile::commit() {
  if (OpenError)
    return OpenError;
  OS->flush();
  std::error_code EC = OS->error();
  OS->clear_error();
  if (!EC && !Temporary.empty() && ::fsync(FD) != 0)
    EC = lastError();
  if (::close(FD) != 0 && !EC)
    EC = lastError();
  FD = -1;
  if (EC || Temporary.empty())
    return EC;
  if (std::error_code Renamed = sys::fs::rename(Temporary, Target))
    return Renamed;
  Done = true;
  return {};
}

std::error_code writeFileAtomically(StringRef Path, function_ref<void(raw_ostream &)> Write) {
  AtomicFile File(Path);
  if (std::error_code EC = File.error())
    return EC;
  Write(File.os());
  return File.commit();
}

bool writeOutputFile(StringRef Flag, StringRef Path, function_ref<void(raw_ostream &)> Write) {
  if (std::error_code EC = writeFileAtomically(Path, Write)) {
    usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

bool checkOutputWritable(StringRef Flag, StringRef Path) {
  if (Path.empty())
    return true;
  // Opening the temporary file is the check; nothing is committed, so the
  // target is untouched and the temporary file is removed.
  AtomicFile Probe(Path);
  if (std::error_code EC = Probe.error()) {
    usageError("cannot write " + Flag + " '" + Path + "': " + EC.message());
    return false;
  }
  return true;
}

bool finishStandardStreams() {
  outs().flush();
  std::error_code EC = outs().error();
  outs().clear_error();
  errs().clear_error();
  if (!EC)
    return true;
  usageError("cannot write standard output: " + EC.message());
  errs().clear_error();
  return false;
}

} // namespace ctxlife::driver
