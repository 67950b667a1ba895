// Hermetic stub: deprecated header kept by Boost 1.74.
#ifndef BOOST_ASIO_IO_SERVICE_HPP
#define BOOST_ASIO_IO_SERVICE_HPP
#include <boost/asio/io_context.hpp>
#endif
