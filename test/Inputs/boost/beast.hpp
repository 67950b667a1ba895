// Hermetic stub for lit tests. Mirrors the public names/signatures of
// Boost.Beast 1.74 <boost/beast.hpp>; not the real implementation.
#ifndef BOOST_BEAST_HPP
#define BOOST_BEAST_HPP

#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>
#include <boost/beast/websocket.hpp>

#endif  // BOOST_BEAST_HPP
