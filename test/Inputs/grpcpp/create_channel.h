// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/create_channel.h>; not the real implementation.
#ifndef GRPCPP_CREATE_CHANNEL_H
#define GRPCPP_CREATE_CHANNEL_H

#include <map>
#include <memory>
#include <string>

#include <grpcpp/channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/config.h>

namespace grpc {

class ChannelArguments {
 public:
  ChannelArguments();
  ~ChannelArguments();
  void SetInt(const std::string& key, int value);
  void SetString(const std::string& key, const std::string& value);
  void SetMaxReceiveMessageSize(int size);
  void SetMaxSendMessageSize(int size);
  void SetLoadBalancingPolicyName(const std::string& lb_policy_name);
};

std::shared_ptr<Channel> CreateChannel(
    const grpc::string& target,
    const std::shared_ptr<ChannelCredentials>& creds);

std::shared_ptr<Channel> CreateCustomChannel(
    const grpc::string& target,
    const std::shared_ptr<ChannelCredentials>& creds,
    const ChannelArguments& args);

}  // namespace grpc

#endif  // GRPCPP_CREATE_CHANNEL_H
