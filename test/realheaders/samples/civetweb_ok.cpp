// Typical, correct civetweb (1.15) server using both the C API (mg_start +
// mg_set_request_handler) and the C++ wrapper (CivetServer + CivetHandler).
// No lifetime bugs: the cbdata / handler objects passed to civetweb outlive the
// server (they are declared before it and the server is stopped before they
// are destroyed), and per-request data never escapes the handler call.
#include <atomic>
#include <csignal>
#include <cstring>
#include <string>
#include <vector>

#include <unistd.h>

#include <CivetServer.h>
#include <civetweb.h>

namespace {

std::atomic<bool> g_exit{false};

extern "C" void on_signal(int) { g_exit = true; }

// ---- C API ---------------------------------------------------------------
struct Counter {
  std::atomic<long> hits{0};
};

int hello_handler(struct mg_connection* conn, void* cbdata) {
  auto* counter = static_cast<Counter*>(cbdata);
  const long n = ++counter->hits;
  const struct mg_request_info* ri = mg_get_request_info(conn);
  std::string body = "Hello from ";
  body += ri->local_uri ? ri->local_uri : "?";
  body += " #" + std::to_string(n) + "\n";
  mg_send_http_ok(conn, "text/plain", static_cast<long long>(body.size()));
  mg_write(conn, body.data(), body.size());
  return 200;
}

int echo_handler(struct mg_connection* conn, void* /*cbdata*/) {
  char buf[1024];
  std::string body;
  int n;
  while ((n = mg_read(conn, buf, sizeof(buf))) > 0) {
    body.append(buf, static_cast<size_t>(n));
  }
  mg_send_http_ok(conn, "application/octet-stream", static_cast<long long>(body.size()));
  mg_write(conn, body.data(), body.size());
  return 200;
}

// ---- C++ wrapper ---------------------------------------------------------
class GreetHandler : public CivetHandler {
 public:
  bool handleGet(CivetServer* /*server*/, struct mg_connection* conn) override {
    std::string name;
    if (!CivetServer::getParam(conn, "name", name)) {
      name = "world";
    }
    const std::string body = "Hello, " + name + "\n";
    mg_send_http_ok(conn, "text/plain", static_cast<long long>(body.size()));
    mg_write(conn, body.data(), body.size());
    return true;
  }

  bool handlePost(CivetServer* /*server*/, struct mg_connection* conn) override {
    const std::string data = CivetServer::getPostData(conn);
    mg_send_http_ok(conn, "text/plain", static_cast<long long>(data.size()));
    mg_write(conn, data.data(), data.size());
    return true;
  }
};

}  // namespace

int main() {
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);

  mg_init_library(0);

  // C API server.
  Counter counter;  // outlives ctx: mg_stop() below runs before it is destroyed
  const char* c_options[] = {"listening_ports", "8081", "num_threads", "4", nullptr};
  struct mg_callbacks callbacks;
  std::memset(&callbacks, 0, sizeof(callbacks));
  struct mg_context* ctx = mg_start(&callbacks, nullptr, c_options);
  if (ctx == nullptr) {
    return 1;
  }
  mg_set_request_handler(ctx, "/hello", hello_handler, &counter);
  mg_set_request_handler(ctx, "/echo", echo_handler, nullptr);

  {
    // C++ API server. The handler is declared before the server, so it is
    // destroyed after the server (whose destructor stops it).
    GreetHandler greet;
    std::vector<std::string> options = {"listening_ports", "8082"};
    CivetServer server(options);
    server.addHandler("/greet", greet);

    while (!g_exit) {
      sleep(1);
    }
    server.close();
  }

  mg_stop(ctx);
  mg_exit_library();
  return 0;
}
