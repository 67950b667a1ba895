// Default options.
// RUN: %check_ctxlife --check-suffix=DEFAULT %s ctxlife-missing-cancellation %t -- %stubflags
// User client contexts, propagating factories, cancellation checks and
// launchers.
// RUN: %check_ctxlife --check-suffix=USER --config-options="ctxlife-missing-cancellation.ClientContextTypes: 'app::RpcContext', ctxlife-missing-cancellation.PropagatingFactories: 'app::ChildContext', ctxlife-missing-cancellation.CancellationChecks: 'app::Draining;app::Job::cancelled', ctxlife-missing-cancellation.DetachingCalls: 'app::Pool::submit'" %s ctxlife-missing-cancellation %t -- %stubflags
// Frameworks limited to httplib: gRPC is not known any more.
// RUN: %check_ctxlife --check-suffix=HTTPLIB --config-options="ctxlife-missing-cancellation.Frameworks: 'httplib'" %s ctxlife-missing-cancellation %t -- %stubflags
// The global DetachingCalls option is read too.
// RUN: %check_ctxlife --check-suffix=GLOBAL --config-options="DetachingCalls: 'app::Pool::submit'" %s ctxlife-missing-cancellation %t -- %stubflags

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <functional>
#include <memory>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

namespace app {
// Another RPC system's client context.
class RpcContext {
public:
  void set_deadline(std::chrono::system_clock::time_point);
};
struct Backend {
  void Call(RpcContext *ctx, const std::string &what);
};
// Makes a client context from the request the current thread serves (a
// thread-local the framework sets): it propagates, but nothing shows it.
std::unique_ptr<grpc::ClientContext> ChildContext() {
  auto c = std::make_unique<grpc::ClientContext>();
  c->AddMetadata("x-child", "1");
  return c;
}
bool Draining();
struct Job {
  bool cancelled() const;
};
struct Pool {
  void submit(std::function<void()> f);
};
void work();
} // namespace app

class Service final : public Greeter::Service {
  std::unique_ptr<Greeter::Stub> stub_;
  app::Backend backend_;
  app::Pool pool_;

  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    app::RpcContext rc;
    // CHECK-MESSAGES-USER: :[[@LINE-1]]:21: warning: client context 'rc' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-USER: :[[@LINE-2]]:21: note: call 'rc.set_deadline(ctx->deadline())' before the call
    // CHECK-FIXES-USER: {{^}}    app::RpcContext rc;{{$}}
    // CHECK-FIXES-USER-NEXT: {{^}}    rc.set_deadline(ctx->deadline());{{$}}
    backend_.Call(&rc, "x");

    auto child = app::ChildContext();
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:10: warning: client context 'child' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:10: warning: client context 'child' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES-DEFAULT: {{^}}    auto child = app::ChildContext();{{$}}
    // CHECK-FIXES-DEFAULT-NEXT: {{^}}    child->set_deadline(ctx->deadline());{{$}}
    stub_->SayHello(child.get(), *req, reply);
    return grpc::Status::OK;
  }
};

void handler(const httplib::Request &req, httplib::Response &res, app::Pool &pool,
             const app::Job &job) {
  for (;;) {
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-3]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (app::Draining())
      break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  while (true) {
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-3]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (job.cancelled())
      return;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  pool.submit([] {
    for (;;)
      // CHECK-MESSAGES-USER: :[[@LINE-1]]:5: warning: loop in a task passed to 'app::Pool::submit' started by request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:5: warning: loop in a task passed to 'app::Pool::submit' started by request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // Without the option the pool is unknown: the lambda is the handler's.
      // CHECK-MESSAGES-DEFAULT: :[[@LINE-4]]:5: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES-HTTPLIB: :[[@LINE-5]]:5: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      app::work();
  });
}
