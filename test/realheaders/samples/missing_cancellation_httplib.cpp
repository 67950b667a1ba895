// cpp-httplib 0.11.4 (Debian 12): loops in handlers and content providers.
// 0.11.4 has no Request::is_connection_closed(): the hints do not offer it.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

static std::atomic<bool> g_stopping{false};
static bool job_done(const std::string& id) { return id.empty(); }

int main() {
  httplib::Server svr;

  svr.Get("/wait", [](const httplib::Request& req, httplib::Response& res) {
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      if (job_done(req.get_param_value("id"))) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    res.set_content("done", "text/plain");
  });

  svr.Get("/stream", [](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/plain", [](size_t, httplib::DataSink& sink) {
      while (true) {
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
        sink.write("tick\n", 5);
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
      return true;
    });
  });

  // The correct idioms: the sink says when the client is gone; a flag
  // stops polling.
  svr.Get("/stream2", [](const httplib::Request&, httplib::Response& res) {
    res.set_chunked_content_provider("text/plain", [](size_t, httplib::DataSink& sink) {
      while (true) {
        if (!sink.write("tick\n", 5)) return false;
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
    });
  });
  svr.Get("/wait2", [](const httplib::Request& req, httplib::Response& res) {
    for (;;) {
      if (g_stopping.load() || job_done(req.get_param_value("id"))) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });

  svr.listen("0.0.0.0", 8080);
}
