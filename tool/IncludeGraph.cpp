//===--- IncludeGraph.cpp - which source includes a header ----------------===//

#include "tool/IncludeGraph.h"
#include "tool/Paths.h"
#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Regex.h"
#include <algorithm>
#include <deque>
#include <tuple>

using namespace clang::tooling;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// The include directories of a compile command, absolute, in the order
/// the compiler searches them.
std::vector<std::string> includeDirs(const CompileCommand &C) {
  std::vector<std::string> Dirs;
  static const StringRef Flags[] = {"-iquote", "-I", "-isystem", "-idirafter",
                                    "--include-directory="};
  for (size_t I = 0; I < C.CommandLine.size(); ++I) {
    StringRef Arg = C.CommandLine[I];
    for (StringRef Flag : Flags) {
      if (!Arg.starts_with(Flag))
        continue;
      StringRef Dir = Arg.drop_front(Flag.size());
      if (Dir.empty() && I + 1 < C.CommandLine.size())
        Dir = C.CommandLine[++I];
      if (!Dir.empty())
        Dirs.push_back(absolutePath(Dir, C.Directory));
      break;
    }
  }
  return Dirs;
}

bool inside(StringRef Path, StringRef Root) {
  return Path.starts_with(Root) &&
         (Path.size() == Root.size() || Path[Root.size()] == '/' || Root.ends_with("/"));
}

/// Nearest first: the same file name stem, then the longest common
/// directory prefix, then the path.
std::vector<std::string> byProximity(StringRef Header, std::vector<std::string> Sources) {
  StringRef Stem = sys::path::stem(Header);
  auto Common = [&](StringRef Source) {
    auto H = sys::path::begin(Header), S = sys::path::begin(Source);
    unsigned N = 0;
    for (; H != sys::path::end(Header) && S != sys::path::end(Source) && *H == *S; ++H, ++S)
      ++N;
    return N;
  };
  auto Key = [&](const std::string &Source) {
    return std::make_tuple(sys::path::stem(Source) != Stem, -static_cast<int>(Common(Source)),
                           Source);
  };
  std::stable_sort(Sources.begin(), Sources.end(),
                   [&](const std::string &L, const std::string &R) { return Key(L) < Key(R); });
  return Sources;
}

} // namespace

const std::vector<std::pair<std::string, bool>> &IncludeGraph::includes(StringRef File) {
  auto [It, New] = Includes.try_emplace(File);
  if (!New)
    return It->second;
  static const Regex Directive(
      "^[ \t]*#[ \t]*(include|include_next|import)[ \t]*([<\"])([^>\"]+)[>\"]");
  ErrorOr<std::unique_ptr<MemoryBuffer>> Text = FS.getBufferForFile(File);
  if (!Text)
    return It->second;
  SmallVector<StringRef, 0> Lines;
  (*Text)->getBuffer().split(Lines, '\n');
  for (StringRef Line : Lines) {
    SmallVector<StringRef, 4> Match;
    if (Line.contains('#') && Directive.match(Line, &Match))
      It->second.emplace_back(Match[3].str(), Match[2] == "\"");
  }
  return It->second;
}

std::vector<std::string> IncludeGraph::resolved(StringRef File,
                                                ArrayRef<std::string> Dirs) {
  std::vector<std::string> Out;
  for (const auto &[Spelled, Quoted] : includes(File)) {
    std::vector<std::string> Candidates;
    if (Quoted)
      Candidates.push_back(absolutePath(Spelled, sys::path::parent_path(File)));
    for (const std::string &Dir : Dirs)
      Candidates.push_back(absolutePath(Spelled, Dir));
    for (const std::string &Candidate : Candidates)
      if (inside(Candidate, Root) && FS.exists(Candidate)) {
        Out.push_back(Candidate);
        break;
      }
  }
  return Out;
}

std::vector<std::string> IncludeGraph::dirsOf(StringRef Source) {
  std::vector<CompileCommand> Commands = DB.getCompileCommands(Source);
  return Commands.empty() ? std::vector<std::string>() : includeDirs(Commands.front());
}

bool IncludeGraph::includesDirectly(StringRef Source, StringRef Header) {
  return is_contained(resolved(Source, dirsOf(Source)), Header);
}

bool IncludeGraph::includesAtAll(StringRef Source, StringRef Header) {
  std::vector<std::string> Dirs = dirsOf(Source);
  StringSet<> Seen;
  std::deque<std::string> Work = {Source.str()};
  while (!Work.empty()) {
    std::string File = std::move(Work.front());
    Work.pop_front();
    for (std::string &Included : resolved(File, Dirs)) {
      if (Included == Header)
        return true;
      if (Seen.insert(Included).second)
        Work.push_back(std::move(Included));
    }
  }
  return false;
}

std::optional<std::string> IncludeGraph::includer(StringRef Header,
                                                  const std::vector<std::string> &Sources) {
  // Direct includers first (cheap: one file each), then through headers.
  std::vector<std::string> Ordered = byProximity(Header, Sources);
  for (const std::string &Source : Ordered)
    if (includesDirectly(Source, Header))
      return Source;
  for (const std::string &Source : Ordered)
    if (includesAtAll(Source, Header))
      return Source;
  return std::nullopt;
}

} // namespace ctxlife::driver
