// cpp-httplib key/value server with a tiny "recent activity" page.
// Handlers run on the server's worker threads; Request and Response belong to
// the worker only for the duration of the handler call.
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include <httplib.h>

void index_later(const std::string &key, const std::string &body) { (void)key, (void)body; }

// The project's own executor: Submit queues the task for a worker thread,
// so the task runs after the handler has returned.
class WorkQueue {
public:
  WorkQueue() : worker_([this] { drain(); }) {}
  ~WorkQueue() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_ = true;
    }
    cv_.notify_one();
    worker_.join();
  }
  void Submit(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      tasks_.push_back(std::move(task));
    }
    cv_.notify_one();
  }

private:
  void drain() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stop_ || !tasks_.empty(); });
        if (stop_ && tasks_.empty())
          return;
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> tasks_;
  bool stop_ = false;
  std::thread worker_;
};

// Writes the request's path into whatever the caller passes.
void note_path(const httplib::Request &req, std::string_view *out) { *out = req.path; }

std::mutex g_mu;
const httplib::Request *g_last_request = nullptr; // for the /debug page
std::string g_last_path;                          // ... what it actually needs
std::deque<std::string_view> g_recent_bodies;     // last few PUT bodies, as views
std::deque<std::string> g_recent_body_copies;     // ... and as copies
std::map<std::string, httplib::Response *> g_waiting; // long-poll responses by key
std::string_view g_last_path_view;                    // the last path, as a view

int main() {
  httplib::Server svr;
  std::map<std::string, std::string> store; // outlives listen(): captured by reference is fine
  WorkQueue indexer;

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
    indexer.Submit([&req, key] { index_later(key, req.body); }); // BUG: the queue runs it after the handler returned
    indexer.Submit([key, body = req.body] { index_later(key, body); }); // OK: copies, as for std::thread
    std::string_view path_here;
    note_path(req, &path_here); // OK: a local view, used while req is alive
    note_path(req, &g_last_path_view); // BUG: the helper stores a view of req.path in a global
    (void)path_here;
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

  svr.Get("/report", [](const httplib::Request &req, httplib::Response &res) {
    std::string report = "report for " + req.path + "\n";
    res.set_content_provider(
        "text/plain", [&report](size_t, httplib::DataSink &sink) { // BUG: 'report' is destroyed when the handler returns, before the provider runs
          sink.write(report.data(), report.size());
          sink.done();
          return true;
        });
  });

  svr.listen("0.0.0.0", 8080);
}
