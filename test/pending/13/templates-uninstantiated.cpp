// RUN: %check_ctxlife --check-suffix=DETACH %s ctxlife-detached-capture %t -- %stubflags
// RUN: %check_ctxlife --check-suffix=STORE %s ctxlife-long-lived-store %t -- %stubflags
// Issue 13, "templates never instantiated in the translation unit":
// header-only servers (Crow, cinatra, rpclib's async_writer) are analyzed
// through a header whose templates nothing instantiates there. Where the
// request-scoped types are not dependent, the template's own body is judged
// as written, so the finding does not depend on which file is analyzed.
// Where they are dependent, nothing can be said until an instantiation
// exists; a template that is instantiated as well is reported once.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <httplib.h>

#include <cstddef>
#include <memory>
#include <string>
#include <thread>

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using boost::system::error_code;

void log_line(const std::string &s);
const httplib::Request *g_last = nullptr;
const void *g_any = nullptr;

// A function template whose request parameter is not dependent.
template <typename Body>
void serve(const httplib::Request &req, httplib::Response &res, Body body) {
  std::thread([&req] { log_line(req.path); }).detach();
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:36: note: request context 'req' is declared here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  g_last = &req;
  // CHECK-MESSAGES-STORE: :[[@LINE-1]]:12: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_last' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-STORE: :[[@LINE-8]]:36: note: request context 'req' is declared here
  // CHECK-MESSAGES-STORE: :[[@LINE-3]]:12: note: store a copy of the fields needed such as 'req.path' instead
  res.set_content(body(), "text/plain");
}

// A member function of a class template.
template <typename Derived> class handler_base {
public:
  explicit handler_base(net::io_context &ioc) : ioc_(ioc) {}
  void on_request(const httplib::Request &req) {
    net::post(ioc_, [&req] { log_line(req.body); });
    // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:23: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:43: note: request context 'req' is declared here
    // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:23: note: capture a copy of what the work needs instead, such as '[path = req.path]'
  }
  static const httplib::Request *current;
  static void track(const httplib::Request &req) { current = &req; }
  // CHECK-MESSAGES-STORE: :[[@LINE-1]]:62: warning: request context '&req' of type 'const httplib::Request *' is stored in static member 'handler_base::current' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-STORE: :[[@LINE-2]]:45: note: request context 'req' is declared here
  // CHECK-MESSAGES-STORE: :[[@LINE-3]]:62: note: store a copy of the fields needed such as 'req.path' instead

private:
  net::io_context &ioc_;
};

// A Beast session template (CRTP over the stream, as in Beast's
// advanced_server_flex): the stream is dependent, so the call to
// http::async_read is unresolved, but every function it can name is an
// asynchronous operation, and the class owns itself through shared_ptr.
template <class Stream>
class http_session : public std::enable_shared_from_this<http_session<Stream>> {
public:
  explicit http_session(Stream &&s) : stream_(std::move(s)) {}
  void do_read() {
    http::async_read(stream_, buffer_, req_, [this](error_code ec, std::size_t) {
      // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:47: warning: 'this' of 'http_session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:5: note: 'boost::beast::http::async_read' calls it when the operation completes, after this function returns
      if (!ec)
        do_read();
    });
    http::async_read(stream_, buffer_, req_,
                     [self = this->shared_from_this()](error_code, std::size_t) {});
  }

private:
  Stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
};

// Dependent: nothing is known until it is instantiated (and it never is).
template <typename Req> void later(Req &req) {
  std::thread([&req] { (void)req; }).detach();
  g_any = &req;
}

// Instantiated too: the template and its instantiation give one finding.
template <typename Tag> void audit(const httplib::Request &req, Tag) {
  std::thread([&req] { log_line(req.path); }).detach();
  // CHECK-MESSAGES-DETACH: :[[@LINE-1]]:17: warning: request context 'req' of type 'const httplib::Request &' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES-DETACH: :[[@LINE-2]]:47: note: the thread is detached here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:60: note: request context 'req' is declared here
  // CHECK-MESSAGES-DETACH: :[[@LINE-4]]:17: note: capture a copy of what the work needs instead, such as '[path = req.path]'
}
void audit_all(const httplib::Request &req) {
  audit(req, 1);
  audit(req, 'c');
}
