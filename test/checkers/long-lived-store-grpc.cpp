// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <atomic>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

grpc::ServerContext *g_active;
std::map<std::string, grpc::ServerContext *> g_by_peer;
std::unordered_map<int, const grpc::ServerContextBase *> g_by_id;
std::vector<grpc::ServerWriter<HelloReply> *> g_writers;
std::atomic<grpc::CallbackServerContext *> g_last_cb;
std::optional<grpc::string_ref> g_last_key;
std::string g_last_peer;                  // plain copies are fine
thread_local grpc::ServerContext *t_ctx;

namespace registry {
struct Entry {
  grpc::ServerContext *ctx;
  int id;
};
std::vector<Entry> entries;
} // namespace registry

class GreeterImpl final : public Greeter::Service {
  grpc::ServerContext *last_ = nullptr;
  const HelloRequest *last_request_ = nullptr;
  std::vector<HelloRequest> seen_;
  std::string last_peer_;
  int calls_ = 0;

public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    g_active = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-4]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: store a copied identifier such as 'ctx->peer()' instead
    g_by_peer[ctx->peer()] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_by_peer' and outlives the request [ctxlife-long-lived-store]
    g_by_id.emplace(calls_, ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_by_id' and outlives the request [ctxlife-long-lived-store]
    t_ctx = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in thread_local 't_ctx' and outlives the request [ctxlife-long-lived-store]
    registry::entries.push_back({ctx, calls_});
    // An aggregate holding the context through a pointer member is as
    // request-scoped as the pointer: reported where it is made.
    // CHECK-MESSAGES: :[[@LINE-3]]:33: warning: request context 'ctx' of type 'grpc::ServerContext *' is held by an object of type 'Entry' that is stored in global 'registry::entries' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-30]]:24: note: 'Entry' holds it in member 'ctx' here
    // CHECK-MESSAGES: :[[@LINE-5]]:33: note: let 'Entry' keep a copy of what it needs from the request instead
    last_ = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'last_' of service object 'GreeterImpl' and outlives the request [ctxlife-long-lived-store]

    // The messages belong to gRPC too.
    last_request_ = req;
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'req' of type 'const helloworld::HelloRequest *' is stored in member 'last_request_' of service object 'GreeterImpl' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-24]]:71: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-3]]:21: note: store a copy of the message, or of the fields needed instead

    // Copies of plain values are fine, and so are copies of the messages.
    seen_.push_back(*req);
    g_last_peer = ctx->peer();
    last_peer_ = ctx->peer();
    ++calls_;
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    g_writers.push_back(writer);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'writer' of type 'grpc::ServerWriter<helloworld::HelloReply> *' is stored in global 'g_writers' and outlives the request [ctxlife-long-lived-store]
    auto it = ctx->client_metadata().find("x-key");
    if (it != ctx->client_metadata().end())
      g_last_key = it->second;
    // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: value 'it->second' of type 'grpc::string_ref' derived from request context 'ctx' is stored in global 'g_last_key' and outlives the request [ctxlife-long-lived-store]
    std::string copied(it->second.data(), it->second.size());
    g_last_peer = copied; // a copy: fine
    return grpc::Status::OK;
  }
};

class CallbackImpl final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    g_last_cb.store(ctx);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is stored in global 'g_last_cb' and outlives the request [ctxlife-long-lived-store]
    auto *reactor = ctx->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

// The async API's per-request object owns its context: storing it in its own
// members is fine, publishing its address globally is not.
class CallData {
public:
  CallData(Greeter::AsyncService *service, grpc::ServerCompletionQueue *cq)
      : service_(service), cq_(cq), responder_(&ctx_) {
    service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
  }
  void Proceed() {
    self_ctx_ = &ctx_;
    g_active = &ctx_;
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context '&ctx_' of type 'grpc::ServerContext *' is stored in global 'g_active' and outlives the request [ctxlife-long-lived-store]
    reply_.set_message("Hello " + request_.name());
    responder_.Finish(reply_, grpc::Status::OK, this);
  }

private:
  Greeter::AsyncService *service_;
  grpc::ServerCompletionQueue *cq_;
  grpc::ServerContext ctx_;
  grpc::ServerContext *self_ctx_ = nullptr;
  HelloRequest request_;
  HelloReply reply_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
};

// A reactor is per-request: keeping its context in a member is the idiom.
class Reactor : public grpc::ServerUnaryReactor {
public:
  explicit Reactor(grpc::CallbackServerContext *ctx) : ctx_(ctx) {}
  void Start(grpc::CallbackServerContext *ctx) { ctx_ = ctx; Finish(grpc::Status::OK); }
  void OnDone() override { delete this; }

private:
  grpc::CallbackServerContext *ctx_;
};

// ... and so is keeping the messages it was given.
class MessageReactor : public grpc::ServerUnaryReactor {
public:
  MessageReactor(grpc::CallbackServerContext *ctx, const HelloRequest *req,
                 HelloReply *reply)
      : req_(req), reply_(reply) {}
  void OnDone() override { delete this; }

private:
  const HelloRequest *req_;
  HelloReply *reply_;
};

// Client code outside any handler: a ClientContext is not request-scoped.
grpc::ClientContext *g_client_ctx;
void client(Greeter::Stub *stub) {
  static grpc::ClientContext client_ctx;
  g_client_ctx = &client_ctx;
  HelloRequest req;
  HelloReply reply;
  stub->SayHello(&client_ctx, req, &reply);
}
