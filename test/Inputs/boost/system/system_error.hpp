// Hermetic stub for lit tests. Mirrors names/signatures of Boost 1.74
// <boost/system/system_error.hpp>; not the real implementation.
#ifndef BOOST_SYSTEM_SYSTEM_ERROR_HPP
#define BOOST_SYSTEM_SYSTEM_ERROR_HPP

#include <stdexcept>
#include <string>

#include <boost/system/error_code.hpp>

namespace boost {
namespace system {

class system_error : public std::runtime_error {
 public:
  explicit system_error(const error_code& ec)
      : std::runtime_error(""), code_(ec) {}
  system_error(const error_code& ec, const std::string& what_arg)
      : std::runtime_error(what_arg), code_(ec) {}
  system_error(const error_code& ec, const char* what_arg)
      : std::runtime_error(what_arg), code_(ec) {}
  system_error(int ev, const error_category& ecat)
      : std::runtime_error(""), code_(ev, ecat) {}
  const error_code& code() const noexcept { return code_; }

 private:
  error_code code_;
};

}  // namespace system
}  // namespace boost

#endif  // BOOST_SYSTEM_SYSTEM_ERROR_HPP
