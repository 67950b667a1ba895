// A project's own message-bus client over the real Boost.Asio 1.74, shaped
// like sdbusplus: async_method_call wraps the caller's handler in a lambda
// (captured by move) and hands it to async_send, an initiating function
// built on boost::asio::async_initiate whose initiation passes the handler
// to a C library as `void *` user data. The library's body is not visible:
// only Asio's completion-token machinery says the handler runs later.
#pragma once
#include <boost/asio/async_result.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/system/error_code.hpp>

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

extern "C" {
typedef int (*bus_callback)(void *reply, void *userdata);
int bus_call_async(void *bus, const void *msg, bus_callback cb, void *userdata,
                   std::uint64_t usec);
}

namespace bus {

struct message {
  std::vector<std::string> strings;
};

namespace detail {
template <typename Handler> struct unpack {
  Handler handler;
  static int invoke(void *reply, void *userdata) {
    std::unique_ptr<unpack> self(static_cast<unpack *>(userdata));
    self->handler(boost::system::error_code(), *static_cast<message *>(reply));
    return 1;
  }
};

struct send_op {
  void *bus;
  message *msg;
  std::uint64_t timeout;
  template <typename Handler> void operator()(Handler &&handler) {
    using unpack_t = unpack<std::decay_t<Handler>>;
    auto *context = new unpack_t{std::forward<Handler>(handler)};
    if (bus_call_async(bus, msg, &unpack_t::invoke, context, timeout) < 0)
      delete context;
  }
};
} // namespace detail

class connection {
public:
  explicit connection(boost::asio::io_context &io) : io_(io) {}

  template <typename MessageHandler>
  auto async_send(message &m, MessageHandler &&handler, std::uint64_t timeout = 0) {
    return boost::asio::async_initiate<MessageHandler,
                                       void(boost::system::error_code, message &)>(
        detail::send_op{bus_, &m, timeout}, handler);
  }

  template <typename Handler, typename... Args>
  void async_method_call(Handler &&handler, const std::string &service,
                         const std::string &path, const std::string &iface,
                         const std::string &method, const Args &...args) {
    async_method_call_timed(std::forward<Handler>(handler), service, path, iface,
                            method, 0, args...);
  }

  template <typename Handler, typename... Args>
  void async_method_call_timed(Handler &&handler, const std::string &service,
                               const std::string &path, const std::string &iface,
                               const std::string &method, std::uint64_t timeout,
                               const Args &...) {
    auto apply = [handler = std::forward<Handler>(handler)](
                     boost::system::error_code ec, message &reply) mutable {
      handler(ec, reply.strings);
    };
    pending_ = message{{service, path, iface, method}};
    async_send(pending_, std::move(apply), timeout);
  }

private:
  boost::asio::io_context &io_;
  void *bus_ = nullptr;
  message pending_;
};

} // namespace bus
