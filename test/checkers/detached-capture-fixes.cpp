// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Fix-its: only where the fixed code keeps its meaning and compiles.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <cpprest/http_msg.h>
#include <drogon/drogon.h>
#include <pplx/pplxtasks.h>

#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace net = boost::asio;
void log_line(const std::string &s);
net::io_context g_ioc;

// A handle captured by reference is captured by copy instead.
void drogon_handler(const drogon::HttpRequestPtr &req) {
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:66: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request handle 'req' is declared here
  // CHECK-FIXES: std::thread([req] { log_line(std::string(req->getPath())); }).detach();
  int hits = 0;
  net::post(g_ioc, [&] { log_line(std::string(req->getPath())); ++hits; });
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-10]]:51: note: request handle 'req' is declared here
  // CHECK-FIXES: net::post(g_ioc, [req, &hits] { log_line(std::string(req->getPath())); ++hits; });
}

void cpprest_handler(web::http::http_request request) {
  pplx::create_task([ &request ] { request.reply(web::http::status_codes::OK); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request handle 'request' is declared here
  // CHECK-FIXES: pplx::create_task([ request ] { request.reply(web::http::status_codes::OK); });
}

// `this` of an object owned through shared_ptr gets an owning capture.
class session : public std::enable_shared_from_this<session> {
  std::string target_;

public:
  void start() {
    net::post(g_ioc, [this] { log_line(target_); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-FIXES: net::post(g_ioc, [this, self = shared_from_this()] { log_line(target_); });
    net::post(g_ioc, [&] { log_line(target_); });
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-FIXES: net::post(g_ioc, [&, self = shared_from_this()] { log_line(target_); });
    net::post(g_ioc, [=] { log_line(target_); });
    // CHECK-MESSAGES: :[[@LINE-1]]:37: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-FIXES: net::post(g_ioc, [=, self = shared_from_this()] { log_line(target_); });
    net::post(g_ioc, std::bind(&session::finish, this));
    // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'this' of 'session' (owned through 'std::shared_ptr') is bound into a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-FIXES: net::post(g_ioc, std::bind(&session::finish, shared_from_this()));
    net::post(g_ioc, beast_like(this));
  }
  void finish() {}
  static std::function<void()> beast_like(session *s) {
    return [s] { s->finish(); };
  }
};

// No fix when a borrowed context is among the captures: copying it would
// not help; the note suggests what to copy instead.
void mixed(const drogon::HttpRequestPtr &req, drogon::HttpRequest &raw) {
  net::post(g_ioc, [&] { log_line(std::string(req->getPath()) + std::string(raw.getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:42: note: request handle 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:77: warning: request context 'raw' of type 'drogon::HttpRequest &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-7]]:68: note: request context 'raw' is declared here
  // CHECK-MESSAGES: :[[@LINE-7]]:77: note: capture a copy of what the work needs instead, such as '[path = raw.getPath()]'
  // CHECK-FIXES: net::post(g_ioc, [&] { log_line(std::string(req->getPath()) + std::string(raw.getPath())); });
}
