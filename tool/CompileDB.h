//===--- CompileDB.h - compile commands for the files to analyze -*- C++ -*-===//
//
// Where the compile commands come from (flags after `--`, -p, or the nearest
// compile_commands.json above the first source), which files are analyzed
// (those named, or every file of the database, then --source-filter and
// --exclude), and the exact command line of each, after --extra-arg(-before),
// the resource directory, and with the flags that would load code into the
// compiler removed (tool/ArgFilter.h). The database is input, not trusted code: nothing from it
// is executed.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_COMPILEDB_H
#define CTXLIFE_TOOL_COMPILEDB_H

#include "tool/Options.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ctxlife::driver {

/// One translation unit to analyze: a source file and its compile commands.
struct Job {
  std::string File; // absolute, normalized
  std::vector<clang::tooling::CompileCommand> Commands;
};

/// A loaded compilation database.
struct CompileDatabase {
  std::unique_ptr<clang::tooling::CompilationDatabase> DB;
  std::string Path; // for messages
  bool Listable;    // has a list of files (compile_commands.json)
};

/// The database file in \p Dir: compile_commands.json, or compile_flags.txt
/// (the same flags for every file); empty if there is none.
std::string databaseIn(llvm::StringRef Dir);

/// Loads compile_commands.json (response files expanded, target and driver
/// mode inferred from the compiler's name, as clang's own loader does) or
/// compile_flags.txt. Prints a one-line error and returns nullopt when it
/// cannot.
std::optional<CompileDatabase> loadCompileDatabase(llvm::StringRef Path);

/// -p: the directory (or the compile_commands.json file) named, exactly:
/// no search above it.
std::optional<CompileDatabase> loadFromBuildPath(llvm::StringRef Dir);

/// The final command lines of \p Jobs: --extra-arg(-before), the resource
/// directory, and the flags that would load code into the compiler removed
/// (with a warning each), each distinct command once. False after a one-line
/// usage error (no resource directory).
bool finishCommands(std::vector<Job> &Jobs, const Settings &S);

/// The files to analyze, in the order given (or sorted, for a whole
/// database), with their final compile commands; files are read through
/// \p FS. Prints a one-line error and returns nullopt on bad input.
std::optional<std::vector<Job>> collectJobs(const Settings &S, llvm::vfs::FileSystem &FS);

/// Clang's resource directory: --resource-dir, or the first directory with
/// clang's builtin headers that tool/ResourceDir.h finds at run time
/// (nullopt after a one-line usage error when there is none).
std::optional<std::string> resourceDir(const Settings &S);

} // namespace ctxlife::driver

#endif
