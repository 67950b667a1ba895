// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/multi_buffer.hpp>; not the real implementation.
#ifndef BOOST_BEAST_MULTI_BUFFER_HPP
#define BOOST_BEAST_MULTI_BUFFER_HPP

#include <cstddef>
#include <limits>
#include <memory>
#include <vector>

#include <boost/asio/buffer.hpp>

namespace boost {
namespace beast {

template <class Allocator>
class basic_multi_buffer {
 public:
  using allocator_type = Allocator;
  using const_buffers_type = std::vector<boost::asio::const_buffer>;
  using mutable_buffers_type = std::vector<boost::asio::mutable_buffer>;

  basic_multi_buffer() noexcept {}
  explicit basic_multi_buffer(std::size_t limit) noexcept : max_(limit) {}
  basic_multi_buffer(basic_multi_buffer&& other) noexcept = default;
  basic_multi_buffer(basic_multi_buffer const& other) = default;
  basic_multi_buffer& operator=(basic_multi_buffer&& other) noexcept = default;
  basic_multi_buffer& operator=(basic_multi_buffer const& other) = default;

  std::size_t size() const noexcept { return size_; }
  std::size_t max_size() const noexcept { return max_; }
  std::size_t capacity() const noexcept { return size_; }
  void clear() noexcept { size_ = 0; }
  const_buffers_type data() const noexcept { return {}; }
  const_buffers_type cdata() const noexcept { return {}; }
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n) noexcept { size_ += n; }
  void consume(std::size_t n) noexcept { size_ = n > size_ ? 0 : size_ - n; }

 private:
  std::size_t size_ = 0;
  std::size_t max_ = (std::numeric_limits<std::size_t>::max)();
};

using multi_buffer = basic_multi_buffer<std::allocator<char> >;

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_MULTI_BUFFER_HPP
