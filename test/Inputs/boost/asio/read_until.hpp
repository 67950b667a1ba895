// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/read_until.hpp>; not the real implementation.
#ifndef BOOST_ASIO_READ_UNTIL_HPP
#define BOOST_ASIO_READ_UNTIL_HPP

#include <cstddef>
#include <string>
#include <string_view>

#include <boost/asio/async_result.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream& s, DynamicBuffer&& buffers,
                       std::string_view delim);
template <typename SyncReadStream, typename DynamicBuffer>
std::size_t read_until(SyncReadStream& s, DynamicBuffer&& buffers,
                       std::string_view delim, boost::system::error_code& ec);

template <typename AsyncReadStream, typename DynamicBuffer,
          typename ReadHandler>
inline detail::async_return_t<ReadHandler,
                              void(boost::system::error_code, std::size_t)>
async_read_until(AsyncReadStream& s, DynamicBuffer&& buffers, char delim,
                 ReadHandler&& handler) {
  (void)s, (void)buffers, (void)delim, (void)handler;
  return detail::async_return_t<ReadHandler,
                                void(boost::system::error_code, std::size_t)>();
}

template <typename AsyncReadStream, typename DynamicBuffer,
          typename ReadHandler>
inline detail::async_return_t<ReadHandler,
                              void(boost::system::error_code, std::size_t)>
async_read_until(AsyncReadStream& s, DynamicBuffer&& buffers,
                 std::string_view delim, ReadHandler&& handler) {
  (void)s, (void)buffers, (void)delim, (void)handler;
  return detail::async_return_t<ReadHandler,
                                void(boost::system::error_code, std::size_t)>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_READ_UNTIL_HPP
