// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/basic_stream_socket.hpp>; not the real implementation. For
// async_* operations the socket and the buffers' memory must outlive the
// operation.
#ifndef BOOST_ASIO_BASIC_STREAM_SOCKET_HPP
#define BOOST_ASIO_BASIC_STREAM_SOCKET_HPP

#include <cstddef>
#include <type_traits>

#include <boost/asio/async_result.hpp>
#include <boost/asio/basic_socket.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename Protocol, typename Executor = any_io_executor>
class basic_stream_socket : public basic_socket<Protocol, Executor> {
 public:
  typedef Executor executor_type;
  template <typename Executor1>
  struct rebind_executor {
    typedef basic_stream_socket<Protocol, Executor1> other;
  };
  typedef typename basic_socket<Protocol, Executor>::native_handle_type
      native_handle_type;
  typedef Protocol protocol_type;
  typedef typename Protocol::endpoint endpoint_type;

  explicit basic_stream_socket(const executor_type& ex)
      : basic_socket<Protocol, Executor>(ex) {}
  template <typename ExecutionContext>
  explicit basic_stream_socket(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : basic_socket<Protocol, Executor>(context) {}
  basic_stream_socket(const executor_type& ex, const protocol_type& protocol)
      : basic_socket<Protocol, Executor>(ex, protocol) {}
  basic_stream_socket(basic_stream_socket&& other) noexcept = default;
  basic_stream_socket& operator=(basic_stream_socket&& other) = default;
  template <typename Protocol1, typename Executor1>
  basic_stream_socket(basic_stream_socket<Protocol1, Executor1>&& other,
                      typename std::enable_if<std::is_convertible<
                          Executor1, Executor>::value>::type* = 0)
      : basic_socket<Protocol, Executor>(std::move(other)) {}
  ~basic_stream_socket() {}

  template <typename ConstBufferSequence>
  std::size_t send(const ConstBufferSequence& buffers);
  template <typename ConstBufferSequence>
  std::size_t write_some(const ConstBufferSequence& buffers);
  template <typename ConstBufferSequence>
  std::size_t write_some(const ConstBufferSequence& buffers,
                         boost::system::error_code& ec);
  template <typename MutableBufferSequence>
  std::size_t receive(const MutableBufferSequence& buffers);
  template <typename MutableBufferSequence>
  std::size_t read_some(const MutableBufferSequence& buffers);
  template <typename MutableBufferSequence>
  std::size_t read_some(const MutableBufferSequence& buffers,
                        boost::system::error_code& ec);

  template <typename ConstBufferSequence, typename WriteHandler>
  detail::async_return_t<WriteHandler,
                         void(boost::system::error_code, std::size_t)>
  async_send(const ConstBufferSequence& buffers, WriteHandler&& handler) {
    (void)buffers, (void)handler;
    return detail::async_return_t<
        WriteHandler, void(boost::system::error_code, std::size_t)>();
  }
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::async_return_t<ReadHandler,
                         void(boost::system::error_code, std::size_t)>
  async_receive(const MutableBufferSequence& buffers, ReadHandler&& handler) {
    (void)buffers, (void)handler;
    return detail::async_return_t<
        ReadHandler, void(boost::system::error_code, std::size_t)>();
  }
  template <typename ConstBufferSequence, typename WriteHandler>
  detail::async_return_t<WriteHandler,
                         void(boost::system::error_code, std::size_t)>
  async_write_some(const ConstBufferSequence& buffers, WriteHandler&& handler) {
    (void)buffers, (void)handler;
    return detail::async_return_t<
        WriteHandler, void(boost::system::error_code, std::size_t)>();
  }
  template <typename MutableBufferSequence, typename ReadHandler>
  detail::async_return_t<ReadHandler,
                         void(boost::system::error_code, std::size_t)>
  async_read_some(const MutableBufferSequence& buffers, ReadHandler&& handler) {
    (void)buffers, (void)handler;
    return detail::async_return_t<
        ReadHandler, void(boost::system::error_code, std::size_t)>();
  }
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BASIC_STREAM_SOCKET_HPP
