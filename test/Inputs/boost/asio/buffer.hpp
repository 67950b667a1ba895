// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/buffer.hpp>; not the real implementation. Buffers are
// NON-OWNING views: the underlying memory must stay alive until the
// asynchronous operation that uses them completes.
#ifndef BOOST_ASIO_BUFFER_HPP
#define BOOST_ASIO_BUFFER_HPP

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace boost {
namespace asio {

class mutable_buffer {
 public:
  mutable_buffer() noexcept : data_(nullptr), size_(0) {}
  mutable_buffer(void* data, std::size_t size) noexcept
      : data_(data), size_(size) {}
  void* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  mutable_buffer& operator+=(std::size_t n) noexcept {
    data_ = static_cast<char*>(data_) + n;
    size_ -= n;
    return *this;
  }

 private:
  void* data_;
  std::size_t size_;
};

class const_buffer {
 public:
  const_buffer() noexcept : data_(nullptr), size_(0) {}
  const_buffer(const void* data, std::size_t size) noexcept
      : data_(data), size_(size) {}
  const_buffer(const mutable_buffer& b) noexcept
      : data_(b.data()), size_(b.size()) {}
  const void* data() const noexcept { return data_; }
  std::size_t size() const noexcept { return size_; }
  const_buffer& operator+=(std::size_t n) noexcept {
    data_ = static_cast<const char*>(data_) + n;
    size_ -= n;
    return *this;
  }

 private:
  const void* data_;
  std::size_t size_;
};

/// Deprecated single-buffer sequences still returned by buffer() in 1.74.
class mutable_buffers_1 : public mutable_buffer {
 public:
  typedef mutable_buffer value_type;
  typedef const mutable_buffer* const_iterator;
  mutable_buffers_1(void* data, std::size_t size) noexcept
      : mutable_buffer(data, size) {}
  explicit mutable_buffers_1(const mutable_buffer& b) noexcept
      : mutable_buffer(b) {}
  const_iterator begin() const noexcept { return this; }
  const_iterator end() const noexcept { return begin() + 1; }
};

class const_buffers_1 : public const_buffer {
 public:
  typedef const_buffer value_type;
  typedef const const_buffer* const_iterator;
  const_buffers_1(const void* data, std::size_t size) noexcept
      : const_buffer(data, size) {}
  explicit const_buffers_1(const const_buffer& b) noexcept
      : const_buffer(b) {}
  const_iterator begin() const noexcept { return this; }
  const_iterator end() const noexcept { return begin() + 1; }
};

inline const mutable_buffer* buffer_sequence_begin(const mutable_buffer& b) noexcept {
  return &b;
}
inline const const_buffer* buffer_sequence_begin(const const_buffer& b) noexcept {
  return &b;
}
inline const mutable_buffer* buffer_sequence_end(const mutable_buffer& b) noexcept {
  return &b + 1;
}
inline const const_buffer* buffer_sequence_end(const const_buffer& b) noexcept {
  return &b + 1;
}

template <typename BufferSequence>
std::size_t buffer_size(const BufferSequence& b) noexcept;
inline std::size_t buffer_size(const mutable_buffer& b) noexcept {
  return b.size();
}
inline std::size_t buffer_size(const const_buffer& b) noexcept {
  return b.size();
}
std::size_t buffer_copy(const mutable_buffer& target,
                        const const_buffer& source) noexcept;

inline mutable_buffers_1 buffer(const mutable_buffer& b) noexcept {
  return mutable_buffers_1(b);
}
inline const_buffers_1 buffer(const const_buffer& b) noexcept {
  return const_buffers_1(b);
}
inline mutable_buffers_1 buffer(void* data, std::size_t size_in_bytes) noexcept {
  return mutable_buffers_1(data, size_in_bytes);
}
inline const_buffers_1 buffer(const void* data,
                              std::size_t size_in_bytes) noexcept {
  return const_buffers_1(data, size_in_bytes);
}
template <typename PodType, std::size_t N>
inline mutable_buffers_1 buffer(PodType (&data)[N]) noexcept {
  return mutable_buffers_1(data, N * sizeof(PodType));
}
template <typename PodType, std::size_t N>
inline const_buffers_1 buffer(const PodType (&data)[N]) noexcept {
  return const_buffers_1(data, N * sizeof(PodType));
}
template <typename PodType, std::size_t N>
inline mutable_buffers_1 buffer(std::array<PodType, N>& data) noexcept {
  return mutable_buffers_1(data.data(), data.size() * sizeof(PodType));
}
template <typename PodType, std::size_t N>
inline const_buffers_1 buffer(const std::array<PodType, N>& data) noexcept {
  return const_buffers_1(data.data(), data.size() * sizeof(PodType));
}
template <typename PodType, typename Allocator>
inline mutable_buffers_1 buffer(std::vector<PodType, Allocator>& data) noexcept {
  return mutable_buffers_1(data.data(), data.size() * sizeof(PodType));
}
template <typename PodType, typename Allocator>
inline const_buffers_1 buffer(
    const std::vector<PodType, Allocator>& data) noexcept {
  return const_buffers_1(data.data(), data.size() * sizeof(PodType));
}
template <typename Elem, typename Traits, typename Allocator>
inline mutable_buffers_1 buffer(
    std::basic_string<Elem, Traits, Allocator>& data) noexcept {
  return mutable_buffers_1(&data[0], data.size() * sizeof(Elem));
}
template <typename Elem, typename Traits, typename Allocator>
inline const_buffers_1 buffer(
    const std::basic_string<Elem, Traits, Allocator>& data) noexcept {
  return const_buffers_1(data.data(), data.size() * sizeof(Elem));
}
template <typename Elem, typename Traits>
inline const_buffers_1 buffer(
    std::basic_string_view<Elem, Traits> data) noexcept {
  return const_buffers_1(data.data(), data.size() * sizeof(Elem));
}
template <typename Elem, typename Traits, typename Allocator>
inline mutable_buffers_1 buffer(
    std::basic_string<Elem, Traits, Allocator>& data,
    std::size_t max_size_in_bytes) noexcept {
  return mutable_buffers_1(&data[0], max_size_in_bytes);
}
template <typename PodType, typename Allocator>
inline mutable_buffers_1 buffer(std::vector<PodType, Allocator>& data,
                                std::size_t max_size_in_bytes) noexcept {
  return mutable_buffers_1(data.data(), max_size_in_bytes);
}

/// Adapts a std::string (held by reference) to the DynamicBuffer concept.
template <typename Elem, typename Traits, typename Allocator>
class dynamic_string_buffer {
 public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;
  explicit dynamic_string_buffer(
      std::basic_string<Elem, Traits, Allocator>& s,
      std::size_t maximum_size = std::size_t(-1)) noexcept
      : string_(&s), max_size_(maximum_size) {}
  std::size_t size() const noexcept { return string_->size(); }
  std::size_t max_size() const noexcept { return max_size_; }
  std::size_t capacity() const noexcept { return string_->capacity(); }
  const_buffers_type data() const noexcept {
    return const_buffers_type(string_->data(), string_->size());
  }
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void consume(std::size_t n);

 private:
  std::basic_string<Elem, Traits, Allocator>* string_;
  std::size_t max_size_;
};

/// Adapts a std::vector (held by reference) to the DynamicBuffer concept.
template <typename Elem, typename Allocator>
class dynamic_vector_buffer {
 public:
  typedef const_buffers_1 const_buffers_type;
  typedef mutable_buffers_1 mutable_buffers_type;
  explicit dynamic_vector_buffer(std::vector<Elem, Allocator>& v,
                                 std::size_t maximum_size = std::size_t(-1))
      noexcept
      : vector_(&v), max_size_(maximum_size) {}
  std::size_t size() const noexcept { return vector_->size(); }
  std::size_t max_size() const noexcept { return max_size_; }
  const_buffers_type data() const noexcept {
    return const_buffers_type(vector_->data(), vector_->size());
  }
  mutable_buffers_type prepare(std::size_t n);
  void commit(std::size_t n);
  void consume(std::size_t n);

 private:
  std::vector<Elem, Allocator>* vector_;
  std::size_t max_size_;
};

template <typename Elem, typename Traits, typename Allocator>
inline dynamic_string_buffer<Elem, Traits, Allocator> dynamic_buffer(
    std::basic_string<Elem, Traits, Allocator>& data) noexcept {
  return dynamic_string_buffer<Elem, Traits, Allocator>(data);
}
template <typename Elem, typename Traits, typename Allocator>
inline dynamic_string_buffer<Elem, Traits, Allocator> dynamic_buffer(
    std::basic_string<Elem, Traits, Allocator>& data,
    std::size_t max_size) noexcept {
  return dynamic_string_buffer<Elem, Traits, Allocator>(data, max_size);
}
template <typename Elem, typename Allocator>
inline dynamic_vector_buffer<Elem, Allocator> dynamic_buffer(
    std::vector<Elem, Allocator>& data) noexcept {
  return dynamic_vector_buffer<Elem, Allocator>(data);
}
template <typename Elem, typename Allocator>
inline dynamic_vector_buffer<Elem, Allocator> dynamic_buffer(
    std::vector<Elem, Allocator>& data, std::size_t max_size) noexcept {
  return dynamic_vector_buffer<Elem, Allocator>(data, max_size);
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BUFFER_HPP
