// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/basic_stream.hpp>; not the real implementation.
#ifndef BOOST_BEAST_CORE_BASIC_STREAM_HPP
#define BOOST_BEAST_CORE_BASIC_STREAM_HPP

#include <cstddef>
#include <type_traits>
#include <utility>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/basic_stream_socket.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/rate_policy.hpp>

namespace boost {
namespace beast {

namespace net = boost::asio;

/// Stream socket wrapper with timeouts. I/O object: must outlive its pending
/// asynchronous operations.
template <class Protocol, class Executor = net::any_io_executor,
          class RatePolicy = unlimited_rate_policy>
class basic_stream {
 public:
  using socket_type = net::basic_stream_socket<Protocol, Executor>;
  using executor_type = Executor;
  template <class Executor1>
  struct rebind_executor {
    using other = basic_stream<Protocol, Executor1, RatePolicy>;
  };
  using protocol_type = Protocol;
  using endpoint_type = typename Protocol::endpoint;

  ~basic_stream() {}

  template <class... Args>
  explicit basic_stream(Args&&... args) : socket_(std::forward<Args>(args)...) {}
  basic_stream(basic_stream&& other) = default;
  basic_stream& operator=(basic_stream&&) = delete;

  socket_type& socket() noexcept { return socket_; }
  socket_type const& socket() const noexcept { return socket_; }
  socket_type release_socket() { return std::move(socket_); }
  RatePolicy& rate_policy() noexcept { return policy_; }

  void expires_after(net::steady_timer::duration expiry_time) {
    (void)expiry_time;
  }
  void expires_at(net::steady_timer::time_point expiry_time) {
    (void)expiry_time;
  }
  void expires_never() {}
  void cancel() {}
  void close() {}

  executor_type get_executor() noexcept { return socket_.get_executor(); }

  void connect(endpoint_type const& ep) { (void)ep; }
  void connect(endpoint_type const& ep, error_code& ec) { (void)ep, (void)ec; }
  template <class EndpointSequence>
  typename Protocol::endpoint connect(EndpointSequence const& endpoints) {
    (void)endpoints;
    return typename Protocol::endpoint();
  }

  template <class ConnectHandler>
  net::detail::async_return_t<ConnectHandler, void(error_code)> async_connect(
      endpoint_type const& ep, ConnectHandler&& handler) {
    (void)ep, (void)handler;
    return net::detail::async_return_t<ConnectHandler, void(error_code)>();
  }
  template <class EndpointSequence, class RangeConnectHandler,
            class = decltype(std::declval<EndpointSequence const&>().begin())>
  net::detail::async_return_t<RangeConnectHandler,
                              void(error_code, typename Protocol::endpoint)>
  async_connect(EndpointSequence const& endpoints,
                RangeConnectHandler&& handler) {
    (void)endpoints, (void)handler;
    return net::detail::async_return_t<
        RangeConnectHandler, void(error_code, typename Protocol::endpoint)>();
  }

  template <class MutableBufferSequence>
  std::size_t read_some(MutableBufferSequence const& buffers) {
    (void)buffers;
    return 0;
  }
  template <class MutableBufferSequence>
  std::size_t read_some(MutableBufferSequence const& buffers, error_code& ec) {
    (void)buffers, (void)ec;
    return 0;
  }
  template <class ConstBufferSequence>
  std::size_t write_some(ConstBufferSequence const& buffers) {
    (void)buffers;
    return 0;
  }
  template <class ConstBufferSequence>
  std::size_t write_some(ConstBufferSequence const& buffers, error_code& ec) {
    (void)buffers, (void)ec;
    return 0;
  }
  template <class MutableBufferSequence, class ReadHandler>
  net::detail::async_return_t<ReadHandler, void(error_code, std::size_t)>
  async_read_some(MutableBufferSequence const& buffers, ReadHandler&& handler) {
    (void)buffers, (void)handler;
    return net::detail::async_return_t<ReadHandler,
                                       void(error_code, std::size_t)>();
  }
  template <class ConstBufferSequence, class WriteHandler>
  net::detail::async_return_t<WriteHandler, void(error_code, std::size_t)>
  async_write_some(ConstBufferSequence const& buffers, WriteHandler&& handler) {
    (void)buffers, (void)handler;
    return net::detail::async_return_t<WriteHandler,
                                       void(error_code, std::size_t)>();
  }

 private:
  socket_type socket_;
  RatePolicy policy_;
};

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_CORE_BASIC_STREAM_HPP
