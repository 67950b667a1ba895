// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/security/credentials.h>; not the real implementation.
#ifndef GRPCPP_SECURITY_CREDENTIALS_H
#define GRPCPP_SECURITY_CREDENTIALS_H

#include <memory>
#include <string>

#include <grpcpp/support/config.h>

namespace grpc {

class ChannelCredentials {
 public:
  virtual ~ChannelCredentials();
};

class CallCredentials {
 public:
  virtual ~CallCredentials();
  virtual bool ApplyToCall(struct grpc_call* call) = 0;
  virtual std::string DebugString() { return "CallCredentials"; }
};

struct SslCredentialsOptions {
  std::string pem_root_certs;
  std::string pem_private_key;
  std::string pem_cert_chain;
};

std::shared_ptr<ChannelCredentials> GoogleDefaultCredentials();
std::shared_ptr<ChannelCredentials> SslCredentials(
    const SslCredentialsOptions& options);
std::shared_ptr<ChannelCredentials> InsecureChannelCredentials();
std::shared_ptr<ChannelCredentials> CompositeChannelCredentials(
    const std::shared_ptr<ChannelCredentials>& channel_creds,
    const std::shared_ptr<CallCredentials>& call_creds);
std::shared_ptr<CallCredentials> AccessTokenCredentials(
    const std::string& access_token);

}  // namespace grpc

#endif  // GRPCPP_SECURITY_CREDENTIALS_H
