// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// NOLINT comments suppress findings of this check like any clang-tidy check.
#include <httplib.h>

#include <string>
#include <thread>

void log_line(const std::string &s);

void handler(const httplib::Request &req, httplib::Response &res) {
  std::thread([&req] { log_line(req.path); }).detach(); // NOLINT(ctxlife-detached-capture)
  // NOLINTNEXTLINE(ctxlife-detached-capture)
  std::thread([&req] { log_line(req.path); }).detach();
  // NOLINTBEGIN(ctxlife-detached-capture)
  std::thread([&req] { log_line(req.body); }).detach();
  // NOLINTEND(ctxlife-detached-capture)
  std::thread([&req] { log_line(req.path); }).detach(); // NOLINT(ctxlife-long-lived-store)
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-10]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  res.status = 200;
}
