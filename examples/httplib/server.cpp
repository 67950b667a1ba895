// cpp-httplib key/value server with a tiny "recent activity" page.
// Handlers run on the server's worker threads; Request and Response belong to
// the worker only for the duration of the handler call.
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <httplib.h>

void index_later(const std::string &key, const std::string &body) { (void)key, (void)body; }

std::mutex g_mu;
const httplib::Request *g_last_request = nullptr; // for the /debug page
std::string g_last_path;                          // ... what it actually needs
std::deque<std::string_view> g_recent_bodies;     // last few PUT bodies, as views
std::deque<std::string> g_recent_body_copies;     // ... and as copies
std::map<std::string, httplib::Response *> g_waiting; // long-poll responses by key

int main() {
  httplib::Server svr;
  std::map<std::string, std::string> store; // outlives listen(): captured by reference is fine

  svr.Get(R"(/kv/(\w+))", [&](const httplib::Request &req, httplib::Response &res) {
    std::lock_guard<std::mutex> lock(g_mu);
    g_last_request = &req; // BUG: the worker reuses/destroys req after the handler returns
    g_last_path = req.path; // OK: a copy of the field the debug page shows
    const std::string key = req.matches[1];
    auto it = store.find(key);
    if (it != store.end()) {
      res.set_content(it->second, "text/plain");
      return;
    }
    g_waiting[key] = &res; // BUG: "answer later" from PUT; res is sent and destroyed when this returns
    res.status = 404;
  });

  svr.Put(R"(/kv/(\w+))", [&](const httplib::Request &req, httplib::Response &res) {
    std::lock_guard<std::mutex> lock(g_mu);
    const std::string key = req.matches[1];
    store[key] = req.body; // OK: std::string copy into server-lifetime storage
    g_recent_bodies.push_back(req.body); // BUG: string_view into req.body, freed with the request
    g_recent_body_copies.push_back(req.body); // OK: owning copy
    if (g_recent_bodies.size() > 8) {
      g_recent_bodies.pop_front();
      g_recent_body_copies.pop_front();
    }
    std::thread([&req, key] { index_later(key, req.body); }).detach(); // BUG: reads req after the worker recycled it
    std::thread([key, body = req.body] { index_later(key, body); }).detach(); // OK: copies
    res.status = 204;
  });

  svr.Get("/debug", [](const httplib::Request &, httplib::Response &res) {
    std::lock_guard<std::mutex> lock(g_mu);
    std::string body = "last path: " + g_last_path + "\n";
    for (const std::string &b : g_recent_body_copies)
      body += "put: " + b + "\n";
    res.set_content(body, "text/plain");
  });

  svr.Get("/stream", [](const httplib::Request &req, httplib::Response &res) {
    // The provider runs after the handler returns, so it captures a copy.
    res.set_chunked_content_provider(
        "text/plain", [path = req.path](size_t, httplib::DataSink &sink) { // OK: init-capture copies
          sink.write(path.data(), path.size());
          sink.done();
          return true;
        });
  });

  svr.listen("0.0.0.0", 8080);
}
