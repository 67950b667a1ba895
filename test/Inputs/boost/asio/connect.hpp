// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/connect.hpp>; not the real implementation.
#ifndef BOOST_ASIO_CONNECT_HPP
#define BOOST_ASIO_CONNECT_HPP

#include <boost/asio/async_result.hpp>
#include <boost/asio/basic_socket.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor>& s,
                                    const EndpointSequence& endpoints);
template <typename Protocol, typename Executor, typename EndpointSequence>
typename Protocol::endpoint connect(basic_socket<Protocol, Executor>& s,
                                    const EndpointSequence& endpoints,
                                    boost::system::error_code& ec);

template <typename Protocol, typename Executor, typename EndpointSequence,
          typename RangeConnectHandler>
inline detail::async_return_t<
    RangeConnectHandler,
    void(boost::system::error_code, typename Protocol::endpoint)>
async_connect(basic_socket<Protocol, Executor>& s,
              const EndpointSequence& endpoints,
              RangeConnectHandler&& handler) {
  (void)s, (void)endpoints, (void)handler;
  return detail::async_return_t<
      RangeConnectHandler,
      void(boost::system::error_code, typename Protocol::endpoint)>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_CONNECT_HPP
