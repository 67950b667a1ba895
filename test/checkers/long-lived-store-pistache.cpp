// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Pistache: the Request is borrowed for the handler call; the ResponseWriter
// is a movable handle onto the connection. Moving the writer into work that
// answers is the idiom; parking it in long-lived storage is not.
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using namespace Pistache;

const Http::Request *g_req;
const std::string *g_resource;
std::map<int, Http::ResponseWriter> g_writers;
std::vector<Http::ResponseWriter> g_pending_writers;
std::vector<std::function<void()>> g_tasks;
const Rest::Request *g_rest_req;
Http::ResponseWriter *g_writer_ptr;

// Copies and server-lifetime objects are fine.
std::vector<std::string> g_resources;
Http::Request g_last_copy;
std::vector<Rest::TypedParam> g_params;
Http::Endpoint *g_endpoint;

class HelloHandler : public Http::Handler {
public:
  HTTP_PROTOTYPE(HelloHandler)

  void onRequest(const Http::Request &request,
                 Http::ResponseWriter response) override {
    g_req = &request;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&request' of type 'const Pistache::Http::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-4]]:39: note: request context 'request' is declared here
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: store a copy of the fields needed such as 'request.resource()' instead
    g_resource = &request.resource();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value '&request.resource()' of type 'const std::string *' derived from request context 'request' is stored in global 'g_resource' and outlives the request [ctxlife-long-lived-store]
    last_ = &request;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&request' of type 'const Pistache::Http::Request *' is stored in member 'last_' of service object 'HelloHandler' and outlives the request [ctxlife-long-lived-store]
    g_writers.emplace(++next_, std::move(response));
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: request handle 'std::move(response)' of type 'Pistache::Http::ResponseWriter' is stored in global 'g_writers' and keeps the request alive [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-2]]:32: note: store per-request work that answers and then drops the writer instead

    // Copies are fine.
    g_resources.push_back(request.resource());
    g_last_copy = request;
    resource_ = request.resource();
  }

  void onTimeout(const Http::Request &request,
                 Http::ResponseWriter response) override {
    g_tasks.push_back([&request] { g_resources.push_back(request.resource()); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'request' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    g_tasks.push_back([writer] { writer->send(Http::Code::Request_Timeout); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request handle 'response' is stored in global 'g_tasks' and keeps the request alive [ctxlife-long-lived-store]
  }

private:
  const Http::Request *last_ = nullptr;
  std::string resource_;
  int next_ = 0;
};

// A Rest::Router handler: a free function bound with Routes::bind.
void getUser(const Rest::Request &request, Http::ResponseWriter response) {
  g_rest_req = &request;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context '&request' of type 'const Pistache::Rest::Request *' is stored in global 'g_rest_req' and outlives the request [ctxlife-long-lived-store]
  g_pending_writers.push_back(std::move(response));
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: request handle 'std::move(response)' of type 'Pistache::Http::ResponseWriter' is stored in global 'g_pending_writers' and keeps the request alive [ctxlife-long-lived-store]

  // The address of the by-value writer dies with the call.
  g_writer_ptr = &response;
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context '&response' of type 'Pistache::Http::ResponseWriter *' is stored in global 'g_writer_ptr' and outlives the request [ctxlife-long-lived-store]

  // Parameters are copies.
  g_params.push_back(request.param(":id"));
  g_resources.push_back(request.param(":id").as<std::string>());
}

void getItem(const Rest::Request &request, Http::ResponseWriter response) {
  static const Rest::Request *first = &request;
  // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: request context '&request' of type 'const Pistache::Rest::Request *' is stored in function-local static 'first' and outlives the request [ctxlife-long-lived-store]

  // The idiom: the writer moves into work that answers, then drops it.
  std::thread([res = std::move(response), id = request.param(":id").as<int>()]() mutable {
    res.send(Http::Code::Ok, std::to_string(id));
  }).detach();
}

// A long-lived API object bound to routes with `this`.
class StatsApi {
public:
  void setupRoutes(Rest::Router &router) {
    Rest::Routes::Get(router, "/stats", Rest::Routes::bind(&StatsApi::getStats, this));
  }

  void getStats(const Rest::Request &request, Http::ResponseWriter response) {
    waiting_.emplace(std::move(response));
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request handle 'std::move(response)' of type 'Pistache::Http::ResponseWriter' is stored in member 'waiting_' of service object 'StatsApi' and keeps the request alive [ctxlife-long-lived-store]
    hits_[request.resource()]++;
  }

  void getHealth(const Rest::Request &request, Http::ResponseWriter response) {
    ++hits_[request.resource()];
    response.send(Http::Code::Ok, "up");
  }

private:
  std::optional<Http::ResponseWriter> waiting_;
  std::map<std::string, int> hits_;
};

int main() {
  Address addr(Ipv4::any(), Port(9080));
  static Http::Endpoint server(addr);
  g_endpoint = &server;
  server.init(Http::Endpoint::options().threads(2));

  Rest::Router router;
  Rest::Routes::Get(router, "/users/:id", Rest::Routes::bind(&getUser));
  Rest::Routes::Get(router, "/items/:id", Rest::Routes::bind(&getItem));
  static StatsApi stats;
  stats.setupRoutes(router);
  Rest::Routes::Get(router, "/health", Rest::Routes::bind(&StatsApi::getHealth, &stats));

  server.setHandler(router.handler());
  server.serve();
}
