// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Issue 13, "objects that hold a request by reference": a class with a
// reference or raw-pointer member bound to a request context is itself
// request-scoped. Sharing one with detached work (`std::make_shared<Op>(res)`
// captured by a completion handler, directly or through a helper that
// captures its parameter) is the finding, reported where the object is
// created from the request, with a note at the member. Modelled on bmcweb's
// old `class AsyncResp { crow::Response &res; }` made with
// `std::make_shared<AsyncResp>(res)` and captured by every D-Bus handler.
// An object that holds the request through an owning handle, or a copy, is
// fine; so is one used only before the handler returns.
#include <boost/asio.hpp>
#include <cpprest/http_listener.h>
#include <drogon/drogon.h>
#include <httplib.h>

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <thread>
#include <utility>

namespace net = boost::asio;
using boost::system::error_code;

net::io_context g_ioc;
net::steady_timer g_timer(g_ioc);
void log_line(const std::string &s);

// Holds the response by reference: request-scoped.
class Op {
public:
  explicit Op(httplib::Response &r) : res(r) {}
  void finish() { res.status = 200; }
  httplib::Response &res;
};

// Holds the request through a raw pointer: request-scoped too.
class Reader {
public:
  explicit Reader(const httplib::Request *r) : req_(r) {}
  std::string path() const { return req_->path; }

private:
  const httplib::Request *req_;
};

// An aggregate with a pointer member.
struct Job {
  const httplib::Request *req;
  int priority;
};

// A helper of the project: captures its parameter in a completion handler
// (bmcweb's `getChassisData(asyncResp)`).
void finish_later(std::shared_ptr<Op> op) {
  g_timer.async_wait([op](error_code) { op->finish(); });
}

void handler(const httplib::Request &req, httplib::Response &res) {
  auto op = std::make_shared<Op>(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'res' of type 'httplib::Response &' is held by an object of type 'Op' that is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-29]]:22: note: 'Op' holds it in member 'res' here
  // CHECK-MESSAGES: :[[@LINE-5]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:13: note: let 'Op' keep a copy of what it needs from the request instead
  net::post(g_ioc, [op] { op->finish(); });

  Op local(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:6: warning: request context 'res' of type 'httplib::Response &' is held by an object of type 'Op' that is captured by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+4]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-37]]:22: note: 'Op' holds it in member 'res' here
  // CHECK-MESSAGES: :[[@LINE-13]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:6: note: let 'Op' keep a copy of what it needs from the request instead
  net::post(g_ioc, [local]() mutable { local.finish(); });

  auto reader = std::make_unique<Reader>(&req);
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context '&req' of type 'const httplib::Request *' is held by an object of type 'Reader' that is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+4]]:75: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-35]]:27: note: 'Reader' holds it in member 'req_' here
  // CHECK-MESSAGES: :[[@LINE-21]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:17: note: let 'Reader' keep a copy of what it needs from the request instead
  std::thread([reader = std::move(reader)] { log_line(reader->path()); }).detach();

  Job job{&req, 1};
  // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: request context '&req' of type 'const httplib::Request *' is held by an object of type 'Job' that is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+4]]:51: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-38]]:27: note: 'Job' holds it in member 'req' here
  // CHECK-MESSAGES: :[[@LINE-29]]:38: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-5]]:7: note: let 'Job' keep a copy of what it needs from the request instead
  std::thread([job] { log_line(job.req->path); }).detach();

  // Through a helper that captures its parameter.
  auto later = std::make_shared<Op>(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: request context 'res' of type 'httplib::Response &' is held by an object of type 'Op' that is captured by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE+5]]:3: note: 'finish_later' captures it in the completion handler of 'async_wait'
  // CHECK-MESSAGES: :[[@LINE-40]]:11: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-63]]:22: note: 'Op' holds it in member 'res' here
  // CHECK-MESSAGES: :[[@LINE-39]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-6]]:16: note: let 'Op' keep a copy of what it needs from the request instead
  finish_later(later);

  // Quiet: used before the handler returns, waited for, or not request data.
  Op sync(res);
  sync.finish();
  Op waited(res);
  std::thread t([&waited] { waited.finish(); });
  t.join();
  res.status = 200;
}

// Quiet: holders that own what they hold.
struct Snapshot {
  httplib::Request copy; // a copy of the whole request
  std::string path;
};
struct Printer {
  std::ostream &out; // a reference, but not to request data
};
struct Reply {
  drogon::HttpRequestPtr req; // a reference-counted handle
  std::function<void(const drogon::HttpResponsePtr &)> callback;
};
struct Answer {
  web::http::http_request request; // a handle by value
};
// The per-request response object owned through std::shared_ptr (bmcweb's
// fixed AsyncResp owns its response).
struct AsyncResp {
  httplib::Response res;
};

void handler_ok(const httplib::Request &req, httplib::Response &res, std::ostream &os) {
  Snapshot snap{req, req.path};
  std::thread([snap] { log_line(snap.path); }).detach();
  auto printer = std::make_shared<Printer>(Printer{os});
  net::post(g_ioc, [printer] { printer->out << "done"; });
  auto resp = std::make_shared<AsyncResp>();
  resp->res.status = 202;
  net::post(g_ioc, [resp] { resp->res.status = 200; });
  res.status = 202;
}

void drogon_handler(const drogon::HttpRequestPtr &req,
                    std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
  auto reply = std::make_shared<Reply>(Reply{req, std::move(callback)});
  net::post(g_ioc, [reply] { reply->callback(drogon::HttpResponse::newHttpResponse()); });
}

void cpprest_handler(web::http::http_request request) {
  Answer answer{request};
  std::thread([answer]() mutable { answer.request.reply(web::http::status_codes::OK); }).detach();
}

// Calls in a template that depend on its parameters have no callee yet
// (`strm << ...` below): the helper search skips them. The Boost.Log example
// extension_filter_parser_custom_rel.cpp crashed the analysis of its whole
// file here; the findings above would be lost with it.
template <typename CharT, typename TraitsT>
std::basic_ostream<CharT, TraitsT> &operator<<(std::basic_ostream<CharT, TraitsT> &strm,
                                               const Op &op) {
  if (strm.good())
    strm << "{" << op.res.status << "}";
  return strm;
}
