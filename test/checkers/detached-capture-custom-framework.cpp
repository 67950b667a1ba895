// RUN: %check_ctxlife --config-options="ContextTypes: 'app::Request;app::Response'" %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs
// RUN: %check_ctxlife %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs -DWEBAPP_ANNOTATE
// Issue 13, "configuration a custom framework needs, no more": a team's own
// web framework configures its request types once (ContextTypes, or the
// annotation) and gets the rest from the model. Its bus client forwards the
// caller's handler through header templates that capture it by move, several
// levels deep, to Boost.Asio: those wrappers are launchers without being
// listed in DetachingCalls. Modelled on bmcweb's
// `crow::connections::systemBus->async_method_call([&req, asyncResp](...) {...}, ...)`
// (ibm-openbmc/bmcweb PR #1307: `[&req, aResp]` -> `[req, asyncResp]`).
#include <boost/asio.hpp>

#include <memory>
#include <string>
#include <vector>

#include "busclient.h"
#include "webapp.h"

void log_line(const std::string &s);
bus::connection *g_bus;

void handle_chassis(const app::Request &req, const std::shared_ptr<app::AsyncResp> &asyncResp) {
  g_bus->async_method_call(
      [&req, asyncResp](const boost::system::error_code &ec, const std::vector<std::string> &paths) {
        // CHECK-MESSAGES: :[[@LINE-1]]:9: warning: request context 'req' of type 'const app::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
        // CHECK-MESSAGES: :[[@LINE-3]]:10: note: 'async_method_call' passes it to a handler posted to an executor
        // CHECK-MESSAGES: busclient.h:29:5: note: 'async_method_call_timed' passes it to a handler posted to an executor
        // CHECK-MESSAGES: :[[@LINE-6]]:41: note: request context 'req' is declared here
        // CHECK-MESSAGES: :[[@LINE-5]]:9: note: capture a copy of the fields needed instead
        if (ec)
          return;
        log_line(std::string(req.target()));
        asyncResp->res.jsonValue["Count"] = paths.size();
      },
      "xyz.openbmc_project.ObjectMapper", "/xyz/openbmc_project/object_mapper",
      "xyz.openbmc_project.ObjectMapper", "GetSubTreePaths", "/", 0);

  bus::get_property(*g_bus, "xyz.openbmc_project.State.Chassis", "/xyz/openbmc_project/state/chassis0",
                    "xyz.openbmc_project.State.Chassis", "CurrentPowerState",
                    [&req, asyncResp](const boost::system::error_code &, const std::string &state) {
                      // CHECK-MESSAGES: :[[@LINE-1]]:23: warning: request context 'req' of type 'const app::Request &' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
                      // CHECK-MESSAGES: :[[@LINE-4]]:3: note: 'get_property' passes it to a handler posted to an executor
                      // CHECK-MESSAGES: busclient.h:69:8: note: 'async_method_call' passes it to a handler posted to an executor
                      // CHECK-MESSAGES: :[[@LINE-22]]:41: note: request context 'req' is declared here
                      // CHECK-MESSAGES: :[[@LINE-5]]:23: note: capture a copy of the fields needed instead
                      asyncResp->res.jsonValue["PowerState"] = state + std::string(req.target());
                    });

  // Quiet: copies and handles, and a wrapper that answers before returning.
  g_bus->async_method_call(
      [target = std::string(req.target()), asyncResp](const boost::system::error_code &,
                                                      const std::vector<std::string> &) {
        asyncResp->res.jsonValue["@odata.id"] = target;
      },
      "svc", "/path", "iface", "Method");
  g_bus->async_method_call(
      [req, asyncResp](const boost::system::error_code &, const std::vector<std::string> &) {
        asyncResp->res.jsonValue["Body"] = req.body();
      },
      "svc", "/path", "iface", "Method");
  g_bus->call_cached([&req, asyncResp](const boost::system::error_code &,
                                       const std::vector<std::string> &) {
    asyncResp->res.jsonValue["Target"] = std::string(req.target());
  });
}
