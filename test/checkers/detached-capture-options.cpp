// Default options: every framework, the built-in thread-pool launchers.
// RUN: %check_ctxlife --check-suffix=DEFAULT %s ctxlife-detached-capture %t -- %stubflags
// User launchers replace the built-in list; Frameworks limited to gRPC.
// RUN: %check_ctxlife --check-suffix=USER --config-options="ctxlife-detached-capture.DetachingCalls: 'app::Scheduler::later;app::fire_and_forget', ctxlife-detached-capture.Frameworks: 'grpc'" %s ctxlife-detached-capture %t -- %stubflags
// The global (unprefixed) DetachingCalls and ContextTypes options are read too.
// RUN: %check_ctxlife --check-suffix=GLOBAL --config-options="DetachingCalls: 'app::fire_and_forget', ContextTypes: 'app::Job'" %s ctxlife-detached-capture %t -- %stubflags

#include <grpcpp/grpcpp.h>
#include <httplib.h>

#include <functional>
#include <string>
#include <utility>

void log_line(const std::string &s);

// Thread pools as their libraries declare them (the built-in list names them).
namespace BS {
class thread_pool {
public:
  template <typename F> void detach_task(F &&task) {}
  template <typename F> void submit_task(F &&task) {}
};
} // namespace BS
namespace folly {
class Executor {
public:
  virtual ~Executor() = default;
  virtual void add(std::function<void()> func) = 0;
};
class CPUThreadPoolExecutor : public Executor {
public:
  void add(std::function<void()> func) override;
};
} // namespace folly

namespace app {
struct Job {
  std::string name;
};
class Scheduler {
public:
  void later(std::function<void()> f);
  void now(std::function<void()> f);
};
void fire_and_forget(std::function<void()> f);
} // namespace app

BS::thread_pool g_pool;
folly::CPUThreadPoolExecutor g_cpu;
app::Scheduler g_sched;

void http_handler(const httplib::Request &req, httplib::Response &res) {
  g_pool.detach_task([&req] { log_line(req.path); });
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'BS::thread_pool::detach_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:10: note: 'BS::thread_pool::detach_task' runs it later, after this function returns
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-4]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_cpu.add([&req] { log_line(req.path); });
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:15: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'folly::CPUThreadPoolExecutor::add', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-2]]:9: note: 'folly::CPUThreadPoolExecutor::add' runs it later, after this function returns
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-9]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-4]]:15: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_sched.later([&req] { log_line(req.path); });
  app::fire_and_forget([&req] { log_line(req.path); });
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-1]]:26: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'app::fire_and_forget', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:3: note: 'app::fire_and_forget' runs it later, after this function returns
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-15]]:43: note: request context 'req' is declared here
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-4]]:26: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  res.status = 200;
}

grpc::Status grpc_handler(grpc::ServerContext *ctx) {
  g_sched.later([ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:18: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task passed to 'app::Scheduler::later', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:11: note: 'app::Scheduler::later' runs it later, after this function returns
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  app::fire_and_forget([ctx] { log_line(ctx->peer()); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:25: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task passed to 'app::fire_and_forget', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:3: note: 'app::fire_and_forget' runs it later, after this function returns
  // CHECK-MESSAGES-USER: :[[@LINE-9]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-5]]:25: warning: request context 'ctx' of type 'grpc::ServerContext *' is captured by a task passed to 'app::fire_and_forget', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-6]]:3: note: 'app::fire_and_forget' runs it later, after this function returns
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-13]]:48: note: request context 'ctx' is declared here
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-8]]:25: note: capture a copy of what the work needs instead, such as '[peer = ctx->peer()]'
  g_sched.now([ctx] { log_line(ctx->peer()); }); // not a launcher
  return grpc::Status::OK;
}

// A user context type (GLOBAL run only).
void job_handler(app::Job &job) {
  app::fire_and_forget([&job] { log_line(job.name); });
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-1]]:26: warning: request context 'job' of type 'app::Job &' is captured by reference by a task passed to 'app::fire_and_forget', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:3: note: 'app::fire_and_forget' runs it later, after this function returns
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-4]]:28: note: request context 'job' is declared here
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-4]]:26: note: capture a copy of the fields needed instead
}
