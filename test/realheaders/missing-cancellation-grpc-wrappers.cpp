// ctxlife-missing-cancellation against the real gRPC 1.51 headers: a client
// wrapper of the project that makes its downstream call with a fresh client
// context is reported at the handler's call that does not pass the request
// context on; the wrapper given the server context, its deadline or a
// client context made from it is quiet, and so is a handler waiting on a
// condition variable for a result.
// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- -std=c++17 -isystem %grpc_gen
#include <grpcpp/grpcpp.h>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "greeter.grpc.pb.h"

using ctxlife::test::Greeter;
using ctxlife::test::HelloReply;
using ctxlife::test::HelloRequest;

class GreeterClient {
public:
  explicit GreeterClient(std::shared_ptr<grpc::Channel> channel)
      : stub_(Greeter::NewStub(channel)) {}

  std::optional<std::string> Greet(const std::string &user) {
    grpc::ClientContext context;
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    grpc::Status status = stub_->SayHello(&context, request, &reply);
    if (!status.ok())
      return std::nullopt;
    return reply.message();
  }
  std::optional<std::string> GreetWithin(const std::string &user,
                                         std::chrono::system_clock::time_point deadline) {
    grpc::ClientContext context;
    context.set_deadline(deadline);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(&context, request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }
  std::optional<std::string> GreetFor(const grpc::ServerContext &server,
                                      const std::string &user) {
    auto context = grpc::ClientContext::FromServerContext(server);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(context.get(), request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
};

class Frontend final : public Greeter::Service {
public:
  explicit Frontend(GreeterClient &client) : client_(client) {}

  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    auto greeting = client_.Greet(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the request context is not passed to 'Greet', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :29:25: note: client context 'context' is created here without the caller's deadline or cancellation
    // CHECK-MESSAGES: :[[@LINE-3]]:29: note: add a parameter to 'Greet' for request context 'ctx', and create the client context with 'grpc::ClientContext::FromServerContext'
    auto soon = client_.GreetWithin(req->name(), std::chrono::system_clock::now() +
                                                     std::chrono::seconds(2));
    // CHECK-MESSAGES: :[[@LINE-2]]:25: warning: the request context is not passed to 'GreetWithin', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE-3]]:50: note: the deadline set here does not come from request context 'ctx'

    // Correct: the server context, its deadline, a client context from it.
    auto good = client_.GreetFor(*ctx, req->name());
    auto within = client_.GreetWithin(req->name(), ctx->deadline());
    // Correct: waiting for a result another thread hands over.
    std::string result;
    {
      std::unique_lock<std::mutex> lock(mu_);
      while (!ready_)
        cv_.wait(lock);
      cv_.wait(lock, [this] { return ready_; });
      result = result_;
    }
    reply->set_message(greeting.value_or("") + soon.value_or("") + good.value_or("") +
                       within.value_or("") + result);
    return grpc::Status::OK;
  }

private:
  GreeterClient &client_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool ready_ = false;
  std::string result_;
};

int main() {
  GreeterClient client(grpc::CreateChannel("localhost:50051",
                                           grpc::InsecureChannelCredentials()));
  // Startup code is no request path.
  client.Greet("startup");
  Frontend service(client);
  grpc::ServerBuilder builder;
  builder.RegisterService(&service);
  builder.BuildAndStart()->Wait();
}
