// RUN: %check_ctxlife --check-suffix=DC %s ctxlife-detached-capture %t -- %stubflags
// RUN: %check_ctxlife --check-suffix=LLS %s ctxlife-long-lived-store %t.lls -- %stubflags
// Issue 14, "the project's own executors": a member function that pushes a
// callable parameter into a member queue, vector or channel that another
// thread drains (ThreadPool::Submit, EventBus::Publish, Scheduler::Post) is
// a launcher, recognised from its body without configuration. A request
// value captured by reference (or a borrowed pointer captured by copy) into
// it is a detached-capture finding, not a long-lived store; a copy, or a
// handle moved or shared into it, is fine, exactly as for std::thread.
// Callbacks kept in a registry that nothing drains (EventBus::Subscribe)
// are a long-lived store. Executors that run the work before the caller
// continues, or whose result the caller waits for, are not launchers.
#include <drogon/drogon.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <pistache/endpoint.h>
#include <pistache/http.h>
#include <pistache/router.h>
#include "helloworld.grpc.pb.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <map>
#include <memory>
#include <mutex>
#include <queue>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

namespace infra {

// A worker pool, as most projects write one.
class ThreadPool {
public:
  explicit ThreadPool(size_t threads) {
    for (size_t i = 0; i < threads; ++i)
      workers_.emplace_back([this] { WorkerLoop(); });
  }
  ~ThreadPool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stopping_ = true;
    }
    cv_.notify_all();
    for (auto &w : workers_)
      w.join();
  }

  void Submit(std::function<void()> task) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      tasks_.push(std::move(task));
    }
    cv_.notify_one();
  }

  // The packaged_task flavour: the caller may wait for the result.
  template <class F> auto Enqueue(F &&f) -> std::future<decltype(f())> {
    using R = decltype(f());
    auto task = std::make_shared<std::packaged_task<R()>>(std::forward<F>(f));
    std::future<R> result = task->get_future();
    {
      std::lock_guard<std::mutex> lock(mu_);
      tasks_.emplace([task] { (*task)(); });
    }
    cv_.notify_one();
    return result;
  }

private:
  void WorkerLoop() {
    for (;;) {
      std::function<void()> task;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, [this] { return stopping_ || !tasks_.empty(); });
        if (stopping_ && tasks_.empty())
          return;
        task = std::move(tasks_.front());
        tasks_.pop();
      }
      task();
    }
  }

  std::mutex mu_;
  std::condition_variable cv_;
  std::queue<std::function<void()>> tasks_;
  std::vector<std::thread> workers_;
  bool stopping_ = false;
};

// An event bus: published work runs on the dispatcher thread; subscribers
// are kept for the life of the bus.
class EventBus {
public:
  using Handler = std::function<void()>;
  using Subscriber = std::function<void(std::string_view payload)>;

  EventBus() : dispatcher_([this](std::stop_token st) { Dispatch(st); }) {}

  void Publish(std::string topic, Handler handler) {
    std::lock_guard<std::mutex> lock(mu_);
    pending_.push_back(Event{std::move(topic), std::move(handler)});
    cv_.notify_one();
  }
  void Subscribe(std::string topic, Subscriber s) {
    std::lock_guard<std::mutex> lock(mu_);
    subscribers_[std::move(topic)].push_back(std::move(s));
  }
  void Emit(const std::string &topic, std::string_view payload) {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto &s : subscribers_[topic])
      s(payload);
  }

private:
  struct Event {
    std::string topic;
    Handler run;
  };
  void Dispatch(std::stop_token st) {
    while (!st.stop_requested()) {
      Event e;
      {
        std::unique_lock<std::mutex> lock(mu_);
        cv_.wait(lock, st, [this] { return !pending_.empty(); });
        if (pending_.empty())
          continue;
        e = std::move(pending_.front());
        pending_.pop_front();
      }
      e.run();
    }
  }

  std::mutex mu_;
  std::condition_variable_any cv_;
  std::deque<Event> pending_;
  std::map<std::string, std::vector<Subscriber>> subscribers_;
  std::jthread dispatcher_;
};

// A channel, and a scheduler whose loop thread receives from it.
template <class T> class Channel {
public:
  void Send(T value) {
    std::lock_guard<std::mutex> lock(mu_);
    items_.push_back(std::move(value));
    cv_.notify_one();
  }
  bool Receive(T &out) {
    std::unique_lock<std::mutex> lock(mu_);
    cv_.wait(lock, [this] { return closed_ || !items_.empty(); });
    if (items_.empty())
      return false;
    out = std::move(items_.front());
    items_.pop_front();
    return true;
  }
  void Close() {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
    cv_.notify_all();
  }

private:
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<T> items_;
  bool closed_ = false;
};

class Scheduler {
public:
  using Task = std::function<void()>;
  Scheduler() : loop_([this] {
    Task t;
    while (tasks_.Receive(t))
      t();
  }) {}
  ~Scheduler() {
    tasks_.Close();
    loop_.join();
  }
  void Post(Task t) { tasks_.Send(std::move(t)); }

private:
  Channel<Task> tasks_;
  std::thread loop_;
};

// An executor interface: one implementation queues, one runs inline.
class Executor {
public:
  virtual ~Executor() = default;
  virtual void Execute(std::function<void()> fn) = 0;
};
class PoolExecutor : public Executor {
public:
  explicit PoolExecutor(ThreadPool &pool) : pool_(pool) {}
  void Execute(std::function<void()> fn) override { pool_.Submit(std::move(fn)); }

private:
  ThreadPool &pool_;
};
class InlineExecutor : public Executor {
public:
  void Execute(std::function<void()> fn) override { fn(); }
};

// Runs its jobs when asked, on the caller's thread.
class Batch {
public:
  void Add(std::function<void()> job) { jobs_.push_back(std::move(job)); }
  void RunAll() {
    for (auto &job : jobs_)
      job();
    jobs_.clear();
  }

private:
  std::vector<std::function<void()>> jobs_;
};

// A queue of plain data drained by a writer thread.
class AuditWriter {
public:
  AuditWriter() : writer_([this] {
    std::string line;
    while (lines_.Receive(line))
      Write(line);
  }) {}
  void Push(std::string line) { lines_.Send(std::move(line)); }

private:
  void Write(const std::string &line);
  Channel<std::string> lines_;
  std::jthread writer_;
};

} // namespace infra

void audit(std::string_view what);
std::string render(const httplib::Request &req);

// ---- cpp-httplib handlers of a service object.
class ReportService {
public:
  ReportService(infra::ThreadPool &pool, infra::EventBus &bus, infra::Scheduler &sched,
                infra::Executor &exec, infra::AuditWriter &audit_writer)
      : pool_(pool), bus_(bus), sched_(sched), exec_(exec), audit_(audit_writer) {
    post_ = [this](std::function<void()> f) { pool_.Submit(std::move(f)); };
  }

  void Generate(const httplib::Request &req, httplib::Response &res) {
    pool_.Submit([&req] { audit(req.path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:20: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES-DC: :[[@LINE-2]]:11: note: 'Submit' queues it in member 'tasks_', which another thread runs after this function returns
    std::string_view path = req.path;
    pool_.Submit([path] { audit(path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: view 'path' of type 'std::string_view' into request context 'req' is captured by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    pool_.Enqueue([&req] { return render(req); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:21: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::ThreadPool::Enqueue', which can run after the request has ended [ctxlife-detached-capture]
    sched_.Post([&] { audit(req.body); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:29: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::Scheduler::Post', which can run after the request has ended [ctxlife-detached-capture]
    bus_.Publish("report.generated", [&req] { audit(req.path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:40: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::EventBus::Publish', which can run after the request has ended [ctxlife-detached-capture]
    exec_.Execute([&req] { audit(req.path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:21: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES-DC: :[[@LINE-2]]:11: note: 'Execute' passes it to a task queued by 'infra::ThreadPool::Submit'
    post_([&req] { audit(req.path); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:13: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    // A subscriber kept for the life of the bus: a long-lived store.
    bus_.Subscribe("report.generated", [&req](std::string_view) { audit(req.path); });
    // CHECK-MESSAGES-LLS: :[[@LINE-1]]:40: warning: lambda capturing request context 'req' is passed to 'Subscribe', which stores it in member 'subscribers_' of service object 'infra::EventBus' where it outlives the request [ctxlife-long-lived-store]

    // Correct look-alikes: copies, waited results, work run before the
    // handler continues, plain data.
    pool_.Submit([p = req.path] { audit(p); });
    pool_.Submit([copy = req] { audit(copy.path); });
    auto page = pool_.Enqueue([&req] { return render(req); });
    res.set_content(page.get(), "text/html");
    infra::Batch batch;
    batch.Add([&req, &res] { res.set_header("X-Path", req.path); });
    batch.RunAll();
    infra::InlineExecutor inline_exec;
    inline_exec.Execute([&req] { audit(req.path); });
    audit_.Push(req.path);
    bus_.Publish("report.generated", [body = req.body] { audit(body); });
    bus_.Subscribe("report.generated", [](std::string_view payload) { audit(payload); });
  }

private:
  infra::ThreadPool &pool_;
  infra::EventBus &bus_;
  infra::Scheduler &sched_;
  infra::Executor &exec_;
  infra::AuditWriter &audit_;
  std::function<void(std::function<void()>)> post_;
};

// ---- gRPC: sync and callback handlers.
class GreeterImpl final : public Greeter::Service {
public:
  GreeterImpl(infra::ThreadPool &pool, infra::EventBus &bus) : pool_(pool), bus_(bus) {}
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    bus_.Publish("hello", [ctx] { audit(ctx->peer()); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:28: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task queued by 'infra::EventBus::Publish', which can run after the request has ended [ctxlife-detached-capture]
    pool_.Submit([req] { audit(req->name()); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request context 'req' of type 'const helloworld::HelloRequest *' is captured by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    bus_.Publish("hello", [peer = ctx->peer(), name = req->name()] { audit(peer + name); });
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  infra::ThreadPool &pool_;
  infra::EventBus &bus_;
};

class CallbackGreeter final : public Greeter::CallbackService {
public:
  explicit CallbackGreeter(infra::ThreadPool &pool) : pool_(pool) {}
  grpc::ServerUnaryReactor *SayHello(grpc::CallbackServerContext *ctx,
                                     const HelloRequest *req,
                                     HelloReply *reply) override {
    auto *reactor = ctx->DefaultReactor();
    if (req->name() == "async") {
      // The queued task completes the call: the callback objects live until
      // Finish, as for a detached thread.
      pool_.Submit([ctx, req, reply, reactor] {
        reply->set_message(req->name() + "@" + ctx->peer());
        reactor->Finish(grpc::Status::OK);
      });
      return reactor;
    }
    pool_.Submit([ctx] { audit(ctx->peer()); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:19: warning: request context 'ctx' of type 'grpc::CallbackServerContext *' is captured by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES-DC: :[[@LINE-2]]:19: note: complete the request from this work, and do not use 'ctx' after that
    reactor->Finish(grpc::Status::OK);
    return reactor;
  }

private:
  infra::ThreadPool &pool_;
};

// ---- Pistache and Drogon: handles moved or shared into queued work.
using namespace Pistache;

class UserApi {
public:
  UserApi(infra::ThreadPool &pool, infra::EventBus &bus) : pool_(pool), bus_(bus) {}
  void getUser(const Rest::Request &request, Http::ResponseWriter response) {
    auto writer = std::make_shared<Http::ResponseWriter>(std::move(response));
    pool_.Submit([writer, id = request.resource()] { writer->send(Http::Code::Ok, id); });
  }
  void getItem(const Rest::Request &request, Http::ResponseWriter response) {
    auto shared = std::make_shared<Http::ResponseWriter>(std::move(response));
    bus_.Publish("item", [shared = std::move(shared)] { shared->send(Http::Code::Ok, "item"); });
    (void)request;
  }
  void getLate(const Rest::Request &request, Http::ResponseWriter response) {
    pool_.Submit([&response] { response.send(Http::Code::Ok, "late"); });
    // CHECK-MESSAGES-DC: :[[@LINE-1]]:20: warning: request handle 'response' of type 'Pistache::Http::ResponseWriter' is captured by reference by a task queued by 'infra::ThreadPool::Submit', which can run after the request has ended [ctxlife-detached-capture]
    (void)request;
  }

private:
  infra::ThreadPool &pool_;
  infra::EventBus &bus_;
};

void drogon_handler(infra::ThreadPool &pool, const drogon::HttpRequestPtr &req,
                    std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
  pool.Submit([req, callback = std::move(callback)] {
    callback(drogon::HttpResponse::newHttpResponse());
    (void)req;
  });
}

int main() {
  infra::ThreadPool pool(4);
  infra::EventBus bus;
  infra::Scheduler sched;
  infra::PoolExecutor exec(pool);
  infra::AuditWriter writer;
  ReportService reports(pool, bus, sched, exec, writer);
  // Startup work is not a request's.
  std::string motd = "hello";
  pool.Submit([&motd] { audit(motd); });
  httplib::Server svr;
  svr.Get("/report", [&reports](const httplib::Request &req, httplib::Response &res) {
    reports.Generate(req, res);
  });
  svr.listen("0.0.0.0", 8080);
}
