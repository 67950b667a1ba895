// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// gRPC: the sync API's context dies when the handler returns; the callback
// API's context and reactor live until the RPC is finished, so work that
// finishes the RPC may use them until it does.
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <future>
#include <string>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

void log_line(const std::string &s);
void finish_ok(grpc::ServerUnaryReactor *reactor) {
  reactor->Finish(grpc::Status::OK);
}

class SyncImpl final : public Greeter::Service {
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    std::thread([ctx] { log_line(ctx->peer()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:51: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-5]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
    std::thread([&] { log_line(ctx->peer()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-10]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:32: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
    auto *alias = ctx;
    std::thread([alias] { log_line(alias->peer()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'alias' of type 'grpc::ServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:55: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-16]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[peer = alias->peer()]'

    // Copies, and waited work, are fine.
    std::thread([peer = ctx->peer()] { log_line(peer); }).detach();
    std::thread waited([ctx] { log_line(ctx->peer()); });
    waited.join();
    auto f = std::async(std::launch::async, [ctx] { return ctx->IsCancelled(); });
    if (f.get())
      return grpc::Status::CANCELLED;
    reply->set_message("hello " + req->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    std::thread([writer] {
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'writer' of type 'grpc::ServerWriter<helloworld::HelloReply> *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE+5]]:8: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-4]]:63: note: request context 'writer' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture the messages to send, copied instead
      HelloReply r;
      writer->Write(r);
    }).detach();
    return grpc::Status::OK;
  }
};

class CallbackImpl final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    if (req->name().empty()) {
      // The detached task finishes the RPC: ctx is valid until then.
      std::thread([ctx, reactor, reply] {
        reply->set_message(ctx->peer());
        reactor->Finish(grpc::Status::OK);
      }).detach();
      return reactor;
    }
    if (req->name() == "helper") {
      std::thread([ctx, reactor] {
        log_line(ctx->peer());
        finish_ok(reactor);
      }).detach();
      return reactor;
    }
    if (req->name() == "late") {
      std::thread([ctx, reactor] {
        reactor->Finish(grpc::Status::OK);
        log_line(ctx->peer());
        // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-3]]:18: note: the request is completed here
        // CHECK-MESSAGES: :[[@LINE-25]]:67: note: request context 'ctx' is declared here
      }).detach();
      return reactor;
    }
    // This task does not finish the RPC; the handler does, right away.
    std::thread([ctx] { log_line(ctx->peer()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:51: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-33]]:67: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: complete the request from this work, and do not use 'ctx' after that
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

// The request and response messages a handler is given belong to gRPC as
// much as its context does.
class MessagesImpl final : public Greeter::Service {
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    std::thread([req] { log_line(req->name()); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const helloworld::HelloRequest *' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:51: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-5]]:71: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of the message, or of the fields needed instead
    std::thread([&] { reply->set_message("late"); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'reply' of type 'helloworld::HelloReply *' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:54: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-9]]:37: note: request context 'reply' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of the message, or of the fields needed instead
    // Copies of the message or of its fields, and joined work, are fine.
    std::thread([copy = *req] { log_line(copy.name()); }).detach();
    std::thread([name = req->name()] { log_line(name); }).detach();
    std::thread joined([req, reply] { reply->set_message(req->name()); });
    joined.join();
    return grpc::Status::OK;
  }
};

// A message received without a request context is the caller's value.
void audit(const HelloRequest *req) {
  std::thread([req] { log_line(req->name()); }).detach();
}
void client(Greeter::Stub *stub) {
  HelloRequest *req = new HelloRequest;
  std::thread([req, stub] {
    grpc::ClientContext cc;
    HelloReply rep;
    stub->SayHello(&cc, *req, &rep);
    delete req;
  }).detach();
}

class CallbackMessages final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    // The callback API's messages live until the RPC is finished.
    std::thread([req, reply, reactor] {
      reply->set_message(req->name());
      reactor->Finish(grpc::Status::OK);
    }).detach();
    return reactor;
  }
};

// A reactor lives until OnDone, which follows Finish.
class Echo : public grpc::ServerUnaryReactor {
public:
  explicit Echo(grpc::CallbackServerContext *ctx) : peer_(ctx->peer()) {
    std::thread([this] {
      log_line(peer_);
      Finish(grpc::Status::OK);
    }).detach();
  }
  void Later() {
    std::thread([this] { log_line(peer_); }).detach();
  }
  void TooLate() {
    std::thread([this] {
      Finish(grpc::Status::OK);
      log_line(peer_);
      // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'this' of reactor 'Echo' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the request is completed here
    }).detach();
  }
  void OnDone() override { delete this; }

private:
  std::string peer_;
};
