// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/error.hpp>; not the real implementation.
#ifndef BOOST_ASIO_ERROR_HPP
#define BOOST_ASIO_ERROR_HPP

#include <cerrno>

#include <boost/system/error_code.hpp>
#include <boost/system/system_error.hpp>

namespace boost {
namespace asio {
namespace error {

enum basic_errors {
  access_denied = EACCES,
  address_family_not_supported = EAFNOSUPPORT,
  address_in_use = EADDRINUSE,
  already_connected = EISCONN,
  already_started = EALREADY,
  broken_pipe = EPIPE,
  connection_aborted = ECONNABORTED,
  connection_refused = ECONNREFUSED,
  connection_reset = ECONNRESET,
  bad_descriptor = EBADF,
  fault = EFAULT,
  host_unreachable = EHOSTUNREACH,
  in_progress = EINPROGRESS,
  interrupted = EINTR,
  invalid_argument = EINVAL,
  message_size = EMSGSIZE,
  name_too_long = ENAMETOOLONG,
  network_down = ENETDOWN,
  network_reset = ENETRESET,
  network_unreachable = ENETUNREACH,
  no_descriptors = EMFILE,
  no_buffer_space = ENOBUFS,
  no_memory = ENOMEM,
  no_permission = EPERM,
  no_protocol_option = ENOPROTOOPT,
  no_such_device = ENODEV,
  not_connected = ENOTCONN,
  not_socket = ENOTSOCK,
  operation_aborted = ECANCELED,
  operation_not_supported = EOPNOTSUPP,
  shut_down = ESHUTDOWN,
  timed_out = ETIMEDOUT,
  try_again = EAGAIN,
  would_block = EWOULDBLOCK
};

enum netdb_errors {
  host_not_found = 1,
  host_not_found_try_again = 2,
  no_data = 4,
  no_recovery = 3
};

enum addrinfo_errors {
  service_not_found = -8,
  socket_type_not_supported = -10
};

enum misc_errors {
  already_open = 1,
  eof,
  not_found,
  fd_set_failure
};

const boost::system::error_category& get_system_category();
const boost::system::error_category& get_netdb_category();
const boost::system::error_category& get_addrinfo_category();
const boost::system::error_category& get_misc_category();

inline boost::system::error_code make_error_code(basic_errors e) {
  return boost::system::error_code(static_cast<int>(e), get_system_category());
}
inline boost::system::error_code make_error_code(netdb_errors e) {
  return boost::system::error_code(static_cast<int>(e), get_netdb_category());
}
inline boost::system::error_code make_error_code(addrinfo_errors e) {
  return boost::system::error_code(static_cast<int>(e),
                                   get_addrinfo_category());
}
inline boost::system::error_code make_error_code(misc_errors e) {
  return boost::system::error_code(static_cast<int>(e), get_misc_category());
}

}  // namespace error
}  // namespace asio

namespace system {
template <>
struct is_error_code_enum<boost::asio::error::basic_errors> {
  static const bool value = true;
};
template <>
struct is_error_code_enum<boost::asio::error::netdb_errors> {
  static const bool value = true;
};
template <>
struct is_error_code_enum<boost::asio::error::addrinfo_errors> {
  static const bool value = true;
};
template <>
struct is_error_code_enum<boost::asio::error::misc_errors> {
  static const bool value = true;
};
}  // namespace system
}  // namespace boost

#endif  // BOOST_ASIO_ERROR_HPP
