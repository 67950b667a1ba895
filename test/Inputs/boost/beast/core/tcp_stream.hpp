// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/core/tcp_stream.hpp>).
#ifndef BOOST_BEAST_CORE_TCP_STREAM_HPP
#define BOOST_BEAST_CORE_TCP_STREAM_HPP

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core/basic_stream.hpp>
#include <boost/beast/core/rate_policy.hpp>

namespace boost {
namespace beast {

using tcp_stream = basic_stream<net::ip::tcp, net::any_io_executor,
                                unlimited_rate_policy>;

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_CORE_TCP_STREAM_HPP
