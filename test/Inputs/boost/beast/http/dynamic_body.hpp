// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/dynamic_body.hpp> + basic_dynamic_body.hpp).
#ifndef BOOST_BEAST_HTTP_DYNAMIC_BODY_HPP
#define BOOST_BEAST_HTTP_DYNAMIC_BODY_HPP

#include <cstdint>

#include <boost/beast/core/multi_buffer.hpp>

namespace boost {
namespace beast {
namespace http {

template <class DynamicBuffer>
struct basic_dynamic_body {
  using value_type = DynamicBuffer;
  static std::uint64_t size(value_type const& v) { return v.size(); }
  class reader;
  class writer;
};

using dynamic_body = basic_dynamic_body<multi_buffer>;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_DYNAMIC_BODY_HPP
