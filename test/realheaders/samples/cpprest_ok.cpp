// Typical, correct cpprestsdk (2.10) REST server built on http_listener.
// No lifetime bugs:
//  * the listener's handlers capture `this`, and the owning object closes the
//    listener (waiting for it) in its destructor - the canonical cpprest pattern;
//  * asynchronous continuations never capture `this` or stack locals by
//    reference: they capture the http_request (a shared handle), the key, and a
//    shared_ptr to the store by value.
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>

#include <cpprest/http_listener.h>
#include <cpprest/json.h>

using web::http::http_request;
using web::http::methods;
using web::http::status_codes;
using web::http::experimental::listener::http_listener;

struct Store {
  std::mutex mu;
  std::map<utility::string_t, utility::string_t> data;
};

class KvService {
 public:
  explicit KvService(const utility::string_t& url)
      : store_(std::make_shared<Store>()), listener_(url) {
    listener_.support(methods::GET, [this](http_request req) { handle_get(std::move(req)); });
    listener_.support(methods::PUT, [this](http_request req) { handle_put(std::move(req)); });
  }

  ~KvService() { listener_.close().wait(); }

  KvService(const KvService&) = delete;
  KvService& operator=(const KvService&) = delete;

  pplx::task<void> open() { return listener_.open(); }

 private:
  void handle_get(http_request req) {
    const auto path = web::uri::split_path(web::uri::decode(req.relative_uri().path()));
    std::lock_guard<std::mutex> lock(store_->mu);
    if (path.empty()) {
      web::json::value all = web::json::value::object();
      for (const auto& kv : store_->data) {
        all[kv.first] = web::json::value::string(kv.second);
      }
      req.reply(status_codes::OK, all);
      return;
    }
    auto it = store_->data.find(path[0]);
    if (it == store_->data.end()) {
      req.reply(status_codes::NotFound);
    } else {
      req.reply(status_codes::OK, it->second);
    }
  }

  void handle_put(http_request req) {
    const auto path = web::uri::split_path(web::uri::decode(req.relative_uri().path()));
    if (path.empty()) {
      req.reply(status_codes::BadRequest);
      return;
    }
    const utility::string_t key = path[0];
    std::shared_ptr<Store> store = store_;
    // Everything the continuation needs is captured by value.
    req.extract_string()
        .then([store, req, key](pplx::task<utility::string_t> body_task) {
          try {
            utility::string_t body = body_task.get();
            {
              std::lock_guard<std::mutex> lock(store->mu);
              store->data[key] = std::move(body);
            }
            return req.reply(status_codes::NoContent);
          } catch (const std::exception&) {
            return req.reply(status_codes::BadRequest);
          }
        })
        .then([](pplx::task<void> reply_task) {
          try {
            reply_task.get();
          } catch (const std::exception& e) {
            std::cerr << "PUT reply failed: " << e.what() << "\n";
          }
        });
  }

  std::shared_ptr<Store> store_;
  http_listener listener_;
};

int main() {
  KvService service(U("http://127.0.0.1:34568/kv"));
  service.open().wait();
  std::cout << "Press ENTER to exit." << std::endl;
  std::string line;
  std::getline(std::cin, line);
  return 0;
}
