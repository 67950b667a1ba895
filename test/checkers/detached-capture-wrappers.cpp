// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs
// The project's own launch helpers: a function that hands a callable
// parameter to a launcher launches it too, through any number of helpers.
#include <boost/asio.hpp>
#include <httplib.h>

#include <functional>
#include <string>
#include <thread>
#include <utility>

#include "detached-wrappers.h"

namespace net = boost::asio;
net::io_context g_ioc;
void log_line(const std::string &s);

void run_later(std::function<void()> f) { net::post(g_ioc, std::move(f)); }
void run_later_twice(std::function<void()> f) { run_later(std::move(f)); }
void run_now(const std::function<void()> &f) { f(); }

class Worker {
public:
  void submit(std::function<void()> f) {
    std::thread([f = std::move(f)] { f(); }).detach();
  }
};

void handler(const httplib::Request &req, httplib::Response &res, Worker &w) {
  util::run_detached([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'run_detached' passes it to a detached thread
  // CHECK-MESSAGES: detached-wrappers.h:10:35: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:24: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  run_later([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'run_later' passes it to a handler posted to an executor
  // CHECK-MESSAGES: :[[@LINE-21]]:43: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-11]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:15: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  run_later_twice([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'run_later_twice' passes it to a handler posted to an executor
  // CHECK-MESSAGES: :[[@LINE-26]]:49: note: 'run_later' passes it to a handler posted to an executor
  // CHECK-MESSAGES: :[[@LINE-17]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:21: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  w.submit([&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'submit' passes it to a detached thread
  // CHECK-MESSAGES: :[[@LINE-26]]:46: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-23]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:14: note: capture a copy of what the work needs instead, such as '[path = req.path]'

  // Helpers that run the work before they return are fine.
  util::run_joined([&req] { log_line(req.path); });
  run_now([&req] { log_line(req.path); });
  util::run_detached([path = req.path] { log_line(path); });
  res.status = 200;
}
