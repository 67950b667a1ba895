//===--- Provenance.h - where a value's referent comes from -----*- C++ -*-===//
//
// Traces an expression back to the request context it refers into: through
// local aliases, casts (to `void *`, to a base), member and sub-object
// access, views and pointers obtained from the context, lambda captures and
// bind expressions. Plain values copied out of a context do not trace.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_PROVENANCE_H
#define CTXLIFE_LIB_MODEL_PROVENANCE_H

#include "lib/model/ContextModel.h"
#include "lib/model/LocalFlow.h"
#include "clang/AST/Expr.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallPtrSet.h"
#include <optional>
#include <string>

namespace clang {
class ASTContext;
class FunctionDecl;
class ParmVarDecl;
class BindingDecl;
class ValueDecl;
class VarDecl;
class LambdaExpr;
class CallExpr;
class CXXConstructExpr;
class CXXConstructorDecl;
class CXXRecordDecl;
class FieldDecl;
} // namespace clang

namespace ctxlife {

/// Where a traced value comes from.
struct Origin {
  /// The declaration that is request-scoped: a parameter, a data member, a
  /// local variable of context type, the callee of a call returning one, or
  /// a per-request class whose `this` is captured.
  const clang::NamedDecl *Root = nullptr;
  clang::SourceLocation RootLoc;
  std::string RootName;
  /// How the root reaches its context (its framework, ownership and row).
  std::optional<ContextAccess> Context;
  /// The value points into the context (a view, a member's address, a
  /// pointer field) rather than being the context itself.
  bool Derived = false;
  /// The value reaches the request only through a lambda capture / bind.
  bool Captured = false;
  bool Bound = false;
  /// The first local variable (or structured binding) that aliases the
  /// root on the way, if any; when the root reached it through an
  /// assignment after its declaration (`rec.route = req.path`), the part
  /// assigned as written and where.
  const clang::ValueDecl *Alias = nullptr;
  std::string AliasPart;
  clang::SourceLocation AliasAt;
  const clang::FieldDecl *AliasField = nullptr;
  /// The fields of the traced value through which it reaches the request
  /// (`route` of an access record whose `route` was assigned from it),
  /// when known: a later overwrite of that field stops it.
  FieldPath Fields;
  /// Not request-scoped by itself: flows from a parameter, of the function
  /// being analyzed, whose type does not say request-scoped (`void *`, a
  /// base class). Callers decide.
  const clang::ParmVarDecl *OpaqueParam = nullptr;

  /// The variable holding an owning handle (a `std::shared_ptr`, a request
  /// handle) through which a member of the context was reached
  /// (`asyncResp->res`): a copy of that variable keeps the member alive.
  const clang::ValueDecl *Owner = nullptr;
  /// An object that holds the value in a member that binds to it (a
  /// reference, a raw pointer, a view): where it is created from the
  /// request, its class, the member, and the argument as written.
  struct Held {
    const clang::CXXRecordDecl *Holder = nullptr;
    const clang::FieldDecl *Member = nullptr;
    clang::SourceLocation At;
    std::string Text;
    std::string Type;
  };
  std::optional<Held> HeldBy;

  bool isHandle() const {
    return Context && Context->How == Access::Handle && !Derived;
  }
};

class Tracer {
public:
  /// \p TrackParamsOf: parameters of this function that carry pointers or
  /// references but are not request-scoped by type are reported as
  /// `Origin::OpaqueParam` (for the helper-function analysis).
  Tracer(const ContextModel &Model, clang::ASTContext &Ctx,
         const clang::FunctionDecl *TrackParamsOf = nullptr)
      : Model(Model), Ctx(Ctx), TrackParamsOf(TrackParamsOf) {}

  /// The value of \p E, as it would be stored or copied.
  std::optional<Origin> value(const clang::Expr *E);
  /// The object \p E designates.
  std::optional<Origin> lvalue(const clang::Expr *E);
  /// The value a variable holds when read.
  std::optional<Origin> declValue(const clang::ValueDecl *D);
  /// The object a variable (or reference) designates.
  std::optional<Origin> declLValue(const clang::ValueDecl *D);

private:
  std::optional<Origin> memberValue(const clang::MemberExpr *ME);
  std::optional<Origin> composite(const clang::Expr *E);
  std::optional<Origin> call(const clang::CallExpr *CE, bool WantLValue);
  std::optional<Origin> memberCall(const clang::CallExpr *CE,
                                   const clang::FunctionDecl *FD);
  std::optional<Origin> construct(const clang::CXXConstructExpr *CE);
  std::optional<Origin> forwardedView(const clang::CXXConstructExpr *CE,
                                      unsigned I);
  // HolderTrace.cpp: objects that hold what they are given.
  std::optional<Origin> held(const clang::CXXRecordDecl *RD,
                             const clang::CXXConstructorDecl *Ctor,
                             llvm::ArrayRef<const clang::Expr *> Args,
                             clang::SourceLocation At, bool &Decided);
  std::optional<Origin> created(const clang::CallExpr *CE);
  std::optional<Origin> aggregate(const clang::Expr *E,
                                  llvm::ArrayRef<const clang::Expr *> Inits,
                                  bool &Decided);
  std::optional<Origin> fieldRoot(const clang::MemberExpr *ME,
                                  const clang::FieldDecl *F);
  std::optional<Origin> lambda(const clang::LambdaExpr *LE);
  /// A structured binding: part of the object it decomposes.
  std::optional<Origin> binding(const clang::BindingDecl *B, bool LValue);
  /// The value of \p V, assigned after its declaration, where \p Use reads
  /// it: of the definitions reaching \p Use (LocalFlow), the first that
  /// traces, unless the field through which it does is overwritten.
  std::optional<Origin> assigned(const clang::VarDecl *V, const clang::Expr *Use);
  /// A call making a standard range view (`views::split(req.path, '/')`,
  /// `req.headers | views::take(4)`) refers to the range it adapts.
  std::optional<Origin> rangeView(const clang::CallExpr *CE);
  std::optional<Origin> opaqueParam(const clang::ParmVarDecl *P) const;
  std::optional<Origin> rootAt(const clang::NamedDecl *D, clang::QualType T,
                               clang::SourceLocation Loc);
  /// The trace of a local variable (\p Node) or a call, computed once per
  /// tracer and kind (value or object): long alias chains and calls tried
  /// both ways cost linear time. Cut traces (a cycle, the depth bound) are
  /// not remembered.
  std::optional<Origin>
  memoised(const void *Node, bool LValue, const void *Cycle,
           llvm::function_ref<std::optional<Origin>()> Compute);
  /// The depth bound stops the trace at \p S or \p D: said in the limit log.
  std::nullopt_t tooDeep(const clang::Stmt *S, const clang::Decl *D);

  const ContextModel &Model;
  clang::ASTContext &Ctx;
  const clang::FunctionDecl *TrackParamsOf;
  unsigned Depth = 0;
  /// Variables (or uses of reassigned ones) being traced.
  llvm::SmallPtrSet<const void *, 8> InProgress;
  llvm::DenseMap<std::pair<const void *, unsigned>, std::optional<Origin>> Memo;
  unsigned Cuts = 0; ///< Traces cut so far.
};

} // namespace ctxlife

#endif
