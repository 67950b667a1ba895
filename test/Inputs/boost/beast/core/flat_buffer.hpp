// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/flat_buffer.hpp>; not the real implementation.
#ifndef BOOST_BEAST_FLAT_BUFFER_HPP
#define BOOST_BEAST_FLAT_BUFFER_HPP

#include <cstddef>
#include <limits>
#include <memory>

#include <boost/asio/buffer.hpp>

namespace boost {
namespace beast {

/// DynamicBuffer with contiguous storage. Buffers returned by data() /
/// prepare() are invalidated by subsequent modifications.
template <class Allocator>
class basic_flat_buffer {
 public:
  using allocator_type = Allocator;
  using const_buffers_type = boost::asio::const_buffer;
  using mutable_buffers_type = boost::asio::mutable_buffer;
  using mutable_data_type = boost::asio::mutable_buffer;

  basic_flat_buffer() noexcept {}
  explicit basic_flat_buffer(std::size_t limit) noexcept : max_(limit) {}
  explicit basic_flat_buffer(Allocator const& alloc) noexcept { (void)alloc; }
  basic_flat_buffer(basic_flat_buffer&& other) noexcept = default;
  basic_flat_buffer(basic_flat_buffer const& other) = default;
  basic_flat_buffer& operator=(basic_flat_buffer&& other) noexcept = default;
  basic_flat_buffer& operator=(basic_flat_buffer const& other) = default;
  ~basic_flat_buffer() {}

  allocator_type get_allocator() const { return allocator_type(); }
  void max_size(std::size_t n) noexcept { max_ = n; }
  void reserve(std::size_t n);
  void shrink_to_fit();
  void clear() noexcept { size_ = 0; }

  std::size_t size() const noexcept { return size_; }
  std::size_t max_size() const noexcept { return max_; }
  std::size_t capacity() const noexcept { return size_; }

  const_buffers_type data() const noexcept { return {data_, size_}; }
  const_buffers_type cdata() const noexcept { return data(); }
  mutable_data_type data() noexcept { return {data_, size_}; }
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n) noexcept { size_ += n; }
  void consume(std::size_t n) noexcept { size_ = n > size_ ? 0 : size_ - n; }

 private:
  char* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t max_ = (std::numeric_limits<std::size_t>::max)();
};

using flat_buffer = basic_flat_buffer<std::allocator<char> >;

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_FLAT_BUFFER_HPP
