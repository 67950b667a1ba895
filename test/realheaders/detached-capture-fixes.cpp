// Fix-its of ctxlife-detached-capture against the real Boost 1.74 and
// cpprestsdk headers: the fixed file must compile.
// RUN: %check_ctxlife --compile-fixed %s ctxlife-detached-capture %t -- -std=c++17
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cpprest/http_listener.h>

#include <functional>
#include <memory>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket)
      : stream_(std::move(socket)), timer_(stream_.get_executor()) {}

  void do_read() {
    http::async_read(stream_, buffer_, req_, [this](beast::error_code ec, std::size_t n) {
    // CHECK-MESSAGES: :[[@LINE-1]]:47: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::beast::http::async_read' calls it when the operation completes, after this function returns
      // CHECK-FIXES: http::async_read(stream_, buffer_, req_, [this, self = shared_from_this()](beast::error_code ec, std::size_t n) {
      on_read(ec, n);
    });
    timer_.async_wait(std::bind(&session::on_timer, this, std::placeholders::_1));
    // CHECK-MESSAGES: :[[@LINE-1]]:53: warning: 'this' of 'session' (owned through 'std::shared_ptr') is bound into the completion handler of 'async_wait', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
    // CHECK-FIXES: timer_.async_wait(std::bind(&session::on_timer, shared_from_this(), std::placeholders::_1));
    net::post(stream_.get_executor(), [&] { log_target(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:45: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-FIXES: net::post(stream_.get_executor(), [&, self = shared_from_this()] { log_target(); });
  }

private:
  void on_read(beast::error_code, std::size_t) {}
  void on_timer(beast::error_code) {}
  void log_target() { last_ = std::string(req_.target()); }

  beast::tcp_stream stream_;
  net::steady_timer timer_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
  std::string last_;
};

void handle(web::http::http_request request) {
  request.extract_string().then([&request](utility::string_t body) {
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: request handle 'request' of type 'web::http::http_request' is captured by reference by a continuation that is never waited for, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:28: note: 'pplx::task::then' starts it here and the task is never waited for
  // CHECK-MESSAGES: :[[@LINE-4]]:37: note: request handle 'request' is declared here
    // CHECK-FIXES: request.extract_string().then([request](utility::string_t body) {
    request.reply(web::http::status_codes::OK, body);
  });
}
