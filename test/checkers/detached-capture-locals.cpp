// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Local request objects: a Beast request read in a coroutine loop, or a
// copy of a handle, dies at the end of its scope; work that holds a
// reference to it dangles unless the function waits for the work first.
#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <drogon/drogon.h>

#include <string>
#include <thread>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using Request = http::request<http::string_body>;

void log_line(const std::string &s);
void audit(const Request &req);
net::awaitable<void> process(const Request &req);

net::awaitable<void> session(beast::tcp_stream stream) {
  beast::flat_buffer buffer;
  for (;;) {
    Request req;
    co_await http::async_read(stream, buffer, req, net::use_awaitable);
    std::thread([&req] { audit(req); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'req' of type 'Request' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:41: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-5]]:13: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:19: note: capture a copy of what the work needs instead, such as '[target = std::string(req.target())]'
    std::thread(audit, std::ref(req)).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'std::ref(req)' of type 'std::reference_wrapper<boost::beast::http::message<true, boost::beast::http::basic_string_body<char>>>' is passed to a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:39: note: the thread is detached here
    // CHECK-MESSAGES: :[[@LINE-10]]:13: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:24: note: pass a copy of the message, or of the fields needed such as 'std::string(req.target())' instead
    net::co_spawn(stream.get_executor(), process(req), net::detached);
    // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: request context 'req' of type 'const Request &' is passed to parameter 'req' of a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::co_spawn' starts it here and nothing waits for it
    // CHECK-MESSAGES: :[[@LINE-15]]:13: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:50: note: pass a copy of the message, or of the fields needed such as 'std::string(req.target())' instead
    // Copies are fine.
    std::thread([req] { audit(req); }).detach();
    std::thread(audit, req).detach();
    co_await process(req);
  }
}

void drogon_copy(const drogon::HttpRequestPtr &in) {
  drogon::HttpRequestPtr req = in;
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request handle 'req' of type 'drogon::HttpRequestPtr' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:66: note: the thread is detached here
  // CHECK-MESSAGES: :[[@LINE-5]]:48: note: request handle 'in' is declared here
  std::thread([req] { log_line(std::string(req->getPath())); }).detach();
}

// A client that runs the event loop before its locals go away.
int main() {
  net::io_context ioc;
  Request req{http::verb::get, "/", 11};
  net::post(ioc, [&req] { audit(req); });
  ioc.run();
}
