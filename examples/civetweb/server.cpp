// civetweb server (C++ translation unit) using the C API for a request
// handler and a websocket "live feed", plus the CivetServer wrapper.
// A struct mg_connection and its mg_request_info belong to a worker thread
// and are recycled for the next request once the handler returns.
#include <algorithm>
#include <csignal>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <unistd.h>

#include <CivetServer.h>
#include <civetweb.h>

namespace {

std::mutex g_mu;
struct mg_connection *g_last_conn = nullptr; // "who asked last", for /status
const char *g_last_uri = nullptr;            // last URI served, as a pointer
std::string g_last_uri_copy;                 // ... and as a copy
std::vector<struct mg_connection *> g_feed;  // open websocket connections
volatile std::sig_atomic_t g_exit = 0;

int hello_handler(struct mg_connection *conn, void *) {
  const struct mg_request_info *ri = mg_get_request_info(conn);
  {
    std::lock_guard<std::mutex> lock(g_mu);
    g_last_conn = conn; // BUG: the worker reuses conn for the next client once this returns
    g_last_uri = ri->local_uri; // BUG: points into the connection's request buffer
    g_last_uri_copy = ri->local_uri ? ri->local_uri : ""; // OK: std::string copies the URI
  }
  const std::string body = "Hello from " + g_last_uri_copy + "\n";
  mg_send_http_ok(conn, "text/plain", static_cast<long long>(body.size()));
  mg_write(conn, body.data(), body.size());
  std::thread([conn] { mg_printf(conn, "bye\n"); }).detach(); // BUG: conn belongs to the worker, which moves on to the next client
  std::thread([body] { (void)body.size(); }).detach(); // OK: a copy
  return 200;
}

// Websockets: civetweb keeps a websocket connection valid until its close
// handler has run, so a registry maintained by ready/close is the idiom.
void feed_ready(struct mg_connection *conn, void *) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_feed.push_back(conn); // OK: erased again in feed_close before civetweb frees it
}

int feed_data(struct mg_connection *, int, char *, size_t, void *) { return 1; }

void feed_close(const struct mg_connection *conn, void *) {
  std::lock_guard<std::mutex> lock(g_mu);
  g_feed.erase(std::remove(g_feed.begin(), g_feed.end(), conn), g_feed.end());
}

// C++ wrapper: the handler object lives as long as the server.
class StatusHandler : public CivetHandler {
public:
  bool handleGet(CivetServer *, struct mg_connection *conn) override {
    const struct mg_request_info *ri = mg_get_request_info(conn);
    last_request_ = ri; // BUG: the handler outlives every request; ri is recycled with conn
    last_remote_addr_ = ri->remote_addr; // OK: char array copied into a std::string
    mg_printf(conn, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n"
                    "last client: %s\n", last_remote_addr_.c_str());
    return true;
  }

private:
  const struct mg_request_info *last_request_ = nullptr;
  std::string last_remote_addr_;
};

} // namespace

int main() {
  std::signal(SIGINT, [](int) { g_exit = 1; });
  mg_init_library(0);

  // C API server on 8080.
  const char *c_options[] = {"listening_ports", "8080", nullptr};
  struct mg_callbacks callbacks;
  std::memset(&callbacks, 0, sizeof(callbacks));
  struct mg_context *ctx = mg_start(&callbacks, nullptr, c_options);
  if (ctx == nullptr)
    return 1;
  mg_set_request_handler(ctx, "/hello", hello_handler, nullptr);
  mg_set_websocket_handler(ctx, "/feed", nullptr, feed_ready, feed_data,
                           feed_close, nullptr);

  // C++ wrapper server on 8081.
  {
    StatusHandler status; // declared before the server, so destroyed after it
    std::vector<std::string> options = {"listening_ports", "8081"};
    CivetServer server(options);
    server.addHandler("/status", status);
    while (!g_exit)
      sleep(1);
  }
  mg_stop(ctx);
  mg_exit_library();
}
