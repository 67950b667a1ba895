// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// cpprestsdk: http_request is a reference-counted handle. Continuations that
// copy it keep the request alive (the idiom); a reference to the handler's
// parameter dangles once the handler returns and the task runs.
#include <cpprest/http_listener.h>
#include <cpprest/http_msg.h>
#include <pplx/pplxtasks.h>

#include <string>

using namespace web;
using namespace web::http;
using namespace web::http::experimental::listener;

void log_line(const utility::string_t &s);

void handle_get(http_request request) {
  pplx::create_task([&request] { log_line(request.request_uri().to_string()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:30: note: request handle 'request' is declared here
  request.extract_string().then([&request](utility::string_t body) {
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a continuation that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'pplx::task::then' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-8]]:30: note: request handle 'request' is declared here
    request.reply(status_codes::OK, body);
  });
  auto task = pplx::create_task([&request] { log_line(request.relative_uri().path()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:15: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-14]]:30: note: request handle 'request' is declared here
  http_request *raw = &request;
  pplx::create_task([raw] { raw->reply(status_codes::OK); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'raw' of type 'web::http::http_request *' is captured by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-19]]:30: note: request handle 'request' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[uri = raw->request_uri().to_string()]'

  // Correct: copies of the handle, or tasks that are waited for or returned.
  request.extract_string().then([request](utility::string_t body) {
    request.reply(status_codes::OK, body);
  });
  pplx::create_task([&request] { log_line(request.request_uri().to_string()); }).wait();
  auto waited = pplx::create_task([&request] { return request.method(); });
  waited.wait();
  request.extract_string()
      .then([&request](utility::string_t body) { log_line(body); })
      .then([&request] { request.reply(status_codes::OK); })
      .get();
}

pplx::task<void> handle_post(const http_request &request) {
  // Returned to the caller, who decides when to wait.
  return pplx::create_task([&request] { log_line(request.request_uri().to_string()); });
}

void serve(http_listener &listener) {
  listener.support(methods::GET, handle_get);
  listener.support(methods::PUT, [](http_request request) {
    request.extract_json().then([&](json::value) { request.reply(status_codes::OK); });
    // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a continuation that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'pplx::task::then' starts it here and the task is never waited for
    // CHECK-MESSAGES: :[[@LINE-4]]:50: note: request handle 'request' is declared here
  });
}
