// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/http_msg.h>; not the real implementation. http_request
// and http_response are value types holding a shared_ptr to their state:
// copies share the same underlying message.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"
#include "cpprest/http_headers.h"
#include "cpprest/json.h"
#include "cpprest/uri.h"
#include "pplx/pplxtasks.h"

namespace web {
namespace http {

using web::uri;
using web::uri_builder;

namespace client {
class http_client;
}  // namespace client

struct http_version {
  uint8_t major;
  uint8_t minor;
  bool operator==(const http_version& other) const {
    return major == other.major && minor == other.minor;
  }
  bool operator!=(const http_version& other) const { return !(*this == other); }
  std::string to_utf8string() const;
};

class http_versions {
 public:
  static const http_version HTTP_0_9;
  static const http_version HTTP_1_0;
  static const http_version HTTP_1_1;
};

typedef utility::string_t method;

class methods {
 public:
  const static method GET;
  const static method POST;
  const static method PUT;
  const static method DEL;
  const static method HEAD;
  const static method OPTIONS;
  const static method TRCE;
  const static method CONNECT;
  const static method MERGE;
  const static method PATCH;
};

typedef unsigned short status_code;

class status_codes {
 public:
  const static status_code Continue = 100;
  const static status_code SwitchingProtocols = 101;
  const static status_code OK = 200;
  const static status_code Created = 201;
  const static status_code Accepted = 202;
  const static status_code NonAuthInfo = 203;
  const static status_code NoContent = 204;
  const static status_code ResetContent = 205;
  const static status_code PartialContent = 206;
  const static status_code MultiStatus = 207;
  const static status_code AlreadyReported = 208;
  const static status_code IMUsed = 226;
  const static status_code MultipleChoices = 300;
  const static status_code MovedPermanently = 301;
  const static status_code Found = 302;
  const static status_code SeeOther = 303;
  const static status_code NotModified = 304;
  const static status_code UseProxy = 305;
  const static status_code TemporaryRedirect = 307;
  const static status_code PermanentRedirect = 308;
  const static status_code BadRequest = 400;
  const static status_code Unauthorized = 401;
  const static status_code PaymentRequired = 402;
  const static status_code Forbidden = 403;
  const static status_code NotFound = 404;
  const static status_code MethodNotAllowed = 405;
  const static status_code NotAcceptable = 406;
  const static status_code ProxyAuthRequired = 407;
  const static status_code RequestTimeout = 408;
  const static status_code Conflict = 409;
  const static status_code Gone = 410;
  const static status_code LengthRequired = 411;
  const static status_code PreconditionFailed = 412;
  const static status_code RequestEntityTooLarge = 413;
  const static status_code RequestUriTooLarge = 414;
  const static status_code UnsupportedMediaType = 415;
  const static status_code RangeNotSatisfiable = 416;
  const static status_code ExpectationFailed = 417;
  const static status_code MisdirectedRequest = 421;
  const static status_code UnprocessableEntity = 422;
  const static status_code Locked = 423;
  const static status_code FailedDependency = 424;
  const static status_code UpgradeRequired = 426;
  const static status_code PreconditionRequired = 428;
  const static status_code TooManyRequests = 429;
  const static status_code RequestHeaderFieldsTooLarge = 431;
  const static status_code UnavailableForLegalReasons = 451;
  const static status_code InternalError = 500;
  const static status_code NotImplemented = 501;
  const static status_code BadGateway = 502;
  const static status_code ServiceUnavailable = 503;
  const static status_code GatewayTimeout = 504;
  const static status_code HttpVersionNotSupported = 505;
  const static status_code VariantAlsoNegotiates = 506;
  const static status_code InsufficientStorage = 507;
  const static status_code LoopDetected = 508;
  const static status_code NotExtended = 510;
  const static status_code NetworkAuthenticationRequired = 511;
};

typedef utility::string_t reason_phrase;

namespace message_direction {
enum direction { upload, download };
}  // namespace message_direction
typedef std::function<void(message_direction::direction, utility::size64_t)>
    progress_handler;

class header_names {
 public:
  static const utility::string_t accept;
  static const utility::string_t accept_charset;
  static const utility::string_t accept_encoding;
  static const utility::string_t accept_language;
  static const utility::string_t accept_ranges;
  static const utility::string_t access_control_allow_origin;
  static const utility::string_t age;
  static const utility::string_t allow;
  static const utility::string_t authorization;
  static const utility::string_t cache_control;
  static const utility::string_t connection;
  static const utility::string_t content_encoding;
  static const utility::string_t content_language;
  static const utility::string_t content_length;
  static const utility::string_t content_location;
  static const utility::string_t content_md5;
  static const utility::string_t content_range;
  static const utility::string_t content_type;
  static const utility::string_t content_disposition;
  static const utility::string_t date;
  static const utility::string_t etag;
  static const utility::string_t expect;
  static const utility::string_t expires;
  static const utility::string_t from;
  static const utility::string_t host;
  static const utility::string_t if_match;
  static const utility::string_t if_modified_since;
  static const utility::string_t if_none_match;
  static const utility::string_t if_range;
  static const utility::string_t if_unmodified_since;
  static const utility::string_t last_modified;
  static const utility::string_t location;
  static const utility::string_t max_forwards;
  static const utility::string_t pragma;
  static const utility::string_t proxy_authenticate;
  static const utility::string_t proxy_authorization;
  static const utility::string_t range;
  static const utility::string_t referer;
  static const utility::string_t retry_after;
  static const utility::string_t server;
  static const utility::string_t te;
  static const utility::string_t trailer;
  static const utility::string_t transfer_encoding;
  static const utility::string_t upgrade;
  static const utility::string_t user_agent;
  static const utility::string_t vary;
  static const utility::string_t via;
  static const utility::string_t warning;
  static const utility::string_t www_authenticate;
};

class http_exception : public std::exception {
 public:
  http_exception(const utility::string_t& whatArg);
  http_exception(int errorCode);
  const char* what() const noexcept override;
  const std::error_code& error_code() const;
};

namespace details {
class _http_request;
class _http_response;
class _http_server_context;
}  // namespace details

class http_response {
 public:
  http_response();
  http_response(http::status_code code);

  http::status_code status_code() const;
  void set_status_code(http::status_code code) const;
  const http::reason_phrase& reason_phrase() const;
  void set_reason_phrase(const http::reason_phrase& reason) const;
  http_headers& headers();
  const http_headers& headers() const;
  utility::string_t to_string() const;

  pplx::task<utility::string_t> extract_string(
      bool ignore_content_type = false) const;
  pplx::task<utf8string> extract_utf8string(
      bool ignore_content_type = false) const;
  pplx::task<json::value> extract_json(bool ignore_content_type = false) const;
  pplx::task<std::vector<unsigned char> > extract_vector() const;

  void set_body(utf8string&& body_text,
                const utf8string& content_type =
                    utf8string("text/plain; charset=utf-8"));
  void set_body(const utf8string& body_text,
                const utf8string& content_type =
                    utf8string("text/plain; charset=utf-8"));
  void set_body(const json::value& body_data);
  void set_body(std::vector<unsigned char>&& body_data);
  void set_body(const std::vector<unsigned char>& body_data);

  pplx::task<http::http_response> content_ready() const;

 private:
  std::shared_ptr<http::details::_http_response> _m_impl;
};

class http_request {
 public:
  http_request();
  http_request(http::method mtd);
  ~http_request() {}

  const http::method& method() const;
  void set_method(const http::method& method) const;
  /// Reference into the shared request state.
  const uri& request_uri() const;
  void set_request_uri(const uri& uri);
  uri relative_uri() const;
  uri absolute_uri() const;
  http_headers& headers();
  const http_headers& headers() const;
  http::http_version http_version() const;
  const utility::string_t& remote_address() const;

  pplx::task<utility::string_t> extract_string(bool ignore_content_type = false);
  pplx::task<utf8string> extract_utf8string(bool ignore_content_type = false);
  pplx::task<json::value> extract_json(bool ignore_content_type = false) const;
  pplx::task<std::vector<unsigned char> > extract_vector() const;

  void set_body(utf8string&& body_text,
                const utf8string& content_type =
                    utf8string("text/plain; charset=utf-8"));
  void set_body(const utf8string& body_text,
                const utf8string& content_type =
                    utf8string("text/plain; charset=utf-8"));
  void set_body(const json::value& body_data);
  void set_body(std::vector<unsigned char>&& body_data);
  void set_body(const std::vector<unsigned char>& body_data);

  void set_progress_handler(const progress_handler& handler);

  pplx::task<void> reply(const http_response& response) const;
  pplx::task<void> reply(http::status_code status) const;
  pplx::task<void> reply(http::status_code status,
                         const json::value& body_data) const;
  pplx::task<void> reply(http::status_code status, utf8string&& body_data,
                         const utf8string& content_type =
                             "text/plain; charset=utf-8") const;
  pplx::task<void> reply(http::status_code status, const utf8string& body_data,
                         const utf8string& content_type =
                             "text/plain; charset=utf-8") const;

  pplx::task<http_request> content_ready() const;
  pplx::task<http_response> get_response() const;
  utility::string_t to_string() const;

  void _set_cancellation_token(const pplx::cancellation_token& token);
  const pplx::cancellation_token& _cancellation_token() const;

 private:
  friend class http::details::_http_request;
  friend class http::client::http_client;
  std::shared_ptr<http::details::_http_request> _m_impl;
};

}  // namespace http
}  // namespace web
