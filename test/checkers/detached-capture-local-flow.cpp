// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// A capture by copy holds what the variable holds where the work is made:
// assignments after the declaration count, up to that point only.
#include <httplib.h>

#include <string_view>
#include <thread>

void audit(std::string_view what);

void handler(const httplib::Request &req, httplib::Response &res) {
  std::string_view route;
  route = req.path;
  std::thread([route] { audit(route); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: view 'route' of type 'std::string_view' into request context 'req' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]

  // Correct look-alikes: reassigned to static data before the work is made,
  // or assigned from the request only afterwards.
  std::string_view shown = req.path;
  shown = "/";
  std::thread([shown] { audit(shown); }).detach();
  std::string_view later;
  std::thread([later] { audit(later); }).detach();
  later = req.path;
  res.status = 200;
}
