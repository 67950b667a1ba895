//===--- Asio.cpp - Boost.Asio and standalone Asio ------------------------===//
//
// Asio runs the work of Boost.Beast servers and of servers written on Asio
// directly: handlers posted to executors, completion handlers of `async_*`
// operations, coroutines spawned with `co_spawn` or `spawn`, and the I/O
// that reports (or throws on) a closed connection or a cancelled operation.
// Asio has no request type of its own (a server's request is the user's,
// through `ContextTypes`), so it applies whatever `Frameworks` selects.
// Documented in docs/frameworks/asio.md.
//
//===----------------------------------------------------------------------===//

#include "lib/knowledge/Registry.h"

namespace ctxlife {
namespace {

using L = LaunchKind;
const LauncherRow Launchers[] = {
    // Free functions: the handler is the completion token.
    {"boost::asio::post", L::UnlessAwaited, LastArg, "a handler posted to an executor"},
    {"boost::asio::dispatch", L::UnlessAwaited, LastArg,
     "a handler dispatched to an executor"},
    {"boost::asio::defer", L::UnlessAwaited, LastArg,
     "a handler deferred to an executor"},
    {"asio::post", L::UnlessAwaited, LastArg, "a handler posted to an executor"},
    {"asio::dispatch", L::UnlessAwaited, LastArg,
     "a handler dispatched to an executor"},
    {"asio::defer", L::UnlessAwaited, LastArg, "a handler deferred to an executor"},
    // Member functions of executors and strands.
    {"boost::asio::io_context::post", L::Always, 0,
     "a handler posted to an executor"},
    {"boost::asio::io_context::dispatch", L::Always, 0,
     "a handler dispatched to an executor"},
    {"boost::asio::io_context::strand::post", L::Always, 0,
     "a handler posted to a strand"},
    {"boost::asio::io_context::strand::dispatch", L::Always, 0,
     "a handler dispatched to a strand"},
    {"boost::asio::io_context::basic_executor_type::post", L::Always, 0,
     "a handler posted to an executor"},
    {"boost::asio::io_context::basic_executor_type::dispatch", L::Always, 0,
     "a handler dispatched to an executor"},
    {"boost::asio::io_context::basic_executor_type::defer", L::Always, 0,
     "a handler deferred to an executor"},
    {"boost::asio::thread_pool::basic_executor_type::post", L::Always, 0,
     "a handler posted to a thread pool"},
    {"boost::asio::thread_pool::basic_executor_type::dispatch", L::Always, 0,
     "a handler dispatched to a thread pool"},
    {"boost::asio::thread_pool::basic_executor_type::defer", L::Always, 0,
     "a handler deferred to a thread pool"},
    {"boost::asio::strand::post", L::Always, 0, "a handler posted to a strand"},
    {"boost::asio::strand::dispatch", L::Always, 0,
     "a handler dispatched to a strand"},
    {"boost::asio::strand::defer", L::Always, 0, "a handler deferred to a strand"},
    {"boost::asio::executor::post", L::Always, 0, "a handler posted to an executor"},
    {"boost::asio::executor::dispatch", L::Always, 0,
     "a handler dispatched to an executor"},
    {"boost::asio::executor::defer", L::Always, 0,
     "a handler deferred to an executor"},
    // Coroutines.
    {"boost::asio::co_spawn", L::UnlessAwaited, 1,
     "a coroutine spawned without waiting for it"},
    {"asio::co_spawn", L::UnlessAwaited, 1,
     "a coroutine spawned without waiting for it"},
    {"boost::asio::spawn", L::Always, LastArg, "a spawned stackful coroutine"},
    {"asio::spawn", L::Always, LastArg, "a spawned stackful coroutine"},
};

using R = Role;
const NameRow Names[] = {
    {R::ServerLifetimeType, "boost::asio::io_context"},
    {R::AsyncOperationNamespace, "boost::asio"},
    {R::AsyncOperationNamespace, "asio"},
    {R::InitiationFunction, "boost::asio::async_initiate"},
    {R::InitiationFunction, "asio::async_initiate"},
    // Asio under any name: the completion-token machinery and an execution
    // context (every Asio since 1.10 declares both).
    {R::AsioMarker, "async_result"},
    {R::AsioContext, "execution_context"},
    {R::AsioContext, "io_context"},
    {R::AsioContext, "io_service"},
    {R::HandlerWrapper, "boost::asio::bind_executor"},
    {R::HandlerWrapper, "boost::asio::io_context::strand::wrap"},
    {R::HandlerWrapper, "boost::asio::io_context::wrap"},
    {R::HandlerWrapper, "asio::bind_executor"},
    {R::HandlerWrapper, "boost::asio::bind_allocator"},
    {R::HandlerWrapper, "asio::bind_allocator"},
    {R::HandlerWrapper, "boost::asio::bind_cancellation_slot"},
    {R::HandlerWrapper, "asio::bind_cancellation_slot"},
    {R::Awaitable, "boost::asio::awaitable"},
    {R::Awaitable, "asio::awaitable"},
    // Completion tokens, by class name.
    {R::DetachedToken, "detached_t"},
    {R::SuspendingToken, "basic_yield_context"},
    {R::ResultToken, "use_awaitable_t"},
    {R::ResultToken, "use_future_t"},
    {R::ResultToken, "redirect_error_t"},
    {R::ResultToken, "as_tuple_t"},
    {R::ResultToken, "as_single_t"},
    // Running an event loop: work posted to it before is done (or
    // abandoned) when it returns.
    {R::EventLoopRun, "run"},
    {R::EventLoopRun, "run_one"},
    {R::EventLoopRun, "run_for"},
    {R::EventLoopRun, "run_until"},
    {R::EventLoopRun, "poll"},
    {R::EventLoopRun, "poll_one"},
    // Cancellation: a socket's state, cancellation state (Boost 1.77+),
    // awaited operations, and I/O that throws on a closed connection or a
    // cancelled operation.
    {R::IoResult, "boost::system::error_code"},
    {R::CancellationCheck, "boost::asio::cancellation_state::cancelled"},
    {R::CancellationCheck, "asio::cancellation_state::cancelled"},
    {R::CancellationCheck, "boost::asio::basic_socket::is_open"},
    {R::CancellationCheck, "asio::basic_socket::is_open"},
    {R::CancellationToken, "boost::asio::cancellation_slot"},
    {R::CancellationToken, "boost::asio::cancellation_state"},
    {R::CancellationToken, "asio::cancellation_slot"},
    {R::CancellationToken, "asio::cancellation_state"},
    {R::CancellationCheck, "boost::asio::error::basic_errors::operation_aborted"},
    {R::CancellationCheck, "asio::error::basic_errors::operation_aborted"},
    {R::CancellingAwaitable, "boost::asio::awaitable"},
    {R::CancellingAwaitable, "asio::awaitable"},
    {R::ErrorCodeToken, "redirect_error_t"},
    {R::ErrorCodeToken, "as_tuple_t"},
    {R::Timer, "boost::asio::basic_waitable_timer"},
    {R::Timer, "boost::asio::basic_deadline_timer"},
    {R::Timer, "asio::basic_waitable_timer"},
    {R::Timer, "asio::basic_deadline_timer"},
    {R::TimerCancel, "cancel"},
    {R::TimerCancel, "cancel_one"},
    {R::ThrowingIo, "boost::asio::read"},
    {R::ThrowingIo, "boost::asio::read_at"},
    {R::ThrowingIo, "boost::asio::read_until"},
    {R::ThrowingIo, "boost::asio::write"},
    {R::ThrowingIo, "boost::asio::write_at"},
    {R::ThrowingIo, "boost::asio::connect"},
    {R::ThrowingIo, "boost::asio::basic_stream_socket::read_some"},
    {R::ThrowingIo, "boost::asio::basic_stream_socket::write_some"},
    {R::ThrowingIo, "boost::asio::basic_stream_socket::receive"},
    {R::ThrowingIo, "boost::asio::basic_stream_socket::send"},
    {R::ThrowingIo, "boost::asio::basic_datagram_socket::receive_from"},
    {R::ThrowingIo, "boost::asio::basic_datagram_socket::send_to"},
    {R::ThrowingIo, "boost::asio::basic_socket::connect"},
    {R::ThrowingIo, "boost::asio::basic_socket::wait"},
    {R::ThrowingIo, "boost::asio::basic_socket_acceptor::accept"},
    {R::ThrowingIo, "boost::asio::basic_waitable_timer::wait"},
    {R::ThrowingIo, "boost::asio::ssl::stream::read_some"},
    {R::ThrowingIo, "boost::asio::ssl::stream::write_some"},
    {R::ThrowingIo, "boost::asio::ssl::stream::handshake"},
    {R::ThrowingIo, "asio::read"},
    {R::ThrowingIo, "asio::read_until"},
    {R::ThrowingIo, "asio::write"},
    {R::ThrowingIo, "asio::basic_stream_socket::read_some"},
    {R::ThrowingIo, "asio::basic_stream_socket::write_some"},
    {R::ThrowingIo, "asio::basic_stream_socket::receive"},
    {R::ThrowingIo, "asio::basic_stream_socket::send"},
    {R::ThrowingIo, "asio::basic_socket_acceptor::accept"},
    {R::ThrowingIo, "asio::basic_waitable_timer::wait"},
    {R::Blocking, "boost::asio::io_context::run"},
    {R::Blocking, "boost::asio::io_context::run_one"},
    {R::Blocking, "boost::asio::io_context::run_for"},
    {R::Blocking, "boost::asio::io_context::run_until"},
    {R::Blocking, "asio::io_context::run"},
    {R::Blocking, "asio::io_context::run_one"},
};

const FrameworkKnowledge Framework{"asio", /*Selectable=*/false,
                                   /*Precedence=*/900, {}, Launchers, Names};
const KnowledgeRegistration Registered(Framework);

} // namespace
} // namespace ctxlife
