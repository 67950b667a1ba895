// Hermetic stub: forwarding header (grpc++ 1.51 keeps Status here).
#ifndef GRPCPP_IMPL_CODEGEN_STATUS_H
#define GRPCPP_IMPL_CODEGEN_STATUS_H
#include <grpcpp/support/status.h>
#endif  // GRPCPP_IMPL_CODEGEN_STATUS_H
