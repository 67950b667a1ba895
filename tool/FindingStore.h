//===--- FindingStore.h - the run's diagnostics, held compactly -*- C++ -*-===//
//
// Every diagnostic the workers report (findings, compile errors,
// configuration problems) is added here as its report is read, and kept in a
// compact form: strings that repeat (paths, check names, build directories)
// are stored once, message texts live in one arena, and notes, ranges and
// fix-its are slices of shared arrays. A finding with a few notes costs well
// under a kilobyte, so a run with tens of thousands of findings stays small;
// the formats rebuild one ClangTidyError (or Finding) at a time while they
// stream their output.
//
// After the last report, sortAndDeduplicate() puts the diagnostics in
// clang-tidy's order (file as an absolute path, offset, check, message) and
// drops the copies that several translation units report for one header.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FINDINGSTORE_H
#define CTXLIFE_TOOL_FINDINGSTORE_H

#include "clang-tidy/ClangTidyDiagnosticConsumer.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Allocator.h"
#include "llvm/Support/StringSaver.h"
#include <cstdint>
#include <string>
#include <vector>

namespace ctxlife::driver {

class FindingStore {
public:
  FindingStore() : Interned(Arena), Texts(Arena) {}
  FindingStore(const FindingStore &) = delete;
  FindingStore &operator=(const FindingStore &) = delete;

  /// Adds one diagnostic of translation unit \p Unit (the index of its job).
  /// Invalidates the order of sortAndDeduplicate().
  void add(const clang::tidy::ClangTidyError &E, uint32_t Unit);

  /// Orders the diagnostics by file (absolute path), offset, check and
  /// message, and removes duplicates. Indices below then follow that order.
  void sortAndDeduplicate();

  size_t size() const { return Order.size(); }
  /// The diagnostic at \p I, rebuilt.
  clang::tidy::ClangTidyError error(size_t I) const;
  llvm::StringRef check(size_t I) const { return at(I).Name; }
  clang::tidy::ClangTidyError::Level level(size_t I) const {
    return static_cast<clang::tidy::ClangTidyError::Level>(at(I).Level);
  }
  bool warningAsError(size_t I) const { return at(I).WarningAsError; }
  /// The translation unit that reported it (the first, for a duplicate).
  uint32_t unit(size_t I) const { return at(I).Unit; }
  /// A finding: not a compile error, not a configuration problem.
  bool isFinding(size_t I) const;

private:
  struct Span {
    uint32_t Begin = 0, Count = 0;
  };
  struct Message {
    llvm::StringRef Text, File;
    unsigned Offset = 0;
    Span Ranges, Fixes;
  };
  struct Range {
    llvm::StringRef File;
    unsigned Offset, Length;
  };
  struct Replacement {
    llvm::StringRef File;
    unsigned Offset, Length;
    llvm::StringRef Text;
  };
  struct Record {
    llvm::StringRef Name, BuildDirectory, Aliases, AbsoluteFile;
    Message Main;
    Span Notes;
    uint32_t Unit = 0;
    uint8_t Level = 0;
    bool WarningAsError = false;
  };

  const Record &at(size_t I) const { return Records[Order[I]]; }
  Message store(const clang::tooling::DiagnosticMessage &M);
  clang::tooling::DiagnosticMessage rebuild(const Message &M) const;

  llvm::BumpPtrAllocator Arena;
  llvm::UniqueStringSaver Interned; // paths, names: stored once
  llvm::StringSaver Texts;          // messages, replacement texts
  std::vector<Record> Records;
  std::vector<Message> Notes;
  std::vector<Range> Ranges;
  std::vector<Replacement> Replacements;
  std::vector<uint32_t> Order; // indices into Records, sorted, unique
};

} // namespace ctxlife::driver

#endif
