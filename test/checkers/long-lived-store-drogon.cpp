// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Drogon: the request is passed as a shared_ptr handle (HttpRequestPtr) and
// the response callback holds the connection. Copying either into deferred
// work is the idiom; parking it in long-lived storage keeps the request alive.
#include <drogon/drogon.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

using namespace drogon;

using Callback = std::function<void(const HttpResponsePtr &)>;

HttpRequestPtr g_last_req;
std::map<int, Callback> g_callbacks;
std::vector<HttpRequestPtr> g_pending;
std::vector<std::function<void()>> g_tasks;
const std::string *g_path;
std::string_view g_body;
HttpRequest *g_raw;
thread_local HttpRequestPtr t_req;

// Weak references, copies and independent objects are fine.
std::weak_ptr<HttpRequest> g_weak;
std::vector<std::string> g_paths;
HttpResponsePtr g_last_resp;
std::shared_ptr<Json::Value> g_json;
SessionPtr g_session;
HttpAppFramework *g_app;

class SimpleCtrl : public HttpSimpleController<SimpleCtrl> {
public:
  void asyncHandleHttpRequest(const HttpRequestPtr &req,
                              std::function<void(const HttpResponsePtr &)> &&callback) override {
    g_last_req = req;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is stored in global 'g_last_req' and keeps the request alive [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-4]]:53: note: request handle 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-3]]:18: note: store a 'std::weak_ptr' or a copied identifier such as 'req->getPath()' instead
    g_callbacks[++next_id_] = std::move(callback);
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: request handle 'std::move(callback)' of type 'std::function<void (const std::shared_ptr<drogon::HttpResponse> &)>' is stored in global 'g_callbacks' and keeps the request alive [ctxlife-long-lived-store]
    last_ = req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is stored in member 'last_' of service object 'SimpleCtrl' and keeps the request alive [ctxlife-long-lived-store]
    g_path = &req->getPath();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value '&req->getPath()' of type 'const std::string *' derived from request context 'req' is stored in global 'g_path' and outlives the request [ctxlife-long-lived-store]
    g_body = req->body();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value 'req->body()' of type 'drogon::string_view' derived from request context 'req' is stored in global 'g_body' and outlives the request [ctxlife-long-lived-store]
    g_raw = req.get();
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'req.get()' of type 'drogon::HttpRequest *' is stored in global 'g_raw' and outlives the request [ctxlife-long-lived-store]

    // Weak references, copies, and objects the request merely shares.
    g_weak = req;
    weak_ = req;
    g_paths.push_back(req->getPath());
    g_paths.emplace_back(req->getParameter("id"));
    g_json = req->getJsonObject();
    g_session = req->session();
    auto resp = HttpResponse::newHttpResponse();
    resp->setBody("ok");
    g_last_resp = resp;
    g_callbacks[0](resp);
  }

private:
  int next_id_ = 0;
  HttpRequestPtr last_;
  std::weak_ptr<HttpRequest> weak_;
};

class UserCtrl : public HttpController<UserCtrl> {
public:
  METHOD_LIST_BEGIN
  METHOD_ADD(UserCtrl::getUser, "/{id}", Get);
  METHOD_LIST_END

  void getUser(const HttpRequestPtr &req, Callback &&callback, std::string id) {
    waiting_.push_back(std::move(callback));
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request handle 'std::move(callback)' of type 'std::function<void (const std::shared_ptr<drogon::HttpResponse> &)>' is stored in member 'waiting_' of service object 'UserCtrl' and keeps the request alive [ctxlife-long-lived-store]
    ids_.push_back(id);
  }

private:
  std::vector<Callback> waiting_;
  std::vector<std::string> ids_;
};

int main() {
  g_app = &app();
  app().registerHandler(
      "/hello/{name}",
      [](const HttpRequestPtr &req, Callback &&callback, const std::string &name) {
        g_pending.push_back(req);
        // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is stored in global 'g_pending' and keeps the request alive [ctxlife-long-lived-store]
        g_tasks.push_back([callback = std::move(callback)] {
          callback(HttpResponse::newHttpResponse());
        });
        // CHECK-MESSAGES: :[[@LINE-3]]:27: warning: lambda capturing request handle 'callback' is stored in global 'g_tasks' and keeps the request alive [ctxlife-long-lived-store]
        static HttpRequestPtr first = req;
        // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is stored in function-local static 'first' and keeps the request alive [ctxlife-long-lived-store]
        t_req = req;
        // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is stored in thread_local 't_req' and keeps the request alive [ctxlife-long-lived-store]
        g_paths.push_back(name);
      },
      {Get});

  app().registerHandler(
      "/later",
      [](const HttpRequestPtr &req, Callback &&callback) {
        // The idiom: deferred work owns copies of the handles until it answers.
        app().getLoop()->queueInLoop([req, callback = std::move(callback)] {
          auto resp = HttpResponse::newHttpResponse();
          resp->setBody(req->getPath());
          callback(resp);
        });
        // Locals, and lambdas over copies, are fine.
        std::vector<HttpRequestPtr> batch{req};
        g_tasks.push_back([path = req->getPath()] { g_paths.push_back(path); });
        std::weak_ptr<HttpRequest> weak = req;
        g_tasks.push_back([weak] {
          if (auto strong = weak.lock())
            g_paths.push_back(strong->getPath());
        });
      },
      {Get, Post});

  app().addListener("0.0.0.0", 8080).run();
}
