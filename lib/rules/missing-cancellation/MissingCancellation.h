//===--- MissingCancellation.h - work cut off from its request --*- C++ -*-===//
//
// The rules of `ctxlife-missing-cancellation`: the request's deadline and
// cancellation must reach the work done on its behalf.
//
// * A downstream gRPC call made in a request path (a function, lambda or
//   per-request object with a server context in reach) with a client
//   context that is created fresh (a stack object, `std::make_unique`,
//   `new`, a factory that cannot see the request) and is neither made by a
//   propagating factory (`ClientContext::FromServerContext`) nor given the
//   request's deadline before the call.
// * A call in a request path of the project's own client wrapper (or a
//   helper over one) that makes a downstream call with a client context of
//   its own, when nothing of the request context is passed to it: the
//   request's deadline and cancellation cannot reach that call.
// * A loop that runs forever (`for (;;)`, `while (true)`, `do ... while
//   (true)`) in a request handler, or in work detached from one, none of
//   whose exits depends on a cancellation signal: it has no exit, or it
//   waits (sleeps, condition variables, futures) and leaves only on data.
// * A loop like that in a helper of the project a request handler calls (a
//   retry loop with backoff), and a loop that waits and ignores what its
//   stream writes report, however long its count (only a small count bounds
//   it); an Asio coroutine loop whose awaited operations report errors
//   through `redirect_error` it never checks, or wait on a timer nobody
//   else can cancel.
// * A completion handler of an asynchronous operation that a request path
//   starts, which starts that operation again without checking its error
//   code (a timer chain re-arming itself after `cancel()`).
// * A `std::jthread` of a request handler whose callable ignores its stop
//   token while looping like that: its destructor requests stop and then
//   joins forever.
//
// What a cancellation signal is, which types are contexts, and which calls
// block is data (lib/knowledge/); the models of signals, loops and request
// paths are shared (lib/model/). Collect (Candidates.cpp: one walk per
// function finds unbounded loops, downstream calls and stop-token
// threads), decide (Propagation.cpp, Loops.cpp, Threads.cpp, only where
// candidates are), findings (below).
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_RULES_MISSINGCANCELLATION_H
#define CTXLIFE_LIB_RULES_MISSINGCANCELLATION_H

#include "lib/model/ContextModel.h"
#include "lib/model/Launches.h"
#include "lib/model/Loops.h"
#include "lib/model/Ordering.h"
#include "lib/model/RequestPaths.h"
#include "clang/Basic/Diagnostic.h"
#include <memory>
#include <string>
#include <vector>

namespace clang {
class ASTContext;
class CXXConstructExpr;
class CallExpr;
class FunctionDecl;
class NamedDecl;
class Stmt;
} // namespace clang

namespace ctxlife {

/// A downstream call whose client context does not carry the request's
/// deadline and cancellation.
struct PropagationFinding {
  /// The client context: its declaration (a local variable or a data
  /// member) and its name as written (`down`).
  const clang::NamedDecl *Client = nullptr;
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  std::string ClientName;
  /// How it was created: a stack object, `std::make_unique`, `new`, or the
  /// factory named in `Factory`.
  enum class Creation { Stack, MakeUnique, MakeShared, New, Factory, Member };
  Creation How = Creation::Stack;
  std::string Factory;
  /// The request context it should come from (`ctx`) and its declaration.
  std::string ServerName;
  clang::SourceLocation ServerLoc;
  /// The downstream calls made with it: where, and the callee as
  /// `Class::method` or `function`.
  struct Call {
    clang::SourceLocation Loc;
    std::string Callee;
  };
  std::vector<Call> Calls;
  /// A `set_deadline` before the calls whose deadline is not the request's.
  clang::SourceLocation ForeignDeadline;
  /// The propagating expressions, for the hint: the factory call
  /// (`grpc::ClientContext::FromServerContext(*ctx)`) and the deadline
  /// statement (`down.set_deadline(ctx->deadline())`); empty when unknown.
  std::string FactoryCall;
  std::string DeadlineCall;
  std::vector<clang::FixItHint> Fixes;
};

/// A call in a request path of the project's own helper or client wrapper
/// that makes a downstream call with a client context of its own, while
/// the call passes on nothing of the request context.
struct WrapperFinding {
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  std::string Callee; ///< As called: `Fetch`, `lookup_`.
  std::string Rpc;    ///< The downstream call: `Greeter::SayHello`.
  /// The client context the wrapper creates, and where.
  std::string ClientName;
  clang::SourceLocation ClientLoc;
  /// A deadline from a clock alone: set in the wrapper, or the default
  /// argument the call leaves in place.
  clang::SourceLocation ForeignDeadline;
  bool DefaultDeadline = false;
  /// The wrapper takes the deadline as a parameter.
  bool TakesDeadline = false;
  /// The request context in reach of the call, and the factory that makes
  /// a client context from it (`grpc::ClientContext::FromServerContext`).
  std::string ServerName;
  std::string Factory;
};

/// A loop that never exits on cancellation.
struct LoopFinding {
  clang::SourceLocation Loc;
  /// The loop waits (sleeps, waits on a condition or a future) and its
  /// exits depend only on data; otherwise it has no exit at all.
  bool Waits = false;
  clang::SourceLocation WaitLoc;
  std::string WaitCall;
  RequestPath Path;
  std::vector<IgnoredSignal> Ignored;
  /// Error codes awaited operations fill in instead of throwing, each once.
  std::vector<RedirectedError> Redirected;
  /// Set when the loop is in a helper that is not itself a request path,
  /// called from one: the helper and the call.
  const clang::FunctionDecl *Helper = nullptr;
  /// The call in the request path, and the function it calls (the helper,
  /// or a helper calling it).
  clang::SourceLocation HelperCall;
  std::string HelperCallee;
  /// A check to exit on, as code for the values in reach
  /// (`ctx->IsCancelled()`, `!sink.is_writable()`); empty when none.
  std::string Hint;
};

/// A completion handler that starts its operation again (re-arms a timer,
/// reads again) without checking its error code: after `cancel()` the
/// chain goes on.
struct ChainFinding {
  clang::SourceLocation Loc; ///< The re-arming call.
  clang::SourceRange Range;
  std::string Operation;     ///< `async_wait`.
  std::string Rearmed;       ///< `arm_keepalive`.
  clang::SourceLocation OperationLoc;
};

/// A `std::jthread` whose destructor will wait for a loop that ignores stop
/// requests.
struct ThreadFinding {
  clang::SourceLocation Loc;
  clang::SourceRange Range;
  std::string ThreadType; ///< `std::jthread`.
  std::string VarName;    ///< The thread variable, or empty.
  /// The callable takes a stop token (named `TokenName`, maybe empty).
  bool TakesToken = false;
  std::string TokenName;
  std::string TokenType; ///< `std::stop_token`.
  clang::SourceLocation LoopLoc;
  RequestPath Path;
};

struct CancellationFindings {
  std::vector<PropagationFinding> Propagation;
  std::vector<LoopFinding> Loops;
  std::vector<ThreadFinding> Threads;
  std::vector<WrapperFinding> Wrappers;
  std::vector<ChainFinding> Chains;
};

class MissingCancellationAnalyzer {
public:
  /// The user's client contexts, propagating factories, cancellation
  /// checks and launchers come with \p Model's knowledge.
  explicit MissingCancellationAnalyzer(const ContextModel &Model);
  ~MissingCancellationAnalyzer();

  /// Walks one function definition (lambdas inside it included) for
  /// candidates: unbounded loops, downstream calls, stop-token threads.
  void analyzeFunction(const clang::FunctionDecl *FD, clang::ASTContext &Ctx);

  /// Decides on the candidates of the translation unit and returns the
  /// findings in source order, each location once. Resets the state.
  CancellationFindings finish(clang::ASTContext &Ctx);

  /// The candidates of a translation unit.
  struct State;

private:
  const ContextModel &Model;
  Ordering Order;
  LauncherModel Launchers;
  std::unique_ptr<State> S;
};

} // namespace ctxlife

#endif
