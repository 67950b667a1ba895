// RUN: %check_ctxlife --config-options="ContextTypes: 'app::Request;app::Response'" %s ctxlife-detached-capture %t -- %stubflags -I %S/Inputs
// Issue 13, false alarm "a reference into an object the same lambda owns":
// `[asyncResp, &item]` where `item` refers into `asyncResp->res.jsonValue`
// is kept alive by the handle captured beside it (bmcweb's sensor and fan
// collections). An owning capture is credited for the references and
// pointers derived from it — from the same object only.
#include <boost/asio.hpp>

#include <memory>
#include <string>

#include "webapp.h"

namespace net = boost::asio;
net::io_context g_ioc;

void fill_members(const std::shared_ptr<app::AsyncResp> &asyncResp,
                  const std::shared_ptr<app::AsyncResp> &other) {
  app::Json &members = asyncResp->res.jsonValue["Members"];
  net::post(g_ioc, [asyncResp, &members] { members.push_back("/redfish/v1/Chassis/1"); });
  app::Json *count = &asyncResp->res.jsonValue["Members@odata.count"];
  net::post(g_ioc, [asyncResp, count] { *count = std::size_t{1}; });
  net::post(g_ioc, [asyncResp, &odata = asyncResp->res.jsonValue["@odata.id"]] {
    odata = std::string("/redfish/v1/Chassis");
  });

  // Nested: the inner handler captures the outer handler's reference and
  // the handle again (bmcweb's fan collection).
  net::post(g_ioc, [asyncResp] {
    app::Json &fanList = asyncResp->res.jsonValue["Fans"];
    net::post(g_ioc, [asyncResp, &fanList] { fanList.push_back("fan0"); });
  });

  // Not owned by the work: nothing captured beside it keeps it alive, or the
  // handle captured is another response's.
  net::post(g_ioc, [&members] { members.push_back("/redfish/v1/Chassis/2"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:22: warning: view 'members' of type 'app::Json &' into request context 'res' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: webapp.h:64:12: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:22: note: capture an owning copy of the data instead, such as a 'std::string'
  net::post(g_ioc, [other, &members] { members.push_back("/redfish/v1/Chassis/3"); });
  // CHECK-MESSAGES: :[[@LINE-1]]:29: warning: view 'members' of type 'app::Json &' into request context 'res' is captured by reference by a handler posted to an executor, which can run after the request has ended [ctxlife-detached-capture]
  // CHECK-MESSAGES: :[[@LINE-2]]:3: note: 'boost::asio::post' runs it later, after this function returns
  // CHECK-MESSAGES: webapp.h:64:12: note: request context 'res' is declared here
  // CHECK-MESSAGES: :[[@LINE-4]]:29: note: capture an owning copy of the data instead, such as a 'std::string'
}
