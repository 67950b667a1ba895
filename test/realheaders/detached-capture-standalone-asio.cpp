// ctxlife-detached-capture against the real standalone Asio headers
// (libasio-dev, namespace asio): the same launchers as Boost.Asio's. The
// request type is the user's, through ContextTypes.
// RUN: %check_ctxlife --compile-fixed --config-options="ContextTypes: 'app::Request'" %s ctxlife-detached-capture %t -- -std=c++20 -DASIO_HAS_CO_AWAIT -DASIO_HAS_STD_COROUTINE -include utility
#include <asio.hpp>

#include <chrono>
#include <memory>
#include <string>
#include <thread>

namespace app {
struct Request {
  std::string path;
};
} // namespace app

void log_line(const std::string &s);
asio::awaitable<void> audit(const app::Request &req);
asio::awaitable<void> audit_copy(app::Request req);

void handle(asio::io_context &ioc, asio::thread_pool &pool, app::Request &req) {
  asio::post(ioc, [&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context 'req' of type 'app::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:75: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:21: note: capture a copy of the fields needed instead
  asio::co_spawn(ioc, audit(req), asio::detached);
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'req' of type 'const app::Request &' is passed to parameter 'req' of a coroutine spawned without waiting for it, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'asio::co_spawn' starts it here and nothing waits for it
  // CHECK-MESSAGES: :[[@LINE-9]]:75: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: pass a copy of the fields needed instead
  auto timer = std::make_shared<asio::steady_timer>(ioc, std::chrono::seconds(1));
  timer->async_wait([&req, timer](std::error_code) { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'app::Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-15]]:75: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of the fields needed instead

  // Quiet: copies, and work the handler waits for.
  asio::post(ioc, [path = req.path] { log_line(path); });
  asio::co_spawn(ioc, audit_copy(req), asio::detached);
  asio::thread_pool local(1);
  asio::post(local, [&req] { log_line(req.path); });
  local.join();
}

// A session owned through std::shared_ptr: handlers keep it alive with a
// shared_from_this() copy, as in Asio's own examples.
class session : public std::enable_shared_from_this<session> {
public:
  explicit session(asio::ip::tcp::socket s) : socket_(std::move(s)) {}
  void do_read() {
    auto self(shared_from_this());
    socket_.async_read_some(asio::buffer(data_),
                            [this, self](std::error_code ec, std::size_t n) {
                              if (!ec)
                                do_write(n);
                            });
  }
  void do_write(std::size_t n) {
    asio::async_write(socket_, asio::buffer(data_, n),
                      [this](std::error_code ec, std::size_t) {
                        // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_write', which can run after the object is destroyed [ctxlife-detached-capture]
                        // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'asio::async_write' calls it when the operation completes, after this function returns
                        // CHECK-FIXES: {{^}}                      [this, self = shared_from_this()](std::error_code ec, std::size_t) {{{$}}
                        if (!ec)
                          do_read();
                      });
  }

private:
  asio::ip::tcp::socket socket_;
  char data_[1024];
};
