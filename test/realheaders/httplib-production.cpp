// The real cpp-httplib 0.11.4 header (Debian 12), for the httplib
// capabilities of issue 14: content providers the library keeps and runs
// after the handler returns, an in-house pool recognised from its body,
// header bindings (the view key and the out-parameter cases moved to
// test/realheaders/long-lived-store-httplib-keys.cpp).
// RUN: %check_ctxlife --check-suffix=DC %s ctxlife-detached-capture %t.dc -- -std=c++20
// RUN: %check_ctxlife --check-suffix=LLS %s ctxlife-long-lived-store %t.lls -- -std=c++20
// RUN: %check_ctxlife --check-suffix=MC %s ctxlife-missing-cancellation %t.mc -- -std=c++20
#include <httplib.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

void audit(std::string_view what);
std::vector<std::string> load_rows(const std::string &table);

class Pool {
public:
  Pool() : worker_([this] {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return !jobs_.empty(); });
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }) {}
  void Post(std::function<void()> job) {
    std::lock_guard<std::mutex> lock(mu_);
    jobs_.push_back(std::move(job));
    cv_.notify_one();
  }

private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::thread worker_;
};

std::vector<std::string_view> g_forwarded_for;

int main() {
  Pool pool;
  httplib::Server svr;

  svr.Get("/export", [&pool](const httplib::Request &req, httplib::Response &res) {
    std::vector<std::string> rows = load_rows(req.get_param_value("table"));
    res.set_chunked_content_provider("text/csv", [&rows](size_t, httplib::DataSink &sink) {
      // CHECK-MESSAGES-DC: :[[@LINE-1]]:52: warning: local variable 'rows' of type 'std::vector<std::string>' is captured by reference by a content provider, which runs after the handler has returned [ctxlife-detached-capture]
      for (const auto &r : rows)
        if (!sink.write(r.data(), r.size()))
          return false;
      sink.done();
      return true;
    });
    pool.Post([&req] { audit(req.path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'Pool::Post', which can run after the request has ended [ctxlife-detached-capture]
    // Correct: the request is alive while the provider runs; copies.
    res.set_content_provider("text/plain", [&req](size_t, httplib::DataSink &sink) {
      sink.write(req.path.data(), req.path.size());
      sink.done();
      return true;
    });
    pool.Post([path = req.path] { audit(path); });
  });

  svr.Get("/agents", [](const httplib::Request &req, httplib::Response &res) {
    for (const auto &[name, value] : req.headers)
      if (name == "X-Forwarded-For")
        g_forwarded_for.push_back(value);
    // CHECK-MESSAGES-LLS: :[[@LINE-1]]:35: warning: value 'value' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded_for' and outlives the request [ctxlife-long-lived-store]
    // Correct: copies.
    std::map<std::string, int> local_counts;
    for (const auto &[name, value] : req.headers)
      ++local_counts[name];
    res.set_content(std::to_string(local_counts.size()), "text/plain");
  });

  svr.Get("/wait", [](const httplib::Request &req, httplib::Response &res) {
    bool ready = false;
    while (!ready) {
      // CHECK-MESSAGES-MC: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      ready = req.has_param("now");
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    res.set_chunked_content_provider("text/plain", [](size_t, httplib::DataSink &sink) {
      while (sink.is_writable()) {
        sink.write("tick\n", 5);
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
      return false;
    });
  });

  svr.listen("0.0.0.0", 8080);
}
