//===--- Paths.h - absolute, normalized paths ------------------*- C++ -*-===//

#ifndef CTXLIFE_TOOL_PATHS_H
#define CTXLIFE_TOOL_PATHS_H

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include <string>

namespace ctxlife::driver {

/// \p Path made absolute (against \p Base when relative and \p Base is
/// given, else the current directory), without `.` and `..` components.
inline std::string absolutePath(llvm::StringRef Path, llvm::StringRef Base = "") {
  llvm::SmallString<256> Abs;
  if (llvm::sys::path::is_absolute(Path) || Base.empty()) {
    Abs = Path;
    if (llvm::sys::fs::make_absolute(Abs))
      return Path.str(); // no current directory: keep the path as given
  } else {
    Abs = Base;
    llvm::sys::path::append(Abs, Path);
  }
  llvm::sys::path::remove_dots(Abs, /*remove_dot_dot=*/true);
  return Abs.str().str();
}

} // namespace ctxlife::driver

#endif
