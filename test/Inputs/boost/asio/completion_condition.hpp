// Hermetic stub for lit tests (Boost.Asio 1.74
// <boost/asio/completion_condition.hpp>).
#ifndef BOOST_ASIO_COMPLETION_CONDITION_HPP
#define BOOST_ASIO_COMPLETION_CONDITION_HPP

#include <cstddef>

namespace boost {
namespace asio {
namespace detail {
struct transfer_all_t {};
struct transfer_at_least_t {
  std::size_t minimum_;
};
struct transfer_exactly_t {
  std::size_t size_;
};
}  // namespace detail

inline detail::transfer_all_t transfer_all() { return detail::transfer_all_t(); }
inline detail::transfer_at_least_t transfer_at_least(std::size_t minimum) {
  return detail::transfer_at_least_t{minimum};
}
inline detail::transfer_exactly_t transfer_exactly(std::size_t size) {
  return detail::transfer_exactly_t{size};
}
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_COMPLETION_CONDITION_HPP
