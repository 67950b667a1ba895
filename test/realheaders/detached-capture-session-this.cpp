// Issue 13, raw `this` of objects that do not outlive their handlers,
// against the real Boost 1.74 Asio headers: a connection that deletes
// itself, a session owned by std::unique_ptr in a map the server erases,
// and the quiet look-alikes (owner stops and joins the loop first).
// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- -std=c++20
#include <boost/asio.hpp>

#include <array>
#include <map>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

namespace net = boost::asio;
using tcp = net::ip::tcp;
using boost::system::error_code;

class Connection {
public:
  explicit Connection(net::io_context &ioc) : socket_(ioc) {}
  void do_read() {
    socket_.async_read_some(net::buffer(buf_), [this](error_code ec, std::size_t) {
      // CHECK-MESSAGES: :[[@LINE-1]]:49: warning: 'this' of 'Connection' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+8]]:7: note: 'Connection' deletes itself here
      if (ec)
        close();
    });
  }
  void close() {
    socket_.close();
    if (!busy_)
      delete this;
  }

private:
  tcp::socket socket_;
  std::array<char, 1024> buf_{};
  bool busy_ = false;
};

class Server;
class Session {
public:
  Session(Server &s, int id, tcp::socket sock) : server_(s), id_(id), socket_(std::move(sock)) {}
  void start();

private:
  Server &server_;
  int id_;
  tcp::socket socket_;
  std::array<char, 1024> buf_{};
};

class Server {
public:
  void add(int id, tcp::socket sock) {
    auto [it, ok] = sessions_.emplace(id, std::make_unique<Session>(*this, id, std::move(sock)));
    it->second->start();
  }
  void close(int id) { sessions_.erase(id); }

private:
  std::map<int, std::unique_ptr<Session>> sessions_;
};

void Session::start() {
  net::post(socket_.get_executor(), [this] { server_.close(id_); });
  // CHECK-MESSAGES: :[[@LINE-1]]:38: warning: 'this' of 'Session' (owned through 'std::unique_ptr') is captured by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: :[[@LINE-10]]:24: note: 'Session' is destroyed here
}

// Quiet: destroyed only after the loop that runs its handlers has stopped
// and its threads are joined.
class Engine {
public:
  Engine() : acceptor_(ioc_), socket_(ioc_) {}
  ~Engine() {
    ioc_.stop();
    for (auto &t : threads_)
      t.join();
  }
  void accept() {
    acceptor_.async_accept(socket_, [this](error_code ec) {
      if (!ec)
        accept();
    });
  }
  void run() { threads_.emplace_back([this] { ioc_.run(); }); }

private:
  net::io_context ioc_;
  tcp::acceptor acceptor_;
  tcp::socket socket_;
  std::vector<std::thread> threads_;
};

int main() {
  auto engine = std::make_unique<Engine>();
  engine->accept();
  engine->run();
  engine.reset();
}
