// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/http_listener.h>; not the real implementation. Handlers
// run on the listener's thread pool; the http_request is passed BY VALUE.
#pragma once

#include <chrono>
#include <functional>
#include <memory>

#include "cpprest/http_msg.h"
#include "pplx/pplxtasks.h"

namespace web {
namespace http {
namespace experimental {
namespace listener {

class http_listener_config {
 public:
  http_listener_config() {}
  const utility::seconds& timeout() const;
  void set_timeout(std::chrono::seconds timeout) { (void)timeout; }
  int backlog() const { return 0; }
  void set_backlog(int backlog) { (void)backlog; }
};

namespace details {
class http_listener_impl;
}  // namespace details

class http_listener {
 public:
  http_listener(http::uri address);
  http_listener(http::uri address, http_listener_config config);
  http_listener();
  ~http_listener();

  pplx::task<void> open();
  pplx::task<void> close();

  void support(const std::function<void(http_request)>& handler);
  void support(const http::method& method,
               const std::function<void(http_request)>& handler);

  const http::uri& uri() const;
  const http_listener_config& configuration() const;

  http_listener(http_listener&& other);
  http_listener& operator=(http_listener&& other);

 private:
  http_listener(const http_listener& other);
  http_listener& operator=(const http_listener& other);
  std::unique_ptr<details::http_listener_impl> m_impl;
};

}  // namespace listener
}  // namespace experimental
}  // namespace http
}  // namespace web
