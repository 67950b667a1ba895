// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/health_check_service_interface.h>; not the real implementation.
#ifndef GRPCPP_HEALTH_CHECK_SERVICE_INTERFACE_H
#define GRPCPP_HEALTH_CHECK_SERVICE_INTERFACE_H

#include <string>

namespace grpc {

class HealthCheckServiceInterface {
 public:
  virtual ~HealthCheckServiceInterface() {}
  virtual void SetServingStatus(const std::string& service_name,
                                bool serving) = 0;
  virtual void SetServingStatus(bool serving) = 0;
  virtual void Shutdown() {}
};

void EnableDefaultHealthCheckService(bool enable);
bool DefaultHealthCheckServiceEnabled();

}  // namespace grpc

#endif  // GRPCPP_HEALTH_CHECK_SERVICE_INTERFACE_H
