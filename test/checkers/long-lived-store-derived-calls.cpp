// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- %stubflags
// Calls that return views or pointers into the request they are given.
#include <CivetServer.h>
#include <civetweb.h>
#include <httplib.h>
#include <cstring>
#include <string>
#include <string_view>

const char *g_host;
std::string g_host_copy;
std::string_view g_trimmed;
const char *g_dup;
std::string_view trim(std::string_view s) { return s.substr(1); }

int handler(struct mg_connection *conn, void *) {
  g_host = mg_get_header(conn, "Host");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: value 'mg_get_header(conn, "Host")' of type 'const char *' derived from request context 'conn' is stored in global 'g_host' and outlives the request [ctxlife-long-lived-store]
  g_host = CivetServer::getHeader(conn, "Host");
  // CHECK-MESSAGES: :[[@LINE-1]]:12: warning: value 'CivetServer::getHeader(conn, "Host")' of type 'const char *' derived from request context 'conn' is stored in global 'g_host' and outlives the request [ctxlife-long-lived-store]
  // Copies, and memory the program owns, are fine.
  g_host_copy = mg_get_header(conn, "Host");
  g_dup = strdup(mg_get_header(conn, "Host"));
  return 200;
}

void h(const httplib::Request &req, httplib::Response &) {
  g_trimmed = trim(req.path);
  // CHECK-MESSAGES: :[[@LINE-1]]:15: warning: value 'trim(req.path)' of type 'std::string_view' derived from request context 'req' is stored in global 'g_trimmed' and outlives the request [ctxlife-long-lived-store]
  static const std::string kPrefix = "/api";
  g_trimmed = trim(kPrefix); // a view of a static: fine
  std::string local = req.path;
  (void)trim(local);
}
