// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/vector_body.hpp>).
#ifndef BOOST_BEAST_HTTP_VECTOR_BODY_HPP
#define BOOST_BEAST_HTTP_VECTOR_BODY_HPP

#include <cstdint>
#include <memory>
#include <vector>

namespace boost {
namespace beast {
namespace http {

template <class T, class Allocator = std::allocator<T> >
struct vector_body {
  using value_type = std::vector<T, Allocator>;
  static std::uint64_t size(value_type const& body) { return body.size(); }
  class reader;
  class writer;
};

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_VECTOR_BODY_HPP
