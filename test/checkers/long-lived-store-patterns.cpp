// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Framework-neutral patterns, written against the gRPC stubs: aliases,
// casts, singletons, closures, helpers, templates, macros and the storage
// kinds not covered by the per-framework tests.
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <any>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

const void *g_void;
const grpc::ServerContextBase *g_base;
std::map<int, grpc::ServerContext *> g_map;
std::function<void()> g_task;
std::vector<std::function<void()>> g_tasks;
std::optional<grpc::ServerContext *> g_opt;
std::any g_any;
std::atomic<grpc::ServerContext *> g_atomic;
const void *g_p;
const void *g_any_ptr;
const void *g_kept;
grpc::ServerContext *g_tracked;
grpc_call *g_call;
thread_local const grpc::ServerContextBase *t_current;

// Plain values copied out of a request are fine.
std::vector<std::string> g_peers;
std::map<int, std::string> g_peer_by_id;
std::function<void()> g_plain_task;
std::atomic<int> g_count;
std::shared_ptr<const grpc::AuthContext> g_auth;

void log_peer(grpc::ServerContext *ctx) {}
void log_text(const std::string &peer) {}

struct Registry {
  static Registry &Instance() {
    static Registry r;
    return r;
  }
  static Registry *Get() { return &Instance(); }
  std::vector<grpc::ServerContext *> items;
  std::map<std::string, const grpc::ServerContextBase *> map;
  std::vector<std::string> peers;
};

template <class T> struct Cache {
  static T *last;
};
template <class T> T *Cache<T>::last = nullptr;

struct Tracker {
  static const grpc::ServerContext *current;
};
const grpc::ServerContext *Tracker::current = nullptr;

// A helper whose parameter type does not say request-scoped: the call that
// passes a request context is the finding.
void keep(const void *p) { g_p = p; }
// Forwarding to it makes a storing helper too.
void keep2(const void *q) { keep(q); }
// A helper whose parameter is a request context: the store is the finding.
void track(grpc::ServerContext *c) {
  g_tracked = c;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context 'c' of type 'grpc::ServerContext *' is stored in global 'g_tracked' and outlives the request [ctxlife-long-lived-store]
}
// A helper that only uses its argument is fine.
void use(const void *p) { const void *local = p; (void)local; }

template <class T> void remember(T *p) {
  g_any_ptr = p;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context 'p' of type 'grpc::ServerContext *' is stored in global 'g_any_ptr' and outlives the request [ctxlife-long-lived-store]
}

#define KEEP(x) g_kept = (x)

class PatternsImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    // An alias chain ending in a void pointer.
    auto *p = ctx;
    auto *q = p;
    const void *v = q;
    g_void = v;
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'v' of type 'const void *' is stored in global 'g_void' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-8]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-6]]:11: note: 'p' refers to request context 'ctx'

    // Casts to void * and to the base class.
    g_void = static_cast<const void *>(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'static_cast<const void *>(ctx)' of type 'const void *' is stored in global 'g_void' and outlives the request [ctxlife-long-lived-store]
    g_base = static_cast<grpc::ServerContextBase *>(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'static_cast<grpc::ServerContextBase *>(ctx)' of type 'grpc::ServerContextBase *' is stored in global 'g_base' and outlives the request [ctxlife-long-lived-store]
    const grpc::ServerContextBase &base = *ctx;
    g_base = &base;
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context '&base' of type 'const grpc::ServerContextBase *' is stored in global 'g_base' and outlives the request [ctxlife-long-lived-store]

    // Singletons, directly and through a local reference.
    Registry::Instance().items.push_back(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'items' of singleton 'Registry' and outlives the request [ctxlife-long-lived-store]
    auto &reg = Registry::Instance();
    reg.map[ctx->peer()] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'map' of singleton 'Registry' and outlives the request [ctxlife-long-lived-store]
    Registry::Get()->items.push_back(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'items' of singleton 'Registry' and outlives the request [ctxlife-long-lived-store]

    // Stored and later erased: still stored past the request in between.
    g_map[7] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_map' and outlives the request [ctxlife-long-lived-store]
    log_peer(g_map[7]);
    g_map.erase(7);

    // Copies are fine, through singletons too.
    Registry::Instance().peers.push_back(ctx->peer());
    reg.peers.emplace_back(ctx->peer());
    g_peers.push_back(ctx->peer());
    g_peer_by_id[1] = ctx->peer();
    g_count.store(3);
    // An owning shared_ptr to the auth context is not a view into the call.
    g_auth = ctx->auth_context();

    // Locals are fine.
    std::vector<grpc::ServerContext *> local{ctx};
    local.push_back(ctx);
    std::function<void()> local_task = [ctx] { log_peer(ctx); };
    local_task();

    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    // Closures stored in long-lived storage.
    g_task = [ctx] { log_peer(ctx); };
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: lambda capturing request context 'ctx' is stored in global 'g_task' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: capture a copied identifier such as 'ctx->peer()' instead
    g_tasks.push_back([&ctx] { log_peer(ctx); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'ctx' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    g_tasks.push_back([=] { log_peer(ctx); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'ctx' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    g_tasks.emplace_back([&] { writer->Write(HelloReply()); });
    // CHECK-MESSAGES: :[[@LINE-1]]:26: warning: lambda capturing request context 'writer' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    std::function<void()> later = [ctx] { log_peer(ctx); };
    g_tasks.push_back(later);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'ctx' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
    g_task = std::bind(&log_peer, ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: bind expression binding request context 'ctx' is stored in global 'g_task' and outlives the request [ctxlife-long-lived-store]

    // Closures over copies are fine.
    g_plain_task = [peer = ctx->peer()] { log_text(peer); };
    g_tasks.push_back(std::bind(&log_text, ctx->peer()));
    std::string peer = ctx->peer();
    g_tasks.push_back([peer] { log_text(peer); });
    return grpc::Status::OK;
  }

  grpc::Status SayHelloBidiStream(
      grpc::ServerContext *ctx,
      grpc::ServerReaderWriter<HelloReply, HelloRequest> *stream) override {
    // Helpers.
    keep(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'keep', which stores it in global 'g_p' where it outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-106]]:34: note: 'keep' stores its parameter 'p' in global 'g_p' here
    keep(stream);
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: request context 'stream' of type 'grpc::ServerReaderWriter<helloworld::HelloReply, helloworld::HelloRequest> *' is passed to 'keep', which stores it in global 'g_p' where it outlives the request [ctxlife-long-lived-store]
    // Reported with the helper that does the store (the note points at it).
    keep2(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is passed to 'keep', which stores it in global 'g_p' where it outlives the request [ctxlife-long-lived-store]
    track(ctx);
    use(ctx);
    int n = 0;
    keep(&n);

    // One finding in the template, however often it is instantiated.
    remember(ctx);
    remember(stream);

    // A macro stores at each expansion; the message names the argument.
    KEEP(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_kept' and outlives the request [ctxlife-long-lived-store]
    KEEP(stream);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: request context 'stream' of type 'grpc::ServerReaderWriter<helloworld::HelloReply, helloworld::HelloRequest> *' is stored in global 'g_kept' and outlives the request [ctxlife-long-lived-store]
    KEEP(&n);

    // thread_local, function-local statics, static data members.
    t_current = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in thread_local 't_current' and outlives the request [ctxlife-long-lived-store]
    static grpc::ServerContext *first = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in function-local static 'first' and outlives the request [ctxlife-long-lived-store]
    static std::vector<const void *> seen;
    seen.push_back(stream);
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context 'stream' of type 'grpc::ServerReaderWriter<helloworld::HelloReply, helloworld::HelloRequest> *' is stored in function-local static 'seen' and outlives the request [ctxlife-long-lived-store]
    Cache<grpc::ServerContext>::last = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in static member 'Cache::last' and outlives the request [ctxlife-long-lived-store]
    Tracker::current = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in static member 'Tracker::current' and outlives the request [ctxlife-long-lived-store]

    // optional, any, atomic.
    g_opt = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_opt' and outlives the request [ctxlife-long-lived-store]
    g_opt.emplace(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_opt' and outlives the request [ctxlife-long-lived-store]
    g_any = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_any' and outlives the request [ctxlife-long-lived-store]
    g_atomic.exchange(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_atomic' and outlives the request [ctxlife-long-lived-store]
    g_atomic = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_atomic' and outlives the request [ctxlife-long-lived-store]

    // A raw handle into the call.
    g_call = ctx->c_call();
    // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value 'ctx->c_call()' of type 'grpc_call *' derived from request context 'ctx' is stored in global 'g_call' and outlives the request [ctxlife-long-lived-store]

    // Plain values into the same kinds of storage are fine.
    static std::string first_peer = ctx->peer();
    static int calls = 0;
    ++calls;
    g_any = ctx->peer();
    return grpc::Status::OK;
  }
};

// More storage shapes, reached from a free function taking a context.
grpc::ServerContext *g_slots[4];
Registry *g_reg_ptr;
Registry g_registry;
std::unique_ptr<Registry> g_owned;
std::vector<std::pair<int, grpc::ServerContext *>> g_pairs;
std::vector<std::reference_wrapper<grpc::ServerContext>> g_refs;
std::function<void()> g_front;
std::chrono::system_clock::time_point g_deadline;
Registry &registry() {
  static Registry r;
  return r;
}

grpc::Status more_patterns(grpc::ServerContext *ctx, bool cond, int id) {
  g_slots[id % 4] = ctx;
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_slots' and outlives the request [ctxlife-long-lived-store]
  g_reg_ptr->items.push_back(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_reg_ptr' and outlives the request [ctxlife-long-lived-store]
  g_owned->items.push_back(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_owned' and outlives the request [ctxlife-long-lived-store]
  auto *reg = &g_registry;
  reg->items.push_back(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_registry' and outlives the request [ctxlife-long-lived-store]
  registry().items.push_back(ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'items' of singleton 'Registry' and outlives the request [ctxlife-long-lived-store]
  g_pairs.push_back(std::make_pair(id, ctx));
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'std::make_pair(id, ctx)' of type 'std::pair<int, grpc::ServerContext *>' is stored in global 'g_pairs' and outlives the request [ctxlife-long-lived-store]
  g_refs.push_back(std::ref(*ctx));
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context 'std::ref(*ctx)' of type 'std::reference_wrapper<grpc::ServerContext>' is stored in global 'g_refs' and outlives the request [ctxlife-long-lived-store]
  g_front = std::bind_front(&log_peer, ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: bind expression binding request context 'ctx' is stored in global 'g_front' and outlives the request [ctxlife-long-lived-store]
  g_map.insert({id, ctx});
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context '{id, ctx}' of type 'std::pair<const int, grpc::ServerContext *>' is stored in global 'g_map' and outlives the request [ctxlife-long-lived-store]
  g_map.try_emplace(id + 1, ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_map' and outlives the request [ctxlife-long-lived-store]
  g_map.insert_or_assign(id + 2, ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_map' and outlives the request [ctxlife-long-lived-store]
  g_tracked = cond ? ctx : nullptr;
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context 'cond ? ctx : nullptr' of type 'grpc::ServerContext *' is stored in global 'g_tracked' and outlives the request [ctxlife-long-lived-store]
  grpc::ServerContext *expected = nullptr;
  g_atomic.compare_exchange_strong(expected, ctx);
  // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_atomic' and outlives the request [ctxlife-long-lived-store]
  // A lambda that stores when it runs.
  auto publish = [ctx] { g_tracked = ctx; };
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_tracked' and outlives the request [ctxlife-long-lived-store]
  publish();

  // Plain values and resets are fine.
  g_tracked = nullptr;
  g_slots[0] = nullptr;
  g_deadline = ctx->deadline();
  g_count += ctx->IsCancelled() ? 1 : 0;
  registry().peers.push_back(ctx->peer());
  return grpc::Status::OK;
}

// A per-request object may keep its context in a member.
class Session {
public:
  explicit Session(grpc::ServerContext *ctx) : ctx_(ctx) {}
  void rebind(grpc::ServerContext *ctx) { ctx_ = ctx; }

private:
  grpc::ServerContext *ctx_;
};

// Client code outside any handler.
std::unique_ptr<grpc::Server> g_server;
grpc::ServerCompletionQueue *g_cq;
grpc::ClientContext *g_client_ctx;
void run_server(grpc::ServerBuilder &builder, PatternsImpl *service) {
  builder.RegisterService(service);
  auto cq = builder.AddCompletionQueue();
  g_cq = cq.get();
  g_server = builder.BuildAndStart();
  static grpc::ClientContext client_ctx;
  g_client_ctx = &client_ctx;
  static int counter = 0;
  keep(&counter);
  remember(&counter);
  KEEP(&counter);
}
