// ctxlife-detached-capture against the real gRPC 1.51 headers (issue 14,
// reactor and completion lifetimes): a reactor using `this` after a
// `Finish` it fell through from, and a callback handler using its context
// after `reactor->Finish(...)`, are reported; a reactor that finishes last,
// and the reactor pointer returned after Finish, are not.
// RUN: %check_ctxlife --check-suffix=DC %s ctxlife-detached-capture %t.dc -- -std=c++17 -isystem %grpc_gen
#include <grpcpp/grpcpp.h>

#include <string>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

void log_line(const std::string &s);
bool next_update(HelloReply *out);

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
