// A gRPC handler and a Drogon handler whose findings have paths: an alias,
// a helper that stores its parameter, a detached thread with a fix-it.
#include <drogon/drogon.h>
#include <grpcpp/grpcpp.h>

#include <string>
#include <thread>

void log_line(const std::string &s);

const void *g_current;

void remember(const void *p) { g_current = p; }

void handle_grpc(grpc::ServerContext *ctx) {
  grpc::ServerContext *alias = ctx;
  remember(alias);
}

void handle_drogon(const drogon::HttpRequestPtr &req) {
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
}
