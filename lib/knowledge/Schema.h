//===--- Schema.h - the shape of what ctxlife knows -------------*- C++ -*-===//
//
// Everything ctxlife knows about a framework or library is data in the
// shapes below, one knowledge file per framework (lib/knowledge/<Name>.cpp)
// holding every role that framework plays: its request types and who owns
// them, the classes whose objects live for one request, the functions that
// run work later and how, the calls that complete a request, its
// cancellation signals and the factories that propagate them, and hints.
// The registry (Registry.h) is the only place that selects frameworks
// (`Frameworks`) and adds the user's own names (the checks' options).
//
// Names are fully qualified, without template arguments and without inline
// namespaces (`std::basic_string_view`, `mg_connection`), unless a role
// says it names a member function by its unqualified name.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_LIB_KNOWLEDGE_SCHEMA_H
#define CTXLIFE_LIB_KNOWLEDGE_SCHEMA_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include <array>

namespace ctxlife {

//===----------------------------------------------------------------------===//
// Request types
//===----------------------------------------------------------------------===//

/// Who owns a request-context object.
enum class Ownership {
  /// The framework owns the object; pointers, references and views to it
  /// die with the request. A copy of a copyable value type is independent.
  Borrowed,
  /// A reference-counted handle: copying it extends the request's life.
  /// Fine for async work, a leak when parked in long-lived storage.
  Handle,
};

/// One request-context type of a framework. Subclasses match too.
struct ContextTypeRow {
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
  /// framework's `CompletionCall`s (`reactor->Finish()`), not until the
  /// handler returns: detached work may use it until it completes the
  /// request itself.
  bool AliveUntilCompletion = false;
  /// Request-scoped only as a parameter of a function that also receives
  /// a request context (the request and response messages a gRPC handler
  /// is given); anywhere else an ordinary value. Such a parameter lives as
  /// long as that context does.
  bool HandlerParamOnly = false;
};

//===----------------------------------------------------------------------===//
// Launchers
//===----------------------------------------------------------------------===//

/// How a launcher lets go of the work it is given. The first five are the
/// kinds a launcher is declared with (in a knowledge file or the
/// `Launchers` option); the last three are what an `UnlessAwaited` launch
/// turns out to be once its completion token is known.
enum class LaunchKind {
  /// A thread class (`std::thread`, `boost::thread`): the work outlives the
  /// request when the thread is detached or kept in long-lived storage.
  Thread,
  /// The callable runs later, always (`spawn`, a thread pool's `submit`).
  Always,
  /// An asynchronous operation: the callable runs later unless the call is
  /// awaited (`co_await` with `use_awaitable`), suspends a stackful
  /// coroutine (`yield`), or its future is waited for (`use_future`).
  UnlessAwaited,
  /// Returns a future whose destructor waits (`std::async`): the work
  /// outlives the request only when the future is kept in long-lived
  /// storage.
  FutureUnlessKept,
  /// Returns a task that nobody has to wait for (`pplx::create_task`): the
  /// work outlives the request when the task is dropped without `wait()`
  /// or `get()`, detached, or kept.
  TaskUnlessWaited,
  /// An `UnlessAwaited` launch given a completion handler that runs when
  /// the operation completes (`async_read(..., handler)`).
  OnCompletion,
  /// An `UnlessAwaited` launch given the `detached` token.
  DetachedToken,
  /// An `UnlessAwaited` launch whose result (an awaitable, a future) the
  /// caller may wait for.
  AwaitableResult,
};

/// What becomes of the object a launch returns (the thread, the future,
/// the task) in the function that launches it.
enum class Fate {
  Unknown,  ///< It escapes (passed on) or nothing is known.
  Waited,   ///< Joined, waited for, awaited or returned on every path.
  Detached, ///< `detach()`ed on some path.
  Kept,     ///< Stored in long-lived storage on some path.
  Dropped,  ///< Destroyed on some path without being waited for.
};
inline constexpr unsigned NumFates = 5;

/// The argument of a launcher that is the work: an index, or one of these.
inline constexpr int LastArg = -1;          ///< The completion token.
inline constexpr int FirstCallableArg = -2; ///< The first argument of a
                                            ///< callable type.
/// A launcher without a thread handle argument.
inline constexpr int NoHandleArg = -1;

/// A function (or, for threads, a class) that runs work it is given later.
struct LauncherRow {
  /// Qualified name of the function, member function or thread class.
  llvm::StringRef QualifiedName;
  LaunchKind Kind;
  /// The argument that is the work (an index, `LastArg`, `FirstCallableArg`).
  int CallableArg;
  /// What runs the work, completing "captured ... by <Work>"; empty: "a
  /// task passed to '<launcher>'".
  llvm::StringRef Work;
  /// For a C function that starts a thread (`pthread_create(&t, ...)`): the
  /// argument pointing at the handle whose `ThreadHandleDetach` or
  /// `ThreadHandleJoin` call decides the thread's fate, as `detach()` and
  /// `join()` do for a thread object. `NoHandleArg` for other launchers.
  int HandleArg = NoHandleArg;
};

/// The argument for a function's last parameter, when the caller writes it
/// (a default argument is no work of the caller's).
inline constexpr int LastParam = -3;

/// A callback a framework keeps and runs after the handler has returned
/// (cpp-httplib's content providers, a continuation of Pistache's response
/// promise): the handler's locals are gone when it runs, and so is what of
/// the request the framework does not keep alive for it.
struct DeferredCallbackRow {
  /// Qualified name of the member function that keeps the callback.
  llvm::StringRef QualifiedName;
  /// The argument that is the callback (an index, `FirstCallableArg`,
  /// `LastParam`).
  int CallableArg;
  /// What runs it, completing "captured ... by <Work>".
  llvm::StringRef Work;
  /// When it runs, completing "'<function>' keeps it and runs it <When>,
  /// after the handler returns".
  llvm::StringRef When;
  /// The request-context types (`;`-separated qualified names) still alive
  /// when it runs: capturing the handler's objects of these types is fine.
  llvm::StringRef KeepsAlive = "";
  /// When set, the callback is only kept when the object the member is
  /// called on was returned by this function (`then` on the promise of
  /// `ResponseWriter::send`).
  llvm::StringRef ObjectFrom = "";
};

/// One launch kind and what each fate of its result means: the outcome
/// table, which the launch model reads instead of deciding in code.
struct LaunchKindRow {
  LaunchKind Kind;
  /// The kind's name in the `Launchers` option; empty for the kinds only
  /// an asynchronous operation's token selects.
  llvm::StringLiteral OptionName;
  /// The argument that is the work when the option does not say.
  int DefaultArg;
  /// Indexed by `Fate`: does the work outlive the request?
  std::array<bool, NumFates> Outlives;
  /// Said where the work is let go: `%0` is the launcher.
  llvm::StringLiteral Note;
  /// Said instead when the result is kept: `%1` is the storage.
  llvm::StringLiteral KeptNote;
  /// Replaces the work's description when the result is kept, or empty.
  llvm::StringLiteral KeptWork;
};

/// The outcome table, one row per `LaunchKind` (lib/knowledge/LaunchKinds.cpp).
llvm::ArrayRef<LaunchKindRow> launchKinds();
/// The row of \p K.
const LaunchKindRow &launchKind(LaunchKind K);

//===----------------------------------------------------------------------===//
// Names by role
//===----------------------------------------------------------------------===//

/// What a name means. Each row of a knowledge file gives a name one role.
enum class Role {
  // --- The request model.
  /// A class whose subclasses are per-request objects (callback reactors).
  PerRequestBase,
  /// A `std::function` taking one of these (or a `std::shared_ptr` of one)
  /// is the request's response callback: a handle to the request.
  ResponseCallbackArg,
  /// Registers handlers of a long-lived connection (websockets): keeping
  /// the connection in a registry until the close handler runs is the
  /// framework's idiom.
  ConnectionHandlerRegistrar,
  /// A base class of such connection handlers.
  ConnectionHandlerBase,
  /// Returns a pointer into the request it is given (`mg_get_header`).
  DerivingFunction,
  /// A server-lifetime type that looks similar but is never request-scoped
  /// (applies whatever frameworks are selected).
  ServerLifetimeType,
  /// A member function that completes a request (`Finish` of a reactor):
  /// `AliveUntilCompletion` objects and per-request bases stay valid until
  /// one of them is called.
  CompletionCall,
  /// A class the user declares a borrowed request context (`ContextTypes`).
  UserContextType,

  // --- Values, ownership and storage (mostly the standard library).
  /// A class template whose values are non-owning views.
  View,
  /// A base of the standard range views (`split_view`, `take_view`,
  /// `ref_view`...): a class deriving from one is a view of the range it
  /// adapts.
  RangeView,
  /// A wrapper that can hold anything (`std::function`, `std::any`): a
  /// stored value of it can always refer to a request.
  TypeErasedWrapper,
  /// A member function (by unqualified name) that puts its arguments into
  /// the object it is called on (`push_back`, `store`).
  StoreMethod,
  /// A function or member function that stores its arguments
  /// (`StoreFunctions`).
  StoreFunction,
  SharedPointer,   ///< Shares ownership (`std::shared_ptr`).
  UniquePointer,   ///< Owns alone (`std::unique_ptr`).
  WeakPointer,     ///< Observes, neither dangles nor keeps alive.
  IntrusivePointer, ///< Shares ownership through the object.
  MakeShared,      ///< Creates a shared object (`std::make_shared`).
  MakeUnique,      ///< Creates a uniquely owned object.
  /// A base giving a class `shared_from_this()`.
  SharedFromThisBase,
  /// Member functions, by unqualified name, that destroy what a smart
  /// pointer or a container owns (`reset`, `erase`, `clear`).
  ReleaseCall,
  /// Passes its argument on unchanged (`std::move`, `std::forward`).
  Forwarding,
  /// Passes its argument on as const (`std::as_const`).
  AsConst,
  /// Makes a reference or pointer to its argument (`std::ref`).
  Reference,
  /// Returns a pointer to its argument's data (`std::data`).
  DataPointer,
  /// Builds a value holding its arguments (`std::make_pair`).
  Aggregate,
  /// Calls its first argument later with the others (`std::bind`).
  BindFunction,
  /// A class whose values can be called (`std::function`, `std::_Bind`).
  CallableType,
  /// A future its owner can wait for (`std::future`).
  Future,

  // --- Launching work.
  /// Wraps a completion handler without changing when it runs
  /// (`bind_executor(strand, handler)`): the handler is its last argument.
  HandlerWrapper,
  /// A namespace whose `async_*` functions are asynchronous operations.
  AsyncOperationNamespace,
  /// Starts an asynchronous operation for the function that calls it
  /// (`async_initiate`): the completion handler is that function's, and the
  /// work is named after it (`async_send`), not after the machinery.
  InitiationFunction,
  /// Asio's shape, by unqualified name: a namespace declaring a class
  /// (template) named by an `AsioMarker` row and one named by an
  /// `AsioContext` row is an Asio bundled under another name (rpclib's
  /// `clmdep_asio`); its names are matched as Boost.Asio's.
  AsioMarker,
  AsioContext,
  /// The value of a coroutine that is started by spawning it.
  Awaitable,
  /// Completion tokens, by unqualified class name: the operation runs
  /// detached, suspends a stackful coroutine, or returns its result.
  DetachedToken,
  SuspendingToken,
  ResultToken,
  /// Member functions, by unqualified name, that detach a thread, wait for
  /// work, run an event loop, or chain a continuation on a task.
  DetachCall,
  WaitCall,
  /// Free functions that detach or join the thread a C handle names
  /// (`pthread_detach(t)`, `pthread_join(t, &r)`): the handle is argument 0.
  ThreadHandleDetach,
  ThreadHandleJoin,
  EventLoopRun,
  Continuation,
  /// Member functions, by unqualified name, that take an element out of a
  /// library container or queue (`pop_front`): a member container of
  /// callables that the class takes from is a work queue (an executor's).
  QueueTake,
  /// The default of the `DetachingCalls` option.
  DefaultDetachingCall,

  // --- Cancellation (see `ctxlife-missing-cancellation`).
  /// A server-side context a downstream call propagates from (subclasses
  /// match). `Extra`: the factory creating a client context from it.
  ServerContext,
  /// The client-side context of a downstream call (subclasses match).
  ClientContext,
  /// Returns a client context that carries the request's deadline and
  /// cancellation, or gives them to the one it receives.
  PropagatingFactory,
  /// A member function of a client context that sets its deadline.
  DeadlineSetter,
  /// How to read a server context's deadline: `Extra` is the call.
  Deadline,
  /// Whose result says whether the request was cancelled or its connection
  /// is gone (a function, member function, callable data member, or an
  /// enumerator compared to).
  CancellationCheck,
  /// A member predicate, by unqualified name, that says whether the request
  /// was cancelled when it is a member of one of the user's request types
  /// (`ContextTypes` or annotated): `job.cancelled()`, `call.IsCancelled()`.
  CancellationPredicate,
  /// A type whose values carry cancellation (`std::stop_token`).
  CancellationToken,
  /// A class whose values are flags set from another thread.
  Flag,
  /// The type of an I/O result (`error_code`): it says when the peer is gone.
  IoResult,
  /// An awaitable whose `co_await` throws when its operation is cancelled.
  CancellingAwaitable,
  /// A completion token, by unqualified class name, that hands the
  /// operation's error to the code instead of throwing it
  /// (`redirect_error_t`): an operation awaited with one ends a loop only
  /// where the code checks the error.
  ErrorCodeToken,
  /// A timer: a wait on it ends early only when someone cancels it, so a
  /// wait on one nobody else can reach (a local of the coroutine, a private
  /// member no `TimerCancel` call names) never ends a loop.
  Timer,
  /// Member functions, by unqualified name, that cancel a timer's waits.
  TimerCancel,
  /// An I/O function that throws when the connection is closed or the
  /// operation is cancelled, unless it is given an error code.
  ThrowingIo,
  /// A function or member function that blocks or waits.
  Blocking,
  /// A wait that ends when another thread notifies (a condition variable's
  /// `wait`): a loop around it that re-tests a predicate is the guard
  /// against spurious wake-ups, the same as `wait(lock, pred)`.
  NotifiedWait,
  /// A clock: a loop exit comparing against it bounds the loop in time.
  Clock,
  /// A callback the framework calls when the request is cancelled.
  CancellationCallback,
  /// A thread class that hands a stop token to its callable and requests
  /// stop, then joins, in its destructor. `Extra`: the stop-token type.
  StopTokenThread,
  /// How to check for cancellation given a value of the type `Name`:
  /// `Extra` is the check as code (`%0` the value, `%1` `.` or `->`).
  CancellationHint,
};
inline constexpr unsigned NumRoles = static_cast<unsigned>(Role::CancellationHint) + 1;

/// One name with one role.
struct NameRow {
  Role R;
  llvm::StringRef Name;
  llvm::StringRef Extra = "";
};

/// Everything ctxlife knows of one framework or library.
struct FrameworkKnowledge {
  /// The name in the `Frameworks` option (and of its docs/frameworks page).
  llvm::StringRef Name;
  /// False for the libraries every framework's code runs on (the standard
  /// library, Asio): they apply whatever `Frameworks` selects.
  bool Selectable;
  /// Lower first: the order frameworks are listed in, and in which their
  /// rows are consulted where the first match wins (hints).
  unsigned Precedence;
  llvm::ArrayRef<ContextTypeRow> ContextTypes;
  llvm::ArrayRef<LauncherRow> Launchers;
  llvm::ArrayRef<NameRow> Names;
  /// Written out so that frameworks without such rows may leave it out of
  /// their aggregate initializer (-Wmissing-field-initializers).
  llvm::ArrayRef<DeferredCallbackRow> DeferredCallbacks = {}; // NOLINT(readability-redundant-member-init)
};

/// A set of qualified names with the set of their last components, a cheap
/// filter before the qualified name of a declaration is computed.
class NameSet {
public:
  void insert(llvm::StringRef Name);
  bool contains(llvm::StringRef QualifiedName) const {
    return Names.contains(QualifiedName);
  }
  /// True when some name ends in \p Last (`thread` for `std::thread`).
  bool mayContainLast(llvm::StringRef Last) const { return Lasts.contains(Last); }
  bool empty() const { return Names.empty(); }
  const llvm::StringSet<> &names() const { return Names; }

private:
  llvm::StringSet<> Names;
  llvm::StringSet<> Lasts;
};

/// The annotation that marks a user type as a request context.
inline constexpr llvm::StringLiteral RequestScopeAnnotation =
    "ctxlife::request_scope";

} // namespace ctxlife

#endif
