//===--- Std.cpp - the standard library and its neighbours ----------------===//
//
// What every framework's code runs on: the C++ standard library, Boost's
// counterparts (Boost.Thread, smart pointers, bind), POSIX, and the
// general-purpose libraries servers use next to them (Abseil, GSL, common
// thread pools). Applies whatever `Frameworks` selects.
// Documented in docs/frameworks/std.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using L = LaunchKind;
const LauncherRow Launchers[] = {
    // Threads: the callable is the first constructor argument.
    {"std::thread", L::Thread, 0, "a detached thread"},
    {"std::jthread", L::Thread, 0, "a detached thread"},
    {"boost::thread", L::Thread, 0, "a detached thread"},
    // C threads: the entry function runs with the `void *` argument; the
    // handle's `*_detach`/`*_join` decides the thread's fate.
    {"pthread_create", L::Thread, 2, "a detached thread", 0},
    {"thrd_create", L::Thread, 1, "a detached thread", 0},
    // A future that waits in its destructor.
    {"std::async", L::FutureUnlessKept, FirstCallableArg, "an 'std::async' task"},
};

using R = Role;
const NameRow Names[] = {
    // Non-owning views: storing one derived from a request keeps a pointer
    // into it.
    {R::View, "std::basic_string_view"},
    {R::View, "std::span"},
    {R::View, "std::reference_wrapper"},
    {R::View, "boost::basic_string_view"},
    {R::View, "boost::basic_string_ref"},
    {R::View, "boost::core::basic_string_view"},
    {R::View, "boost::span"},
    {R::View, "boost::reference_wrapper"},
    {R::View, "absl::string_view"},
    {R::View, "absl::Span"},
    {R::View, "gsl::span"},
    // Range adaptors (`views::split`, `transform`, `filter`, `take`) make
    // views that refer to the range they adapt.
    {R::RangeView, "std::ranges::view_base"},
    {R::RangeView, "std::ranges::view_interface"},
    {R::TypeErasedWrapper, "std::function"},
    {R::TypeErasedWrapper, "std::move_only_function"},
    {R::TypeErasedWrapper, "std::any"},
    {R::TypeErasedWrapper, "boost::function"},
    {R::TypeErasedWrapper, "boost::any"},
    {R::CallableType, "std::function"},
    {R::CallableType, "std::move_only_function"},
    {R::CallableType, "boost::function"},
    {R::CallableType, "std::packaged_task"},
    {R::CallableType, "std::_Bind"},
    {R::CallableType, "std::_Bind_front"},
    {R::CallableType, "std::_Bind_back"},
    // Containers, optional, any, function, atomics, concurrent maps.
    {R::StoreMethod, "push_back"},
    {R::StoreMethod, "push_front"},
    {R::StoreMethod, "emplace"},
    {R::StoreMethod, "emplace_back"},
    {R::StoreMethod, "emplace_front"},
    {R::StoreMethod, "emplace_hint"},
    {R::StoreMethod, "insert"},
    {R::StoreMethod, "insert_or_assign"},
    {R::StoreMethod, "try_emplace"},
    {R::StoreMethod, "assign"},
    {R::StoreMethod, "push"},
    {R::StoreMethod, "store"},
    {R::StoreMethod, "exchange"},
    {R::StoreMethod, "compare_exchange_strong"},
    {R::StoreMethod, "compare_exchange_weak"},
    {R::StoreMethod, "grow_by"},
    // Ownership.
    {R::SharedPointer, "std::shared_ptr"},
    {R::SharedPointer, "boost::shared_ptr"},
    {R::UniquePointer, "std::unique_ptr"},
    {R::WeakPointer, "std::weak_ptr"},
    {R::WeakPointer, "boost::weak_ptr"},
    {R::IntrusivePointer, "boost::intrusive_ptr"},
    {R::MakeShared, "std::make_shared"},
    {R::MakeShared, "boost::make_shared"},
    {R::MakeUnique, "std::make_unique"},
    {R::SharedFromThisBase, "std::enable_shared_from_this"},
    {R::SharedFromThisBase, "boost::enable_shared_from_this"},
    {R::ReleaseCall, "reset"},
    {R::ReleaseCall, "erase"},
    {R::ReleaseCall, "remove"},
    {R::ReleaseCall, "remove_if"},
    {R::ReleaseCall, "clear"},
    {R::ReleaseCall, "pop_front"},
    {R::ReleaseCall, "pop_back"},
    // How values pass through calls.
    {R::Forwarding, "std::move"},
    {R::Forwarding, "std::forward"},
    {R::AsConst, "std::as_const"},
    {R::Reference, "std::ref"},
    {R::Reference, "std::cref"},
    {R::Reference, "std::addressof"},
    {R::Reference, "boost::ref"},
    {R::Reference, "boost::cref"},
    {R::DataPointer, "std::data"},
    {R::Aggregate, "std::make_pair"},
    {R::Aggregate, "std::make_tuple"},
    {R::Aggregate, "std::tie"},
    {R::Aggregate, "std::forward_as_tuple"},
    {R::Aggregate, "std::make_optional"},
    {R::Aggregate, "std::make_any"},
    {R::Aggregate, "std::allocate_shared"},
    {R::Aggregate, "boost::make_tuple"},
    {R::BindFunction, "std::bind"},
    {R::BindFunction, "std::bind_front"},
    {R::BindFunction, "std::bind_back"},
    {R::BindFunction, "boost::bind"},
    {R::Future, "std::future"},
    {R::Future, "std::shared_future"},
    {R::Future, "boost::future"},
    {R::Future, "boost::shared_future"},
    // What is done to a thread, a future or a task.
    {R::DetachCall, "detach"},
    {R::WaitCall, "join"},
    {R::WaitCall, "get"},
    {R::WaitCall, "wait"},
    {R::WaitCall, "wait_for"},
    {R::WaitCall, "wait_until"},
    // Taking work out of a queue (the project's own executors).
    {R::QueueTake, "pop"},
    {R::QueueTake, "pop_front"},
    {R::QueueTake, "pop_back"},
    {R::QueueTake, "try_pop"},
    {R::QueueTake, "try_dequeue"},
    {R::QueueTake, "swap"},
    {R::ThreadHandleDetach, "pthread_detach"},
    {R::ThreadHandleDetach, "thrd_detach"},
    {R::ThreadHandleJoin, "pthread_join"},
    {R::ThreadHandleJoin, "thrd_join"},
    // Thread pools that run their task later and give no way to wait for
    // it (the default of `DetachingCalls`).
    {R::DefaultDetachingCall, "BS::thread_pool::detach_task"},
    {R::DefaultDetachingCall, "BS::thread_pool::detach_loop"},
    {R::DefaultDetachingCall, "BS::thread_pool::detach_blocks"},
    {R::DefaultDetachingCall, "BS::thread_pool::detach_sequence"},
    {R::DefaultDetachingCall, "BS::thread_pool::push_task"},
    {R::DefaultDetachingCall, "folly::Executor::add"},
    {R::DefaultDetachingCall, "tbb::task_arena::enqueue"},
    // Cancellation: stop tokens, atomics, error codes, clocks, waits.
    {R::CancellationCheck, "std::stop_token::stop_requested"},
    {R::CancellationCheck, "std::stop_source::stop_requested"},
    // Predicates of the user's request types (annotated or
    // `ContextTypes`) named like a cancellation check.
    {R::CancellationPredicate, "cancelled"},
    {R::CancellationPredicate, "canceled"},
    {R::CancellationPredicate, "is_cancelled"},
    {R::CancellationPredicate, "is_canceled"},
    {R::CancellationPredicate, "isCancelled"},
    {R::CancellationPredicate, "isCanceled"},
    {R::CancellationPredicate, "IsCancelled"},
    {R::CancellationPredicate, "IsCanceled"},
    {R::CancellationPredicate, "stop_requested"},
    {R::CancellationPredicate, "is_closed"},
    {R::CancellationPredicate, "isClosed"},
    {R::CancellationPredicate, "IsClosed"},
    {R::CancellationPredicate, "closed"},
    {R::CancellationToken, "std::stop_token"},
    {R::CancellationToken, "std::stop_source"},
    {R::StopTokenThread, "std::jthread", "std::stop_token"},
    {R::CancellationHint, "std::stop_token", "%0%1stop_requested()"},
    {R::Flag, "std::atomic"},
    {R::Flag, "std::atomic_flag"},
    {R::Flag, "std::atomic_ref"},
    {R::Flag, "boost::atomic"},
    {R::IoResult, "std::error_code"},
    {R::CancellationCheck, "std::errc::operation_canceled"},
    {R::Clock, "std::chrono::system_clock::now"},
    {R::Clock, "std::chrono::steady_clock::now"},
    {R::Clock, "std::chrono::high_resolution_clock::now"},
    {R::Clock, "time"},
    {R::Clock, "clock_gettime"},
    {R::Clock, "gettimeofday"},
    {R::Clock, "absl::Now"},
    {R::Blocking, "std::this_thread::sleep_for"},
    {R::Blocking, "std::this_thread::sleep_until"},
    {R::Blocking, "std::this_thread::yield"},
    {R::Blocking, "boost::this_thread::sleep_for"},
    {R::Blocking, "boost::this_thread::sleep_until"},
    {R::Blocking, "boost::this_thread::sleep"},
    {R::Blocking, "std::condition_variable::wait"},
    {R::Blocking, "std::condition_variable::wait_for"},
    {R::Blocking, "std::condition_variable::wait_until"},
    {R::Blocking, "std::condition_variable_any::wait"},
    {R::Blocking, "std::condition_variable_any::wait_for"},
    {R::Blocking, "std::condition_variable_any::wait_until"},
    {R::NotifiedWait, "std::condition_variable::wait"},
    {R::NotifiedWait, "std::condition_variable::wait_for"},
    {R::NotifiedWait, "std::condition_variable::wait_until"},
    {R::NotifiedWait, "std::condition_variable_any::wait"},
    {R::NotifiedWait, "std::condition_variable_any::wait_for"},
    {R::NotifiedWait, "std::condition_variable_any::wait_until"},
    {R::NotifiedWait, "boost::condition_variable::wait"},
    {R::NotifiedWait, "boost::condition_variable::wait_for"},
    {R::NotifiedWait, "boost::condition_variable::wait_until"},
    {R::NotifiedWait, "boost::condition_variable_any::wait"},
    {R::NotifiedWait, "boost::condition_variable_any::wait_for"},
    {R::NotifiedWait, "boost::condition_variable_any::wait_until"},
    {R::Blocking, "std::future::wait"},
    {R::Blocking, "std::future::wait_for"},
    {R::Blocking, "std::future::wait_until"},
    {R::Blocking, "std::future::get"},
    {R::Blocking, "std::shared_future::wait"},
    {R::Blocking, "std::shared_future::wait_for"},
    {R::Blocking, "std::shared_future::wait_until"},
    {R::Blocking, "std::shared_future::get"},
    {R::Blocking, "std::counting_semaphore::acquire"},
    {R::Blocking, "std::latch::wait"},
    {R::Blocking, "std::barrier::arrive_and_wait"},
    // POSIX: waits, and sockets whose failed send or receive means the
    // peer is gone.
    {R::Blocking, "sleep"},
    {R::Blocking, "usleep"},
    {R::Blocking, "nanosleep"},
    {R::Blocking, "poll"},
    {R::Blocking, "select"},
    {R::Blocking, "epoll_wait"},
    {R::Blocking, "accept"},
    {R::Blocking, "recv"},
    {R::Blocking, "read"},
    {R::CancellationCheck, "send"},
    {R::CancellationCheck, "recv"},
    {R::CancellationCheck, "write"},
    {R::CancellationCheck, "read"},
};

const FrameworkKnowledge Framework{"std", /*Selectable=*/false,
                                   /*Precedence=*/1000, {}, Launchers, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
