// Hermetic stub for lit tests (Boost.Beast 1.74 <boost/beast/core/string.hpp>).
#ifndef BOOST_BEAST_STRING_HPP
#define BOOST_BEAST_STRING_HPP

#include <boost/beast/core/string_type.hpp>

namespace boost {
namespace beast {

bool iequals(beast::string_view lhs, beast::string_view rhs);

struct iless {
  bool operator()(string_view lhs, string_view rhs) const;
};
struct iequal {
  bool operator()(string_view lhs, string_view rhs) const {
    return iequals(lhs, rhs);
  }
};

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_STRING_HPP
