// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "storage reached through parameters": a helper that writes
// through an out-pointer, an out-reference, or into a container it receives
// by reference stores into whatever its caller passes. A global or a member
// of a service object passed in is long-lived storage; a local, or a member
// of a per-request object, is not. The finding is at the call, with a note
// at the helper's store.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// ---- A small request-parsing library: it fills in what the caller gives.
namespace reqparse {

// Out-pointer.
void ExtractRoute(const httplib::Request &req, std::string_view *route) {
  *route = req.path;
}
// Out-reference.
void ExtractBody(const httplib::Request &req, std::string_view &body) {
  body = req.body;
}
// Into a container passed by reference.
void CollectParams(const httplib::Request &req,
                   std::vector<const std::string *> &values) {
  for (auto it = req.params.begin(); it != req.params.end(); ++it)
    values.push_back(&it->second);
}
// Into an optional passed by reference.
void ParseToken(const httplib::Request &req, std::optional<std::string_view> &token) {
  if (!req.body.empty())
    token.emplace(req.body);
}
// A copy through an out-pointer: nothing refers to the request afterwards.
void ExtractRouteCopy(const httplib::Request &req, std::string *route) {
  *route = req.path;
}
// A view of static data through an out-pointer.
void DefaultRoute(std::string_view *route) {
  static const std::string kRoot = "/";
  *route = kRoot;
}
// Forwards its out-parameter to another filler.
void Describe(const httplib::Request &req, std::string_view *route) {
  ExtractRoute(req, route);
}

} // namespace reqparse

// A generic "append" helper: stores its second parameter in its first.
template <class Container, class Value>
void AppendTo(Container &into, Value &&value) {
  into.push_back(static_cast<Value &&>(value));
}

// ---- Storage the handlers pass in.
std::string_view g_last_route;
std::string_view g_last_body;
std::vector<const std::string *> g_param_values;
std::optional<std::string_view> g_token;
std::string g_last_route_copy;
std::vector<std::string_view> g_recent;

struct Stats {
  std::vector<std::string_view> routes;
};
Stats g_stats;

void log_line(std::string_view s);

// A service object: lives as long as the server.
class RouteAudit {
public:
  void Handle(const httplib::Request &req, httplib::Response &res) {
    reqparse::ExtractRoute(req, &last_route_);
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ExtractRoute', which stores a view into it in member 'last_route_' of service object 'RouteAudit' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :28:12: note: 'ExtractRoute' stores a view into its parameter 'req' in its parameter 'route' here
    reqparse::CollectParams(req, seen_values_);
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'req' of type 'const httplib::Request &' is passed to 'CollectParams', which stores a view into it in member 'seen_values_' of service object 'RouteAudit' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :38:22: note: 'CollectParams' stores a view into its parameter 'req' in its parameter 'values' here

    // Locals are fine.
    std::string_view route;
    reqparse::ExtractRoute(req, &route);
    std::vector<const std::string *> values;
    reqparse::CollectParams(req, values);
    log_line(route);
    // A copy into a member is fine.
    reqparse::ExtractRouteCopy(req, &last_route_copy_);
    res.status = 200;
  }

private:
  std::string_view last_route_;
  std::vector<const std::string *> seen_values_;
  std::string last_route_copy_;
};

void handle_upload(const httplib::Request &req, httplib::Response &res) {
  reqparse::ExtractRoute(req, &g_last_route);
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ExtractRoute', which stores a view into it in global 'g_last_route' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :28:12: note: 'ExtractRoute' stores a view into its parameter 'req' in its parameter 'route' here
  reqparse::ExtractBody(req, g_last_body);
  // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ExtractBody', which stores a view into it in global 'g_last_body' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :32:10: note: 'ExtractBody' stores a view into its parameter 'req' in its parameter 'body' here
  reqparse::CollectParams(req, g_param_values);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: request context 'req' of type 'const httplib::Request &' is passed to 'CollectParams', which stores a view into it in global 'g_param_values' where it outlives the request [ctxlife-long-lived-store]
  reqparse::ParseToken(req, g_token);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ParseToken', which stores a view into it in global 'g_token' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :43:19: note: 'ParseToken' stores a view into its parameter 'req' in its parameter 'token' here
  // Through a member of a global, and through a forwarding helper.
  reqparse::ExtractRoute(req, &g_stats.routes.emplace_back());
  // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ExtractRoute', which stores a view into it in global 'g_stats' where it outlives the request [ctxlife-long-lived-store]
  reqparse::Describe(req, &g_last_route);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'req' of type 'const httplib::Request &' is passed to 'Describe', which stores a view into it in global 'g_last_route' where it outlives the request [ctxlife-long-lived-store]
  // A generic helper storing one parameter in the other.
  AppendTo(g_recent, std::string_view(req.body));
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'std::string_view(req.body)' of type 'std::string_view' derived from request context 'req' is passed to 'AppendTo', which stores it in global 'g_recent' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :64:18: note: 'AppendTo' stores its parameter 'value' in its parameter 'into' here

  // Correct look-alikes: copies, static data, locals.
  reqparse::ExtractRouteCopy(req, &g_last_route_copy);
  reqparse::DefaultRoute(&g_last_route);
  std::string_view local_route;
  reqparse::Describe(req, &local_route);
  std::vector<std::string_view> local_recent;
  AppendTo(local_recent, std::string_view(req.body));
  AppendTo(g_recent, std::string_view("static"));
  std::vector<std::string> copies;
  AppendTo(copies, req.body);
  std::optional<std::string_view> token;
  reqparse::ParseToken(req, token);
  if (token)
    res.set_content(std::string(*token), "text/plain");
}

// ---- gRPC: a registry of active calls, filled through parameters.
struct ActiveCalls {
  std::mutex mu;
  std::map<std::string, grpc::ServerContext *> by_peer;
};
ActiveCalls g_active;

void Track(grpc::ServerContext *ctx, std::map<std::string, grpc::ServerContext *> &into) {
  into[ctx->peer()] = ctx;
}
void TrackPtr(std::vector<grpc::ServerContext *> *into, grpc::ServerContext *ctx) {
  into->push_back(ctx);
}
void NotePeer(grpc::ServerContext *ctx, std::vector<std::string> &into) {
  into.push_back(ctx->peer());
}

// A per-request object: its members die with the call.
class CallScope {
public:
  explicit CallScope(grpc::ServerContext *ctx) { TrackPtr(&contexts_, ctx); }

private:
  std::vector<grpc::ServerContext *> contexts_;
};

class GreeterImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    Track(ctx, g_active.by_peer);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'Track', which stores it in global 'g_active' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :156:23: note: 'Track' stores its parameter 'ctx' in its parameter 'into' here
    TrackPtr(&inflight_, ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'TrackPtr', which stores it in member 'inflight_' of service object 'GreeterImpl' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :159:19: note: 'TrackPtr' stores its parameter 'ctx' in its parameter 'into' here

    // Locals, a per-request object, and copies are fine.
    std::map<std::string, grpc::ServerContext *> local;
    Track(ctx, local);
    CallScope scope(ctx);
    NotePeer(ctx, peers_);
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  std::vector<grpc::ServerContext *> inflight_;
  std::vector<std::string> peers_;
};
