// Typical, correct gRPC C++ server (gRPC 1.51) exercising three API styles:
//   * synchronous  Greeter::Service
//   * callback     Greeter::CallbackService (ServerUnaryReactor / ServerWriteReactor /
//                  ServerBidiReactor)
//   * async        Greeter::AsyncService (classic CallData state machine)
// No lifetime bugs: every reactor/CallData deletes itself exactly once, after gRPC
// is done with it; request/response objects are only touched while the RPC is live.
//
// Requires protoc-generated greeter.pb.h / greeter.grpc.pb.h on the include path
// (see ../FLAGS.md for the protoc command line).
#include <memory>
#include <string>
#include <thread>
#include <utility>

#include <grpcpp/grpcpp.h>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

// ---------------------------------------------------------------------------
// 1. Synchronous service
// ---------------------------------------------------------------------------
class GreeterSyncImpl final : public Greeter::Service {
 public:
  grpc::Status SayHello(grpc::ServerContext* /*context*/, const HelloRequest* request,
                        HelloReply* reply) override {
    reply->set_message("Hello " + request->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext* context, const HelloRequest* request,
                              grpc::ServerWriter<HelloReply>* writer) override {
    for (int i = 0; i < 3; ++i) {
      if (context->IsCancelled()) {
        return grpc::Status::CANCELLED;
      }
      HelloReply reply;
      reply.set_message("Hello " + request->name() + " #" + std::to_string(i));
      if (!writer->Write(reply)) {
        break;
      }
    }
    return grpc::Status::OK;
  }

  grpc::Status Chat(grpc::ServerContext* /*context*/,
                    grpc::ServerReaderWriter<HelloReply, HelloRequest>* stream) override {
    HelloRequest request;
    while (stream->Read(&request)) {
      HelloReply reply;
      reply.set_message("echo: " + request.name());
      if (!stream->Write(reply)) {
        break;
      }
    }
    return grpc::Status::OK;
  }
};

// ---------------------------------------------------------------------------
// 2. Callback service
// ---------------------------------------------------------------------------
class GreeterCallbackImpl final : public Greeter::CallbackService {
 public:
  grpc::ServerUnaryReactor* SayHello(grpc::CallbackServerContext* context,
                                     const HelloRequest* request,
                                     HelloReply* reply) override {
    reply->set_message("Hello " + request->name());
    grpc::ServerUnaryReactor* reactor = context->DefaultReactor();
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }

  grpc::ServerWriteReactor<HelloReply>* SayHelloStream(
      grpc::CallbackServerContext* /*context*/, const HelloRequest* request) override {
    class Writer final : public grpc::ServerWriteReactor<HelloReply> {
     public:
      // Copy what we need out of *request: it is only guaranteed to live until
      // Finish() is called, and we copy it eagerly anyway.
      explicit Writer(std::string name) : name_(std::move(name)) { NextWrite(); }

      void OnWriteDone(bool ok) override {
        if (!ok) {
          Finish(grpc::Status(grpc::StatusCode::UNKNOWN, "write failed"));
          return;
        }
        NextWrite();
      }

      void OnDone() override { delete this; }

      void OnCancel() override {}

     private:
      void NextWrite() {
        if (sent_ == 3) {
          Finish(grpc::Status::OK);
          return;
        }
        // reply_ is a member: it must outlive the StartWrite until OnWriteDone.
        reply_.set_message("Hello " + name_ + " #" + std::to_string(sent_++));
        StartWrite(&reply_);
      }

      std::string name_;
      HelloReply reply_;
      int sent_ = 0;
    };
    return new Writer(request->name());
  }

  grpc::ServerBidiReactor<HelloRequest, HelloReply>* Chat(
      grpc::CallbackServerContext* /*context*/) override {
    class Chatter final : public grpc::ServerBidiReactor<HelloRequest, HelloReply> {
     public:
      Chatter() { StartRead(&request_); }

      void OnReadDone(bool ok) override {
        if (!ok) {
          // Client half-closed (or the call was cancelled).
          Finish(grpc::Status::OK);
          return;
        }
        reply_.set_message("echo: " + request_.name());
        StartWrite(&reply_);
      }

      void OnWriteDone(bool ok) override {
        if (!ok) {
          Finish(grpc::Status(grpc::StatusCode::UNKNOWN, "write failed"));
          return;
        }
        StartRead(&request_);
      }

      void OnDone() override { delete this; }

     private:
      HelloRequest request_;
      HelloReply reply_;
    };
    return new Chatter();
  }
};

// ---------------------------------------------------------------------------
// 3. Async (completion-queue) service, CallData pattern for SayHello
// ---------------------------------------------------------------------------
class AsyncServer final {
 public:
  ~AsyncServer() {
    if (!server_) {
      return;  // Run() was never called
    }
    server_->Shutdown();
    // Always shut down the completion queue after the server.
    cq_->Shutdown();
    void* tag = nullptr;
    bool ok = false;
    while (cq_->Next(&tag, &ok)) {
      static_cast<CallData*>(tag)->Proceed(false);
    }
  }

  void Run(const std::string& address) {
    grpc::ServerBuilder builder;
    builder.AddListeningPort(address, grpc::InsecureServerCredentials());
    builder.RegisterService(&service_);
    cq_ = builder.AddCompletionQueue();
    server_ = builder.BuildAndStart();
    HandleRpcs();
  }

 private:
  class CallData {
   public:
    CallData(Greeter::AsyncService* service, grpc::ServerCompletionQueue* cq)
        : service_(service), cq_(cq), responder_(&ctx_) {
      Proceed(true);
    }

    void Proceed(bool ok) {
      if (status_ == CREATE) {
        status_ = PROCESS;
        service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
      } else if (status_ == PROCESS) {
        if (!ok) {  // server shutting down before the call started
          delete this;
          return;
        }
        // Spawn a new CallData to serve new clients while we process this one.
        new CallData(service_, cq_);
        reply_.set_message("Hello " + request_.name());
        status_ = FINISH;
        responder_.Finish(reply_, grpc::Status::OK, this);
      } else {
        delete this;  // FINISH: the tag is no longer referenced by gRPC
      }
    }

   private:
    Greeter::AsyncService* service_;
    grpc::ServerCompletionQueue* cq_;
    grpc::ServerContext ctx_;
    HelloRequest request_;
    HelloReply reply_;
    grpc::ServerAsyncResponseWriter<HelloReply> responder_;
    enum CallStatus { CREATE, PROCESS, FINISH };
    CallStatus status_ = CREATE;
  };

  void HandleRpcs() {
    new CallData(&service_, cq_.get());
    void* tag = nullptr;
    bool ok = false;
    while (cq_->Next(&tag, &ok)) {
      static_cast<CallData*>(tag)->Proceed(ok);
    }
  }

  Greeter::AsyncService service_;
  std::unique_ptr<grpc::ServerCompletionQueue> cq_;
  std::unique_ptr<grpc::Server> server_;
};

int main() {
  GreeterSyncImpl sync_service;
  GreeterCallbackImpl callback_service;

  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&sync_service);
  std::unique_ptr<grpc::Server> sync_server = builder.BuildAndStart();

  grpc::ServerBuilder cb_builder;
  cb_builder.AddListeningPort("0.0.0.0:50052", grpc::InsecureServerCredentials());
  cb_builder.RegisterService(&callback_service);
  std::unique_ptr<grpc::Server> cb_server = cb_builder.BuildAndStart();

  std::thread async_thread([] {
    AsyncServer server;
    server.Run("0.0.0.0:50053");
  });

  sync_server->Wait();
  cb_server->Wait();
  async_thread.join();
  return 0;
}
