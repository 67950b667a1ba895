// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/read.hpp>; not the real implementation. For the async forms,
// the stream and the memory referenced by the buffers must remain valid
// until the handler is called.
#ifndef BOOST_ASIO_READ_HPP
#define BOOST_ASIO_READ_HPP

#include <cstddef>

#include <boost/asio/async_result.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/completion_condition.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename SyncReadStream, typename MutableBufferSequence>
std::size_t read(SyncReadStream& s, const MutableBufferSequence& buffers);
template <typename SyncReadStream, typename MutableBufferSequence>
std::size_t read(SyncReadStream& s, const MutableBufferSequence& buffers, boost::system::error_code& ec);
template <typename SyncReadStream, typename MutableBufferSequence, typename CompletionCondition>
std::size_t read(SyncReadStream& s, const MutableBufferSequence& buffers,
                  CompletionCondition completion_condition,
                  boost::system::error_code& ec);
template <typename SyncReadStream, typename Allocator>
std::size_t read(SyncReadStream& s, basic_streambuf<Allocator>& b);

template <typename AsyncReadStream, typename MutableBufferSequence, typename ReadHandler>
inline detail::async_return_t<ReadHandler, void(boost::system::error_code, std::size_t)>
async_read(AsyncReadStream& s, const MutableBufferSequence& buffers, ReadHandler&& handler) {
  (void)s, (void)buffers, (void)handler;
  return detail::async_return_t<ReadHandler,
                                void(boost::system::error_code, std::size_t)>();
}

template <typename AsyncReadStream, typename MutableBufferSequence, typename CompletionCondition,
          typename ReadHandler>
inline detail::async_return_t<ReadHandler, void(boost::system::error_code, std::size_t)>
async_read(AsyncReadStream& s, const MutableBufferSequence& buffers,
            CompletionCondition completion_condition, ReadHandler&& handler) {
  (void)s, (void)buffers, (void)completion_condition, (void)handler;
  return detail::async_return_t<ReadHandler,
                                void(boost::system::error_code, std::size_t)>();
}

template <typename AsyncReadStream, typename Allocator, typename ReadHandler>
inline detail::async_return_t<ReadHandler, void(boost::system::error_code, std::size_t)>
async_read(AsyncReadStream& s, basic_streambuf<Allocator>& b, ReadHandler&& handler) {
  (void)s, (void)b, (void)handler;
  return detail::async_return_t<ReadHandler,
                                void(boost::system::error_code, std::size_t)>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_READ_HPP
