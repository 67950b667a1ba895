// Hermetic stub: Boost.Beast 1.74 <boost/beast/core/file.hpp>.
#ifndef BOOST_BEAST_CORE_FILE_HPP
#define BOOST_BEAST_CORE_FILE_HPP
#include <boost/beast/core/file_base.hpp>
#endif
