//===--- Exprs.h - expressions as the analyses see them ---------*- C++ -*-===//
//
// The expression strippers every rule shares, built on clang's
// `IgnoreExprNodes`, and small questions about calls, callables and the
// functions a node is written in.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_EXPRS_H
#define CTXLIFE_LIB_MODEL_EXPRS_H

#include "clang/AST/Type.h"
#include "llvm/ADT/SmallPtrSet.h"

namespace clang {
class ASTContext;
class CallExpr;
class Expr;
class FunctionDecl;
class ValueDecl;
class VarDecl;
} // namespace clang

namespace ctxlife {

/// \p E without parentheses and implicit casts.
const clang::Expr *bare(const clang::Expr *E);

/// \p E without parentheses, implicit casts and temporaries.
const clang::Expr *stripTemporaries(const clang::Expr *E);

/// \p E without parentheses, implicit casts, temporaries, functional casts,
/// copies and moves (`std::move`, `std::forward`): the value it passes on.
const clang::Expr *stripCopies(const clang::Expr *E);

/// \p E without parentheses, implicit casts, temporaries and implicit
/// conversions to a destination type: the expression the user wrote.
const clang::Expr *stripWritten(const clang::Expr *E);

/// \p E without what marks a discarded value (`(void)f()`).
const clang::Expr *stripDiscarded(const clang::Expr *E);

/// \p E without copies and without conversions to a type-erased callable
/// (`std::function<void()>` made from a lambda): the callable written.
const clang::Expr *stripCallable(const clang::Expr *E);

/// True for a type whose values can be invoked: lambdas, function pointers
/// and references, classes with `operator()`, type-erased callables, bind
/// expressions, and awaitables (coroutines to spawn).
bool isCallableType(clang::QualType T);

/// True for an awaitable coroutine type (`boost::asio::awaitable<T>`).
bool isAwaitable(clang::QualType T);

/// True for a call of `std::move` or `std::forward`.
bool isForwardingCall(const clang::CallExpr *CE);

/// The last argument the caller wrote (default arguments skipped), or null.
const clang::Expr *lastWrittenArg(const clang::CallExpr *CE);

/// How many arguments of \p CE come before the first parameter of \p Callee:
/// 1 for a member operator with an implicit object (`a << b` calling
/// `A::operator<<(B)`: argument 0 is `a`), else 0, also when \p Callee is
/// null (a call in a template that depends on its parameters).
unsigned objectArgs(const clang::CallExpr *CE, const clang::FunctionDecl *Callee);

/// The handler a wrapper call such as `bind_executor(strand, handler)`
/// wraps, or null when \p E is not such a call.
const clang::Expr *wrappedHandler(const clang::Expr *E);

/// The non-static local variable \p E names (copies stripped), or null.
const clang::VarDecl *localVar(const clang::Expr *E);

/// The variables \p E refers to, lambdas excluded (`ioc` in `ioc.run()`,
/// data members of `this` included).
llvm::SmallPtrSet<const clang::ValueDecl *, 4> referencedVars(const clang::Expr *E);

/// The function a call runs: its direct callee, or the call operator of a
/// local lambda called by name.
const clang::FunctionDecl *calledFunction(const clang::CallExpr *CE);

/// The definition of \p FD when the translation unit has one outside
/// system headers and it is not a template, else null.
const clang::FunctionDecl *userDefinition(const clang::FunctionDecl *FD,
                                          const clang::ASTContext &Ctx);

/// True for a lambda's call operator.
bool isLambdaOperator(const clang::FunctionDecl *F);
/// For a lambda's call operator, the function the lambda is written in.
const clang::FunctionDecl *lambdaParent(const clang::FunctionDecl *F);
/// For a lambda's call operator, the outermost function it is written in;
/// else \p F itself.
const clang::FunctionDecl *outermostFunction(const clang::FunctionDecl *F);

} // namespace ctxlife

#endif
