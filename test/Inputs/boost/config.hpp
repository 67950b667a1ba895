// Hermetic stub for lit tests (Boost 1.74 <boost/config.hpp>): only the
// handful of macros that typical Beast/Asio example code uses.
#ifndef BOOST_CONFIG_HPP
#define BOOST_CONFIG_HPP

#define BOOST_VERSION 107400
#define BOOST_LIB_VERSION "1_74"

#define BOOST_DO_STRINGIZE(X) #X
#define BOOST_STRINGIZE(X) BOOST_DO_STRINGIZE(X)

#define BOOST_NOEXCEPT noexcept
#define BOOST_CONSTEXPR constexpr
#define BOOST_ASSERT(expr) ((void)0)

#endif  // BOOST_CONFIG_HPP
