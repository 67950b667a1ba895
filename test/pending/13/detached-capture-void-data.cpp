// RUN: %check_ctxlife --config-options="DetachingCalls: 'fiber::thread_create;fiber::on_event'" %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs
// Issue 13, "contexts passed as void * user data": C-style launchers run a
// function later with an opaque argument (`pthread_create`, a fiber
// library's `thread_create(fn, arg)`, a callback registration with a
// `void *data`). A request context passed as that argument is captured by
// the work exactly as a lambda capture would be; the work reads it back
// through a cast, also after its fiber was suspended. The fiber library's
// launchers are configured with DetachingCalls (their bodies are not in the
// translation unit); pthread_create is known.
#include <httplib.h>
#include <pthread.h>

#include <string>
#include <vector>

#include "fiber.h"

void log_line(const std::string &s);

void *worker(void *arg) {
  const auto *req = static_cast<const httplib::Request *>(arg);
  log_line(req->path);
  return nullptr;
}

void *audit_entry(void *arg) {
  auto *req = static_cast<const httplib::Request *>(arg);
  fiber::thread_usleep(1000);
  log_line(req->body);
  return nullptr;
}

void on_readable(int, void *data) {
  auto *res = static_cast<httplib::Response *>(data);
  res->status = 200;
}

void *audit_copy_entry(void *arg) {
  auto *copy = static_cast<httplib::Request *>(arg);
  fiber::thread_yield();
  log_line(copy->path);
  delete copy;
  return nullptr;
}

void *count_entry(void *arg) {
  ++*static_cast<int *>(arg);
  return nullptr;
}

// Runs the callback before it returns: not a launcher.
void visit_headers(const httplib::Request &req, void (*cb)(const std::string &, void *),
                   void *data) {
  for (const auto &h : req.headers)
    cb(h.first, data);
}
void print_header(const std::string &name, void *data) {
  log_line(name + static_cast<const httplib::Request *>(data)->path);
}

int g_requests = 0;

void handler(const httplib::Request &req, httplib::Response &res, int fd) {
  pthread_t tid;
  pthread_create(&tid, nullptr, &worker, const_cast<httplib::Request *>(&req));
  // CHECK-MESSAGES: :[[@LINE-1]]:42: warning: request context '&req' of type 'const httplib::Request *' is passed as the argument of 'worker' to a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-46]]:12: note: 'worker' uses it here
  // CHECK-MESSAGES: :[[@LINE-6]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:42: note: pass a copy of the fields needed such as 'req.path' instead
  pthread_detach(tid);

  fiber::thread_create(&audit_entry, const_cast<httplib::Request *>(&req));
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: request context '&req' of type 'const httplib::Request *' is passed as the argument of 'audit_entry' to 'fiber::thread_create', which can run it after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'fiber::thread_create' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-47]]:12: note: 'audit_entry' uses it here
  // CHECK-MESSAGES: :[[@LINE-14]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:38: note: pass a copy of the fields needed such as 'req.path' instead

  fiber::on_event(fd, fiber::readable, &on_readable, &res);
  // CHECK-MESSAGES: :[[@LINE-1]]:54: warning: request context '&res' of type 'httplib::Response *' is passed as the argument of 'on_readable' to 'fiber::on_event', which can run it after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'fiber::on_event' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-48]]:3: note: 'on_readable' uses it here
  // CHECK-MESSAGES: :[[@LINE-21]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:54: note: pass the content to send, and set it on the response inside the handler instead

  // Quiet: joined, a heap copy the work owns, data that is not the
  // request's, and a callback run before the handler returns.
  pthread_t joined;
  pthread_create(&joined, nullptr, &worker, const_cast<httplib::Request *>(&req));
  pthread_join(joined, nullptr);
  fiber::thread_create(&audit_copy_entry, new httplib::Request(req));
  fiber::thread_create(&count_entry, &g_requests);
  visit_headers(req, &print_header, const_cast<httplib::Request *>(&req));
  res.status = 200;
}
