// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Loops with a condition are judged by what exits them when their body
// waits (issue 14): a loop polling with a sleep that exits only when data
// arrives is a finding in a request handler. A loop around a condition
// variable's wait that re-tests its predicate (`while (!ready)
// cv.wait(lock)`) is the guard against spurious wake-ups, the same as
// `cv.wait(lock, pred)`: whoever notifies ends it, and it stays quiet, as
// do loops that exit on a signal, a clock or a counter, and loops that only
// compute.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;
using namespace std::chrono_literals;

bool try_reserve(const std::string &sku);

// A result handed over from another thread under a mutex.
struct Mailbox {
  std::mutex mu;
  std::condition_variable cv;
  std::condition_variable_any any_cv;
  bool ready = false;
  std::deque<std::string> items;
};

class WaitingService final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    // Polls with a sleep until the reservation succeeds: a finding.
    while (!try_reserve(req->name()))
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'SayHello' never exits when the request is cancelled [ctxlife-missing-cancellation]
      std::this_thread::sleep_for(20ms);

    // Correct: the guard around a condition variable's wait, in each form.
    {
      std::unique_lock<std::mutex> lock(box_.mu);
      while (!box_.ready)
        box_.cv.wait(lock);
      while (box_.items.empty())
        box_.cv.wait_for(lock, 100ms);
      while (!box_.ready)
        box_.cv.wait_until(lock, std::chrono::steady_clock::now() + 1s);
      do {
        box_.any_cv.wait(lock);
      } while (box_.items.empty());
      box_.cv.wait(lock, [this] { return box_.ready; });
      box_.cv.wait(lock, [this] { return !box_.items.empty(); });
      reply->set_message(box_.items.front());
      box_.items.pop_front();
    }
    // Correct: a signal, a clock, a counter.
    while (!ctx->IsCancelled() && !try_reserve(req->name()))
      std::this_thread::sleep_for(20ms);
    const auto until = std::chrono::steady_clock::now() + 2s;
    while (!try_reserve(req->name()) && std::chrono::steady_clock::now() < until)
      std::this_thread::sleep_for(20ms);
    for (int tries = 0; tries < 3 && !try_reserve(req->name()); ++tries)
      std::this_thread::sleep_for(20ms);
    // Correct: computing loops do not wait.
    std::string name = req->name();
    while (!name.empty() && name.back() == ' ')
      name.pop_back();
    return grpc::Status::OK;
  }

private:
  Mailbox box_;
};

int main() {
  Mailbox box;
  httplib::Server svr;
  svr.Get("/next", [&box](const httplib::Request &, httplib::Response &res) {
    std::unique_lock<std::mutex> lock(box.mu);
    while (box.items.empty())
      box.cv.wait(lock);
    res.set_content(box.items.front(), "text/plain");
    box.items.pop_front();
  });
  svr.Get("/poll", [&box](const httplib::Request &, httplib::Response &res) {
    bool ready = false;
    while (!ready) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+3]]:7: note: it waits here, and none of its exits depends on cancellation
      std::lock_guard<std::mutex> lock(box.mu);
      ready = box.ready;
      std::this_thread::sleep_for(10ms);
    }
    res.set_content("ready", "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}
