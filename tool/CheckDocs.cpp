//===--- CheckDocs.cpp - the check documentation built into ctxlife -------===//

#include "tool/CheckDocs.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#ifndef CTXLIFE_HOMEPAGE
#define CTXLIFE_HOMEPAGE ""
#endif

using namespace llvm;

namespace ctxlife::driver {
namespace {

struct EmbeddedDoc {
  const char *Check;
  const unsigned char *Text;
  unsigned Size;
};

// Generated: `static const EmbeddedDoc EmbeddedDocs[] = {...};`
#include "CheckDocs.inc"

} // namespace

std::optional<StringRef> findCheckDoc(StringRef Check) {
  for (const EmbeddedDoc &D : EmbeddedDocs)
    if (Check == D.Check)
      return StringRef(reinterpret_cast<const char *>(D.Text), D.Size);
  return std::nullopt;
}

std::string checkSummary(StringRef Check) {
  if (std::optional<StringRef> Doc = findCheckDoc(Check)) {
    // The first paragraph that is not a heading, joined into one line.
    SmallVector<StringRef, 64> Lines;
    Doc->split(Lines, '\n');
    std::string Summary;
    for (StringRef Line : Lines) {
      Line = Line.trim();
      if (Line.empty()) {
        if (!Summary.empty())
          break;
        continue;
      }
      if (Line.starts_with("#"))
        continue;
      if (!Summary.empty())
        Summary += ' ';
      Summary += Line.str();
    }
    if (!Summary.empty())
      return Summary;
  }
  StringRef Name = Check;
  if (Name.consume_front("clang-analyzer-"))
    return ("Clang Static Analyzer checker " + Name).str();
  if (Name.consume_front("clang-diagnostic-"))
    return ("Clang compiler diagnostic -W" + Name).str();
  return Check.str();
}

std::string checkHelpUri(StringRef Check) {
  if (findCheckDoc(Check))
    return (Twine(CTXLIFE_HOMEPAGE) + "/blob/main/docs/checks/" + Check + ".md").str();
  StringRef Name = Check;
  if (Name.consume_front("clang-analyzer-"))
    return "https://clang.llvm.org/docs/analyzer/checkers.html";
  if (Name.consume_front("clang-diagnostic-"))
    return "https://clang.llvm.org/docs/DiagnosticsReference.html#w" + Name.lower();
  return homepage().str();
}

StringRef homepage() { return CTXLIFE_HOMEPAGE; }

} // namespace ctxlife::driver
