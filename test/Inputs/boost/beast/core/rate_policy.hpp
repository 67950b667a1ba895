// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/core/rate_policy.hpp>).
#ifndef BOOST_BEAST_CORE_RATE_POLICY_HPP
#define BOOST_BEAST_CORE_RATE_POLICY_HPP

#include <cstddef>

namespace boost {
namespace beast {

class unlimited_rate_policy {};

class simple_rate_policy {
 public:
  void read_limit(std::size_t bytes_per_second) noexcept { (void)bytes_per_second; }
  void write_limit(std::size_t bytes_per_second) noexcept { (void)bytes_per_second; }
};

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_CORE_RATE_POLICY_HPP
