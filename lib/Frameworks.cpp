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
    {"beast", BeastTypes, {}, {}, {}, {}, {}, BeastServerTypes},
    {"httplib", HttplibTypes, {}, {}, {}, {}, {}, HttplibServerTypes},
    {"cpprest", CpprestTypes, {}, {}, {}, {}, {}, CpprestServerTypes},
    {"civetweb", CivetwebTypes, {}, {}, CivetwebWebsocketRegistrars,
     CivetwebWebsocketBases, CivetwebDeriving, CivetwebServerTypes},
    {"drogon", DrogonTypes, {}, DrogonCallbackArgs, {}, {}, {}, DrogonServerTypes},
    {"crow", CrowTypes, {}, {}, {}, {}, {}, CrowServerTypes, CrowCompletionCalls},
    {"pistache", PistacheTypes, {}, {}, {}, {}, {}, PistacheServerTypes},
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

} // namespace ctxlife
