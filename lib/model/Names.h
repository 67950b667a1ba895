//===--- Names.h - matching declarations against known names ----*- C++ -*-===//
//
// The one way a declaration is matched against the names of the knowledge
// files: its qualified name without inline or anonymous namespaces and
// without template arguments, filtered first by its unqualified name. The
// one search through a class and its bases.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_NAMES_H
#define CTXLIFE_LIB_MODEL_NAMES_H

#include "lib/knowledge/Schema.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"
#include <string>

namespace clang {
class CallExpr;
class CXXRecordDecl;
class NamedDecl;
class QualType;
} // namespace clang

namespace ctxlife {

/// The qualified name of \p D without inline or anonymous namespaces and
/// without template arguments (`std::basic_string_view`, `mg_connection`).
std::string qualifiedName(const clang::NamedDecl *D);

/// The name \p D is matched by: its qualified name, where a namespace with
/// Asio's shape (rows `AsioMarker` and `AsioContext`: `asio`, rpclib's
/// `clmdep_asio`, any bundled copy) is spelled `boost::asio`, so that
/// Asio's knowledge applies wherever Asio lives. Printed names stay
/// `qualifiedName`.
std::string matchName(const clang::NamedDecl *D);

/// True when \p D is named in \p Names.
bool isNamed(const clang::NamedDecl *D, const NameSet &Names);

/// Calls \p Visit on \p RD and then on its bases, nearest first, each class
/// once and up to `limits::BaseDepth` levels, until it returns true.
/// Returns whether it did.
bool anyClassInHierarchy(
    const clang::CXXRecordDecl *RD,
    llvm::function_ref<bool(const clang::CXXRecordDecl *)> Visit);

/// True when \p RD is, or derives from, a class named in \p Names.
bool isOrDerives(const clang::CXXRecordDecl *RD, const NameSet &Names);

/// True when \p Visit is true for a member declared in \p RD or one of its
/// bases (the templated declaration of a member template).
bool anyMember(const clang::CXXRecordDecl *RD,
               llvm::function_ref<bool(const clang::NamedDecl *)> Visit);

/// True when \p RD or one of its bases declares a member named \p Name.
bool hasMemberNamed(const clang::CXXRecordDecl *RD, llvm::StringRef Name);

/// The class of the first template argument of \p RD (a specialization
/// such as `std::shared_ptr<T>`), or null.
const clang::CXXRecordDecl *firstTemplateArgRecord(const clang::CXXRecordDecl *RD);

/// Every name a call's callee answers to: its qualified name, the names of
/// the methods it overrides, the class of the object it is called on (and
/// that class's bases) with the method name, and for a call through a
/// callable data member (`sink.write(...)`) the member's name.
void calleeNames(const clang::CallExpr *CE,
                 llvm::SmallVectorImpl<std::string> &Out);

/// True when one of \p CE's callee names is in \p Names.
bool calleeIn(const clang::CallExpr *CE, const NameSet &Names);

} // namespace ctxlife

#endif
