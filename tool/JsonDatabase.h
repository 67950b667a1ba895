//===--- JsonDatabase.h - compile_commands.json, streamed ------*- C++ -*-===//
//
// Generated databases repeat entries: the same file with the same flags,
// once per target or per configure run. clang's JSONCompilationDatabase keeps
// the whole file and every entry in memory, and each duplicate would be
// analyzed again. ctxlife reads the file in fixed-size chunks, one entry at a
// time, keeps each distinct (directory, file, flags) once (the first), and
// hands only those to clang's own loader, which then parses the commands as
// it always does (shell-style `command` strings, `arguments` arrays). Memory
// is bounded by the distinct entries, not by the file.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_JSONDATABASE_H
#define CTXLIFE_TOOL_JSONDATABASE_H

#include "clang/Tooling/JSONCompilationDatabase.h"
#include <memory>
#include <string>

namespace ctxlife::driver {

struct DatabaseStats {
  size_t Entries = 0;    // in the file
  size_t Duplicates = 0; // skipped: the same directory, file and flags again
};

/// Loads \p Path without its duplicate entries. Returns nullptr with a
/// one-line \p Error (clang's own message for malformed JSON).
std::unique_ptr<clang::tooling::JSONCompilationDatabase>
loadJsonDatabase(llvm::StringRef Path, std::string &Error, DatabaseStats &Stats);

} // namespace ctxlife::driver

#endif
