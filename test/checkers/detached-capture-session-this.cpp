// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Issue 13, "raw this of objects that do not outlive their handlers": a
// connection that deletes itself, a session owned by a std::unique_ptr in a
// container the server erases when the connection ends, a session kept by
// value in a container. Their raw `this` (or a reference to one of their
// members) in a completion handler is a use-after-free when the object is
// destroyed before the handler runs. Decided from how the class is destroyed
// (visible in the translation unit), never from its name. Modelled on Crow's
// old `Connection::check_destroy() { ... delete this; }` and rpclib's
// server sessions erased from the server's list.
#include <boost/asio.hpp>

#include <array>
#include <cstddef>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <string>
#include <thread>
#include <utility>

namespace net = boost::asio;
using tcp = net::ip::tcp;
using boost::system::error_code;

void log_line(const std::string &s);

// ---------------------------------------------------------------- delete this

// Deletes itself once it has nothing to read or write (Crow's old
// connection). A handler that runs after a close still dereferences `this`.
class Connection {
public:
  explicit Connection(net::io_context &ioc) : socket_(ioc), timer_(ioc) {}

  void do_read() {
    reading_ = true;
    socket_.async_read_some(net::buffer(buffer_),
                            [this](error_code ec, std::size_t n) { on_read(ec, n); });
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'this' of 'Connection' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
    // CHECK-MESSAGES: :[[@LINE+44]]:7: note: 'Connection' deletes itself here
  }

  void do_write() {
    writing_ = true;
    net::async_write(socket_, net::buffer(out_), [&](error_code ec, std::size_t) {
      writing_ = false;
      // CHECK-MESSAGES: :[[@LINE-1]]:7: warning: 'this' of 'Connection' (which deletes itself) is captured by the completion handler of 'async_write', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:5: note: 'boost::asio::async_write' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+35]]:7: note: 'Connection' deletes itself here
      if (ec)
        check_destroy();
    });
  }

  void start_deadline() {
    timer_.async_wait(std::bind(&Connection::on_deadline, this, std::placeholders::_1));
    // CHECK-MESSAGES: :[[@LINE-1]]:59: warning: 'this' of 'Connection' (which deletes itself) is bound into the completion handler of 'async_wait', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
    // CHECK-MESSAGES: :[[@LINE+25]]:7: note: 'Connection' deletes itself here
  }

  // A reference to a member dangles as much as `this` does.
  void count_bytes() {
    socket_.async_read_some(net::buffer(buffer_),
                            [&stats = stats_](error_code, std::size_t n) { stats.bytes += n; });
    // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: reference 'stats' to member 'stats_' of 'Connection' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
    // CHECK-MESSAGES: :[[@LINE+16]]:7: note: 'Connection' deletes itself here
  }

private:
  void on_read(error_code ec, std::size_t) {
    reading_ = false;
    if (ec)
      return check_destroy();
    do_write();
  }
  void on_deadline(error_code ec) {
    if (!ec)
      socket_.close();
  }
  void check_destroy() {
    if (!reading_ && !writing_)
      delete this;
  }

  struct Stats {
    std::size_t bytes = 0;
  };
  tcp::socket socket_;
  net::steady_timer timer_;
  std::array<char, 4096> buffer_{};
  std::string out_;
  Stats stats_;
  bool reading_ = false;
  bool writing_ = false;
};

// ------------------------------------------- owned by a container, erased

class Server;

// Owned by `Server::sessions_` through std::unique_ptr and erased when the
// peer goes away (rpclib's server keeps its sessions in a list it erases).
class Session {
public:
  Session(Server &server, int id, tcp::socket socket)
      : server_(server), id_(id), socket_(std::move(socket)) {}

  void start() {
    socket_.async_read_some(net::buffer(buffer_),
                            [this](error_code ec, std::size_t n) { on_read(ec, n); });
    // CHECK-MESSAGES: :[[@LINE-1]]:30: warning: 'this' of 'Session' (owned through 'std::unique_ptr') is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-3]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
    // CHECK-MESSAGES: :[[@LINE+51]]:5: note: 'Session' is destroyed here
    net::post(socket_.get_executor(), [this] { log_line("session " + std::to_string(id_)); });
    // CHECK-MESSAGES: :[[@LINE-1]]:40: warning: 'this' of 'Session' (owned through 'std::unique_ptr') is captured by a handler posted to an executor, which can run after the object is destroyed [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:5: note: 'boost::asio::post' runs it later, after this function returns
    // CHECK-MESSAGES: :[[@LINE+47]]:5: note: 'Session' is destroyed here
  }

private:
  void on_read(error_code ec, std::size_t n);

  Server &server_;
  int id_;
  tcp::socket socket_;
  std::array<char, 1024> buffer_{};
};

// Kept by value in a container and erased on close.
class Peer {
public:
  Peer(Server &server, int id, tcp::socket socket)
      : server_(server), id_(id), socket_(std::move(socket)) {}

  void start() {
    socket_.async_read_some(net::buffer(buffer_), [this](error_code ec, std::size_t) {
      // CHECK-MESSAGES: :[[@LINE-1]]:52: warning: 'this' of 'Peer' (an element of a container) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+32]]:5: note: 'Peer' is destroyed here
      if (ec)
        closed();
    });
  }

private:
  void closed();

  Server &server_;
  int id_;
  tcp::socket socket_;
  std::array<char, 1024> buffer_{};
};

class Server {
public:
  explicit Server(net::io_context &ioc) : ioc_(ioc), acceptor_(ioc) {}

  void add(int id, tcp::socket socket) {
    auto s = std::make_unique<Session>(*this, id, std::move(socket));
    s->start();
    sessions_.emplace(id, std::move(s));
  }
  void close(int id) {
    sessions_.erase(id);
  }
  void add_peer(int id, tcp::socket socket) {
    auto it = peers_.emplace(peers_.end(), *this, id, std::move(socket));
    it->start();
  }
  void remove_peer(int id) {
    peers_.remove_if([id](const Peer &) { return id == 0; });
  }

private:
  net::io_context &ioc_;
  tcp::acceptor acceptor_;
  std::map<int, std::unique_ptr<Session>> sessions_;
  std::list<Peer> peers_;
};

void Session::on_read(error_code ec, std::size_t) {
  if (ec)
    server_.close(id_);
}
void Peer::closed() { server_.remove_peer(id_); }

// Cancelling is not waiting: the destructor cancels the timer, but the
// io_context belongs to someone else and still runs the handler (with
// operation_aborted) after the object is gone.
class Poller {
public:
  explicit Poller(net::io_context &ioc) : timer_(ioc) {}
  ~Poller() { timer_.cancel(); }
  void arm() {
    timer_.async_wait([this](error_code ec) {
      // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'this' of 'Poller' (owned through 'std::unique_ptr') is captured by the completion handler of 'async_wait', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+18]]:23: note: 'Poller' is destroyed here
      if (!ec)
        ++ticks_;
    });
  }

private:
  net::steady_timer timer_;
  int ticks_ = 0;
};

class Monitor {
public:
  explicit Monitor(net::io_context &ioc) : ioc_(ioc) {}
  void connect() {
    poller_ = std::make_unique<Poller>(ioc_);
    poller_->arm();
  }
  void disconnect() { poller_.reset(); }

private:
  net::io_context &ioc_;
  std::unique_ptr<Poller> poller_;
};

// --------------------------------------------------------------- look-alikes

// Owned through std::shared_ptr and kept alive by the handler.
class SharedSession : public std::enable_shared_from_this<SharedSession> {
public:
  explicit SharedSession(tcp::socket s) : socket_(std::move(s)) {}
  void start() {
    auto self = shared_from_this();
    socket_.async_read_some(net::buffer(buffer_),
                            [this, self](error_code, std::size_t) { start(); });
    std::weak_ptr<SharedSession> weak = weak_from_this();
    net::post(socket_.get_executor(), [weak] {
      if (auto s = weak.lock())
        s->start();
    });
  }

private:
  tcp::socket socket_;
  std::array<char, 1024> buffer_{};
};

// Deletes itself, but every handler checks a weak anchor first and the
// anchor dies with the object (Crow's websocket connection, on one thread).
class AnchoredConnection {
public:
  explicit AnchoredConnection(net::io_context &ioc) : ioc_(ioc), socket_(ioc) {}
  ~AnchoredConnection() { anchor_.reset(); }

  void send(std::string msg) {
    std::weak_ptr<void> watch = anchor_;
    net::post(ioc_, [this, watch, msg = std::move(msg)] {
      if (auto alive = watch.lock())
        queue_.push_back(msg);
    });
  }
  void close() {
    if (!busy_)
      delete this;
  }

private:
  net::io_context &ioc_;
  tcp::socket socket_;
  std::list<std::string> queue_;
  bool busy_ = false;
  std::shared_ptr<void> anchor_ = std::make_shared<int>(0);
};

// Named like a session, but owned by the program for its whole run: the
// io_context stops before it is destroyed.
class Listener {
public:
  explicit Listener(net::io_context &ioc) : acceptor_(ioc), socket_(ioc) {}
  void accept() {
    acceptor_.async_accept(socket_, [this](error_code ec) {
      if (!ec)
        accept();
    });
  }

private:
  tcp::acceptor acceptor_;
  tcp::socket socket_;
};

// Owned through std::unique_ptr, but its destruction stops the io_context that
// runs its handlers and joins the threads first (rpclib's server::impl).
class Engine {
public:
  Engine() : acceptor_(ioc_), socket_(ioc_) {}
  ~Engine() { stop(); }
  void accept() {
    acceptor_.async_accept(socket_, [this](error_code ec) {
      if (!ec)
        accept();
    });
    net::post(ioc_, [this] { accept(); });
  }
  void run(int threads) {
    for (int i = 0; i < threads; ++i)
      workers_.emplace_back([this] { ioc_.run(); });
  }
  void stop() {
    ioc_.stop();
    for (std::thread &t : workers_)
      if (t.joinable())
        t.join();
  }

private:
  net::io_context ioc_;
  tcp::acceptor acceptor_;
  tcp::socket socket_;
  std::vector<std::thread> workers_;
};

class Facade {
public:
  Facade() : impl_(std::make_unique<Engine>()) { impl_->accept(); }
  void restart() { impl_ = std::make_unique<Engine>(); }

private:
  std::unique_ptr<Engine> impl_;
};

int main() {
  net::io_context ioc;
  auto listener = std::make_unique<Listener>(ioc);
  listener->accept();
  Server server(ioc);
  ioc.run();
  listener.reset(); // after the loop has stopped
  Facade facade;
  facade.restart();
  return 0;
}

// ------------------------------------------------ one operation at a time
//
// Asio's classic self-deleting session (async_tcp_echo_server.cpp in the
// C++03 examples): each handler starts the next operation or deletes the
// object, never both, and one function starts the chain. When `delete this`
// runs, no other operation holding `this` is pending: quiet.
class EchoSession {
public:
  explicit EchoSession(net::io_context &ioc) : socket_(ioc) {}
  tcp::socket &socket() { return socket_; }
  void start() {
    socket_.async_read_some(net::buffer(data_),
                            std::bind(&EchoSession::handle_read, this,
                                      std::placeholders::_1, std::placeholders::_2));
  }

private:
  void handle_read(const error_code &ec, std::size_t n) {
    if (!ec)
      net::async_write(socket_, net::buffer(data_.data(), n),
                       std::bind(&EchoSession::handle_write, this, std::placeholders::_1,
                                 std::placeholders::_2));
    else
      delete this;
  }
  void handle_write(const error_code &ec, std::size_t) {
    if (!ec)
      start_read();
    else
      finish();
  }
  void start_read() {
    socket_.async_read_some(net::buffer(data_),
                            std::bind(&EchoSession::handle_read, this,
                                      std::placeholders::_1, std::placeholders::_2));
  }
  void finish() {
    socket_.close();
    delete this;
  }

  tcp::socket socket_;
  std::array<char, 1024> data_{};
};

// The same chain written with lambdas, and the chain begun from the
// constructor.
class LineReader {
public:
  explicit LineReader(tcp::socket s) : socket_(std::move(s)) { next(); }

private:
  void next() {
    socket_.async_read_some(net::buffer(data_), [this](error_code ec, std::size_t n) {
      if (ec) {
        delete this;
        return;
      }
      log_line(std::string(data_.data(), n));
      next();
    });
  }

  tcp::socket socket_;
  std::array<char, 512> data_{};
};

// Two chains at once: a read and a deadline, each deleting on its own. The
// deadline's handler deletes the object while the read is pending.
class TimedSession {
public:
  TimedSession(net::io_context &ioc) : socket_(ioc), timer_(ioc) {}
  void start() {
    read();
    arm();
  }

private:
  void read() {
    socket_.async_read_some(net::buffer(data_), [this](error_code ec, std::size_t) {
      // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'this' of 'TimedSession' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+12]]:9: note: 'TimedSession' deletes itself here
      if (!ec)
        read();
    });
  }
  void arm() {
    timer_.async_wait([this](error_code ec) {
      // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: 'this' of 'TimedSession' (which deletes itself) is captured by the completion handler of 'async_wait', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:12: note: 'boost::asio::basic_waitable_timer::async_wait' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+3]]:9: note: 'TimedSession' deletes itself here
      if (!ec) {
        socket_.close();
        delete this;
      }
    });
  }

  tcp::socket socket_;
  net::steady_timer timer_;
  std::array<char, 512> data_{};
};

// A handler that writes the reply and then deletes: the write is pending
// when the object goes.
class EagerCloser {
public:
  explicit EagerCloser(tcp::socket s) : socket_(std::move(s)) {}
  void start() {
    socket_.async_read_some(net::buffer(data_), [this](error_code, std::size_t n) {
      // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'this' of 'EagerCloser' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+7]]:7: note: 'EagerCloser' deletes itself here
      net::async_write(socket_, net::buffer(data_.data(), n),
                       [this](error_code, std::size_t) { log_line("sent"); });
      // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: 'this' of 'EagerCloser' (which deletes itself) is captured by the completion handler of 'async_write', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-3]]:7: note: 'boost::asio::async_write' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+2]]:7: note: 'EagerCloser' deletes itself here
      log_line("closing");
      delete this;
    });
  }

private:
  tcp::socket socket_;
  std::array<char, 512> data_{};
};

// A chain whose deleting helper is public: anyone may call `close()` while
// the read is pending (Crow's old connection).
class PublicClose {
public:
  explicit PublicClose(tcp::socket s) : socket_(std::move(s)) {}
  void start() {
    socket_.async_read_some(net::buffer(data_), [this](error_code ec, std::size_t) {
      // CHECK-MESSAGES: :[[@LINE-1]]:50: warning: 'this' of 'PublicClose' (which deletes itself) is captured by the completion handler of 'async_read_some', which can run after the object is destroyed [ctxlife-detached-capture]
      // CHECK-MESSAGES: :[[@LINE-2]]:13: note: 'boost::asio::basic_stream_socket::async_read_some' calls it when the operation completes, after this function returns
      // CHECK-MESSAGES: :[[@LINE+9]]:5: note: 'PublicClose' deletes itself here
      if (ec)
        close();
      else
        start();
    });
  }
  void close() {
    socket_.close();
    delete this;
  }

private:
  tcp::socket socket_;
  std::array<char, 512> data_{};
};

// The chain with public handlers and a first step before the reads (the
// shape of Asio's C++03 SSL server): nobody calls a completion handler
// directly, so the handlers still run only as completions.
class HandshakeSession {
public:
  explicit HandshakeSession(tcp::socket s) : socket_(std::move(s)) {}
  void start() {
    net::post(socket_.get_executor(),
              std::bind(&HandshakeSession::on_greeting, this, error_code()));
  }
  void on_greeting(const error_code &ec) {
    if (ec) {
      delete this;
      return;
    }
    socket_.async_read_some(net::buffer(data_),
                            std::bind(&HandshakeSession::on_read, this,
                                      std::placeholders::_1, std::placeholders::_2));
  }
  void on_read(const error_code &ec, std::size_t) {
    if (ec)
      delete this;
    else
      on_greeting(ec);
  }

private:
  tcp::socket socket_;
  std::array<char, 512> data_{};
};
