//===--- PreCommit.h - what a commit asks to analyze -----------*- C++ -*-===//
//
// `--pre-commit` (docs/pre-commit.md): the files are those of a commit
// (given by the hook, or the staged files), and none of them may make the
// hook fail unless the commit adds a finding:
//  - the compile database is found where builds usually live: -p, else
//    compile_commands.json in build/, out/, cmake-build-*/ (the newest) or
//    _build/ of the repository, else in or above the directory of the files
//    (up to the repository's root);
//  - a staged header is analyzed through a source of the database that
//    includes it (directly or through other headers of the repository),
//    with a header filter that reports its findings; a header that no
//    source includes is skipped with a note;
//  - a source that is not in the database yet is analyzed with the flags of
//    its nearest neighbour in the database (clang's
//    InterpolatingCompilationDatabase, as clangd does); if those flags do
//    not compile it, it is skipped with a note;
//  - only findings on the staged lines are reported (the index against
//    HEAD, or the empty tree on the first commit).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_PRECOMMIT_H
#define CTXLIFE_TOOL_PRECOMMIT_H

#include "tool/CompileDB.h"
#include "tool/Options.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace ctxlife::driver {

struct PreCommitPlan {
  std::vector<Job> Jobs;
  /// Staged headers reported through their includers: the header filter
  /// the workers get (empty when there is none).
  std::string HeaderFilter;
  /// Jobs whose commands were inferred from a neighbour (absolute paths):
  /// compile errors there are a note, not a failure.
  std::set<std::string> Inferred;
};

/// Plans the analysis of a commit. Prints a note for each file it skips,
/// and a one-line error (nullopt) when the set-up is broken: no compile
/// database, not a git repository.
std::optional<PreCommitPlan> planPreCommit(const Settings &S, llvm::vfs::FileSystem &FS);

/// Prints `ctxlife: note: <Message>` (not with --quiet).
void note(const Settings &S, const llvm::Twine &Message);

} // namespace ctxlife::driver

#endif
