//===--- Findings.cpp - findings with positions, for every format ---------===//

#include "tool/Findings.h"
#include "tool/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>
#include <map>
#include <tuple>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

/// Code points in \p Text (UTF-8; an invalid byte counts as one).
unsigned codePoints(StringRef Text) {
  unsigned Count = 0;
  for (size_t I = 0; I < Text.size();) {
    unsigned Len = getNumBytesForUTF8(static_cast<UTF8>(Text[I]));
    I += std::max(1u, Len);
    ++Count;
  }
  return Count;
}

} // namespace

std::string SourceCache::displayPath(StringRef AbsolutePath, bool &InRoot) const {
  StringRef Rest = AbsolutePath;
  InRoot = !Root.empty() && Rest.consume_front(Root) &&
           (Rest.consume_front("/") || StringRef(Root).ends_with("/"));
  std::string Shown = InRoot ? Rest.str() : AbsolutePath.str();
  std::replace(Shown.begin(), Shown.end(), '\\', '/');
  return Shown;
}

SourceCache::File *SourceCache::load(StringRef AbsolutePath) {
  auto It = Files.find(AbsolutePath);
  if (It != Files.end())
    return It->second.Buffer ? &It->second : nullptr;
  File &F = Files[AbsolutePath];
  auto Buffer = MemoryBuffer::getFile(AbsolutePath, /*IsText=*/false,
                                      /*RequiresNullTerminator=*/false);
  if (!Buffer)
    return nullptr;
  F.Buffer = std::move(*Buffer);
  StringRef Text = F.Buffer->getBuffer();
  F.LineStarts.push_back(0);
  for (size_t I = 0; I < Text.size(); ++I)
    if (Text[I] == '\n')
      F.LineStarts.push_back(I + 1);
  return &F;
}

Position SourceCache::position(StringRef FilePath, StringRef BuildDirectory,
                               unsigned Offset, unsigned Length) {
  Position P;
  if (FilePath.empty())
    return P;
  P.AbsolutePath = absolutePath(FilePath, BuildDirectory);
  P.Path = displayPath(P.AbsolutePath, P.InRoot);
  P.Offset = Offset;
  P.Length = Length;
  File *F = load(P.AbsolutePath);
  if (!F)
    return P;
  StringRef Text = F->Buffer->getBuffer();
  auto Locate = [&](unsigned At, unsigned &Line, unsigned &Column, unsigned &Chars) {
    At = std::min<unsigned>(At, Text.size());
    auto Next = std::upper_bound(F->LineStarts.begin(), F->LineStarts.end(), At);
    unsigned Index = static_cast<unsigned>(Next - F->LineStarts.begin()) - 1;
    unsigned Start = F->LineStarts[Index];
    Line = Index + 1;
    Column = At - Start + 1;
    Chars = codePoints(Text.slice(Start, At)) + 1;
    return Start;
  };
  unsigned Start = Locate(Offset, P.Line, P.Column, P.ColumnChars);
  // Without a range, the region is the character at the position (none at
  // the end of a line).
  unsigned End = Offset + Length;
  if (Length == 0 && Offset < Text.size() && Text[Offset] != '\n' && Text[Offset] != '\r')
    End += std::max(1u, getNumBytesForUTF8(static_cast<UTF8>(Text[Offset])));
  Locate(End, P.EndLine, P.EndColumn, P.EndColumnChars);
  P.LineText = Text.substr(Start).split('\n').first.rtrim('\r').str();
  return P;
}

std::string findProjectRoot() {
  SmallString<256> Dir;
  if (sys::fs::current_path(Dir))
    return ".";
  for (StringRef D = Dir; !D.empty(); D = sys::path::parent_path(D)) {
    SmallString<256> Git(D);
    sys::path::append(Git, ".git");
    if (sys::fs::exists(Git))
      return D.str();
  }
  return Dir.str().str();
}

std::string findingKey(StringRef Check, StringRef Path, StringRef LineText) {
  return (Check + Twine('\0') + Path + Twine('\0') + normalizeLine(LineText)).str();
}

std::string fingerprint(StringRef Key, unsigned Occurrence) {
  std::string Hashed = (Key + Twine('\0') + Twine(Occurrence)).str();
  auto Digest = SHA256::hash(arrayRefFromStringRef(Hashed));
  return toHex(ArrayRef(Digest).take_front(16), /*LowerCase=*/true);
}

std::string normalizeLine(StringRef Line) {
  SmallVector<StringRef, 16> Words;
  SplitString(Line, Words);
  return join(Words, " ");
}

void sortAndDeduplicate(std::vector<ClangTidyError> &Errors) {
  // clang-tidy's order (file, offset, check, message), with files compared
  // as absolute paths: translation units from different build directories
  // interleave by path, and the same header finding, reported by several
  // translation units under different spellings of its path, is one
  // finding.
  struct Keyed {
    std::string File;
    ClangTidyError *Error;
  };
  std::vector<Keyed> Order;
  Order.reserve(Errors.size());
  for (ClangTidyError &E : Errors)
    Order.push_back({E.Message.FilePath.empty()
                         ? std::string()
                         : absolutePath(E.Message.FilePath, E.BuildDirectory),
                     &E});
  auto Key = [](const Keyed &K) {
    return std::tie(K.File, K.Error->Message.FileOffset, K.Error->DiagnosticName,
                    K.Error->Message.Message);
  };
  std::stable_sort(Order.begin(), Order.end(),
                   [&](const Keyed &L, const Keyed &R) { return Key(L) < Key(R); });
  // Diagnostics without a file (configuration and command-line problems)
  // are one per check and message, too.
  std::vector<bool> Duplicate(Order.size(), false);
  for (size_t I = 1; I < Order.size(); ++I)
    Duplicate[I] = Key(Order[I - 1]) == Key(Order[I]);
  std::vector<ClangTidyError> Unique;
  for (size_t I = 0; I < Order.size(); ++I)
    if (!Duplicate[I])
      Unique.push_back(std::move(*Order[I].Error));
  Errors = std::move(Unique);
}

std::vector<Finding> makeFindings(ArrayRef<ClangTidyError> Errors, SourceCache &Sources) {
  std::vector<Finding> Findings;
  std::map<std::string, unsigned> Occurrences;
  for (const ClangTidyError &E : Errors) {
    Finding F;
    F.Error = &E;
    F.RuleId = E.DiagnosticName;
    F.Check = E.DiagnosticName;
    for (const std::string &Alias : E.EnabledDiagnosticAliases)
      F.Check += "," + Alias;
    F.IsError = E.IsWarningAsError || E.DiagLevel == ClangTidyError::Error;
    F.Message = E.Message.Message;
    unsigned Length = 0;
    for (const tooling::FileByteRange &R : E.Message.Ranges)
      if (R.FilePath == E.Message.FilePath && R.FileOffset == E.Message.FileOffset) {
        Length = R.Length;
        break;
      }
    F.Where = Sources.position(E.Message.FilePath, E.BuildDirectory,
                               E.Message.FileOffset, Length);
    for (const tooling::DiagnosticMessage &Note : E.Notes)
      F.Notes.emplace_back(Note.Message, Sources.position(Note.FilePath, E.BuildDirectory,
                                                          Note.FileOffset, 0));
    for (const auto &FileAndReplacements : E.Message.Fix)
      for (const tooling::Replacement &R : FileAndReplacements.second)
        F.Fixes.push_back({Sources.position(R.getFilePath(), E.BuildDirectory,
                                            R.getOffset(), R.getLength()),
                           R.getReplacementText().str()});
    for (Edit &Fix : F.Fixes)
      if (Fix.Where.Length == 0) { // an insertion: an empty region
        Fix.Where.EndLine = Fix.Where.Line;
        Fix.Where.EndColumn = Fix.Where.Column;
        Fix.Where.EndColumnChars = Fix.Where.ColumnChars;
      }
    F.Key = findingKey(F.RuleId, F.Where.Path, F.Where.LineText);
    F.Occurrence = Occurrences[F.Key]++;
    F.Fingerprint = fingerprint(F.Key, F.Occurrence);
    Findings.push_back(std::move(F));
  }
  return Findings;
}

} // namespace ctxlife::driver
