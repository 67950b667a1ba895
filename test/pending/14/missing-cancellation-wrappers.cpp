// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Issue 14, "the request context is not passed on": a handler calls the
// project's own client wrapper (or a helper calling one) that creates its
// own grpc::ClientContext, fresh or with only a clock-based deadline, for a
// downstream call. The request's deadline and cancellation cannot reach it.
// Reported at the call in the handler, with a note at the fresh context.
// Quiet when the wrapper takes the server context, a deadline derived from
// it, or a client context created from it; quiet outside request paths
// (startup, background refreshers, fire-and-forget work).
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;
using namespace std::chrono_literals;

// ---- The project's client wrapper around another service.
class ProfileClient {
public:
  explicit ProfileClient(std::unique_ptr<Greeter::Stub> stub) : stub_(std::move(stub)) {}

  // A fresh context: no deadline, no cancellation.
  std::optional<std::string> Fetch(const std::string &user) {
    grpc::ClientContext context;
    context.AddMetadata("x-caller", "profile-client");
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    grpc::Status status = stub_->SayHello(&context, request, &reply);
    if (!status.ok())
      return std::nullopt;
    return reply.message();
  }

  // A deadline of its own, from the clock alone.
  std::optional<std::string> FetchWithTimeout(const std::string &user) {
    auto context = std::make_unique<grpc::ClientContext>();
    context->set_deadline(std::chrono::system_clock::now() + 5s);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(context.get(), request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

  // Takes the caller's deadline; the default is a clock-only one.
  std::optional<std::string>
  FetchBy(const std::string &user,
          std::chrono::system_clock::time_point deadline = std::chrono::system_clock::now() + 2s) {
    grpc::ClientContext context;
    context.set_deadline(deadline);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(&context, request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

  // Takes the server context and propagates from it.
  std::optional<std::string> FetchFor(const grpc::ServerContext &server, const std::string &user) {
    auto context = grpc::ClientContext::FromServerContext(server);
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(context.get(), request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

  // Takes a client context the caller made.
  std::optional<std::string> FetchWith(grpc::ClientContext *context, const std::string &user) {
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(context, request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

  // A server-streaming call with a fresh context.
  std::vector<std::string> History(const std::string &user) {
    grpc::ClientContext context;
    HelloRequest request;
    request.set_name(user);
    std::vector<std::string> out;
    auto reader = stub_->SayHelloStream(&context, request);
    HelloReply item;
    while (reader->Read(&item))
      out.push_back(item.message());
    reader->Finish();
    return out;
  }

  // The callback client API: the context must outlive the call.
  void FetchAsync(const std::string &user, std::function<void(grpc::Status, std::string)> done) {
    auto *context = new grpc::ClientContext;
    auto *request = new HelloRequest;
    auto *reply = new HelloReply;
    request->set_name(user);
    stub_->async()->SayHello(context, request, reply,
                             [context, request, reply, done](grpc::Status s) {
                               done(s, reply->message());
                               delete context;
                               delete request;
                               delete reply;
                             });
  }

  // A local cache answers without a downstream call.
  std::optional<std::string> Cached(const std::string &user) const {
    auto it = std::find(cache_.begin(), cache_.end(), user);
    if (it == cache_.end())
      return std::nullopt;
    return *it;
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
  std::vector<std::string> cache_;
};

// A free helper over the wrapper.
std::string DisplayName(ProfileClient &client, const std::string &user) {
  return client.Fetch(user).value_or(user);
}

// A factory taking the server context.
std::unique_ptr<grpc::ClientContext> ChildOf(const grpc::ServerContext &server) {
  auto context = grpc::ClientContext::FromServerContext(server);
  context->AddMetadata("x-hop", "1");
  return context;
}

// An interface whose only implementation in this file makes fresh calls.
class Directory {
public:
  virtual ~Directory() = default;
  virtual std::optional<std::string> Lookup(const std::string &user) = 0;
};
class GrpcDirectory : public Directory {
public:
  explicit GrpcDirectory(Greeter::Stub *stub) : stub_(stub) {}
  std::optional<std::string> Lookup(const std::string &user) override {
    grpc::ClientContext context;
    HelloRequest request;
    request.set_name(user);
    HelloReply reply;
    if (!stub_->SayHello(&context, request, &reply).ok())
      return std::nullopt;
    return reply.message();
  }

private:
  Greeter::Stub *stub_;
};

// ---- Sync handlers.
class FrontendService final : public Greeter::Service {
public:
  FrontendService(ProfileClient &profiles, Directory &directory)
      : profiles_(profiles), directory_(directory) {}

  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    auto profile = profiles_.Fetch(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: the request context is not passed to 'Fetch', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :35:25: note: client context 'context' is created here without the caller's deadline or cancellation
    // CHECK-MESSAGES: :[[@LINE-3]]:30: note: add a parameter to 'Fetch' for request context 'ctx', and create the client context with 'grpc::ClientContext::FromServerContext'
    auto timed = profiles_.FetchWithTimeout(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: the request context is not passed to 'FetchWithTimeout', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :49:5: note: the deadline set here does not come from request context 'ctx'
    auto defaulted = profiles_.FetchBy(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:32: warning: the request context is not passed to 'FetchBy', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    std::string shown = DisplayName(profiles_, req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: the request context is not passed to 'DisplayName', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    auto found = directory_.Lookup(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: the request context is not passed to 'Lookup', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]

    // Correct: the server context, its deadline, or a client context made
    // from it reaches the call.
    auto ok1 = profiles_.FetchFor(*ctx, req->name());
    auto ok2 = profiles_.FetchBy(req->name(), ctx->deadline());
    auto child = grpc::ClientContext::FromServerContext(*ctx);
    auto ok3 = profiles_.FetchWith(child.get(), req->name());
    auto ok4 = profiles_.FetchWith(ChildOf(*ctx).get(), req->name());
    auto shorter = std::min(ctx->deadline(), std::chrono::system_clock::now() + 1s);
    auto ok5 = profiles_.FetchBy(req->name(), shorter);
    auto cached = profiles_.Cached(req->name());
    // Fire-and-forget work after the request is not the request's.
    std::thread([this, name = req->name()] { profiles_.Fetch(name); }).detach();

    reply->set_message(profile.value_or("") + timed.value_or("") + defaulted.value_or("") +
                       shown + found.value_or("") + ok1.value_or("") + ok2.value_or("") +
                       ok3.value_or("") + ok4.value_or("") + ok5.value_or("") +
                       cached.value_or(""));
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    // In a lambda of the handler, through a std::function member.
    std::vector<std::string> names = {req->name(), req->name() + "2"};
    std::for_each(names.begin(), names.end(), [&](const std::string &n) {
      for (const std::string &h : profiles_.History(n)) {
        // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: the request context is not passed to 'History', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
        HelloReply r;
        r.set_message(h);
        if (!writer->Write(r))
          return;
      }
    });
    auto one = lookup_(req->name());
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: the request context is not passed to 'lookup_', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    (void)ctx;
    (void)one;
    return grpc::Status::OK;
  }

  std::function<std::optional<std::string>(const std::string &)> lookup_ =
      [this](const std::string &n) { return directory_.Lookup(n); };

private:
  ProfileClient &profiles_;
  Directory &directory_;
};

// ---- Callback handler.
class CallbackFrontend final : public Greeter::CallbackService {
public:
  explicit CallbackFrontend(ProfileClient &profiles) : profiles_(profiles) {}
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    profiles_.FetchAsync(req->name(), [reactor, reply](grpc::Status s, std::string m) {
      // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: the request context is not passed to 'FetchAsync', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE-2]]:15: note: add a parameter to 'FetchAsync' for request context 'ctx', and create the client context with 'grpc::ClientContext::FromCallbackServerContext'
      reply->set_message(m);
      reactor->Finish(s);
    });
    return reactor;
  }

private:
  ProfileClient &profiles_;
};

// ---- Async API: a CallData is a request path.
class CallData {
public:
  CallData(Greeter::AsyncService *service, grpc::ServerCompletionQueue *cq,
           ProfileClient &profiles)
      : service_(service), cq_(cq), responder_(&ctx_), profiles_(profiles) {
    service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
  }
  void Proceed() {
    reply_.set_message(profiles_.Fetch(request_.name()).value_or(""));
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: the request context is not passed to 'Fetch', which calls 'Greeter::SayHello' with a fresh client context [ctxlife-missing-cancellation]
    reply_.set_message(profiles_.FetchFor(ctx_, request_.name()).value_or(""));
    responder_.Finish(reply_, grpc::Status::OK, this);
  }

private:
  Greeter::AsyncService *service_;
  grpc::ServerCompletionQueue *cq_;
  grpc::ServerContext ctx_;
  HelloRequest request_;
  HelloReply reply_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
  ProfileClient &profiles_;
};

// ---- Not request paths.
class Warmer {
public:
  explicit Warmer(ProfileClient &profiles) : profiles_(profiles) {
    refresher_ = std::thread([this] {
      for (int i = 0; i < 10; ++i) {
        profiles_.Fetch("warm-" + std::to_string(i));
        std::this_thread::sleep_for(1s);
      }
    });
  }
  ~Warmer() { refresher_.join(); }

private:
  ProfileClient &profiles_;
  std::thread refresher_;
};

int main() {
  ProfileClient profiles(Greeter::NewStub(nullptr));
  profiles.Fetch("startup");
  DisplayName(profiles, "startup");
  Warmer warmer(profiles);
  // An HTTP gateway has no gRPC deadline to pass on.
  httplib::Server svr;
  svr.Get("/profile", [&profiles](const httplib::Request &req, httplib::Response &res) {
    res.set_content(profiles.Fetch(req.get_param_value("user")).value_or(""), "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}
