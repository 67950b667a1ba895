// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <boost/asio.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <string>
#include <thread>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

// The cancellation state of Asio 1.77+ (Boost 1.77), not in Boost 1.74:
// declared here with its 1.77 names so the check's support for it is tested.
namespace boost::asio {
enum class cancellation_type : unsigned { none = 0, terminal = 1 };
class cancellation_state {
public:
  cancellation_type cancelled() const noexcept;
};
} // namespace boost::asio

void refresh(std::string &cache);

// A coroutine handling one request: awaited operations throw when the
// socket is closed or the operation cancelled, so these loops end.
asio::awaitable<void> stream_updates(http::request<http::string_body> &req,
                                     tcp::socket &socket) {
  asio::steady_timer timer(socket.get_executor());
  for (;;) {
    timer.expires_after(std::chrono::seconds(1));
    co_await timer.async_wait(asio::use_awaitable);
    co_await asio::async_write(socket, asio::buffer(req.body()), asio::use_awaitable);
  }
}

// Stackful coroutines: `yield` throws, `yield[ec]` fills in an error code.
void stackful(http::request<http::string_body> &req, tcp::socket &socket,
              asio::yield_context yield) {
  for (;;)
    asio::async_write(socket, asio::buffer(req.body()), yield);
  beast::error_code ec;
  for (;;) {
    asio::async_write(socket, asio::buffer(req.body()), yield[ec]);
    if (ec)
      break;
  }
}

// A synchronous session: the read's error code says when the peer is gone.
void session(http::request<http::string_body> &req, tcp::socket &socket) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  for (;;) {
    http::read(socket, buffer, req, ec);
    if (ec == http::error::end_of_stream)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// Asio's cancellation state, checked by name (Boost 1.77+).
void with_state(http::request<http::string_body> &req,
                asio::cancellation_state &state) {
  std::string cache;
  for (;;) {
    if (state.cancelled() != asio::cancellation_type::none)
      return;
    refresh(cache);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}

// Work detached from a request handler that never looks at cancellation:
// a posted handler spinning on a cache, and a coroutine spawned detached
// whose loop awaits nothing.
asio::awaitable<void> refresher() {
  std::string cache;
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in a coroutine spawned without waiting for it started by request handler 'handle' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+16]]:3: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
    refresh(cache);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  co_return;
}

void handle(http::request<http::string_body> &&req, asio::io_context &ioc) {
  asio::post(ioc, [] {
    std::string cache;
    while (true) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a handler posted to an executor started by request handler 'handle' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'boost::asio::post' runs it later, after this function returns
      refresh(cache);
    }
  });
  asio::co_spawn(ioc, refresher(), asio::detached);
  // Awaited work runs inside the request: its loop is judged there.
  asio::co_spawn(ioc, stream_updates(req, *static_cast<tcp::socket *>(nullptr)),
                 asio::detached);
}

// Not a request handler: a server's accept loop.
asio::awaitable<void> listener(tcp::acceptor &acceptor) {
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(asio::use_awaitable);
  }
}
