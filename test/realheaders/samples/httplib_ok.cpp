// Typical, correct cpp-httplib (0.11.x) server.
// No lifetime bugs: handlers capture only objects that outlive the server
// (the store and its mutex live in main() and Server::listen blocks), and
// set_content copies its argument into the response.
#include <mutex>
#include <string>
#include <unordered_map>

#include <httplib.h>

int main() {
  httplib::Server svr;

  std::mutex mu;
  std::unordered_map<std::string, std::string> store;

  svr.Get("/hi", [](const httplib::Request& /*req*/, httplib::Response& res) {
    res.set_content("Hello World!", "text/plain");
  });

  svr.Get(R"(/kv/(\w+))", [&](const httplib::Request& req, httplib::Response& res) {
    const std::string key = req.matches[1];
    std::lock_guard<std::mutex> lock(mu);
    auto it = store.find(key);
    if (it == store.end()) {
      res.status = 404;
      return;
    }
    res.set_content(it->second, "text/plain");
  });

  svr.Put(R"(/kv/(\w+))", [&](const httplib::Request& req, httplib::Response& res) {
    const std::string key = req.matches[1];
    {
      std::lock_guard<std::mutex> lock(mu);
      store[key] = req.body;
    }
    res.status = 204;
  });

  svr.Get("/stream", [](const httplib::Request& /*req*/, httplib::Response& res) {
    // The content provider may run after this handler returns, so it captures by value.
    const std::string payload = "chunk-data";
    res.set_chunked_content_provider(
        "text/plain", [payload](size_t offset, httplib::DataSink& sink) {
          if (offset < 3 * payload.size()) {
            sink.write(payload.data(), payload.size());
          } else {
            sink.done();
          }
          return true;
        });
  });

  svr.Get("/stop", [&svr](const httplib::Request&, httplib::Response& res) {
    res.set_content("bye", "text/plain");
    svr.stop();
  });

  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    res.set_content("error " + std::to_string(res.status), "text/plain");
  });

  svr.listen("0.0.0.0", 8080);
  return 0;
}
