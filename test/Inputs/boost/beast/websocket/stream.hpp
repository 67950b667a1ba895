// Hermetic stub for lit tests. Mirrors the commonly used names/signatures of
// Boost.Beast 1.74 <boost/beast/websocket/stream.hpp> (+ rfc6455, error,
// stream_base); not the real implementation.
#ifndef BOOST_BEAST_WEBSOCKET_STREAM_HPP
#define BOOST_BEAST_WEBSOCKET_STREAM_HPP

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <utility>

#include <boost/asio/async_result.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/role.hpp>
#include <boost/beast/core/string_type.hpp>
#include <boost/beast/http/empty_body.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>

namespace boost {
namespace beast {
namespace websocket {

enum class error { closed = 1, buffer_overflow, partial_deflate_block,
                   message_too_big, bad_http_version, bad_method,
                   no_host, no_connection, no_connection_upgrade, no_upgrade,
                   no_upgrade_websocket, no_sec_key, bad_sec_key,
                   no_sec_version, bad_sec_version, no_sec_accept,
                   bad_sec_accept, upgrade_declined };
error_code make_error_code(error e);

enum close_code : std::uint16_t {
  normal = 1000, going_away = 1001, protocol_error = 1002,
  unknown_data = 1003, bad_payload = 1007, policy_error = 1008,
  too_big = 1009, needs_extension = 1010, internal_error = 1011,
  service_restart = 1012, try_again_later = 1013, none = 0,
  reserved1 = 1004, no_status = 1005, abnormal = 1006, reserved2 = 1015
};

struct close_reason {
  std::uint16_t code = close_code::none;
  std::string reason;
  close_reason() = default;
  close_reason(std::uint16_t code_) : code(code_) {}
  close_reason(string_view s) : code(close_code::normal), reason(s.to_string()) {}
  close_reason(char const* s) : code(close_code::normal), reason(s) {}
  close_reason(close_code code_, string_view s)
      : code(code_), reason(s.to_string()) {}
  explicit operator bool() const { return code != close_code::none; }
};

using request_type = http::request<http::empty_body>;
using response_type = http::response<http::string_body>;

template <class Allocator>
bool is_upgrade(http::header<true, http::basic_fields<Allocator> > const& req);

struct stream_base {
  using duration = std::chrono::steady_clock::duration;
  static constexpr duration none() { return (duration::max)(); }

  struct timeout {
    duration handshake_timeout;
    duration idle_timeout;
    bool keep_alive_pings;
    static timeout suggested(role_type role) noexcept;
  };

  template <class Decorator>
  struct decorator_t {
    Decorator d;
  };
  template <class Decorator>
  static decorator_t<Decorator> decorator(Decorator&& f) {
    return decorator_t<Decorator>{std::forward<Decorator>(f)};
  }
};

/// Owns the next layer (e.g. beast::tcp_stream). Must outlive its pending
/// asynchronous operations.
template <class NextLayer, bool deflateSupported = true>
class stream : public stream_base {
 public:
  using next_layer_type = typename std::remove_reference<NextLayer>::type;
  using executor_type = decltype(std::declval<next_layer_type&>().get_executor());

  ~stream() {}
  stream(stream&&) = default;
  stream& operator=(stream&&) = delete;
  template <class... Args>
  explicit stream(Args&&... args) : next_layer_(std::forward<Args>(args)...) {}

  executor_type get_executor() noexcept { return next_layer_.get_executor(); }
  next_layer_type& next_layer() noexcept { return next_layer_; }
  next_layer_type const& next_layer() const noexcept { return next_layer_; }

  bool is_open() const noexcept { return true; }
  bool got_binary() const noexcept { return false; }
  bool got_text() const noexcept { return true; }
  bool is_message_done() const noexcept { return true; }
  close_reason const& reason() const noexcept { return reason_; }
  std::size_t read_size_hint(std::size_t initial_size = 1536) const {
    return initial_size;
  }

  void set_option(timeout const& opt) { (void)opt; }
  template <class Decorator>
  void set_option(decorator_t<Decorator> opt) {
    (void)opt;
  }
  void auto_fragment(bool value) { (void)value; }
  void binary(bool value) { (void)value; }
  bool binary() const { return false; }
  void text(bool value) { (void)value; }
  bool text() const { return true; }
  void read_message_max(std::size_t amount) { (void)amount; }

  void handshake(string_view host, string_view target);
  void accept();
  void accept(error_code& ec);
  template <class Body, class Allocator>
  void accept(http::request<Body, http::basic_fields<Allocator> > const& req);
  void close(close_reason const& cr);

  template <class HandshakeHandler>
  boost::asio::detail::async_return_t<HandshakeHandler, void(error_code)>
  async_handshake(string_view host, string_view target,
                  HandshakeHandler&& handler) {
    (void)host, (void)target, (void)handler;
    return boost::asio::detail::async_return_t<HandshakeHandler,
                                               void(error_code)>();
  }
  template <class AcceptHandler>
  boost::asio::detail::async_return_t<AcceptHandler, void(error_code)>
  async_accept(AcceptHandler&& handler) {
    (void)handler;
    return boost::asio::detail::async_return_t<AcceptHandler,
                                               void(error_code)>();
  }
  /// The request must remain valid until the handler is called.
  template <class Body, class Allocator, class AcceptHandler>
  boost::asio::detail::async_return_t<AcceptHandler, void(error_code)>
  async_accept(http::request<Body, http::basic_fields<Allocator> > const& req,
               AcceptHandler&& handler) {
    (void)req, (void)handler;
    return boost::asio::detail::async_return_t<AcceptHandler,
                                               void(error_code)>();
  }
  template <class CloseHandler>
  boost::asio::detail::async_return_t<CloseHandler, void(error_code)>
  async_close(close_reason const& cr, CloseHandler&& handler) {
    (void)cr, (void)handler;
    return boost::asio::detail::async_return_t<CloseHandler,
                                               void(error_code)>();
  }

  template <class DynamicBuffer>
  std::size_t read(DynamicBuffer& buffer) {
    (void)buffer;
    return 0;
  }
  template <class DynamicBuffer>
  std::size_t read(DynamicBuffer& buffer, error_code& ec) {
    (void)buffer, (void)ec;
    return 0;
  }
  template <class ConstBufferSequence>
  std::size_t write(ConstBufferSequence const& buffers) {
    (void)buffers;
    return 0;
  }
  template <class ConstBufferSequence>
  std::size_t write(ConstBufferSequence const& buffers, error_code& ec) {
    (void)buffers, (void)ec;
    return 0;
  }

  /// The buffer must remain valid until the handler is called.
  template <class DynamicBuffer, class ReadHandler>
  boost::asio::detail::async_return_t<ReadHandler,
                                      void(error_code, std::size_t)>
  async_read(DynamicBuffer& buffer, ReadHandler&& handler) {
    (void)buffer, (void)handler;
    return boost::asio::detail::async_return_t<
        ReadHandler, void(error_code, std::size_t)>();
  }
  /// The memory referenced by `buffers` must remain valid until the handler
  /// is called.
  template <class ConstBufferSequence, class WriteHandler>
  boost::asio::detail::async_return_t<WriteHandler,
                                      void(error_code, std::size_t)>
  async_write(ConstBufferSequence const& buffers, WriteHandler&& handler) {
    (void)buffers, (void)handler;
    return boost::asio::detail::async_return_t<
        WriteHandler, void(error_code, std::size_t)>();
  }

 private:
  NextLayer next_layer_;
  close_reason reason_;
};

}  // namespace websocket
}  // namespace beast

namespace system {
template <>
struct is_error_code_enum<::boost::beast::websocket::error> {
  static bool const value = true;
};
}  // namespace system
}  // namespace boost

#endif  // BOOST_BEAST_WEBSOCKET_STREAM_HPP
