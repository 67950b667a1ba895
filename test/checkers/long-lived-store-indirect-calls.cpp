// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "indirect calls": a call through a function pointer, a
// std::function member or a virtual function applies the summary of every
// target visible in the translation unit (the functions whose address is
// taken and stored here; the overriders of the virtual). The finding is at
// the call, with a note at the target's store. Targets that only copy, and
// calls whose targets are not visible, stay quiet.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// ---- Function pointers: a table of request hooks, registered at startup.
using Hook = void (*)(const void *request);

std::vector<const void *> g_sampled;
std::string g_last_kind;

void SampleHook(const void *request) { g_sampled.push_back(request); }
void CountHook(const void *request) { g_last_kind = request ? "req" : "none"; }

class HookTable {
public:
  void Add(std::string name, Hook h) { hooks_[std::move(name)] = h; }
  void RunAll(const httplib::Request &req) {
    for (auto &entry : hooks_)
      entry.second(&req);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context '&req' of type 'const httplib::Request *' is passed through 'entry.second' to 'SampleHook', which stores it in global 'g_sampled' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :31:60: note: 'SampleHook' stores its parameter 'request' in global 'g_sampled' here
  }

private:
  std::map<std::string, Hook> hooks_;
};

HookTable g_hooks;
Hook g_on_error = &CountHook;

// ---- std::function members: an observer a middleware is configured with.
class PathObserver {
public:
  explicit PathObserver(std::function<void(std::string_view)> fn) : fn_(std::move(fn)) {}
  void Notify(const httplib::Request &req) {
    fn_(req.path);
    // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: value 'req.path' of type 'std::basic_string_view<char>' derived from request context 'req' is passed through 'fn_' to a lambda, which stores it in member 'paths_' of service object 'Metrics' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :71:24: note: the lambda stores its parameter 'p' in member 'paths_' of service object 'Metrics' here
  }

private:
  std::function<void(std::string_view)> fn_;
};

class Metrics {
public:
  // The observer's target: a lambda that keeps the view.
  PathObserver MakeObserver() {
    return PathObserver([this](std::string_view p) {
      std::lock_guard<std::mutex> lock(mu_);
      paths_.push_back(p);
    });
  }
  // Another observer that keeps an owning copy.
  PathObserver MakeCountingObserver() {
    return PathObserver([this](std::string_view p) {
      std::lock_guard<std::mutex> lock(mu_);
      ++counts_[std::string(p)];
    });
  }

private:
  std::mutex mu_;
  std::vector<std::string_view> paths_;
  std::map<std::string, int> counts_;
};

// A callback parameter: the visitor the caller passes is the target.
std::vector<std::string_view> g_seen_values;
void ForEachParam(const httplib::Request &req,
                  const std::function<void(std::string_view)> &visit) {
  for (const auto &p : req.params)
    visit(p.second);
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: value 'p.second' of type 'std::basic_string_view<char>' derived from request context 'req' is passed through 'visit' to a lambda, which stores it in global 'g_seen_values' where it outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :251:72: note: the lambda stores its parameter 'v' in global 'g_seen_values' here
}

// ---- Virtual functions: sinks behind an interface.
class LineSink {
public:
  virtual ~LineSink() = default;
  virtual void Accept(std::string_view line) = 0;
};

// Keeps the views: a long-lived sink.
class MemorySink : public LineSink {
public:
  void Accept(std::string_view line) override { lines_.push_back(line); }

private:
  std::vector<std::string_view> lines_;
};

// Copies: fine.
class CopyingSink : public LineSink {
public:
  void Accept(std::string_view line) override { lines_.emplace_back(line); }

private:
  std::vector<std::string> lines_;
};

// Another interface whose only overrider copies.
class Counter {
public:
  virtual ~Counter() = default;
  virtual void Hit(std::string_view key) = 0;
};
class MapCounter : public Counter {
public:
  void Hit(std::string_view key) override { ++hits_[std::string(key)]; }

private:
  std::map<std::string, int> hits_;
};

// An interface with no overrider in this translation unit.
class RemoteSink {
public:
  virtual ~RemoteSink() = default;
  virtual void Send(std::string_view line) = 0;
};

class LoggingMiddleware {
public:
  LoggingMiddleware(LineSink &sink, Counter &counter, RemoteSink &remote)
      : sink_(sink), counter_(counter), remote_(remote) {}

  void Handle(const httplib::Request &req, httplib::Response &res) {
    sink_.Accept(req.body);
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: value 'req.body' of type 'std::basic_string_view<char>' derived from request context 'req' is passed to 'Accept', whose override in 'MemorySink' stores it in member 'lines_' of service object 'MemorySink' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :108:66: note: 'MemorySink::Accept' stores its parameter 'line' in member 'lines_' of service object 'MemorySink' here

    // Quiet: the only overrider copies; the targets are not visible.
    counter_.Hit(req.path);
    remote_.Send(req.body);
    res.status = 200;
  }

private:
  LineSink &sink_;
  Counter &counter_;
  RemoteSink &remote_;
};

// ---- gRPC: interceptors kept in std::function tables.
using Interceptor = std::function<void(grpc::ServerContext *)>;
using MetadataHook = std::function<void(grpc::string_ref key, grpc::string_ref value)>;
std::vector<grpc::ServerContext *> g_watched;
std::multimap<grpc::string_ref, grpc::string_ref> g_tags;
std::map<std::string, std::string> g_tag_copies;

class InterceptorChain {
public:
  void Use(Interceptor i) { chain_.push_back(std::move(i)); }
  void OnMetadata(MetadataHook h) { hooks_.push_back(std::move(h)); }
  void Run(grpc::ServerContext *ctx) {
    for (auto &i : chain_)
      i(ctx);
    for (const auto &md : ctx->client_metadata())
      for (auto &hook : hooks_)
        hook(md.first, md.second);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value 'md.first' of type 'grpc::string_ref' derived from request context 'ctx' is passed through 'hook' to 'RememberTag', which stores it in global 'g_tags' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :202:18: note: 'RememberTag' stores its parameter 'key' in global 'g_tags' here
    // CHECK-MESSAGES: :[[@LINE-3]]:24: warning: value 'md.second' of type 'grpc::string_ref' derived from request context 'ctx' is passed through 'hook' to 'RememberTag', which stores it in global 'g_tags' where it outlives the request [ctxlife-long-lived-store]
  }

private:
  std::vector<Interceptor> chain_;
  std::vector<MetadataHook> hooks_;
};

// A target whose parameter is a request context by type: as for a direct
// call, the store in it is the finding, and the call is not reported again.
void Watch(grpc::ServerContext *ctx) { g_watched.push_back(ctx); }
// CHECK-MESSAGES: :[[@LINE-1]]:60: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_watched' and outlives the request [ctxlife-long-lived-store]
// Copies what it needs.
std::vector<std::string> g_peers;
void RecordPeer(grpc::ServerContext *ctx) { g_peers.push_back(ctx->peer()); }
// Keeps the metadata views.
void RememberTag(grpc::string_ref key, grpc::string_ref value) {
  g_tags.emplace(key, value);
}
// Copies them.
void CopyTag(grpc::string_ref key, grpc::string_ref value) {
  g_tag_copies[std::string(key.data(), key.size())] = std::string(value.data(), value.size());
}

class GreeterImpl final : public Greeter::Service {
public:
  explicit GreeterImpl(InterceptorChain &chain) : chain_(chain) {}
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    chain_.Run(ctx);
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  InterceptorChain &chain_;
};

// Wiring, at startup (not a request path).
int main() {
  g_hooks.Add("sample", &SampleHook);
  g_hooks.Add("count", &CountHook);
  Metrics metrics;
  PathObserver observer = metrics.MakeObserver();
  PathObserver counting = metrics.MakeCountingObserver();

  InterceptorChain chain;
  chain.Use(&RecordPeer);
  chain.Use(Watch);
  chain.OnMetadata(&RememberTag);
  chain.OnMetadata(CopyTag);
  GreeterImpl service(chain);

  MemorySink memory;
  CopyingSink copying;
  MapCounter counter;
  RemoteSink *remote = nullptr;
  LoggingMiddleware logging(memory, counter, *remote);
  LoggingMiddleware quiet_logging(copying, counter, *remote);

  httplib::Server svr;
  svr.Get("/obs", [&](const httplib::Request &req, httplib::Response &res) {
    observer.Notify(req);
    counting.Notify(req);
    g_hooks.RunAll(req);
    logging.Handle(req, res);
    ForEachParam(req, [](std::string_view v) { g_seen_values.push_back(v); });
    std::vector<std::string> copies;
    ForEachParam(req, [&copies](std::string_view v) { copies.emplace_back(v); });
    if (g_on_error)
      g_on_error(&req);
  });
  svr.listen("0.0.0.0", 8080);
}
