// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/buffer_body.hpp>).
#ifndef BOOST_BEAST_HTTP_BUFFER_BODY_HPP
#define BOOST_BEAST_HTTP_BUFFER_BODY_HPP

#include <cstddef>

namespace boost {
namespace beast {
namespace http {

/// Body whose value_type holds a RAW POINTER to caller-owned memory.
struct buffer_body {
  struct value_type {
    void* data = nullptr;
    std::size_t size = 0;
    bool more = true;
  };
  class reader;
  class writer;
};

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_BUFFER_BODY_HPP
