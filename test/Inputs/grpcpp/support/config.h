// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/config.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_CONFIG_H
#define GRPCPP_SUPPORT_CONFIG_H

#include <string>

extern "C" {
typedef struct grpc_call grpc_call;
}

namespace grpc {
typedef std::string string;
}  // namespace grpc

#endif  // GRPCPP_SUPPORT_CONFIG_H
