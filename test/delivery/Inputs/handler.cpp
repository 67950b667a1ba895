// A Drogon handler with a planted misuse (line 9): the request handle is
// captured by reference by a detached thread. Used by the editor and
// clang-tidy integration tests; the fix captures it by copy.
#include <drogon/drogon.h>
#include <string>
#include <thread>
void log_line(const std::string &s);
void handler(const drogon::HttpRequestPtr &req) {
  std::thread([&req] { log_line(std::string(req->getPath())); }).detach();
  int unused_count = 0;
}
