//===--- CheckDocs.h - the check documentation built into ctxlife -*- C++ -*-===//
//
// Every docs/checks/<check>.md page, embedded at build time by
// tool/EmbedDocs.cmake (no list of checks to maintain here): --explain
// prints a page, and the SARIF rules take their descriptions and help
// from it.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_CHECKDOCS_H
#define CTXLIFE_TOOL_CHECKDOCS_H

#include "llvm/ADT/StringRef.h"
#include <optional>
#include <string>

namespace ctxlife::driver {

/// The Markdown page of \p Check, if one is built in.
std::optional<llvm::StringRef> findCheckDoc(llvm::StringRef Check);

/// The page's summary: the first paragraph after the title, on one line.
std::string checkSummary(llvm::StringRef Check);

/// Where the check is documented on the web.
std::string checkHelpUri(llvm::StringRef Check);

/// The project's home page.
llvm::StringRef homepage();

} // namespace ctxlife::driver

#endif
