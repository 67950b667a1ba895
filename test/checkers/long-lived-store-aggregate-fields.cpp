// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "fields of local aggregates": provenance follows assignments
// into fields of locals, not only initializers, and a later store of the
// aggregate (or of a copy of it) carries the field's provenance. The order
// matters: a field assigned after the store, or overwritten before it, does
// not reach the stored copy.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// ---- An access log, as a middleware keeps it.
struct AccessRecord {
  std::string client;       // an owning copy
  std::string_view route;   // a view: must not outlive the request
  const httplib::Headers *headers = nullptr;
  std::int64_t started_ms = 0;
};

struct Origin {
  std::string_view host;
};
struct TraceRecord {
  Origin origin;
  std::string id;
};

class AccessLog {
public:
  void Append(const AccessRecord &rec) {
    std::lock_guard<std::mutex> lock(mu_);
    records_.push_back(rec);
  }
  void AppendMoved(AccessRecord rec) {
    std::lock_guard<std::mutex> lock(mu_);
    records_.push_back(std::move(rec));
  }

private:
  std::mutex mu_;
  std::vector<AccessRecord> records_;
};

AccessLog g_access_log;
std::deque<AccessRecord> g_recent;
std::vector<TraceRecord> g_traces;
std::map<int, AccessRecord> g_by_status;
std::vector<std::string_view> g_last_routes;

std::int64_t now_ms();
void emit(const AccessRecord &rec);

void access_middleware(const httplib::Request &req, httplib::Response &res) {
  AccessRecord rec;
  rec.client = req.remote_addr;
  rec.route = req.path;
  rec.started_ms = now_ms();
  g_access_log.Append(rec);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: value 'rec' of type 'AccessRecord' derived from request context 'req' is passed to 'Append', which stores it in member 'records_' of service object 'AccessLog' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :45:24: note: 'Append' stores its parameter 'rec' in member 'records_' of service object 'AccessLog' here
  // CHECK-MESSAGES: :[[@LINE-5]]:3: note: 'rec.route' refers to request context 'req'
  g_recent.push_back(rec);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'rec' of type 'AccessRecord' derived from request context 'req' is stored in global 'g_recent' and outlives the request [ctxlife-long-lived-store]

  // A copy of the aggregate carries the field.
  AccessRecord copy = rec;
  g_by_status[res.status] = copy;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: value 'copy' of type 'AccessRecord' derived from request context 'req' is stored in global 'g_by_status' and outlives the request [ctxlife-long-lived-store]
  AccessRecord assigned;
  assigned = rec;
  g_recent.push_back(assigned);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'assigned' of type 'AccessRecord' derived from request context 'req' is stored in global 'g_recent' and outlives the request [ctxlife-long-lived-store]
  g_access_log.AppendMoved(std::move(copy));
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: value 'std::move(copy)' of type 'AccessRecord' derived from request context 'req' is passed to 'AppendMoved', which stores it in member 'records_' of service object 'AccessLog' where it outlives the request [ctxlife-long-lived-store]

  // A pointer field.
  AccessRecord with_headers;
  with_headers.headers = &req.headers;
  g_recent.push_back(with_headers);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'with_headers' of type 'AccessRecord' derived from request context 'req' is stored in global 'g_recent' and outlives the request [ctxlife-long-lived-store]

  // A field of a nested aggregate.
  TraceRecord trace;
  trace.id = req.get_header_value("X-Trace-Id");
  trace.origin.host = req.body;
  g_traces.push_back(trace);
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: value 'trace' of type 'TraceRecord' derived from request context 'req' is stored in global 'g_traces' and outlives the request [ctxlife-long-lived-store]

  // The same for a plain local assigned after its declaration.
  std::string_view last_route;
  last_route = req.path;
  g_last_routes.push_back(last_route);
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: value 'last_route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_last_routes' and outlives the request [ctxlife-long-lived-store]

  // Correct look-alikes.
  // A local view reassigned to static data before the store.
  std::string_view shown = req.path;
  if (shown.size() > 64)
    shown = "/long";
  else
    shown = "/short";
  g_last_routes.push_back(shown);
  // Only owning fields set.
  AccessRecord owned;
  owned.client = req.remote_addr;
  owned.started_ms = now_ms();
  g_access_log.Append(owned);
  g_recent.push_back(owned);
  // The view field is overwritten with static data before the store.
  AccessRecord scrubbed;
  scrubbed.route = req.path;
  scrubbed.route = "/redacted";
  g_recent.push_back(scrubbed);
  // The view field is set only after the copy was stored.
  AccessRecord late;
  late.client = req.remote_addr;
  g_recent.push_back(late);
  late.route = req.path;
  emit(late);
  // Kept in a local only.
  std::vector<AccessRecord> batch;
  batch.push_back(rec);
  for (const AccessRecord &r : batch)
    emit(r);
  // A nested field that is owning.
  TraceRecord owned_trace;
  owned_trace.id = req.get_header_value("X-Trace-Id");
  owned_trace.origin.host = "gateway";
  g_traces.push_back(owned_trace);
  res.status = 200;
}

// ---- gRPC: a call registry fed with per-call info.
struct CallInfo {
  grpc::ServerContext *ctx = nullptr;
  std::string method;
  std::chrono::system_clock::time_point deadline;
};

class CallRegistry {
public:
  void Register(const CallInfo &info) {
    std::lock_guard<std::mutex> lock(mu_);
    calls_.push_back(info);
  }

private:
  std::mutex mu_;
  std::vector<CallInfo> calls_;
};

struct Summary {
  std::string peer;
  std::chrono::system_clock::time_point deadline;
};
std::vector<Summary> g_summaries;
std::vector<CallInfo> g_slow_calls;

class GreeterImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    CallInfo info;
    info.method = "SayHello";
    info.ctx = ctx;
    info.deadline = ctx->deadline();
    registry_.Register(info);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'info' of type 'CallInfo' is passed to 'Register', which stores it in member 'calls_' of service object 'CallRegistry' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :157:22: note: 'Register' stores its parameter 'info' in member 'calls_' of service object 'CallRegistry' here
    // CHECK-MESSAGES: :[[@LINE-5]]:5: note: 'info.ctx' refers to request context 'ctx'
    CallInfo slow = info;
    if (req->name().empty())
      g_slow_calls.push_back(slow);
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request context 'slow' of type 'CallInfo' is stored in global 'g_slow_calls' and outlives the request [ctxlife-long-lived-store]

    // Correct look-alikes: only copies of what the call said.
    CallInfo plain;
    plain.method = "SayHello";
    plain.deadline = ctx->deadline();
    registry_.Register(plain);
    Summary s;
    s.peer = ctx->peer();
    s.deadline = ctx->deadline();
    g_summaries.push_back(s);
    // The pointer field is cleared before the store.
    CallInfo cleared = info;
    cleared.ctx = nullptr;
    g_slow_calls.push_back(cleared);
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  CallRegistry registry_;
};
