//===--- Limits.h - how far the analyses look -------------------*- C++ -*-===//
//
// Every bound on a recursion or a search, named once. Fixpoints (helper
// summaries, launch wrappers, signal variables) run until nothing changes
// and need no bound. An analysis stopped by a bound says so in the limit
// log (LimitLog.h); docs/user-guide.md#analysis-limits lists them all.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_MODEL_LIMITS_H
#define CTXLIFE_LIB_MODEL_LIMITS_H

namespace ctxlife::limits {

/// Levels of base classes searched above a class.
inline constexpr unsigned BaseDepth = 8;
/// Levels of template arguments, fields and bases looked into to decide
/// whether a stored type can refer to memory it does not own.
inline constexpr unsigned CarryDepth = 4;
/// Nested steps of one provenance trace (aliases, members, calls,
/// captures; about three per alias). Traces are memoised, so the bound
/// only keeps the recursion off the end of the stack.
inline constexpr unsigned TraceDepth = 1000;
/// Steps from an lvalue to the storage it lives in.
inline constexpr unsigned StorageDepth = 12;
/// Wrappers around a callable (conversions, binds, handler wrappers, locals).
inline constexpr unsigned CallableDepth = 8;
/// Continuations chained on a task (`t.then(...).then(...)`).
inline constexpr unsigned ChainDepth = 16;
/// Nested bind expressions and locals holding the work of one launch.
inline constexpr unsigned WorkDepth = 6;
/// Helpers called by work that may complete the request in its stead.
inline constexpr unsigned CompletionHelperDepth = 3;
/// Lambdas nested in a function, and methods overridden by a method.
inline constexpr unsigned NestingDepth = 16;
/// Levels of enclosing lambdas whose values a lambda can reach.
inline constexpr unsigned ReachDepth = 8;
/// Helpers of the translation unit looked into for a cancellation signal
/// or for I/O that throws on cancellation.
inline constexpr unsigned SignalHelperDepth = 2;
/// Local variables whose initializers are followed (deadlines, loop
/// counters).
inline constexpr unsigned LocalInitDepth = 4;
/// Typedefs looked through to print a type as users know it.
inline constexpr unsigned TypedefDepth = 8;

} // namespace ctxlife::limits

#endif
