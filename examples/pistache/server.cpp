// Pistache key/value server with long-poll "watch" requests.
// The Rest::Request is borrowed for the handler call; the ResponseWriter is a
// movable handle onto the connection that should be answered and dropped by
// per-request work.
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <string_view>
#include <vector>

#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

using namespace Pistache;

std::mutex g_mu;
// Parked long-poll writers, answered by the next PUT of the same key.
std::multimap<std::string, Http::ResponseWriter> g_watchers;
// Deferred audit work, drained by a background thread.
std::vector<std::function<void()>> g_audit;

class KvService {
public:
  explicit KvService(Address addr)
      : endpoint_(std::make_shared<Http::Endpoint>(addr)) {}

  void start() {
    endpoint_->init(Http::Endpoint::options().threads(2));
    Rest::Routes::Get(router_, "/kv/:key", Rest::Routes::bind(&KvService::doGet, this));
    Rest::Routes::Put(router_, "/kv/:key", Rest::Routes::bind(&KvService::doPut, this));
    Rest::Routes::Get(router_, "/watch/:key", Rest::Routes::bind(&KvService::doWatch, this));
    endpoint_->setHandler(router_.handler());
    endpoint_->serve();
  }
  void shutdown() { endpoint_->shutdown(); }

private:
  void doGet(const Rest::Request &request, Http::ResponseWriter response) {
    const auto key = request.param(":key").as<std::string>();
    std::lock_guard<std::mutex> lock(g_mu);
    last_resource_ = request.resource(); // BUG: string_view into the request, which is gone after doGet returns
    last_resource_copy_ = request.resource(); // OK: std::string copy
    auto it = store_.find(key);
    if (it == store_.end()) {
      response.send(Http::Code::Not_Found, "no such key\n");
      return;
    }
    response.send(Http::Code::Ok, it->second); // OK: answered inside the handler
  }

  void doWatch(const Rest::Request &request, Http::ResponseWriter response) {
    const auto key = request.param(":key").as<std::string>();
    std::lock_guard<std::mutex> lock(g_mu);
    // A parked writer keeps raw Transport*/Handler* pointers that dangle after
    // shutdown(), and writers of clients that went away are never removed.
    g_watchers.emplace(key, std::move(response)); // BUG: a global outlives the connection and the Endpoint
  }

  void doPut(const Rest::Request &request, Http::ResponseWriter response) {
    const auto key = request.param(":key").as<std::string>();
    std::lock_guard<std::mutex> lock(g_mu);
    store_[key] = request.body(); // OK: the body is copied into the store
    g_audit.push_back([&request] { (void)request.body().size(); }); // BUG: captures the borrowed request by reference
    g_audit.push_back([key, size = request.body().size()] { (void)key; (void)size; }); // OK: captures copies
    auto range = g_watchers.equal_range(key);
    for (auto it = range.first; it != range.second; ++it)
      it->second.send(Http::Code::Ok, store_[key]);
    g_watchers.erase(range.first, range.second);
    std::thread([&request] { (void)request.body().size(); }).detach(); // BUG: the request is borrowed for this call only
    std::thread([size = request.body().size()] { (void)size; }).detach(); // OK: a copy
    response.send(Http::Code::No_Content);
  }

  std::shared_ptr<Http::Endpoint> endpoint_;
  Rest::Router router_;
  std::map<std::string, std::string> store_;
  std::string_view last_resource_;
  std::string last_resource_copy_;
};

int main() {
  KvService service(Address(Ipv4::any(), Port(9080)));
  service.start(); // blocks until shutdown
  service.shutdown();
}
