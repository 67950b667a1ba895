// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/detached.hpp>; not the real implementation.
#ifndef BOOST_ASIO_DETACHED_HPP
#define BOOST_ASIO_DETACHED_HPP

#include <boost/asio/async_result.hpp>

namespace boost {
namespace asio {

/// Completion token: "fire and forget" (result is discarded).
class detached_t {
 public:
  constexpr detached_t() {}
};

constexpr detached_t detached;

template <typename Signature>
class async_result<detached_t, Signature> {
 public:
  typedef void return_type;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_DETACHED_HPP
