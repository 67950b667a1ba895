// Typical, correct Boost.Asio (1.74) C++20-coroutine echo server.
// Uses co_spawn / awaitable / use_awaitable / this_coro::executor.
// No lifetime bugs: the socket is moved into the coroutine frame (by value),
// buffers live in the frame, and every co_await completes before the frame dies.
#include <cstddef>
#include <cstdio>
#include <exception>
#include <utility>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>

namespace asio = boost::asio;
using asio::awaitable;
using asio::co_spawn;
using asio::detached;
using asio::use_awaitable;
using asio::ip::tcp;
namespace this_coro = asio::this_coro;

awaitable<void> echo(tcp::socket socket) {
  try {
    char data[1024];
    for (;;) {
      std::size_t n = co_await socket.async_read_some(asio::buffer(data), use_awaitable);
      co_await asio::async_write(socket, asio::buffer(data, n), use_awaitable);
    }
  } catch (const std::exception& e) {
    std::printf("echo exception: %s\n", e.what());
  }
}

awaitable<void> listener(unsigned short port) {
  auto executor = co_await this_coro::executor;
  tcp::acceptor acceptor(executor, {tcp::v4(), port});
  for (;;) {
    tcp::socket socket = co_await acceptor.async_accept(use_awaitable);
    co_spawn(executor, echo(std::move(socket)), detached);
  }
}

int main() {
  try {
    asio::io_context io_context(1);

    asio::signal_set signals(io_context, SIGINT, SIGTERM);
    signals.async_wait([&](auto, auto) { io_context.stop(); });

    co_spawn(io_context, listener(55555), detached);

    io_context.run();
  } catch (const std::exception& e) {
    std::printf("Exception: %s\n", e.what());
  }
  return 0;
}
