//===--- Gate.cpp - baselines and diff mode -------------------------------===//

#include "tool/Gate.h"
#include "tool/AtomicFile.h"
#include "tool/Options.h"
#include "tool/TempDir.h"
#include "llvm/Support/Base64.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr int64_t BaselineVersion = 1;

std::string firstLine(StringRef Text) { return Text.trim().split('\n').first.str(); }

} // namespace

std::optional<std::string> runGit(ArrayRef<std::string> Args, StringRef What) {
  return runGit(Args, What, /*Quiet=*/false);
}

std::optional<std::string> runGitQuietly(ArrayRef<std::string> Args) {
  return runGit(Args, "", /*Quiet=*/true);
}

std::optional<std::string> runGit(ArrayRef<std::string> Args, StringRef What, bool Quiet) {
  auto Fail = [&](const Twine &Why) -> std::optional<std::string> {
    if (!Quiet)
      usageError(What + ": " + Why);
    return std::nullopt;
  };
  ErrorOr<std::string> Git = sys::findProgramByName("git");
  if (!Git)
    return Fail("git not found on PATH");
  // In the run's temporary directory, which a later run cleans up even
  // when this one is killed.
  TempDir &Temp = runTempDir();
  if (Temp.error())
    return Fail("cannot create a temporary directory: " + Temp.error().message());
  static unsigned Calls = 0;
  std::string Name = "git-" + std::to_string(Calls++);
  std::string Out = Temp.file(Name + ".out"), Err = Temp.file(Name + ".err");
  std::vector<StringRef> Argv = {*Git};
  for (const std::string &A : Args)
    Argv.push_back(A);
  std::optional<StringRef> Redirects[] = {StringRef(), StringRef(Out), StringRef(Err)};
  std::string Message;
  int Status = sys::ExecuteAndWait(*Git, Argv, std::nullopt, Redirects, 0, 0, &Message);
  auto OutText = MemoryBuffer::getFile(Out);
  auto ErrText = MemoryBuffer::getFile(Err);
  bool Removed = !sys::fs::remove(Out) && !sys::fs::remove(Err);
  if (!Removed)
    warning("cannot remove the temporary files " + Out + " and " + Err);
  if (Status != 0 || !OutText) {
    std::string Why = ErrText && !(*ErrText)->getBuffer().trim().empty()
                          ? firstLine((*ErrText)->getBuffer())
                          : (Message.empty() ? "git exited with status " + std::to_string(Status)
                                             : Message);
    return Fail(Why);
  }
  return (*OutText)->getBuffer().str();
}

namespace {

/// A file name or line of code is bytes, JSON strings are UTF-8: text that
/// is not valid UTF-8 is written as `<Key>` with each invalid byte replaced
/// by U+FFFD (for people) and `<Key>Base64` with the exact bytes (for
/// matching). docs/cli.md#baselines-and-diff-mode.
void putBytesField(json::Object &Entry, StringRef Key, StringRef Bytes) {
  if (json::isUTF8(Bytes)) {
    Entry[Key] = Bytes.str();
    return;
  }
  Entry[Key] = json::fixUTF8(Bytes);
  Entry[(Key + "Base64").str()] = encodeBase64(Bytes);
}

/// The exact bytes of a field written by putBytesField.
std::optional<std::string> bytesField(const json::Object &Entry, StringRef Key) {
  if (std::optional<StringRef> Encoded = Entry.getString((Key + "Base64").str())) {
    std::vector<char> Bytes;
    if (Error E = decodeBase64(*Encoded, Bytes)) {
      consumeError(std::move(E));
      return std::nullopt;
    }
    return std::string(Bytes.begin(), Bytes.end());
  }
  if (std::optional<StringRef> Text = Entry.getString(Key))
    return Text->str();
  return std::nullopt;
}

/// Whether \p Ref names a commit (quietly: no error when it does not).
bool isCommit(StringRef Ref) {
  std::optional<std::string> Quiet =
      runGitQuietly({"rev-parse", "--verify", "--quiet", (Ref + "^{commit}").str()});
  return Quiet.has_value();
}

/// The empty tree: what a repository's first commit is compared with.
std::optional<std::string> emptyTree(StringRef What) {
  std::optional<std::string> Tree = runGit({"hash-object", "-t", "tree", "/dev/null"}, What);
  if (Tree)
    *Tree = StringRef(*Tree).trim().str();
  return Tree;
}

/// `git diff -U0` with the arguments \p Args (before the `--`), parsed.
std::optional<ChangedLines> diffLines(std::vector<std::string> Args, StringRef What) {
  std::optional<std::string> TopLevel = runGit({"rev-parse", "--show-toplevel"}, What);
  if (!TopLevel)
    return std::nullopt;
  // No external diff drivers or text conversion: both would run programs
  // that the repository names.
  std::vector<std::string> Argv = {"-c",          "core.fsmonitor=false", "diff",
                                   "--no-color",  "--no-ext-diff",       "--no-textconv",
                                   "-U0"};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  Argv.push_back("--");
  std::optional<std::string> Diff = runGit(Argv, What);
  if (!Diff)
    return std::nullopt;
  return parseUnifiedDiff(*Diff, StringRef(*TopLevel).trim());
}

} // namespace

std::optional<BaselineCounts> readBaseline(StringRef Path) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    usageError("cannot read --baseline '" + Path + "': " + Buffer.getError().message());
    return std::nullopt;
  }
  auto Malformed = [&](const Twine &Why) {
    usageError("invalid baseline '" + Path + "': " + Why);
    return std::nullopt;
  };
  Expected<json::Value> Doc = json::parse((*Buffer)->getBuffer());
  if (!Doc)
    return Malformed(toString(Doc.takeError()));
  const json::Object *Root = Doc->getAsObject();
  if (!Root)
    return Malformed("not a JSON object");
  if (Root->getInteger("version") != BaselineVersion)
    return Malformed("unsupported version (expected " + Twine(BaselineVersion) + ")");
  const json::Array *Entries = Root->getArray("findings");
  if (!Entries)
    return Malformed("no 'findings' array");
  BaselineCounts Counts;
  for (const json::Value &V : *Entries) {
    const json::Object *E = V.getAsObject();
    std::optional<StringRef> Check = E ? E->getString("check") : std::nullopt;
    std::optional<std::string> File = E ? bytesField(*E, "file") : std::nullopt;
    std::optional<std::string> Line = E ? bytesField(*E, "line") : std::nullopt;
    std::optional<int64_t> Count = E ? E->getInteger("count") : std::nullopt;
    if (!Check || !File || !Line || !Count || *Count < 1)
      return Malformed("each finding needs 'check', 'file', 'line' and a positive 'count'");
    Counts[(*Check + Twine('\0') + *File + Twine('\0') + *Line).str()] +=
        static_cast<unsigned>(*Count);
  }
  return Counts;
}

void BaselineWriter::add(const Finding &F) {
  auto [It, New] = Index.try_emplace(F.Key, Entries.size());
  if (New)
    Entries.push_back({F.RuleId, F.Where.Path, normalizeLine(F.Where.LineText), 0});
  ++Entries[It->second].Count;
}

bool BaselineWriter::write(StringRef Path) const {
  json::Array Out;
  for (const Entry &E : Entries) {
    json::Object Entry{{"check", E.Check}, {"count", E.Count}};
    putBytesField(Entry, "file", E.File);
    putBytesField(Entry, "line", E.Line);
    Out.push_back(std::move(Entry));
  }
  json::Value Doc(json::Object{{"version", BaselineVersion},
                               {"tool", "ctxlife"},
                               {"findings", std::move(Out)}});
  return writeOutputFile("--write-baseline", Path,
                         [&](raw_ostream &OS) { OS << formatv("{0:2}", Doc) << "\n"; });
}

bool takeFromBaseline(BaselineCounts &Counts, const Finding &F) {
  auto It = Counts.find(F.Key);
  if (It == Counts.end() || It->second == 0)
    return false;
  --It->second;
  return true;
}

/// A path as git prints it: C-quoted when it has special characters.
static std::string unquoteGitPath(StringRef Path) {
  if (!Path.consume_front("\"") || !Path.consume_back("\""))
    return Path.str();
  std::string Out;
  for (size_t I = 0; I < Path.size(); ++I) {
    if (Path[I] != '\\' || I + 1 == Path.size()) {
      Out += Path[I];
      continue;
    }
    char C = Path[++I];
    if (C >= '0' && C <= '7' && I + 2 < Path.size()) {
      unsigned Value = 0;
      Path.substr(I, 3).getAsInteger(8, Value);
      Out += static_cast<char>(Value);
      I += 2;
      continue;
    }
    Out += C == 'n' ? '\n' : C == 't' ? '\t' : C;
  }
  return Out;
}

ChangedLines parseUnifiedDiff(StringRef Diff, StringRef TopLevel) {
  ChangedLines Changed;
  std::set<unsigned> *Current = nullptr;
  SmallVector<StringRef, 0> Lines;
  Diff.split(Lines, '\n');
  for (StringRef Line : Lines) {
    if (Line.consume_front("+++ ")) {
      Current = nullptr;
      std::string Name = unquoteGitPath(Line.rtrim('\r'));
      if (StringRef(Name).starts_with("b/")) {
        SmallString<256> Path(TopLevel);
        sys::path::append(Path, StringRef(Name).drop_front(2));
        sys::path::native(Path);
        Current = &Changed[Path];
      }
      continue;
    }
    // @@ -a[,b] +c[,d] @@: lines c .. c+d-1 are new (d defaults to 1).
    if (!Current || !Line.consume_front("@@ -"))
      continue;
    Line = Line.split(" +").second;
    StringRef Range = Line.split(' ').first;
    auto [StartText, CountText] = Range.split(',');
    unsigned Start = 0, Count = 1;
    if (StartText.getAsInteger(10, Start) ||
        (!CountText.empty() && CountText.getAsInteger(10, Count)))
      continue;
    for (unsigned L = Start; L < Start + Count; ++L)
      Current->insert(L);
  }
  return Changed;
}

std::optional<ChangedLines> changedLinesSince(StringRef Ref) {
  std::string What = ("--diff-base '" + Ref + "'").str();
  if (Ref.empty() || Ref.starts_with("-")) {
    usageError(What + ": not a git revision");
    return std::nullopt;
  }
  // On a repository's first commit HEAD names no commit yet: everything in
  // the working tree is new, as against the empty tree.
  std::string Base = Ref.str();
  if ((Ref == "HEAD" || Ref == "@") && !isCommit("HEAD")) {
    std::optional<std::string> Empty = emptyTree(What);
    if (!Empty)
      return std::nullopt;
    Base = *Empty;
  }
  // Working tree against the ref.
  return diffLines({Base}, What);
}

std::optional<ChangedLines> stagedLines() {
  StringRef What = "--pre-commit";
  std::string Base = "HEAD";
  if (!isCommit("HEAD")) {
    std::optional<std::string> Empty = emptyTree(What);
    if (!Empty)
      return std::nullopt;
    Base = *Empty;
  }
  // The index against HEAD (or, on the first commit, the empty tree).
  return diffLines({"--cached", Base}, What);
}

} // namespace ctxlife::driver
