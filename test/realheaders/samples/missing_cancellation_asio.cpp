// Boost 1.74 Beast/Asio (Debian 12) with C++20 coroutines: request handlers
// whose loops end through awaited operations or error codes, and work
// detached from a handler that never looks at cancellation.
#include <utility>    // must precede boost/asio/awaitable.hpp (uses std::exchange)
#include <coroutine>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

static std::atomic<bool> g_stopping{false};
static void refresh_cache() {}

// Streams the target back once a second: the awaited write throws once the
// socket is closed, so the loop ends with the connection.
net::awaitable<void> stream_back(http::request<http::string_body> req,
                                 beast::tcp_stream& stream) {
  net::steady_timer timer(stream.get_executor());
  std::string body(req.target());
  for (;;) {
    timer.expires_after(std::chrono::seconds(1));
    co_await timer.async_wait(net::use_awaitable);
    co_await net::async_write(stream, net::buffer(body), net::use_awaitable);
  }
}

// A synchronous handler: the error code of the read ends the loop.
void serve(http::request<http::string_body>& req, tcp::socket& socket) {
  beast::flat_buffer buffer;
  beast::error_code ec;
  for (;;) {
    http::read(socket, buffer, req, ec);
    if (ec) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

// A coroutine spawned from a handler without waiting: its loop awaits
// nothing and checks nothing.
net::awaitable<void> refresher() {
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in a coroutine spawned without waiting for it started by request handler 'handle' never exits when the request is cancelled [ctxlife-missing-cancellation]
    refresh_cache();
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  co_return;
}

void handle(http::request<http::string_body>&& req, net::io_context& ioc) {
  net::co_spawn(ioc, refresher(), net::detached);
  net::post(ioc, [] {
    while (true) {
      if (g_stopping) return;
      refresh_cache();
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  });
}

int main() {
  net::io_context ioc;
  ioc.run();
}
