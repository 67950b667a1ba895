// Issue 14, "keys and views" and "storage reached through parameters",
// against the real cpp-httplib 0.11.4 header (Debian 12): a view filled by a
// helper through an out-parameter, then used as the key of a long-lived
// map; the helper given a global to fill. The look-alikes: the filled view
// only looked up, copied into an owning key, kept in a local map, and a local filled from the program's
// own data. (Moved from
// test/pending/14/realheaders/httplib-production.cpp, whose header
// bindings are still pending.)
// RUN: %check_ctxlife %s ctxlife-long-lived-store %t -- -std=c++20
#include <httplib.h>

#include <map>
#include <string>
#include <string_view>

void ExtractAgent(const httplib::Request &req, std::string_view *agent) {
  auto it = req.headers.find("User-Agent");
  if (it != req.headers.end())
    *agent = it->second;
}

// Fills its out-parameter from a table of its own.
void DefaultAgent(const httplib::Request &req, std::string_view *agent) {
  static const std::string kDefault = "unknown";
  *agent = req.has_header("X-Bot") ? std::string_view("bot") : std::string_view(kDefault);
}

std::map<std::string_view, int> g_agents;
std::map<std::string, int> g_owned_agents;
std::string_view g_last_agent;

int main() {
  httplib::Server svr;
  svr.Get("/agents", [](const httplib::Request &req, httplib::Response &res) {
    std::string_view agent;
    ExtractAgent(req, &agent);
    ++g_agents[agent];
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: value 'agent' of type 'std::string_view' derived from request context 'req' is stored in global 'g_agents' and outlives the request [ctxlife-long-lived-store]
    ExtractAgent(req, &g_last_agent);
    // CHECK-MESSAGES: :[[@LINE-1]]:18: warning: request context 'req' of type 'const httplib::Request &' is passed to 'ExtractAgent', which stores a view into it in global 'g_last_agent' where it outlives the request [ctxlife-long-lived-store]

    // Correct: lookups, owning copies, a local map, the program's own data.
    std::string_view seen;
    ExtractAgent(req, &seen);
    if (g_agents.find(seen) != g_agents.end() || g_agents.count(seen))
      res.status = 200;
    ++g_owned_agents[std::string(seen)];
    std::map<std::string_view, int> local_counts;
    ++local_counts[seen];
    std::string_view fallback;
    DefaultAgent(req, &fallback);
    ++g_agents[fallback];
    res.set_content(std::to_string(local_counts.size()), "text/plain");
  });
  svr.listen("0.0.0.0", 8080);
}
