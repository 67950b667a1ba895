// The user's launchers of every kind (option Launchers: name=kind[:arg]).
// RUN: %check_ctxlife --check-suffix=USER --config-options="ctxlife-detached-capture.Launchers: 'app::Pool::run_later=always;app::spawn_task=task:1;app::Worker=thread;app::start=future'" %s ctxlife-detached-capture %t -- %stubflags
// Without the option, none of them is a launcher.
// RUN: %check_ctxlife --check-suffix=NONE %s ctxlife-detached-capture %t -- %stubflags
// Frameworks applies to launchers too: without cpprest, pplx tasks are not known.
// RUN: %check_ctxlife --check-suffix=GRPC --config-options="ctxlife-detached-capture.Frameworks: 'grpc;httplib'" %s ctxlife-detached-capture %t -- %stubflags
// An entry that is not name=kind[:arg] is a configuration error (exit 2).
// RUN: %check_ctxlife --check-suffix=BAD --expect-exit=2 --config-options="ctxlife-detached-capture.Launchers: 'app::spawn_task=later', ctxlife-detached-capture.Frameworks: 'grpc'" %s ctxlife-detached-capture %t -- %stubflags
// CHECK-MESSAGES-BAD: warning: invalid entry 'app::spawn_task=later' in option 'Launchers': expected 'name=kind[:arg]' with a kind among thread, always, async, future, task [clang-tidy-config]
#include <httplib.h>
#include <pplx/pplxtasks.h>

#include <functional>
#include <string>

void log_line(const std::string &s);

namespace app {
class Pool {
public:
  void run_later(std::function<void()> f);
};
struct Task {
  void wait();
};
// The work is the second argument.
Task spawn_task(int priority, std::function<void()> f);
// A thread class of the project.
class Worker {
public:
  explicit Worker(std::function<void()> f);
  void join();
  void detach();
};
struct Handle {
  ~Handle();
};
Handle start(std::function<void()> f);
} // namespace app

app::Pool g_pool;
app::Handle g_kept;

void handler(const httplib::Request &req, httplib::Response &res) {
  g_pool.run_later([&req] { log_line(req.path); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:22: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'app::Pool::run_later', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:10: note: 'app::Pool::run_later' runs it later, after this function returns
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:22: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  app::spawn_task(1, [&req] { log_line(req.path); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'app::spawn_task', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:3: note: 'app::spawn_task' starts it here and the task is never waited for
  // CHECK-MESSAGES-USER: :[[@LINE-9]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:24: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  app::spawn_task(2, [&req] { log_line(req.path); }).wait(); // waited for
  app::Worker w([&req] { log_line(req.path); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:19: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE+4]]:5: note: the thread is detached here
  // CHECK-MESSAGES-USER: :[[@LINE-15]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  app::Worker joined([&req] { log_line(req.path); });
  w.detach();
  joined.join();
  // A future that waits when destroyed: only keeping it lets the work go.
  auto local = app::start([&req] { log_line(req.path); });
  g_kept = app::start([&req] { log_line(req.path); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:25: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task passed to 'app::start', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:10: note: the future is kept in global 'g_kept' here, so nothing waits for the task before the request ends
  // CHECK-MESSAGES-USER: :[[@LINE-25]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:25: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  // A pplx task is a launcher when cpprest is selected.
  pplx::create_task([&req] { log_line(req.path); });
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:23: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES-USER: :[[@LINE-31]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-USER: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  // CHECK-MESSAGES-NONE: :[[@LINE-5]]:23: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a task that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-NONE: :[[@LINE-6]]:3: note: 'pplx::create_task' starts it here and the task is never waited for
  // CHECK-MESSAGES-NONE: :[[@LINE-35]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES-NONE: :[[@LINE-8]]:23: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  res.status = 200;
}
