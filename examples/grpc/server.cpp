// gRPC greeter with a synchronous service and a callback service.
// Build: generate greeter.pb.h / greeter.grpc.pb.h from greeter.proto into a
// directory passed with -I (see ../compile_flags.md).
#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <grpcpp/grpcpp.h>

#include "greeter.grpc.pb.h"

using greeter::Greeter;
using greeter::HelloReply;
using greeter::HelloRequest;

std::mutex g_mu;
// Registry of in-flight calls, keyed by peer (see SayHello).
std::map<std::string, grpc::ServerContext *> g_active_calls;
std::vector<std::string> g_recent_peers;
// Subscribers for a "broadcast" feature (see SayHelloStream).
std::vector<grpc::ServerWriter<HelloReply> *> g_subscribers;
// Last client id seen, as a view and as a copy.
grpc::string_ref g_last_client_id;
std::string g_last_client_id_copy;
void audit(const std::string &peer) { (void)peer; }

// The project's client of another greeter (a translation backend).
class TranslatorClient {
public:
  explicit TranslatorClient(const std::shared_ptr<grpc::Channel> &channel)
      : stub_(Greeter::NewStub(channel)) {}

  // Makes its own client context: no deadline, no cancellation.
  std::string Translate(const std::string &text) {
    grpc::ClientContext context;
    HelloRequest request;
    request.set_name(text);
    HelloReply reply;
    return stub_->SayHello(&context, request, &reply).ok() ? reply.message() : text;
  }
  // Takes the server context: the request's deadline and cancellation
  // reach the downstream call.
  std::string TranslateFor(const grpc::ServerContext &server, const std::string &text) {
    auto context = grpc::ClientContext::FromServerContext(server);
    HelloRequest request;
    request.set_name(text);
    HelloReply reply;
    return stub_->SayHello(context.get(), request, &reply).ok() ? reply.message() : text;
  }

private:
  std::unique_ptr<Greeter::Stub> stub_;
};

class GreeterSyncImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    std::string hello = translator_.Translate("Hello"); // BUG: the request's deadline and cancellation do not reach the translator's call
    std::string hola = translator_.TranslateFor(*ctx, "Hola"); // OK: the translator's client context is made from ctx
    std::lock_guard<std::mutex> lock(g_mu);
    g_active_calls[ctx->peer()] = ctx; // BUG: stores the context itself, which dies when the RPC completes
    g_recent_peers.push_back(ctx->peer()); // OK: peer() returns a std::string copy

    auto it = ctx->client_metadata().find("x-client-id");
    if (it != ctx->client_metadata().end()) {
      g_last_client_id = it->second; // BUG: string_ref points into ctx's metadata, freed with the call
      g_last_client_id_copy.assign(it->second.data(), it->second.size()); // OK: owns its bytes
    }
    std::thread([ctx] { audit(ctx->peer()); }).detach(); // BUG: the thread may read ctx after the RPC completed
    std::thread([peer = ctx->peer()] { audit(peer); }).detach(); // OK: the thread owns a copy
    reply->set_message(hello + " / " + hola + " " + req->name());
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    {
      std::lock_guard<std::mutex> lock(g_mu);
      g_subscribers.push_back(writer); // BUG: the writer is invalid once this handler returns
    }
    for (const char *greeting : {"Hello", "Bonjour", "Hola"}) {
      if (ctx->IsCancelled())
        return grpc::Status::CANCELLED;
      HelloReply reply;
      reply.set_message(std::string(greeting) + " " + req->name());
      writer->Write(reply); // OK: used only while the call is live
    }
    return grpc::Status::OK;
  }

private:
  TranslatorClient translator_{
      grpc::CreateChannel("localhost:50053", grpc::InsecureChannelCredentials())};
};

// Callback API: a reactor is per-request state, so it may own the context.
class GreetingWriter final : public grpc::ServerWriteReactor<HelloReply> {
public:
  GreetingWriter(grpc::CallbackServerContext *ctx, std::string name)
      : ctx_(ctx), name_(std::move(name)) { // OK: the reactor lives exactly as long as the RPC
    NextWrite();
  }
  void OnWriteDone(bool ok) override {
    if (!ok || ctx_->IsCancelled()) {
      Finish(grpc::Status::CANCELLED);
      return;
    }
    NextWrite();
  }
  void OnCancel() override {
    Finish(grpc::Status::CANCELLED);
    cancelled_ = true; // BUG: after Finish, OnDone may already have deleted this reactor
  }
  void OnDone() override { delete this; }

private:
  void NextWrite() {
    if (sent_ == 3) {
      Finish(grpc::Status::OK);
      return;
    }
    reply_.set_message("Hello " + name_ + " #" + std::to_string(++sent_));
    StartWrite(&reply_);
  }
  grpc::CallbackServerContext *ctx_;
  std::string name_;
  HelloReply reply_;
  int sent_ = 0;
  bool cancelled_ = false;
};

class GreeterCallbackImpl final : public Greeter::CallbackService {
public:
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    last_ctx_.store(ctx); // BUG: the service outlives every call; ctx is gone after Finish
    {
      std::lock_guard<std::mutex> lock(mu_);
      last_peer_ = ctx->peer(); // OK: a copied identifier
    }
    auto *reactor = ctx->DefaultReactor();
    if (req->name().empty()) {
      // OK: the callback context lives until Finish, and this thread calls it.
      std::thread([ctx, reactor, reply] {
        reply->set_message("Hello " + ctx->peer());
        reactor->Finish(grpc::Status::OK);
      }).detach();
      return reactor;
    }
    reply->set_message("Hello " + req->name());
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }

  grpc::ServerWriteReactor<HelloReply> *
  SayHelloStream(grpc::CallbackServerContext *ctx,
                 const HelloRequest *req) override {
    return new GreetingWriter(ctx, req->name()); // OK: handed to per-request state
  }

private:
  std::atomic<grpc::CallbackServerContext *> last_ctx_{nullptr};
  std::mutex mu_;
  std::string last_peer_;
};

int main() {
  GreeterSyncImpl sync_service;
  GreeterCallbackImpl callback_service;
  grpc::ServerBuilder builder;
  builder.AddListeningPort("0.0.0.0:50051", grpc::InsecureServerCredentials());
  builder.RegisterService(&sync_service);
  // Both implement greeter.Greeter, so each gets its own server and port.
  grpc::ServerBuilder callback_builder;
  callback_builder.AddListeningPort("0.0.0.0:50052",
                                    grpc::InsecureServerCredentials());
  callback_builder.RegisterService(&callback_service);
  std::unique_ptr<grpc::Server> server = builder.BuildAndStart();
  std::unique_ptr<grpc::Server> callback_server = callback_builder.BuildAndStart();
  server->Wait();
  callback_server->Wait();
}
