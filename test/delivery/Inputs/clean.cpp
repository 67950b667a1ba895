// The same handler, correct: the detached thread owns a copy of the handle.
#include <drogon/drogon.h>
#include <string>
#include <thread>
void log_line(const std::string &s);
void handler(const drogon::HttpRequestPtr &req) {
  std::thread([req] { log_line(std::string(req->getPath())); }).detach();
}
