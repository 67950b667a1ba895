// Typical, correct Boost.Beast (Boost 1.74) asynchronous HTTP server,
// modelled on the canonical "http_server_async" example.
// No lifetime bugs: every async operation's completion handler captures
// shared_from_this(), and the response being written is owned by the session
// (res_) so it outlives the async_write.
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <utility>

#include <boost/asio/dispatch.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/version.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = boost::asio::ip::tcp;

namespace {

void fail(beast::error_code ec, const char* what) {
  std::cerr << what << ": " << ec.message() << "\n";
}

http::response<http::string_body> handle_request(
    const http::request<http::string_body>& req) {
  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::server, BOOST_BEAST_VERSION_STRING);
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  if (req.method() != http::verb::get) {
    res.result(http::status::bad_request);
    res.body() = "Unknown HTTP-method";
  } else {
    res.body() = "Hello, " + std::string(req.target());
  }
  res.prepare_payload();
  return res;
}

class session : public std::enable_shared_from_this<session> {
 public:
  explicit session(tcp::socket&& socket) : stream_(std::move(socket)) {}

  void run() {
    // Start on the session's strand.
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&session::do_read, shared_from_this()));
  }

 private:
  void do_read() {
    req_ = {};
    stream_.expires_after(std::chrono::seconds(30));
    http::async_read(stream_, buffer_, req_,
                     beast::bind_front_handler(&session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t /*bytes_transferred*/) {
    if (ec == http::error::end_of_stream) {
      return do_close();
    }
    if (ec) {
      return fail(ec, "read");
    }
    res_ = handle_request(req_);
    http::async_write(stream_, res_,
                      beast::bind_front_handler(&session::on_write, shared_from_this(),
                                                res_.need_eof()));
  }

  void on_write(bool close, beast::error_code ec, std::size_t /*bytes_transferred*/) {
    if (ec) {
      return fail(ec, "write");
    }
    if (close) {
      return do_close();
    }
    do_read();
  }

  void do_close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
  http::response<http::string_body> res_;
};

class listener : public std::enable_shared_from_this<listener> {
 public:
  listener(net::io_context& ioc, tcp::endpoint endpoint)
      : ioc_(ioc), acceptor_(net::make_strand(ioc)) {
    beast::error_code ec;
    acceptor_.open(endpoint.protocol(), ec);
    if (ec) {
      fail(ec, "open");
      return;
    }
    acceptor_.set_option(net::socket_base::reuse_address(true), ec);
    acceptor_.bind(endpoint, ec);
    if (ec) {
      fail(ec, "bind");
      return;
    }
    acceptor_.listen(net::socket_base::max_listen_connections, ec);
    if (ec) {
      fail(ec, "listen");
      return;
    }
  }

  void run() { do_accept(); }

 private:
  void do_accept() {
    // Each new connection gets its own strand.
    acceptor_.async_accept(
        net::make_strand(ioc_),
        beast::bind_front_handler(&listener::on_accept, shared_from_this()));
  }

  void on_accept(beast::error_code ec, tcp::socket socket) {
    if (ec) {
      fail(ec, "accept");
      return;  // don't spin on a broken acceptor
    }
    std::make_shared<session>(std::move(socket))->run();
    do_accept();
  }

  net::io_context& ioc_;  // outlives the listener: owned by main()
  tcp::acceptor acceptor_;
};

}  // namespace

int main(int argc, char* argv[]) {
  const auto address = net::ip::make_address(argc > 1 ? argv[1] : "0.0.0.0");
  const auto port = static_cast<unsigned short>(argc > 2 ? std::atoi(argv[2]) : 8080);

  net::io_context ioc{1};
  std::make_shared<listener>(ioc, tcp::endpoint{address, port})->run();

  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&ioc](const beast::error_code&, int) { ioc.stop(); });

  ioc.run();
  return EXIT_SUCCESS;
}
