// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// A loop's exits, and the conditions they are taken on, come from the
// control-flow graph: a cancellation check decides an exit only when its
// other arm can still go round the loop. A deadline given to a client
// context counts only on a path that reaches the downstream call.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

using Req = httplib::Request;
using Res = httplib::Response;
using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

bool step();
void work();
// Set when the server drains its requests.
extern std::atomic<bool> g_stopping;

// The check is in a branch that leaves either way: whether the loop goes
// on depends on 'step()' only, and the loop waits.
void check_cannot_go_round(const Req &, Res &) {
  std::mutex mu;
  std::condition_variable cv;
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'check_cannot_go_round' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+3]]:5: note: it waits here, and none of its exits depends on cancellation
    // CHECK-MESSAGES: :[[@LINE-3]]:3: note: exit the loop on a cancellation signal: a stop token, an atomic flag, or the result of a stream read or write
    std::unique_lock<std::mutex> lk(mu);
    cv.wait_for(lk, std::chrono::seconds(1));
    if (step()) {
      if (g_stopping)
        return;
      work();
      return;
    }
  }
}

// The check is in a branch that can go round the loop: it decides an exit.
void check_can_go_round(const Req &, Res &) {
  std::mutex mu;
  std::condition_variable cv;
  for (;;) {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait_for(lk, std::chrono::seconds(1));
    if (step()) {
      if (g_stopping)
        return;
      work();
    }
  }
}

// The exit is written after the check, but only the check reaches it.
void exit_after_check(const Req &, Res &) {
  std::mutex mu;
  std::condition_variable cv;
  while (true) {
    std::unique_lock<std::mutex> lk(mu);
    if (!g_stopping) {
      cv.wait_for(lk, std::chrono::seconds(1));
      continue;
    }
    break;
  }
}

// A bound counts the same way: a counter decides an exit that can go round.
void bounded(const Req &, Res &) {
  std::mutex mu;
  std::condition_variable cv;
  int tries = 0;
  for (;;) {
    std::unique_lock<std::mutex> lk(mu);
    cv.wait_for(lk, std::chrono::seconds(1));
    if (++tries > 3)
      break;
  }
}

class Impl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    // The deadline is given on a branch that returns before the call.
    grpc::ClientContext down;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: client context 'down' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+7]]:5: note: 'stub_->SayHello' is called with it here
    // CHECK-MESSAGES: :[[@LINE-6]]:46: note: request context 'ctx' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:25: note: create it with 'grpc::ClientContext::FromServerContext(*ctx)', or call 'down.set_deadline(ctx->deadline())' before the call
    if (req->name().empty()) {
      down.set_deadline(ctx->deadline());
      return grpc::Status::OK;
    }
    stub_->SayHello(&down, *req, reply);
    // The deadline is given on the path to the call.
    grpc::ClientContext fine;
    if (!req->name().empty())
      fine.set_deadline(ctx->deadline());
    return stub_->SayHello(&fine, *req, reply);
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
};
