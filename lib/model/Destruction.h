//===--- Destruction.h - how objects of a class end their life --*- C++ -*-===//
//
// Whether the objects of a class can be destroyed while work they handed
// raw `this` to is still pending, decided from how the translation unit
// destroys them, never from the class's name:
//
// * a member function (of the class or a base) `delete this`s;
// * a `std::unique_ptr` to the class is reset, reassigned or erased from a
//   container (`erase`, `remove_if`, `clear`, `pop_*`);
// * the class is kept by value in a container that erases its elements.
//
// The destructions that cannot overlap the class's work do not count: one
// ordered after the call that runs the event loop in the same function
// (`listener.reset()` after `ioc.run()` returns), any destruction of a
// class whose destructor waits for the threads running its work (joins
// them, as an engine that stops its `io_context` and joins its workers),
// and the `delete this` of a class whose work is one chain of operations
// (oneOperationAtATime below: Asio's classic self-deleting session).
// Cancelling is not waiting: the handler still runs, with an error.
//
// The translation unit is indexed once, on the first question, over the
// declarations outside system headers; classes nobody asks about cost
// nothing more.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_DESTRUCTION_H
#define CTXLIFE_LIB_MODEL_DESTRUCTION_H

#include "lib/model/ContextModel.h"
#include "clang/Basic/SourceLocation.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class ASTContext;
class CXXRecordDecl;
class FunctionDecl;
class Stmt;
} // namespace clang

namespace ctxlife {

class LauncherModel;
class Ordering;

enum class EndOfLife {
  Unknown,          ///< Nothing visible destroys it early.
  SelfDeleting,     ///< `delete this`.
  UniquelyOwned,    ///< Owned through `std::unique_ptr`, destroyed here.
  ContainerElement, ///< An element of a container, erased here.
};

struct Destruction {
  EndOfLife Kind = EndOfLife::Unknown;
  clang::SourceLocation Loc;
  const clang::Stmt *At = nullptr;          ///< The destroying expression.
  const clang::FunctionDecl *In = nullptr;  ///< The function it is in.
  bool Replaces = false; ///< An assignment of a new owner, not a release.
};

class DestructionIndex {
public:
  DestructionIndex(const ContextModel &Model, Ordering &Order,
                   const LauncherModel &Launchers)
      : Model(Model), Order(Order), Launchers(Launchers) {}

  /// How objects of \p RD can be destroyed while their work is pending;
  /// `Unknown` when the translation unit shows no such destruction.
  Destruction of(const clang::CXXRecordDecl *RD, clang::ASTContext &Ctx);

  /// Forgets the index (at the end of a translation unit).
  void clear();

  /// Recorded by the index's walk (Destruction.cpp).
  void record(const clang::CXXRecordDecl *RD, Destruction D);

private:
  void build(clang::ASTContext &Ctx);
  bool destructorWaits(const clang::CXXRecordDecl *RD) const;
  bool afterEventLoop(const Destruction &D) const;
  /// True when the work that holds `this` of \p RD is one chain: at most
  /// one operation is pending at a time, and `delete this` runs only in the
  /// completion of the last one. Each handler (a member function bound
  /// with `this`, or a lambda capturing it) and each function it calls on
  /// `this` starts at most one operation or deletes on any path, never
  /// both, and nothing loops over them; one function of the class (the
  /// starter) begins the chain; `delete this` is only reached from
  /// handlers. Any handler that cannot be resolved, or a `delete this`
  /// outside these functions, makes the answer no.
  bool oneOperationAtATime(const clang::CXXRecordDecl *RD, clang::ASTContext &Ctx);

  const ContextModel &Model;
  Ordering &Order;
  const LauncherModel &Launchers;
  bool Built = false;
  llvm::DenseMap<const clang::CXXRecordDecl *, llvm::SmallVector<Destruction, 2>>
      Events;
  llvm::DenseMap<const clang::CXXRecordDecl *, Destruction> Answers;
};

} // namespace ctxlife

#endif
