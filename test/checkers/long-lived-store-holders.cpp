// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 13, "objects that hold a request by reference", stored long-lived:
// an object with a reference or raw-pointer member bound to a request
// context is request-scoped, so keeping it in a global, a static or a member
// of a service object keeps a dangling reference. Reported where the object
// is created from the request, with a note at the member. Copies and
// objects that hold no request data are fine, and so is a per-request object
// keeping one in its own members.
#include <httplib.h>

#include <map>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

class Op {
public:
  explicit Op(httplib::Response &r) : res(r) {}
  void finish() { res.status = 200; }
  httplib::Response &res;
};

class Reader {
public:
  explicit Reader(const httplib::Request *r) : req_(r) {}
  std::string path() const { return req_->path; }

private:
  const httplib::Request *req_;
};

struct Snapshot {
  std::string path;
  std::string body;
};

struct Printer {
  std::ostream &out;
};

std::vector<std::shared_ptr<Op>> g_ops;
std::shared_ptr<Op> g_last_op;
std::vector<Snapshot> g_snapshots;
std::vector<std::shared_ptr<Printer>> g_printers;

void handler(const httplib::Request &req, httplib::Response &res) {
  g_ops.push_back(std::make_shared<Op>(res));
  // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: request context 'res' of type 'httplib::Response &' is held by an object of type 'Op' that is stored in global 'g_ops' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-29]]:22: note: 'Op' holds it in member 'res' here
  // CHECK-MESSAGES: :[[@LINE-4]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:19: note: let 'Op' keep a copy of what it needs from the request instead
  auto op = std::make_shared<Op>(res);
  // CHECK-MESSAGES: :[[@LINE-1]]:13: warning: request context 'res' of type 'httplib::Response &' is held by an object of type 'Op' that is stored in global 'g_last_op' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-34]]:22: note: 'Op' holds it in member 'res' here
  // CHECK-MESSAGES: :[[@LINE-9]]:62: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:13: note: let 'Op' keep a copy of what it needs from the request instead
  g_last_op = op;

  // Quiet: copies, objects without request data, and local keeping.
  g_snapshots.push_back(Snapshot{req.path, req.body});
  std::vector<std::shared_ptr<Op>> pending;
  pending.push_back(std::make_shared<Op>(res));
  for (auto &p : pending)
    p->finish();
  res.status = 200;
}

void log_to(std::ostream &os) { g_printers.push_back(std::make_shared<Printer>(Printer{os})); }

// A service object (lives for the whole program) keeping per-request readers.
class Service {
public:
  void handle(const httplib::Request &req, httplib::Response &res) {
    readers_.push_back(std::make_unique<Reader>(&req));
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: request context '&req' of type 'const httplib::Request *' is held by an object of type 'Reader' that is stored in member 'readers_' of service object 'Service' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-47]]:27: note: 'Reader' holds it in member 'req_' here
    // CHECK-MESSAGES: :[[@LINE-4]]:39: note: request context 'req' is declared here
    // CHECK-MESSAGES: :[[@LINE-4]]:24: note: let 'Reader' keep a copy of what it needs from the request instead
    by_path_[req.path] = Snapshot{req.path, req.body}; // a copy: fine
    res.status = 200;
  }

private:
  std::vector<std::unique_ptr<Reader>> readers_;
  std::map<std::string, Snapshot> by_path_;
};

// A per-request object may keep holders of its own request in its members.
class Exchange {
public:
  explicit Exchange(httplib::Request req) : req_(std::move(req)) {}
  void start() { reader_ = std::make_unique<Reader>(&req_); }

private:
  httplib::Request req_;
  std::unique_ptr<Reader> reader_;
};
