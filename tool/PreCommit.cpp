//===--- PreCommit.cpp - what a commit asks to analyze --------------------===//

#include "tool/PreCommit.h"
#include "tool/Findings.h"
#include "tool/Gate.h"
#include "tool/IncludeGraph.h"
#include "tool/Paths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>

using namespace clang::tooling;
using namespace llvm;

namespace ctxlife::driver {
namespace {

enum class FileKind { Source, Header, Other };

FileKind kindOf(StringRef Path) {
  StringRef Ext = sys::path::extension(Path);
  if (is_contained({".c", ".cc", ".cpp", ".cxx", ".c++", ".C", ".cp", ".m", ".mm", ".cu"}, Ext))
    return FileKind::Source;
  if (is_contained({".h", ".hh", ".hpp", ".hxx", ".h++", ".H", ".inc", ".inl", ".ipp", ".tpp",
                    ".tcc", ".cuh"},
                   Ext))
    return FileKind::Header;
  return FileKind::Other;
}

/// The build folders where compile_commands.json usually is, in the order
/// they are tried: build/, out/, cmake-build-*/ (the most recently written
/// first), _build/.
std::vector<std::string> usualDatabases(StringRef Root) {
  std::vector<std::string> Found;
  auto Try = [&](StringRef Dir) {
    SmallString<256> File(Dir);
    sys::path::append(File, "compile_commands.json");
    if (sys::fs::is_regular_file(File))
      Found.push_back(File.str().str());
  };
  auto In = [&](StringRef Name) {
    SmallString<256> Dir(Root);
    sys::path::append(Dir, Name);
    return Dir.str().str();
  };
  Try(In("build"));
  Try(In("out"));
  std::vector<std::pair<sys::TimePoint<>, std::string>> CMake;
  std::error_code EC;
  for (sys::fs::directory_iterator It(Root, EC), End; !EC && It != End; It.increment(EC)) {
    if (!sys::path::filename(It->path()).starts_with("cmake-build-"))
      continue;
    SmallString<256> File(It->path());
    sys::path::append(File, "compile_commands.json");
    sys::fs::file_status Status;
    if (!sys::fs::status(File, Status) && sys::fs::is_regular_file(Status))
      CMake.emplace_back(Status.getLastModificationTime(), File.str().str());
  }
  llvm::sort(CMake, [](const auto &L, const auto &R) {
    return L.first != R.first ? L.first > R.first : L.second < R.second;
  });
  for (auto &[Time, File] : CMake)
    Found.push_back(File);
  Try(In("_build"));
  return Found;
}

std::optional<CompileDatabase> findDatabase(const Settings &S, StringRef Root,
                                            StringRef FirstFile) {
  if (S.BuildPath)
    return loadFromBuildPath(*S.BuildPath);
  std::vector<std::string> Usual = usualDatabases(Root);
  if (!Usual.empty())
    return loadCompileDatabase(Usual.front());
  // Above the files, up to the repository's root: a database above it
  // belongs to something else.
  StringRef Start = FirstFile.empty() ? Root : sys::path::parent_path(FirstFile);
  for (StringRef Dir = Start; Dir.starts_with(Root); Dir = sys::path::parent_path(Dir)) {
    if (std::string File = databaseIn(Dir); !File.empty())
      return loadCompileDatabase(File);
    if (Dir == Root)
      break;
  }
  usageError("--pre-commit: no compile_commands.json in build/, out/, cmake-build-*/ or "
             "_build/ of '" + Root + "', or above the files in it (configure the build with "
             "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON, or pass -p <build-dir> in the hook's args)");
  return std::nullopt;
}

/// The staged files, when the hook gave none: added, copied, modified or
/// renamed in the index.
std::optional<std::vector<std::string>> stagedFiles(StringRef Root) {
  std::optional<std::string> Names = runGit(
      {"diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z"}, "--pre-commit");
  if (!Names)
    return std::nullopt;
  std::optional<std::string> TopLevel = runGit({"rev-parse", "--show-toplevel"}, "--pre-commit");
  if (!TopLevel)
    return std::nullopt;
  std::vector<std::string> Files;
  SmallVector<StringRef, 16> Parts;
  StringRef(*Names).split(Parts, '\0', -1, /*KeepEmpty=*/false);
  for (StringRef Part : Parts)
    Files.push_back(absolutePath(Part, StringRef(*TopLevel).trim()));
  return Files;
}

/// `src/old.cpp` from an inferred command's "inferred from /abs/src/old.cpp".
std::string neighbourOf(const CompileCommand &C, const SourceCache &Shown) {
  StringRef From = C.Heuristic;
  From.consume_front("inferred from ");
  bool InRoot;
  return Shown.displayPath(absolutePath(From, C.Directory), InRoot);
}

/// An inferred command names the file by its absolute path; its neighbour
/// named itself relative to the command's directory. Say it the same way,
/// so that the findings' paths look alike.
void spellLikeNeighbour(CompileCommand &C) {
  StringRef From = C.Heuristic;
  From.consume_front("inferred from ");
  if (sys::path::is_absolute(From) || C.CommandLine.empty() ||
      C.CommandLine.back() != C.Filename)
    return;
  StringRef Rest = C.Filename;
  if (Rest.consume_front(C.Directory) && Rest.consume_front("/"))
    C.CommandLine.back() = Rest.str();
}

} // namespace

void note(const Settings &S, const Twine &Message) {
  if (!S.Quiet)
    errs() << "ctxlife: note: " << Message << "\n";
}

std::optional<PreCommitPlan> planPreCommit(const Settings &S, vfs::FileSystem &FS) {
  std::string Root = findProjectRoot();
  SourceCache Shown(Root, vfs::getRealFileSystem());
  auto Display = [&](StringRef Abs) {
    bool InRoot;
    return Shown.displayPath(Abs, InRoot);
  };
  std::vector<std::string> Files;
  if (S.Sources.empty()) {
    std::optional<std::vector<std::string>> Staged = stagedFiles(Root);
    if (!Staged)
      return std::nullopt;
    Files = std::move(*Staged);
  } else {
    for (const std::string &F : S.Sources)
      Files.push_back(absolutePath(F));
  }
  std::optional<CompileDatabase> Loaded =
      findDatabase(S, Root, Files.empty() ? StringRef() : StringRef(Files.front()));
  if (!Loaded)
    return std::nullopt;
  std::vector<std::string> DatabaseFiles;
  if (Loaded->Listable)
    for (const std::string &F : Loaded->DB->getAllFiles())
      DatabaseFiles.push_back(absolutePath(F));
  llvm::sort(DatabaseFiles);
  std::unique_ptr<CompilationDatabase> Inferring = inferMissingCompileCommands(std::move(Loaded->DB));

  PreCommitPlan Plan;
  StringSet<> Planned;
  Regex Keep(S.SourceFilter), Skip(S.Exclude);
  std::vector<std::string> Headers;
  for (const std::string &Abs : Files) {
    if ((!S.SourceFilter.empty() && !Keep.match(Abs)) || (!S.Exclude.empty() && Skip.match(Abs)) ||
        Planned.count(Abs))
      continue;
    FileKind Kind = kindOf(Abs);
    if (Kind == FileKind::Other) {
      note(S, Display(Abs) + ": not a C or C++ file; skipped");
      continue;
    }
    if (!FS.exists(Abs)) {
      note(S, Display(Abs) + ": not in the working tree; skipped");
      continue;
    }
    if (Kind == FileKind::Header && !std::binary_search(DatabaseFiles.begin(),
                                                        DatabaseFiles.end(), Abs)) {
      Headers.push_back(Abs);
      continue;
    }
    Job J{Abs, Inferring->getCompileCommands(Abs)};
    if (J.Commands.empty()) {
      note(S, Display(Abs) + ": not in the compilation database '" + Loaded->Path +
                  "', and no file there to take flags from; skipped");
      continue;
    }
    if (!J.Commands.front().Heuristic.empty()) {
      note(S, Display(Abs) + ": not in the compilation database; analyzed with the flags of " +
                  neighbourOf(J.Commands.front(), Shown));
      Plan.Inferred.insert(Abs);
      for (CompileCommand &C : J.Commands)
        spellLikeNeighbour(C);
    }
    Planned.insert(Abs);
    Plan.Jobs.push_back(std::move(J));
  }

  // Headers: through a source that includes them, with a header filter
  // that reports their findings (only staged lines count anyway).
  IncludeGraph Graph(Root, *Inferring, FS);
  std::vector<std::string> Filters;
  for (const std::string &Header : Headers) {
    std::optional<std::string> Source = Graph.includer(Header, DatabaseFiles);
    if (!Source) {
      note(S, Display(Header) + ": no file of the compilation database includes it; skipped");
      continue;
    }
    note(S, Display(Header) + ": analyzed through " + Display(*Source));
    Filters.push_back("(^|/)" + Regex::escape(Display(Header)) + "$");
    if (Planned.insert(*Source).second)
      Plan.Jobs.push_back({*Source, Inferring->getCompileCommands(*Source)});
  }
  Plan.HeaderFilter = join(Filters, "|");
  if (!finishCommands(Plan.Jobs, S))
    return std::nullopt;
  return Plan;
}

} // namespace ctxlife::driver
