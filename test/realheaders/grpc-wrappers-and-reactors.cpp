// The real gRPC 1.51 headers (Debian 12), for the gRPC capabilities of
// issue 14: a client wrapper without the request context, a
// clock-only deadline, a loop that ignores Write() results, and reactor
// lifetimes after Finish.
// RUN: %check_ctxlife --check-suffix=MC %s ctxlife-missing-cancellation %t.mc -- -std=c++17 -isystem %grpc_gen
// RUN: %check_ctxlife --check-suffix=DC %s ctxlife-detached-capture %t.dc -- -std=c++17 -isystem %grpc_gen
// RUN: %check_ctxlife --check-suffix=LLS %s ctxlife-long-lived-store %t.lls -- -std=c++17 -isystem %grpc_gen
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

void log_line(const std::string &s);
bool next_update(HelloReply *out);

class GreeterClient {
public:
  explicit GreeterClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(Greeter::NewStub(channel)) {}

  std::optional<std::string> Greet(const std::string &user) {
    grpc::ClientContext context;
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    grpc::Status status = stub_->SayHello(&context, request, &reply);
    if (!status.ok())
      return std::nullopt;
    return reply.message();
  }
  std::optional<std::string> GreetFor(const grpc::ServerContext &server,
                                      const std::string &user) {
    auto context = grpc::ClientContext::FromServerContext(server);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(context.get(), request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
};

// Keeps the metadata views of the calls it sees (a bug).
std::multimap<grpc::string_ref, grpc::string_ref> g_seen;
void CollectMetadata(const grpc::ServerContext &ctx,
                     std::multimap<grpc::string_ref, grpc::string_ref> &into) {
  for (const auto &[key, value] : ctx.client_metadata())
    into.emplace(key, value);
}

class Frontend final : public Greeter::Service {
public:
  explicit Frontend(GreeterClient &client) : client_(client) {}

  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    auto greeting = client_.Greet(req->name());
    // CHECK-MESSAGES-MC: :[[@LINE-1]]:29: warning: the request context is not passed to 'Greet', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-MC: :33:25: note: client context 'context' is created here without the caller's deadline or cancellation
    auto good = client_.GreetFor(*ctx, req->name());
    CollectMetadata(*ctx, g_seen);
    // CHECK-MESSAGES-LLS: :[[@LINE-1]]:21: warning: request context '*ctx' of type 'grpc::ServerContext' is passed to 'CollectMetadata', which stores a view into it in global 'g_seen' where it outlives the request [ctxlife-long-lived-store]
    std::multimap<grpc::string_ref, grpc::string_ref> local;
    CollectMetadata(*ctx, local);
    reply->set_message(greeting.value_or("") + good.value_or(""));
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    HelloReply update;
    for (int tick = 0; tick < 600; ++tick) {
      // CHECK-MESSAGES-MC: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      next_update(&update);
      writer->Write(update);
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    while (!ctx->IsCancelled() && next_update(&update)) {
      if (!writer->Write(update))
        break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    (void)req;
    return grpc::Status::OK;
  }

private:
  GreeterClient &client_;
};

class Feed : public grpc::ServerWriteReactor<HelloReply> {
public:
  explicit Feed(grpc::CallbackServerContext *ctx) : ctx_(ctx) { Next(); }
  void OnWriteDone(bool ok) override {
    if (!ok)
      Finish(grpc::Status::CANCELLED);
    Next();
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:5: warning: 'this' of reactor 'Feed' is used after 'Finish' has completed the request [ctxlife-detached-capture]
  }
  void OnDone() override { delete this; }

private:
  void Next() {
    if (next_update(&current_)) {
      StartWrite(&current_);
      return;
    }
    log_line("done: " + ctx_->peer());
    Finish(grpc::Status::OK);
  }
  grpc::CallbackServerContext *ctx_;
  HelloReply current_;
};

class CallbackFrontend final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    reply->set_message("Hello " + req->name());
    reactor->Finish(grpc::Status::OK);
    log_line("served " + ctx->peer());
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:26: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used after 'Finish' has completed the request [ctxlife-detached-capture]
    return reactor;
  }
  grpc::ServerWriteReactor<HelloReply> *SayHelloStream(grpc::CallbackServerContext *ctx,
                                                       const HelloRequest *) override {
    return new Feed(ctx);
  }
};
