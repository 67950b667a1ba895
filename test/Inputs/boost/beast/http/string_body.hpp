// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/string_body.hpp>).
#ifndef BOOST_BEAST_HTTP_STRING_BODY_HPP
#define BOOST_BEAST_HTTP_STRING_BODY_HPP

#include <cstdint>
#include <string>

namespace boost {
namespace beast {
namespace http {

template <class CharT, class Traits = std::char_traits<CharT>,
          class Allocator = std::allocator<CharT> >
struct basic_string_body {
  using value_type = std::basic_string<CharT, Traits, Allocator>;
  static std::uint64_t size(value_type const& body) { return body.size(); }
  class reader;
  class writer;
};

using string_body = basic_string_body<char>;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_STRING_BODY_HPP
