// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Threads, futures and the standard library's launchers, with cpp-httplib's
// Request as the request context.
#include <httplib.h>

#include <condition_variable>
#include <functional>
#include <future>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

std::vector<std::future<void>> g_pending;
void audit(const httplib::Request *r);
void audit_ref(const httplib::Request &r);
void audit_copy(httplib::Request r);
void log_path(std::string path);

class Service {
  std::vector<std::thread> workers_;
  std::thread background_;
  std::future<void> last_;

public:
  void handle(const httplib::Request &req, httplib::Response &res) {
    // Detached temporaries and named threads.
    std::thread([&req] { log_path(req.path); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-5]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    std::thread t([&] { log_path(req.path); });
    // CHECK-MESSAGES: :[[@LINE-1]]:34: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE+3]]:7: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-10]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:34: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    t.detach();
    std::thread{[&req] { log_path(req.path); }}.detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:49: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-16]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[path = req.path]'

    // Threads kept in the service outlive the request.
    workers_.emplace_back([&req] { log_path(req.path); });
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a thread kept in member 'workers_' of service object 'Service', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: the thread is kept in member 'workers_' of service object 'Service' here and is not joined before the request ends
    // CHECK-MESSAGES: :[[@LINE-23]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:29: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    background_ = std::thread([&req] { log_path(req.path); });
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a thread kept in member 'background_' of service object 'Service', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:17: note: the thread is kept in member 'background_' of service object 'Service' here and is not joined before the request ends
    // CHECK-MESSAGES: :[[@LINE-28]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:33: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    workers_.push_back(std::thread([&req] { log_path(req.path); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a thread kept in member 'workers_' of service object 'Service', which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:14: note: the thread is kept in member 'workers_' of service object 'Service' here and is not joined before the request ends
    // CHECK-MESSAGES: :[[@LINE-33]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:38: note: capture a copy of what the work needs instead, such as '[path = req.path]'

    // Pointers and references handed to the thread.
    std::thread(audit, &req).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context '&req' of type 'const httplib::Request *' is passed to a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:30: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-40]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:24: note: pass a copy of the fields needed such as 'req.path' instead
    std::thread(audit_ref, std::ref(req)).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'std::ref(req)' of type 'std::reference_wrapper<const httplib::Request>' is passed to a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:43: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-45]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:28: note: pass a copy of the fields needed such as 'req.path' instead
    std::thread(audit, std::addressof(req)).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'std::addressof(req)' of type 'const httplib::Request *' is passed to a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:45: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-50]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:24: note: pass a copy of the fields needed such as 'req.path' instead

    // A view into the request, captured by copy.
    std::string_view path = req.path;
    std::thread([path] { log_path(std::string(path)); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: view 'path' of type 'std::string_view' into request context 'req' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:58: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-58]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture an owning copy of the data instead, such as a 'std::string'

    // A future kept past the request: nothing waits for the task.
    last_ = std::async(std::launch::async, [&req] { log_path(req.path); });
    // CHECK-MESSAGES: :[[@LINE-1]]:46: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:11: note: the future is kept in member 'last_' of service object 'Service' here, so nothing waits for the task before the request ends
    // CHECK-MESSAGES: :[[@LINE-65]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:46: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    g_pending.push_back(std::async(std::launch::async, [&req] { log_path(req.path); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:58: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by an 'std::async' task, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:15: note: the future is kept in global 'g_pending' here, so nothing waits for the task before the request ends
    // CHECK-MESSAGES: :[[@LINE-70]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:58: note: capture a copy of what the work needs instead, such as '[path = req.path]'

    // A lambda kept in a local first.
    auto job = [&req] { log_path(req.path); };
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE+3]]:22: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-77]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:18: note: capture a copy of what the work needs instead, such as '[path = req.path]'
    std::thread(job).detach();

    res.status = 202;
  }

  void quiet(const httplib::Request &req, httplib::Response &res) {
    // Copies of plain data, or of the whole request.
    std::thread([path = req.path] { log_path(path); }).detach();
    std::thread([req] { log_path(req.path); }).detach();
    std::thread(log_path, req.path).detach();
    std::thread(audit_copy, req).detach(); // std::thread copies its arguments

    // Joined before the handler returns.
    std::thread t([&req] { log_path(req.path); });
    t.join();
    std::vector<std::thread> local;
    local.emplace_back([&req] { log_path(req.path); });
    for (auto &w : local)
      w.join();
    {
      std::jthread j([&req] { log_path(req.path); }); // joins at end of scope
    }

    // std::async futures wait in their destructor.
    auto f = std::async(std::launch::async, [&req] { log_path(req.path); });
    std::async(std::launch::async, [&req] { log_path(req.path); });
    auto g = std::async(std::launch::async, [&req] { log_path(req.path); });
    g.get();

    // Work the handler waits for before it returns.
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;
    std::thread([&] {
      log_path(req.path);
      std::lock_guard<std::mutex> lock(mu);
      done = true;
      cv.notify_one();
    }).detach();
    std::unique_lock<std::mutex> lock(mu);
    cv.wait(lock, [&] { return done; });
    std::promise<void> finished;
    std::thread([&req, &finished] {
      log_path(req.path);
      finished.set_value();
    }).detach();
    finished.get_future().get();

    // Not launched at all.
    auto now = [&req] { log_path(req.path); };
    now();
    std::function<void()> fn = [&req] { log_path(req.path); };
    fn();
    res.status = 200;
  }
};
