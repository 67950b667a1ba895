// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// Loops in handlers of the other frameworks, and their own cancellation
// signals.
#include <civetweb.h>
#include <cpprest/http_listener.h>
#include <crow.h>
#include <drogon/drogon.h>

#include <chrono>
#include <functional>
#include <string>
#include <thread>

bool more_data();
void tick();

// civetweb: a write that fails means the client is gone.
int civet_stream(struct mg_connection *conn, void *) {
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'civet_stream' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: the result of 'mg_printf', which reports a cancelled request or a closed connection, is ignored here
    mg_printf(conn, "data: %d\n\n", 1);
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  return 200;
}
int civet_good(struct mg_connection *conn, void *) {
  for (;;) {
    if (mg_write(conn, "x", 1) <= 0)
      break;
    std::this_thread::sleep_for(std::chrono::seconds(1));
  }
  return 200;
}

// cpprestsdk: a cancellation token.
void rest_get(web::http::http_request req, pplx::cancellation_token token) {
  while (true) {
    if (token.is_canceled())
      return;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}
void rest_poll(web::http::http_request req) {
  while (true) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'rest_poll' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (!more_data())
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

// Drogon: the request knows whether its connection is still there.
void drogon_poll(const drogon::HttpRequestPtr &req,
                 std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'drogon_poll' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE-2]]:3: note: exit the loop when '!req->connected()' is true
    tick();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}
void drogon_good(const drogon::HttpRequestPtr &req,
                 std::function<void(const drogon::HttpResponsePtr &)> &&callback) {
  for (;;) {
    if (!req->connected())
      return;
    tick();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
}

// Crow: a response tells whether its connection is alive.
void crow_routes(crow::SimpleApp &app) {
  CROW_ROUTE(app, "/wait")([](const crow::request &req, crow::response &res) {
    while (true) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a request handler lambda never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE-2]]:5: note: exit the loop when '!res.is_alive()' is true
      tick();
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
  });
  CROW_ROUTE(app, "/wait2")([](const crow::request &req, crow::response &res) {
    while (true) {
      if (!res.is_alive())
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    res.end();
  });
}
