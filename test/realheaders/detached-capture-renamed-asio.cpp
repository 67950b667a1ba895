// Issue 13, "Asio wherever it lives", against the real standalone Asio
// (libasio-dev 1.22) with its namespace renamed the way rpclib bundles it:
// `-Dasio=clmdep_asio` turns every `namespace asio` into `clmdep_asio` while
// the include paths stay the same. The findings must be those of plain
// standalone Asio (test/realheaders/detached-capture-standalone-asio.cpp).
// RUN: %check_ctxlife --config-options="ContextTypes: 'app::Request'" %s ctxlife-detached-capture %t -- -std=c++20 -Dasio=clmdep_asio
#include <asio.hpp>

#include <array>
#include <chrono>
#include <memory>
#include <string>
#include <utility>

namespace app {
struct Request {
  std::string path;
};
} // namespace app

void log_line(const std::string &s);

void handle(clmdep_asio::io_context &ioc, app::Request &req) {
  clmdep_asio::post(ioc, [&req] { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:28: warning: request context 'req' of type 'app::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'clmdep_asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:57: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:28: note: capture a copy of the fields needed instead
  auto timer = std::make_shared<clmdep_asio::steady_timer>(ioc, std::chrono::seconds(1));
  timer->async_wait([&req, timer](std::error_code) { log_line(req.path); });
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'app::Request &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:10: note: 'clmdep_asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-10]]:57: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:23: note: capture a copy of the fields needed instead

  // Quiet: a copy, and a local pool joined before returning.
  clmdep_asio::post(ioc, [path = req.path] { log_line(path); });
  clmdep_asio::thread_pool local(1);
  clmdep_asio::post(local, [&req] { log_line(req.path); });
  local.join();
}

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(clmdep_asio::ip::tcp::socket s) : socket_(std::move(s)) {}
  void do_read() {
    socket_.async_read_some(clmdep_asio::buffer(data_),
                            [this](std::error_code ec, std::size_t n) {
                              // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'this' of 'session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
                              // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'clmdep_asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
                              if (!ec)
                                do_write(n);
                            });
    auto self(shared_from_this());
    socket_.async_read_some(clmdep_asio::buffer(data_),
                            [this, self](std::error_code ec, std::size_t n) {
                              if (!ec)
                                do_write(n);
                            });
  }
  void do_write(std::size_t n) {
    clmdep_asio::async_write(socket_, clmdep_asio::buffer(data_, n),
                             [self = shared_from_this()](std::error_code, std::size_t) {
                               self->do_read();
                             });
  }

private:
  clmdep_asio::ip::tcp::socket socket_;
  std::array<char, 1024> data_{};
};
