// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Issue 14, "bindings", for detached work: a structured binding into the
// request (a header entry, a pair of views) or a view made by a range
// adaptor over request data is a view into the request when work that
// outlives the request captures it. A binding captured by copy copies the
// member it names, which is fine for a string and not for a view.
#include <httplib.h>

#include <ranges>
#include <string>
#include <string_view>
#include <thread>
#include <utility>

void audit(std::string_view what);
void audit_all(const std::string &what);

std::pair<std::string_view, std::string_view> SplitCredentials(std::string_view s) {
  auto colon = s.find(':');
  return {s.substr(0, colon), s.substr(colon + 1)};
}

void login(const httplib::Request &req, httplib::Response &res) {
  for (const auto &[name, value] : req.headers) {
    if (name != "Authorization")
      continue;
    std::thread([&value] { audit(value); }).detach();
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: view 'value' of type 'std::basic_string<char>' into request context 'req' is captured by reference by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    // CHECK-MESSAGES: :[[@LINE-2]]:45: note: the thread is detached here
    // Captured by copy: a copy of the header value, fine.
    std::thread([value] { audit(value); }).detach();
  }
  auto [user, secret] = SplitCredentials(req.body);
  std::thread([user] { audit(user); }).detach();
  // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: view 'user' of type 'std::basic_string_view<char>' into request context 'req' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
  std::thread([u = std::string(user)] { audit(u); }).detach();

  auto ids = std::views::split(req.body, ',');
  std::thread([ids]() mutable {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: view 'ids' of type '{{.*}}' into request context 'req' is captured by a detached thread, which can run after the request has ended [ctxlife-detached-capture]
    for (auto id : ids)
      audit(std::string_view(id.begin(), id.end()));
  }).detach();

  // Correct look-alikes: owning copies made before the work starts.
  std::string body = req.body;
  std::thread([body] {
    for (auto id : std::views::split(body, ','))
      audit(std::string_view(id.begin(), id.end()));
  }).detach();
  for (auto [name, value] : req.headers)
    std::thread([name, value] { audit_all(name + value); }).detach();
  (void)secret;
  res.status = 200;
}
