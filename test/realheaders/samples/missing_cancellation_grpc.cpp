// gRPC 1.51 (Debian 12) server code calling another service and streaming,
// with the request's deadline lost on the way, and the correct idioms.
// The fixes ctxlife-missing-cancellation proposes must compile against the
// real headers: missing-cancellation-grpc.test compiles the fixed file.
#include <chrono>
#include <memory>
#include <thread>

#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

class Proxy final : public Greeter::Service {
 public:
  explicit Proxy(std::shared_ptr<grpc::Channel> channel)
      : stub_(Greeter::NewStub(channel)), generic_(channel) {}

  grpc::Status SayHello(grpc::ServerContext* ctx, const HelloRequest* req,
                        HelloReply* reply) override {
    grpc::ClientContext down;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'down' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto down = grpc::ClientContext::FromServerContext(*ctx);{{$}}
    down.AddMetadata("x-proxy", "1");
    // CHECK-FIXES: {{^}}    down->AddMetadata("x-proxy", "1");{{$}}
    grpc::Status s = stub_->SayHello(&down, *req, reply);
    // CHECK-FIXES: {{^}}    grpc::Status s = stub_->SayHello(down.get(), *req, reply);{{$}}

    auto probe = std::make_unique<grpc::ClientContext>();
    // CHECK-MESSAGES: :[[@LINE-1]]:10: warning: client context 'probe' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto probe = grpc::ClientContext::FromServerContext(*ctx);{{$}}
    HelloReply ignored;
    stub_->SayHello(probe.get(), *req, &ignored);

    grpc::ClientContext generic;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'generic' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    grpc::ClientContext generic;{{$}}
    // CHECK-FIXES-NEXT: {{^}}    generic.set_deadline(ctx->deadline());{{$}}
    grpc::CompletionQueue cq;
    grpc::ByteBuffer request_bytes;
    grpc::ClientContext& same = generic;
    auto call = generic_.PrepareUnaryCall(&same, "/ctxlife.test.Greeter/SayHello",
                                          request_bytes, &cq);

    // Correct: made from the server context, or given its deadline.
    auto child = grpc::ClientContext::FromServerContext(*ctx);
    stub_->SayHello(child.get(), *req, &ignored);
    grpc::ClientContext bounded;
    bounded.set_deadline(ctx->deadline());
    stub_->SayHello(&bounded, *req, &ignored);
    return s;
  }

  grpc::Status SayHelloStream(grpc::ServerContext* ctx, const HelloRequest* req,
                              grpc::ServerWriter<HelloReply>* writer) override {
    HelloReply update;
    // Streams until the process dies: the write's result is ignored.
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      writer->Write(update);
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }

  grpc::Status Chat(grpc::ServerContext* ctx,
                    grpc::ServerReaderWriter<HelloReply, HelloRequest>* stream) override {
    HelloRequest in;
    HelloReply out;
    // Correct: the read and the write say when the call is over.
    for (;;) {
      if (!stream->Read(&in)) break;
      if (!stream->Write(out)) return grpc::Status::CANCELLED;
    }
    while (!ctx->IsCancelled()) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return grpc::Status::OK;
  }

 private:
  std::unique_ptr<Greeter::Stub> stub_;
  grpc::GenericStub generic_;
};

// The callback API: the callback form of the factory.
class CallbackProxy final : public Greeter::CallbackService {
 public:
  explicit CallbackProxy(std::shared_ptr<grpc::Channel> channel)
      : stub_(Greeter::NewStub(channel)) {}

  grpc::ServerUnaryReactor* SayHello(grpc::CallbackServerContext* ctx,
                                     const HelloRequest* req,
                                     HelloReply* reply) override {
    auto* reactor = ctx->DefaultReactor();
    grpc::ClientContext once;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'once' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto once = grpc::ClientContext::FromCallbackServerContext(*ctx);{{$}}
    stub_->SayHello(&once, *req, reply);
    // CHECK-FIXES: {{^}}    stub_->SayHello(once.get(), *req, reply);{{$}}

    auto* down = new grpc::ClientContext;
    // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: client context 'down' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto* down = new grpc::ClientContext;{{$}}
    // CHECK-FIXES-NEXT: {{^}}    down->set_deadline(ctx->deadline());{{$}}
    stub_->async()->SayHello(down, req, reply, [reactor, down](grpc::Status s) {
      delete down;
      reactor->Finish(s);
    });
    return reactor;
  }

 private:
  std::unique_ptr<Greeter::Stub> stub_;
};

// The async API: the per-request object owns its server context.
class CallData {
 public:
  CallData(Greeter::AsyncService* service, grpc::ServerCompletionQueue* cq,
           Greeter::Stub* stub)
      : service_(service), cq_(cq), stub_(stub), responder_(&ctx_) {
    service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
  }
  void Proceed() {
    grpc::ClientContext backend;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'backend' of a downstream call does not carry the deadline or cancellation of request context 'ctx_' [ctxlife-missing-cancellation]
    // CHECK-FIXES: {{^}}    auto backend = grpc::ClientContext::FromServerContext(ctx_);{{$}}
    grpc::CompletionQueue cq;
    auto rpc = stub_->PrepareAsyncSayHello(&backend, request_, &cq);
    rpc->StartCall();
    responder_.Finish(reply_, grpc::Status::OK, this);
  }

 private:
  Greeter::AsyncService* service_;
  grpc::ServerCompletionQueue* cq_;
  Greeter::Stub* stub_;
  grpc::ServerContext ctx_;
  HelloRequest request_;
  HelloReply reply_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
};

// A client, outside any request: quiet.
int main() {
  auto stub = Greeter::NewStub(
      grpc::CreateChannel("localhost:50051", grpc::InsecureChannelCredentials()));
  grpc::ClientContext ctx;
  HelloRequest req;
  HelloReply reply;
  stub->SayHello(&ctx, req, &reply);
}
