// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// "After" is a question for the control-flow graph, not for source order:
// a use on a branch that does not pass through 'Finish' is fine, a use
// after it on the same path is not; a wait for the work on one branch
// does not wait for it on the other.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <pplx/pplxtasks.h>
#include <boost/asio.hpp>
#include "helloworld.grpc.pb.h"

#include <string>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

void log_line(const std::string &s);
bool failed();

class CallbackImpl final : public Greeter::CallbackService {
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    if (req->name() == "early") {
      // The use comes after 'Finish' in the source, but on the other
      // branch: the branch that finishes returns first.
      std::thread([ctx, reactor] {
        if (failed()) {
          reactor->Finish(grpc::Status::CANCELLED);
          return;
        }
        log_line(ctx->peer());
        reactor->Finish(grpc::Status::OK);
      }).detach();
      return reactor;
    }
    if (req->name() == "either") {
      // Each branch finishes after its own use.
      std::thread([ctx, reactor] {
        if (failed()) {
          log_line("failed");
          reactor->Finish(grpc::Status::CANCELLED);
        } else {
          log_line(ctx->peer());
          reactor->Finish(grpc::Status::OK);
        }
      }).detach();
      return reactor;
    }
    if (req->name() == "fallthrough") {
      // The branch that finishes does not return: the use runs after it.
      std::thread([ctx, reactor] {
        if (failed())
          reactor->Finish(grpc::Status::CANCELLED);
        log_line(ctx->peer());
        // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-3]]:20: note: the request is completed here
        // CHECK-MESSAGES: :[[@LINE-38]]:67: note: request context 'ctx' is declared here
        // A second 'Finish' on that path uses the reactor after the first.
        reactor->Finish(grpc::Status::OK);
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: view 'reactor' of type 'grpc::ServerUnaryReactor *' into request context 'ctx' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-8]]:20: note: the request is completed here
        // CHECK-MESSAGES: :[[@LINE-43]]:67: note: request context 'ctx' is declared here
      }).detach();
      return reactor;
    }
    if (req->name() == "loop") {
      // A use before 'Finish' in the source, reached again round the loop.
      std::thread([ctx, reactor] {
        for (int i = 0; i < 3; ++i) {
          log_line(ctx->peer());
          // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
          // CHECK-MESSAGES: :[[@LINE+3]]:22: note: the request is completed here
          // CHECK-MESSAGES: :[[@LINE-54]]:67: note: request context 'ctx' is declared here
          if (failed())
            reactor->Finish(grpc::Status::CANCELLED);
          // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: view 'reactor' of type 'grpc::ServerUnaryReactor *' into request context 'ctx' is used by a detached thread after 'Finish' has completed the request [ctxlife-detached-capture]
          // CHECK-MESSAGES: :[[@LINE-2]]:22: note: the request is completed here
          // CHECK-MESSAGES: :[[@LINE-59]]:67: note: request context 'ctx' is declared here
        }
      }).detach();
      return reactor;
    }
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }
};

void tasks(const httplib::Request &req, httplib::Response &res) {
  // Waited for on one branch only: the other lets the task run on.
  auto t = pplx::create_task([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-5]]:36: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:32: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  if (failed())
    t.wait();
  // Waited for on both branches.
  auto u = pplx::create_task([&req] { log_line(req.path); });
  if (failed())
    u.wait();
  else
    u.get();
  res.status = 200;
}

void threads(const httplib::Request &req) {
  // Joined on one branch, detached on the other.
  std::thread t([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+6]]:7: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  if (failed())
    t.join();
  else
    t.detach();
  // Joined on every path.
  std::thread u([&req] { log_line(req.path); });
  if (failed()) {
    u.join();
    return;
  }
  u.join();
}

void loops(const httplib::Request &req) {
  // The event loop runs on one branch only.
  boost::asio::io_context ioc;
  boost::asio::post(ioc, [&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-6]]:36: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  if (failed())
    ioc.run();
  // It runs on every path of this one.
  boost::asio::io_context ioc2;
  boost::asio::post(ioc2, [&req] { log_line(req.path); });
  if (failed()) {
    ioc2.run();
    return;
  }
  ioc2.run_one();
}
