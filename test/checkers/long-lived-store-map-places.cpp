// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "keys and views": a map's key and mapped value are told apart
// by place. In a std::map<std::string, std::string_view>, a view given as
// the key of emplace is copied into the owning key; given as the value, it
// is stored.
#include <httplib.h>

#include <map>
#include <string>
#include <string_view>

std::map<std::string, std::string_view> g_kind_by_route;

void classify(const httplib::Request &req, httplib::Response &res) {
  std::string_view route = req.path;
  g_kind_by_route.emplace("last", route);
  // CHECK-MESSAGES: :[[@LINE-1]]:35: warning: value 'route' of type 'std::string_view' derived from request context 'req' is stored in global 'g_kind_by_route' and outlives the request [ctxlife-long-lived-store]

  // Correct: the view is the key, copied into a std::string; the value is
  // a literal.
  g_kind_by_route.emplace(route, "api");
  g_kind_by_route.emplace(std::string(route), "static");
  res.status = 200;
}
