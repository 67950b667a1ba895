// RUN: %check_ctxlife --config-options="ContextTypes: 'rpc::Call'" %s ctxlife-detached-capture %t -- %stubflags
// Issue 13, "Asio wherever it lives": libraries bundle Asio under their own
// namespace (rpclib: `clmdep_asio`, spelled through the RPCLIB_ASIO macro).
// Its launchers (post/dispatch on the io_service, a strand or an executor;
// `async_*` operations whose last argument is the completion handler;
// `strand::wrap` as a handler wrapper) are recognised by the shape of the
// library (execution context, executor, async_result completion tokens), not
// by the namespace's spelling. Modelled on rpclib's server_session before
// rpclib PR #167 (raw `this` in posted lambdas of a session owned through
// std::shared_ptr and erased from the server's list on disconnect).
#include <clmdep/asio.hpp>

#include <atomic>
#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#define RPCLIB_ASIO clmdep_asio

void log_line(const std::string &s);

namespace rpc {
// The user's request context (configured through ContextTypes).
struct Call {
  std::string method;
  std::string args;
};

namespace detail {

// Shared ownership comes through a base class, and the owning handle
// through a helper template, as in rpclib's async_writer.
class async_writer : public std::enable_shared_from_this<async_writer> {
public:
  async_writer(RPCLIB_ASIO::io_service *io, RPCLIB_ASIO::ip::tcp::socket socket)
      : socket_(std::move(socket)), write_strand_(*io) {}

  void do_write() {
    auto self(shared_from_this());
    auto &item = queue_.front();
    RPCLIB_ASIO::async_write(socket_, RPCLIB_ASIO::buffer(item.data(), item.size()),
                             write_strand_.wrap([this, self](std::error_code ec, std::size_t) {
                               if (!ec)
                                 queue_.pop_front();
                             }));
  }
  void flush_unowned() {
    RPCLIB_ASIO::async_write(socket_, RPCLIB_ASIO::buffer(queue_.front()),
                             [this](std::error_code, std::size_t) { queue_.pop_front(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: 'this' of 'async_writer' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_write', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'clmdep_asio::async_write' calls it when the operation completes, after this function returns
  }

protected:
  template <typename Derived> std::shared_ptr<Derived> shared_from_base() {
    return std::static_pointer_cast<Derived>(shared_from_this());
  }

  RPCLIB_ASIO::ip::tcp::socket socket_;
  RPCLIB_ASIO::strand write_strand_;
  std::atomic_bool exit_{false};
  std::deque<std::string> queue_;
};

class server_session : public async_writer {
public:
  server_session(RPCLIB_ASIO::io_service *io, RPCLIB_ASIO::ip::tcp::socket socket)
      : async_writer(io, std::move(socket)), io_(io), read_strand_(*io) {}

  void do_read() {
    auto self(shared_from_base<server_session>());
    socket_.async_read_some(
        RPCLIB_ASIO::buffer(buffer_),
        read_strand_.wrap([this, self](std::error_code ec, std::size_t n) {
          if (ec)
            return close();
          std::string msg(buffer_.data(), n);
          io_->post([this, msg] { dispatch(msg); });
          // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: 'this' of 'server_session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
          // CHECK-MESSAGES: :[[@LINE-2]]:16: note: 'clmdep_asio::io_context::post' runs it later, after this function returns
          io_->post([this, self, msg] { dispatch(msg); });
          do_read();
        }));
    socket_.async_read_some(RPCLIB_ASIO::buffer(buffer_),
                            read_strand_.wrap([this](std::error_code, std::size_t) { do_read(); }));
    // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: 'this' of 'server_session' (owned through 'std::shared_ptr') is captured without an owning reference by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'clmdep_asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
  }

  void close() {
    exit_ = true;
    write_strand_.post([this] { socket_.close(); });
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'this' of 'server_session' (owned through 'std::shared_ptr') is captured without an owning reference by a handler posted to a strand, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:19: note: 'clmdep_asio::io_context::strand::post' runs it later, after this function returns
    write_strand_.post([this, self = shared_from_base<server_session>()] { socket_.close(); });
    RPCLIB_ASIO::post(io_->get_executor(), [self = shared_from_this()] { (void)self; });
  }

private:
  void dispatch(const std::string &msg) { log_line(msg); }

  RPCLIB_ASIO::io_service *io_;
  RPCLIB_ASIO::strand read_strand_;
  std::array<char, 4096> buffer_{};
};

// Owned by the server through std::unique_ptr; its destruction stops the
// io_service and joins the threads that run its handlers.
class server_impl {
public:
  server_impl() : acceptor_(io_), socket_(io_) {}
  ~server_impl() { stop(); }
  void start_accept() {
    acceptor_.async_accept(socket_, [this](std::error_code ec) {
      if (!ec) {
        auto s = std::make_shared<server_session>(&io_, std::move(socket_));
        s->do_read();
        sessions_.push_back(s);
      }
      start_accept();
    });
  }
  void async_run(int n) {
    for (int i = 0; i < n; ++i)
      workers_.emplace_back([this] { io_.run(); });
  }
  void stop() {
    io_.stop();
    for (auto &t : workers_)
      t.join();
  }

private:
  RPCLIB_ASIO::io_service io_;
  RPCLIB_ASIO::ip::tcp::acceptor acceptor_;
  RPCLIB_ASIO::ip::tcp::socket socket_;
  std::vector<std::thread> workers_;
  std::vector<std::shared_ptr<server_session>> sessions_;
};

} // namespace detail

// A handler receiving the user's request context.
void handle(RPCLIB_ASIO::io_service &io, RPCLIB_ASIO::steady_timer &timer, Call &call) {
  RPCLIB_ASIO::post(io, [&call] { log_line(call.method); });
  // CHECK-MESSAGES: :[[@LINE-1]]:27: warning: request context 'call' of type 'rpc::Call &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'clmdep_asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-4]]:82: note: request context 'call' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:27: note: capture a copy of the fields needed instead
  timer.async_wait([&call](std::error_code) { log_line(call.args); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'call' of type 'rpc::Call &' is captured by reference by the completion handler of 'async_wait', which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:9: note: 'clmdep_asio::steady_timer::async_wait' calls it when the operation completes, after this function returns
  // CHECK-MESSAGES: :[[@LINE-9]]:82: note: request context 'call' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture a copy of the fields needed instead
  io.dispatch([&call] { log_line(call.method); });
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context 'call' of type 'rpc::Call &' is captured by reference by a handler dispatched to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:6: note: 'clmdep_asio::io_context::dispatch' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-14]]:82: note: request context 'call' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:17: note: capture a copy of the fields needed instead

  // Quiet: copies.
  RPCLIB_ASIO::post(io, [method = call.method] { log_line(method); });
  timer.async_wait([c = call](std::error_code) { log_line(c.args); });
}

} // namespace rpc

// Not Asio: a namespace with an `async_`-named function that has no
// execution context, no executor and no completion-token machinery, and
// calls its callback before returning.
namespace util {
template <typename F> void async_send(const std::string &data, F &&done) {
  log_line(data);
  done();
}
} // namespace util

void not_asio(rpc::Call &call) {
  util::async_send(call.args, [&call] { log_line(call.method); });
}
