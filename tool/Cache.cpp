//===--- Cache.cpp - results shared across runs (--cache-dir) -------------===//

#include "tool/Cache.h"
#include "clang/Basic/Version.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/BLAKE3.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Format.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// The first line of an entry; a new layout gets a new number.
constexpr StringLiteral Magic = "ctxlife-cache-entry 1";

/// Fields of a key, each ended by a NUL so that no two lists of fields
/// hash alike.
class KeyBuilder {
public:
  KeyBuilder &add(StringRef Field) {
    Hasher.update(Field);
    Hasher.update(StringRef("\0", 1));
    return *this;
  }
  std::string hex() {
    auto Result = Hasher.final();
    return toHex(Result, /*LowerCase=*/true);
  }

private:
  BLAKE3 Hasher;
};

/// The build id: what the executable is (its bytes) and which clang it runs.
std::string buildId(const Settings &S) {
  std::string Self = sys::fs::getMainExecutable(S.Argv0.c_str(),
                                                reinterpret_cast<void *>(&contentHash));
  KeyBuilder Id;
  if (auto Binary = MemoryBuffer::getFile(Self, /*IsText=*/false,
                                          /*RequiresNullTerminator=*/false))
    Id.add(contentHash((*Binary)->getBuffer()));
  else
    Id.add(Self); // cannot read ourselves: the path stands in
  return Id.add(getClangFullVersion()).add(CTXLIFE_VERSION).hex();
}

/// Whether a command uses inputs the worker does not see as source files
/// (modules, precompiled headers): such results are not cached.
bool hasOpaqueInputs(const Job &J) {
  for (const tooling::CompileCommand &C : J.Commands)
    for (StringRef Arg : C.CommandLine)
      if (Arg.starts_with("-include-pch") || Arg.starts_with("-fmodule") ||
          Arg == "-fmodules" || Arg.starts_with("-fprebuilt-module") ||
          Arg.starts_with("-fcxx-modules"))
        return true;
  return false;
}

/// Reads `<name> <number>\n` at the front of \p Text.
std::optional<uint64_t> readCount(StringRef &Text, StringRef Name) {
  auto [Line, Rest] = Text.split('\n');
  uint64_t N;
  if (!Line.consume_front(Name) || !Line.consume_front(" ") || Line.getAsInteger(10, N))
    return std::nullopt;
  Text = Rest;
  return N;
}

/// Reads `<name> <length>\n<bytes>\n`.
std::optional<StringRef> readBlob(StringRef &Text, StringRef Name) {
  std::optional<uint64_t> Length = readCount(Text, Name);
  if (!Length || Text.size() < *Length + 1 || Text[*Length] != '\n')
    return std::nullopt;
  StringRef Blob = Text.take_front(*Length);
  Text = Text.drop_front(*Length + 1);
  return Blob;
}

} // namespace

std::string contentHash(StringRef Content) {
  auto Result = BLAKE3::hash(arrayRefFromStringRef(Content));
  return toHex(Result, /*LowerCase=*/true);
}

std::string formatInputs(ArrayRef<CacheInput> Inputs) {
  std::string Text;
  for (const CacheInput &I : Inputs)
    Text += I.Hash + " " + I.Path + "\n";
  return Text;
}

std::optional<ResultCache> ResultCache::open(StringRef Dir, const Settings &S,
                                             StringRef WorkerFlags,
                                             IntrusiveRefCntPtr<vfs::FileSystem> FS) {
  if (std::error_code EC = sys::fs::create_directories(Dir)) {
    usageError("cannot use --cache-dir '" + Dir + "': " + EC.message());
    return std::nullopt;
  }
  if (!sys::fs::is_directory(Dir)) {
    usageError("cannot use --cache-dir '" + Dir + "': not a directory");
    return std::nullopt;
  }
  KeyBuilder Key;
  Key.add(buildId(S)).add(S.LineFilter).add(S.FixNotes ? "fix-notes" : "").add(WorkerFlags);
  Key.add(S.EnableModuleHeadersParsing ? "module-headers" : "");
  // The environment variables clang's driver adds include directories from.
  for (const char *Var : {"CPATH", "C_INCLUDE_PATH", "CPLUS_INCLUDE_PATH"})
    Key.add(sys::Process::GetEnv(Var).value_or(""));
  std::string Salt = Key.hex();
  SmallString<256> Abs(Dir);
  if (std::error_code EC = sys::fs::make_absolute(Abs)) {
    usageError("cannot use --cache-dir '" + Dir + "': " + EC.message());
    return std::nullopt;
  }
  return ResultCache(Abs.str().str(), std::move(Salt), std::move(FS));
}

void ResultCache::addJob(const Job &J, const ClangTidyOptions &Options) {
  if (hasOpaqueInputs(J))
    return;
  const std::string &MainHash = currentHash(J.File);
  if (MainHash.empty())
    return;
  KeyBuilder Key;
  Key.add(Salt).add(J.File).add(MainHash);
  for (const tooling::CompileCommand &C : J.Commands) {
    Key.add(C.Directory).add(C.Filename).add(std::to_string(C.CommandLine.size()));
    for (const std::string &Arg : C.CommandLine)
      Key.add(Arg);
  }
  Key.add(configurationAsText(Options));
  Keys[J.File] = Key.hex();
}

std::string ResultCache::entryPath(StringRef Key) const {
  SmallString<256> P(Dir);
  sys::path::append(P, Key.take_front(2), Key + ".entry");
  return P.str().str();
}

const std::string &ResultCache::currentHash(StringRef Path) {
  auto [It, Inserted] = CurrentHashes.try_emplace(Path);
  if (Inserted)
    if (auto Buffer = FS->getBufferForFile(Path, /*FileSize=*/-1,
                                           /*RequiresNullTerminator=*/false))
      It->second = contentHash((*Buffer)->getBuffer());
  return It->second;
}

std::optional<CachedResult> ResultCache::lookup(const Job &J) {
  auto Key = Keys.find(J.File);
  if (Key == Keys.end())
    return std::nullopt;
  auto Buffer = MemoryBuffer::getFile(entryPath(Key->second), /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return std::nullopt;
  StringRef Text = (*Buffer)->getBuffer();
  // The checksum last: a torn or damaged entry is a miss.
  size_t CheckAt = Text.rfind("\ncheck ");
  if (CheckAt == StringRef::npos ||
      Text.substr(CheckAt + 7).rtrim('\n') != contentHash(Text.take_front(CheckAt + 1)))
    return std::nullopt;
  Text = Text.take_front(CheckAt + 1);
  auto [First, Rest] = Text.split('\n');
  if (First != Magic)
    return std::nullopt;
  Text = Rest;
  CachedResult Result;
  std::optional<uint64_t> Millis = readCount(Text, "milliseconds");
  std::optional<uint64_t> Count = readCount(Text, "inputs");
  if (!Millis || !Count)
    return std::nullopt;
  Result.Seconds = static_cast<double>(*Millis) / 1000;
  for (uint64_t I = 0; I < *Count; ++I) {
    auto [Line, After] = Text.split('\n');
    auto [Hash, Path] = Line.split(' ');
    if (Hash.empty() || Path.empty() || currentHash(Path) != Hash)
      return std::nullopt;
    Text = After;
  }
  std::optional<StringRef> Stderr = readBlob(Text, "stderr");
  std::optional<StringRef> Report = Stderr ? readBlob(Text, "report") : std::nullopt;
  if (!Report || !Text.empty())
    return std::nullopt;
  Result.Stderr = Stderr->str();
  Result.Report = Report->str();
  // A hit refreshes the entry's time, so that pruning by age (`find -mtime
  // +30 -delete`) removes only the entries no run uses; failing to (a
  // read-only cache) is harmless.
  if (Expected<sys::fs::file_t> F = sys::fs::openNativeFileForRead(entryPath(Key->second))) {
    std::error_code Touched =
        sys::fs::setLastAccessAndModificationTime(*F, std::chrono::system_clock::now());
    std::error_code Closed = sys::fs::closeFile(*F);
    if (Touched || Closed)
      return Result; // harmless: the entry is used all the same
  } else {
    consumeError(F.takeError());
  }
  return Result;
}

void ResultCache::store(const Job &J, StringRef InputsText, const CachedResult &Result) {
  auto Key = Keys.find(J.File);
  if (Key == Keys.end())
    return;
  SmallVector<StringRef, 256> Lines;
  InputsText.split(Lines, '\n', -1, /*KeepEmpty=*/false);
  // The main file must be among the inputs (the worker read it), or the
  // worker did not record them.
  bool HasMain = false;
  for (StringRef Line : Lines) {
    auto [Hash, Path] = Line.split(' ');
    if (Hash.size() != 64 || Path.empty())
      return;
    HasMain |= Path == J.File;
  }
  if (!HasMain)
    return;
  std::string Body;
  raw_string_ostream OS(Body);
  OS << Magic << "\n"
     << "milliseconds " << static_cast<uint64_t>(Result.Seconds * 1000) << "\n"
     << "inputs " << Lines.size() << "\n";
  for (StringRef Line : Lines)
    OS << Line << "\n";
  OS << "stderr " << Result.Stderr.size() << "\n" << Result.Stderr << "\n";
  OS << "report " << Result.Report.size() << "\n" << Result.Report << "\n";
  std::string Check = contentHash(Body);
  OS << "check " << Check << "\n";
  std::string Path = entryPath(Key->second);
  if (sys::fs::create_directories(sys::path::parent_path(Path)))
    return;
  // Written to a temporary file in the same directory and renamed into
  // place (LLVM's writeToOutput): readers see a whole entry or none.
  consumeError(writeToOutput(Path, [&](raw_ostream &Out) {
    Out << Body;
    return Error::success();
  }));
}

} // namespace ctxlife::driver
