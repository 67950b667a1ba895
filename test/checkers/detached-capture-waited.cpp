// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags
// Every waitable launcher x every framework profile: the captures that
// detached-capture-matrix.cpp reports are quiet when the function waits for
// the work before the request ends (join, a local std::jthread, get/wait of
// the future or task, a pool or io_context the function joins or runs).
#include <coroutine>
#include <utility>

#include <boost/asio.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/spawn.hpp>
#include <boost/asio/thread_pool.hpp>
#include <boost/beast/http.hpp>
#include <civetweb.h>
#include <cpprest/http_msg.h>
#include <crow.h>
#include <drogon/drogon.h>
#include <grpcpp/grpcpp.h>
#include <httplib.h>
#include <pistache/http.h>
#include <pplx/pplxtasks.h>

#include <future>
#include <string>
#include <thread>
#include <vector>

namespace net = boost::asio;
namespace http = boost::beast::http;

void log_line(const std::string &s);
// grpc
grpc::Status grpc_thread(grpc::ServerContext *ctx) {
  std::thread t([ctx] { log_line(ctx->peer()); });
  t.join();
  return grpc::Status::OK;
}
grpc::Status grpc_jthread(grpc::ServerContext *ctx) {
  std::jthread t([ctx] { log_line(ctx->peer()); }); // joins when it goes out of scope
  return grpc::Status::OK;
}
grpc::Status grpc_async(grpc::ServerContext *ctx) {
  auto f = std::async(std::launch::async, [ctx] { log_line(ctx->peer()); });
  f.get();
  std::async(std::launch::async, [ctx] { log_line(ctx->peer()); }); // the temporary future waits
  return grpc::Status::OK;
}
grpc::Status grpc_pplx(grpc::ServerContext *ctx) {
  pplx::create_task([ctx] { log_line(ctx->peer()); }).wait();
  auto t = pplx::create_task([ctx] { log_line(ctx->peer()); });
  t.get();
  return grpc::Status::OK;
}
grpc::Status grpc_pool(grpc::ServerContext *ctx) {
  net::thread_pool pool(2);
  net::post(pool, [ctx] { log_line(ctx->peer()); });
  pool.join();
  return grpc::Status::OK;
}
grpc::Status grpc_ioc(grpc::ServerContext *ctx) {
  net::io_context ioc;
  net::post(ioc, [ctx] { log_line(ctx->peer()); });
  ioc.run();
  return grpc::Status::OK;
}

// httplib
void httplib_thread(const httplib::Request &req, httplib::Response &res) {
  std::thread t([&req] { log_line(req.path); });
  t.join();
}
void httplib_jthread(const httplib::Request &req, httplib::Response &res) {
  std::jthread t([&req] { log_line(req.path); }); // joins when it goes out of scope
}
void httplib_async(const httplib::Request &req, httplib::Response &res) {
  auto f = std::async(std::launch::async, [&req] { log_line(req.path); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(req.path); }); // the temporary future waits
}
void httplib_pplx(const httplib::Request &req, httplib::Response &res) {
  pplx::create_task([&req] { log_line(req.path); }).wait();
  auto t = pplx::create_task([&req] { log_line(req.path); });
  t.get();
}
void httplib_pool(const httplib::Request &req, httplib::Response &res) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(req.path); });
  pool.join();
}
void httplib_ioc(const httplib::Request &req, httplib::Response &res) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(req.path); });
  ioc.run();
}

// beast
void beast_thread(http::request<http::string_body> &req) {
  std::thread t([&req] { log_line(std::string(req.target())); });
  t.join();
}
void beast_jthread(http::request<http::string_body> &req) {
  std::jthread t([&req] { log_line(std::string(req.target())); }); // joins when it goes out of scope
}
void beast_async(http::request<http::string_body> &req) {
  auto f = std::async(std::launch::async, [&req] { log_line(std::string(req.target())); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(std::string(req.target())); }); // the temporary future waits
}
void beast_pplx(http::request<http::string_body> &req) {
  pplx::create_task([&req] { log_line(std::string(req.target())); }).wait();
  auto t = pplx::create_task([&req] { log_line(std::string(req.target())); });
  t.get();
}
void beast_pool(http::request<http::string_body> &req) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(std::string(req.target())); });
  pool.join();
}
void beast_ioc(http::request<http::string_body> &req) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(std::string(req.target())); });
  ioc.run();
}

// cpprest
void cpprest_thread(web::http::http_request req) {
  std::thread t([&req] { log_line(req.request_uri().to_string()); });
  t.join();
}
void cpprest_jthread(web::http::http_request req) {
  std::jthread t([&req] { log_line(req.request_uri().to_string()); }); // joins when it goes out of scope
}
void cpprest_async(web::http::http_request req) {
  auto f = std::async(std::launch::async, [&req] { log_line(req.request_uri().to_string()); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(req.request_uri().to_string()); }); // the temporary future waits
}
void cpprest_pplx(web::http::http_request req) {
  pplx::create_task([&req] { log_line(req.request_uri().to_string()); }).wait();
  auto t = pplx::create_task([&req] { log_line(req.request_uri().to_string()); });
  t.get();
}
void cpprest_pool(web::http::http_request req) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(req.request_uri().to_string()); });
  pool.join();
}
void cpprest_ioc(web::http::http_request req) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(req.request_uri().to_string()); });
  ioc.run();
}

// civetweb
int civetweb_thread(struct mg_connection *conn, void *) {
  std::thread t([conn] { mg_printf(conn, "x"); });
  t.join();
  return 200;
}
int civetweb_jthread(struct mg_connection *conn, void *) {
  std::jthread t([conn] { mg_printf(conn, "x"); }); // joins when it goes out of scope
  return 200;
}
int civetweb_async(struct mg_connection *conn, void *) {
  auto f = std::async(std::launch::async, [conn] { mg_printf(conn, "x"); });
  f.get();
  std::async(std::launch::async, [conn] { mg_printf(conn, "x"); }); // the temporary future waits
  return 200;
}
int civetweb_pplx(struct mg_connection *conn, void *) {
  pplx::create_task([conn] { mg_printf(conn, "x"); }).wait();
  auto t = pplx::create_task([conn] { mg_printf(conn, "x"); });
  t.get();
  return 200;
}
int civetweb_pool(struct mg_connection *conn, void *) {
  net::thread_pool pool(2);
  net::post(pool, [conn] { mg_printf(conn, "x"); });
  pool.join();
  return 200;
}
int civetweb_ioc(struct mg_connection *conn, void *) {
  net::io_context ioc;
  net::post(ioc, [conn] { mg_printf(conn, "x"); });
  ioc.run();
  return 200;
}

// drogon
void drogon_thread(const drogon::HttpRequestPtr &req) {
  std::thread t([&req] { log_line(std::string(req->getPath())); });
  t.join();
}
void drogon_jthread(const drogon::HttpRequestPtr &req) {
  std::jthread t([&req] { log_line(std::string(req->getPath())); }); // joins when it goes out of scope
}
void drogon_async(const drogon::HttpRequestPtr &req) {
  auto f = std::async(std::launch::async, [&req] { log_line(std::string(req->getPath())); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(std::string(req->getPath())); }); // the temporary future waits
}
void drogon_pplx(const drogon::HttpRequestPtr &req) {
  pplx::create_task([&req] { log_line(std::string(req->getPath())); }).wait();
  auto t = pplx::create_task([&req] { log_line(std::string(req->getPath())); });
  t.get();
}
void drogon_pool(const drogon::HttpRequestPtr &req) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(std::string(req->getPath())); });
  pool.join();
}
void drogon_ioc(const drogon::HttpRequestPtr &req) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(std::string(req->getPath())); });
  ioc.run();
}

// crow
void crow_thread(const crow::request &req, crow::response &res) {
  std::thread t([&req] { log_line(req.url); });
  t.join();
}
void crow_jthread(const crow::request &req, crow::response &res) {
  std::jthread t([&req] { log_line(req.url); }); // joins when it goes out of scope
}
void crow_async(const crow::request &req, crow::response &res) {
  auto f = std::async(std::launch::async, [&req] { log_line(req.url); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(req.url); }); // the temporary future waits
}
void crow_pplx(const crow::request &req, crow::response &res) {
  pplx::create_task([&req] { log_line(req.url); }).wait();
  auto t = pplx::create_task([&req] { log_line(req.url); });
  t.get();
}
void crow_pool(const crow::request &req, crow::response &res) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(req.url); });
  pool.join();
}
void crow_ioc(const crow::request &req, crow::response &res) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(req.url); });
  ioc.run();
}

// pistache
void pistache_thread(const Pistache::Http::Request &req) {
  std::thread t([&req] { log_line(req.resource()); });
  t.join();
}
void pistache_jthread(const Pistache::Http::Request &req) {
  std::jthread t([&req] { log_line(req.resource()); }); // joins when it goes out of scope
}
void pistache_async(const Pistache::Http::Request &req) {
  auto f = std::async(std::launch::async, [&req] { log_line(req.resource()); });
  f.get();
  std::async(std::launch::async, [&req] { log_line(req.resource()); }); // the temporary future waits
}
void pistache_pplx(const Pistache::Http::Request &req) {
  pplx::create_task([&req] { log_line(req.resource()); }).wait();
  auto t = pplx::create_task([&req] { log_line(req.resource()); });
  t.get();
}
void pistache_pool(const Pistache::Http::Request &req) {
  net::thread_pool pool(2);
  net::post(pool, [&req] { log_line(req.resource()); });
  pool.join();
}
void pistache_ioc(const Pistache::Http::Request &req) {
  net::io_context ioc;
  net::post(ioc, [&req] { log_line(req.resource()); });
  ioc.run();
}
