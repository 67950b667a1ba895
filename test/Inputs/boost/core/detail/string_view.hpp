// Hermetic stub for lit tests. Mirrors the names of Boost 1.81
// <boost/core/detail/string_view.hpp>: boost::core::basic_string_view, the
// non-owning view Boost.URL returns. Not in Boost 1.74 (Debian 12 ships
// Boost.URL only with Boost 1.81, which cannot be installed beside 1.74).
// Not the real implementation.
#ifndef BOOST_CORE_DETAIL_STRING_VIEW_HPP
#define BOOST_CORE_DETAIL_STRING_VIEW_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace boost {
namespace core {

template <class Ch> class basic_string_view {
public:
  typedef std::size_t size_type;
  constexpr basic_string_view() noexcept = default;
  constexpr basic_string_view(const Ch *p, size_type n) noexcept : p_(p), n_(n) {}
  basic_string_view(const Ch *p) noexcept
      : p_(p), n_(std::char_traits<Ch>::length(p)) {}
  basic_string_view(const std::basic_string<Ch> &s) noexcept
      : p_(s.data()), n_(s.size()) {}
  constexpr basic_string_view(std::basic_string_view<Ch> s) noexcept
      : p_(s.data()), n_(s.size()) {}
  constexpr const Ch *data() const noexcept { return p_; }
  constexpr size_type size() const noexcept { return n_; }
  constexpr bool empty() const noexcept { return n_ == 0; }
  operator std::basic_string<Ch>() const { return std::basic_string<Ch>(p_, n_); }
  constexpr operator std::basic_string_view<Ch>() const noexcept {
    return std::basic_string_view<Ch>(p_, n_);
  }

private:
  const Ch *p_ = nullptr;
  size_type n_ = 0;
};

typedef basic_string_view<char> string_view;

} // namespace core
} // namespace boost

#endif
