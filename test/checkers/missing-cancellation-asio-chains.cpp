// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Issue 14, "retries and asynchronous loops": Asio coroutine loops and
// timer-callback chains that re-arm themselves without looking at
// cancellation. `redirect_error` turns a cancelled operation into an error
// code instead of an exception: a loop that never checks it never ends. A
// completion handler that re-arms its timer without checking its error code
// keeps going after `cancel()`. A refresh loop spawned detached on a timer
// nobody else can reach cannot be stopped. Loops and chains that check the
// error code, or await operations someone cancels, stay quiet.
#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/redirect_error.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <memory>
#include <string>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

std::string snapshot();
void refresh_cache();

// ---- Coroutine handlers.
asio::awaitable<void> push_updates(http::request<http::string_body> req,
                                   beast::tcp_stream &stream) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  boost::system::error_code ec;
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'push_updates' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+3]]:37: note: the error code 'ec' that 'redirect_error' fills in is never checked
    http::response<http::string_body> res{http::status::ok, req.version()};
    timer.expires_after(1s);
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    res.body() = snapshot();
    co_await http::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
  }
}

asio::awaitable<void> push_updates_checked(http::request<http::string_body> req,
                                           beast::tcp_stream &stream) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  boost::system::error_code ec;
  for (;;) {
    http::response<http::string_body> res{http::status::ok, req.version()};
    timer.expires_after(1s);
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    if (ec == asio::error::operation_aborted)
      co_return;
    res.body() = snapshot();
    co_await http::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
    if (ec)
      break;
  }
}

// Awaiting with use_awaitable throws when the stream is closed: quiet.
asio::awaitable<void> push_updates_throwing(http::request<http::string_body> req,
                                            beast::tcp_stream &stream) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  for (;;) {
    http::response<http::string_body> res{http::status::ok, req.version()};
    timer.expires_after(1s);
    co_await timer.async_wait(asio::use_awaitable);
    res.body() = snapshot();
    co_await http::async_write(stream, res, asio::use_awaitable);
  }
}

// A refresh loop spawned detached from a handler, on a timer only it can
// reach: nothing can stop it.
asio::awaitable<void> refresh_forever() {
  asio::steady_timer t(co_await asio::this_coro::executor);
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in a coroutine spawned without waiting for it started by request handler 'handle_admin' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :113:5: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
    t.expires_after(30s);
    co_await t.async_wait(asio::use_awaitable);
    refresh_cache();
  }
}

// A refresh loop on a timer its owner cancels on shutdown: quiet.
class CacheRefresher {
public:
  explicit CacheRefresher(asio::io_context &ioc) : timer_(ioc) {}
  asio::awaitable<void> run() {
    for (;;) {
      timer_.expires_after(30s);
      co_await timer_.async_wait(asio::use_awaitable);
      refresh_cache();
    }
  }
  void stop() { timer_.cancel(); }

private:
  asio::steady_timer timer_;
};

void handle_admin(http::request<http::string_body> &req, asio::io_context &ioc,
                  CacheRefresher &refresher) {
  if (req.target() == "/refresh")
    asio::co_spawn(ioc, refresh_forever(), asio::detached);
  if (req.target() == "/refresh2")
    asio::co_spawn(ioc, refresher.run(), asio::detached);
}

// ---- Completion-handler chains in a session (a per-request object).
class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket)
      : stream_(std::move(socket)), keepalive_(stream_.get_executor()),
        poll_(stream_.get_executor()), retry_(stream_.get_executor()) {}

  void start() {
    arm_keepalive();
    arm_poll();
    arm_retry();
    arm_once();
  }
  void close() {
    keepalive_.cancel();
    poll_.cancel();
    retry_.cancel();
    stream_.close();
  }

private:
  // Re-arms whatever happened, even after cancel().
  void arm_keepalive() {
    keepalive_.expires_after(15s);
    keepalive_.async_wait([self = shared_from_this()](beast::error_code) {
      self->send_ping();
      self->arm_keepalive();
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: completion handler of 'async_wait' re-arms 'arm_keepalive' without checking its error code, so the loop never exits when the request is cancelled [ctxlife-missing-cancellation]
    });
  }
  // Checks the error code: quiet.
  void arm_poll() {
    poll_.expires_after(1s);
    poll_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec == asio::error::operation_aborted)
        return;
      self->send_ping();
      self->arm_poll();
    });
  }
  // Checks the error code through a named handler: quiet.
  void arm_retry() {
    retry_.expires_after(attempt_ * 100ms);
    retry_.async_wait(beast::bind_front_handler(&session::on_retry, shared_from_this()));
  }
  void on_retry(beast::error_code ec) {
    if (ec || !stream_.socket().is_open())
      return;
    ++attempt_;
    arm_retry();
  }
  // A named handler that ignores the error code and re-arms.
  void arm_once() {
    poll_.expires_after(5s);
    poll_.async_wait(beast::bind_front_handler(&session::on_tick, shared_from_this()));
  }
  void on_tick(beast::error_code) {
    send_ping();
    arm_once();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: completion handler of 'async_wait' re-arms 'arm_once' without checking its error code, so the loop never exits when the request is cancelled [ctxlife-missing-cancellation]
  }
  void send_ping();

  beast::tcp_stream stream_;
  http::request<http::string_body> req_;
  asio::steady_timer keepalive_;
  asio::steady_timer poll_;
  asio::steady_timer retry_;
  int attempt_ = 1;
};

// A server-wide stats timer, not a request's: quiet.
class Stats {
public:
  explicit Stats(asio::io_context &ioc) : timer_(ioc) { arm(); }

private:
  void arm() {
    timer_.expires_after(60s);
    timer_.async_wait([this](beast::error_code) {
      refresh_cache();
      arm();
    });
  }
  asio::steady_timer timer_;
};
