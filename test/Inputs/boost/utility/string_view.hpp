// Hermetic stub for lit tests. Mirrors names/signatures of Boost 1.74
// <boost/utility/string_view.hpp> (boost::basic_string_view, a NON-OWNING
// view); not the real implementation.
#ifndef BOOST_STRING_VIEW_HPP
#define BOOST_STRING_VIEW_HPP

#include <cstddef>
#include <iterator>
#include <ostream>
#include <string>

#include <boost/utility/string_view_fwd.hpp>

namespace boost {

template <typename charT, typename traits>
class basic_string_view {
 public:
  typedef traits traits_type;
  typedef charT value_type;
  typedef charT* pointer;
  typedef const charT* const_pointer;
  typedef charT& reference;
  typedef const charT& const_reference;
  typedef const_pointer const_iterator;
  typedef const_iterator iterator;
  typedef std::reverse_iterator<const_iterator> const_reverse_iterator;
  typedef const_reverse_iterator reverse_iterator;
  typedef std::size_t size_type;
  typedef std::ptrdiff_t difference_type;
  static constexpr size_type npos = size_type(-1);

  constexpr basic_string_view() noexcept : ptr_(nullptr), len_(0) {}
  constexpr basic_string_view(const basic_string_view& rhs) noexcept = default;
  basic_string_view& operator=(const basic_string_view& rhs) noexcept = default;
  template <typename Allocator>
  basic_string_view(
      const std::basic_string<charT, traits, Allocator>& str) noexcept
      : ptr_(str.data()), len_(str.length()) {}
  constexpr basic_string_view(const charT* str)
      : ptr_(str), len_(traits::length(str)) {}
  constexpr basic_string_view(const charT* str, size_type len)
      : ptr_(str), len_(len) {}

  constexpr const_iterator begin() const noexcept { return ptr_; }
  constexpr const_iterator cbegin() const noexcept { return ptr_; }
  constexpr const_iterator end() const noexcept { return ptr_ + len_; }
  constexpr const_iterator cend() const noexcept { return ptr_ + len_; }
  const_reverse_iterator rbegin() const noexcept {
    return const_reverse_iterator(end());
  }
  const_reverse_iterator rend() const noexcept {
    return const_reverse_iterator(begin());
  }

  constexpr size_type size() const noexcept { return len_; }
  constexpr size_type length() const noexcept { return len_; }
  constexpr size_type max_size() const noexcept { return len_; }
  constexpr bool empty() const noexcept { return len_ == 0; }

  constexpr const_reference operator[](size_type pos) const noexcept {
    return ptr_[pos];
  }
  constexpr const_reference at(size_t pos) const { return ptr_[pos]; }
  constexpr const_reference front() const { return ptr_[0]; }
  constexpr const_reference back() const { return ptr_[len_ - 1]; }
  constexpr const_pointer data() const noexcept { return ptr_; }

  void clear() noexcept { len_ = 0; }
  constexpr void remove_prefix(size_type n) {
    ptr_ += n;
    len_ -= n;
  }
  constexpr void remove_suffix(size_type n) { len_ -= n; }
  constexpr void swap(basic_string_view& s) noexcept {
    basic_string_view tmp = s;
    s = *this;
    *this = tmp;
  }

  template <typename Allocator>
  explicit operator std::basic_string<charT, traits, Allocator>() const {
    return std::basic_string<charT, traits, Allocator>(begin(), end());
  }
  std::basic_string<charT, traits> to_string() const {
    return std::basic_string<charT, traits>(begin(), end());
  }

  size_type copy(charT* s, size_type n, size_type pos = 0) const;
  constexpr basic_string_view substr(size_type pos, size_type n = npos) const {
    return basic_string_view(ptr_ + pos, (n == npos || pos + n > len_) ? len_ - pos : n);
  }
  constexpr int compare(basic_string_view x) const noexcept {
    const size_type n = len_ < x.len_ ? len_ : x.len_;
    const int r = traits::compare(ptr_, x.ptr_, n);
    return r != 0 ? r : (len_ == x.len_ ? 0 : (len_ < x.len_ ? -1 : 1));
  }
  constexpr int compare(const charT* x) const {
    return compare(basic_string_view(x));
  }
  constexpr bool starts_with(charT c) const noexcept {
    return !empty() && traits::eq(c, front());
  }
  constexpr bool starts_with(basic_string_view x) const noexcept {
    return len_ >= x.len_ && traits::compare(ptr_, x.ptr_, x.len_) == 0;
  }
  constexpr bool ends_with(charT c) const noexcept {
    return !empty() && traits::eq(c, back());
  }
  constexpr bool ends_with(basic_string_view x) const noexcept {
    return len_ >= x.len_ &&
           traits::compare(ptr_ + len_ - x.len_, x.ptr_, x.len_) == 0;
  }

  size_type find(basic_string_view s, size_type pos = 0) const noexcept;
  size_type find(charT c, size_type pos = 0) const noexcept;
  size_type find(const charT* s, size_type pos = 0) const noexcept;
  size_type rfind(basic_string_view s, size_type pos = npos) const noexcept;
  size_type rfind(charT c, size_type pos = npos) const noexcept;
  size_type find_first_of(basic_string_view s, size_type pos = 0) const noexcept;
  size_type find_first_of(charT c, size_type pos = 0) const noexcept;
  size_type find_last_of(basic_string_view s, size_type pos = npos) const noexcept;
  size_type find_last_of(charT c, size_type pos = npos) const noexcept;
  size_type find_first_not_of(basic_string_view s, size_type pos = 0) const noexcept;
  size_type find_last_not_of(basic_string_view s, size_type pos = npos) const noexcept;

 private:
  const charT* ptr_;
  std::size_t len_;
};

// Comparison operators (same overload set shape as Boost 1.74).
template <typename charT, typename traits>
inline bool operator==(basic_string_view<charT, traits> x,
                       basic_string_view<charT, traits> y) noexcept {
  return x.compare(y) == 0;
}
template <typename charT, typename traits>
inline bool operator!=(basic_string_view<charT, traits> x,
                       basic_string_view<charT, traits> y) noexcept {
  return x.compare(y) != 0;
}
template <typename charT, typename traits>
inline bool operator<(basic_string_view<charT, traits> x,
                      basic_string_view<charT, traits> y) noexcept {
  return x.compare(y) < 0;
}
template <typename charT, typename traits, typename Allocator>
inline bool operator==(basic_string_view<charT, traits> x,
                       const std::basic_string<charT, traits, Allocator>& y) {
  return x == basic_string_view<charT, traits>(y);
}
template <typename charT, typename traits, typename Allocator>
inline bool operator==(const std::basic_string<charT, traits, Allocator>& x,
                       basic_string_view<charT, traits> y) {
  return basic_string_view<charT, traits>(x) == y;
}
template <typename charT, typename traits>
inline bool operator==(basic_string_view<charT, traits> x, const charT* y) {
  return x == basic_string_view<charT, traits>(y);
}
template <typename charT, typename traits>
inline bool operator==(const charT* x, basic_string_view<charT, traits> y) {
  return basic_string_view<charT, traits>(x) == y;
}
template <typename charT, typename traits, typename Allocator>
inline bool operator!=(basic_string_view<charT, traits> x,
                       const std::basic_string<charT, traits, Allocator>& y) {
  return !(x == y);
}
template <typename charT, typename traits, typename Allocator>
inline bool operator!=(const std::basic_string<charT, traits, Allocator>& x,
                       basic_string_view<charT, traits> y) {
  return !(x == y);
}
template <typename charT, typename traits>
inline bool operator!=(basic_string_view<charT, traits> x, const charT* y) {
  return !(x == y);
}
template <typename charT, typename traits>
inline bool operator!=(const charT* x, basic_string_view<charT, traits> y) {
  return !(x == y);
}

template <class charT, class traits>
inline std::basic_ostream<charT, traits>& operator<<(
    std::basic_ostream<charT, traits>& os,
    const basic_string_view<charT, traits>& str) {
  return os.write(str.data(), static_cast<std::streamsize>(str.size()));
}

}  // namespace boost

#endif  // BOOST_STRING_VIEW_HPP
