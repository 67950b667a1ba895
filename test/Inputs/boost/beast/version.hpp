// Hermetic stub for lit tests (Boost.Beast 1.74 <boost/beast/version.hpp>).
#ifndef BOOST_BEAST_VERSION_HPP
#define BOOST_BEAST_VERSION_HPP

#include <boost/config.hpp>

#define BOOST_BEAST_VERSION 300
#define BOOST_BEAST_VERSION_STRING "Boost.Beast/" BOOST_STRINGIZE(BOOST_BEAST_VERSION)

#endif  // BOOST_BEAST_VERSION_HPP
