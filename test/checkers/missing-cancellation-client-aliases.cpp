// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// A client context reached through a local pointer or reference to it is
// the same context: a deadline set, or a propagating helper called, through
// the alias counts for it (it was a false alarm when the alias set it).
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <memory>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

void inherit_deadline(grpc::ClientContext *c, const grpc::ServerContext &s) {
  c->set_deadline(s.deadline());
}

class Aliases final : public Greeter::Service {
  std::unique_ptr<Greeter::Stub> stub_;

public:
  // Correct: the deadline is set through a pointer to the context.
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    grpc::ClientContext down;
    grpc::ClientContext *q = &down;
    q->set_deadline(ctx->deadline());
    return stub_->SayHello(&down, *req, reply);
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *) override {
    HelloReply r;
    // Correct: through a reference to it, then a reference to that.
    grpc::ClientContext byref;
    grpc::ClientContext &r1 = byref;
    grpc::ClientContext &r2 = r1;
    r2.set_deadline(ctx->deadline());
    stub_->SayHello(&byref, *req, &r);

    // Correct: a propagating helper given the alias.
    grpc::ClientContext helped;
    grpc::ClientContext *h = &helped;
    inherit_deadline(h, *ctx);
    stub_->SayHello(&helped, *req, &r);

    // Wrong: the alias only ever gets a deadline from the clock.
    grpc::ClientContext clocked;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'clocked' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+4]]:5: note: 'stub_->SayHello' is called with it here
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: the deadline set here does not come from request context 'ctx'
    grpc::ClientContext *c = &clocked;
    c->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    stub_->SayHello(c, *req, &r);

    // Wrong: an alias that is used but never given a deadline.
    grpc::ClientContext bare;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'bare' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    grpc::ClientContext &b = bare;
    b.AddMetadata("x-trace", "1");
    stub_->SayHello(&b, *req, &r);
    return grpc::Status::OK;
  }
};
