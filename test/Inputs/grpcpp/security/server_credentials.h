// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/security/server_credentials.h>; not the real implementation.
#ifndef GRPCPP_SECURITY_SERVER_CREDENTIALS_H
#define GRPCPP_SECURITY_SERVER_CREDENTIALS_H

#include <memory>
#include <string>
#include <vector>

#include <grpcpp/support/config.h>

namespace grpc {

struct SslServerCredentialsOptions {
  struct PemKeyCertPair {
    std::string private_key;
    std::string cert_chain;
  };
  std::string pem_root_certs;
  std::vector<PemKeyCertPair> pem_key_cert_pairs;
};

class ServerCredentials {
 public:
  virtual ~ServerCredentials();
  virtual bool IsInsecure() const { return false; }
};

std::shared_ptr<ServerCredentials> SslServerCredentials(
    const grpc::SslServerCredentialsOptions& options);
std::shared_ptr<ServerCredentials> InsecureServerCredentials();

}  // namespace grpc

#endif  // GRPCPP_SECURITY_SERVER_CREDENTIALS_H
