// Issue 13, false alarm "owning types constructed from views", against the
// real Boost 1.74 Beast headers (target() is a boost::string_view) and the
// real cpp-httplib 0.11.4 (req.matches is a std::smatch: iterators into
// req.path, a view; a std::string made from one of its sub-matches owns).
// RUN: %check_ctxlife --check-suffix=DETACH %s ctxlife-detached-capture %t -- -std=c++20
// RUN: %check_ctxlife --check-suffix=STORE %s ctxlife-long-lived-store %t -- -std=c++20
#include <boost/asio.hpp>
#include <boost/beast/http.hpp>
#include <httplib.h>

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

namespace net = boost::asio;
namespace http = boost::beast::http;
net::io_context g_ioc;
void log_line(const std::string &s);

std::vector<std::string> g_targets;
std::vector<std::filesystem::path> g_paths;
std::smatch g_match;

void beast_handler(http::request<http::string_body> &req) {
  net::post(g_ioc, [t = std::string(req.target())] { log_line(t); });
  net::post(g_ioc, [t = req.target().to_string()] { log_line(t); });
  net::post(g_ioc, [p = std::filesystem::path(req.target().begin(), req.target().end())] {
    log_line(p.string());
  });
  g_targets.emplace_back(req.target());
  g_paths.emplace_back(req.target().begin(), req.target().end());
  g_paths.push_back(std::filesystem::path(std::string(req.target())).parent_path());
}

void httplib_handler(const httplib::Request &req, httplib::Response &res) {
  std::thread([id = std::string(req.matches[1])] { log_line(id); }).detach();
  std::thread([id = req.matches[1].str()] { log_line(id); }).detach();
  g_targets.push_back(req.matches[1].str());
  std::thread([m = req.matches] { log_line(m[1].str()); }).detach();
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:16: warning: view 'm' of type 'std::match_results<__gnu_cxx::__normal_iterator<const char *, std::basic_string<char>>>' into request context 'req' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:60: note: the thread is detached here
  // CHECK-MESSAGES-DETACH: :[[@LINE-7]]:46: note: request context 'req' is declared here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:16: note: capture an owning copy of the data instead, such as a 'std::string'
  g_match = req.matches;
  // CHECK-MESSAGES-STORE: :[[@LINE-1]]:13: warning: value 'req.matches' of type 'httplib::Match' derived from request context 'req' is stored in global 'g_match' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-STORE: :[[@LINE-11]]:46: note: request context 'req' is declared here
  // CHECK-MESSAGES-STORE: :[[@LINE-3]]:13: note: store an owning copy of the data, such as a 'std::string' made from 'req.matches' instead
  res.status = 200;
}
