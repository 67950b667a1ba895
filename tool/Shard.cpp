//===--- Shard.cpp - one job's part of the files (--shard=I/N) ------------===//

#include "tool/Shard.h"
#include "lib/compat/DriverCompat.h"
#include "tool/Paths.h"
#include "tool/Redirect.h"
#include "clang/Frontend/CompilerInvocation.h"
#include "clang/Lex/HeaderSearchOptions.h"
#include "clang/Lex/PreprocessorOptions.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include <algorithm>
#include <cstdlib>
#include <numeric>

using namespace clang;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// An `#include` line: the name as written, and whether it was `<...>`.
struct Directive {
  std::string Name;
  bool Angled;
};

struct ScannedFile {
  uint64_t Size = 0;
  std::vector<Directive> Includes;
};

/// The `#include`, `#include_next` and `#import` lines of \p Text, whatever
/// the conditions around them.
std::vector<Directive> scanIncludes(StringRef Text) {
  std::vector<Directive> Found;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Text = Rest;
    Line = Line.ltrim();
    if (!Line.consume_front("#"))
      continue;
    Line = Line.ltrim();
    if (!Line.consume_front("include_next") && !Line.consume_front("include") &&
        !Line.consume_front("import"))
      continue;
    Line = Line.ltrim();
    if (Line.empty() || (Line.front() != '"' && Line.front() != '<'))
      continue; // a macro names the file
    char Close = Line.front() == '"' ? '"' : '>';
    size_t End = Line.find(Close, 1);
    if (End != StringRef::npos && End > 1)
      Found.push_back({Line.slice(1, End).str(), Close == '>'});
  }
  return Found;
}

/// A translation unit's include path, as its command line gives it.
struct SearchPath {
  std::vector<std::string> Quoted, Angled, System, After;
  std::vector<std::string> ForcedIncludes;
};

/// The flags that set the include path or force includes, with their
/// value (`-Idir` and `-I dir` alike).
constexpr llvm::StringLiteral IncludeFlags[] = {"-iquote", "-isystem", "-idirafter", "-include",
                                          "--include-directory=", "-I"};

/// Splits a command line into the user's include path and the rest (the
/// "toolchain" part, whose system directories clang's driver knows).
void splitCommand(const tooling::CompileCommand &C, SearchPath &Path,
                  std::vector<std::string> &Toolchain) {
  const std::vector<std::string> &Args = C.CommandLine;
  auto Abs = [&](StringRef Dir) { return absolutePath(Dir, C.Directory); };
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    StringRef Flag;
    for (StringRef F : IncludeFlags)
      if (Arg.starts_with(F) && !Arg.starts_with("-include-pch")) {
        Flag = F;
        break;
      }
    if (Flag.empty()) {
      // Neither the file, its output nor its macros change the system
      // directories: leave them out of the toolchain part.
      if (I > 0 && (Arg == C.Filename || Arg == "-c"))
        continue;
      if (Arg == "-o" || Arg == "-D" || Arg == "-U") {
        ++I;
        continue;
      }
      if (Arg.starts_with("-D") || Arg.starts_with("-U"))
        continue;
      Toolchain.push_back(Args[I]);
      continue;
    }
    std::string Value = Arg.drop_front(Flag.size()).str();
    if (Value.empty() && !Flag.ends_with("=") && I + 1 < Args.size())
      Value = Args[++I];
    if (Flag == "-iquote")
      Path.Quoted.push_back(Abs(Value));
    else if (Flag == "-isystem")
      Path.System.push_back(Abs(Value));
    else if (Flag == "-idirafter")
      Path.After.push_back(Abs(Value));
    else if (Flag == "-include")
      Path.ForcedIncludes.push_back(Value);
    else
      Path.Angled.push_back(Abs(Value));
  }
}

class CostEstimator {
public:
  uint64_t cost(const Job &J) {
    StringSet<> Seen;
    uint64_t Total = 0;
    for (const tooling::CompileCommand &C : J.Commands) {
      SearchPath Path;
      std::vector<std::string> Toolchain;
      splitCommand(C, Path, Toolchain);
      appendSystemDirs(Toolchain, J.File, Path);
      std::string PathKey = join(Path.Quoted, "\n") + "\1" + join(Path.Angled, "\n") +
                            "\1" + join(Path.System, "\n") + "\1" + join(Path.After, "\n");
      std::vector<std::string> Work{J.File};
      for (const std::string &Forced : Path.ForcedIncludes)
        if (std::string Found = resolve(Path, PathKey, C.Directory, Forced, false);
            !Found.empty())
          Work.push_back(Found);
      while (!Work.empty()) {
        std::string File = std::move(Work.back());
        Work.pop_back();
        if (!Seen.insert(File).second)
          continue;
        const ScannedFile &Scanned = scan(File);
        Total += Scanned.Size;
        StringRef Dir = sys::path::parent_path(File);
        for (const Directive &D : Scanned.Includes)
          if (std::string Found = resolve(Path, PathKey, Dir, D.Name, D.Angled);
              !Found.empty() && !Seen.contains(Found))
            Work.push_back(std::move(Found));
      }
    }
    return Total;
  }

private:
  const ScannedFile &scan(const std::string &File) {
    auto [It, Inserted] = Files.try_emplace(File);
    if (Inserted)
      if (auto Buffer = MemoryBuffer::getFile(File, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false)) {
        It->second.Size = (*Buffer)->getBufferSize();
        It->second.Includes = scanIncludes((*Buffer)->getBuffer());
      }
    return It->second;
  }

  /// The file an include names: the includer's directory (for "..."), then
  /// the include path in clang's order; empty when none has it.
  std::string resolve(const SearchPath &Path, StringRef PathKey, StringRef FromDir,
                      StringRef Name, bool Angled) {
    std::string Key = (PathKey + "\1" + (Angled ? "" : FromDir) + "\1" + Name).str();
    auto [It, Inserted] = Resolved.try_emplace(Key);
    if (!Inserted)
      return It->second;
    auto Try = [&](StringRef Dir) {
      SmallString<256> Candidate(Dir);
      sys::path::append(Candidate, Name);
      if (!sys::fs::is_regular_file(Candidate))
        return false;
      It->second = absolutePath(Candidate);
      return true;
    };
    if (sys::path::is_absolute(Name)) {
      if (sys::fs::is_regular_file(Name))
        It->second = absolutePath(Name);
      return It->second;
    }
    if (!Angled && (Try(FromDir) || any_of(Path.Quoted, Try)))
      return It->second;
    if (any_of(Path.Angled, Try) || any_of(Path.System, Try) || any_of(Path.After, Try))
      return It->second;
    return It->second;
  }

  /// The system directories clang's driver adds for this toolchain part
  /// of a command line (asked once per distinct one).
  void appendSystemDirs(const std::vector<std::string> &Toolchain, StringRef File,
                        SearchPath &Path) {
    std::string Key = join(Toolchain, "\1");
    auto [It, Inserted] = SystemDirs.try_emplace(Key);
    if (Inserted) {
      std::vector<const char *> Argv;
      Argv.reserve(Toolchain.size() + 1);
      for (const std::string &A : Toolchain)
        Argv.push_back(A.c_str());
      std::string Input = File.str();
      Argv.push_back(Input.c_str());
      std::unique_ptr<CompilerInvocation> CI;
      captureStderr([&] { CI = createInvocation(Argv); });
      if (CI)
        for (const HeaderSearchOptions::Entry &E : CI->getHeaderSearchOpts().UserEntries)
          if (E.Group != frontend::Quoted && E.Group != frontend::Angled)
            It->second.push_back(E.Path);
    }
    Path.System.insert(Path.System.end(), It->second.begin(), It->second.end());
  }

  StringMap<ScannedFile> Files;
  StringMap<std::string> Resolved;
  StringMap<std::vector<std::string>> SystemDirs;
};

} // namespace

bool parseShard(StringRef Text, unsigned &Index, unsigned &Count) {
  auto [I, N] = Text.split('/');
  return !I.getAsInteger(10, Index) && !N.getAsInteger(10, Count) && Index >= 1 &&
         Count >= 1 && Index <= Count && Count <= 100000;
}

std::vector<uint64_t> estimateCosts(const std::vector<Job> &Jobs) {
  // The compile commands are input: clang's default configuration files next
  // to the compiler they name are not read (as in the workers).
  ::setenv("CLANG_NO_DEFAULT_CONFIG", "1", 1);
  CostEstimator Estimator;
  std::vector<uint64_t> Costs;
  Costs.reserve(Jobs.size());
  for (const Job &J : Jobs)
    Costs.push_back(Estimator.cost(J));
  return Costs;
}

std::vector<unsigned> assignShards(ArrayRef<uint64_t> Costs, ArrayRef<Job> Jobs,
                                   unsigned Count) {
  std::vector<size_t> Order(Jobs.size());
  std::iota(Order.begin(), Order.end(), 0);
  std::stable_sort(Order.begin(), Order.end(), [&](size_t L, size_t R) {
    if (Costs[L] != Costs[R])
      return Costs[L] > Costs[R];
    return Jobs[L].File < Jobs[R].File;
  });
  std::vector<uint64_t> Load(Count, 0);
  std::vector<unsigned> Part(Jobs.size(), 0);
  for (size_t I : Order) {
    unsigned Least = std::min_element(Load.begin(), Load.end()) - Load.begin();
    Part[I] = Least;
    // A file costs at least one byte: empty files are dealt out too.
    Load[Least] += std::max<uint64_t>(Costs[I], 1);
  }
  return Part;
}

std::vector<Job> selectShard(std::vector<Job> Jobs, unsigned Index, unsigned Count,
                             bool Verbose) {
  std::vector<uint64_t> Costs = estimateCosts(Jobs);
  std::vector<unsigned> Part = assignShards(Costs, Jobs, Count);
  std::vector<Job> Mine;
  uint64_t MyCost = 0, Total = 0;
  for (size_t I = 0; I < Jobs.size(); ++I) {
    Total += Costs[I];
    if (Part[I] == Index - 1) {
      MyCost += Costs[I];
      Mine.push_back(std::move(Jobs[I]));
    }
  }
  if (Verbose)
    errs() << "ctxlife: shard " << Index << "/" << Count << ": " << Mine.size() << " of "
           << Jobs.size() << " files, "
           << format("%.0f", Total ? 100.0 * MyCost / Total : 0.0)
           << "% of the estimated cost\n";
  return Mine;
}

} // namespace ctxlife::driver
