// The real Boost 1.74 Asio/Beast headers, for the asynchronous loops of
// issue 14: a coroutine loop whose redirect_error code is never checked, a
// timer chain that re-arms without checking its error code, and the same
// shapes written correctly.
// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %asio_coro_flags
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

std::string snapshot();

asio::awaitable<void> push_updates(http::request<http::string_body> req,
                                   beast::tcp_stream &stream) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  boost::system::error_code ec;
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'push_updates' never exits when the request is cancelled [ctxlife-missing-cancellation]
    http::response<http::string_body> res{http::status::ok, req.version()};
    timer.expires_after(std::chrono::seconds(1));
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    res.body() = snapshot();
    res.prepare_payload();
    co_await http::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
  }
}

asio::awaitable<void> push_updates_checked(http::request<http::string_body> req,
                                           beast::tcp_stream &stream) {
  asio::steady_timer timer(co_await asio::this_coro::executor);
  boost::system::error_code ec;
  for (;;) {
    http::response<http::string_body> res{http::status::ok, req.version()};
    timer.expires_after(std::chrono::seconds(1));
    co_await timer.async_wait(asio::redirect_error(asio::use_awaitable, ec));
    if (ec)
      co_return;
    res.body() = snapshot();
    res.prepare_payload();
    co_await http::async_write(stream, res, asio::redirect_error(asio::use_awaitable, ec));
    if (ec)
      co_return;
  }
}

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket)
      : stream_(std::move(socket)), ping_(stream_.get_executor()),
        idle_(stream_.get_executor()) {}
  void start() {
    arm_ping();
    arm_idle();
  }

private:
  void arm_ping() {
    ping_.expires_after(std::chrono::seconds(15));
    ping_.async_wait([self = shared_from_this()](beast::error_code) {
      self->arm_ping();
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: completion handler of 'async_wait' re-arms 'arm_ping' without checking its error code, so the loop never exits when the request is cancelled [ctxlife-missing-cancellation]
    });
  }
  void arm_idle() {
    idle_.expires_after(std::chrono::seconds(30));
    idle_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (ec)
        return;
      self->arm_idle();
    });
  }

  beast::tcp_stream stream_;
  http::request<http::string_body> req_;
  asio::steady_timer ping_;
  asio::steady_timer idle_;
};
