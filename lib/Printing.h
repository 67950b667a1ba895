//===--- Printing.h - source text and types as the user reads them -*- C++ -*-===//
//
// How findings name expressions and types: the source text as written
// (macro arguments as the user wrote them), and types by the names users
// know. Shared by every rule so all checks speak alike.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_PRINTING_H
#define CTXLIFE_LIB_PRINTING_H

#include "clang/AST/Type.h"
#include <string>

namespace clang {
class ASTContext;
class Expr;
} // namespace clang

namespace ctxlife {

/// The source text of \p E on one line (blanks collapsed).
std::string sourceText(const clang::Expr *E, clang::ASTContext &Ctx);

/// \p E without parentheses, implicit casts, temporaries and implicit
/// conversions to a destination type: the expression the user wrote.
const clang::Expr *stripWritten(const clang::Expr *E);

/// Prints \p T as the user knows it: namespace-scope typedefs by name,
/// everything else as the fully qualified type it stands for.
std::string printType(clang::QualType T, const clang::ASTContext &Ctx);

} // namespace ctxlife

#endif
