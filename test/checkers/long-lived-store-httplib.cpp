// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// cpp-httplib: the Request and Response references a handler receives, and
// the DataSink a content provider receives, are valid only during the call.
#include <httplib.h>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

const httplib::Request *g_req;
httplib::Response *g_res;
std::string_view g_body_view;
const char *g_path_cstr;
std::vector<std::function<void()>> g_deferred;
httplib::DataSink *g_sink;
std::function<bool(const char *, size_t)> g_sink_write;
std::map<std::string, const httplib::Headers *> g_headers_by_path;
httplib::Headers::const_iterator g_hdr_it;
std::ssub_match g_match;

// Copies are fine.
std::string g_last_path;
httplib::Request g_last_req_copy;
httplib::Response g_cached_res;
std::map<std::string, int> g_hits;
std::vector<std::string> g_values;
std::shared_ptr<std::string> g_body_copy;
std::vector<std::function<void()>> g_jobs;
httplib::Server *g_server;

void log_line(const std::string &s) {}
void respond(const httplib::Request &req, httplib::Response &res) {}

// A free-function handler.
void handle_hi(const httplib::Request &req, httplib::Response &res) {
  g_req = &req;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-3]]:40: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-3]]:11: note: store a copy of the fields needed such as 'req.path' instead
  g_body_view = req.body;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: value 'req.body' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_body_view' and outlives the request [ctxlife-long-lived-store]
  g_path_cstr = req.path.c_str();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: value 'req.path.c_str()' of type 'const char *' derived from request context 'req' is stored in global 'g_path_cstr' and outlives the request [ctxlife-long-lived-store]

  // Copies of the request, of its fields, and of the response are fine.
  g_last_path = req.path;
  g_last_req_copy = req;
  g_cached_res = res;
  g_hits[req.path]++;
  g_values.push_back(req.get_header_value("User-Agent"));
  g_body_copy = std::make_shared<std::string>(req.body);
  std::string_view local_view = req.body;
  log_line(std::string(local_view));
  res.set_content("hi", "text/plain");
}

void handle_echo(const httplib::Request &req, httplib::Response &res) {
  g_res = &res;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context '&res' of type 'httplib::Response *' is stored in global 'g_res' and outlives the request [ctxlife-long-lived-store]
  g_headers_by_path[req.path] = &req.headers;
  // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: value '&req.headers' of type 'const httplib::Headers *' derived from request context 'req' is stored in global 'g_headers_by_path' and outlives the request [ctxlife-long-lived-store]
  auto it = req.headers.find("Content-Type");
  if (it != req.headers.end())
    g_hdr_it = it;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: value 'it' of type 'std::_Rb_tree_const_iterator<std::pair<const std::basic_string<char>, std::basic_string<char>>>' derived from request context 'req' is stored in global 'g_hdr_it' and outlives the request [ctxlife-long-lived-store]
  if (it != req.headers.end())
    g_values.push_back(it->second); // a copy
  res.set_content(req.body, "text/plain");
}

// A service object: its members live as long as the server.
class Api {
public:
  void handle(const httplib::Request &req, httplib::Response &res) {
    last_ = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&req' of type 'const httplib::Request *' is stored in member 'last_' of service object 'Api' and outlives the request [ctxlife-long-lived-store]
    last_path_ = req.path;
    res.status = 200;
  }

  void install(httplib::Server &svr) {
    svr.Get("/api", [this](const httplib::Request &req, httplib::Response &res) {
      handle(req, res);
      pending_.push_back(&res);
      // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context '&res' of type 'httplib::Response *' is stored in member 'pending_' of service object 'Api' and outlives the request [ctxlife-long-lived-store]
      ++served_;
    });
  }

private:
  const httplib::Request *last_ = nullptr;
  std::string last_path_;
  std::vector<httplib::Response *> pending_;
  int served_ = 0;
};

// A per-request helper object may refer to the request.
class RequestScope {
public:
  RequestScope(const httplib::Request &req, httplib::Response &res)
      : req_(&req), res_(&res) {}
  void reset(const httplib::Request &req) { req_ = &req; }

private:
  const httplib::Request *req_;
  httplib::Response *res_;
};

int main() {
  static httplib::Server svr;
  g_server = &svr;
  Api api;
  api.install(svr);

  svr.Get("/hi", handle_hi);
  svr.Post("/echo", handle_echo);

  svr.Get("/later", [](const httplib::Request &req, httplib::Response &res) {
    g_deferred.push_back([&req, &res] { respond(req, res); });
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: lambda capturing request context 'req' is stored in global 'g_deferred' and outlives the request [ctxlife-long-lived-store]
    g_deferred.emplace_back([&] { res.status = 500; });
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: lambda capturing request context 'res' is stored in global 'g_deferred' and outlives the request [ctxlife-long-lived-store]
    static const httplib::Request *first = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:44: warning: request context '&req' of type 'const httplib::Request *' is stored in function-local static 'first' and outlives the request [ctxlife-long-lived-store]

    // Copies captured by value are fine.
    g_jobs.push_back([path = req.path, body = req.body] { log_line(path + body); });
    g_jobs.push_back([copy = req] { log_line(copy.path); });
    // Work finished inside the handler is fine.
    std::vector<std::function<void()>> local;
    local.push_back([&req, &res] { respond(req, res); });
    for (auto &f : local)
      f();
  });

  svr.Get(R"(/users/(\d+))", [](const httplib::Request &req, httplib::Response &res) {
    g_match = req.matches[1];
    // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: value 'req.matches[1]' of type 'std::sub_match<__gnu_cxx::__normal_iterator<const char *, std::basic_string<char>>>' derived from request context 'req' is stored in global 'g_match' and outlives the request [ctxlife-long-lived-store]
    g_values.push_back(req.matches[1].str());
    std::string id = req.matches[1];
    g_hits[id] += 1;
    res.set_content(id, "text/plain");
  });

  svr.Get("/stream", [](const httplib::Request &req, httplib::Response &res) {
    res.set_content_provider(
        "text/plain", [](size_t offset, httplib::DataSink &sink) {
          g_sink = &sink;
          // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context '&sink' of type 'httplib::DataSink *' is stored in global 'g_sink' and outlives the request [ctxlife-long-lived-store]
          g_sink_write = sink.write;
          // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: value 'sink.write' of type 'std::function<bool (const char *, unsigned long)>' derived from request context 'sink' is stored in global 'g_sink_write' and outlives the request [ctxlife-long-lived-store]
          sink.write("data", 4);
          sink.done();
          return true;
        });
  });

  // A generic lambda is instantiated with the request types.
  svr.Get("/generic", [](const auto &req, auto &res) {
    g_req = &req;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
    g_last_path = req.path;
    res.set_content(req.body, "text/plain");
  });

  svr.set_logger([](const httplib::Request &req, const httplib::Response &res) {
    g_last_path = req.path;
    g_values.push_back(std::to_string(res.status));
  });

  svr.listen("0.0.0.0", 8080);
}
