//===--- Frameworks.cpp - framework profiles as data ----------------------===//

#include "lib/Frameworks.h"

namespace ctxlife {
namespace {

using O = Ownership;

// gRPC: the server context and the server-side streams die when the RPC
// completes (the sync handler returns, the reactor's OnDone runs, the async
// CallData is deleted).
const ContextTypeRow GrpcTypes[] = {
    {"grpc::ServerContextBase", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()"},
    {"grpc::ServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()"},
    {"grpc::CallbackServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'", false, false,
     "peer = %0%1peer()", /*AliveUntilCompletion=*/true},
    {"grpc::GenericServerContext", O::Borrowed,
     "a copied identifier such as '%0%1peer()'"},
    {"grpc::ServerAsyncResponseWriter", O::Borrowed,
     "per-request state that owns the writer"},
    {"grpc::ServerAsyncWriter", O::Borrowed,
     "per-request state that owns the writer"},
    {"grpc::ServerAsyncReader", O::Borrowed,
     "per-request state that owns the reader"},
    {"grpc::ServerAsyncReaderWriter", O::Borrowed,
     "per-request state that owns the stream"},
    {"grpc::ServerWriter", O::Borrowed, "the messages to send, copied"},
    {"grpc::ServerReader", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerReaderWriter", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerWriterInterface", O::Borrowed,
     "the messages to send, copied"},
    {"grpc::ServerReaderInterface", O::Borrowed, "the messages read, copied"},
    {"grpc::ServerReaderWriterInterface", O::Borrowed,
     "the messages read, copied"},
    // The request and response messages of a handler (sync or callback):
    // gRPC owns them and frees them with the call.
    {"google::protobuf::MessageLite", O::Borrowed,
     "a copy of the message, or of the fields needed", false,
     /*ValueType=*/true, "", false, /*HandlerParamOnly=*/true},
};
const llvm::StringRef GrpcPerRequestBases[] = {
    "grpc::ServerUnaryReactor", "grpc::ServerReadReactor",
    "grpc::ServerWriteReactor", "grpc::ServerBidiReactor",
    "grpc::internal::ServerReactor"};
const llvm::StringRef GrpcServerTypes[] = {
    "grpc::Server",        "grpc::ServerBuilder", "grpc::ClientContext",
    "grpc::Service",       "grpc::CompletionQueue", "grpc::ServerCompletionQueue",
    "grpc::Channel"};

// Boost.Beast: a message is request-scoped when a handler receives it by
// reference or a session object owns it; a copy is an independent value.
const ContextTypeRow BeastTypes[] = {
    {"boost::beast::http::message", O::Borrowed,
     "a copy of the message, or of the fields needed such as "
     "'std::string(%0%1target())'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true,
     "target = std::string(%0%1target())"},
    {"boost::beast::http::header", O::Borrowed,
     "a copy of the fields needed such as 'std::string(%0%1target())'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true},
    {"boost::beast::http::parser", O::Borrowed,
     "a copy of the parsed message"},
};
const llvm::StringRef BeastServerTypes[] = {"boost::asio::io_context"};

// cpp-httplib: Request and Response are owned by the server's worker for the
// duration of the handler call.
const ContextTypeRow HttplibTypes[] = {
    {"httplib::Request", O::Borrowed,
     "a copy of the fields needed such as '%0%1path'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true, "path = %0%1path"},
    {"httplib::Response", O::Borrowed,
     "the content to send, and set it on the response inside the handler",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true},
    {"httplib::DataSink", O::Borrowed,
     "the data to send, written from the content provider"},
};
const llvm::StringRef HttplibServerTypes[] = {"httplib::Server",
                                              "httplib::Client"};

// cpprestsdk: http_request is a value type over a shared implementation.
const ContextTypeRow CpprestTypes[] = {
    {"web::http::http_request", O::Handle,
     "a copied identifier such as '%0%1request_uri().to_string()'", false,
     false, "uri = %0%1request_uri().to_string()"},
};
const llvm::StringRef CpprestServerTypes[] = {
    "web::http::experimental::listener::http_listener"};

// civetweb: the connection and its request info belong to a worker thread.
const ContextTypeRow CivetwebTypes[] = {
    {"mg_connection", O::Borrowed,
     "a copy of the fields needed such as "
     "'std::string(mg_get_request_info(%0)->local_uri)'",
     false, false, "uri = std::string(mg_get_request_info(%0)->local_uri)"},
    {"mg_request_info", O::Borrowed,
     "a copy of the fields needed such as 'std::string(%0%1local_uri)'"},
};
const llvm::StringRef CivetwebServerTypes[] = {"mg_context", "CivetServer"};
const llvm::StringRef CivetwebWebsocketRegistrars[] = {
    "mg_set_websocket_handler", "mg_set_websocket_handler_with_subprotocols"};
const llvm::StringRef CivetwebWebsocketBases[] = {"CivetWebSocketHandler"};
const llvm::StringRef CivetwebDeriving[] = {
    "mg_get_header", "mg_get_cookie", "mg_get_builtin_mime_type",
    "CivetServer::getHeader", "CivetServer::getCookie"};

// Drogon: requests are passed as shared_ptr handles (HttpRequestPtr); the
// response callback holds the connection.
const ContextTypeRow DrogonTypes[] = {
    {"drogon::HttpRequest", O::Borrowed,
     "a 'std::weak_ptr' or a copied identifier such as '%0%1getPath()'",
     false, false, "path = %0%1getPath()"},
};
const llvm::StringRef DrogonCallbackArgs[] = {"drogon::HttpResponse"};
const llvm::StringRef DrogonServerTypes[] = {"drogon::HttpAppFramework"};

// Crow: request and response live on the connection for one request.
const ContextTypeRow CrowTypes[] = {
    {"crow::request", O::Borrowed,
     "a copy of the fields needed such as '%0%1url'",
     /*KeptUntilCompleted=*/false, /*ValueType=*/true, "url = %0%1url"},
    {"crow::response", O::Borrowed,
     "the content to send, and complete the response with 'end()'",
     /*KeptUntilCompleted=*/true, false, "", /*AliveUntilCompletion=*/true},
};
const llvm::StringRef CrowServerTypes[] = {"crow::Crow", "crow::SimpleApp"};

// Pistache: the request is borrowed; the response writer is a movable
// handle onto the connection.
const ContextTypeRow PistacheTypes[] = {
    {"Pistache::Http::Request", O::Borrowed,
     "a copy of the fields needed such as '%0%1resource()'", false, false,
     "resource = %0%1resource()"},
    {"Pistache::Http::ResponseWriter", O::Handle,
     "per-request work that answers and then drops the writer"},
};
const llvm::StringRef PistacheServerTypes[] = {"Pistache::Http::Endpoint"};

const llvm::StringRef GrpcCompletionCalls[] = {
    "grpc::ServerUnaryReactor::Finish", "grpc::ServerReadReactor::Finish",
    "grpc::ServerWriteReactor::Finish", "grpc::ServerBidiReactor::Finish",
    "grpc::ServerWriteReactor::StartWriteAndFinish",
    "grpc::ServerBidiReactor::StartWriteAndFinish"};
const llvm::StringRef CrowCompletionCalls[] = {"crow::response::end"};

const FrameworkProfile Profiles[] = {
    {"grpc", GrpcTypes, GrpcPerRequestBases, {}, {}, {}, {}, GrpcServerTypes,
     GrpcCompletionCalls},
    {"beast", BeastTypes, {}, {}, {}, {}, {}, BeastServerTypes, {}},
    {"httplib", HttplibTypes, {}, {}, {}, {}, {}, HttplibServerTypes, {}},
    {"cpprest", CpprestTypes, {}, {}, {}, {}, {}, CpprestServerTypes, {}},
    {"civetweb", CivetwebTypes, {}, {}, CivetwebWebsocketRegistrars,
     CivetwebWebsocketBases, CivetwebDeriving, CivetwebServerTypes, {}},
    {"drogon", DrogonTypes, {}, DrogonCallbackArgs, {}, {}, {}, DrogonServerTypes,
     {}},
    {"crow", CrowTypes, {}, {}, {}, {}, {}, CrowServerTypes, CrowCompletionCalls},
    {"pistache", PistacheTypes, {}, {}, {}, {}, {}, PistacheServerTypes, {}},
};

const llvm::StringRef ViewTypes[] = {
    "std::basic_string_view", "std::span",          "boost::basic_string_view",
    "boost::basic_string_ref", "boost::core::basic_string_view",
    "boost::span",            "grpc::string_ref",   "absl::string_view",
    "absl::Span",             "gsl::span",          "std::reference_wrapper",
    "boost::reference_wrapper"};

const llvm::StringRef TypeErasedWrappers[] = {
    "std::function", "std::move_only_function", "std::any", "boost::function",
    "boost::any"};

const llvm::StringRef StoreMethods[] = {
    "push_back",   "push_front",       "emplace",         "emplace_back",
    "emplace_front", "emplace_hint",   "insert",          "insert_or_assign",
    "try_emplace", "assign",           "push",            "store",
    "exchange",    "compare_exchange_strong", "compare_exchange_weak",
    "grow_by"};

using L = LaunchKind;
const LauncherRow Launchers[] = {
    // Threads: the callable is the first constructor argument.
    {"std::thread", L::Thread, 0, "a detached thread"},
    {"std::jthread", L::Thread, 0, "a detached thread"},
    {"boost::thread", L::Thread, 0, "a detached thread"},
    // Futures that wait in their destructor, and tasks that do not.
    {"std::async", L::FutureUnlessKept, -2, "an 'std::async' task"},
    {"pplx::create_task", L::TaskUnlessWaited, 0, "a task that is never waited for"},
    {"pplx::task::then", L::TaskUnlessWaited, 0,
     "a continuation that is never waited for"},
    // Asio (Boost and standalone): handlers run later on an executor.
    {"boost::asio::post", L::UnlessAwaited, -1, "a handler posted to an executor"},
    {"boost::asio::dispatch", L::UnlessAwaited, -1,
     "a handler dispatched to an executor"},
    {"boost::asio::defer", L::UnlessAwaited, -1,
     "a handler deferred to an executor"},
    {"asio::post", L::UnlessAwaited, -1, "a handler posted to an executor"},
    {"asio::dispatch", L::UnlessAwaited, -1, "a handler dispatched to an executor"},
    {"asio::defer", L::UnlessAwaited, -1, "a handler deferred to an executor"},
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
    {"boost::asio::co_spawn", L::UnlessAwaited, 1,
     "a coroutine spawned without waiting for it"},
    {"asio::co_spawn", L::UnlessAwaited, 1,
     "a coroutine spawned without waiting for it"},
    {"boost::asio::spawn", L::Always, -1, "a spawned stackful coroutine"},
    {"asio::spawn", L::Always, -1, "a spawned stackful coroutine"},
    // trantor (Drogon's event loop).
    {"trantor::EventLoop::runInLoop", L::Always, 0,
     "a function queued on an event loop"},
    {"trantor::EventLoop::queueInLoop", L::Always, 0,
     "a function queued on an event loop"},
    {"trantor::EventLoop::runAfter", L::Always, 1, "a timer callback"},
    {"trantor::EventLoop::runAt", L::Always, 1, "a timer callback"},
    {"trantor::EventLoop::runEvery", L::Always, 1, "a repeating timer callback"},
};

const llvm::StringRef AsyncOperationNamespaces[] = {"boost::asio", "boost::beast",
                                                    "asio"};

const llvm::StringRef HandlerWrappers[] = {
    "boost::asio::bind_executor", "asio::bind_executor",
    "boost::asio::bind_allocator", "asio::bind_allocator",
    "boost::asio::bind_cancellation_slot", "asio::bind_cancellation_slot"};

const llvm::StringRef BindFunctions[] = {
    "std::bind",      "std::bind_front",         "std::bind_back",
    "boost::bind",    "boost::beast::bind_front_handler",
    "boost::beast::bind_handler"};

// ctxlife-missing-cancellation: how deadlines reach downstream calls and
// how code notices that a request was cancelled. Rows with an empty
// framework always apply.
using R = CancelRole;
const CancellationRow Cancellation[] = {
    // gRPC: a client context made from the server context carries its
    // deadline and cancellation; the callback API has its own factory.
    {"grpc", R::ServerContext, "grpc::CallbackServerContext",
     "grpc::ClientContext::FromCallbackServerContext"},
    {"grpc", R::ServerContext, "grpc::ServerContextBase",
     "grpc::ClientContext::FromServerContext"},
    {"grpc", R::Deadline, "grpc::ServerContextBase", "deadline()"},
    {"grpc", R::ClientContext, "grpc::ClientContext"},
    {"grpc", R::PropagatingFactory, "grpc::ClientContext::FromServerContext"},
    {"grpc", R::PropagatingFactory,
     "grpc::ClientContext::FromCallbackServerContext"},
    {"grpc", R::DeadlineSetter, "grpc::ClientContext::set_deadline"},
    {"grpc", R::CancellationCheck, "grpc::ServerContextBase::IsCancelled"},
    // A stream read or write returns false once the call is cancelled or
    // the peer is gone; the completion queue once it is shut down.
    {"grpc", R::CancellationCheck, "grpc::internal::ReaderInterface::Read"},
    {"grpc", R::CancellationCheck, "grpc::internal::WriterInterface::Write"},
    {"grpc", R::CancellationCheck, "grpc::ClientWriterInterface::WritesDone"},
    {"grpc", R::CancellationCheck, "grpc::CompletionQueue::Next"},
    {"grpc", R::CancellationCheck, "grpc::CompletionQueue::AsyncNext"},
    {"grpc", R::Blocking, "grpc::CompletionQueue::Next"},
    {"grpc", R::Blocking, "grpc::CompletionQueue::AsyncNext"},
    // A downstream call's status says the request's deadline or
    // cancellation reached it.
    {"grpc", R::CancellationCheck, "grpc::StatusCode::CANCELLED"},
    {"grpc", R::CancellationCheck, "grpc::StatusCode::DEADLINE_EXCEEDED"},
    {"grpc", R::CancellationCallback, "grpc::internal::ServerReactor::OnCancel"},
    {"grpc", R::Hint, "grpc::ServerContextBase", "%0%1IsCancelled()"},
    // cpp-httplib: a content provider's sink reports a closed connection;
    // newer releases (0.12+) also have Request::is_connection_closed().
    {"httplib", R::CancellationCheck, "httplib::DataSink::write"},
    {"httplib", R::CancellationCheck, "httplib::DataSink::is_writable"},
    {"httplib", R::CancellationCheck, "httplib::Request::is_connection_closed"},
    {"httplib", R::Hint, "httplib::Request", "%0%1is_connection_closed()"},
    {"httplib", R::Hint, "httplib::DataSink", "!%0%1is_writable()"},
    // cpprestsdk: pplx cancellation tokens.
    {"cpprest", R::CancellationCheck, "pplx::cancellation_token::is_canceled"},
    {"cpprest", R::CancellationCheck, "pplx::is_task_cancellation_requested"},
    {"cpprest", R::CancellationToken, "pplx::cancellation_token"},
    // civetweb: writes and reads fail once the client is gone.
    {"civetweb", R::CancellationCheck, "mg_write"},
    {"civetweb", R::CancellationCheck, "mg_printf"},
    {"civetweb", R::CancellationCheck, "mg_read"},
    {"civetweb", R::CancellationCheck, "mg_send_chunk"},
    {"civetweb", R::CancellationCheck, "mg_websocket_write"},
    // Drogon and Crow: streams and connections that report a closed peer.
    {"drogon", R::CancellationCheck, "drogon::HttpRequest::connected"},
    {"drogon", R::Hint, "drogon::HttpRequest", "!%0%1connected()"},
    {"drogon", R::CancellationCheck, "drogon::ResponseStream::send"},
    {"drogon", R::CancellationCheck, "trantor::TcpConnection::connected"},
    {"drogon", R::CancellationCheck, "trantor::TcpConnection::disconnected"},
    {"crow", R::CancellationCheck, "crow::response::is_alive"},
    {"crow", R::Hint, "crow::response", "!%0%1is_alive()"},
    // The standard library: stop tokens, atomics, error codes, waits.
    {"", R::CancellationCheck, "std::stop_token::stop_requested"},
    {"", R::CancellationCheck, "std::stop_source::stop_requested"},
    {"", R::CancellationToken, "std::stop_token"},
    {"", R::CancellationToken, "std::stop_source"},
    {"", R::StopTokenThread, "std::jthread", "std::stop_token"},
    {"", R::Hint, "std::stop_token", "%0%1stop_requested()"},
    {"", R::Flag, "std::atomic"},
    {"", R::Flag, "std::atomic_flag"},
    {"", R::Flag, "std::atomic_ref"},
    {"", R::Flag, "boost::atomic"},
    {"", R::IoResult, "std::error_code"},
    {"", R::IoResult, "boost::system::error_code"},
    {"", R::Clock, "std::chrono::system_clock::now"},
    {"", R::Clock, "std::chrono::steady_clock::now"},
    {"", R::Clock, "std::chrono::high_resolution_clock::now"},
    {"", R::Clock, "time"},
    {"", R::Clock, "clock_gettime"},
    {"", R::Clock, "gettimeofday"},
    {"", R::Clock, "gpr_now"},
    {"", R::Clock, "absl::Now"},
    {"", R::Blocking, "std::this_thread::sleep_for"},
    {"", R::Blocking, "std::this_thread::sleep_until"},
    {"", R::Blocking, "std::this_thread::yield"},
    {"", R::Blocking, "boost::this_thread::sleep_for"},
    {"", R::Blocking, "boost::this_thread::sleep_until"},
    {"", R::Blocking, "boost::this_thread::sleep"},
    {"", R::Blocking, "sleep"},
    {"", R::Blocking, "usleep"},
    {"", R::Blocking, "nanosleep"},
    {"", R::Blocking, "poll"},
    {"", R::Blocking, "select"},
    {"", R::Blocking, "epoll_wait"},
    {"", R::Blocking, "accept"},
    {"", R::Blocking, "recv"},
    {"", R::Blocking, "read"},
    {"", R::Blocking, "std::condition_variable::wait"},
    {"", R::Blocking, "std::condition_variable::wait_for"},
    {"", R::Blocking, "std::condition_variable::wait_until"},
    {"", R::Blocking, "std::condition_variable_any::wait"},
    {"", R::Blocking, "std::condition_variable_any::wait_for"},
    {"", R::Blocking, "std::condition_variable_any::wait_until"},
    {"", R::Blocking, "std::future::wait"},
    {"", R::Blocking, "std::future::wait_for"},
    {"", R::Blocking, "std::future::wait_until"},
    {"", R::Blocking, "std::future::get"},
    {"", R::Blocking, "std::shared_future::wait"},
    {"", R::Blocking, "std::shared_future::wait_for"},
    {"", R::Blocking, "std::shared_future::wait_until"},
    {"", R::Blocking, "std::shared_future::get"},
    {"", R::Blocking, "std::counting_semaphore::acquire"},
    {"", R::Blocking, "std::latch::wait"},
    {"", R::Blocking, "std::barrier::arrive_and_wait"},
    {"", R::Blocking, "pplx::task::wait"},
    {"", R::Blocking, "pplx::task::get"},
    // POSIX sockets: a failed send or receive means the peer is gone.
    {"", R::CancellationCheck, "send"},
    {"", R::CancellationCheck, "recv"},
    {"", R::CancellationCheck, "write"},
    {"", R::CancellationCheck, "read"},
    // Asio (Boost and standalone) and Beast: a socket's state, cancellation
    // state (Boost 1.77+), awaited operations and I/O that throws on a
    // closed connection or a cancelled operation.
    {"", R::CancellationCheck, "boost::asio::cancellation_state::cancelled"},
    {"", R::CancellationCheck, "asio::cancellation_state::cancelled"},
    {"", R::CancellationCheck, "boost::asio::basic_socket::is_open"},
    {"", R::CancellationCheck, "asio::basic_socket::is_open"},
    {"", R::CancellationCheck, "boost::beast::websocket::stream::is_open"},
    {"", R::CancellationToken, "boost::asio::cancellation_slot"},
    {"", R::CancellationToken, "boost::asio::cancellation_state"},
    {"", R::CancellationToken, "asio::cancellation_slot"},
    {"", R::CancellationToken, "asio::cancellation_state"},
    {"", R::CancellationCheck,
     "boost::asio::error::basic_errors::operation_aborted"},
    {"", R::CancellationCheck, "asio::error::basic_errors::operation_aborted"},
    {"", R::CancellationCheck, "std::errc::operation_canceled"},
    {"", R::CancellingAwaitable, "boost::asio::awaitable"},
    {"", R::CancellingAwaitable, "asio::awaitable"},
    {"", R::ThrowingIo, "boost::asio::read"},
    {"", R::ThrowingIo, "boost::asio::read_at"},
    {"", R::ThrowingIo, "boost::asio::read_until"},
    {"", R::ThrowingIo, "boost::asio::write"},
    {"", R::ThrowingIo, "boost::asio::write_at"},
    {"", R::ThrowingIo, "boost::asio::connect"},
    {"", R::ThrowingIo, "boost::asio::basic_stream_socket::read_some"},
    {"", R::ThrowingIo, "boost::asio::basic_stream_socket::write_some"},
    {"", R::ThrowingIo, "boost::asio::basic_stream_socket::receive"},
    {"", R::ThrowingIo, "boost::asio::basic_stream_socket::send"},
    {"", R::ThrowingIo, "boost::asio::basic_datagram_socket::receive_from"},
    {"", R::ThrowingIo, "boost::asio::basic_datagram_socket::send_to"},
    {"", R::ThrowingIo, "boost::asio::basic_socket::connect"},
    {"", R::ThrowingIo, "boost::asio::basic_socket::wait"},
    {"", R::ThrowingIo, "boost::asio::basic_socket_acceptor::accept"},
    {"", R::ThrowingIo, "boost::asio::basic_waitable_timer::wait"},
    {"", R::ThrowingIo, "boost::asio::ssl::stream::read_some"},
    {"", R::ThrowingIo, "boost::asio::ssl::stream::write_some"},
    {"", R::ThrowingIo, "boost::asio::ssl::stream::handshake"},
    {"", R::ThrowingIo, "boost::beast::http::read"},
    {"", R::ThrowingIo, "boost::beast::http::read_some"},
    {"", R::ThrowingIo, "boost::beast::http::read_header"},
    {"", R::ThrowingIo, "boost::beast::http::write"},
    {"", R::ThrowingIo, "boost::beast::http::write_some"},
    {"", R::ThrowingIo, "boost::beast::http::write_header"},
    {"", R::ThrowingIo, "boost::beast::basic_stream::read_some"},
    {"", R::ThrowingIo, "boost::beast::basic_stream::write_some"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::read"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::read_some"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::write"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::write_some"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::accept"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::handshake"},
    {"", R::ThrowingIo, "boost::beast::websocket::stream::ping"},
    {"", R::ThrowingIo, "asio::read"},
    {"", R::ThrowingIo, "asio::read_until"},
    {"", R::ThrowingIo, "asio::write"},
    {"", R::ThrowingIo, "asio::basic_stream_socket::read_some"},
    {"", R::ThrowingIo, "asio::basic_stream_socket::write_some"},
    {"", R::ThrowingIo, "asio::basic_stream_socket::receive"},
    {"", R::ThrowingIo, "asio::basic_stream_socket::send"},
    {"", R::ThrowingIo, "asio::basic_socket_acceptor::accept"},
    {"", R::ThrowingIo, "asio::basic_waitable_timer::wait"},
    {"", R::Blocking, "boost::asio::io_context::run"},
    {"", R::Blocking, "boost::asio::io_context::run_one"},
    {"", R::Blocking, "boost::asio::io_context::run_for"},
    {"", R::Blocking, "boost::asio::io_context::run_until"},
    {"", R::Blocking, "asio::io_context::run"},
    {"", R::Blocking, "asio::io_context::run_one"},
};

} // namespace

llvm::ArrayRef<FrameworkProfile> allFrameworks() { return Profiles; }
llvm::ArrayRef<llvm::StringRef> viewTypeNames() { return ViewTypes; }
llvm::ArrayRef<llvm::StringRef> typeErasedWrapperNames() {
  return TypeErasedWrappers;
}
llvm::ArrayRef<LauncherRow> launcherRows() { return Launchers; }
llvm::StringRef defaultDetachingCalls() {
  return "BS::thread_pool::detach_task;BS::thread_pool::detach_loop;"
         "BS::thread_pool::detach_blocks;BS::thread_pool::detach_sequence;"
         "BS::thread_pool::push_task;folly::Executor::add;"
         "tbb::task_arena::enqueue";
}
llvm::ArrayRef<llvm::StringRef> asyncOperationNamespaces() {
  return AsyncOperationNamespaces;
}
llvm::ArrayRef<llvm::StringRef> handlerWrapperNames() { return HandlerWrappers; }
llvm::ArrayRef<llvm::StringRef> bindFunctionNames() { return BindFunctions; }
llvm::ArrayRef<llvm::StringRef> builtinStoreMethodNames() {
  return StoreMethods;
}
llvm::ArrayRef<CancellationRow> cancellationRows() { return Cancellation; }

} // namespace ctxlife
