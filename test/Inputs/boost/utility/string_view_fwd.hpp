// Hermetic stub for lit tests. Mirrors Boost 1.74
// <boost/utility/string_view_fwd.hpp>; not the real implementation.
#ifndef BOOST_STRING_VIEW_FWD_HPP
#define BOOST_STRING_VIEW_FWD_HPP

#include <string>

namespace boost {

template <typename charT, typename traits = std::char_traits<charT> >
class basic_string_view;
typedef basic_string_view<char, std::char_traits<char> > string_view;
typedef basic_string_view<wchar_t, std::char_traits<wchar_t> > wstring_view;

}  // namespace boost

#endif  // BOOST_STRING_VIEW_FWD_HPP
