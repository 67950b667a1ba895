//===--- Findings.cpp - findings with positions, for every format ---------===//

#include "tool/Findings.h"
#include "tool/Paths.h"
#include "tool/formats/PathSteps.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/SHA256.h"
#include <algorithm>

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
  for (size_t I = 0; I < Files.size(); ++I) {
    if (Files[I]->Path != AbsolutePath)
      continue;
    std::rotate(Files.begin(), Files.begin() + I, Files.begin() + I + 1);
    return Files.front()->Buffer ? Files.front().get() : nullptr;
  }
  auto F = std::make_unique<File>();
  F->Path = AbsolutePath.str();
  auto Buffer = FS->getBufferForFile(AbsolutePath, /*FileSize=*/-1,
                                     /*RequiresNullTerminator=*/false);
  if (Buffer) {
    F->Buffer = std::move(*Buffer);
    StringRef Text = F->Buffer->getBuffer();
    F->LineStarts.push_back(0);
    for (size_t I = 0; I < Text.size(); ++I)
      if (Text[I] == '\n')
        F->LineStarts.push_back(I + 1);
  }
  if (Files.size() == Kept)
    Files.pop_back();
  Files.insert(Files.begin(), std::move(F));
  return Files.front()->Buffer ? Files.front().get() : nullptr;
}

std::optional<std::pair<std::string, unsigned>>
SourceCache::lines(StringRef AbsolutePath, unsigned First, unsigned Last) {
  File *F = load(AbsolutePath);
  if (!F || First == 0 || First > F->LineStarts.size() || Last < First)
    return std::nullopt;
  StringRef Text = F->Buffer->getBuffer();
  unsigned Start = F->LineStarts[First - 1];
  unsigned End = Last < F->LineStarts.size() ? F->LineStarts[Last] : Text.size();
  StringRef Slice = Text.slice(Start, End);
  if (Slice.ends_with("\n"))
    Slice = Slice.drop_back();
  if (Slice.ends_with("\r"))
    Slice = Slice.drop_back();
  return std::make_pair(Slice.str(), Start);
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

std::string normalizeLine(StringRef Line) {
  SmallVector<StringRef, 16> Words;
  SplitString(Line, Words);
  return join(Words, " ");
}

Finding makeFinding(const ClangTidyError &E, SourceCache &Sources) {
  Finding F;
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
  F.Where = Sources.position(E.Message.FilePath, E.BuildDirectory, E.Message.FileOffset,
                             Length);
  auto Edits = [&](const tooling::DiagnosticMessage &M) {
    std::vector<Edit> Out;
    for (const auto &FileAndReplacements : M.Fix)
      for (const tooling::Replacement &R : FileAndReplacements.second)
        Out.push_back({Sources.position(R.getFilePath(), E.BuildDirectory, R.getOffset(),
                                        R.getLength()),
                       R.getReplacementText().str()});
    for (Edit &Fix : Out)
      if (Fix.Where.Length == 0) { // an insertion: an empty region
        Fix.Where.EndLine = Fix.Where.Line;
        Fix.Where.EndColumn = Fix.Where.Column;
        Fix.Where.EndColumnChars = Fix.Where.ColumnChars;
      }
    return Out;
  };
  for (const tooling::DiagnosticMessage &N : E.Notes) {
    // A note's range, when it has one at its position, as for the warning.
    unsigned NoteLength = 0;
    for (const tooling::FileByteRange &R : N.Ranges)
      if (R.FilePath == N.FilePath && R.FileOffset == N.FileOffset) {
        NoteLength = R.Length;
        break;
      }
    F.Notes.push_back({N.Message,
                       Sources.position(N.FilePath, E.BuildDirectory, N.FileOffset, NoteLength),
                       classifyNote(N.Message), Edits(N)});
  }
  F.Fixes = Edits(E.Message);
  F.Key = F.RuleId + '\0' + F.Where.Path + '\0' + normalizeLine(F.Where.LineText);
  return F;
}

void setOccurrence(Finding &F, unsigned Occurrence) {
  F.Occurrence = Occurrence;
  std::string Hashed = F.Key + '\0' + std::to_string(F.Occurrence);
  auto Digest = SHA256::hash(arrayRefFromStringRef(Hashed));
  F.Fingerprint = toHex(ArrayRef(Digest).take_front(16), /*LowerCase=*/true);
}

} // namespace ctxlife::driver
