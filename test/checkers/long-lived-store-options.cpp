// Default options: every framework, no user types, built-in store methods.
// RUN: %check_ctxlife --check-suffix=DEFAULT %s ctxlife-long-lived-store %t -- %stubflags
// Frameworks limited to httplib: gRPC contexts are no longer known.
// RUN: %check_ctxlife --check-suffix=HTTPLIB --config-options="ctxlife-long-lived-store.Frameworks: 'httplib'" %s ctxlife-long-lived-store %t -- %stubflags
// User context types and store functions.
// RUN: %check_ctxlife --check-suffix=USER --config-options="ctxlife-long-lived-store.ContextTypes: 'app::Session;::app::Job', ctxlife-long-lived-store.StoreFunctions: 'app::Cache::put;app::publish'" %s ctxlife-long-lived-store %t -- %stubflags
// The global (unprefixed) ContextTypes option is read too.
// RUN: %check_ctxlife --check-suffix=GLOBAL --config-options="ContextTypes: 'app::Session'" %s ctxlife-long-lived-store %t -- %stubflags
// An unknown framework name is a configuration error (exit 2), reported once.
// RUN: %check_ctxlife --check-suffix=BAD --expect-exit=2 --config-options="ctxlife-long-lived-store.Frameworks: 'grpc;expressjs'" %s ctxlife-long-lived-store %t -- %stubflags

#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <string>
#include <vector>

// CHECK-MESSAGES-BAD: warning: unknown framework 'expressjs' in option 'Frameworks' (known: all, grpc, beast, httplib, cpprest, civetweb, drogon, crow, pistache) [clang-tidy-config]

namespace app {
struct Session { std::string user; };
struct Job { int id; };
// Marked in the source: always a request context, whatever the options say.
struct [[clang::annotate("ctxlife::request_scope")]] Exchange { std::string body; };

class Cache {
public:
  void put(const void *p);
};
void publish(const void *p);
Cache &cache();
} // namespace app

grpc::ServerContext *g_ctx;
const httplib::Request *g_req;
const app::Session *g_session;
const app::Job *g_job;
const app::Exchange *g_exchange;
app::Cache g_cache;

void grpc_handler(grpc::ServerContext *ctx) {
  g_ctx = ctx;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_ctx' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-USER: :[[@LINE-2]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_ctx' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-3]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_ctx' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-BAD: :[[@LINE-4]]:11: warning: request context 'ctx' of type 'grpc::ServerContext *' is stored in global 'g_ctx' and outlives the request [ctxlife-long-lived-store]
}

void http_handler(const httplib::Request &req, httplib::Response &res) {
  g_req = &req;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:11: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:11: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-USER: :[[@LINE-3]]:11: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-4]]:11: warning: request context '&req' of type 'const httplib::Request *' is stored in global 'g_req' and outlives the request [ctxlife-long-lived-store]
}

void user_handler(const app::Session &s, const app::Job *job, app::Exchange &ex) {
  g_session = &s;
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:15: warning: request context '&s' of type 'const app::Session *' is stored in global 'g_session' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-2]]:15: warning: request context '&s' of type 'const app::Session *' is stored in global 'g_session' and outlives the request [ctxlife-long-lived-store]
  g_job = job;
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:11: warning: request context 'job' of type 'const app::Job *' is stored in global 'g_job' and outlives the request [ctxlife-long-lived-store]
  g_exchange = &ex;
  // CHECK-MESSAGES-DEFAULT: :[[@LINE-1]]:16: warning: request context '&ex' of type 'app::Exchange *' is stored in global 'g_exchange' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-HTTPLIB: :[[@LINE-2]]:16: warning: request context '&ex' of type 'app::Exchange *' is stored in global 'g_exchange' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-USER: :[[@LINE-3]]:16: warning: request context '&ex' of type 'app::Exchange *' is stored in global 'g_exchange' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-GLOBAL: :[[@LINE-4]]:16: warning: request context '&ex' of type 'app::Exchange *' is stored in global 'g_exchange' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES-BAD: :[[@LINE-5]]:16: warning: request context '&ex' of type 'app::Exchange *' is stored in global 'g_exchange' and outlives the request [ctxlife-long-lived-store]

  // User store functions: a member function on long-lived storage, and a
  // free function whose call is the store.
  g_cache.put(job);
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:15: warning: request context 'job' of type 'const app::Job *' is stored in global 'g_cache' and outlives the request [ctxlife-long-lived-store]
  app::publish(&s);
  // CHECK-MESSAGES-USER: :[[@LINE-1]]:16: warning: request context '&s' of type 'const app::Session *' is stored in the storage behind 'app::publish' and outlives the request [ctxlife-long-lived-store]
  app::Cache local;
  local.put(job); // a local cache dies with the request: quiet
  // Copies are fine with any option.
  static std::string last_user;
  last_user = s.user;
}
