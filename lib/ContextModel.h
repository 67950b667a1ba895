//===--- ContextModel.h - what a request context is -------------*- C++ -*-===//
//
// Decides, for a type, whether values of it are request contexts, who owns
// them, and whether a stored value of it can keep a reference into a
// request. Built from the framework profiles selected by the `Frameworks`
// option plus the user's own types (`ContextTypes`, and classes annotated
// `[[clang::annotate("ctxlife::request_scope")]]`).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_CONTEXTMODEL_H
#define CTXLIFE_LIB_CONTEXTMODEL_H

#include "lib/Frameworks.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CXXRecordDecl;
class FunctionDecl;
class NamedDecl;
class ValueDecl;
} // namespace clang

namespace ctxlife {

/// The request-context class a type designates.
struct ContextType {
  const clang::CXXRecordDecl *Record = nullptr; ///< The matched class.
  const ContextTypeRow *Row = nullptr;          ///< Null for user types.
  Ownership Kind = Ownership::Borrowed;
  /// Valid until the request is completed rather than until the handler
  /// returns (the row's `AliveUntilCompletion`, or, for a handler's
  /// message, its context's).
  bool UntilCompletion = false;
};

/// How a type reaches a request context.
enum class Access {
  Object,    ///< The context object itself (a value of the class).
  Pointer,   ///< `T *`.
  Reference, ///< `T &` / `T &&`.
  Handle,    ///< A reference-counted handle: `std::shared_ptr<T>`, a handle
             ///< class, a response callback.
};

struct ContextAccess {
  ContextType Context;
  Access How;
};

/// Configuration shared by every check (one option set, one meaning).
struct ModelConfig {
  /// Profile names to enable; empty means all.
  std::vector<std::string> Frameworks;
  /// Extra fully qualified class names treated as borrowed contexts.
  std::vector<std::string> ContextTypes;
};

/// Returns the names in `Frameworks` that no profile has.
std::vector<std::string> unknownFrameworks(const ModelConfig &Config);

/// True when \p D's qualified name (as `qualifiedName`) is one of \p Names.
bool hasQualifiedName(const clang::NamedDecl *D,
                      std::initializer_list<llvm::StringRef> Names);

/// Splits a `;`-separated option value, trimming blanks and dropping empties.
std::vector<std::string> splitList(llvm::StringRef Value);

/// True when \p RD is, or derives from, a class named in \p Names.
bool derivesFrom(const clang::CXXRecordDecl *RD,
                 std::initializer_list<llvm::StringRef> Names);

/// The qualified name of \p D without inline or anonymous namespaces and
/// without template arguments (`std::basic_string_view`, `mg_connection`).
std::string qualifiedName(const clang::NamedDecl *D);

class ContextModel {
public:
  explicit ContextModel(const ModelConfig &Config);

  /// The context class \p T is (a class type, possibly cv-qualified), if it
  /// or one of its bases is a context type.
  std::optional<ContextType> contextClass(clang::QualType T) const;

  /// The context \p T reaches: a context object, a pointer or reference to
  /// one, or a handle. Pointers to pointers do not count.
  std::optional<ContextAccess> classify(clang::QualType T) const;

  /// The context the declaration \p D reaches: its type's (`classify`),
  /// or, for a parameter of a function that also receives a request
  /// context, a message of a `HandlerParamOnly` row passed alongside it
  /// (`const HelloRequest *request` of a gRPC handler).
  std::optional<ContextAccess> classifyDecl(const clang::ValueDecl *D) const;

  /// True when \p T is a reference-counted handle to a request.
  bool isHandle(clang::QualType T) const {
    auto A = classify(T);
    return A && A->How == Access::Handle;
  }

  /// `std::shared_ptr`, `std::unique_ptr`, `std::weak_ptr` and Boost's
  /// `shared_ptr`/`weak_ptr`: a copy co-owns (or observes), never dangles.
  bool isOwningSmartPointer(clang::QualType T) const;

  /// True for the non-owning view types (`std::string_view`, `grpc::string_ref`...).
  bool isView(clang::QualType T) const;

  /// True when a stored value of type \p T can refer to memory it does not
  /// own: pointers, views, handles, closures, type-erased callables, and
  /// classes or templates built from such types. A copy of a borrowed
  /// context class is an independent value and cannot.
  bool canCarry(clang::QualType T) const;

  /// A per-request object: it owns a context (a data member of a borrowed
  /// context class), receives one in a constructor, derives from a
  /// per-request base (a gRPC reactor), or is itself a context.
  bool isPerRequestClass(const clang::CXXRecordDecl *RD) const;

  /// A function registering long-lived connection handlers (websockets).
  bool isConnectionHandlerRegistrar(const clang::FunctionDecl *FD) const;
  /// A framework accessor returning a pointer into the request it is given.
  bool isDerivingFunction(const clang::FunctionDecl *FD) const;
  /// A function that is a method of a connection handler class.
  bool isConnectionHandlerMethod(const clang::FunctionDecl *FD) const;

  /// The profile hint for \p Ctx with `%0`/`%1` filled in.
  std::string hintFor(const ContextType &Ctx, llvm::StringRef Name,
                      bool Arrow) const;
  /// The profile's init-capture copying what work usually needs from
  /// \p Ctx (`path = req.path`), or empty.
  std::string captureCopyFor(const ContextType &Ctx, llvm::StringRef Name,
                             bool Arrow) const;

  /// A class deriving from a per-request base of a profile (a gRPC
  /// reactor): valid until the request is completed.
  bool isReactorClass(const clang::CXXRecordDecl *RD) const;
  /// A member function that completes a request (`Finish` of a reactor,
  /// `crow::response::end`).
  bool isCompletionCall(const clang::FunctionDecl *FD) const;

private:
  std::optional<ContextType> lookupRecord(const clang::CXXRecordDecl *RD) const;
  std::optional<ContextType> matchOne(const clang::CXXRecordDecl *RD) const;
  bool isResponseCallback(const clang::CXXRecordDecl *RD) const;
  bool canCarryImpl(clang::QualType T, unsigned Depth) const;

  const ContextTypeRow *handlerParamRow(const clang::CXXRecordDecl *RD,
                                        unsigned Depth) const;

  llvm::StringMap<const ContextTypeRow *> Rows;
  /// `HandlerParamOnly` rows, never matched by type alone.
  llvm::StringMap<const ContextTypeRow *> ParamRows;
  llvm::StringSet<> UserTypes;
  llvm::StringSet<> PerRequestBases;
  llvm::StringSet<> CallbackArgs;
  llvm::StringSet<> ServerTypes;
  llvm::StringSet<> ConnectionRegistrars;
  llvm::StringSet<> ConnectionBases;
  llvm::StringSet<> DerivingFunctions;
  llvm::StringSet<> CompletionCalls;
  llvm::StringSet<> Views;
  llvm::StringSet<> Erased;

  mutable llvm::DenseMap<const clang::CXXRecordDecl *, std::optional<ContextType>>
      RecordCache;
  mutable llvm::DenseMap<const clang::Type *, bool> CarryCache;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> PerRequestCache;
};

} // namespace ctxlife

#endif
