// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// civetweb: the mg_connection and the mg_request_info (and every char* in
// it) belong to a worker thread for one request. The mg_context and the
// CivetServer are server-lifetime.
#include <CivetServer.h>
#include <civetweb.h>

#include <functional>
#include <map>
#include <string>
#include <vector>

struct mg_connection *g_conn;
const struct mg_request_info *g_info;
const char *g_uri;
const char *g_remote;
std::vector<std::function<void()>> g_tasks;
std::map<std::string, mg_connection *> g_by_uri;
thread_local mg_connection *t_conn;

// Server-lifetime objects and copies are fine.
struct mg_context *g_ctx;
struct mg_context *g_ctx_from_conn;
CivetServer *g_server;
void *g_cbdata;
void *g_user;
std::vector<std::string> g_uris;
std::vector<int> g_ports;
std::vector<CivetHandler *> g_handlers;

// A C handler registered with mg_set_request_handler.
int hello_handler(struct mg_connection *conn, void *cbdata) {
  g_conn = conn;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: request context 'conn' of type 'mg_connection *' is stored in global 'g_conn' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-3]]:41: note: request context 'conn' is declared here
  // CHECK-MESSAGES: :[[@LINE-3]]:12: note: store a copy of the fields needed such as 'std::string(mg_get_request_info(conn)->local_uri)' instead
  g_info = mg_get_request_info(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: request context 'mg_get_request_info(conn)' of type 'const mg_request_info *' is stored in global 'g_info' and outlives the request [ctxlife-long-lived-store]
  // CHECK-MESSAGES: :[[@LINE-2]]:12: note: request context returned by 'mg_get_request_info(conn)'
  const struct mg_request_info *ri = mg_get_request_info(conn);
  g_uri = ri->local_uri;
  // CHECK-MESSAGES: :[[@LINE-1]]:11: warning: value 'ri->local_uri' of type 'const char *' derived from request context 'mg_get_request_info(conn)' is stored in global 'g_uri' and outlives the request [ctxlife-long-lived-store]
  g_remote = ri->remote_addr;
  // CHECK-MESSAGES: :[[@LINE-1]]:14: warning: value 'ri->remote_addr' of type '{{(const )?}}char[48]' derived from request context 'mg_get_request_info(conn)' is stored in global 'g_remote' and outlives the request [ctxlife-long-lived-store]
  g_by_uri[ri->local_uri] = conn;
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: request context 'conn' of type 'mg_connection *' is stored in global 'g_by_uri' and outlives the request [ctxlife-long-lived-store]
  t_conn = conn;
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: request context 'conn' of type 'mg_connection *' is stored in thread_local 't_conn' and outlives the request [ctxlife-long-lived-store]

  // Copies of the fields are fine; so are the user's callback data and the
  // server context.
  g_uris.push_back(ri->local_uri);
  g_uris.emplace_back(std::string(ri->remote_addr));
  g_ports.push_back(ri->remote_port);
  g_cbdata = cbdata;
  g_ctx_from_conn = mg_get_context(conn);
  g_user = mg_get_user_data(mg_get_context(conn));
  mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\nHello %s", ri->local_uri);
  return 200;
}

int deferred_handler(struct mg_connection *conn, void *cbdata) {
  g_tasks.push_back([conn] { mg_printf(conn, "late"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:21: warning: lambda capturing request context 'conn' is stored in global 'g_tasks' and outlives the request [ctxlife-long-lived-store]
  static const struct mg_request_info *first = mg_get_request_info(conn);
  // CHECK-MESSAGES: :[[@LINE-1]]:48: warning: request context 'mg_get_request_info(conn)' of type 'const mg_request_info *' is stored in function-local static 'first' and outlives the request [ctxlife-long-lived-store]

  // Work finished inside the handler is fine.
  std::vector<std::function<void()>> local;
  local.push_back([conn] { mg_printf(conn, "now"); });
  for (auto &f : local)
    f();
  std::string uri = mg_get_request_info(conn)->local_uri;
  g_tasks.push_back([uri] { g_uris.push_back(uri); });
  return 200;
}

// CivetHandler objects are registered once and outlive every request.
class ApiHandler : public CivetHandler {
public:
  bool handleGet(CivetServer *server, struct mg_connection *conn) override {
    last_conn_ = conn;
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'conn' of type 'mg_connection *' is stored in member 'last_conn_' of service object 'ApiHandler' and outlives the request [ctxlife-long-lived-store]
    infos_.push_back(mg_get_request_info(conn));
    // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: request context 'mg_get_request_info(conn)' of type 'const mg_request_info *' is stored in member 'infos_' of service object 'ApiHandler' and outlives the request [ctxlife-long-lived-store]

    // The server and copies are fine.
    server_ = server;
    g_server = server;
    last_uri_ = mg_get_request_info(conn)->local_uri;
    ++hits_;
    std::string body = CivetServer::getPostData(conn);
    mg_printf(conn, "HTTP/1.1 200 OK\r\n\r\n%s", body.c_str());
    return true;
  }

  bool handlePost(CivetServer *server, struct mg_connection *conn) override {
    std::string value;
    if (CivetServer::getParam(conn, "name", value))
      names_.push_back(value);
    return true;
  }

private:
  mg_connection *last_conn_ = nullptr;
  std::vector<const mg_request_info *> infos_;
  CivetServer *server_ = nullptr;
  std::string last_uri_;
  std::vector<std::string> names_;
  int hits_ = 0;
};

// A per-request helper object may keep the connection.
class ConnScope {
public:
  explicit ConnScope(mg_connection *conn) : conn_(conn) {}
  void rebind(mg_connection *conn) { conn_ = conn; }

private:
  mg_connection *conn_;
};

int main() {
  mg_init_library(0);
  struct mg_callbacks callbacks = {};
  g_ctx = mg_start(&callbacks, nullptr, nullptr);
  mg_set_request_handler(g_ctx, "/hello", hello_handler, nullptr);
  mg_set_request_handler(g_ctx, "/later", deferred_handler, nullptr);

  const char *options[] = {"listening_ports", "8081", nullptr};
  static CivetServer server(options);
  g_server = &server;
  static ApiHandler api;
  server.addHandler("/api", api);
  g_handlers.push_back(&api);
  mg_stop(g_ctx);
}
