//===--- Printing.h - source text and types as the user reads them -*- C++ -*-===//
//
// How findings name expressions and types: the source text as written
// (macro arguments as the user wrote them), and types by the names users
// know. Shared by every rule so all checks speak alike.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_PRINTING_H
#define CTXLIFE_LIB_MODEL_PRINTING_H

#include "clang/AST/Type.h"
#include <string>

namespace clang {
class ASTContext;
class Expr;
class ValueDecl;
} // namespace clang

namespace ctxlife {

/// The source text of \p E on one line (blanks collapsed).
std::string sourceText(const clang::Expr *E, clang::ASTContext &Ctx);

/// \p Pattern (a hint of a knowledge file) with `%0` replaced by \p Name
/// and `%1` by `->` when \p Arrow, else `.`.
std::string fillPattern(llvm::StringRef Pattern, llvm::StringRef Name,
                        bool Arrow);

/// Prints \p T as the user knows it: namespace-scope typedefs by name,
/// everything else as the fully qualified type it stands for.
std::string printType(clang::QualType T, const clang::ASTContext &Ctx);

/// Prints the type a variable is declared with: a class template
/// specialization as written, with its names qualified
/// (`std::vector<std::string>`); anything else, and a deduced type, as
/// `printType` does.
std::string printDeclaredType(const clang::ValueDecl *V,
                              const clang::ASTContext &Ctx);

} // namespace ctxlife

#endif
