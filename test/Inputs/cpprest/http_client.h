// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/http_client.h> (subset); not the real implementation.
#pragma once

#include <memory>

#include "cpprest/http_msg.h"
#include "pplx/pplxtasks.h"

namespace web {
namespace http {
namespace client {

class http_client_config {
 public:
  http_client_config() {}
  void set_timeout(const std::chrono::seconds& timeout) { (void)timeout; }
  void set_validate_certificates(bool validate) { (void)validate; }
};

class http_client {
 public:
  http_client(const uri& base_uri);
  http_client(const uri& base_uri, const http_client_config& client_config);
  ~http_client() noexcept;

  const uri& base_uri() const;
  const http_client_config& client_config() const;

  pplx::task<http_response> request(
      http_request request,
      const pplx::cancellation_token& token = pplx::cancellation_token::none());
  pplx::task<http_response> request(
      const method& mtd,
      const pplx::cancellation_token& token = pplx::cancellation_token::none());
  pplx::task<http_response> request(
      const method& mtd, const utility::string_t& path_query_fragment,
      const pplx::cancellation_token& token = pplx::cancellation_token::none());
  pplx::task<http_response> request(
      const method& mtd, const utility::string_t& path_query_fragment,
      const json::value& body_data,
      const pplx::cancellation_token& token = pplx::cancellation_token::none());
  pplx::task<http_response> request(
      const method& mtd, const utility::string_t& path_query_fragment,
      const utf8string& body_data,
      const utf8string& content_type = "text/plain; charset=utf-8",
      const pplx::cancellation_token& token = pplx::cancellation_token::none());
};

}  // namespace client
}  // namespace http
}  // namespace web
