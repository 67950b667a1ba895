// One finding of each of two ctxlife checks (test/delivery/clangd-config.test).
#include <drogon/drogon.h>
#include <string>
#include <thread>
void log_line(const std::string &s);
const drogon::HttpRequestPtr *g_last_request;
void handler(const drogon::HttpRequestPtr &req) {
  g_last_request = &req;
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
}
