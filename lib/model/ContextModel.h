//===--- ContextModel.h - what a request context is -------------*- C++ -*-===//
//
// Decides, for a type, whether values of it are request contexts, who owns
// them, and whether a stored value of it can keep a reference into a
// request. Reads the request types, per-request bases and completion calls
// of the selected frameworks (knowledge/Registry.h) plus the user's own
// types (`ContextTypes`, and classes annotated
// `[[clang::annotate("ctxlife::request_scope")]]`).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_CONTEXTMODEL_H
#define CTXLIFE_LIB_MODEL_CONTEXTMODEL_H

#include "lib/knowledge/Registry.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace clang {
class CXXRecordDecl;
class FieldDecl;
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

/// The class a value of some type is or leads to, and how: through a
/// pointer or a smart pointer (Indirect), or as the object (a reference
/// counts as the object).
struct Designated {
  const clang::CXXRecordDecl *Record = nullptr;
  bool Indirect = false;
  bool Smart = false;
};

class LocalFlow;

class ContextModel {
public:
  explicit ContextModel(const Knowledge &K);
  ~ContextModel();

  const Knowledge &knowledge() const { return K; }

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

  /// A shared, unique or weak pointer: a copy co-owns (or observes), never
  /// dangles.
  bool isOwningSmartPointer(clang::QualType T) const;
  /// The class a shared or weak pointer type points to, or null.
  const clang::CXXRecordDecl *sharedPointee(clang::QualType T) const;
  /// A shared or unique pointer class.
  bool isSmartPointer(const clang::CXXRecordDecl *RD) const;
  /// The class \p T designates (through a pointer or smart pointer).
  Designated designated(clang::QualType T) const;
  /// A class with `shared_from_this()`.
  bool isSharedFromThisClass(const clang::CXXRecordDecl *RD) const;

  /// True for the non-owning view types (`std::string_view`, `grpc::string_ref`...).
  bool isView(clang::QualType T) const;

  /// True when a stored value of type \p T can refer to memory it does not
  /// own: pointers, views, handles, closures, type-erased callables, and
  /// classes or templates built from such types. A copy of a borrowed
  /// context class is an independent value and cannot.
  bool canCarry(clang::QualType T) const;

  // --- Who owns the data a value points to (Holders.cpp).

  /// A class that owns what its pointers point to: it copies it in a
  /// user-provided copy constructor (or cannot be copied and moves it in a
  /// user-provided move constructor) and releases it in its destructor, and
  /// has no reference, view or context-pointer member (`std::string`,
  /// `boost::urls::url`, `std::filesystem::path`'s component list). A value
  /// of it never refers to where its data came from.
  bool ownsItsData(const clang::CXXRecordDecl *RD) const;
  /// A class that refers to data it does not own: copied memberwise, with a
  /// raw pointer, reference or view member (in itself, its bases or its
  /// plain members) and no owning or type-erasing one
  /// (`boost::urls::url_view`, a struct with a `std::string_view`).
  bool refersToSource(clang::QualType T) const;
  /// The member through which objects of \p RD can hold a request they are
  /// given: a reference, raw pointer or view member whose type reaches a
  /// request context (`Response &res;`), or a reference, pointer or
  /// smart pointer to another such holder; null when none does. Members
  /// that own (a handle, a copy of the request) do not count.
  const clang::FieldDecl *heldContextMember(const clang::CXXRecordDecl *RD) const;
  /// True when a member of type \p T binds to what it is given (a
  /// reference, a raw pointer, a view, a class referring to its source)
  /// rather than owning a copy.
  bool bindsToSource(clang::QualType T) const;

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

  /// Where local variables are assigned after their declaration, shared by
  /// every tracer of the translation unit (LocalFlow.h).
  LocalFlow &localFlow() const { return *Flow; }

private:
  std::optional<ContextType> lookupRecord(const clang::CXXRecordDecl *RD) const;
  std::optional<ContextType> matchOne(const clang::CXXRecordDecl *RD) const;
  bool isResponseCallback(const clang::CXXRecordDecl *RD) const;
  bool canCarryImpl(clang::QualType T, unsigned Depth) const;

  const ContextTypeRow *handlerParamRow(const clang::CXXRecordDecl *RD) const;

  const NameSet &names(Role R) const { return K.names(R); }

  const Knowledge &K;

  mutable llvm::DenseMap<const clang::CXXRecordDecl *, std::optional<ContextType>>
      RecordCache;
  mutable llvm::DenseMap<const clang::Type *, bool> CarryCache;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> PerRequestCache;
  enum class Members { None, Raw, Owning };
  Members memberwise(const clang::CXXRecordDecl *RD, unsigned Depth) const;
  const clang::FieldDecl *heldMemberImpl(const clang::CXXRecordDecl *RD,
                                         unsigned Depth) const;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, bool> OwnsCache;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, Members> MemberwiseCache;
  mutable llvm::DenseMap<const clang::CXXRecordDecl *, const clang::FieldDecl *>
      HeldCache;
  std::unique_ptr<LocalFlow> Flow;
};

} // namespace ctxlife

#endif
