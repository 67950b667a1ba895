// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Drogon, civetweb, Crow and Pistache: each framework's request context in
// detached work, next to the framework's own asynchronous idiom.
#include <civetweb.h>
#include <crow.h>
#include <drogon/drogon.h>
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <functional>
#include <memory>
#include <string>
#include <thread>

void log_line(const std::string &s);

// Drogon: HttpRequestPtr and the callback are handles; copies are the idiom.
void drogon_handler(const drogon::HttpRequestPtr &req,
                    std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
  auto *loop = drogon::app().getLoop();
  loop->queueInLoop([&req] { log_line(std::string(req->getPath())); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request handle 'req' of type 'const drogon::HttpRequestPtr &' is captured by reference by a function queued on an event loop, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'trantor::EventLoop::queueInLoop' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-6]]:51: note: request handle 'req' is declared here
  loop->runAfter(1.0, [&callback] { callback(drogon::HttpResponse::newHttpResponse()); });
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request handle 'callback' of type 'std::function<void (const std::shared_ptr<drogon::HttpResponse> &)> &&' is captured by reference by a timer callback, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'trantor::EventLoop::runAfter' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-9]]:76: note: request handle 'callback' is declared here
  drogon::HttpRequest *raw = req.get();
  std::thread([raw] { log_line(std::string(raw->getPath())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'raw' of type 'drogon::HttpRequest *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:65: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-15]]:51: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: capture a copy of what the work needs instead, such as '[path = raw->getPath()]'
  // Correct: the copies keep the request and the connection alive.
  loop->queueInLoop([req, callback = std::move(callback)] {
    callback(drogon::HttpResponse::newHttpResponse());
    log_line(std::string(req->getPath()));
  });
  loop->runInLoop([path = std::string(req->getPath())] { log_line(path); });
}

// civetweb: the connection belongs to the worker thread that called us.
int civet_handler(struct mg_connection *conn, void *cbdata) {
  std::thread([conn] { mg_printf(conn, "late"); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'conn' of type 'mg_connection *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:52: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:41: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: capture a copy of what the work needs instead, such as '[uri = std::string(mg_get_request_info(conn)->local_uri)]'
  const struct mg_request_info *info = mg_get_request_info(conn);
  std::thread([info] { log_line(info->local_uri); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'info' of type 'const mg_request_info *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:54: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-4]]:40: note: request context returned by 'mg_get_request_info(conn)'
  // CHECK-MESSAGES: :[[@LINE-4]]:16: note: capture a copy of the fields needed such as 'std::string(info->local_uri)' instead
  // Correct: a copy of what the work needs.
  std::thread([uri = std::string(info->local_uri)] { log_line(uri); }).detach();
  mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n");
  return 200;
}

// Crow: the request dies with the handler; the response lives until end().
void crow_routes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/bad")([](const crow::request &req, crow::response &res) {
    std::thread([&req] { log_line(req.url); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'req' of type 'const crow::request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-4]]:51: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[url = req.url]'
    res.end();
  });
  CROW_ROUTE(app, "/late")([](const crow::request &req, crow::response &res) {
    std::thread([&res] { res.write("late"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'res' of type 'crow::response &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-4]]:73: note: request context 'res' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: complete the request from this work, and do not use 'res' after that
    res.end(); // the handler completes the response; the thread may run after
  });
  CROW_ROUTE(app, "/after")([](const crow::request &req, crow::response &res) {
    std::thread([&res] {
      res.end();
      res.write("too late");
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: request context 'res' of type 'crow::response &' is used by a detached thread after 'end' has completed the request [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:11: note: the request is completed here
      // CHECK-MESSAGES: :[[@LINE-6]]:74: note: request context 'res' is declared here
    }).detach();
  });
  CROW_ROUTE(app, "/async")([](const crow::request &req, crow::response &res) {
    // Crow's asynchronous idiom: the thread completes the response.
    std::thread([&res, url = req.url] {
      res.write(url);
      res.end();
    }).detach();
  });
}

// Pistache: the request is borrowed; the writer is a move-only handle.
using namespace Pistache;
class Handler : public Http::Handler {
public:
  HTTP_PROTOTYPE(Handler)
  void onRequest(const Http::Request &request, Http::ResponseWriter response) override {
    std::thread([&request] { log_line(request.resource()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'request' of type 'const Pistache::Http::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:63: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-4]]:39: note: request context 'request' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[resource = request.resource()]'
    std::thread([&response] { response.send(Http::Code::Ok, "late"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request handle 'response' of type 'Pistache::Http::ResponseWriter' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:73: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-9]]:69: note: request handle 'response' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: move the handle into the work instead, as '[response = std::move(response)]'
    // Correct: the writer is moved into the work that answers.
    std::thread([resource = request.resource(), response = std::move(response)]() mutable {
      response.send(Http::Code::Ok, resource);
    }).detach();
  }
};
