//===--- IncludeGraph.h - which source includes a header -------*- C++ -*-===//
//
// A header is analyzed through a translation unit that includes it. The
// include graph of the repository is read from the `#include` lines of its
// files (no preprocessing: it is cheap, and a source that turns out not to
// include the header under its macros only costs an analysis with no
// finding there), resolved as the compiler would: against the including
// file's directory and the -I, -iquote, -isystem and -idirafter
// directories of the source's compile command. Only files inside the
// project root are followed (system and framework headers do not include
// the project's). Sources are tried nearest first (the same name, the same
// directory, then the longest common path), and a source that includes the
// header directly wins over one that includes it through another header.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_INCLUDEGRAPH_H
#define CTXLIFE_TOOL_INCLUDEGRAPH_H

#include "clang/Tooling/CompilationDatabase.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <optional>
#include <string>
#include <vector>

namespace ctxlife::driver {

class IncludeGraph {
public:
  IncludeGraph(std::string Root, const clang::tooling::CompilationDatabase &DB,
               llvm::vfs::FileSystem &FS)
      : Root(std::move(Root)), DB(DB), FS(FS) {}

  /// A source among \p Sources (absolute paths of the database) whose
  /// translation unit includes \p Header (absolute), or nullopt.
  std::optional<std::string> includer(llvm::StringRef Header,
                                      const std::vector<std::string> &Sources);

private:
  bool includesDirectly(llvm::StringRef Source, llvm::StringRef Header);
  bool includesAtAll(llvm::StringRef Source, llvm::StringRef Header);
  /// The project files \p File includes, resolved with \p Dirs.
  std::vector<std::string> resolved(llvm::StringRef File, llvm::ArrayRef<std::string> Dirs);
  /// The include directories of \p Source's compile command.
  std::vector<std::string> dirsOf(llvm::StringRef Source);
  /// The `#include` lines of \p File: (spelled name, is "quoted"), read once.
  const std::vector<std::pair<std::string, bool>> &includes(llvm::StringRef File);

  std::string Root;
  const clang::tooling::CompilationDatabase &DB;
  llvm::vfs::FileSystem &FS;
  llvm::StringMap<std::vector<std::pair<std::string, bool>>> Includes;
};

} // namespace ctxlife::driver

#endif
