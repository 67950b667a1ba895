// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/empty_body.hpp>).
#ifndef BOOST_BEAST_HTTP_EMPTY_BODY_HPP
#define BOOST_BEAST_HTTP_EMPTY_BODY_HPP

#include <cstdint>

namespace boost {
namespace beast {
namespace http {

struct empty_body {
  struct value_type {};
  static std::uint64_t size(value_type) { return 0; }
  class reader;
  class writer;
};

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_EMPTY_BODY_HPP
