//===--- ClangCompat.h - the Clang APIs that differ between majors --------===//
//
// ctxlife builds against LLVM 19 and LLVM 22 (CMake option
// CTXLIFE_LLVM_VERSION). Every difference between the two majors that the
// sources meet lives here, one function per difference, with what changed and
// in which release; this is the only file that tests the LLVM version
// (`#if` anywhere else is a review error). Behaviour is the same on both
// majors: each function gives the other major's meaning.
//
// To support a new major: build with -DCTXLIFE_LLVM_VERSION=<N>, add a
// function here for each compile error, and run the whole suite; the
// cross-major test (test/cross-major.sh) shows any finding that changed.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_COMPAT_CLANGCOMPAT_H
#define CTXLIFE_LIB_COMPAT_CLANGCOMPAT_H

#include "clang/AST/ASTContext.h"
#include "clang/AST/DeclCXX.h"
#include "clang/AST/Expr.h"
#include "clang/AST/PrettyPrinter.h"
#include "clang/AST/Type.h"
#include "clang/Basic/Version.h"

namespace ctxlife::compat {

/// Looks through the sugar a qualified or keyword-prefixed type name
/// (`ns::T`, `struct T`) is wrapped in. Up to clang 21 that is an
/// ElaboratedType around the TypedefType/RecordType; clang 22 removed
/// ElaboratedType (the qualifier and keyword are now part of the TypedefType
/// or TagType itself), so there is nothing to look through.
inline const clang::Type *skipElaboration(const clang::Type *T) {
#if CLANG_VERSION_MAJOR < 22
  if (const auto *ET = llvm::dyn_cast<clang::ElaboratedType>(T))
    return ET->getNamedType().getTypePtr();
#endif
  return T;
}

/// Makes \p PP print every type name with its full scope, typedef names kept
/// (`drogon::HttpRequestPtr` where the source says `HttpRequestPtr`). Clang 19
/// does it with SuppressElaboration (print the named type, not the qualifier
/// as written); clang 22 removed that flag with ElaboratedType, and
/// FullyQualifiedName, which clang 19 applies to declarations only, now also
/// qualifies type names.
inline void qualifyTypeNames(clang::PrintingPolicy &PP) {
#if CLANG_VERSION_MAJOR < 22
  PP.SuppressElaboration = true;
#else
  PP.FullyQualifiedName = true;
#endif
}

/// The type of the class \p RD (as `this` points to it). Clang 22 removed
/// ASTContext::getRecordType; getCanonicalTagType is its replacement (both give
/// the canonical, unqualified record type).
inline clang::QualType recordType(const clang::ASTContext &Ctx,
                                  const clang::CXXRecordDecl *RD) {
#if CLANG_VERSION_MAJOR < 22
  return Ctx.getRecordType(RD);
#else
  return Ctx.getCanonicalTagType(RD);
#endif
}

/// Where the call \p CE begins and ends in the source, for every kind of call.
/// Up to clang 21, CallExpr::getBeginLoc/getEndLoc looked for an overloaded
/// operator call (`sink.write(...)` through std::function::operator(),
/// `a = b`) and gave its whole range; clang 22 made them inline and
/// CXXOperatorCallExpr hides them instead, so through a `CallExpr *` an
/// operator call begins at its callee: the `(` or the `=`. Stmt's versions
/// dispatch to the most derived class's on both majors. Use these wherever
/// the static type is CallExpr (clang-query: cxxMemberCallExpr(callee(
/// cxxMethodDecl(hasName("getBeginLoc"), ofClass(hasName("::clang::CallExpr"))))).
inline clang::SourceLocation callBegin(const clang::CallExpr *CE) {
  return static_cast<const clang::Stmt *>(CE)->getBeginLoc();
}
inline clang::SourceLocation callEnd(const clang::CallExpr *CE) {
  return static_cast<const clang::Stmt *>(CE)->getEndLoc();
}

} // namespace ctxlife::compat

#endif // CTXLIFE_LIB_COMPAT_CLANGCOMPAT_H
