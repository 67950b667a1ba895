// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/server.h>; not the real implementation.
#ifndef GRPCPP_SERVER_H
#define GRPCPP_SERVER_H

#include <memory>
#include <string>

#include <grpcpp/completion_queue.h>
#include <grpcpp/impl/service_type.h>
#include <grpcpp/support/config.h>
#include <grpcpp/support/status.h>
#include <grpcpp/support/time.h>

namespace grpc {

class Channel;
class ChannelArguments;
class HealthCheckServiceInterface;
class ServerContext;
class ServerCredentials;

class ServerInterface {
 public:
  virtual ~ServerInterface() {}

  template <class T>
  void Shutdown(const T& deadline) {
    ShutdownInternal(TimePoint<T>(deadline).raw_time());
  }
  void Shutdown() { ShutdownInternal(gpr_timespec()); }

  virtual void Wait() = 0;

 protected:
  virtual void ShutdownInternal(gpr_timespec deadline) = 0;
};

class Server : public ServerInterface {
 public:
  ~Server() override;
  void Wait() override;

  HealthCheckServiceInterface* GetHealthCheckService() const;
  std::shared_ptr<Channel> InProcessChannel(const ChannelArguments& args);

 protected:
  void ShutdownInternal(gpr_timespec deadline) override;
  Server();
};

}  // namespace grpc

#endif  // GRPCPP_SERVER_H
