// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Issue 14, "loops judged by what exits them": not only `for (;;)` and
// `while (true)`. In a request path, a loop whose condition and exits never
// depend on a cancellation signal is a finding when it waits or writes:
// `while (running_)` on a plain flag nobody sets on the request's behalf, a
// bounded but long loop of stream writes that ignores `Write()` returning
// false, a loop that exits only on success (a downstream call succeeding, a
// result arriving). Retry loops with backoff in a helper called from a
// handler count as the handler's. Loops that end on a signal, on a clock or
// a small counter, or that only compute, stay quiet.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <queue>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;
using namespace std::chrono_literals;

bool next_update(HelloReply *out);
bool try_reserve(const std::string &sku);
std::optional<std::string> poll_job(const std::string &id);
grpc::Status call_backend(const std::string &name);

// A worker pool recognised from its body (see detached-capture-executors).
class ThreadPool {
public:
  ThreadPool() : worker_([this] {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return !tasks_.empty(); });
        task = std::move(tasks_.front());
        tasks_.pop();
      }
      task();
    }
  }) {}
  void Submit(std::function<void()> task) {
    std::lock_guard<std::mutex> lock(mu_);
    tasks_.push(std::move(task));
    cv_.notify_one();
  }

private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::queue<std::function<void()>> tasks_;
  std::thread worker_;
};

// Retries until the call succeeds, with exponential backoff.
grpc::Status CallWithRetry(const std::function<grpc::Status()> &attempt) {
  auto backoff = 50ms;
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in 'CallWithRetry' called by request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :115:23: note: 'CallWithRetry' is called here
    grpc::Status s = attempt();
    if (s.ok())
      return s;
    std::this_thread::sleep_for(backoff);
    backoff = std::min(backoff * 2, std::chrono::milliseconds(5000));
  }
}
// Retries a bounded number of times: quiet.
grpc::Status CallWithFewRetries(const std::function<grpc::Status()> &attempt) {
  grpc::Status s;
  for (int i = 0; i < 3; ++i) {
    s = attempt();
    if (s.ok())
      break;
    std::this_thread::sleep_for(100ms);
  }
  return s;
}
// Gives up when the request is cancelled: quiet.
grpc::Status CallUntilCancelled(const grpc::ServerContext &ctx,
                                const std::function<grpc::Status()> &attempt) {
  while (!ctx.IsCancelled()) {
    grpc::Status s = attempt();
    if (s.ok())
      return s;
    std::this_thread::sleep_for(100ms);
  }
  return grpc::Status::CANCELLED;
}
// A retry loop used only at startup: not a request path.
void ConnectWithRetry() {
  while (!call_backend("ping").ok())
    std::this_thread::sleep_for(1s);
}

class FeedService final : public Greeter::Service {
public:
  // Called at shutdown; nothing clears it for one request.
  void Shutdown() { running_ = false; }

  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    grpc::Status st = CallWithRetry([&] { return call_backend(req->name()); });
    grpc::Status few = CallWithFewRetries([&] { return call_backend(req->name()); });
    grpc::Status polite = CallUntilCancelled(*ctx, [&] { return call_backend(req->name()); });

    // Exits only when the reservation succeeds.
    bool reserved = false;
    while (!reserved) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+3]]:9: note: it waits here, and none of its exits depends on cancellation
      reserved = try_reserve(req->name());
      if (!reserved)
        std::this_thread::sleep_for(20ms);
    }
    // Exits only when a result arrives.
    std::optional<std::string> result;
    do {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
      result = poll_job(req->name());
      std::this_thread::sleep_for(100ms);
    } while (!result);

    // Correct look-alikes: a signal, a clock, the request's deadline.
    while (!ctx->IsCancelled() && !try_reserve(req->name()))
      std::this_thread::sleep_for(20ms);
    const auto until = std::chrono::steady_clock::now() + 2s;
    while (!poll_job(req->name()) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(100ms);
    while (std::chrono::system_clock::now() < ctx->deadline() && !try_reserve("x"))
      std::this_thread::sleep_for(20ms);
    bool done = false;
    while (!done) {
      done = ctx->IsCancelled() || try_reserve(req->name());
      std::this_thread::sleep_for(20ms);
    }
    reply->set_message(st.error_message() + few.error_message() + polite.error_message() +
                       result.value_or(""));
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    HelloReply update;
    if (req->name() == "live") {
      // A plain flag that only Shutdown() clears.
      while (running_) {
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
        // CHECK-MESSAGES: :[[@LINE+2]]:9: note: the result of 'Write', which reports a cancelled request or a closed connection, is ignored here
        // CHECK-MESSAGES: :[[@LINE-3]]:7: note: exit the loop when 'ctx->IsCancelled()' is true
        writer->Write(update);
        std::this_thread::sleep_for(1s);
        next_update(&update);
      }
      return grpc::Status::OK;
    }
    if (req->name() == "ticks") {
      // Bounded, but an hour of writes nobody may be reading.
      for (int tick = 0; tick < 3600; ++tick) {
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
        // CHECK-MESSAGES: :[[@LINE+2]]:9: note: the result of 'Write', which reports a cancelled request or a closed connection, is ignored here
        update.set_message(std::to_string(tick));
        writer->Write(update);
        std::this_thread::sleep_for(1s);
      }
      return grpc::Status::OK;
    }
    if (req->name() == "queue") {
      // Polls a queue until an item arrives.
      std::string item;
      while (!TryPop(item))
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
        std::this_thread::sleep_for(5ms);
      update.set_message(item);
      writer->Write(update);
      return grpc::Status::OK;
    }
    if (req->name() == "background") {
      // A loop in work queued on the project's pool, started by the handler.
      pool_.Submit([this] {
        while (running_) {
          // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: loop in a task queued by 'ThreadPool::Submit' started by request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
          Refresh();
          std::this_thread::sleep_for(10s);
        }
      });
      return grpc::Status::OK;
    }

    // Correct look-alikes.
    while (live_.load() && !ctx->IsCancelled()) {
      next_update(&update);
      if (!writer->Write(update))
        break;
      std::this_thread::sleep_for(1s);
    }
    // An atomic flag is a signal someone can set for this request.
    while (live_) {
      next_update(&update);
      std::this_thread::sleep_for(1s);
      if (stopping_ > 0)
        break;
    }
    while (stopping_ == 0) {
      if (!writer->Write(update))
        return grpc::Status::CANCELLED;
      std::this_thread::sleep_for(1s);
    }
    // A short bounded loop of writes that does not wait (route_guide's
    // ListFeatures shape).
    for (const std::string &name : names_) {
      update.set_message(name);
      writer->Write(update);
    }
    for (int i = 0; i < 3; ++i) {
      update.set_message("part " + std::to_string(i));
      writer->Write(update);
    }
    // Computing loops end with their data.
    std::istringstream in(req->name());
    std::string word;
    while (in >> word)
      names_seen_.push_back(word);
    size_t pos = 0;
    while (pos < names_.size() && names_[pos] != req->name())
      ++pos;
    return grpc::Status::OK;
  }

  grpc::Status SayHelloBidiStream(
      grpc::ServerContext *ctx,
      grpc::ServerReaderWriter<HelloReply, HelloRequest> *stream) override {
    HelloRequest in;
    while (stream->Read(&in)) {
      HelloReply out;
      out.set_message(in.name());
      for (int i = 0; i < 1000; ++i) {
        // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: loop in request handler 'SayHelloBidiStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
        stream->Write(out);
        std::this_thread::sleep_for(50ms);
      }
    }
    (void)ctx;
    return grpc::Status::OK;
  }

private:
  bool TryPop(std::string &out) {
    std::lock_guard<std::mutex> lock(mu_);
    if (queue_.empty())
      return false;
    out = queue_.front();
    queue_.pop_front();
    return true;
  }
  void Refresh();

  bool running_ = true;
  std::atomic<bool> live_{true};
  std::atomic<int> stopping_{0};
  std::mutex mu_;
  std::deque<std::string> queue_;
  std::vector<std::string> names_;
  std::vector<std::string> names_seen_;
  ThreadPool pool_;
};

// A plain-flag loop in a worker the service starts: not a request path.
class Compactor {
public:
  Compactor() : worker_([this] {
    while (running_)
      std::this_thread::sleep_for(1s);
  }) {}
  ~Compactor() {
    running_ = false;
    worker_.join();
  }

private:
  bool running_ = true;
  std::thread worker_;
};

// ---- cpp-httplib: a long-poll handler.
struct UpdateStore {
  bool HasUpdate(long since) const;
  std::string Since(long since) const;
};

int main() {
  ConnectWithRetry();
  Compactor compactor;
  UpdateStore store;
  httplib::Server svr;
  svr.Get("/updates", [&store](const httplib::Request &req, httplib::Response &res) {
    long since = std::stol(req.get_param_value("since"));
    while (!store.HasUpdate(since))
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      std::this_thread::sleep_for(100ms);
    res.set_content(store.Since(since), "application/json");
  });
  svr.Get("/updates2", [&store](const httplib::Request &req, httplib::Response &res) {
    long since = std::stol(req.get_param_value("since"));
    const auto until = std::chrono::steady_clock::now() + 30s;
    while (!store.HasUpdate(since) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(100ms);
    res.set_content(store.Since(since), "application/json");
  });
  svr.listen("0.0.0.0", 8080);
}
