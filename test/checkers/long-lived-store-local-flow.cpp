// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Locals assigned after their declaration, beyond the aggregate cases of
// long-lived-store-aggregate-fields.cpp: what reaches a read through a loop,
// a lambda capturing the variable by copy, a helper's parameter reassigned
// before it is stored, a context pointer set later; one element made from
// two arguments is one finding; a map's key emplaced from a string.
#include <httplib.h>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

std::vector<std::string_view> g_prev;
std::vector<std::function<void()>> g_hooks;
std::vector<std::string_view> g_views;
std::vector<std::string> g_copies;
std::map<std::string_view, int> g_counts;
std::string_view g_last;
const httplib::Request *g_req = nullptr;

void audit(std::string_view what);

// The parameter is overwritten with static data before it is stored: the
// helper stores nothing of what its callers pass.
void Remember(std::string_view what) {
  what = "redacted";
  g_last = what;
}

void handler(const httplib::Request &req, httplib::Response &res) {
  // The view assigned in one iteration is stored in the next.
  std::string_view prev;
  for (int i = 0; i < 3; ++i) {
    if (!prev.empty())
      g_prev.push_back(prev);
    // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: value 'prev' of type 'std::string_view' derived from request context 'req' is stored in global 'g_prev' and outlives the request [ctxlife-long-lived-store]
    prev = req.path;
  }

  // Captured by copy after it was assigned from the request.
  std::string_view route;
  route = req.path;
  g_hooks.push_back([route] { audit(route); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lambda capturing request context 'req' is stored in global 'g_hooks' and outlives the request [ctxlife-long-lived-store]

  // A context pointer set after its declaration.
  const httplib::Request *current = nullptr;
  current = &req;
  g_req = current;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: request context 'current' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]

  // One element made from two iterators into the request: one finding.
  g_views.emplace_back(req.body.data(), req.body.size());
  // CHECK-MESSAGES: :[[@LINE-1]]:24: warning: value 'req.body.data()' of type 'const char *' derived from request context 'req' is stored in global 'g_views' and outlives the request [ctxlife-long-lived-store]

  // A map of views keyed by a string of the request: the key is a view.
  g_counts.emplace(req.path, 1);
  // CHECK-MESSAGES: :[[@LINE-1]]:20: warning: value 'req.path' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_counts' and outlives the request [ctxlife-long-lived-store]

  // Correct look-alikes.
  Remember(req.path);
  // Reassigned to static data before the capture.
  std::string_view shown = req.path;
  shown = "/";
  g_hooks.push_back([shown] { audit(shown); });
  // Captured before the assignment from the request.
  std::string_view early;
  g_hooks.push_back([early] { audit(early); });
  early = req.path;
  // Cleared before the store on every path.
  const httplib::Request *cleared = &req;
  if (res.status == 200)
    cleared = nullptr;
  else
    cleared = g_req;
  g_req = cleared;
  // A map keyed by a local copy, and owning copies.
  std::string key = req.path;
  std::map<std::string_view, int> local_counts;
  local_counts.emplace(key, 1);
  g_copies.emplace_back(req.body.data(), req.body.size());
  res.status = 200;
}
