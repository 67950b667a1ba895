// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Issue 14, "reactor and completion lifetimes": once a reactor calls
// `Finish` (or `StartWriteAndFinish`), gRPC may run `OnDone`, which deletes
// the reactor; the callback server context ends with the call. A use of the
// reactor's `this` (a member, a member function) or of the context after
// the completing call, on any path, is a finding; uses on paths that never
// pass through the completion stay quiet. An async-API CallData is not a
// reactor: it lives until its tag comes back, so setting its state after
// `responder_.Finish(...)` is the idiom.
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <deque>
#include <mutex>
#include <string>
#include <utility>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

void log_line(const std::string &s);
bool next_update(HelloReply *out);

// ---- A server-streaming reactor that pushes updates.
class FeedWriter : public grpc::ServerWriteReactor<HelloReply> {
public:
  FeedWriter(grpc::CallbackServerContext *ctx, const HelloRequest *req)
      : ctx_(ctx), topic_(req->name()) {
    NextWrite();
  }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "write failed"));
    }
    NextWrite();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'this' of reactor 'FeedWriter' is used after 'Finish' has completed the request [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-4]]:7: note: the request is completed here
  }

  void OnCancel() override {
    Finish(grpc::Status::CANCELLED);
    ++cancelled_;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'this' of reactor 'FeedWriter' is used after 'Finish' has completed the request [ctxlife-detached-capture]
  }

  void OnDone() override {
    log_line("feed done: " + topic_);
    delete this;
  }

private:
  void NextWrite() {
    if (!next_update(&current_)) {
      Finish(grpc::Status::OK);
      log_line("feed finished for " + ctx_->peer());
      // CHECK-MESSAGES: :[[@LINE-1]]:39: warning: 'this' of reactor 'FeedWriter' is used after 'Finish' has completed the request [ctxlife-detached-capture]
      return;
    }
    StartWrite(&current_);
  }

  grpc::CallbackServerContext *ctx_;
  std::string topic_;
  HelloReply current_;
  int cancelled_ = 0;
};

// ---- A bidi chat reactor.
class ChatReactor : public grpc::ServerBidiReactor<HelloRequest, HelloReply> {
public:
  explicit ChatReactor(grpc::CallbackServerContext *ctx) : peer_(ctx->peer()) { StartRead(&in_); }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::OK);
    } else {
      out_.set_message("echo " + in_.name());
      StartWrite(&out_);
    }
    StartRead(&in_);
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'this' of reactor 'ChatReactor' is used after 'Finish' has completed the request [ctxlife-detached-capture]
  }

  void OnWriteDone(bool ok) override {
    std::lock_guard<std::mutex> lock(mu_);
    for (int i = 0; i < 3; ++i) {
      if (!ok)
        Finish(grpc::Status::CANCELLED);
      ++writes_;
      // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: 'this' of reactor 'ChatReactor' is used after 'Finish' has completed the request [ctxlife-detached-capture]
    }
  }

  void Close() {
    StartWriteAndFinish(&out_, grpc::WriteOptions(), grpc::Status::OK);
    out_.Clear();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'this' of reactor 'ChatReactor' is used after 'StartWriteAndFinish' has completed the request [ctxlife-detached-capture]
  }

  void OnDone() override {
    log_line("chat with " + peer_ + " done");
    delete this;
  }

private:
  std::string peer_;
  std::mutex mu_;
  HelloRequest in_;
  HelloReply out_;
  int writes_ = 0;
};

// ---- A reactor that calls a backend and finishes in its callback.
class RelayReactor : public grpc::ServerUnaryReactor {
public:
  RelayReactor(Greeter::Stub *stub, grpc::CallbackServerContext *ctx,
               const HelloRequest *req, HelloReply *reply)
      : reply_(reply) {
    client_.set_deadline(ctx->deadline());
    stub->async()->SayHello(&client_, req, &backend_reply_, [this](grpc::Status s) {
      reply_->set_message(backend_reply_.message());
      Finish(s);
      log_line("relayed " + backend_reply_.message());
      // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: 'this' of reactor 'RelayReactor' is used after 'Finish' has completed the request [ctxlife-detached-capture]
    });
  }
  void OnDone() override { delete this; }

private:
  grpc::ClientContext client_;
  HelloReply backend_reply_;
  HelloReply *reply_;
};

// ---- A reader with a `Terminate` helper that completes the call, as
// reactor base classes of real projects write it.
class UploadReader : public grpc::ServerReadReactor<HelloRequest> {
public:
  explicit UploadReader(HelloReply *reply) : reply_(reply) { StartRead(&in_); }

  void OnReadDone(bool ok) override {
    if (!ok) {
      Terminate(grpc::Status::OK);
      return;
    }
    if (in_.name().empty())
      Terminate(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "empty"));
    ++received_;
    // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'this' of reactor 'UploadReader' is used after 'Finish' has completed the request [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:7: note: the request is completed here
    StartRead(&in_);
  }
  void OnDone() override { delete this; }

private:
  void Terminate(grpc::Status status) {
    if (finished_)
      return;
    reply_->set_message(std::to_string(received_));
    Finish(status);
    finished_ = true;
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: 'this' of reactor 'UploadReader' is used after 'Finish' has completed the request [ctxlife-detached-capture]
  }

  HelloRequest in_;
  HelloReply *reply_;
  int received_ = 0;
  bool finished_ = false;
};

// ---- Correct reactors: every use is before the completion, or on a path
// that does not complete.
class GoodWriter : public grpc::ServerWriteReactor<HelloReply> {
public:
  explicit GoodWriter(grpc::CallbackServerContext *ctx) : ctx_(ctx) { NextWrite(); }

  void OnWriteDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status(grpc::StatusCode::UNAVAILABLE, "write failed"));
      return;
    }
    NextWrite();
  }
  void OnCancel() override {
    const std::string peer = ctx_->peer();
    ++cancelled_;
    Finish(grpc::Status::CANCELLED);
    log_line("cancelled by " + peer);
  }
  void OnDone() override { delete this; }

private:
  void NextWrite() {
    std::lock_guard<std::mutex> lock(mu_); // unlocked after Finish: not a use
    if (next_update(&current_))
      StartWrite(&current_);
    else
      Finish(grpc::Status::OK);
  }

  grpc::CallbackServerContext *ctx_;
  std::mutex mu_;
  HelloReply current_;
  int cancelled_ = 0;
};

class GoodChat : public grpc::ServerBidiReactor<HelloRequest, HelloReply> {
public:
  GoodChat() { StartRead(&in_); }
  void OnReadDone(bool ok) override {
    if (!ok) {
      Finish(grpc::Status::OK);
      return;
    }
    out_.set_message(in_.name());
    StartWrite(&out_);
  }
  void OnWriteDone(bool ok) override {
    if (ok)
      StartRead(&in_);
    else
      Finish(grpc::Status::CANCELLED);
  }
  void OnDone() override { delete this; }

private:
  HelloRequest in_;
  HelloReply out_;
};

// ---- Handlers of the callback service.
class CallbackGreeter final : public Greeter::CallbackService {
public:
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    if (req->name().empty()) {
      reactor->Finish(grpc::Status(grpc::StatusCode::INVALID_ARGUMENT, "name"));
      log_line("rejected " + ctx->peer());
      // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is used after 'Finish' has completed the request [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:16: note: the request is completed here
      return reactor;
    }
    // Correct: the reactor pointer is returned, not used; the reply is
    // filled in before Finish; copies are used after it.
    const std::string peer = ctx->peer();
    reply->set_message("Hello " + req->name());
    reactor->Finish(grpc::Status::OK);
    log_line("served " + peer);
    return reactor;
  }

  grpc::ServerWriteReactor<HelloReply> *SayHelloStream(grpc::CallbackServerContext *ctx,
                                                       const HelloRequest *req) override {
    if (req->name() == "good")
      return new GoodWriter(ctx);
    return new FeedWriter(ctx, req);
  }

  grpc::ServerBidiReactor<HelloRequest, HelloReply> *
  SayHelloBidiStream(grpc::CallbackServerContext *ctx) override {
    if (ctx->peer().empty())
      return new GoodChat();
    return new ChatReactor(ctx);
  }
};

// ---- The async API: CallData lives until its tag comes back.
class CallData {
public:
  CallData(Greeter::AsyncService *service, grpc::ServerCompletionQueue *cq)
      : service_(service), cq_(cq), responder_(&ctx_) {
    Proceed();
  }
  void Proceed() {
    if (status_ == CREATE) {
      status_ = PROCESS;
      service_->RequestSayHello(&ctx_, &request_, &responder_, cq_, cq_, this);
    } else if (status_ == PROCESS) {
      new CallData(service_, cq_);
      reply_.set_message("Hello " + request_.name());
      responder_.Finish(reply_, grpc::Status::OK, this);
      status_ = FINISH;
    } else {
      delete this;
    }
  }

private:
  Greeter::AsyncService *service_;
  grpc::ServerCompletionQueue *cq_;
  grpc::ServerContext ctx_;
  HelloRequest request_;
  HelloReply reply_;
  grpc::ServerAsyncResponseWriter<HelloReply> responder_;
  enum CallStatus { CREATE, PROCESS, FINISH };
  CallStatus status_ = CREATE;
};
