// ctxlife-detached-capture against the real gRPC 1.51 headers: the sync
// context dies with the handler; the callback context and reactors live
// until Finish.
// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- -std=c++17 -isystem %grpc_gen
#include <grpcpp/grpcpp.h>

#include <string>
#include <thread>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

void audit(const std::string &peer);

class SyncImpl final : public Greeter::Service {
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    std::thread([ctx] { audit(ctx->peer()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-5]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
    std::thread([peer = ctx->peer()] { audit(peer); }).detach();
    // The request message is gRPC's too (a protobuf message given to the
    // handler with its context); a copy of it is the program's.
    std::thread([req] { audit(req->name()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const ctxlife::test::HelloRequest *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:48: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-13]]:71: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of the message, or of the fields needed instead
    std::thread([copy = *req] { audit(copy.name()); }).detach();
    reply->set_message(req->name());
    return grpc::Status::OK;
  }
  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    std::thread([writer] { writer->Write(HelloReply()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'writer' of type 'grpc::ServerWriter<ctxlife::test::HelloReply> *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:60: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-4]]:63: note: request context 'writer' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture the messages to send, copied instead
    return grpc::Status::OK;
  }
};

class CallbackImpl final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    if (req->name() == "late") {
      std::thread([ctx, reactor] {
        reactor->Finish(grpc::Status::OK);
        audit(ctx->peer());
        // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-3]]:18: note: the request is completed here
        // CHECK-MESSAGES: :[[@LINE-10]]:67: note: request context 'ctx' is declared here
      }).detach();
      return reactor;
    }
    // The idiom: the thread finishes the RPC, and uses ctx only before that.
    std::thread([ctx, reactor, reply] {
      reply->set_message(ctx->peer());
      reactor->Finish(grpc::Status::OK);
    }).detach();
    return reactor;
  }
};

class Writer final : public grpc::ServerWriteReactor<HelloReply> {
public:
  explicit Writer(grpc::CallbackServerContext *ctx) : ctx_(ctx) {
    std::thread([this] {
      reply_.set_message(ctx_->peer());
      StartWriteAndFinish(&reply_, grpc::WriteOptions(), grpc::Status::OK);
    }).detach();
  }
  void OnDone() override { delete this; }

private:
  grpc::CallbackServerContext *ctx_;
  HelloReply reply_;
};
