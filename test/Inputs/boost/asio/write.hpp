// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/write.hpp>; not the real implementation. For the async forms,
// the stream and the memory referenced by the buffers must remain valid
// until the handler is called.
#ifndef BOOST_ASIO_WRITE_HPP
#define BOOST_ASIO_WRITE_HPP

#include <cstddef>

#include <boost/asio/async_result.hpp>
#include <boost/asio/buffer.hpp>
#include <boost/asio/completion_condition.hpp>
#include <boost/asio/streambuf.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename SyncWriteStream, typename ConstBufferSequence>
std::size_t write(SyncWriteStream& s, const ConstBufferSequence& buffers);
template <typename SyncWriteStream, typename ConstBufferSequence>
std::size_t write(SyncWriteStream& s, const ConstBufferSequence& buffers, boost::system::error_code& ec);
template <typename SyncWriteStream, typename ConstBufferSequence, typename CompletionCondition>
std::size_t write(SyncWriteStream& s, const ConstBufferSequence& buffers,
                  CompletionCondition completion_condition,
                  boost::system::error_code& ec);
template <typename SyncWriteStream, typename Allocator>
std::size_t write(SyncWriteStream& s, basic_streambuf<Allocator>& b);

template <typename AsyncWriteStream, typename ConstBufferSequence, typename WriteHandler>
inline detail::async_return_t<WriteHandler, void(boost::system::error_code, std::size_t)>
async_write(AsyncWriteStream& s, const ConstBufferSequence& buffers, WriteHandler&& handler) {
  (void)s, (void)buffers, (void)handler;
  return detail::async_return_t<WriteHandler,
                                void(boost::system::error_code, std::size_t)>();
}

template <typename AsyncWriteStream, typename ConstBufferSequence, typename CompletionCondition,
          typename WriteHandler>
inline detail::async_return_t<WriteHandler, void(boost::system::error_code, std::size_t)>
async_write(AsyncWriteStream& s, const ConstBufferSequence& buffers,
            CompletionCondition completion_condition, WriteHandler&& handler) {
  (void)s, (void)buffers, (void)completion_condition, (void)handler;
  return detail::async_return_t<WriteHandler,
                                void(boost::system::error_code, std::size_t)>();
}

template <typename AsyncWriteStream, typename Allocator, typename WriteHandler>
inline detail::async_return_t<WriteHandler, void(boost::system::error_code, std::size_t)>
async_write(AsyncWriteStream& s, basic_streambuf<Allocator>& b, WriteHandler&& handler) {
  (void)s, (void)b, (void)handler;
  return detail::async_return_t<WriteHandler,
                                void(boost::system::error_code, std::size_t)>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_WRITE_HPP
