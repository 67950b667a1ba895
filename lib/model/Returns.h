//===--- Returns.h - what a helper's result refers to -----------*- C++ -*-===//
//
// A return-value fact for the tracer's rule "a free function returning a
// view of a request-scoped argument refers into it" (`trim(req.path)`):
// a helper whose every `return` yields storage of its own (an intern pool
// of owning strings, a function-local static, a literal) returns no view
// of its arguments, whatever its return type says.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_RETURNS_H
#define CTXLIFE_LIB_MODEL_RETURNS_H

namespace clang {
class ASTContext;
class FunctionDecl;
} // namespace clang

namespace ctxlife {

class ContextModel;

/// True when \p FD has a definition in the user's code and every value it
/// returns refers to storage the function keeps itself, never to an
/// argument: a string literal, a null pointer, or an object of static
/// storage duration that owns what it holds (its type cannot refer to
/// memory it does not own), or a part or an element of one, reached
/// directly or through a local initialized from it
/// (`return *pool.emplace(s).first;` on a `static std::set<std::string>`).
bool returnsOwnStorage(const clang::FunctionDecl *FD, const ContextModel &Model,
                       clang::ASTContext &Ctx);

} // namespace ctxlife

#endif
