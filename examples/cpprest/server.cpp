// cpprestsdk job-queue server on http_listener: POST /jobs enqueues a job,
// GET /jobs lists what was submitted.
// http_request is a shared handle: every copy keeps the request (and its
// connection) alive until the last copy is gone.
#include <iostream>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include <cpprest/http_listener.h>
#include <cpprest/json.h>

using web::http::http_request;
using web::http::methods;
using web::http::status_codes;
using web::http::experimental::listener::http_listener;

std::vector<http_request> g_pending;      // requests waiting for a worker
std::vector<utility::string_t> g_history; // URIs submitted so far
const http_request *g_current = nullptr;  // request being handled, for the logger

class JobService {
public:
  explicit JobService(const utility::string_t &url) : listener_(url) {
    listener_.support(methods::POST, [this](http_request req) { submit(req); });
    listener_.support(methods::GET, [this](http_request req) { list(req); });
    listener_.support(methods::DEL, [this](http_request req) { cancel(req); });
  }
  ~JobService() { listener_.close().wait(); }
  pplx::task<void> open() { return listener_.open(); }

private:
  void submit(http_request req) {
    std::lock_guard<std::mutex> lock(mu_);
    g_current = &req; // BUG: address of the by-value parameter; dangles when submit() returns
    g_pending.push_back(req); // BUG: nothing ever drains it, so every request and its connection stay alive
    g_history.push_back(req.request_uri().to_string()); // OK: a copied identifier
    last_by_client_[req.remote_address()] = req; // BUG: the service keeps each client's last request alive forever
    last_uri_by_client_[req.remote_address()] = req.request_uri().to_string(); // OK: string copy

    // The continuation runs after submit() returns, so it owns a copy of the handle.
    req.extract_json().then([req](pplx::task<web::json::value> body) { // OK: per-request work, replies once
      try {
        body.get();
        req.reply(status_codes::Accepted);
      } catch (const std::exception &) {
        req.reply(status_codes::BadRequest);
      }
    });
  }

  void cancel(http_request req) {
    pplx::create_task([&req] { return req.extract_string(); }) // BUG: the task outlives cancel(); &req dangles
        .then([](pplx::task<utility::string_t>) {});
    pplx::create_task([req] { req.reply(status_codes::Accepted); }); // OK: the task owns a copy of the handle
  }

  void list(http_request req) {
    web::json::value out = web::json::value::array();
    std::lock_guard<std::mutex> lock(mu_);
    for (size_t i = 0; i < g_history.size(); ++i)
      out[i] = web::json::value::string(g_history[i]);
    req.reply(status_codes::OK, out);
  }

  http_listener listener_;
  std::mutex mu_;
  std::map<utility::string_t, http_request> last_by_client_;
  std::map<utility::string_t, utility::string_t> last_uri_by_client_;
};

int main() {
  JobService service(U("http://127.0.0.1:8080/jobs"));
  service.open().wait();
  std::cout << "Press ENTER to exit." << std::endl;
  std::string line;
  std::getline(std::cin, line);
}
