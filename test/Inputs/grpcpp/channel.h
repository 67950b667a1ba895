// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/channel.h>; not the real implementation.
#ifndef GRPCPP_CHANNEL_H
#define GRPCPP_CHANNEL_H

#include <memory>
#include <string>

#include <grpcpp/impl/channel_interface.h>
#include <grpcpp/support/config.h>

namespace grpc {

class Channel final : public grpc::ChannelInterface,
                      public std::enable_shared_from_this<Channel> {
 public:
  ~Channel() override;
  grpc_connectivity_state GetState(bool try_to_connect) override;
  std::string GetLoadBalancingPolicyName() const;
  std::string GetServiceConfigJSON() const;

 private:
  Channel();
};

}  // namespace grpc

#endif  // GRPCPP_CHANNEL_H
