// A project's own web framework (a Crow fork, as bmcweb has): the request
// and the response belong to the connection; handlers that answer later
// share `app::AsyncResp`, which owns the response and sends it when the last
// handle goes away. Configured with ContextTypes 'app::Request;app::Response'
// (or, with -DWEBAPP_ANNOTATE, through the annotation).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#ifdef WEBAPP_ANNOTATE
#define WEBAPP_REQUEST_SCOPE [[clang::annotate("ctxlife::request_scope")]]
#else
#define WEBAPP_REQUEST_SCOPE
#endif

namespace app {

class Json {
public:
  Json &operator[](const std::string &key) { return children_[key]; }
  Json &operator=(const std::string &v) {
    value_ = v;
    return *this;
  }
  Json &operator=(std::size_t v) {
    value_ = std::to_string(v);
    return *this;
  }
  void push_back(const std::string &v) { items_.push_back(v); }
  std::size_t size() const { return items_.size(); }

private:
  std::map<std::string, Json> children_;
  std::vector<std::string> items_;
  std::string value_;
};

struct WEBAPP_REQUEST_SCOPE Request {
  std::string_view target() const { return target_; }
  std::string_view url() const { return target_; }
  const std::string &body() const { return body_; }
  std::map<std::string, std::string> headers;

private:
  std::string target_;
  std::string body_;
};

struct WEBAPP_REQUEST_SCOPE Response {
  Json jsonValue;
  int result = 200;
  void end();
};

/// Owns the response; completes it in its destructor.
class AsyncResp {
public:
  AsyncResp() = default;
  AsyncResp(const AsyncResp &) = delete;
  ~AsyncResp() { res.end(); }
  Response res;
};

} // namespace app
