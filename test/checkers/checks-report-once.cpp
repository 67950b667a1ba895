// RUN: %check_ctxlife %s ctxlife-* %t -- %stubflags
// Every ctxlife check together: each place is reported once, by one check.
// A callable parked in long-lived storage is ctxlife-long-lived-store's; work
// launched to run later is ctxlife-detached-capture's.
#include <httplib.h>

#include <functional>
#include <string>
#include <thread>
#include <vector>

std::vector<std::function<void()>> g_tasks;
void log_line(const std::string &s);

void handler(const httplib::Request &req, httplib::Response &res) {
  g_tasks.push_back([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lambda capturing request context 'req' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-3]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-3]]:21: note: capture a copy of the fields needed such as 'req.path' instead
  std::thread([&req] { log_line(req.path); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-8]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  res.status = 200;
}
