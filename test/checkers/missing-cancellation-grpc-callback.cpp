// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <memory>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

class CallbackProxy final : public Greeter::CallbackService {
  std::unique_ptr<Greeter::Stub> stub_;

  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    // The client context must outlive the call: it is deleted in the
    // callback, so only its deadline can be set.
    auto *down = new grpc::ClientContext();
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: client context 'down' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+5]]:5: note: 'stub_->async()->SayHello' is called with it here
    // CHECK-MESSAGES: :[[@LINE-9]]:67: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:11: note: create it with 'grpc::ClientContext::FromCallbackServerContext(*ctx)', or call 'down->set_deadline(ctx->deadline())' before the call
    // CHECK-FIXES: {{^}}    auto *down = new grpc::ClientContext();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    down->set_deadline(ctx->deadline());{{$}}
    stub_->async()->SayHello(down, req, reply, [reactor, down](grpc::Status s) {
      delete down;
      reactor->Finish(s);
    });
    return reactor;
  }
};

// A reactor owning its client context, with the server context in reach.
class StreamReactor : public grpc::ServerWriteReactor<HelloReply> {
public:
  StreamReactor(grpc::CallbackServerContext *ctx, Greeter::Stub *stub,
                const HelloRequest &req)
      : ctx_(ctx), stub_(stub) {
    stub_->async()->SayHello(&client_, &req, &reply_, [this](grpc::Status s) {
      StartWrite(&reply_);
    });
  }
  void OnWriteDone(bool ok) override { Finish(grpc::Status::OK); }
  void OnDone() override { delete this; }

private:
  grpc::CallbackServerContext *ctx_;
  Greeter::Stub *stub_;
  grpc::ClientContext client_;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: client context 'client_' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
  // CHECK-MESSAGES: :[[@LINE-12]]:5: note: 'stub_->async()->SayHello' is called with it here
  // CHECK-MESSAGES: :[[@LINE-3]]:23: note: call 'client_.set_deadline(ctx->deadline())' before the call
  HelloReply reply_;
};

class ReactorService final : public Greeter::CallbackService {
  std::unique_ptr<Greeter::Stub> stub_;
  grpc::ServerWriteReactor<HelloReply> *
  SayHelloStream(grpc::CallbackServerContext *ctx, const HelloRequest *req) override {
    return new StreamReactor(ctx, stub_.get(), *req);
  }

  // The callback API's own factory, and a lambda that inherits the context.
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    auto down = grpc::ClientContext::FromCallbackServerContext(*ctx);
    auto *raw = down.release();
    stub_->async()->SayHello(raw, req, reply, [reactor, raw](grpc::Status s) {
      delete raw;
      reactor->Finish(s);
    });
    return reactor;
  }
};

// Member client contexts that get the request's deadline are quiet.
class GoodReactor : public grpc::ServerUnaryReactor {
public:
  GoodReactor(grpc::CallbackServerContext *ctx, Greeter::Stub *stub,
              const HelloRequest *req, HelloReply *reply) {
    client_.set_deadline(ctx->deadline());
    stub->async()->SayHello(&client_, req, reply, [this](grpc::Status s) { Finish(s); });
  }
  void OnDone() override { delete this; }

private:
  grpc::ClientContext client_;
};

// A reactor without the server context in reach is not judged.
class Detached : public grpc::ServerUnaryReactor {
public:
  explicit Detached(Greeter::Stub *stub) {
    HelloRequest req;
    stub->async()->SayHello(&client_, &req, &reply_, [this](grpc::Status s) { Finish(s); });
  }
  void OnDone() override { delete this; }

private:
  grpc::ClientContext client_;
  HelloReply reply_;
};
