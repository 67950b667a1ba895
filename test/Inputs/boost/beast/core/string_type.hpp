// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/core/string_type.hpp>): beast::string_view is
// boost::string_view (a NON-OWNING view), as in the default 1.74 config.
#ifndef BOOST_BEAST_STRING_TYPE_HPP
#define BOOST_BEAST_STRING_TYPE_HPP

#include <string>

#include <boost/utility/string_view.hpp>

namespace boost {
namespace beast {

using string_view = boost::string_view;

template <class CharT, class Traits = std::char_traits<CharT> >
using basic_string_view = boost::basic_string_view<CharT, Traits>;

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_STRING_TYPE_HPP
