// Typical, correct Pistache (0.0.5) REST server: Rest::Router + Routes::bind to
// member functions, plus a raw Http::Handler.
// No lifetime bugs: the service object owns the Endpoint and Router and outlives
// serve()/shutdown(); ResponseWriters are moved, never stored beyond the handler;
// promise continuations capture only values.
#include <atomic>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

using namespace Pistache;

class PingHandler : public Http::Handler {
 public:
  HTTP_PROTOTYPE(PingHandler)

  void onRequest(const Http::Request& /*request*/, Http::ResponseWriter response) override {
    response.send(Http::Code::Ok, "pong\n");
  }
};

class KvService {
 public:
  explicit KvService(Address addr)
      : endpoint_(std::make_shared<Http::Endpoint>(addr)) {}

  void init(size_t threads = 2) {
    auto opts = Http::Endpoint::options().threads(static_cast<int>(threads));
    endpoint_->init(opts);
    setupRoutes();
  }

  void start() {
    endpoint_->setHandler(router_.handler());
    endpoint_->serve();
  }

  void shutdown() { endpoint_->shutdown(); }

 private:
  void setupRoutes() {
    using namespace Rest;
    Routes::Get(router_, "/kv/:key", Routes::bind(&KvService::doGet, this));
    Routes::Put(router_, "/kv/:key", Routes::bind(&KvService::doPut, this));
    Routes::Get(router_, "/ready", Routes::bind(&KvService::doReady, this));
  }

  void doGet(const Rest::Request& request, Http::ResponseWriter response) {
    const auto key = request.param(":key").as<std::string>();
    std::string value;
    {
      std::lock_guard<std::mutex> lock(mu_);
      auto it = store_.find(key);
      if (it == store_.end()) {
        response.send(Http::Code::Not_Found, "no such key\n");
        return;
      }
      value = it->second;
    }
    response.send(Http::Code::Ok, value)
        .then([key](ssize_t bytes) { std::cout << key << ": sent " << bytes << " bytes\n"; },
              Async::IgnoreException);
  }

  void doPut(const Rest::Request& request, Http::ResponseWriter response) {
    const auto key = request.param(":key").as<std::string>();
    {
      std::lock_guard<std::mutex> lock(mu_);
      store_[key] = request.body();
    }
    response.send(Http::Code::No_Content);
  }

  void doReady(const Rest::Request& /*request*/, Http::ResponseWriter response) {
    response.send(Http::Code::Ok, "1");
  }

  std::shared_ptr<Http::Endpoint> endpoint_;
  Rest::Router router_;
  std::mutex mu_;
  std::map<std::string, std::string> store_;
};

int main() {
  Address addr(Ipv4::any(), Port(9080));

  KvService service(addr);
  service.init(2);
  service.start();  // blocks until shutdown
  service.shutdown();

  // A second, minimal server using a plain handler.
  Http::Endpoint ping(Address(Ipv4::any(), Port(9081)));
  ping.init(Http::Endpoint::options().threads(1));
  ping.setHandler(Http::make_handler<PingHandler>());
  ping.serveThreaded();
  ping.shutdown();
  return 0;
}
