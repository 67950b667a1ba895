// Built-in clang-tidy findings beside ctxlife's (test/delivery/tidy-config.test).
#include <drogon/drogon.h>
#include <string>
#include <thread>
void log_line(const std::string &s);
double ratio(int a, int b) { return 1.0 * (a / b); }
void handler(const drogon::HttpRequestPtr &req) {
  if (req)
    std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
}
