// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Which members of `this` are the service object's own storage.
#include <boost/beast/http.hpp>
#include <grpcpp/grpcpp.h>
#include <map>
#include <memory>

namespace http = boost::beast::http;

// Boost.Beast's own async server: a helper object holding a reference to the
// session parks the response (a shared copy of a message the handler made)
// in the session. Neither is request-scoped storage of a request context.
struct session {
  struct send_lambda {
    session &self_;
    template <bool R, class B, class F>
    void operator()(http::message<R, B, F> &&msg) const {
      auto sp = std::make_shared<http::message<R, B, F>>(std::move(msg));
      self_.res_ = sp;
    }
  };
  http::request<http::string_body> req_;
  std::shared_ptr<void> res_;
  void on_read() { send_lambda{*this}(http::response<http::string_body>{}); }
};

struct State {
  std::map<int, grpc::ServerContext *> by_id;
};

class Svc {
  std::unique_ptr<State> state_;
  std::shared_ptr<State> shared_;
  State *peer_ = nullptr;
  State &other_;

public:
  explicit Svc(State &o) : other_(o) {}
  void Handle(grpc::ServerContext *ctx) {
    state_->by_id[1] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'state_' of service object 'Svc' and outlives the request [ctxlife-long-lived-store]
    shared_->by_id[2] = ctx;
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in member 'shared_' of service object 'Svc' and outlives the request [ctxlife-long-lived-store]
    // Objects the service only points to or refers to: unknown lifetime.
    peer_->by_id[3] = ctx;
    other_.by_id[4] = ctx;
  }
};

// `this` of a per-request object, captured by a lambda parked in long-lived
// storage, dangles once the request is done; a service's `this` does not,
// and an owning `shared_from_this()` capture keeps the object alive.
#include <functional>
#include <vector>
std::vector<std::function<void()>> g_on_shutdown;

class Reactor : public grpc::ServerUnaryReactor {
public:
  explicit Reactor(grpc::CallbackServerContext *ctx) : ctx_(ctx) {
    g_on_shutdown.push_back([this] { Finish(grpc::Status::CANCELLED); });
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: lambda capturing 'this' of per-request object 'Reactor' is stored in global 'g_on_shutdown' and outlives the request [ctxlife-long-lived-store]
  }
  void OnDone() override { delete this; }

private:
  grpc::CallbackServerContext *ctx_;
};

class Session : public std::enable_shared_from_this<Session> {
  http::request<http::string_body> req_;

public:
  void start() {
    g_on_shutdown.push_back([self = shared_from_this()] { (void)self; });
  }
};

class Service {
  int served_ = 0;

public:
  void Handle(grpc::ServerContext *) {
    g_on_shutdown.push_back([this] { ++served_; });
  }
};
