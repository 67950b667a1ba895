// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/basic_socket.hpp>; not the real implementation.
#ifndef BOOST_ASIO_BASIC_SOCKET_HPP
#define BOOST_ASIO_BASIC_SOCKET_HPP

#include <cstddef>
#include <type_traits>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/socket_base.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename Protocol, typename Executor = any_io_executor>
class basic_socket : public socket_base {
 public:
  typedef Executor executor_type;
  template <typename Executor1>
  struct rebind_executor {
    typedef basic_socket<Protocol, Executor1> other;
  };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;
  typedef basic_socket<Protocol, Executor> lowest_layer_type;

  explicit basic_socket(const executor_type& ex) : executor_(ex) {}
  template <typename ExecutionContext>
  explicit basic_socket(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {}
  basic_socket(const executor_type& ex, const protocol_type& protocol)
      : executor_(ex) {
    (void)protocol;
  }
  basic_socket(basic_socket&& other) noexcept = default;
  basic_socket& operator=(basic_socket&& other) = default;
  template <typename Protocol1, typename Executor1>
  basic_socket(basic_socket<Protocol1, Executor1>&& other,
               typename std::enable_if<std::is_convertible<
                   Executor1, Executor>::value>::type* = 0)
      : executor_(other.get_executor()) {}

  executor_type get_executor() noexcept { return executor_; }
  lowest_layer_type& lowest_layer() { return *this; }
  const lowest_layer_type& lowest_layer() const { return *this; }

  void open(const protocol_type& protocol = protocol_type());
  void open(const protocol_type& protocol, boost::system::error_code& ec);
  void assign(const protocol_type& protocol,
              const native_handle_type& native_socket);
  bool is_open() const;
  void close();
  void close(boost::system::error_code& ec);
  native_handle_type release();
  native_handle_type native_handle();
  void cancel();
  void cancel(boost::system::error_code& ec);
  bool at_mark() const;
  std::size_t available() const;
  std::size_t available(boost::system::error_code& ec) const;
  void bind(const endpoint_type& endpoint);
  void bind(const endpoint_type& endpoint, boost::system::error_code& ec);
  void connect(const endpoint_type& peer_endpoint);
  void connect(const endpoint_type& peer_endpoint,
               boost::system::error_code& ec);

  template <typename ConnectHandler>
  detail::async_return_t<ConnectHandler, void(boost::system::error_code)>
  async_connect(const endpoint_type& peer_endpoint, ConnectHandler&& handler) {
    (void)peer_endpoint, (void)handler;
    return detail::async_return_t<ConnectHandler,
                                  void(boost::system::error_code)>();
  }

  template <typename SettableSocketOption>
  void set_option(const SettableSocketOption& option) {
    (void)option;
  }
  template <typename SettableSocketOption>
  void set_option(const SettableSocketOption& option,
                  boost::system::error_code& ec) {
    (void)option, (void)ec;
  }
  template <typename GettableSocketOption>
  void get_option(GettableSocketOption& option) const {
    (void)option;
  }
  bool non_blocking() const;
  void non_blocking(bool mode);
  void non_blocking(bool mode, boost::system::error_code& ec);

  endpoint_type local_endpoint() const;
  endpoint_type local_endpoint(boost::system::error_code& ec) const;
  endpoint_type remote_endpoint() const;
  endpoint_type remote_endpoint(boost::system::error_code& ec) const;

  void shutdown(shutdown_type what);
  void shutdown(shutdown_type what, boost::system::error_code& ec);

  void wait(wait_type w);
  template <typename WaitHandler>
  detail::async_return_t<WaitHandler, void(boost::system::error_code)>
  async_wait(wait_type w, WaitHandler&& handler) {
    (void)w, (void)handler;
    return detail::async_return_t<WaitHandler,
                                  void(boost::system::error_code)>();
  }

 protected:
  ~basic_socket() {}

 private:
  basic_socket(const basic_socket&) = delete;
  basic_socket& operator=(const basic_socket&) = delete;
  executor_type executor_;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BASIC_SOCKET_HPP
