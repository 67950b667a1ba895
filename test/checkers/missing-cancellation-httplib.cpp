// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// RUN: %check_ctxlife --check-suffix=NEWER %s ctxlife-missing-cancellation %t -- %stubflags -DCTXLIFE_HTTPLIB_NEWER_API
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

struct Job {
  bool done() const;
  std::string result() const;
};
Job poll_job(const std::string &id);
std::optional<std::string> next_event();

// A handler written outside any function.
auto g_handler = [](const httplib::Request &req, httplib::Response &res) {
  while (true)
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-NEWER: :[[@LINE-2]]:3: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
    poll_job(req.path);
};

int main() {
  httplib::Server svr;

  // Polls a job until it is done: a client that went away keeps it polling.
  svr.Get("/job", [](const httplib::Request &req, httplib::Response &res) {
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+6]]:7: note: it waits here, and none of its exits depends on cancellation
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: exit the loop on a cancellation signal: a stop token, an atomic flag, or the result of a stream read or write
      // CHECK-MESSAGES-NEWER: :[[@LINE-4]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES-NEWER: :[[@LINE-5]]:5: note: exit the loop when 'req.is_connection_closed()' is true
      Job j = poll_job(req.get_param_value("id"));
      if (j.done()) { res.set_content(j.result(), "text/plain"); break; }
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
  });

  // Newer cpp-httplib: checking the connection ends the loop.
  svr.Get("/job2", [](const httplib::Request &req, httplib::Response &res) {
#ifdef CTXLIFE_HTTPLIB_NEWER_API
    for (;;) {
      if (req.is_connection_closed())
        return;
      Job j = poll_job(req.get_param_value("id"));
      if (j.done()) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    }
#endif
  });

  // A streaming response: a dropped write result never notices the client
  // has gone.
  svr.Get("/events", [](const httplib::Request &, httplib::Response &res) {
    res.set_chunked_content_provider("text/event-stream", [](size_t, httplib::DataSink &sink) {
      while (true) {
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
        // CHECK-MESSAGES: :[[@LINE+5]]:9: note: the result of 'write', which reports a cancelled request or a closed connection, is ignored here
        // CHECK-MESSAGES: :[[@LINE-3]]:7: note: exit the loop when '!sink.is_writable()' is true
        // CHECK-MESSAGES-NEWER: :[[@LINE-4]]:7: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
        auto e = next_event();
        std::string line = "data: " + e.value_or("") + "\n\n";
        sink.write(line.data(), line.size());
      }
      return true;
    });
  });

  // The correct streaming idioms.
  svr.Get("/events2", [](const httplib::Request &, httplib::Response &res) {
    res.set_chunked_content_provider("text/event-stream", [](size_t, httplib::DataSink &sink) {
      while (true) {
        auto e = next_event();
        if (!sink.write(e->data(), e->size()))
          return false;
      }
    });
    res.set_chunked_content_provider("text/event-stream", [](size_t, httplib::DataSink &sink) {
      for (;;) {
        if (!sink.is_writable())
          break;
        std::this_thread::sleep_for(std::chrono::seconds(1));
      }
      sink.done();
      return true;
    });
  });

  // Parsing loops end with their data: quiet.
  svr.Get(R"(/files/(.*))", [](const httplib::Request &req, httplib::Response &res) {
    std::string path = req.matches[1];
    size_t pos = 0;
    int parts = 0;
    for (;;) {
      size_t slash = path.find('/', pos);
      if (slash == std::string::npos)
        break;
      ++parts;
      pos = slash + 1;
    }
    // A bounded retry: quiet.
    for (int attempt = 0;; ++attempt) {
      if (attempt == 3 || poll_job(path).done())
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    // Waiting with a time limit: quiet.
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    while (true) {
      if (std::chrono::steady_clock::now() > until || poll_job(path).done())
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    res.set_content(std::to_string(parts), "text/plain");
  });

  // The server's own loop is not a request's.
  for (;;) {
    svr.listen("0.0.0.0", 8080);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
}
