// Hermetic stub: io_context::strand lives in io_context.hpp in this stub.
#ifndef BOOST_ASIO_IO_CONTEXT_STRAND_HPP
#define BOOST_ASIO_IO_CONTEXT_STRAND_HPP
#include <boost/asio/io_context.hpp>
#endif
