// Default options.
// RUN: %check_ctxlife --check-suffix=DEFAULT %s ctxlife-missing-cancellation %t -- %stubflags
// User client contexts, propagating factories, cancellation checks and
// launchers.
// RUN: %check_ctxlife --check-suffix=USER --config-options="ctxlife-missing-cancellation.ClientContextTypes: 'app::RpcContext;app::LegacyContext', ctxlife-missing-cancellation.PropagatingFactories: 'app::ChildContext', ctxlife-missing-cancellation.CancellationChecks: 'app::Draining;app::Job::cancelled', ctxlife-missing-cancellation.DetachingCalls: 'app::Pool::submit'" %s ctxlife-missing-cancellation %t -- %stubflags
// Frameworks limited to httplib: gRPC is not known any more.
// RUN: %check_ctxlife --check-suffix=HTTPLIB --config-options="ctxlife-missing-cancellation.Frameworks: 'httplib'" %s ctxlife-missing-cancellation %t -- %stubflags
// User request contexts make request handlers (the global option is read).
// RUN: %check_ctxlife --check-suffix=CONTEXT --config-options="ContextTypes: 'app::Session'" %s ctxlife-missing-cancellation %t -- %stubflags
// An unknown framework name is a configuration error (exit 2); the known
// names still apply.
// RUN: %check_ctxlife --check-suffix=BAD --expect-exit=2 --config-options="ctxlife-missing-cancellation.Frameworks: 'httplib;expressjs'" %s ctxlife-missing-cancellation %t -- %stubflags
// CHECK-MESSAGES-BAD: warning: unknown framework 'expressjs' in option 'Frameworks' (known: all, grpc, beast, httplib, cpprest, civetweb, drogon, crow, pistache) [clang-tidy-config]
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
// One with no deadline setter: no fix-it can be offered.
class LegacyContext {
public:
  void Cancel();
};
struct Backend {
  void Call(RpcContext *ctx, const std::string &what);
  void Call(LegacyContext *ctx, const std::string &what);
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

    // No setter, no fix: the declaration is followed by the call, unchanged.
    // CHECK-MESSAGES-USER: :[[@LINE+3]]:24: warning: client context 'lc' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES-USER: {{^}}    app::LegacyContext lc;{{$}}
    // CHECK-FIXES-USER-NEXT: {{^}}    backend_.Call(&lc, "y");{{$}}
    app::LegacyContext lc;
    backend_.Call(&lc, "y");

    auto child = app::ChildContext();
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:10: warning: client context 'child' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:10: warning: client context 'child' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONTEXT: :[[@LINE-3]]:10: warning: client context 'child' of a downstream call does not carry the deadline or cancellation of request context 'ctx' [ctxlife-missing-cancellation]
    // CHECK-FIXES-DEFAULT: {{^}}    auto child = app::ChildContext();{{$}}
    // CHECK-FIXES-DEFAULT-NEXT: {{^}}    child->set_deadline(ctx->deadline());{{$}}
    stub_->SayHello(child.get(), *req, reply);
    return grpc::Status::OK;
  }
};

namespace app {
struct Session {
  bool alive() const;
};
} // namespace app
void session_loop(app::Session &s) {
  for (;;)
    // CHECK-MESSAGES-CONTEXT: :[[@LINE-1]]:3: warning: loop in request handler 'session_loop' never exits when the request is cancelled [ctxlife-missing-cancellation]
    app::work();
}

void handler(const httplib::Request &req, httplib::Response &res, app::Pool &pool,
             const app::Job &job) {
  for (;;) {
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-3]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONTEXT: :[[@LINE-4]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-BAD: :[[@LINE-5]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (app::Draining())
      break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  while (true) {
    // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-GLOBAL: :[[@LINE-3]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONTEXT: :[[@LINE-4]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-BAD: :[[@LINE-5]]:3: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
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
      // CHECK-MESSAGES-CONTEXT: :[[@LINE-6]]:5: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES-BAD: :[[@LINE-7]]:5: warning: loop in request handler 'handler' never exits when the request is cancelled [ctxlife-missing-cancellation]
      app::work();
  });
}
