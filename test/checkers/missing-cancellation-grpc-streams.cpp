// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <atomic>
#include <chrono>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

bool next_update(HelloReply *r);
grpc::Status call_backend(grpc::ClientContext *down);

class Streamer final : public Greeter::Service {
  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    HelloReply r;
    // The write's result is dropped: after the client hangs up, the loop
    // goes on forever.
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+3]]:7: note: the result of 'Write', which reports a cancelled request or a closed connection, is ignored here
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: exit the loop when 'ctx->IsCancelled()' is true
      next_update(&r);
      writer->Write(r);
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }

  grpc::Status SayHelloBidiStream(
      grpc::ServerContext *ctx,
      grpc::ServerReaderWriter<HelloReply, HelloRequest> *stream) override {
    HelloReply r;
    // Waits for updates and leaves only when there are none: the request
    // may have gone long before.
    while (true) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloBidiStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+4]]:7: note: it waits here, and none of its exits depends on cancellation
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: exit the loop when 'ctx->IsCancelled()' is true
      if (!next_update(&r))
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    // Retries until the backend answers: once the request is cancelled,
    // every attempt fails and the loop never ends.
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloBidiStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      grpc::ClientContext down;
      down.set_deadline(ctx->deadline());
      grpc::Status s = call_backend(&down);
      if (s.ok())
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return grpc::Status::OK;
  }
};

// The correct idioms: every loop here looks at cancellation.
class GoodStreamer final : public Greeter::Service {
  std::atomic<bool> shutting_down_{false};

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    HelloReply r;
    while (!ctx->IsCancelled()) {
      writer->Write(r);
    }
    for (;;) {
      if (ctx->IsCancelled())
        return grpc::Status::CANCELLED;
      next_update(&r);
      writer->Write(r);
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
  }

  grpc::Status SayHelloBidiStream(
      grpc::ServerContext *ctx,
      grpc::ServerReaderWriter<HelloReply, HelloRequest> *stream) override {
    HelloRequest in;
    HelloReply out;
    for (;;) {
      if (!stream->Read(&in))
        break;
      if (!stream->Write(out))
        return grpc::Status::CANCELLED;
    }
    while (true) {
      bool ok = stream->Write(out);
      if (!ok)
        break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    do {
      if (shutting_down_.load())
        break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    } while (true);
    for (;;) {
      if (stopped())
        break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
    }
    // A retry that stops when the downstream call reports the request's
    // cancellation or deadline.
    for (;;) {
      auto down = grpc::ClientContext::FromServerContext(*ctx);
      grpc::Status s = call_backend(down.get());
      if (s.ok() || s.error_code() == grpc::StatusCode::CANCELLED ||
          s.error_code() == grpc::StatusCode::DEADLINE_EXCEEDED)
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return grpc::Status::OK;
  }

  bool stopped() const { return shutting_down_; }
};

// A reactor told of cancellation by OnCancel: the flag it sets is a
// cancellation signal.
class Poller : public grpc::ServerWriteReactor<HelloReply> {
public:
  void Run() {
    for (;;) {
      if (cancelled_)
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  void OnCancel() override { cancelled_ = true; }
  void OnDone() override { delete this; }

private:
  bool cancelled_ = false;
};
