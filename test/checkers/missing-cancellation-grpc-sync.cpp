// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <grpcpp/grpcpp.h>
#include <grpcpp/generic/generic_stub.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <memory>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// A proxy: every RPC it serves calls another service.
class Proxy final : public Greeter::Service {
  std::unique_ptr<Greeter::Stub> stub_;
  grpc::GenericStub *generic_ = nullptr;

public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    grpc::ClientContext down;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'down' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+5]]:12: note: 'stub_->SayHello' is called with it here
    // CHECK-MESSAGES: :[[@LINE-5]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:25: note: create it with 'grpc::ClientContext::FromServerContext(*ctx)', or call 'down.set_deadline(ctx->deadline())' before the call
    // CHECK-FIXES: {{^}}    auto down = grpc::ClientContext::FromServerContext(*ctx);{{$}}
    down.AddMetadata("x-trace", "1");
    return stub_->SayHello(&down, *req, reply);
    // CHECK-FIXES: {{^}}    down->AddMetadata("x-trace", "1");{{$}}
    // CHECK-FIXES: {{^}}    return stub_->SayHello(down.get(), *req, reply);{{$}}
  }

  grpc::Status SayHelloStream(grpc::ServerContext *context, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    // std::make_unique: the declaration is replaced.
    auto fresh = std::make_unique<grpc::ClientContext>();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: client context 'fresh' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto fresh = grpc::ClientContext::FromServerContext(*context);{{$}}
    auto reader = stub_->SayHelloStream(fresh.get(), *req);
    // CHECK-MESSAGES: :[[@LINE-1]]:19: note: 'stub_->SayHelloStream' is called with it here

    // new: the deadline is set after the declaration (ownership stays).
    auto *raw = new grpc::ClientContext;
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: client context 'raw' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto *raw = new grpc::ClientContext;{{$}}
    // CHECK-FIXES-NEXT: {{^}}    raw->set_deadline(context->deadline());{{$}}
    HelloReply r;
    stub_->SayHello(raw, *req, &r);
    delete raw;

    // A deadline of its own is not the request's: FromServerContext keeps
    // the shorter of the two.
    grpc::ClientContext timed;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'timed' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: the deadline set here does not come from request context 'context'
    // CHECK-FIXES: {{^}}    auto timed = grpc::ClientContext::FromServerContext(*context);{{$}}
    timed.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));
    stub_->SayHello(&timed, *req, &r);
    // CHECK-FIXES: {{^}}    timed->set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(2));{{$}}

    // Passed on to a callee that can't be rewritten: the deadline is set.
    grpc::ClientContext kept;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'kept' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    grpc::ClientContext kept;{{$}}
    // CHECK-FIXES-NEXT: {{^}}    kept.set_deadline(context->deadline());{{$}}
    grpc::ClientContext &alias = kept;
    stub_->SayHello(&alias, *req, &r);

    // The generic stub is a stub too.
    grpc::ClientContext generic;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'generic' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+3]]:17: note: 'generic_->PrepareUnaryCall' is called with it here
    grpc::CompletionQueue cq;
    grpc::ByteBuffer buf;
    auto call = generic_->PrepareUnaryCall(&generic, "/helloworld.Greeter/SayHello", buf, &cq);

    // Shared and owned by a unique_ptr from `new`: the deadline is set.
    auto shared = std::make_shared<grpc::ClientContext>();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: client context 'shared' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto shared = std::make_shared<grpc::ClientContext>();{{$}}
    // CHECK-FIXES-NEXT: {{^}}    shared->set_deadline(context->deadline());{{$}}
    stub_->SayHello(shared.get(), *req, &r);
    std::unique_ptr<grpc::ClientContext> owned(new grpc::ClientContext);
    // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: client context 'owned' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    std::unique_ptr<grpc::ClientContext> owned(new grpc::ClientContext);{{$}}
    // CHECK-FIXES-NEXT: {{^}}    owned->set_deadline(context->deadline());{{$}}
    stub_->SayHello(owned.get(), *req, &r);

    // A lambda capturing by default reaches the request context.
    auto fetch = [&] {
      grpc::ClientContext inner;
      // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: client context 'inner' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
      // CHECK-FIXES: {{^}}      auto inner = grpc::ClientContext::FromServerContext(*context);{{$}}
      return stub_->SayHello(&inner, *req, &r);
      // CHECK-FIXES: {{^}}      return stub_->SayHello(inner.get(), *req, &r);{{$}}
    };
    fetch();
    // A lambda that cannot reach it makes its call for the request all the
    // same: reported where the handler calls it. Work detached from the
    // request (fire and forget) is not judged.
    Greeter::Stub *stub = stub_.get();
    auto unreachable = [stub, req] {
      grpc::ClientContext c;
      HelloReply ignored;
      stub->SayHello(&c, *req, &ignored);
    };
    unreachable();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: the request context is not passed to 'unreachable', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE-6]]:27: note: client context 'c' is created here without the caller's deadline or cancellation
    std::thread([stub, copy = *req]() {
      grpc::ClientContext audit;
      HelloReply ignored;
      stub->SayHello(&audit, copy, &ignored);
    }).detach();

    // Two calls with one context: one warning, a note per call.
    grpc::ClientContext twice;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'twice' of a downstream call does not carry the deadline or cancellation of request context 'context' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: 'stub_->SayHello' is called with it here
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: 'stub_->SayHello' is called with it here
    stub_->SayHello(&twice, *req, &r);
    stub_->SayHello(&twice, *req, &r);
    return grpc::Status::OK;
  }
};

// Correct propagation: all quiet.
class GoodProxy final : public Greeter::Service {
  std::unique_ptr<Greeter::Stub> stub_;

  static void inherit(grpc::ClientContext *c, const grpc::ServerContext &s) {
    c->set_deadline(s.deadline());
  }

public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    auto down = grpc::ClientContext::FromServerContext(*ctx);
    stub_->SayHello(down.get(), *req, reply);

    std::unique_ptr<grpc::ClientContext> opts = grpc::ClientContext::FromServerContext(
        *ctx, grpc::PropagationOptions().disable_census_tracing_propagation());
    stub_->SayHello(opts.get(), *req, reply);

    grpc::ClientContext with_deadline;
    with_deadline.set_deadline(ctx->deadline());
    stub_->SayHello(&with_deadline, *req, reply);

    // The request's deadline, shortened: still the request's.
    auto deadline = std::min(ctx->deadline(),
                             std::chrono::system_clock::now() + std::chrono::seconds(1));
    grpc::ClientContext shortened;
    shortened.set_deadline(deadline);
    stub_->SayHello(&shortened, *req, reply);

    // A helper gives it the deadline.
    grpc::ClientContext helped;
    inherit(&helped, *ctx);
    stub_->SayHello(&helped, *req, reply);

    // A client context that came from elsewhere is not judged.
    return forward(stub_.get(), down.get(), *req, reply);
  }

  static grpc::Status forward(Greeter::Stub *stub, grpc::ClientContext *c,
                              const HelloRequest &req, HelloReply *reply) {
    return stub->SayHello(c, req, reply);
  }
};

// Client code outside any request path stays quiet.
int main() {
  auto stub = Greeter::NewStub(nullptr);
  grpc::ClientContext c;
  HelloRequest req;
  HelloReply reply;
  stub->SayHello(&c, req, &reply);
  auto d = std::make_unique<grpc::ClientContext>();
  stub->SayHello(d.get(), req, &reply);
}
