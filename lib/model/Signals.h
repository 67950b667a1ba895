//===--- Signals.h - what tells code the request is gone --------*- C++ -*-===//
//
// Cancellation signals as the knowledge files name them (checks, tokens,
// flags, I/O results, cancelling awaitables), and the dataflow that finds
// the local variables holding one: a variable assigned from a signal,
// filled in by a check (`cq.Next(&tag, &ok)`), or set by a callback.
// Shared by every rule that asks "does this code notice cancellation".
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_SIGNALS_H
#define CTXLIFE_LIB_MODEL_SIGNALS_H

#include "lib/model/ContextModel.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"

namespace clang {
class ASTContext;
class EnumConstantDecl;
class Expr;
class FieldDecl;
class FunctionDecl;
class VarDecl;
} // namespace clang

namespace ctxlife {

class SignalModel {
public:
  /// \p CancelFields: data members set by a cancellation callback
  /// (`OnCancel`), which are signals wherever they are read.
  SignalModel(const ContextModel &Model, clang::ASTContext &Ctx,
              const llvm::DenseSet<const clang::FieldDecl *> &CancelFields)
      : Model(Model), Ctx(Ctx), CancelFields(CancelFields) {}

  const NameSet &names(Role R) const { return Model.knowledge().names(R); }
  const ContextModel &model() const { return Model; }
  clang::ASTContext &context() const { return Ctx; }

  /// Does evaluating \p E look at a cancellation signal? \p Outer: the
  /// outermost function \p E is written in, whose signal variables count.
  bool isSignal(const clang::Expr *E, const clang::FunctionDecl *Outer,
                unsigned Depth = 0);
  /// The local variables of \p Outer (lambdas included) that hold a signal.
  const llvm::DenseSet<const clang::VarDecl *> &
  signalVars(const clang::FunctionDecl *Outer);

  /// A volatile or atomic flag, set from another thread.
  bool isFlagType(clang::QualType T) const;
  /// An argument carrying cancellation: a token, a server context, or a
  /// request context.
  bool isTokenArg(const clang::Expr *Arg) const;
  /// `grpc::StatusCode::CANCELLED`, `std::errc::operation_canceled`.
  bool isCancellationCode(const clang::EnumConstantDecl *EC) const;
  /// A deadline computed from a clock (`now() + 2s`) and no server context.
  static bool madeFromClock(const ContextModel &Model, const clang::Expr *E,
                            unsigned Depth = 0);
  /// True when \p RD is, or derives from, a class with role \p R.
  bool isA(const clang::CXXRecordDecl *RD, Role R) const;

private:
  bool functionHasSignal(const clang::FunctionDecl *FD, unsigned Depth);

  const ContextModel &Model;
  clang::ASTContext &Ctx;
  const llvm::DenseSet<const clang::FieldDecl *> &CancelFields;
  llvm::DenseMap<const clang::FunctionDecl *, llvm::DenseSet<const clang::VarDecl *>>
      SignalVars;
  /// 1: has a signal, 0: has none, -1: being computed.
  llvm::DenseMap<const clang::FunctionDecl *, int> SignalBodies;
};

} // namespace ctxlife

#endif
