// Hermetic stub for lit tests (Boost.Beast 1.74 <boost/beast/core/role.hpp>).
#ifndef BOOST_BEAST_ROLE_HPP
#define BOOST_BEAST_ROLE_HPP

namespace boost {
namespace beast {
enum class role_type { client, server };
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_ROLE_HPP
