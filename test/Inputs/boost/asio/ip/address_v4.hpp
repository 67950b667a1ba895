// Hermetic stub: address_v4 lives in address.hpp in this stub.
#ifndef BOOST_ASIO_IP_ADDRESS_V4_HPP
#define BOOST_ASIO_IP_ADDRESS_V4_HPP
#include <boost/asio/ip/address.hpp>
#endif
