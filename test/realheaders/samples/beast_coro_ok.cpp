// Typical, correct Boost.Beast (Boost 1.74) HTTP server written with
// C++20 coroutines (co_spawn + awaitable + use_awaitable).
// Needs: -std=c++20 -DBOOST_ASIO_HAS_CO_AWAIT, and <utility> before the Asio headers.
// No lifetime bugs: stream, buffer, request and response all live in the
// coroutine frame, which outlives every co_await'ed operation.
#include <utility>    // must precede boost/asio/awaitable.hpp (uses std::exchange)
#include <coroutine>

#include <chrono>
#include <exception>
#include <iostream>
#include <string>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

net::awaitable<void> do_session(tcp::socket socket) {
  beast::tcp_stream stream(std::move(socket));
  beast::flat_buffer buffer;
  try {
    for (;;) {
      stream.expires_after(std::chrono::seconds(30));
      http::request<http::string_body> req;
      co_await http::async_read(stream, buffer, req, net::use_awaitable);

      http::response<http::string_body> res{http::status::ok, req.version()};
      res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
      res.set(http::field::content_type, "text/plain");
      res.keep_alive(req.keep_alive());
      res.body() = "Hello, " + std::string(req.target());
      res.prepare_payload();

      const bool close = res.need_eof();
      co_await http::async_write(stream, res, net::use_awaitable);
      if (close) {
        break;
      }
    }
  } catch (const boost::system::system_error& se) {
    if (se.code() != http::error::end_of_stream) {
      std::cerr << "session: " << se.what() << "\n";
    }
  }
  beast::error_code ec;
  stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

net::awaitable<void> do_listen(tcp::endpoint endpoint) {
  auto executor = co_await net::this_coro::executor;
  tcp::acceptor acceptor(executor, endpoint);
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(net::use_awaitable);
    net::co_spawn(executor, do_session(std::move(socket)), net::detached);
  }
}

int main() {
  net::io_context ioc{1};
  net::co_spawn(ioc, do_listen(tcp::endpoint{net::ip::make_address("0.0.0.0"), 8080}),
                [](std::exception_ptr e) {
                  if (e) {
                    try {
                      std::rethrow_exception(e);
                    } catch (const std::exception& ex) {
                      std::cerr << "listener: " << ex.what() << "\n";
                    }
                  }
                });
  ioc.run();
  return 0;
}
