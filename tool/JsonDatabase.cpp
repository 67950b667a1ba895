//===--- JsonDatabase.cpp - compile_commands.json, streamed ---------------===//

#include "tool/JsonDatabase.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/xxhash.h"
#include <unistd.h>

using namespace clang::tooling;
using namespace llvm;

namespace ctxlife::driver {
namespace {

constexpr size_t ChunkSize = 1 << 20;

/// Splits the top-level JSON array into its elements, character by
/// character, as the chunks come.
class ArraySplitter {
public:
  /// Feeds \p Text; calls \p OnElement with each complete element. Returns
  /// false when the text is not an array of values.
  template <typename Fn> bool feed(StringRef Text, Fn OnElement) {
    for (char C : Text) {
      if (State == Before) {
        if (isSpace(C) || isBom(C))
          continue;
        if (C != '[')
          return false;
        State = Between;
        continue;
      }
      if (State == Done) {
        if (!isSpace(C))
          return false;
        continue;
      }
      if (State == Between) {
        if (isSpace(C) || (C == ',' && Seen))
          continue;
        if (C == ']') {
          State = Done;
          continue;
        }
        State = InElement;
        Current.clear();
      }
      // In an element.
      if (InString) {
        Current += C;
        if (Escaped)
          Escaped = false;
        else if (C == '\\')
          Escaped = true;
        else if (C == '"')
          InString = false;
        continue;
      }
      if (Depth == 0 && (C == ',' || C == ']')) {
        OnElement(StringRef(Current));
        Seen = true;
        State = C == ']' ? Done : Between;
        continue;
      }
      Current += C;
      if (C == '"')
        InString = true;
      else if (C == '{' || C == '[')
        ++Depth;
      else if (C == '}' || C == ']') {
        if (Depth == 0)
          return false;
        --Depth;
      }
    }
    return true;
  }
  bool finished() const { return State == Done; }

private:
  static bool isSpace(char C) { return C == ' ' || C == '\t' || C == '\n' || C == '\r'; }
  // A UTF-8 byte order mark at the start (EF BB BF).
  static bool isBom(char C) {
    auto U = static_cast<unsigned char>(C);
    return U == 0xEF || U == 0xBB || U == 0xBF;
  }

  enum { Before, Between, InElement, Done } State = Before;
  std::string Current;
  unsigned Depth = 0;
  bool InString = false, Escaped = false, Seen = false;
};

/// What makes two entries the same: directory, file and the command (its
/// arguments, or its command string). The output file is not part of it.
std::optional<XXH128_hash_t> entryKey(StringRef Element) {
  // A path that is not UTF-8 (clang's loader takes the bytes as they are,
  // JSON parsers do not): only identical entries are the same. The commands
  // of a job are compared again after clang has parsed them.
  if (!json::isUTF8(Element))
    return xxh3_128bits(arrayRefFromStringRef(("raw=" + Element).str()));
  Expected<json::Value> V = json::parse(Element);
  if (!V) {
    consumeError(V.takeError());
    return std::nullopt;
  }
  const json::Object *O = V->getAsObject();
  if (!O)
    return std::nullopt;
  std::string Key;
  raw_string_ostream OS(Key);
  for (StringRef Field : {"directory", "file", "command"})
    if (const json::Value *F = O->get(Field))
      OS << Field << '=' << *F << '\0';
  if (const json::Value *A = O->get("arguments"))
    OS << "arguments=" << *A << '\0';
  return xxh3_128bits(arrayRefFromStringRef(Key));
}

struct KeyInfo {
  static XXH128_hash_t getEmptyKey() { return {~0ULL, ~0ULL}; }
  static XXH128_hash_t getTombstoneKey() { return {~0ULL, ~0ULL - 1}; }
  static unsigned getHashValue(const XXH128_hash_t &K) {
    return static_cast<unsigned>(K.low64);
  }
  static bool isEqual(const XXH128_hash_t &L, const XXH128_hash_t &R) { return L == R; }
};

} // namespace

std::unique_ptr<JSONCompilationDatabase>
loadJsonDatabase(StringRef Path, std::string &Error, DatabaseStats &Stats) {
  auto Fallback = [&] {
    // Not an array of objects we can split: clang's loader says why.
    return JSONCompilationDatabase::loadFromFile(Path, Error,
                                                 JSONCommandLineSyntax::AutoDetect);
  };
  int FD;
  if (std::error_code EC = sys::fs::openFileForRead(Path, FD)) {
    Error = EC.message();
    return nullptr;
  }
  ArraySplitter Splitter;
  DenseSet<XXH128_hash_t, KeyInfo> Seen;
  std::string Unique = "[";
  bool Valid = true;
  std::vector<char> Chunk(ChunkSize);
  for (;;) {
    ssize_t N = ::read(FD, Chunk.data(), Chunk.size());
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    bool Split = Splitter.feed(StringRef(Chunk.data(), N), [&](StringRef Element) {
      ++Stats.Entries;
      std::optional<XXH128_hash_t> Key = entryKey(Element);
      if (!Key) {
        Valid = false;
        return;
      }
      if (!Seen.insert(*Key).second) {
        ++Stats.Duplicates;
        return;
      }
      if (Unique.size() > 1)
        Unique += ',';
      Unique += Element;
    });
    if (!Split || !Valid) {
      Valid = false;
      break;
    }
  }
  ::close(FD);
  if (!Valid || !Splitter.finished())
    return Fallback();
  Unique += ']';
  std::unique_ptr<JSONCompilationDatabase> DB = JSONCompilationDatabase::loadFromBuffer(
      Unique, Error, JSONCommandLineSyntax::AutoDetect);
  // An error: said about the file itself, with its positions.
  return DB ? std::move(DB) : Fallback();
}

} // namespace ctxlife::driver
