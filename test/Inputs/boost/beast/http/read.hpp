// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/read.hpp>; not the real implementation. For the async
// forms, the stream, the buffer and the message/parser must remain valid
// until the handler is called.
#ifndef BOOST_BEAST_HTTP_READ_HPP
#define BOOST_BEAST_HTTP_READ_HPP

#include <cstddef>

#include <boost/asio/async_result.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/parser.hpp>

namespace boost {
namespace beast {
namespace http {

template <class SyncReadStream, class DynamicBuffer, bool isRequest>
std::size_t read_some(SyncReadStream& stream, DynamicBuffer& buffer,
                      basic_parser<isRequest>& parser) {
  (void)stream, (void)buffer, (void)parser;
  return 0;
}

template <class SyncReadStream, class DynamicBuffer, bool isRequest>
std::size_t read_header(SyncReadStream& stream, DynamicBuffer& buffer,
                        basic_parser<isRequest>& parser) {
  (void)stream, (void)buffer, (void)parser;
  return 0;
}
template <class SyncReadStream, class DynamicBuffer, bool isRequest>
std::size_t read_header(SyncReadStream& stream, DynamicBuffer& buffer,
                        basic_parser<isRequest>& parser, error_code& ec) {
  (void)stream, (void)buffer, (void)parser, (void)ec;
  return 0;
}

template <class SyncReadStream, class DynamicBuffer, bool isRequest>
std::size_t read(SyncReadStream& stream, DynamicBuffer& buffer,
                 basic_parser<isRequest>& parser) {
  (void)stream, (void)buffer, (void)parser;
  return 0;
}
template <class SyncReadStream, class DynamicBuffer, bool isRequest>
std::size_t read(SyncReadStream& stream, DynamicBuffer& buffer,
                 basic_parser<isRequest>& parser, error_code& ec) {
  (void)stream, (void)buffer, (void)parser, (void)ec;
  return 0;
}
template <class SyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator>
std::size_t read(SyncReadStream& stream, DynamicBuffer& buffer,
                 message<isRequest, Body, basic_fields<Allocator> >& msg) {
  (void)stream, (void)buffer, (void)msg;
  return 0;
}
template <class SyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator>
std::size_t read(SyncReadStream& stream, DynamicBuffer& buffer,
                 message<isRequest, Body, basic_fields<Allocator> >& msg,
                 error_code& ec) {
  (void)stream, (void)buffer, (void)msg, (void)ec;
  return 0;
}

template <class AsyncReadStream, class DynamicBuffer, bool isRequest,
          class ReadHandler>
boost::asio::detail::async_return_t<ReadHandler, void(error_code, std::size_t)>
async_read_some(AsyncReadStream& stream, DynamicBuffer& buffer,
                basic_parser<isRequest>& parser, ReadHandler&& handler) {
  (void)stream, (void)buffer, (void)parser, (void)handler;
  return boost::asio::detail::async_return_t<ReadHandler,
                                             void(error_code, std::size_t)>();
}

template <class AsyncReadStream, class DynamicBuffer, bool isRequest,
          class ReadHandler>
boost::asio::detail::async_return_t<ReadHandler, void(error_code, std::size_t)>
async_read_header(AsyncReadStream& stream, DynamicBuffer& buffer,
                  basic_parser<isRequest>& parser, ReadHandler&& handler) {
  (void)stream, (void)buffer, (void)parser, (void)handler;
  return boost::asio::detail::async_return_t<ReadHandler,
                                             void(error_code, std::size_t)>();
}

template <class AsyncReadStream, class DynamicBuffer, bool isRequest,
          class ReadHandler>
boost::asio::detail::async_return_t<ReadHandler, void(error_code, std::size_t)>
async_read(AsyncReadStream& stream, DynamicBuffer& buffer,
           basic_parser<isRequest>& parser, ReadHandler&& handler) {
  (void)stream, (void)buffer, (void)parser, (void)handler;
  return boost::asio::detail::async_return_t<ReadHandler,
                                             void(error_code, std::size_t)>();
}

template <class AsyncReadStream, class DynamicBuffer, bool isRequest,
          class Body, class Allocator, class ReadHandler>
boost::asio::detail::async_return_t<ReadHandler, void(error_code, std::size_t)>
async_read(AsyncReadStream& stream, DynamicBuffer& buffer,
           message<isRequest, Body, basic_fields<Allocator> >& msg,
           ReadHandler&& handler) {
  (void)stream, (void)buffer, (void)msg, (void)handler;
  return boost::asio::detail::async_return_t<ReadHandler,
                                             void(error_code, std::size_t)>();
}

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_READ_HPP
