// RUN: %check_ctxlife --check-suffix=LLS %s ctxlife-long-lived-store %t.lls -- %stubflags
// RUN: %check_ctxlife --check-suffix=DC %s ctxlife-detached-capture %t.dc -- %stubflags
// RUN: %check_ctxlife --check-suffix=MC %s ctxlife-missing-cancellation %t.mc -- %stubflags
// Issue 14, "consistency": the same idiom gets the same verdict whatever
// carries it. A response writer moved into a shared_ptr, or moved into the
// work, is fine for std::thread, for Asio's post and for the project's own
// pool alike, in every check; a writer captured by reference is the same
// detached-capture finding whichever of them runs the work, and never a
// long-lived store.
#include <boost/asio.hpp>
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

using namespace Pistache;
namespace net = boost::asio;

class WorkQueue {
public:
  WorkQueue() : worker_([this] { Drain(); }) {}
  void Push(std::function<void()> job) {
    std::lock_guard<std::mutex> lock(mu_);
    jobs_.push_back(std::move(job));
    cv_.notify_one();
  }

private:
  void Drain() {
    for (;;) {
      std::function<void()> job;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return !jobs_.empty(); });
        job = std::move(jobs_.front());
        jobs_.pop_front();
      }
      job();
    }
  }
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::thread worker_;
};

std::string load(const std::string &id);

class ItemApi {
public:
  ItemApi(WorkQueue &queue, net::io_context &ioc) : queue_(queue), ioc_(ioc) {}

  // The writer is shared into the work: the same, and fine, for all three.
  void viaThread(const Rest::Request &request, Http::ResponseWriter response) {
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    std::thread([writer, id = request.resource()] {
      writer->send(Http::Code::Ok, load(id));
    }).detach();
  }
  void viaPost(const Rest::Request &request, Http::ResponseWriter response) {
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    net::post(ioc_, [writer, id = request.resource()] { writer->send(Http::Code::Ok, load(id)); });
  }
  void viaQueue(const Rest::Request &request, Http::ResponseWriter response) {
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    queue_.Push([writer = std::move(writer), id = request.resource()] {
      writer->send(Http::Code::Ok, load(id));
    });
  }

  // The writer captured by reference: the same finding for all three.
  void byRefThread(const Rest::Request &request, Http::ResponseWriter response) {
    std::thread([&response] { response.send(Http::Code::Ok, "late"); }).detach();
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request handle 'response' of type 'Pistache::Http::ResponseWriter' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    (void)request;
  }
  void byRefPost(const Rest::Request &request, Http::ResponseWriter response) {
    net::post(ioc_, [&response] { response.send(Http::Code::Ok, "late"); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:23: warning: request handle 'response' of type 'Pistache::Http::ResponseWriter' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
    (void)request;
  }
  void byRefQueue(const Rest::Request &request, Http::ResponseWriter response) {
    queue_.Push([&response] { response.send(Http::Code::Ok, "late"); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request handle 'response' of type 'Pistache::Http::ResponseWriter' is captured by reference by a task queued by 'WorkQueue::Push', which can run after the request has ended [ctxlife-detached-capture]
    (void)request;
  }

  // The request captured by reference: the same finding for all three.
  void requestByRef(const Rest::Request &request, Http::ResponseWriter response) {
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    std::thread([&request, writer] { writer->send(Http::Code::Ok, request.resource()); }).detach();
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request context 'request' of type 'const Pistache::Rest::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    queue_.Push([&request, writer] { writer->send(Http::Code::Ok, request.resource()); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request context 'request' of type 'const Pistache::Rest::Request &' is captured by reference by a task queued by 'WorkQueue::Push', which can run after the request has ended [ctxlife-detached-capture]
  }

private:
  WorkQueue &queue_;
  net::io_context &ioc_;
};
