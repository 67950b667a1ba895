// Boost.Beast asynchronous HTTP server: one session object per connection,
// modelled on Beast's http_server_async example, plus a small hit counter.
#include <functional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;
using Request = http::request<http::string_body>;

std::mutex g_mu;
beast::string_view g_last_target;                 // "last page served", as a view
std::string g_last_target_copy;                   // ... and as a copy
std::unordered_map<std::string, int> g_hits;      // per-path counters
std::set<beast::string_view> g_user_agents;       // user agents seen, as views
std::set<std::string> g_user_agent_names;         // ... and as copies
std::vector<const Request *> g_slow_requests;     // requests to log later
std::vector<std::function<void()>> g_audit_queue; // drained by an audit thread

// Free handler: `req` is borrowed from the session for the duration of the call.
http::response<http::string_body> handle_request(const Request &req) {
  std::lock_guard<std::mutex> lock(g_mu);
  beast::string_view ua = req[http::field::user_agent];
  g_user_agents.insert(ua); // BUG: the view points into req's header buffer, reused for the next request
  g_user_agent_names.insert(std::string(ua)); // OK: owns a copy of the bytes
  g_audit_queue.push_back([&req] { (void)req.target(); }); // BUG: captures the request by reference; runs after it is gone
  std::string path(req.target());
  g_audit_queue.push_back([path] { (void)path.size(); }); // OK: captures a copied path
  std::thread([&req] { (void)req.body().size(); }).detach(); // BUG: the detached thread reads the request after the handler returned
  std::thread([path] { (void)path.size(); }).detach(); // OK: the thread owns a copy

  http::response<http::string_body> res{http::status::ok, req.version()};
  res.set(http::field::content_type, "text/plain");
  res.keep_alive(req.keep_alive());
  res.body() = "hits: " + std::to_string(++g_hits[path]) + "\n";
  res.prepare_payload();
  return res;
}

class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket) : stream_(std::move(socket)) {}
  void run() { do_read(); }

private:
  void do_read() {
    req_ = {}; // the same object is reused for every request on the connection
    http::async_read(stream_, buffer_, req_,
                     beast::bind_front_handler(&session::on_read, shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t) {
    if (ec)
      return;
    {
      std::lock_guard<std::mutex> lock(g_mu);
      g_last_target = req_.target(); // BUG: a string_view of req_, which is cleared by the next do_read()
      g_last_target_copy = std::string(req_.target()); // OK: copied into an owning std::string
      if (req_.body().size() > 1 << 20)
        g_slow_requests.push_back(&req_); // BUG: address of the session's request; the session dies with the connection
    }
    res_ = handle_request(req_);
    http::async_write(stream_, res_,
                      beast::bind_front_handler(&session::on_write, shared_from_this()));
  }

  void on_write(beast::error_code ec, std::size_t) {
    net::post(stream_.get_executor(), [this] { log_served(); }); // BUG: no owning reference; the session can be destroyed before the handler runs
    net::post(stream_.get_executor(), [self = shared_from_this()] { self->log_served(); }); // OK: the handler owns the session
    if (ec || res_.need_eof()) {
      stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
      return;
    }
    do_read();
  }

  void log_served() { g_last_target_copy = std::string(req_.target()); }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  Request req_;                            // OK: the session owns its request
  http::response<http::string_body> res_;
};

void do_accept(tcp::acceptor &acceptor, net::io_context &ioc) {
  acceptor.async_accept(net::make_strand(ioc),
                        [&acceptor, &ioc](beast::error_code ec, tcp::socket socket) {
                          if (!ec)
                            std::make_shared<session>(std::move(socket))->run();
                          do_accept(acceptor, ioc);
                        });
}

int main() {
  net::io_context ioc;
  tcp::acceptor acceptor(ioc, {tcp::v4(), 8080});
  do_accept(acceptor, ioc);
  ioc.run();
}
