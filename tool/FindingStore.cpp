//===--- FindingStore.cpp - the run's diagnostics, held compactly ---------===//

#include "tool/FindingStore.h"
#include "tool/Paths.h"
#include "llvm/ADT/StringExtras.h"
#include <algorithm>
#include <tuple>

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {

FindingStore::Message FindingStore::store(const tooling::DiagnosticMessage &M) {
  Message Out;
  Out.Text = Texts.save(M.Message);
  Out.File = Interned.save(M.FilePath);
  Out.Offset = M.FileOffset;
  Out.Ranges.Begin = Ranges.size();
  for (const tooling::FileByteRange &R : M.Ranges)
    Ranges.push_back({Interned.save(R.FilePath), R.FileOffset, R.Length});
  Out.Ranges.Count = Ranges.size() - Out.Ranges.Begin;
  Out.Fixes.Begin = Replacements.size();
  for (const auto &FileAndReplacements : M.Fix)
    for (const tooling::Replacement &R : FileAndReplacements.second)
      Replacements.push_back({Interned.save(R.getFilePath()), R.getOffset(), R.getLength(),
                              Texts.save(R.getReplacementText())});
  Out.Fixes.Count = Replacements.size() - Out.Fixes.Begin;
  return Out;
}

void FindingStore::add(const ClangTidyError &E, uint32_t Unit) {
  Record R;
  R.Unit = Unit;
  R.Name = Interned.save(E.DiagnosticName);
  R.BuildDirectory = Interned.save(E.BuildDirectory);
  R.Aliases = Interned.save(join(E.EnabledDiagnosticAliases, ","));
  R.AbsoluteFile = E.Message.FilePath.empty()
                       ? StringRef()
                       : Interned.save(absolutePath(E.Message.FilePath, E.BuildDirectory));
  R.Main = store(E.Message);
  R.Notes.Begin = Notes.size();
  for (const tooling::DiagnosticMessage &N : E.Notes)
    Notes.push_back(store(N));
  R.Notes.Count = Notes.size() - R.Notes.Begin;
  R.Level = static_cast<uint8_t>(E.DiagLevel);
  R.WarningAsError = E.IsWarningAsError;
  Order.push_back(Records.size());
  Records.push_back(R);
}

void FindingStore::sortAndDeduplicate() {
  // clang-tidy's order (file, offset, check, message), with files compared
  // as absolute paths: translation units from different build directories
  // interleave by path, and the same header finding, reported by several
  // translation units under different spellings of its path, is one
  // finding. Diagnostics without a file (configuration and command-line
  // problems) are one per check and message, too.
  auto Key = [this](uint32_t I) {
    const Record &R = Records[I];
    return std::make_tuple(R.AbsoluteFile, R.Main.Offset, R.Name, R.Main.Text);
  };
  std::stable_sort(Order.begin(), Order.end(),
                   [&](uint32_t L, uint32_t R) { return Key(L) < Key(R); });
  Order.erase(std::unique(Order.begin(), Order.end(),
                          [&](uint32_t L, uint32_t R) { return Key(L) == Key(R); }),
              Order.end());
}

bool FindingStore::isFinding(size_t I) const {
  const Record &R = at(I);
  return R.Level != ClangTidyError::Error && R.Name != "clang-tidy-config";
}

tooling::DiagnosticMessage FindingStore::rebuild(const Message &M) const {
  tooling::DiagnosticMessage Out;
  Out.Message = M.Text.str();
  Out.FilePath = M.File.str();
  Out.FileOffset = M.Offset;
  for (uint32_t I = 0; I < M.Ranges.Count; ++I) {
    const Range &R = Ranges[M.Ranges.Begin + I];
    tooling::FileByteRange Byte;
    Byte.FilePath = R.File.str();
    Byte.FileOffset = R.Offset;
    Byte.Length = R.Length;
    Out.Ranges.push_back(std::move(Byte));
  }
  for (uint32_t I = 0; I < M.Fixes.Count; ++I) {
    const Replacement &R = Replacements[M.Fixes.Begin + I];
    // They were a valid set when the worker reported them.
    llvm::consumeError(
        Out.Fix[R.File].add(tooling::Replacement(R.File, R.Offset, R.Length, R.Text)));
  }
  return Out;
}

ClangTidyError FindingStore::error(size_t I) const {
  const Record &R = at(I);
  ClangTidyError E(R.Name, static_cast<ClangTidyError::Level>(R.Level), R.BuildDirectory,
                   R.WarningAsError);
  E.Message = rebuild(R.Main);
  for (uint32_t N = 0; N < R.Notes.Count; ++N)
    E.Notes.push_back(rebuild(Notes[R.Notes.Begin + N]));
  if (!R.Aliases.empty()) {
    SmallVector<StringRef, 2> Names;
    R.Aliases.split(Names, ',');
    for (StringRef Name : Names)
      E.EnabledDiagnosticAliases.push_back(Name.str());
  }
  return E;
}

} // namespace ctxlife::driver
