//===--- Cache.h - results shared across runs (--cache-dir) ----*- C++ -*-===//
//
// A translation unit's result (the worker's report and its standard error)
// is stored under a key made of everything the result depends on apart from
// the headers: the tool's build id (a hash of the executable and clang's
// version), the file and the content of its main file, its final compile
// commands, the effective configuration (clang-tidy's configuration text
// for the file), the worker's own flags (line filter, fix notes) and the
// include-path environment variables (CPATH, CPLUS_INCLUDE_PATH, ...). The
// entry lists every file the translation unit read, with the hash of the
// content analyzed (the worker records them: tool/Runner.h), and a lookup
// is a hit only when each of them still has that content. So a changed
// header re-analyzes exactly the files that include it.
//
// Entries are written to a temporary file and renamed into place, so
// concurrent runs sharing a directory see either a whole entry or none; an
// entry that does not parse or whose checksum does not match is a miss.
// Only clean results are stored: compile errors (a missing header would not
// be among the inputs), crashes and timeouts are analyzed again.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_CACHE_H
#define CTXLIFE_TOOL_CACHE_H

#include "tool/CompileDB.h"
#include "tool/Options.h"
#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <optional>
#include <string>
#include <vector>

namespace ctxlife::driver {

/// A file a translation unit read and the hash of the content it read.
struct CacheInput {
  std::string Hash;
  std::string Path; // absolute
};

/// The hash the cache keys content with (BLAKE3, hex).
std::string contentHash(llvm::StringRef Content);

/// Writes \p Inputs in the format the worker hands to the driver.
std::string formatInputs(llvm::ArrayRef<CacheInput> Inputs);

/// What a hit gives back: the worker's report and standard error.
struct CachedResult {
  std::string Report;
  std::string Stderr;
  double Seconds = 0; // how long the analysis took when it was stored
};

class ResultCache {
public:
  /// The cache in \p Dir (created if needed); nullopt after a one-line error.
  /// \p WorkerFlags: what else the driver tells the workers (it changes
  /// their results); files are read through \p FS (--vfsoverlay).
  static std::optional<ResultCache> open(llvm::StringRef Dir, const Settings &S,
                                         llvm::StringRef WorkerFlags,
                                         llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

  /// Computes the key of \p J under \p Options (call once per job, before
  /// lookups). A job that cannot be cached (unreadable main file, modules or
  /// precompiled headers) gets no key.
  void addJob(const Job &J, const clang::tidy::ClangTidyOptions &Options);

  /// The stored result of \p J, if its inputs still have the stored content.
  std::optional<CachedResult> lookup(const Job &J);

  /// Stores a clean result of \p J. \p InputsText is what the worker wrote
  /// (formatInputs). Failures to write are ignored: the cache is an
  /// optimisation, never a reason to fail a run.
  void store(const Job &J, llvm::StringRef InputsText, const CachedResult &Result);

  /// Whether \p J has a key (the worker must then record its inputs).
  bool caches(const Job &J) const { return Keys.count(J.File); }

private:
  ResultCache(std::string Dir, std::string Salt, llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS)
      : Dir(std::move(Dir)), Salt(std::move(Salt)), FS(std::move(FS)) {}
  std::string entryPath(llvm::StringRef Key) const;
  /// The current hash of a file's content (memoized for the run); empty
  /// when it cannot be read.
  const std::string &currentHash(llvm::StringRef Path);

  std::string Dir;
  std::string Salt; // build id and the worker's own flags
  llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS;
  llvm::StringMap<std::string> Keys;         // job file -> key
  llvm::StringMap<std::string> CurrentHashes; // path -> hash
};

} // namespace ctxlife::driver

#endif
