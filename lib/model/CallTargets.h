//===--- CallTargets.h - what an indirect call may run ----------*- C++ -*-===//
//
// The functions of the translation unit a call may reach when its callee is
// not known statically: for a virtual member function, its overriders
// defined in the translation unit (and itself, when it has a body); for a
// call through a callable data member (`post_(f)` on a
// `std::function<...> post_`), the callables the class assigns to that
// member (in its constructors' initializers and bodies, and its member
// functions). Each target's facts (a launcher wrapper, a storing helper)
// then apply at the call, as for a direct call.
//
// The overrider index is built once per translation unit, on the first
// virtual call asked about, from the declarations alone (bodies are not
// walked).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_CALLTARGETS_H
#define CTXLIFE_LIB_MODEL_CALLTARGETS_H

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/ADT/SmallVector.h"

namespace clang {
class ASTContext;
class CallExpr;
class CXXMethodDecl;
class Expr;
class FieldDecl;
class FunctionDecl;
} // namespace clang

namespace ctxlife {

struct CallTarget {
  /// The definition that may run.
  const clang::FunctionDecl *Def = nullptr;
  /// How the call reaches it: through a callable value (`fn_(x)`,
  /// `hooks_[i](x)`), or a virtual call reaching an override.
  enum class Via { Direct, Callable, Override } How = Via::Direct;
  /// Arguments of the call before the target's first parameter (the object
  /// of a call through a callable member).
  unsigned Shift = 0;
  /// The callable member called through, or null for a virtual call.
  const clang::FieldDecl *Through = nullptr;
};

class CallTargets {
public:
  /// \p WorkFunction: the function a callable expression runs (the launch
  /// model's `workFunction`: a lambda's call operator, a named function).
  using WorkFn =
      llvm::function_ref<const clang::FunctionDecl *(const clang::Expr *)>;

  /// The indirect targets of \p CE (empty for a direct call of a
  /// non-virtual function).
  llvm::SmallVector<CallTarget, 4> indirectTargets(const clang::CallExpr *CE,
                                                   clang::ASTContext &Ctx,
                                                   WorkFn WorkFunction);
  /// Every target of \p CE, indirect calls of any kind: a virtual call's
  /// overriders; a call through a `std::function` (or another callable
  /// class) value: every callable of the translation unit converted to that
  /// exact type; a call through a function pointer: every function of that
  /// type whose address is taken. Only the user's code is indexed (not
  /// system headers); the index is built once, on the first such call.
  llvm::SmallVector<CallTarget, 4> anyTargets(const clang::CallExpr *CE,
                                              clang::ASTContext &Ctx,
                                              WorkFn WorkFunction);
  void reset() {
    Overriders.clear();
    Indexed = false;
    ByCallableType.clear();
    AddressTaken.clear();
    VariableTargets.clear();
    ValuesIndexed = false;
  }

  /// The key of \p FD's parameter \p Index among the variables indexed.
  static const void *paramKey(const clang::FunctionDecl *FD, unsigned Index);

private:
  void index(clang::ASTContext &Ctx);
  /// A call through a callable parameter (`visit(v)`): the callables the
  /// translation unit's calls pass for it, when every one is known.
  bool fromParameter(const clang::Expr *Callee, unsigned Shift,
                     clang::ASTContext &Ctx,
                     llvm::SmallVectorImpl<CallTarget> &Result) const;
  void indexValues(clang::ASTContext &Ctx, WorkFn WorkFunction);
  /// Keyed by canonical type (opaque pointers).
  llvm::DenseMap<const void *, llvm::SmallVector<const clang::FunctionDecl *, 2>>
      ByCallableType, AddressTaken;
  /// Function pointer variables and callable parameters, and the functions
  /// they are given (the arguments calls pass for a parameter); one given
  /// anything else maps to an empty list (unknown).
  llvm::DenseMap<const void *, llvm::SmallVector<const clang::FunctionDecl *, 2>>
      VariableTargets;
  bool ValuesIndexed = false;
  llvm::DenseMap<const clang::CXXMethodDecl *,
                 llvm::SmallVector<const clang::CXXMethodDecl *, 2>>
      Overriders;
  bool Indexed = false;
};

} // namespace ctxlife

#endif
