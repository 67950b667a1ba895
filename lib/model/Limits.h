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

/// A bound and the name it is reported by.
struct Bound {
  const char *Name;
  unsigned Value;
};

/// Levels of base classes searched above a class.
inline constexpr Bound BaseDepth{"BaseDepth", 8};
/// Levels of template arguments, fields and bases looked into to decide
/// whether a stored type can refer to memory it does not own.
inline constexpr Bound CarryDepth{"CarryDepth", 4};
/// Nested steps of one provenance trace (aliases, members, calls,
/// captures; about three per alias). Traces are memoised, so the bound
/// only keeps the recursion off the end of the stack.
inline constexpr Bound TraceDepth{"TraceDepth", 1000};
/// Steps from an lvalue to the storage it lives in.
inline constexpr Bound StorageDepth{"StorageDepth", 12};
/// Wrappers around a callable (conversions, binds, handler wrappers, locals).
inline constexpr Bound CallableDepth{"CallableDepth", 8};
/// Member classes looked into for a method that takes work out of a queue
/// (`tasks_.Receive(t)` of a `Channel<Task>` member), and levels of
/// template arguments looked into for the callables a queue holds.
inline constexpr Bound ExecutorDepth{"ExecutorDepth", 3};
/// Continuations chained on a task (`t.then(...).then(...)`).
inline constexpr Bound ChainDepth{"ChainDepth", 16};
/// Nested bind expressions and locals holding the work of one launch.
inline constexpr Bound WorkDepth{"WorkDepth", 6};
/// Helpers called by work that may complete the request in its stead.
inline constexpr Bound CompletionHelperDepth{"CompletionHelperDepth", 3};
/// Lambdas nested in a function, and methods overridden by a method.
inline constexpr Bound NestingDepth{"NestingDepth", 16};
/// Levels of enclosing lambdas whose values a lambda can reach.
inline constexpr Bound ReachDepth{"ReachDepth", 8};
/// Helpers calling helpers of the translation unit, looked into for a
/// cancellation signal or for I/O that throws on cancellation. Each
/// helper's answer is memoised, so the bound only keeps the recursion off
/// the end of the stack.
inline constexpr Bound SignalHelperDepth{"SignalHelperDepth", 200};
/// Helpers followed from a request handler to a downstream call made with
/// a client context of their own (`DisplayName` -> `Fetch` -> the stub).
inline constexpr Bound WrapperDepth{"WrapperDepth", 6};
/// Helpers followed up from a loop to a request handler that calls it
/// (`CallWithRetry` called by `SayHello` is one).
inline constexpr Bound LoopHelperDepth{"LoopHelperDepth", 3};
/// Local variables whose initializers are followed (deadlines, loop
/// counters).
inline constexpr Bound LocalInitDepth{"LocalInitDepth", 4};

} // namespace ctxlife::limits

#endif
