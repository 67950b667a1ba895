// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/core/buffers_to_string.hpp>).
#ifndef BOOST_BEAST_BUFFERS_TO_STRING_HPP
#define BOOST_BEAST_BUFFERS_TO_STRING_HPP

#include <string>

namespace boost {
namespace beast {

/// Returns an owning copy of the bytes in a buffer sequence.
template <class ConstBufferSequence>
std::string buffers_to_string(ConstBufferSequence const& buffers) {
  (void)buffers;
  return std::string();
}

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_BUFFERS_TO_STRING_HPP
