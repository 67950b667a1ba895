// The real cpp-httplib 0.11.4 header (Debian 12), for the httplib
// capabilities of issue 14 not covered elsewhere: header views stored in a
// global, and a polling loop in a handler beside a provider loop that
// stops with the connection. Content providers and the in-house pool are
// in detached-capture-httplib-providers.cpp; the view key and the
// out-parameter cases in long-lived-store-httplib-keys.cpp.
// RUN: %check_ctxlife --check-suffix=LLS %s ctxlife-long-lived-store %t.lls -- -std=c++20
// RUN: %check_ctxlife --check-suffix=MC %s ctxlife-missing-cancellation %t.mc -- -std=c++20
#include <httplib.h>

#include <chrono>
#include <map>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

std::vector<std::string_view> g_forwarded_for;

int main() {
  httplib::Server svr;

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
