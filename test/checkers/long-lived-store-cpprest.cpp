// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// cpprestsdk: http_request is a reference-counted handle onto the request.
// Copying it into a continuation is the idiom; parking it in long-lived
// storage keeps the request (and its connection) alive.
#include <cpprest/http_listener.h>
#include <cpprest/http_msg.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

std::vector<http_request> g_pending;
http_request g_last;
std::map<utility::string_t, http_request> g_by_path;
std::vector<std::function<void()>> g_tasks;
const uri *g_uri;
const http_headers *g_headers;
const utility::string_t *g_remote;
const http_request *g_req_ptr;

// Copies of plain values, and server-lifetime objects, are fine.
std::vector<utility::string_t> g_paths;
std::map<utility::string_t, int> g_hits;
http_response g_canned;
http_listener *g_listener;

void handle_get(http_request req) {
  g_pending.push_back(req);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'web::http::http_request' is stored in global 'g_pending' and keeps the request alive [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-3]]:30: note: request handle 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: store a copied identifier such as 'req.request_uri().to_string()' instead
  g_last = req;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: request handle 'req' of type 'web::http::http_request' is stored in global 'g_last' and keeps the request alive [ctxlife-long-lived-store]
  g_by_path[req.relative_uri().path()] = req;
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: request handle 'req' of type 'web::http::http_request' is stored in global 'g_by_path' and keeps the request alive [ctxlife-long-lived-store]
  g_uri = &req.request_uri();
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: value '&req.request_uri()' of type 'const web::uri *' derived from request context 'req' is stored in global 'g_uri' and outlives the request [ctxlife-long-lived-store]

  // The address of the by-value parameter dies with the call.
  g_req_ptr = &req;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context '&req' of type 'web::http::http_request *' is stored in global 'g_req_ptr' and outlives the request [ctxlife-long-lived-store]

  // Copies of plain values are fine.
  g_paths.push_back(req.request_uri().to_string());
  g_paths.push_back(req.relative_uri().path());
  g_hits[req.method()]++;
  req.reply(status_codes::OK, U("ok"));
}

class Controller {
public:
  void handle_post(http_request req) {
    last_ = req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request handle 'req' of type 'web::http::http_request' is stored in member 'last_' of service object 'Controller' and keeps the request alive [ctxlife-long-lived-store]
    waiting_.push_back(std::move(req));
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'std::move(req)' of type 'web::http::http_request' is stored in member 'waiting_' of service object 'Controller' and keeps the request alive [ctxlife-long-lived-store]
    ++count_;
  }

  void install(http_listener &listener) {
    listener.support(methods::POST,
                     [this](http_request req) { handle_post(std::move(req)); });
  }

private:
  http_request last_;
  std::vector<http_request> waiting_;
  int count_ = 0;
};

int main() {
  static http_listener listener(U("http://localhost:8080/api"));
  g_listener = &listener;
  Controller controller;
  controller.install(listener);

  listener.support(methods::GET, handle_get);

  listener.support(methods::PUT, [](http_request req) {
    g_tasks.push_back([req]() mutable { req.reply(status_codes::Accepted); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request handle 'req' is stored in global 'g_tasks' and keeps the request alive [ctxlife-long-lived-store]
    static std::vector<http_request> seen;
    seen.push_back(req);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request handle 'req' of type 'web::http::http_request' is stored in function-local static 'seen' and keeps the request alive [ctxlife-long-lived-store]
    g_headers = &req.headers();
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: value '&req.headers()' of type 'web::http::http_headers *' derived from request context 'req' is stored in global 'g_headers' and outlives the request [ctxlife-long-lived-store]
    g_remote = &req.remote_address();
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: value '&req.remote_address()' of type 'const utility::string_t *' derived from request context 'req' is stored in global 'g_remote' and outlives the request [ctxlife-long-lived-store]
  });

  listener.support(methods::DEL, [](http_request req) {
    // The idiom: the continuation owns a copy of the handle until it replies.
    req.extract_string().then([req](utility::string_t body) mutable {
      g_paths.push_back(body);
      req.reply(status_codes::OK, body);
    });
    // Handles in locals are fine.
    std::vector<http_request> batch{req};
    batch.push_back(req);
    http_request copy = req;
    copy.reply(status_codes::NoContent);
    // A response built here is not the request.
    http_response res(status_codes::OK);
    res.set_body(U("done"));
    g_canned = res;
    req.reply(res);
  });

  listener.open().wait();
}
