// Hermetic stub for lit tests (Boost.Asio 1.74 <boost/asio/wait_traits.hpp>).
#ifndef BOOST_ASIO_WAIT_TRAITS_HPP
#define BOOST_ASIO_WAIT_TRAITS_HPP

namespace boost {
namespace asio {

template <typename Clock>
struct wait_traits {
  static typename Clock::duration to_wait_duration(
      const typename Clock::duration& d) {
    return d;
  }
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_WAIT_TRAITS_HPP
