// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/error.hpp>; not the real implementation.
#ifndef BOOST_BEAST_HTTP_ERROR_HPP
#define BOOST_BEAST_HTTP_ERROR_HPP

#include <boost/beast/core/error.hpp>

namespace boost {
namespace beast {
namespace http {

enum class error {
  end_of_stream = 1,
  partial_message,
  need_more,
  unexpected_body,
  need_buffer,
  end_of_chunk,
  buffer_overflow,
  header_limit,
  body_limit,
  bad_alloc,
  bad_line_ending,
  bad_method,
  bad_target,
  bad_version,
  bad_status,
  bad_reason,
  bad_field,
  bad_value,
  bad_content_length,
  bad_transfer_encoding,
  bad_chunk,
  bad_chunk_extension,
  bad_obs_fold,
  stale_parser,
  short_read
};

error_code make_error_code(error ev);

}  // namespace http
}  // namespace beast

namespace system {
template <>
struct is_error_code_enum<::boost::beast::http::error> {
  static bool const value = true;
};
}  // namespace system
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_ERROR_HPP
