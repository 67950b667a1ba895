// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Every launcher x every framework profile: a capture that does not own the
// request context is reported; a copy (or a handle by copy) is not.
#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/beast/http.hpp>
#include <civetweb.h>
#include <cpprest/http_msg.h>
#include <crow.h>
#include <drogon/drogon.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <pistache/http.h>
#include <pplx/pplxtasks.h>

#include <future>
#include <string>
#include <thread>
#include <vector>

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace BS {
class thread_pool {
public:
  template <typename F> void detach_task(F &&task) {}
};
} // namespace BS

void log_line(const std::string &s);
net::io_context g_ioc;
net::steady_timer g_timer(g_ioc);
trantor::EventLoop *g_loop;
BS::thread_pool g_pool;
std::vector<std::future<void>> g_futures;
// grpc
grpc::Status grpc_thread(grpc::ServerContext *ctx) {
  std::thread([ctx] { log_line(ctx->peer()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:47: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  std::thread([peer = ctx->peer()] { log_line(peer); }).detach();
  return grpc::Status::OK;
}
grpc::Status grpc_jthread(grpc::ServerContext *ctx) {
  std::jthread([ctx] { log_line(ctx->peer()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  std::jthread([peer = ctx->peer()] { log_line(peer); }).detach();
  return grpc::Status::OK;
}
grpc::Status grpc_async(grpc::ServerContext *ctx) {
  g_futures.push_back(std::async(std::launch::async, [ctx] { log_line(ctx->peer()); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:55: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  g_futures.push_back(std::async(std::launch::async, [peer = ctx->peer()] { log_line(peer); }));
  return grpc::Status::OK;
}
grpc::Status grpc_pplx(grpc::ServerContext *ctx) {
  pplx::create_task([ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:45: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  pplx::create_task([peer = ctx->peer()] { log_line(peer); });
  return grpc::Status::OK;
}
grpc::Status grpc_post(grpc::ServerContext *ctx) {
  net::post(g_ioc, [ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:45: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  net::post(g_ioc, [peer = ctx->peer()] { log_line(peer); });
  return grpc::Status::OK;
}
grpc::Status grpc_timer(grpc::ServerContext *ctx) {
  g_timer.async_wait([ctx](boost::system::error_code) { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  g_timer.async_wait([peer = ctx->peer()](boost::system::error_code) { log_line(peer); });
  return grpc::Status::OK;
}
grpc::Status grpc_cospawn(grpc::ServerContext *ctx) {
  net::co_spawn(g_ioc, [ctx]() -> net::awaitable<void> { log_line(ctx->peer()); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  net::co_spawn(g_ioc, [peer = ctx->peer()]() -> net::awaitable<void> { log_line(peer); co_return; }, net::detached);
  return grpc::Status::OK;
}
grpc::Status grpc_spawn(grpc::ServerContext *ctx) {
  net::spawn(g_ioc, [ctx](net::yield_context) { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  net::spawn(g_ioc, [peer = ctx->peer()](net::yield_context) { log_line(peer); });
  return grpc::Status::OK;
}
grpc::Status grpc_trantor(grpc::ServerContext *ctx) {
  g_loop->queueInLoop([ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  g_loop->queueInLoop([peer = ctx->peer()] { log_line(peer); });
  return grpc::Status::OK;
}
grpc::Status grpc_pool(grpc::ServerContext *ctx) {
  g_pool.detach_task([ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:45: note: request context 'ctx' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  g_pool.detach_task([peer = ctx->peer()] { log_line(peer); });
  return grpc::Status::OK;
}

// httplib
void httplib_thread(const httplib::Request &req, httplib::Response &res) {
  std::thread([&req] { log_line(req.path); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:45: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  std::thread([path = req.path] { log_line(path); }).detach();
}
void httplib_jthread(const httplib::Request &req, httplib::Response &res) {
  std::jthread([&req] { log_line(req.path); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  std::jthread([path = req.path] { log_line(path); }).detach();
}
void httplib_async(const httplib::Request &req, httplib::Response &res) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(req.path); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:56: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_futures.push_back(std::async(std::launch::async, [path = req.path] { log_line(path); }));
}
void httplib_pplx(const httplib::Request &req, httplib::Response &res) {
  pplx::create_task([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  pplx::create_task([path = req.path] { log_line(path); });
}
void httplib_post(const httplib::Request &req, httplib::Response &res) {
  net::post(g_ioc, [&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  net::post(g_ioc, [path = req.path] { log_line(path); });
}
void httplib_timer(const httplib::Request &req, httplib::Response &res) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_timer.async_wait([path = req.path](boost::system::error_code) { log_line(path); });
}
void httplib_cospawn(const httplib::Request &req, httplib::Response &res) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(req.path); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  net::co_spawn(g_ioc, [path = req.path]() -> net::awaitable<void> { log_line(path); co_return; }, net::detached);
}
void httplib_spawn(const httplib::Request &req, httplib::Response &res) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  net::spawn(g_ioc, [path = req.path](net::yield_context) { log_line(path); });
}
void httplib_trantor(const httplib::Request &req, httplib::Response &res) {
  g_loop->queueInLoop([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_loop->queueInLoop([path = req.path] { log_line(path); });
}
void httplib_pool(const httplib::Request &req, httplib::Response &res) {
  g_pool.detach_task([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_pool.detach_task([path = req.path] { log_line(path); });
}

// beast
void beast_thread(http::request<http::string_body> &req) {
  std::thread([&req] { log_line(std::string(req.target())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:64: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:53: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  std::thread([target = std::string(req.target())] { log_line(target); }).detach();
}
void beast_jthread(http::request<http::string_body> &req) {
  std::jthread([&req] { log_line(std::string(req.target())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:65: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  std::jthread([target = std::string(req.target())] { log_line(target); }).detach();
}
void beast_async(http::request<http::string_body> &req) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(std::string(req.target())); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:56: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  g_futures.push_back(std::async(std::launch::async, [target = std::string(req.target())] { log_line(target); }));
}
void beast_pplx(http::request<http::string_body> &req) {
  pplx::create_task([&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  pplx::create_task([target = std::string(req.target())] { log_line(target); });
}
void beast_post(http::request<http::string_body> &req) {
  net::post(g_ioc, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::post(g_ioc, [target = std::string(req.target())] { log_line(target); });
}
void beast_timer(http::request<http::string_body> &req) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  g_timer.async_wait([target = std::string(req.target())](boost::system::error_code) { log_line(target); });
}
void beast_cospawn(http::request<http::string_body> &req) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(std::string(req.target())); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::co_spawn(g_ioc, [target = std::string(req.target())]() -> net::awaitable<void> { log_line(target); co_return; }, net::detached);
}
void beast_spawn(http::request<http::string_body> &req) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::spawn(g_ioc, [target = std::string(req.target())](net::yield_context) { log_line(target); });
}
void beast_trantor(http::request<http::string_body> &req) {
  g_loop->queueInLoop([&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  g_loop->queueInLoop([target = std::string(req.target())] { log_line(target); });
}
void beast_pool(http::request<http::string_body> &req) {
  g_pool.detach_task([&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  g_pool.detach_task([target = std::string(req.target())] { log_line(target); });
}

// cpprest
void cpprest_thread(web::http::http_request req) {
  std::thread([&req] { log_line(req.request_uri().to_string()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:68: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:45: note: request handle 'req' is declared here
  std::thread([req] { log_line(req.request_uri().to_string()); }).detach();
}
void cpprest_jthread(web::http::http_request req) {
  std::jthread([&req] { log_line(req.request_uri().to_string()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:69: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request handle 'req' is declared here
  std::jthread([req] { log_line(req.request_uri().to_string()); }).detach();
}
void cpprest_async(web::http::http_request req) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(req.request_uri().to_string()); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request handle 'req' is declared here
  g_futures.push_back(std::async(std::launch::async, [req] { log_line(req.request_uri().to_string()); }));
}
void cpprest_pplx(web::http::http_request req) {
  pplx::create_task([&req] { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request handle 'req' is declared here
  pplx::create_task([req] { log_line(req.request_uri().to_string()); });
}
void cpprest_post(web::http::http_request req) {
  net::post(g_ioc, [&req] { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request handle 'req' is declared here
  net::post(g_ioc, [req] { log_line(req.request_uri().to_string()); });
}
void cpprest_timer(web::http::http_request req) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request handle 'req' is declared here
  g_timer.async_wait([req](boost::system::error_code) { log_line(req.request_uri().to_string()); });
}
void cpprest_cospawn(web::http::http_request req) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(req.request_uri().to_string()); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request handle 'req' is declared here
  net::co_spawn(g_ioc, [req]() -> net::awaitable<void> { log_line(req.request_uri().to_string()); co_return; }, net::detached);
}
void cpprest_spawn(web::http::http_request req) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request handle 'req' is declared here
  net::spawn(g_ioc, [req](net::yield_context) { log_line(req.request_uri().to_string()); });
}
void cpprest_trantor(web::http::http_request req) {
  g_loop->queueInLoop([&req] { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request handle 'req' is declared here
  g_loop->queueInLoop([req] { log_line(req.request_uri().to_string()); });
}
void cpprest_pool(web::http::http_request req) {
  g_pool.detach_task([&req] { log_line(req.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'req' of type 'web::http::http_request' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request handle 'req' is declared here
  g_pool.detach_task([req] { log_line(req.request_uri().to_string()); });
}

// civetweb
int civetweb_thread(struct mg_connection *conn, void *) {
  std::thread([conn] { mg_printf(conn, "x"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'conn' of type 'mg_connection *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:43: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  std::thread([uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); }).detach();
  return 200;
}
int civetweb_jthread(struct mg_connection *conn, void *) {
  std::jthread([conn] { mg_printf(conn, "x"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'conn' of type 'mg_connection *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:50: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  std::jthread([uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); }).detach();
  return 200;
}
int civetweb_async(struct mg_connection *conn, void *) {
  g_futures.push_back(std::async(std::launch::async, [conn] { mg_printf(conn, "x"); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:55: warning: request context 'conn' of type 'mg_connection *' is captured by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:42: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:55: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  g_futures.push_back(std::async(std::launch::async, [uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); }));
  return 200;
}
int civetweb_pplx(struct mg_connection *conn, void *) {
  pplx::create_task([conn] { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'conn' of type 'mg_connection *' is captured by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  pplx::create_task([uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); });
  return 200;
}
int civetweb_post(struct mg_connection *conn, void *) {
  net::post(g_ioc, [conn] { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'conn' of type 'mg_connection *' is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  net::post(g_ioc, [uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); });
  return 200;
}
int civetweb_timer(struct mg_connection *conn, void *) {
  g_timer.async_wait([conn](boost::system::error_code) { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'conn' of type 'mg_connection *' is captured by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:42: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  g_timer.async_wait([uri = std::string(mg_get_request_info(conn)->local_uri)](boost::system::error_code) { log_line(uri); });
  return 200;
}
int civetweb_cospawn(struct mg_connection *conn, void *) {
  net::co_spawn(g_ioc, [conn]() -> net::awaitable<void> { mg_printf(conn, "x"); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'conn' of type 'mg_connection *' is captured by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  net::co_spawn(g_ioc, [uri = std::string(mg_get_request_info(conn)->local_uri)]() -> net::awaitable<void> { log_line(uri); co_return; }, net::detached);
  return 200;
}
int civetweb_spawn(struct mg_connection *conn, void *) {
  net::spawn(g_ioc, [conn](net::yield_context) { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'conn' of type 'mg_connection *' is captured by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:42: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  net::spawn(g_ioc, [uri = std::string(mg_get_request_info(conn)->local_uri)](net::yield_context) { log_line(uri); });
  return 200;
}
int civetweb_trantor(struct mg_connection *conn, void *) {
  g_loop->queueInLoop([conn] { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'conn' of type 'mg_connection *' is captured by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:44: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  g_loop->queueInLoop([uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); });
  return 200;
}
int civetweb_pool(struct mg_connection *conn, void *) {
  g_pool.detach_task([conn] { mg_printf(conn, "x"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'conn' of type 'mg_connection *' is captured by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  g_pool.detach_task([uri = std::string(mg_get_request_info(conn)->local_uri)] { log_line(uri); });
  return 200;
}

// drogon
void drogon_thread(const drogon::HttpRequestPtr &req) {
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:66: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:50: note: request handle 'req' is declared here
  std::thread([req] { log_line(std::string(req->getPath())); }).detach();
}
void drogon_jthread(const drogon::HttpRequestPtr &req) {
  std::jthread([&req] { log_line(std::string(req->getPath())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:67: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request handle 'req' is declared here
  std::jthread([req] { log_line(std::string(req->getPath())); }).detach();
}
void drogon_async(const drogon::HttpRequestPtr &req) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(std::string(req->getPath())); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:49: note: request handle 'req' is declared here
  g_futures.push_back(std::async(std::launch::async, [req] { log_line(std::string(req->getPath())); }));
}
void drogon_pplx(const drogon::HttpRequestPtr &req) {
  pplx::create_task([&req] { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request handle 'req' is declared here
  pplx::create_task([req] { log_line(std::string(req->getPath())); });
}
void drogon_post(const drogon::HttpRequestPtr &req) {
  net::post(g_ioc, [&req] { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request handle 'req' is declared here
  net::post(g_ioc, [req] { log_line(std::string(req->getPath())); });
}
void drogon_timer(const drogon::HttpRequestPtr &req) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:49: note: request handle 'req' is declared here
  g_timer.async_wait([req](boost::system::error_code) { log_line(std::string(req->getPath())); });
}
void drogon_cospawn(const drogon::HttpRequestPtr &req) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(std::string(req->getPath())); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request handle 'req' is declared here
  net::co_spawn(g_ioc, [req]() -> net::awaitable<void> { log_line(std::string(req->getPath())); co_return; }, net::detached);
}
void drogon_spawn(const drogon::HttpRequestPtr &req) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:49: note: request handle 'req' is declared here
  net::spawn(g_ioc, [req](net::yield_context) { log_line(std::string(req->getPath())); });
}
void drogon_trantor(const drogon::HttpRequestPtr &req) {
  g_loop->queueInLoop([&req] { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request handle 'req' is declared here
  g_loop->queueInLoop([req] { log_line(std::string(req->getPath())); });
}
void drogon_pool(const drogon::HttpRequestPtr &req) {
  g_pool.detach_task([&req] { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:48: note: request handle 'req' is declared here
  g_pool.detach_task([req] { log_line(std::string(req->getPath())); });
}

// crow
void crow_thread(const crow::request &req, crow::response &res) {
  std::thread([&req] { log_line(req.url); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'const crow::request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:46: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:39: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  std::thread([url = req.url] { log_line(url); }).detach();
}
void crow_jthread(const crow::request &req, crow::response &res) {
  std::jthread([&req] { log_line(req.url); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const crow::request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:40: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  std::jthread([url = req.url] { log_line(url); }).detach();
}
void crow_async(const crow::request &req, crow::response &res) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(req.url); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request context 'req' of type 'const crow::request &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:56: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  g_futures.push_back(std::async(std::launch::async, [url = req.url] { log_line(url); }));
}
void crow_pplx(const crow::request &req, crow::response &res) {
  pplx::create_task([&req] { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const crow::request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  pplx::create_task([url = req.url] { log_line(url); });
}
void crow_post(const crow::request &req, crow::response &res) {
  net::post(g_ioc, [&req] { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'const crow::request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  net::post(g_ioc, [url = req.url] { log_line(url); });
}
void crow_timer(const crow::request &req, crow::response &res) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const crow::request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  g_timer.async_wait([url = req.url](boost::system::error_code) { log_line(url); });
}
void crow_cospawn(const crow::request &req, crow::response &res) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(req.url); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'const crow::request &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:40: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  net::co_spawn(g_ioc, [url = req.url]() -> net::awaitable<void> { log_line(url); co_return; }, net::detached);
}
void crow_spawn(const crow::request &req, crow::response &res) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const crow::request &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  net::spawn(g_ioc, [url = req.url](net::yield_context) { log_line(url); });
}
void crow_trantor(const crow::request &req, crow::response &res) {
  g_loop->queueInLoop([&req] { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'req' of type 'const crow::request &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:40: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  g_loop->queueInLoop([url = req.url] { log_line(url); });
}
void crow_pool(const crow::request &req, crow::response &res) {
  g_pool.detach_task([&req] { log_line(req.url); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const crow::request &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[url = req.url]'
  g_pool.detach_task([url = req.url] { log_line(url); });
}

// pistache
void pistache_thread(const Pistache::Http::Request &req) {
  std::thread([&req] { log_line(req.resource()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:53: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:53: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  std::thread([resource = req.resource()] { log_line(resource); }).detach();
}
void pistache_jthread(const Pistache::Http::Request &req) {
  std::jthread([&req] { log_line(req.resource()); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:54: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  std::jthread([resource = req.resource()] { log_line(resource); }).detach();
}
void pistache_async(const Pistache::Http::Request &req) {
  g_futures.push_back(std::async(std::launch::async, [&req] { log_line(req.resource()); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:56: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: the future is kept in global 'g_futures' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:56: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  g_futures.push_back(std::async(std::launch::async, [resource = req.resource()] { log_line(resource); }));
}
void pistache_pplx(const Pistache::Http::Request &req) {
  pplx::create_task([&req] { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  pplx::create_task([resource = req.resource()] { log_line(resource); });
}
void pistache_post(const Pistache::Http::Request &req) {
  net::post(g_ioc, [&req] { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  net::post(g_ioc, [resource = req.resource()] { log_line(resource); });
}
void pistache_timer(const Pistache::Http::Request &req) {
  g_timer.async_wait([&req](boost::system::error_code) { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  g_timer.async_wait([resource = req.resource()](boost::system::error_code) { log_line(resource); });
}
void pistache_cospawn(const Pistache::Http::Request &req) {
  net::co_spawn(g_ioc, [&req]() -> net::awaitable<void> { log_line(req.resource()); co_return; }, net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  net::co_spawn(g_ioc, [resource = req.resource()]() -> net::awaitable<void> { log_line(resource); co_return; }, net::detached);
}
void pistache_spawn(const Pistache::Http::Request &req) {
  net::spawn(g_ioc, [&req](net::yield_context) { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  net::spawn(g_ioc, [resource = req.resource()](net::yield_context) { log_line(resource); });
}
void pistache_trantor(const Pistache::Http::Request &req) {
  g_loop->queueInLoop([&req] { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:11: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:54: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  g_loop->queueInLoop([resource = req.resource()] { log_line(resource); });
}
void pistache_pool(const Pistache::Http::Request &req) {
  g_pool.detach_task([&req] { log_line(req.resource()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const Pistache::Http::Request &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[resource = req.resource()]'
  g_pool.detach_task([resource = req.resource()] { log_line(resource); });
}

