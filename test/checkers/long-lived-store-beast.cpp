// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Boost.Beast: a message is request-scoped when a session object owns it or
// a handler receives it by reference; a copy is an independent value.
#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace beast = boost::beast;
namespace http = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

const http::request<http::string_body> *g_current;
beast::string_view g_target;
std::vector<beast::string_view> g_hosts;
std::vector<beast::string_view> g_names;
const http::header<true> *g_header;
http::response<http::string_body> *g_pending_res;
std::vector<std::function<void()>> g_tasks;
std::map<std::string, const std::string *> g_bodies;

// Copies are fine.
http::request<http::string_body> g_last_request;
std::vector<http::response<http::string_body>> g_sent;
std::vector<std::string> g_targets;
std::shared_ptr<http::response<http::string_body>> g_last_response;
net::io_context *g_ioc;

void log_line(const std::string &s) {}

// The handler of the Beast examples: a template taking the request by rvalue
// reference. One finding per store, however many instantiations.
template <class Body, class Allocator, class Send>
void handle_request(beast::string_view doc_root,
                    http::request<Body, http::basic_fields<Allocator>> &&req,
                    Send &&send) {
  g_target = req.target();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value 'req.target()' of type 'boost::beast::string_view' derived from request context 'req' is stored in global 'g_target' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-4]]:74: note: request context 'req' is declared here
  // CHECK-MESSAGES: :[[@LINE-3]]:14: note: store an owning copy of the data, such as a 'std::string' made from 'req.target()' instead
  g_hosts.push_back(req[http::field::host]);
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: value 'req[http::field::host]' of type 'boost::beast::string_view' derived from request context 'req' is stored in global 'g_hosts' and outlives the request [ctxlife-long-lived-store]
  g_header = &req.base();
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value '&req.base()' of type 'boost::beast::http::header<true> *' derived from request context 'req' is stored in global 'g_header' and outlives the request [ctxlife-long-lived-store]
  for (auto const &f : req)
    g_names.push_back(f.name_string());
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: value 'f.name_string()' of type 'boost::beast::string_view' derived from request context 'req' is stored in global 'g_names' and outlives the request [ctxlife-long-lived-store]

  // Copies of the fields, and of the message, are fine.
  g_targets.push_back(std::string(req.target()));
  g_targets.emplace_back(req[http::field::user_agent]);
  for (auto const &f : req)
    g_targets.push_back(std::string(f.value()));
  g_last_request = req;

  http::response<http::string_body> res{http::status::ok, req.version()};
  res.body() = std::string(req.target());
  res.prepare_payload();
  g_sent.push_back(res);
  send(std::move(res));
}

// A handler taking the response by reference.
void fill(http::response<http::string_body> &res,
          const http::request<http::string_body> &req) {
  g_pending_res = &res;
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context '&res' of type 'boost::beast::http::message<false, boost::beast::http::basic_string_body<char>> *' is stored in global 'g_pending_res' and outlives the request [ctxlife-long-lived-store]
  g_bodies[std::string(req.target())] = &req.body();
  // CHECK-MESSAGES: :[[@LINE-1]]:41: warning: value '&req.body()' of type 'const std::basic_string<char> *' derived from request context 'req' is stored in global 'g_bodies' and outlives the request [ctxlife-long-lived-store]
  res.body() = req.body();
}

// A long-lived router object is not per-request: its members outlive one.
class router {
public:
  void route(const http::request<http::string_body> &req) {
    seen_.push_back(&req);
    // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: request context '&req' of type 'const boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> *' is stored in member 'seen_' of service object 'router' and outlives the request [ctxlife-long-lived-store]
    counts_[std::string(req.target())]++;
  }

private:
  std::vector<const http::request<http::string_body> *> seen_;
  std::map<std::string, int> counts_;
};

// The session of the async example owns its request: keeping it in its own
// members is fine, publishing its address or a view into it is not.
class session : public std::enable_shared_from_this<session> {
public:
  explicit session(tcp::socket &&socket) : stream_(std::move(socket)) {}

  void run() { do_read(); }

private:
  void do_read() {
    req_ = {};
    http::async_read(stream_, buffer_, req_,
                     beast::bind_front_handler(&session::on_read,
                                               shared_from_this()));
  }

  void on_read(beast::error_code ec, std::size_t bytes) {
    if (ec)
      return;
    g_current = &req_;
    // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: request context '&req_' of type 'boost::beast::http::message<true, boost::beast::http::basic_string_body<char>> *' is stored in global 'g_current' and outlives the request [ctxlife-long-lived-store]
    g_target = req_.target();
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: value 'req_.target()' of type 'boost::beast::string_view' derived from request context 'req_' is stored in global 'g_target' and outlives the request [ctxlife-long-lived-store]
    g_tasks.push_back([&r = req_] { log_line(std::string(r.target())); });
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: lambda capturing request context 'req_' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]

    // The session's own members are its business.
    current_ = &req_;
    target_ = req_.target();
    target_copy_ = std::string(req_.target());
    // Copies captured by value are fine.
    g_tasks.push_back([t = std::string(req_.target())] { log_line(t); });
    g_last_request = req_;

    handle_request(beast::string_view("."), std::move(req_),
                   [self = shared_from_this()](auto &&msg) {
                     // An owned copy of the response, not a request.
                     auto sp = std::make_shared<
                         http::response<http::string_body>>(std::move(msg));
                     g_last_response = sp;
                     self->res_ = sp;
                   });
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  http::request<http::string_body> req_;
  std::shared_ptr<void> res_;
  const http::request<http::string_body> *current_ = nullptr;
  beast::string_view target_;
  std::string target_copy_;
};

int main() {
  static net::io_context ioc{1};
  g_ioc = &ioc;
  tcp::socket socket{ioc};
  std::make_shared<session>(std::move(socket))->run();

  // A message built outside any handler is not request-scoped.
  static http::request<http::string_body> probe{http::verb::get, "/health", 11};
  g_current = &probe;
  ioc.run();
}
