// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <memory>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

// The async API's per-request object: it owns the server context, so its
// methods are a request path.
class CallData {
public:
  CallData(Greeter::AsyncService *service, grpc::ServerCompletionQueue *cq,
           Greeter::Stub *stub)
      : service_(service), cq_(cq), stub_(stub), responder_(&ctx_) {
    service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
  }

  void Proceed() {
    if (status_ == CREATE) {
      status_ = PROCESS;
      // Downstream with a fresh client context: the deadline of the request
      // is lost.
      call_ = stub_->PrepareAsyncSayHello(&backend_ctx_, request_, cq_);
      call_->StartCall();
      call_->Finish(&reply_, &backend_status_, this);
      grpc::ClientContext probe;
      // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: client context 'probe' of a downstream call does not carry the deadline or cancellation of request context 'ctx_' [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+4]]:18: note: 'stub_->AsyncSayHello' is called with it here
      // CHECK-MESSAGES: :[[@LINE-3]]:27: note: create it with 'grpc::ClientContext::FromServerContext(ctx_)', or call 'probe.set_deadline(ctx_.deadline())' before the call
      // CHECK-FIXES: {{^}}      auto probe = grpc::ClientContext::FromServerContext(ctx_);{{$}}
      HelloReply r;
      auto rpc = stub_->AsyncSayHello(&probe, request_, cq_);
      // CHECK-FIXES: {{^}}      auto rpc = stub_->AsyncSayHello(probe.get(), request_, cq_);{{$}}
      rpc->Finish(&r, &backend_status_, this);
    } else if (status_ == PROCESS) {
      status_ = FINISH;
      responder_.Finish(reply_, grpc::Status::OK, this);
    } else {
      delete this;
    }
  }

private:
  Greeter::AsyncService *service_;
  grpc::ServerCompletionQueue *cq_;
  Greeter::Stub *stub_;
  grpc::ServerContext ctx_;
  grpc::ClientContext backend_ctx_;
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: client context 'backend_ctx_' of a downstream call does not carry the deadline or cancellation of request context 'ctx_' [ctxlife-missing-cancellation]
  // CHECK-MESSAGES: :[[@LINE-27]]:15: note: 'stub_->PrepareAsyncSayHello' is called with it here
  HelloRequest request_;
  HelloReply reply_;
  grpc::Status backend_status_;
  std::unique_ptr<grpc::ClientAsyncResponseReader<HelloReply>> call_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
  enum CallStatus { CREATE, PROCESS, FINISH };
  CallStatus status_ = CREATE;
};

// The same object, propagating: the deadline is set before the call (in
// another member function, which counts), or the context is made from the
// server context.
class GoodCallData {
public:
  GoodCallData(Greeter::AsyncService *service, grpc::ServerCompletionQueue *cq,
               Greeter::Stub *stub)
      : service_(service), cq_(cq), stub_(stub), responder_(&ctx_) {
    service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
  }
  void Prepare() { backend_ctx_.set_deadline(ctx_.deadline()); }
  void Proceed() {
    call_ = stub_->PrepareAsyncSayHello(&backend_ctx_, request_, cq_);
    other_ = grpc::ClientContext::FromServerContext(ctx_);
    auto rpc = stub_->AsyncSayHello(other_.get(), request_, cq_);
  }

private:
  Greeter::AsyncService *service_;
  grpc::ServerCompletionQueue *cq_;
  Greeter::Stub *stub_;
  grpc::ServerContext ctx_;
  grpc::ClientContext backend_ctx_;
  std::unique_ptr<grpc::ClientContext> other_;
  HelloRequest request_;
  std::unique_ptr<grpc::ClientAsyncResponseReader<HelloReply>> call_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
};

// The completion-queue loop belongs to the server, not to a request: it
// runs until the queue shuts down.
class ServerImpl {
public:
  void HandleRpcs() {
    void *tag;
    bool ok;
    while (true) {
      if (!cq_->Next(&tag, &ok))
        break;
      static_cast<CallData *>(tag)->Proceed();
    }
    for (;;) {
      cq_->Next(&tag, &ok);
      static_cast<CallData *>(tag)->Proceed();
    }
  }

private:
  std::unique_ptr<grpc::ServerCompletionQueue> cq_;
  Greeter::AsyncService service_;
};

// A client that is not serving a request: quiet.
class AsyncClient {
public:
  void Send(const HelloRequest &req) {
    auto *call = new AsyncClientCall;
    call->reader = stub_->PrepareAsyncSayHello(&call->context, req, &cq_);
  }

private:
  struct AsyncClientCall {
    HelloReply reply;
    grpc::ClientContext context;
    grpc::Status status;
    std::unique_ptr<grpc::ClientAsyncResponseReader<HelloReply>> reader;
  };
  std::unique_ptr<Greeter::Stub> stub_;
  grpc::CompletionQueue cq_;
};
