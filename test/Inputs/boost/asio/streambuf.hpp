// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/streambuf.hpp>; not the real implementation.
#ifndef BOOST_ASIO_STREAMBUF_HPP
#define BOOST_ASIO_STREAMBUF_HPP

#include <cstddef>
#include <limits>
#include <memory>
#include <streambuf>

#include <boost/asio/buffer.hpp>

namespace boost {
namespace asio {

template <typename Allocator = std::allocator<char> >
class basic_streambuf : public std::streambuf {
 public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;
  explicit basic_streambuf(
      std::size_t maximum_size = (std::numeric_limits<std::size_t>::max)(),
      const Allocator& allocator = Allocator()) {
    (void)maximum_size, (void)allocator;
  }
  std::size_t size() const noexcept;
  std::size_t max_size() const noexcept;
  std::size_t capacity() const noexcept;
  const_buffers_type data() const noexcept;
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void consume(std::size_t n);
};

typedef basic_streambuf<> streambuf;

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_STREAMBUF_HPP
