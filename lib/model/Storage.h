//===--- Storage.h - storage that outlives a request ------------*- C++ -*-===//
//
// Classifies the object an expression designates as long-lived: variables of
// static or thread storage duration, objects reached through them (container
// elements, members, pointees), members of singletons reached through a
// static accessor, and members of a service object (`this` in a
// non-constructor member function of a class that is not per-request).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_STORAGE_H
#define CTXLIFE_LIB_MODEL_STORAGE_H

#include "lib/model/ContextModel.h"
#include "clang/Basic/SourceLocation.h"
#include <optional>
#include <string>

namespace clang {
class Expr;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace ctxlife {

enum class StorageKind {
  Global,          ///< Namespace-scope variable (incl. `static`, `extern`).
  StaticMember,    ///< Static data member (of a template too).
  LocalStatic,     ///< Function-local `static`.
  ThreadLocal,     ///< `thread_local` at any scope.
  SingletonMember, ///< Reached through a static accessor (`Instance()`).
  ServiceMember,   ///< A member of `this`, a long-lived service object.
  StoreFunction,   ///< A user-declared store function (`StoreFunctions`).
};

struct Storage {
  StorageKind Kind;
  std::string Name;  ///< Variable, member or function name.
  std::string Owner; ///< Class for members and singletons.
  clang::SourceLocation Loc;

  /// `global 'g_active'`, `member 'items' of singleton 'Registry'`...
  std::string describe() const;
};

/// Storage of a variable with static or thread storage duration, if \p V is.
std::optional<Storage> staticStorageOf(const clang::VarDecl *V);

class StorageClassifier {
public:
  explicit StorageClassifier(const ContextModel &Model) : Model(Model) {}

  /// The long-lived storage the object designated by \p E lives in, when
  /// evaluated inside \p Fn (a lambda's call operator counts as its
  /// enclosing function for `this`).
  std::optional<Storage> objectStorage(const clang::Expr *E,
                                       const clang::FunctionDecl *Fn) const;

  /// The long-lived storage the pointee of the pointer \p E lives in.
  std::optional<Storage> pointeeStorage(const clang::Expr *E,
                                        const clang::FunctionDecl *Fn,
                                        unsigned Depth = 0) const;

private:
  std::optional<Storage> objectStorageImpl(const clang::Expr *E,
                                           const clang::FunctionDecl *Fn,
                                           unsigned Depth) const;
  std::optional<Storage> thisMember(const clang::FunctionDecl *Fn,
                                    const clang::NamedDecl *Member) const;

  const ContextModel &Model;
};

/// A singleton accessor: a function without parameters returning a reference
/// or pointer to a class, that is a static member of that class or whose body
/// returns a variable of static storage duration.
const clang::CXXRecordDecl *singletonAccessorClass(const clang::FunctionDecl *FD);

} // namespace ctxlife

#endif
