//===--- ConfigFiles.cpp - the .clang-tidy files of a run -----------------===//

#include "tool/ConfigFiles.h"
#include "tool/Options.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SourceMgr.h"

using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// What a directory's `.clang-tidy` says about the search.
enum class Found { None, Invalid, Stops, Inherits };

Found checkDirectory(StringRef Dir) {
  SmallString<256> Path(Dir);
  sys::path::append(Path, ".clang-tidy");
  sys::fs::file_status Status;
  // As clang-tidy: only a regular file is a configuration.
  if (sys::fs::status(Path, Status) || !sys::fs::is_regular_file(Status))
    return Found::None;
  auto Buffer = MemoryBuffer::getFile(Path, /*IsText=*/true);
  if (!Buffer) {
    usageError("cannot read configuration file '" + Path +
               "': " + Buffer.getError().message());
    return Found::Invalid;
  }
  StringRef Text = (*Buffer)->getBuffer();
  if (Text.empty())
    return Found::None; // clang-tidy skips empty files
  if (Text.contains('\0') || !json::isUTF8(Text)) {
    usageError("invalid configuration in " + Path + ": not a text file");
    return Found::Invalid;
  }
  std::string Error;
  auto Parsed = parseConfigurationWithDiags(
      MemoryBufferRef(Text, Path), [&](const SMDiagnostic &D) {
        if (Error.empty())
          Error = (Twine(D.getLineNo()) + ":" + Twine(D.getColumnNo() + 1) + ": " +
                   D.getMessage())
                      .str();
      });
  if (!Parsed) {
    usageError("invalid configuration in " + Path + ":" +
               (Error.empty() ? " " + Parsed.getError().message() : Error));
    return Found::Invalid;
  }
  return Parsed->InheritParentConfig.value_or(false) ? Found::Inherits : Found::Stops;
}

} // namespace

bool validateConfigFiles(ArrayRef<std::string> Files) {
  StringMap<Found> Seen; // per directory
  for (const std::string &File : Files) {
    for (StringRef Dir = sys::path::parent_path(File); !Dir.empty();
         Dir = sys::path::parent_path(Dir)) {
      auto [It, New] = Seen.try_emplace(Dir, Found::None);
      if (New)
        It->second = checkDirectory(Dir);
      if (It->second == Found::Invalid)
        return false;
      if (It->second == Found::Stops)
        break;
    }
  }
  return true;
}

} // namespace ctxlife::driver
