//===--- HtmlParts.h - pieces of the HTML report ---------------*- C++ -*-===//
//
// What Html.cpp assembles into pages: escaping, the shared style sheet, a
// finding's source with the steps of its path highlighted and numbered, and
// its fix-its as a unified diff.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FORMATS_HTMLPARTS_H
#define CTXLIFE_TOOL_FORMATS_HTMLPARTS_H

#include "tool/Findings.h"
#include "tool/formats/PathSteps.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"
#include <string>
#include <vector>

namespace ctxlife::driver::html {

/// \p Text with `&`, `<`, `>`, `"` and `'` escaped.
std::string escape(llvm::StringRef Text);

/// The page head: title, character set and the inline style sheet (the
/// report loads nothing from anywhere).
void pageStart(llvm::raw_ostream &OS, llvm::StringRef Title);
void pageEnd(llvm::raw_ostream &OS);

/// The code around \p Steps (numbered from 1 in their order), one block per
/// file, each step's range marked and numbered where it starts.
void writeSource(llvm::raw_ostream &OS, const std::vector<PathStep> &Steps,
                 SourceCache &Sources);

/// \p Fixes as a unified diff per file (the lines they touch, before and
/// after). Nothing when there are none.
void writeFixDiff(llvm::raw_ostream &OS, const std::vector<Edit> &Fixes,
                  SourceCache &Sources);

} // namespace ctxlife::driver::html

#endif
