// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Crow: the request and the response live on the connection for one
// request; handlers receive them by reference.
#include <crow.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

const crow::request *g_req;
std::string_view g_url_view;
const char *g_body_ptr;
const char *g_param;
const std::string *g_host;
std::vector<std::function<void()>> g_tasks;
thread_local const crow::request *t_req;

// Copies and the app are fine.
std::vector<std::string> g_urls;
crow::request g_last_copy;
std::map<std::string, int> g_hits;
crow::SimpleApp *g_app;
// Responses finished later with end(): see the "/async" route.
std::vector<crow::response *> g_async_queue;

void log_line(const std::string &s) {}

// A long-lived API object whose member functions handle requests.
class Api {
public:
  void handle(const crow::request &req, crow::response &res) {
    recent_.push_back(&req);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context '&req' of type 'const crow::request *' is stored in member 'recent_' of service object 'Api' and outlives the request [ctxlife-long-lived-store]
    ++hits_[req.url];
    res.write(req.url);
    res.end();
  }

private:
  std::vector<const crow::request *> recent_;
  std::map<std::string, int> hits_;
};

int main() {
  static crow::SimpleApp app;
  g_app = &app;
  static Api api;

  CROW_ROUTE(app, "/keep")([](const crow::request &req, crow::response &res) {
    g_req = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&req' of type 'const crow::request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-3]]:52: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: store a copy of the fields needed such as 'req.url' instead
    g_url_view = req.url;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'req.url' of type 'std::{{(basic_)?}}string_view{{.*}}' derived from request context 'req' is stored in global 'g_url_view' and outlives the request [ctxlife-long-lived-store]
    g_body_ptr = req.body.c_str();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'req.body.c_str()' of type 'const char *' derived from request context 'req' is stored in global 'g_body_ptr' and outlives the request [ctxlife-long-lived-store]
    g_param = req.url_params.get("id");
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: value 'req.url_params.get("id")' of type 'char *' derived from request context 'req' is stored in global 'g_param' and outlives the request [ctxlife-long-lived-store]
    g_host = &req.get_header_value("Host");
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value '&req.get_header_value("Host")' of type 'const std::string *' derived from request context 'req' is stored in global 'g_host' and outlives the request [ctxlife-long-lived-store]
    t_req = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&req' of type 'const crow::request *' is stored in thread_local 't_req' and outlives the request [ctxlife-long-lived-store]

    // Copies are fine.
    g_urls.push_back(req.url);
    g_urls.emplace_back(req.get_header_value("User-Agent"));
    g_last_copy = req;
    if (const char *id = req.url_params.get("id"))
      g_urls.push_back(id);
    res.end("ok");
  });

  CROW_ROUTE(app, "/later")([](const crow::request &req, crow::response &res) {
    g_tasks.push_back([&req] { log_line(req.url); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'req' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    static const crow::request *first = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: request context '&req' of type 'const crow::request *' is stored in function-local static 'first' and outlives the request [ctxlife-long-lived-store]

    // Lambdas over copies are fine.
    g_tasks.push_back([url = req.url, body = req.body] { log_line(url + body); });
    res.end();
  });

  CROW_ROUTE(app, "/async")([](const crow::request &req, crow::response &res) {
    // Crow's asynchronous idiom: the connection keeps the response until
    // end() is called, from any thread.
    std::thread([&res, url = req.url] {
      res.write(url);
      res.end();
    }).detach();
  });

  CROW_ROUTE(app, "/queued")([](const crow::request &req, crow::response &res) {
    // The same idiom with a queue drained by a worker that calls end().
    g_async_queue.push_back(&res);
  });

  CROW_ROUTE(app, "/api").methods(crow::HTTPMethod::Post)(
      [](const crow::request &req, crow::response &res) { api.handle(req, res); });

  CROW_ROUTE(app, "/plain")([](const crow::request &req) {
    return crow::response(200, req.url);
  });

  app.port(18080).multithreaded().run();
}
