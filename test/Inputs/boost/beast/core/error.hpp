// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/error.hpp>; not the real implementation.
#ifndef BOOST_BEAST_ERROR_HPP
#define BOOST_BEAST_ERROR_HPP

#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

namespace boost {
namespace beast {

using error_code = boost::system::error_code;
using system_error = boost::system::system_error;
using error_category = boost::system::error_category;
using error_condition = boost::system::error_condition;
namespace errc = boost::system::errc;

enum class error { timeout = 1 };
enum class condition { timeout = 1 };

error_code make_error_code(error e);

}  // namespace beast

namespace system {
template <>
struct is_error_code_enum<::boost::beast::error> {
  static bool const value = true;
};
}  // namespace system
}  // namespace boost

#endif  // BOOST_BEAST_ERROR_HPP
