//===--- Frameworks.h - framework profiles as data --------------*- C++ -*-===//
//
// Every framework ctxlife knows is a row set in a table: which types are
// request contexts, who owns them, which classes are per-request objects,
// and what to store instead. Adding a framework means adding a table here,
// never code in a check.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_FRAMEWORKS_H
#define CTXLIFE_LIB_FRAMEWORKS_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

namespace ctxlife {

/// Who owns a request-context object.
enum class Ownership {
  /// The framework owns the object; pointers, references and views to it
  /// die with the request. A copy of a copyable value type is independent.
  Borrowed,
  /// A reference-counted handle: copying it extends the request's life.
  /// Fine for async work, a leak when parked in long-lived storage.
  Handle,
};

/// One request-context type of a framework.
struct ContextTypeRow {
  /// Fully qualified class or class-template name, without template
  /// arguments and without inline namespaces. Subclasses match too.
  llvm::StringRef QualifiedName;
  Ownership Kind;
  /// What to store instead. `%0` is replaced by the variable's name and
  /// `%1` by `.` or `->` as its type requires.
  llvm::StringRef Hint;
  /// The framework keeps the object alive until the handler completes it
  /// (`crow::response::end()`): handing its address to a worker queue is
  /// the framework's asynchronous idiom, not a long-lived store.
  bool KeptUntilCompleted = false;
  /// A copyable value type: a copy, also one owned by a `std::shared_ptr`,
  /// is an independent value, not a handle to the request.
  bool ValueType = false;
  /// An init-capture that copies what detached work usually needs, with
  /// `%0`/`%1` as in `Hint`: `path = %0%1path`.
  llvm::StringRef CaptureCopy = "";
  /// The object stays valid until the request is completed by one of the
  /// profile's `CompletionCalls` (`reactor->Finish()`), not until the
  /// handler returns: detached work may use it until it completes the
  /// request itself.
  bool AliveUntilCompletion = false;
  /// Request-scoped only as a parameter of a function that also receives
  /// a request context (the request and response messages a gRPC handler
  /// is given); anywhere else an ordinary value. Such a parameter lives as
  /// long as that context does.
  bool HandlerParamOnly = false;
};

struct FrameworkProfile {
  /// The name used in the `Frameworks` option.
  llvm::StringRef Name;
  llvm::ArrayRef<ContextTypeRow> ContextTypes;
  /// Classes whose subclasses are per-request objects (callback reactors).
  llvm::ArrayRef<llvm::StringRef> PerRequestBases;
  /// A `std::function` taking one of these (or a `std::shared_ptr` of one)
  /// is the request's response callback: a handle to the request.
  llvm::ArrayRef<llvm::StringRef> ResponseCallbackArgs;
  /// Functions registering handlers of a long-lived connection (websockets):
  /// the connection outlives each message, and keeping it in a registry
  /// until the close handler runs is the framework's idiom.
  llvm::ArrayRef<llvm::StringRef> ConnectionHandlerRegistrars;
  /// Base classes of such connection handlers.
  llvm::ArrayRef<llvm::StringRef> ConnectionHandlerBases;
  /// Functions returning pointers into the request they are given
  /// (`mg_get_header(conn, name)`).
  llvm::ArrayRef<llvm::StringRef> DerivingFunctions;
  /// Server-lifetime types that look similar but are never request-scoped.
  /// They document the model and stop user configuration from marking them.
  llvm::ArrayRef<llvm::StringRef> ServerLifetimeTypes;
  /// Member functions that complete a request (`Finish` of a gRPC reactor,
  /// `crow::response::end`): objects `AliveUntilCompletion`, and the
  /// per-request bases, stay valid until one of them is called.
  llvm::ArrayRef<llvm::StringRef> CompletionCalls;
};

/// How a launcher lets go of the work it is given.
enum class LaunchKind {
  /// A thread object (`std::thread`, `std::jthread`, `boost::thread`): the
  /// work outlives the request when the thread is detached or kept in
  /// long-lived storage. A local `std::jthread` joins when it goes out of
  /// scope; a joined `std::thread` is waited for.
  Thread,
  /// The callable runs later, always (`spawn`, the user's launchers).
  Always,
  /// An asynchronous operation: the callable runs later unless the call is
  /// awaited (`co_await` with `use_awaitable`), suspends a stackful
  /// coroutine (`yield`), or its future is waited for (`use_future`).
  UnlessAwaited,
  /// Returns a future whose destructor waits (`std::async`): the work
  /// outlives the request only when the future is kept in long-lived
  /// storage.
  FutureUnlessKept,
  /// Returns a task that nobody has to wait for (`pplx::create_task`,
  /// `task::then`): the work outlives the request when the task is dropped
  /// without `wait()` or `get()` and is not returned.
  TaskUnlessWaited,
};

/// A function (or, for threads, a class) that runs work it is given later.
struct LauncherRow {
  /// Qualified name of the function, member function or thread class,
  /// without template arguments and inline namespaces.
  llvm::StringRef QualifiedName;
  LaunchKind Kind;
  /// The argument that is the work: an index, -1 for the last argument
  /// (the completion token of an asynchronous operation), or -2 for the
  /// first argument of a callable type (`std::async(policy, f)`).
  int CallableArg;
  /// What runs the work, completing "captured ... by <Work>".
  llvm::StringRef Work;
};

/// The built-in launchers (standard library, Boost.Thread, Asio, pplx,
/// trantor).
llvm::ArrayRef<LauncherRow> launcherRows();

/// The default of the `DetachingCalls` option: launchers of common thread
/// pools that run their task later and give no way to wait for it.
llvm::StringRef defaultDetachingCalls();

/// Namespaces whose `async_*` functions and member functions are
/// asynchronous operations: their completion handler (the last argument)
/// runs after the initiating function has returned.
llvm::ArrayRef<llvm::StringRef> asyncOperationNamespaces();

/// Functions that wrap a completion handler without changing when it runs
/// (`bind_executor(strand, handler)`): the wrapped handler is their last
/// argument.
llvm::ArrayRef<llvm::StringRef> handlerWrapperNames();

/// Bind-like functions: the first argument is called later with the others
/// (`std::bind`, `beast::bind_front_handler`).
llvm::ArrayRef<llvm::StringRef> bindFunctionNames();

/// What a name means to `ctxlife-missing-cancellation`: how a request's
/// deadline reaches downstream calls, and how code notices that a request
/// was cancelled or its connection is gone.
enum class CancelRole {
  /// A server-side context a downstream call propagates from (subclasses
  /// match). `Extra`: the factory creating a client context from it.
  ServerContext,
  /// The client-side context of a downstream call (subclasses match).
  ClientContext,
  /// A function returning a client context that carries the request's
  /// deadline and cancellation, or giving them to the one it receives.
  PropagatingFactory,
  /// A member function of a client context that sets its deadline.
  DeadlineSetter,
  /// How to read a server context's deadline: `Name` is the server context
  /// class, `Extra` the call (`deadline()`), for fix-its.
  Deadline,
  /// A function, member function or callable data member whose result says
  /// whether the request was cancelled or its connection is gone: the
  /// result of a stream read or write, `IsCancelled()`, `stop_requested()`.
  /// An enumerator (`grpc::StatusCode::CANCELLED`) is one when compared to.
  CancellationCheck,
  /// A type whose values carry cancellation (`std::stop_token`): the result
  /// of a call it is passed to is a cancellation signal.
  CancellationToken,
  /// A class whose values are flags set from another thread (`std::atomic`).
  Flag,
  /// The type of an I/O result (`error_code`): it says when the peer is gone.
  IoResult,
  /// An awaitable whose `co_await` throws when its operation is cancelled.
  CancellingAwaitable,
  /// An I/O function that throws when the connection is closed or the
  /// operation is cancelled, unless it is given an error code to fill in.
  ThrowingIo,
  /// A function or member function that blocks or waits.
  Blocking,
  /// A clock: a loop exit comparing against it bounds the loop in time.
  Clock,
  /// A callback the framework calls when the request is cancelled: a
  /// member it sets is a cancellation flag.
  CancellationCallback,
  /// A thread class that hands a stop token to its callable and requests
  /// stop, then joins, in its destructor. `Extra`: the stop-token type.
  StopTokenThread,
  /// How to check for cancellation given a value of the type `Name`:
  /// `Extra` is the check as code, true when the request is gone, with
  /// `%0` for the value's name and `%1` for `.` or `->` (for hints).
  Hint,
};

/// One name with a role for `ctxlife-missing-cancellation`.
struct CancellationRow {
  /// The profile name in `Frameworks`, or empty for names that always
  /// apply (the standard library, Asio, POSIX).
  llvm::StringRef Framework;
  CancelRole Role;
  /// Qualified name without template arguments and inline namespaces.
  llvm::StringRef Name;
  llvm::StringRef Extra = "";
};

/// The built-in names of `ctxlife-missing-cancellation`.
llvm::ArrayRef<CancellationRow> cancellationRows();

/// All built-in profiles, in a stable order.
llvm::ArrayRef<FrameworkProfile> allFrameworks();

/// Class templates whose values are non-owning views: storing one derived
/// from a request context keeps a pointer into it.
llvm::ArrayRef<llvm::StringRef> viewTypeNames();

/// Owning or non-owning wrappers whose template arguments decide whether a
/// stored value can refer to a request (`std::function` and `std::any` are
/// type-erased and always can).
llvm::ArrayRef<llvm::StringRef> typeErasedWrapperNames();

/// Member functions that put their arguments into the object they are called
/// on: containers, `optional`, `any`, `function`, atomics, concurrent maps.
llvm::ArrayRef<llvm::StringRef> builtinStoreMethodNames();

/// The annotation that marks a user type as a request context.
inline constexpr llvm::StringLiteral RequestScopeAnnotation =
    "ctxlife::request_scope";

} // namespace ctxlife

#endif
