// A project's own message-bus client over Boost.Asio (sdbusplus-like): the
// handler a caller passes is forwarded through several header templates,
// each wrapping it in a lambda that captures it by move, until one of them
// hands it to Asio. Nothing here is listed in DetachingCalls.
#pragma once
#include <boost/asio.hpp>

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace bus {

struct message {
  std::vector<std::string> strings;
  template <typename T> T read() const { return T(); }
};

class connection {
public:
  explicit connection(boost::asio::io_context &io) : io_(io) {}

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
    message m{{service, path, iface, method}};
    async_send(m, std::move(apply), timeout);
  }

  template <typename MessageHandler>
  void async_send(message &m, MessageHandler &&handler, std::uint64_t) {
    boost::asio::post(io_, [h = std::forward<MessageHandler>(handler), m]() mutable {
      message reply = m;
      h(boost::system::error_code(), reply);
    });
  }

  /// Runs the handler before returning (a cached answer): not a launcher.
  template <typename Handler> void call_cached(Handler &&handler) {
    std::vector<std::string> cached;
    handler(boost::system::error_code(), cached);
  }

private:
  boost::asio::io_context &io_;
};

/// One more level: a free helper wrapping the caller's handler.
template <typename Handler>
void get_property(connection &conn, const std::string &service,
                  const std::string &path, const std::string &iface,
                  const std::string &property, Handler &&handler) {
  conn.async_method_call(
      [handler = std::forward<Handler>(handler)](
          boost::system::error_code ec, const std::vector<std::string> &values) mutable {
        handler(ec, values.empty() ? std::string() : values.front());
      },
      service, path, "org.freedesktop.DBus.Properties", "Get", iface, property);
}

} // namespace bus
