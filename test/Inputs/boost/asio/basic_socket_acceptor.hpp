// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/basic_socket_acceptor.hpp>; not the real implementation.
#ifndef BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP
#define BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP

#include <type_traits>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/basic_socket.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/socket_base.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename Protocol, typename Executor = any_io_executor>
class basic_socket_acceptor : public socket_base {
 public:
  typedef Executor executor_type;
  template <typename Executor1>
  struct rebind_executor {
    typedef basic_socket_acceptor<Protocol, Executor1> other;
  };
  typedef int native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_socket_acceptor(const executor_type& ex) : executor_(ex) {}
  template <typename ExecutionContext>
  explicit basic_socket_acceptor(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {}
  basic_socket_acceptor(const executor_type& ex, const protocol_type& protocol)
      : executor_(ex) {
    (void)protocol;
  }
  basic_socket_acceptor(const executor_type& ex, const endpoint_type& endpoint,
                        bool reuse_addr = true)
      : executor_(ex) {
    (void)endpoint, (void)reuse_addr;
  }
  template <typename ExecutionContext>
  basic_socket_acceptor(
      ExecutionContext& context, const endpoint_type& endpoint,
      bool reuse_addr = true,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)endpoint, (void)reuse_addr;
  }
  basic_socket_acceptor(basic_socket_acceptor&& other) = default;
  basic_socket_acceptor& operator=(basic_socket_acceptor&& other) = default;
  ~basic_socket_acceptor() {}

  executor_type get_executor() noexcept { return executor_; }

  void open(const protocol_type& protocol = protocol_type());
  void open(const protocol_type& protocol, boost::system::error_code& ec);
  bool is_open() const;
  void bind(const endpoint_type& endpoint);
  void bind(const endpoint_type& endpoint, boost::system::error_code& ec);
  void listen(int backlog = socket_base::max_listen_connections);
  void listen(int backlog, boost::system::error_code& ec);
  void close();
  void close(boost::system::error_code& ec);
  native_handle_type release();
  native_handle_type native_handle();
  void cancel();
  void cancel(boost::system::error_code& ec);
  template <typename SettableSocketOption>
  void set_option(const SettableSocketOption& option) {
    (void)option;
  }
  template <typename SettableSocketOption>
  void set_option(const SettableSocketOption& option,
                  boost::system::error_code& ec) {
    (void)option, (void)ec;
  }
  void non_blocking(bool mode);
  endpoint_type local_endpoint() const;
  endpoint_type local_endpoint(boost::system::error_code& ec) const;

  // accept into an existing socket
  template <typename Protocol1, typename Executor1>
  void accept(basic_socket<Protocol1, Executor1>& peer);
  template <typename Protocol1, typename Executor1>
  void accept(basic_socket<Protocol1, Executor1>& peer,
              boost::system::error_code& ec);
  // move-accept
  typename Protocol::socket::template rebind_executor<executor_type>::other
  accept();
  typename Protocol::socket::template rebind_executor<executor_type>::other
  accept(boost::system::error_code& ec);

  /// Accept into `peer`; `peer` must outlive the operation.
  template <typename Protocol1, typename Executor1, typename AcceptHandler>
  detail::async_return_t<AcceptHandler, void(boost::system::error_code)>
  async_accept(basic_socket<Protocol1, Executor1>& peer,
               AcceptHandler&& handler) {
    (void)peer, (void)handler;
    return detail::async_return_t<AcceptHandler,
                                  void(boost::system::error_code)>();
  }

  /// Move-accept: the new socket is passed to the handler.
  template <typename MoveAcceptHandler>
  detail::async_return_t<
      MoveAcceptHandler,
      void(boost::system::error_code,
           typename Protocol::socket::template rebind_executor<
               executor_type>::other)>
  async_accept(MoveAcceptHandler&& handler) {
    (void)handler;
    return detail::async_return_t<
        MoveAcceptHandler,
        void(boost::system::error_code,
             typename Protocol::socket::template rebind_executor<
                 executor_type>::other)>();
  }

  /// Move-accept with the new socket bound to executor `ex`.
  template <typename Executor1, typename MoveAcceptHandler>
  detail::async_return_t<
      MoveAcceptHandler,
      void(boost::system::error_code,
           typename Protocol::socket::template rebind_executor<
               Executor1>::other)>
  async_accept(const Executor1& ex, MoveAcceptHandler&& handler,
               typename std::enable_if<is_executor<Executor1>::value>::type* =
                   0) {
    (void)ex, (void)handler;
    return detail::async_return_t<
        MoveAcceptHandler,
        void(boost::system::error_code,
             typename Protocol::socket::template rebind_executor<
                 Executor1>::other)>();
  }

  /// Move-accept with the new socket bound to `context`'s executor.
  template <typename ExecutionContext, typename MoveAcceptHandler>
  detail::async_return_t<
      MoveAcceptHandler,
      void(boost::system::error_code,
           typename Protocol::socket::template rebind_executor<
               typename ExecutionContext::executor_type>::other)>
  async_accept(ExecutionContext& context, MoveAcceptHandler&& handler,
               typename std::enable_if<std::is_convertible<
                   ExecutionContext&, execution_context&>::value>::type* = 0) {
    (void)context, (void)handler;
    return detail::async_return_t<
        MoveAcceptHandler,
        void(boost::system::error_code,
             typename Protocol::socket::template rebind_executor<
                 typename ExecutionContext::executor_type>::other)>();
  }

 private:
  basic_socket_acceptor(const basic_socket_acceptor&) = delete;
  basic_socket_acceptor& operator=(const basic_socket_acceptor&) = delete;
  executor_type executor_;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BASIC_SOCKET_ACCEPTOR_HPP
