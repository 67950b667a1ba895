// Issue 13, "configuration a custom framework needs, no more", against the
// real Boost 1.74 headers: the bus client's async_send is an initiating
// function built on boost::asio::async_initiate (its handler goes to a C
// library as `void *` user data, whose body is not visible), reached from
// async_method_call through a lambda capturing the handler by move. Only
// ContextTypes (or the annotation) is configured.
// RUN: %check_ctxlife --config-options="ContextTypes: 'app::Request;app::Response'" %s ctxlife-detached-capture %t -- -std=c++20 -I %S/Inputs -I %S/../../../checkers/Inputs
// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- -std=c++20 -I %S/Inputs -I %S/../../../checkers/Inputs -DWEBAPP_ANNOTATE
#include <boost/asio.hpp>

#include <memory>
#include <string>
#include <vector>

#include "busclient-initiate.h"
#include "webapp.h"

void log_line(const std::string &s);
bus::connection *g_bus;

void handle_chassis(const app::Request &req, const std::shared_ptr<app::AsyncResp> &asyncResp) {
  g_bus->async_method_call(
      [&req, asyncResp](const boost::system::error_code &ec, const std::vector<std::string> &paths) {
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: request context 'req' of type 'const app::Request &' is captured by reference by the completion handler of 'async_send', which can run after the request has ended [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'async_method_call' passes it to the completion handler of 'async_send'
        // CHECK-MESSAGES: busclient-initiate.h:68:5: note: 'async_method_call_timed' passes it to the completion handler of 'async_send'
        // CHECK-MESSAGES: :[[@LINE-6]]:41: note: request context 'req' is declared here
        // CHECK-MESSAGES: :[[@LINE-5]]:9: note: capture a copy of the fields needed instead
        if (!ec)
          log_line(std::string(req.target()) + std::to_string(paths.size()));
      },
      "xyz.openbmc_project.ObjectMapper", "/xyz/openbmc_project/object_mapper",
      "xyz.openbmc_project.ObjectMapper", "GetSubTreePaths", "/", 0);

  // Quiet: a copy of the request's data, and the owning handle.
  g_bus->async_method_call(
      [target = std::string(req.target()), asyncResp](const boost::system::error_code &,
                                                      const std::vector<std::string> &) {
        asyncResp->res.jsonValue["@odata.id"] = target;
      },
      "svc", "/path", "iface", "Method");
}
