// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Issue 14, "bindings": structured bindings (also in a range-for over the
// request's headers or metadata), references and views bound from them,
// and views made by standard range adaptors over request data
// (`views::split`, `transform`, `filter`, `take`...) are derived from the
// request. A binding by value (`auto [k, v]`, `for (auto h : ...)`) copies
// and is not.
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include "helloworld.grpc.pb.h"

#include <map>
#include <ranges>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using helloworld::Greeter;
using helloworld::HelloReply;
using helloworld::HelloRequest;

std::vector<std::string_view> g_trace_ids;
std::vector<const std::string *> g_header_values;
std::map<std::string_view, std::string_view> g_forwarded;
std::vector<std::string_view> g_segments;
std::vector<std::string_view> g_words;
std::string_view g_user;
std::vector<std::string> g_header_copies;
std::map<std::string, std::string> g_config;

// Splits "user:secret" into two views of the argument.
std::pair<std::string_view, std::string_view> SplitCredentials(std::string_view s) {
  auto colon = s.find(':');
  return {s.substr(0, colon), s.substr(colon + 1)};
}

void trace_middleware(const httplib::Request &req, httplib::Response &res) {
  for (const auto &[name, value] : req.headers) {
    if (name == "X-Trace-Id")
      g_trace_ids.push_back(value);
    // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: value 'value' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_trace_ids' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-4]]:27: note: 'value' refers to request context 'req'
    if (name.rfind("X-Forwarded-", 0) == 0)
      g_forwarded[name] = value;
    // CHECK-MESSAGES: :[[@LINE-1]]:19: warning: value 'name' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-2]]:27: warning: value 'value' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]
    // A reference bound from a binding.
    const std::string &alias = value;
    if (name == "Cookie")
      g_header_values.push_back(&alias);
    // CHECK-MESSAGES: :[[@LINE-1]]:33: warning: value '&alias' of type 'const std::string *' derived from request context 'req' is stored in global 'g_header_values' and outlives the request [ctxlife-long-lived-store]
  }
  // A binding of a pair of views into the request.
  auto [user, secret] = SplitCredentials(req.body);
  g_user = user;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: value 'user' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_user' and outlives the request [ctxlife-long-lived-store]
  // A binding to a header entry found by key.
  if (auto it = req.headers.find("Host"); it != req.headers.end()) {
    const auto &[key, host] = *it;
    g_forwarded.emplace(key, host);
    // CHECK-MESSAGES: :[[@LINE-1]]:25: warning: value 'key' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-2]]:30: warning: value 'host' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]
  }

  // Correct look-alikes: bindings by value copy the entry.
  for (auto [name, value] : req.headers)
    if (name == "X-Request-Id")
      g_header_copies.push_back(value);
  for (auto header : req.headers)
    g_header_copies.push_back(header.second);
  for (const auto &[name, value] : req.headers)
    g_header_copies.push_back(std::string(name) + "=" + value);
  // Bindings over the program's own data.
  for (const auto &[key, value] : g_config)
    g_trace_ids.push_back(value);
  auto [u, s] = SplitCredentials("static:default");
  g_user = u;
  (void)secret;
  (void)s;
  res.status = 200;
}

void ranges_handler(const httplib::Request &req, httplib::Response &res) {
  for (auto part : std::views::split(req.path, '/'))
    g_segments.emplace_back(part.begin(), part.end());
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: value 'part.begin()' of type '{{.*}}' derived from request context 'req' is stored in global 'g_segments' and outlives the request [ctxlife-long-lived-store]
  auto words = req.body | std::views::split(' ') |
               std::views::transform([](auto r) { return std::string_view(r.begin(), r.end()); });
  for (std::string_view w : words)
    g_words.push_back(w);
  // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: value 'w' of type 'std::string_view' derived from request context 'req' is stored in global 'g_words' and outlives the request [ctxlife-long-lived-store]
  auto nonempty = g_words | std::views::filter([](std::string_view w) { return !w.empty(); });
  (void)nonempty;
  for (const auto &h : req.headers | std::views::take(4))
    g_header_values.push_back(&h.second);
  // CHECK-MESSAGES: :[[@LINE-1]]:31: warning: value '&h.second' of type 'const std::basic_string<char> *' derived from request context 'req' is stored in global 'g_header_values' and outlives the request [ctxlife-long-lived-store]
  auto params = req.params | std::views::filter([](const auto &p) { return !p.second.empty(); });
  for (const auto &[k, v] : params)
    g_forwarded[k] = v;
  // CHECK-MESSAGES: :[[@LINE-1]]:17: warning: value 'k' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-2]]:22: warning: value 'v' of type 'std::basic_string_view<char>' derived from request context 'req' is stored in global 'g_forwarded' and outlives the request [ctxlife-long-lived-store]

  // Correct look-alikes: owning copies, adaptors over the program's data.
  for (auto part : std::views::split(req.path, '/'))
    g_header_copies.emplace_back(part.begin(), part.end());
  std::string owned = req.body;
  auto owned_words = owned | std::views::split(' ');
  for (auto w : owned_words)
    res.body.append(w.begin(), w.end());
  for (const auto &[k, v] : g_config | std::views::take(2))
    g_trace_ids.push_back(v);
}

// ---- gRPC metadata: `client_metadata()` is a multimap of views into the call.
class GreeterImpl final : public Greeter::Service {
public:
  grpc::Status SayHello(grpc::ServerContext *ctx, const HelloRequest *req,
                        HelloReply *reply) override {
    for (const auto &[key, value] : ctx->client_metadata())
      if (key.starts_with("x-"))
        tags_.emplace(key, value);
    // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: value 'key' of type 'grpc::string_ref' derived from request context 'ctx' is stored in member 'tags_' of service object 'GreeterImpl' and outlives the request [ctxlife-long-lived-store]
    // CHECK-MESSAGES: :[[@LINE-2]]:28: warning: value 'value' of type 'grpc::string_ref' derived from request context 'ctx' is stored in member 'tags_' of service object 'GreeterImpl' and outlives the request [ctxlife-long-lived-store]
    for (const auto &[key, value] : ctx->client_metadata())
      tag_copies_.emplace(std::string(key.data(), key.size()),
                          std::string(value.data(), value.size()));
    reply->set_message("Hello " + req->name());
    return grpc::Status::OK;
  }

private:
  std::multimap<grpc::string_ref, grpc::string_ref> tags_;
  std::multimap<std::string, std::string> tag_copies_;
};
