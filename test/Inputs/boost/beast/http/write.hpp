// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/write.hpp>; not the real implementation. For async_write
// the stream and the message must remain valid until the handler is called.
#ifndef BOOST_BEAST_HTTP_WRITE_HPP
#define BOOST_BEAST_HTTP_WRITE_HPP

#include <cstddef>
#include <ostream>

#include <boost/asio/async_result.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>

namespace boost {
namespace beast {
namespace http {

template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream& stream,
                  message<isRequest, Body, Fields>& msg) {
  (void)stream, (void)msg;
  return 0;
}
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream& stream,
                  message<isRequest, Body, Fields> const& msg) {
  (void)stream, (void)msg;
  return 0;
}
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream& stream,
                  message<isRequest, Body, Fields>& msg, error_code& ec) {
  (void)stream, (void)msg, (void)ec;
  return 0;
}
template <class SyncWriteStream, bool isRequest, class Body, class Fields>
std::size_t write(SyncWriteStream& stream,
                  message<isRequest, Body, Fields> const& msg,
                  error_code& ec) {
  (void)stream, (void)msg, (void)ec;
  return 0;
}

template <class AsyncWriteStream, bool isRequest, class Body, class Fields,
          class WriteHandler>
boost::asio::detail::async_return_t<WriteHandler,
                                    void(error_code, std::size_t)>
async_write(AsyncWriteStream& stream, message<isRequest, Body, Fields>& msg,
            WriteHandler&& handler) {
  (void)stream, (void)msg, (void)handler;
  return boost::asio::detail::async_return_t<WriteHandler,
                                             void(error_code, std::size_t)>();
}
template <class AsyncWriteStream, bool isRequest, class Body, class Fields,
          class WriteHandler>
boost::asio::detail::async_return_t<WriteHandler,
                                    void(error_code, std::size_t)>
async_write(AsyncWriteStream& stream,
            message<isRequest, Body, Fields> const& msg,
            WriteHandler&& handler) {
  (void)stream, (void)msg, (void)handler;
  return boost::asio::detail::async_return_t<WriteHandler,
                                             void(error_code, std::size_t)>();
}

template <bool isRequest, class Body, class Fields>
std::ostream& operator<<(std::ostream& os,
                         message<isRequest, Body, Fields> const& msg) {
  (void)msg;
  return os;
}

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_WRITE_HPP
