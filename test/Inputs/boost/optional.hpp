// Hermetic stub for lit tests (Boost 1.74 <boost/optional.hpp>).
#ifndef BOOST_OPTIONAL_FLC_19NOV2002_HPP
#define BOOST_OPTIONAL_FLC_19NOV2002_HPP
#include <boost/optional/optional.hpp>
#endif
