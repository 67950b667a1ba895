// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Loops judged by what exits them, beyond the shapes of
// missing-cancellation-loop-exits.cpp: a retry loop two helpers below the
// handler and one in a function template; helpers nobody calls for a
// request; long write loops that wait, against short ones, checked writes
// and a clock; Asio coroutines on a private member timer, a public one and
// a timer given as a parameter; completion handlers that re-arm through
// std::bind, check the error code only after re-arming, or check the
// socket first.
#include <grpcpp/grpcpp.h>
#include "helloworld.grpc.pb.h"

#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;
using namespace std::chrono_literals;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

grpc::Status call_backend(const std::string &name);
void refresh_cache();
void send_ping();

// Two helpers below the handler: the loop is reported, the note at the
// handler's call names the helper it calls.
grpc::Status RetryForever(const std::string &name) {
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in 'RetryForever' called by request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :97:22: note: 'Lookup' is called here
    grpc::Status s = call_backend(name);
    if (s.ok())
      return s;
    std::this_thread::sleep_for(100ms);
  }
}
grpc::Status Lookup(const std::string &name) { return RetryForever(name); }

// A function template retrying until the callable succeeds.
template <typename F> grpc::Status Retry(F attempt) {
  grpc::Status s = attempt();
  while (!s.ok()) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in 'Retry' called by request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
    std::this_thread::sleep_for(50ms);
    s = attempt();
  }
  return s;
}

// Called only by a service's own thread and by main: not for a request.
grpc::Status WaitForBackend() {
  while (!call_backend("ping").ok())
    std::this_thread::sleep_for(1s);
  return grpc::Status::OK;
}
class Warmer {
public:
  Warmer() : worker_([] { WaitForBackend(); }) {}
  ~Warmer() { worker_.join(); }

private:
  std::thread worker_;
};

// A helper that gives up after a few attempts, and one that sleeps between
// attempts but counts them against a parameter.
grpc::Status TryTwice(const std::string &name) {
  for (int attempt = 0;; ++attempt) {
    grpc::Status s = call_backend(name);
    if (s.ok() || attempt == 2)
      return s;
    std::this_thread::sleep_for(10ms);
  }
}

class Service final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    grpc::Status a = Lookup(req->name());
    grpc::Status b = Retry([&] { return call_backend(req->name()); });
    grpc::Status c = TryTwice(req->name());
    reply->set_message(a.error_message() + b.error_message() + c.error_message());
    (void)ctx;
    return grpc::Status::OK;
  }

  grpc::Status SayHelloStream(grpc::ServerContext *ctx, const HelloRequest *req,
                              grpc::ServerWriter<HelloReply> *writer) override {
    HelloReply update;
    // Long and waiting, the write's result ignored.
    for (int tick = 0; tick < 100; ++tick) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHelloStream' never exits when the request is cancelled [ctxlife-missing-cancellation]
      writer->Write(update);
      std::this_thread::sleep_for(100ms);
    }
    // Correct look-alikes: a few waiting writes; a long loop that checks
    // each write; one bounded by a clock; a long loop that does not wait.
    for (int i = 0; i < 5; ++i) {
      writer->Write(update);
      std::this_thread::sleep_for(100ms);
    }
    for (int tick = 0; tick < 3600; ++tick) {
      if (!writer->Write(update))
        break;
      std::this_thread::sleep_for(1s);
    }
    const auto until = std::chrono::steady_clock::now() + 10s;
    for (int tick = 0; std::chrono::steady_clock::now() < until; ++tick) {
      writer->Write(update);
      std::this_thread::sleep_for(1s);
    }
    for (int i = 0; i < 1000; ++i)
      writer->Write(update);
    (void)ctx;
    (void)req;
    return grpc::Status::OK;
  }
};

int main() {
  Warmer warmer;
  WaitForBackend();
}

// ---- Asio coroutines and the timers they wait on.
class Poller {
public:
  explicit Poller(asio::io_context &ioc) : timer_(ioc), shared_timer(ioc) {}
  // A private timer nothing cancels: the loop cannot be stopped.
  asio::awaitable<void> run() {
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a coroutine spawned without waiting for it started by request handler 'handle' never exits when the request is cancelled [ctxlife-missing-cancellation]
      timer_.expires_after(5s);
      co_await timer_.async_wait(asio::use_awaitable);
      refresh_cache();
    }
  }
  // A public timer: whoever holds the poller can cancel it.
  asio::awaitable<void> run_shared() {
    for (;;) {
      shared_timer.expires_after(5s);
      co_await shared_timer.async_wait(asio::use_awaitable);
      refresh_cache();
    }
  }
  asio::steady_timer shared_timer;

private:
  asio::steady_timer timer_;
};

// A timer the caller owns and may cancel.
asio::awaitable<void> tick(asio::steady_timer &t) {
  for (;;) {
    t.expires_after(1s);
    co_await t.async_wait(asio::use_awaitable);
    refresh_cache();
  }
}

void handle(http::request<http::string_body> &req, asio::io_context &ioc,
            Poller &poller, asio::steady_timer &t) {
  if (req.target() == "/a")
    asio::co_spawn(ioc, poller.run(), asio::detached);
  if (req.target() == "/b")
    asio::co_spawn(ioc, poller.run_shared(), asio::detached);
  if (req.target() == "/c")
    asio::co_spawn(ioc, tick(t), asio::detached);
}

// ---- Completion-handler chains of a session.
class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket)
      : stream_(std::move(socket)), timer_(stream_.get_executor()) {}
  void start() {
    arm_bound();
    arm_late();
    arm_open();
    arm_guarded();
  }

private:
  void arm_bound() {
    timer_.expires_after(1s);
    timer_.async_wait(std::bind(&session::on_bound, shared_from_this(),
                                std::placeholders::_1));
  }
  void on_bound(beast::error_code ec) {
    send_ping();
    arm_bound();
    // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: completion handler of 'async_wait' re-arms 'arm_bound' without checking its error code, so the loop never exits when the request is cancelled [ctxlife-missing-cancellation]
    (void)ec;
  }
  // Checks the error code only after re-arming.
  void arm_late() {
    timer_.expires_after(1s);
    timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      self->arm_late();
      // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: completion handler of 'async_wait' re-arms 'arm_late' without checking its error code, so the loop never exits when the request is cancelled [ctxlife-missing-cancellation]
      if (ec)
        return;
      send_ping();
    });
  }
  // Correct: stops when the socket is closed.
  void arm_open() {
    timer_.expires_after(1s);
    timer_.async_wait([self = shared_from_this()](beast::error_code) {
      if (!self->stream_.socket().is_open())
        return;
      self->arm_open();
    });
  }
  // Correct: re-arms only on success.
  void arm_guarded() {
    timer_.expires_after(1s);
    timer_.async_wait([self = shared_from_this()](beast::error_code ec) {
      if (!ec)
        self->arm_guarded();
    });
  }

  beast::tcp_stream stream_;
  http::request<http::string_body> req_;
  asio::steady_timer timer_;
};
