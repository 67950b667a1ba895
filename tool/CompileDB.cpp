//===--- CompileDB.cpp - compile commands for the files to analyze --------===//

#include "tool/CompileDB.h"
#include "tool/ArgFilter.h"
#include "tool/JsonDatabase.h"
#include "tool/Paths.h"
#include "tool/ResourceDir.h"
#include "clang/Tooling/ArgumentsAdjusters.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <set>

using namespace clang;
using namespace clang::tooling;
using namespace llvm;

namespace ctxlife::driver {
namespace {

std::string firstLine(StringRef Error) {
  return Error.trim().split('\n').first.trim().str();
}

std::optional<CompileDatabase> loadJson(StringRef Path) {
  if (!sys::fs::is_regular_file(Path)) {
    usageError("cannot load compilation database '" + Path + "': not a regular file");
    return std::nullopt;
  }
  std::string Error;
  DatabaseStats Stats;
  std::unique_ptr<JSONCompilationDatabase> DB = loadJsonDatabase(Path, Error, Stats);
  if (!DB) {
    usageError("cannot load compilation database '" + Path + "': " + firstLine(Error));
    return std::nullopt;
  }
  if (DB->getAllCompileCommands().empty()) {
    usageError("compilation database '" + Path + "' has no compile commands");
    return std::nullopt;
  }
  // Response files named in the commands are read (never executed), and the
  // target and driver mode are inferred from the compiler's name, as clang's
  // own loader does. Files that are not in the database are not guessed.
  std::unique_ptr<CompilationDatabase> Wrapped =
      inferTargetAndDriverMode(expandResponseFiles(std::move(DB), vfs::getRealFileSystem()));
  return CompileDatabase{std::move(Wrapped), Path.str(), true};
}

std::optional<CompileDatabase> loadFlagsFile(StringRef Path) {
  std::string Error;
  auto DB = FixedCompilationDatabase::loadFromFile(Path, Error);
  if (!DB) {
    usageError("cannot load compilation database '" + Path + "': " + firstLine(Error));
    return std::nullopt;
  }
  return CompileDatabase{std::move(DB), Path.str(), false};
}

/// Without -p: the nearest database in \p Start or a directory above it.
std::optional<CompileDatabase> searchUpward(StringRef Start) {
  for (StringRef Dir = Start; !Dir.empty(); Dir = sys::path::parent_path(Dir)) {
    std::string File = databaseIn(Dir);
    if (!File.empty())
      return loadCompileDatabase(File);
  }
  usageError("no compile_commands.json found in '" + Start +
             "' or any directory above it (pass -p <build-dir>, or compiler "
             "flags after --)");
  return std::nullopt;
}

std::optional<CompileDatabase> loadDatabase(const Settings &S) {
  if (S.FixedFlags) {
    // As clang-tidy: flags after `--` win over -p.
    std::vector<const char *> Argv = {"ctxlife", "--"};
    for (const std::string &F : *S.FixedFlags)
      Argv.push_back(F.c_str());
    int Argc = static_cast<int>(Argv.size());
    std::string Error;
    auto DB = FixedCompilationDatabase::loadFromCommandLine(Argc, Argv.data(), Error);
    if (!DB) {
      usageError("invalid compiler flags after --: " + firstLine(Error));
      return std::nullopt;
    }
    return CompileDatabase{std::move(DB), "the flags after --", false};
  }
  if (S.BuildPath)
    return loadFromBuildPath(*S.BuildPath);
  std::string Start =
      S.Sources.empty() ? absolutePath(".") : sys::path::parent_path(absolutePath(S.Sources.front())).str();
  return searchUpward(Start);
}

/// `cannot read 'F': ...` for a file that is missing or cannot be opened
/// (through \p FS, which has the --vfsoverlay files).
bool readable(StringRef Shown, StringRef Path, vfs::FileSystem &FS, StringRef Context = "") {
  std::string Where = Context.empty() ? "" : (" (" + Context + ")").str();
  ErrorOr<vfs::Status> Status = FS.status(Path);
  if (!Status || !Status->exists()) {
    usageError("cannot read '" + Shown + "'" + Where + ": no such file");
    return false;
  }
  if (Status->isDirectory()) {
    usageError("cannot read '" + Shown + "'" + Where + ": is a directory");
    return false;
  }
  // A FIFO or a device would block or never end.
  if (!Status->isRegularFile()) {
    usageError("cannot read '" + Shown + "'" + Where + ": not a regular file");
    return false;
  }
  if (ErrorOr<std::unique_ptr<vfs::File>> File = FS.openFileForRead(Path); !File) {
    usageError("cannot read '" + Shown + "'" + Where + ": " + File.getError().message());
    return false;
  }
  return true;
}

} // namespace

/// The database file in \p Dir: compile_commands.json, or compile_flags.txt
/// (the same flags for every file); empty if there is none.
std::string databaseIn(StringRef Dir) {
  for (StringRef Name : {"compile_commands.json", "compile_flags.txt"}) {
    SmallString<256> Path(Dir);
    sys::path::append(Path, Name);
    if (sys::fs::exists(Path))
      return Path.str().str();
  }
  return "";
}

std::optional<CompileDatabase> loadCompileDatabase(StringRef Path) {
  return sys::path::filename(Path) == "compile_flags.txt" ? loadFlagsFile(Path)
                                                         : loadJson(Path);
}

/// -p: the directory (or the compile_commands.json file) named, exactly:
/// no search above it.
std::optional<CompileDatabase> loadFromBuildPath(StringRef Dir) {
  if (sys::fs::exists(Dir) && !sys::fs::is_directory(Dir))
    return loadJson(Dir);
  if (!sys::fs::is_directory(Dir)) {
    usageError("cannot load a compilation database from '" + Dir + "': no such directory");
    return std::nullopt;
  }
  std::string File = databaseIn(Dir);
  if (!File.empty())
    return loadCompileDatabase(File);
  usageError("cannot load a compilation database from '" + Dir +
             "': no compile_commands.json or compile_flags.txt in it");
  return std::nullopt;
}

std::optional<std::string> resourceDir(const Settings &S) {
  if (S.ResourceDirGiven)
    return S.ResourceDir;
  ResourceDirSearch Search =
      findResourceDir(S.Argv0.c_str(), reinterpret_cast<void *>(&collectJobs));
  if (Search.Found.empty()) {
    usageError(resourceDirMissing(Search, "--resource-dir"));
    return std::nullopt;
  }
  return Search.Found;
}

std::optional<std::vector<Job>> collectJobs(const Settings &S, vfs::FileSystem &FS) {
  if (S.ResourceDirGiven && !sys::fs::is_directory(S.ResourceDir)) {
    usageError("invalid --resource-dir '" + S.ResourceDir + "': no such directory");
    return std::nullopt;
  }
  std::optional<CompileDatabase> Loaded = loadDatabase(S);
  if (!Loaded)
    return std::nullopt;

  // The files: those named, or every file of the database.
  std::vector<std::pair<std::string, std::string>> Files; // shown, absolute
  if (!S.Sources.empty()) {
    for (const std::string &F : S.Sources)
      Files.emplace_back(F, absolutePath(F));
  } else if (Loaded->Listable) {
    std::vector<std::string> All = Loaded->DB->getAllFiles();
    llvm::sort(All);
    for (const std::string &F : All)
      Files.emplace_back(F, absolutePath(F));
  } else {
    usageError("no input files specified");
    return std::nullopt;
  }
  StringSet<> Seen;
  Regex Keep(S.SourceFilter), Skip(S.Exclude);
  std::vector<std::pair<std::string, std::string>> Selected;
  for (auto &[Shown, Abs] : Files) {
    if (!Seen.insert(Abs).second)
      continue;
    if (!S.SourceFilter.empty() && !Keep.match(Abs))
      continue;
    if (!S.Exclude.empty() && Skip.match(Abs))
      continue;
    Selected.emplace_back(Shown, Abs);
  }
  if (Selected.empty()) {
    usageError("no source file left to analyze after --source-filter and --exclude");
    return std::nullopt;
  }

  std::vector<Job> Jobs;
  for (auto &[Shown, Abs] : Selected) {
    StringRef Context = S.Sources.empty() ? StringRef(Loaded->Path) : StringRef();
    if (!readable(Shown, Abs, FS, Context.empty() ? "" : ("listed in " + Context).str()))
      return std::nullopt;
    Job J;
    J.File = Abs;
    J.Commands = Loaded->DB->getCompileCommands(Abs);
    if (J.Commands.empty()) {
      usageError("'" + Shown + "' is not in the compilation database '" +
                 Loaded->Path + "'");
      return std::nullopt;
    }
    Jobs.push_back(std::move(J));
  }
  if (!finishCommands(Jobs, S))
    return std::nullopt;
  return Jobs;
}

bool finishCommands(std::vector<Job> &Jobs, const Settings &S) {
  std::optional<std::string> Resources = resourceDir(S);
  if (!Resources)
    return false;
  // --removed-arg first, then --extra-arg-before and --extra-arg, as in clang-tidy.
  ArgumentsAdjuster Remove = [&S](const CommandLineArguments &Args, StringRef) {
    return driver::removeArgs(Args, S.RemovedArgs);
  };
  ArgumentsAdjuster Adjust = combineAdjusters(
      Remove,
      combineAdjusters(getInsertArgumentAdjuster(S.ExtraArgsBefore, ArgumentInsertPosition::BEGIN),
                       getInsertArgumentAdjuster(S.ExtraArgs, ArgumentInsertPosition::END)));
  std::vector<std::string> Dropped;
  for (Job &J : Jobs) {
    for (CompileCommand &C : J.Commands) {
      C.Directory = absolutePath(C.Directory);
      C.CommandLine = dropCodeLoadingFlags(Adjust(C.CommandLine, J.File), Dropped,
                                           /*HasProgram=*/true, C.Directory);
      if (S.ResourceDirGiven) {
        std::vector<std::string> Without;
        for (size_t I = 0; I < C.CommandLine.size(); ++I) {
          StringRef A = C.CommandLine[I];
          if (A == "-resource-dir") {
            ++I;
            continue;
          }
          if (!A.starts_with("-resource-dir="))
            Without.push_back(C.CommandLine[I]);
        }
        C.CommandLine = std::move(Without);
      }
      bool Has = any_of(C.CommandLine, [](const std::string &A) {
        return StringRef(A).starts_with("-resource-dir");
      });
      if (!Has && !C.CommandLine.empty())
        C.CommandLine.insert(C.CommandLine.begin() + 1, "-resource-dir=" + *Resources);
    }
    // Each distinct command once: a database may list the same file with
    // the same flags several times (spelled differently, too).
    std::set<std::pair<std::string, std::vector<std::string>>> Distinct;
    llvm::erase_if(J.Commands, [&](const CompileCommand &C) {
      return !Distinct.insert({C.Directory, C.CommandLine}).second;
    });
  }
  warnDroppedFlags(Dropped, "the compile commands");
  return true;
}

} // namespace ctxlife::driver
