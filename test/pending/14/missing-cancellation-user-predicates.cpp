// Annotated request types.
// RUN: %check_ctxlife --check-suffix=ANNOT %s ctxlife-missing-cancellation %t -- %stubflags
// The same types configured with ContextTypes instead of annotated.
// RUN: %check_ctxlife --check-suffix=CONF --config-options="ContextTypes: 'app::Job;app::RpcCall;app::Exchange;app::Task;app::Stream'" %s ctxlife-missing-cancellation %t.conf -- %stubflags -DCONFIGURED
// CancellationChecks adds a predicate of the user's own naming.
// RUN: %check_ctxlife --check-suffix=OPT --config-options="ctxlife-missing-cancellation.CancellationChecks: 'app::Job::ready'" %s ctxlife-missing-cancellation %t.opt -- %stubflags
// Issue 14, "user cancellation predicates": on a user request type
// (annotated or configured), a member predicate named like a cancellation
// check (`cancelled()`, `is_cancelled()`, `IsCancelled()`,
// `stop_requested()`, `is_closed()`...) is a cancellation signal without
// configuration. Other predicates of the same type (`done()`, `ready()`)
// are data: a loop that exits only on them is a finding. The option
// CancellationChecks still adds more.
#include <chrono>
#include <optional>
#include <string>
#include <thread>

#ifdef CONFIGURED
#define REQUEST_SCOPE
#else
#define REQUEST_SCOPE [[clang::annotate("ctxlife::request_scope")]]
#endif

using namespace std::chrono_literals;

namespace app {
struct REQUEST_SCOPE Job {
  std::string id;
  bool cancelled() const;
  bool done() const;
  bool ready() const;
};
class REQUEST_SCOPE RpcCall {
public:
  bool IsCancelled() const;
  bool HasMore() const;
};
class REQUEST_SCOPE Exchange {
public:
  bool is_cancelled() const;
  bool is_closed() const;
  std::optional<std::string> poll();
};
struct REQUEST_SCOPE Task {
  bool stop_requested() const;
  int progress() const;
};
class REQUEST_SCOPE Stream {
public:
  bool is_closed() const;
  bool write(const std::string &chunk);
};
} // namespace app

void step();
std::string next_chunk();

// ---- Positives: exits on data only.
void run_job(app::Job &job) {
  for (;;) {
    // CHECK-MESSAGES-ANNOT: :[[@LINE-1]]:3: warning: loop in request handler 'run_job' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-ANNOT: :[[@LINE+6]]:5: note: it waits here, and none of its exits depends on cancellation
    // CHECK-MESSAGES-ANNOT: :[[@LINE-3]]:3: note: exit the loop when 'job.cancelled()' is true
    // CHECK-MESSAGES-CONF: :[[@LINE-4]]:3: warning: loop in request handler 'run_job' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-OPT: :[[@LINE-5]]:3: warning: loop in request handler 'run_job' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (job.done())
      return;
    std::this_thread::sleep_for(100ms);
  }
}

void wait_ready(app::Job &job) {
  while (!job.ready())
    // CHECK-MESSAGES-ANNOT: :[[@LINE-1]]:3: warning: loop in request handler 'wait_ready' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONF: :[[@LINE-2]]:3: warning: loop in request handler 'wait_ready' never exits when the request is cancelled [ctxlife-missing-cancellation]
    std::this_thread::sleep_for(10ms);
}

// Checked once before the loop, never inside it.
void drain(app::RpcCall &call) {
  if (call.IsCancelled())
    return;
  while (call.HasMore()) {
    // CHECK-MESSAGES-ANNOT: :[[@LINE-1]]:3: warning: loop in request handler 'drain' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONF: :[[@LINE-2]]:3: warning: loop in request handler 'drain' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-OPT: :[[@LINE-3]]:3: warning: loop in request handler 'drain' never exits when the request is cancelled [ctxlife-missing-cancellation]
    step();
    std::this_thread::sleep_for(5ms);
  }
}

// Waits for a result of the exchange, whatever happens to the caller.
std::string await_reply(app::Exchange &ex) {
  for (;;) {
    // CHECK-MESSAGES-ANNOT: :[[@LINE-1]]:3: warning: loop in request handler 'await_reply' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-CONF: :[[@LINE-2]]:3: warning: loop in request handler 'await_reply' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES-OPT: :[[@LINE-3]]:3: warning: loop in request handler 'await_reply' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (auto r = ex.poll())
      return *r;
    std::this_thread::sleep_for(20ms);
  }
}

// ---- Correct look-alikes: each exits on the type's cancellation predicate.
void run_job_ok(app::Job &job) {
  for (;;) {
    if (job.cancelled() || job.done())
      return;
    std::this_thread::sleep_for(100ms);
  }
}
void drain_ok(app::RpcCall &call) {
  while (call.HasMore() && !call.IsCancelled()) {
    step();
    std::this_thread::sleep_for(5ms);
  }
}
std::string await_reply_ok(app::Exchange &ex) {
  for (;;) {
    if (ex.is_cancelled())
      return {};
    if (auto r = ex.poll())
      return *r;
    std::this_thread::sleep_for(20ms);
  }
}
std::string await_reply_closed(app::Exchange &ex) {
  while (!ex.is_closed()) {
    if (auto r = ex.poll())
      return *r;
    std::this_thread::sleep_for(20ms);
  }
  return {};
}
void run_task(app::Task &task) {
  while (!task.stop_requested() && task.progress() < 100)
    std::this_thread::sleep_for(1s);
}
void pump(app::Stream &out) {
  for (;;) {
    if (out.is_closed())
      break;
    out.write(next_chunk());
    std::this_thread::sleep_for(50ms);
  }
}
