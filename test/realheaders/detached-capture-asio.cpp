// ctxlife-detached-capture against the real Boost 1.74 Asio/Beast headers:
// every Asio launcher, with the waiting idioms as negative cases.
// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %asio_coro_flags
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/defer.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/use_future.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <future>
#include <memory>
#include <string>
#include <thread>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using Request = http::request<http::string_body>;

void log_line(const std::string &s);
net::awaitable<void> audit(const Request &req);
net::awaitable<void> audit_copy(Request req);

void handle(net::io_context &ioc, net::thread_pool &pool, Request &req) {
  auto strand = net::make_strand(ioc);
  net::post(ioc, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context 'req' of type 'Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-5]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::dispatch(strand, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: request context 'req' of type 'Request &' is captured by reference by a handler dispatched to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::dispatch' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-10]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::defer(pool, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'Request &' is captured by reference by a handler deferred to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::defer' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-15]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::post(pool.get_executor(),
            net::bind_executor(strand, [&req] { log_line(std::string(req.target())); }));
            // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: request context 'req' of type 'Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
            // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'boost::asio::post' runs it later, after this function returns
            // CHECK-MESSAGES: :[[@LINE-21]]:68: note: request context 'req' is declared here
            // CHECK-MESSAGES: :[[@LINE-4]]:42: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::co_spawn(ioc, audit(req), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'req' of type 'const Request &' is passed to parameter 'req' of a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-26]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: pass a copy of the message, or of the fields needed such as 'std::string(req.target())' instead
  net::spawn(ioc, [&req](net::yield_context) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'req' of type 'Request &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-31]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  auto timer = std::make_shared<net::steady_timer>(ioc, std::chrono::seconds(1));
  timer->async_wait([&req, timer](beast::error_code) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-37]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  std::thread([&req] { log_line(std::string(req.target())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:64: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-42]]:68: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'

  // Quiet: copies, and work the handler waits for.
  net::post(ioc, [target = std::string(req.target())] { log_line(target); });
  net::co_spawn(ioc, audit_copy(req), net::detached);
  auto done = net::post(ioc, net::use_future);
  done.get();
  std::jthread j([&req] { log_line(std::string(req.target())); });
  auto f = std::async(std::launch::async, [&req] { log_line(std::string(req.target())); });
}

net::awaitable<void> awaited(Request &req) {
  auto ex = co_await net::this_coro::executor;
  co_await net::co_spawn(ex, audit(req), net::use_awaitable);
  net::steady_timer t(ex, std::chrono::seconds(1));
  co_await t.async_wait(net::use_awaitable);
}

void stackful(net::io_context &ioc, Request &req, net::yield_context yield) {
  net::steady_timer t(ioc, std::chrono::seconds(1));
  t.async_wait(yield);
  log_line(std::string(req.target()));
}
