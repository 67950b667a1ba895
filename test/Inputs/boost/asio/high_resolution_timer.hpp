// Hermetic stub for lit tests (Boost.Asio 1.74
// <boost/asio/high_resolution_timer.hpp>).
#ifndef BOOST_ASIO_HIGH_RESOLUTION_TIMER_HPP
#define BOOST_ASIO_HIGH_RESOLUTION_TIMER_HPP

#include <chrono>

#include <boost/asio/basic_waitable_timer.hpp>

namespace boost {
namespace asio {
typedef basic_waitable_timer<std::chrono::high_resolution_clock>
    high_resolution_timer;
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_HIGH_RESOLUTION_TIMER_HPP
