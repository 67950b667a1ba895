// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "keys and views": a view into the request used as a key of a
// long-lived map stores the view, whatever writes the entry: `m[key]`,
// `m[key] = v`, `++m[key]`, `m[key] += n`, a reference bound to `m[key]`,
// as much as `emplace`, `insert` and `try_emplace`. Lookups that do not
// insert (`find`, `count`, `contains`, `at`) store nothing.
#include <boost/beast/http.hpp>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace http = boost::beast::http;
using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// ---- A rate limiter and route metrics keyed by views (the bug), beside
// the same structures keyed by owning strings (correct).
std::map<std::string_view, int> g_route_hits;
std::unordered_map<std::string_view, std::int64_t> g_last_seen_ms;
std::map<std::string_view, std::vector<int>> g_latencies;
std::set<std::string_view> g_known_routes;
std::map<std::string, int, std::less<>> g_owned_hits; // heterogeneous lookup
std::unordered_set<std::string> g_owned_routes;

struct RouteStats {
  std::int64_t count = 0;
  std::int64_t bytes = 0;
};

// Interning: the returned view points into a pool of owning strings, not
// into the argument.
std::string_view Intern(std::string_view s) {
  static std::unordered_set<std::string> pool;
  static std::mutex mu;
  std::lock_guard<std::mutex> lock(mu);
  return *pool.emplace(s).first;
}

std::int64_t now_ms();

class RateLimiter {
public:
  bool Allow(const httplib::Request &req) {
    std::lock_guard<std::mutex> lock(mu_);
    std::string_view client = req.remote_addr;
    int &tokens = buckets_[client];
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: value 'client' of type 'std::string_view' derived from request context 'req' is stored in member 'buckets_' of service object 'RateLimiter' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-3]]:22: note: 'client' refers to request context 'req'
    if (tokens == 0)
      return false;
    --tokens;
    ++per_route_[req.path];
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'req.path' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in member 'per_route_' of service object 'RateLimiter' and outlives the request [ctxlife-long-lived-store]
    stats_[req.path].bytes += static_cast<std::int64_t>(req.body.size());
    // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: value 'req.path' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in member 'stats_' of service object 'RateLimiter' and outlives the request [ctxlife-long-lived-store]

    // Lookups that do not insert.
    auto it = per_route_.find(req.path);
    if (it != per_route_.end() && it->second > 1000)
      return false;
    if (owned_.count(std::string(req.path)) == 0)
      owned_[std::string(req.path)] = 1;
    return true;
  }

private:
  std::mutex mu_;
  std::unordered_map<std::string_view, int> buckets_;
  std::map<std::string_view, int> per_route_;
  std::map<std::string_view, RouteStats> stats_;
  std::map<std::string, int> owned_;
};

void route_metrics(const httplib::Request &req, httplib::Response &res) {
  std::string_view route = req.path;
  ++g_route_hits[route];
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_route_hits' and outlives the request [ctxlife-long-lived-store]
  g_route_hits[route]++;
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_route_hits' and outlives the request [ctxlife-long-lived-store]
  g_last_seen_ms[req.remote_addr] = now_ms();
  // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'req.remote_addr' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_last_seen_ms' and outlives the request [ctxlife-long-lived-store]
  g_latencies[route].push_back(res.status);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_latencies' and outlives the request [ctxlife-long-lived-store]
  g_route_hits.try_emplace(req.body, 0);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: value 'req.body' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_route_hits' and outlives the request [ctxlife-long-lived-store]
  g_route_hits.insert({req.body, 1});
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: value '{req.body, 1}' of type 'std::pair<const std::basic_string_view<char>, int>' derived from request context 'req' is stored in global 'g_route_hits' and outlives the request [ctxlife-long-lived-store]
  g_route_hits.emplace(route, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_route_hits' and outlives the request [ctxlife-long-lived-store]
  g_known_routes.insert(route);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_known_routes' and outlives the request [ctxlife-long-lived-store]

  // Correct look-alikes.
  ++g_owned_hits[std::string(route)];
  if (auto it = g_owned_hits.find(route); it != g_owned_hits.end())
    ++it->second;
  if (g_route_hits.count(route) || g_known_routes.contains(route))
    res.status = 200;
  if (g_last_seen_ms.find(req.remote_addr) != g_last_seen_ms.end())
    res.status = 429;
  int limit = g_route_hits.at(route);
  g_owned_routes.insert(std::string(route));
  ++g_route_hits[Intern(route)]; // the key points into the intern pool
  ++g_route_hits["/healthz"];    // a literal
  std::map<std::string_view, int> local_hits;
  ++local_hits[route];
  res.set_content(std::to_string(limit), "text/plain");
}

// ---- Beast: the target and header fields are views into the request.
std::map<boost::beast::string_view, int> g_by_target;
std::unordered_map<std::string, int> g_by_target_copy;

void handle_request(const http::request<http::string_body> &req) {
  g_by_target[req.target()] += 1;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: value 'req.target()' of type 'boost::beast::string_view' derived from request context 'req' is stored in global 'g_by_target' and outlives the request [ctxlife-long-lived-store]
  auto agent = req[http::field::user_agent];
  ++g_by_target[agent];
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: value 'agent' of type 'boost::basic_string_view<char>' derived from request context 'req' is stored in global 'g_by_target' and outlives the request [ctxlife-long-lived-store]
  ++g_by_target_copy[std::string(req.target())];
  if (g_by_target.find(req.target()) == g_by_target.end())
    ++g_by_target_copy["miss"];
}

// ---- gRPC: per-tenant quotas keyed by metadata values.
class QuotaService final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    const auto &md = ctx->client_metadata();
    auto tenant = md.find("x-tenant");
    if (tenant == md.end())
      return grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "no tenant");
    std::lock_guard<std::mutex> lock(mu_);
    if (--remaining_[tenant->second] < 0)
      // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'tenant->second' of type 'grpc::string_ref' derived from request context 'ctx' is stored in member 'remaining_' of service object 'QuotaService' and outlives the request [ctxlife-long-lived-store]
      return grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, "quota");
    std::string owned(tenant->second.data(), tenant->second.size());
    ++served_[owned];
    auto known = remaining_.find(tenant->second);
    (void)known;
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  std::mutex mu_;
  std::map<grpc::string_ref, int> remaining_;
  std::map<std::string, int> served_;
};
