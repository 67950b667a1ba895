// RUN: %check_ctxlife --check-suffix=DETACH --config-options="ContextTypes: 'app::Request;app::Response'" %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs
// RUN: %check_ctxlife --check-suffix=STORE --config-options="ContextTypes: 'app::Request;app::Response'" %s ctxlife-long-lived-store %t -- %stubflags -I %S/Inputs
// Issue 13, false alarm "owning types constructed from views":
// `Url(boost::urls::url(req.url()))`, `std::string(req.target())`,
// `std::filesystem::path(view)` copy the characters; a value of such a type
// does not refer to the request, whatever its argument came from. Owning vs
// view is decided from the type: view types and types that hold references
// or pointers to their source (`boost::urls::url_view`, a struct with a
// `std::string_view` member) refer to it; `boost::urls::url` also holds a
// `char *`, but to a buffer it allocates, copies and frees itself.
#include <boost/asio.hpp>
#include <boost/beast/http.hpp>
#include <boost/url.hpp>

#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "webapp.h"

namespace net = boost::asio;
namespace http = boost::beast::http;
net::io_context g_ioc;
void log_line(const std::string &s);

// The request's URL, as a view into the request.
boost::urls::url_view url_of(const app::Request &req) {
  return boost::urls::parse_origin_form(boost::urls::string_view(req.url())).value();
}

// The project's own owning URL type (bmcweb's `Url(boost::urls::url(...))`).
class Url {
public:
  explicit Url(boost::urls::url u) : u_(std::move(u)) {}
  std::string path() const { return u_.path(); }

private:
  boost::urls::url u_;
};

// Holds a view: refers to its source.
struct Route {
  std::string_view path;
  int method;
};

std::vector<boost::urls::url> g_urls;
std::vector<std::filesystem::path> g_paths;
std::vector<std::string> g_targets;
std::vector<Url> g_owned;
boost::urls::url_view g_view;

void handler(const app::Request &req, app::Response &res) {
  // Copies: quiet in both checks.
  net::post(g_ioc, [u = boost::urls::url(url_of(req))] { log_line(u.path()); });
  net::post(g_ioc, [u = Url(boost::urls::url(url_of(req)))] { log_line(u.path()); });
  net::post(g_ioc, [t = std::string(req.target())] { log_line(t); });
  net::post(g_ioc, [p = std::filesystem::path(req.target())] { log_line(p.string()); });
  std::thread([file = std::filesystem::path(req.url()).filename()] { log_line(file.string()); })
      .detach();
  g_urls.push_back(boost::urls::url(url_of(req)));
  g_owned.push_back(Url(boost::urls::url(url_of(req))));
  g_paths.emplace_back(req.target());
  g_paths.push_back(std::filesystem::path(req.url()) / "index.html");
  g_targets.push_back(std::string(req.target()));

  // Views: reported.
  net::post(g_ioc, [v = url_of(req)] { log_line(v.path()); });
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:21: warning: view 'v' of type 'boost::urls::url_view' into request context 'req' is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES-DETACH: :[[@LINE-18]]:34: note: request context 'req' is declared here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:21: note: capture an owning copy of the data instead, such as a 'std::string'
  Route route{req.target(), 1};
  net::post(g_ioc, [route] { log_line(std::string(route.path)); });
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:21: warning: view 'route' of type 'Route' into request context 'req' is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES-DETACH: :[[@LINE-24]]:34: note: request context 'req' is declared here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:21: note: capture an owning copy of the data instead, such as a 'std::string'
  g_view = url_of(req);
  // CHECK-MESSAGES-STORE: :[[@LINE-1]]:12: warning: value 'url_of(req)' of type 'boost::urls::url_view' derived from request context 'req' is stored in global 'g_view' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-STORE: :[[@LINE-28]]:34: note: request context 'req' is declared here
  // CHECK-MESSAGES-STORE: :[[@LINE-3]]:12: note: store an owning copy of the data, such as a 'std::string' made from 'url_of(req)' instead
  res.result = 200;
}

// Boost.Beast: target() is a boost::string_view into the request.
void beast_handler(http::request<http::string_body> &req) {
  net::post(g_ioc, [t = std::string(req.target())] { log_line(t); });
  net::post(g_ioc, [p = std::filesystem::path(std::string(req.target()))] { log_line(p.string()); });
  g_targets.emplace_back(req.target());
  g_paths.emplace_back(std::string(req.target()));
}
