// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Boost.Beast / Boost.Asio: completion handlers, posted handlers, timers,
// strands, coroutines spawned detached, and sessions owned through
// std::shared_ptr.
#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>

#include <chrono>
#include <exception>
#include <functional>
#include <memory>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Request = http::request<http::string_body>;

void log_line(const std::string &s);

class session : public std::enable_shared_from_this<session> {
  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  Request req_;
  http::response<http::string_body> res_;
  net::steady_timer timer_;

public:
  explicit session(tcp::socket &&s)
      : stream_(std::move(s)), timer_(stream_.get_executor()) {}

  void do_read() {
    http::async_read(stream_, buffer_, req_,
                     [this](beast::error_code ec, std::size_t) { on_read(ec, 0); });
                     // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
                     // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'boost::beast::http::async_read' calls it when the operation completes, after this function returns
    http::async_read(stream_, buffer_, req_,
                     beast::bind_front_handler(&session::on_read, this));
                     // CHECK-MESSAGES: :[[@LINE-1]]:67: warning: 'this' of 'session' (owned through 'std::shared_ptr') is bound into the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
                     // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'boost::beast::http::async_read' calls it when the operation completes, after this function returns
    http::async_read(stream_, buffer_, req_,
                     std::bind(&session::on_read, this, std::placeholders::_1,
                     // CHECK-MESSAGES: :[[@LINE-1]]:51: warning: 'this' of 'session' (owned through 'std::shared_ptr') is bound into the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
                     // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'boost::beast::http::async_read' calls it when the operation completes, after this function returns
                               std::placeholders::_2));
    timer_.async_wait([this](beast::error_code) { stream_.close(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_wait', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
    net::post(stream_.get_executor(), [&] { log_line(std::string(req_.target())); });
    // CHECK-MESSAGES: :[[@LINE-1]]:66: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
  }

  // Correct: the handler owns the session.
  void do_read_ok() {
    http::async_read(stream_, buffer_, req_,
                     beast::bind_front_handler(&session::on_read, shared_from_this()));
    http::async_read(stream_, buffer_, req_,
                     [this, self = shared_from_this()](beast::error_code ec,
                                                       std::size_t n) { on_read(ec, n); });
    auto self = shared_from_this();
    http::async_read(stream_, buffer_, req_,
                     [self](beast::error_code ec, std::size_t n) { self->on_read(ec, n); });
    timer_.async_wait([self, this](beast::error_code) { stream_.close(); });
    std::weak_ptr<session> weak = weak_from_this();
    timer_.async_wait([weak](beast::error_code) {
      if (auto s = weak.lock())
        s->stream_.close();
    });
    net::post(stream_.get_executor(),
              std::bind(&session::do_close, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t n) {}
  void do_close() {}
};

// A websocket session is owned through shared_ptr too.
class ws_session : public std::enable_shared_from_this<ws_session> {
  websocket::stream<beast::tcp_stream> ws_;
  beast::flat_buffer buffer_;

public:
  explicit ws_session(tcp::socket &&s) : ws_(std::move(s)) {}
  void do_read() {
    ws_.async_read(buffer_, [this](beast::error_code, std::size_t) { do_read(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'this' of 'ws_session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'boost::beast::websocket::stream::async_read' calls it when the operation completes, after this function returns
    ws_.async_read(buffer_, [self = shared_from_this()](beast::error_code, std::size_t) {
      self->do_read();
    });
  }
};

// A server object that lives for the whole program may capture `this`.
class listener {
  net::io_context &ioc_;
  tcp::acceptor acceptor_;

public:
  explicit listener(net::io_context &ioc) : ioc_(ioc), acceptor_(ioc) {}
  void do_accept() {
    acceptor_.async_accept([this](beast::error_code ec, tcp::socket socket) {
      std::make_shared<session>(std::move(socket))->do_read_ok();
      do_accept();
    });
  }
};

// Handlers that receive the request by reference.
net::awaitable<void> audit(const Request &req);
net::awaitable<void> audit_copy(Request req);
net::awaitable<void> audit_target(std::string target);

void handle_request(net::io_context &ioc, Request &req, net::strand<net::io_context::executor_type> &strand) {
  net::post(ioc, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context 'req' of type 'Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:20: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::post(strand, [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-9]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::dispatch(ioc.get_executor(), [&req] { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: request context 'req' of type 'Request &' is captured by reference by a handler dispatched to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::dispatch' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-14]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:39: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::post(ioc, net::bind_executor(strand, [&req] { log_line(std::string(req.target())); }));
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: request context 'req' of type 'Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-19]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:47: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::co_spawn(ioc, audit(req), net::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'req' of type 'const Request &' is passed to parameter 'req' of a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-24]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: pass a copy of the message, or of the fields needed such as 'std::string(req.target())' instead
  net::co_spawn(
      ioc, [&req]() -> net::awaitable<void> { co_return; }, net::detached);
      // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'req' of type 'Request &' is captured by reference by a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
      // CHECK-MESSAGES: :[[@LINE-30]]:52: note: request context 'req' is declared here
      // CHECK-MESSAGES: :[[@LINE-4]]:14: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::co_spawn(ioc, audit_copy(req), [&req](std::exception_ptr) { log_line("done"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: request context 'req' of type 'Request &' is captured by reference by the completion handler of 'boost::asio::co_spawn', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::co_spawn' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-35]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  net::spawn(ioc, [&req](net::yield_context yield) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'req' of type 'Request &' is captured by reference by a spawned stackful coroutine, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::spawn' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-40]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
  auto deadline = std::make_shared<net::steady_timer>(ioc);
  deadline->async_wait([&req](beast::error_code) { log_line(std::string(req.target())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-46]]:52: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'

  // Correct: copies, and work nobody runs later.
  net::post(ioc, [target = std::string(req.target())] { log_line(target); });
  net::post(ioc, [req] { log_line(std::string(req.target())); });
  net::co_spawn(ioc, audit_copy(req), net::detached);
  net::co_spawn(ioc, audit_target(std::string(req.target())), net::detached);
}

net::awaitable<void> handle_awaited(Request &req) {
  auto ex = co_await net::this_coro::executor;
  // Awaited: the request outlives the work.
  co_await net::co_spawn(ex, audit(req), net::use_awaitable);
  co_await net::post(ex, net::use_awaitable);
  net::steady_timer t(ex);
  co_await t.async_wait(net::use_awaitable);
}

void stackful(net::io_context &ioc, Request &req, net::yield_context yield) {
  // The yield token suspends this coroutine until the operation completes.
  net::steady_timer t(ioc);
  t.async_wait(yield);
}
