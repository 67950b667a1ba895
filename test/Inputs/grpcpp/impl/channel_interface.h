// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/impl/channel_interface.h>; not the real implementation.
#ifndef GRPCPP_IMPL_CHANNEL_INTERFACE_H
#define GRPCPP_IMPL_CHANNEL_INTERFACE_H

#include <grpcpp/support/time.h>

typedef enum {
  GRPC_CHANNEL_IDLE,
  GRPC_CHANNEL_CONNECTING,
  GRPC_CHANNEL_READY,
  GRPC_CHANNEL_TRANSIENT_FAILURE,
  GRPC_CHANNEL_SHUTDOWN
} grpc_connectivity_state;

namespace grpc {

class CompletionQueue;

class ChannelInterface {
 public:
  virtual ~ChannelInterface() {}
  virtual grpc_connectivity_state GetState(bool try_to_connect) = 0;

  template <typename T>
  void NotifyOnStateChange(grpc_connectivity_state last_observed, T deadline,
                           grpc::CompletionQueue* cq, void* tag) {
    (void)last_observed;
    (void)deadline;
    (void)cq;
    (void)tag;
  }
  template <typename T>
  bool WaitForStateChange(grpc_connectivity_state last_observed, T deadline) {
    (void)last_observed;
    (void)deadline;
    return true;
  }
  template <typename T>
  bool WaitForConnected(T deadline) {
    (void)deadline;
    return true;
  }
};

}  // namespace grpc

#endif  // GRPCPP_IMPL_CHANNEL_INTERFACE_H
