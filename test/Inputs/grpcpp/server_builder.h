// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/server_builder.h>; not the real implementation.
#ifndef GRPCPP_SERVER_BUILDER_H
#define GRPCPP_SERVER_BUILDER_H

#include <memory>
#include <string>

#include <grpcpp/completion_queue.h>
#include <grpcpp/impl/service_type.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/support/config.h>

namespace grpc {

class AsyncGenericService;
class CallbackGenericService;
class ResourceQuota;

class ServerBuilder {
 public:
  ServerBuilder();
  virtual ~ServerBuilder();

  virtual std::unique_ptr<grpc::Server> BuildAndStart();

  /// The service must outlive the built Server.
  ServerBuilder& RegisterService(grpc::Service* service);
  ServerBuilder& AddListeningPort(
      const std::string& addr_uri,
      std::shared_ptr<grpc::ServerCredentials> creds,
      int* selected_port = nullptr);
  std::unique_ptr<grpc::ServerCompletionQueue> AddCompletionQueue(
      bool is_frequently_polled = true);
  ServerBuilder& RegisterService(const std::string& host,
                                 grpc::Service* service);
  ServerBuilder& RegisterAsyncGenericService(
      grpc::AsyncGenericService* service);
  ServerBuilder& RegisterCallbackGenericService(
      grpc::CallbackGenericService* service);
  ServerBuilder& SetMaxReceiveMessageSize(int max_receive_message_size);
  ServerBuilder& SetMaxSendMessageSize(int max_send_message_size);
  ServerBuilder& SetMaxMessageSize(int max_message_size) {
    return SetMaxReceiveMessageSize(max_message_size);
  }
  ServerBuilder& SetResourceQuota(const grpc::ResourceQuota& resource_quota);

  enum SyncServerOption {
    NUM_CQS,
    MIN_POLLERS,
    MAX_POLLERS,
    CQ_TIMEOUT_MSEC
  };
  ServerBuilder& SetSyncServerOption(SyncServerOption option, int value);

  template <class T>
  ServerBuilder& AddChannelArgument(const std::string& arg, const T& value) {
    (void)arg;
    (void)value;
    return *this;
  }
};

}  // namespace grpc

#endif  // GRPCPP_SERVER_BUILDER_H
