// Hermetic stub for lit tests (Boost.Beast 1.74 <boost/beast/websocket.hpp>).
#ifndef BOOST_BEAST_WEBSOCKET_HPP
#define BOOST_BEAST_WEBSOCKET_HPP
#include <boost/beast/websocket/stream.hpp>
#endif
