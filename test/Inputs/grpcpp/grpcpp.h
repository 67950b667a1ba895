// Hermetic stub for lit tests. Mirrors the include structure and public
// names/signatures of grpc++ 1.51 <grpcpp/grpcpp.h>; not the real
// implementation. Declarations only (nothing links).
#ifndef GRPCPP_GRPCPP_H
#define GRPCPP_GRPCPP_H

#include <grpcpp/channel.h>
#include <grpcpp/client_context.h>
#include <grpcpp/completion_queue.h>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>
#include <grpcpp/server_context.h>
#include <grpcpp/support/async_stream.h>
#include <grpcpp/support/async_unary_call.h>
#include <grpcpp/support/client_callback.h>
#include <grpcpp/support/server_callback.h>
#include <grpcpp/support/status.h>
#include <grpcpp/support/sync_stream.h>

namespace grpc {
std::string Version();
}  // namespace grpc

#endif  // GRPCPP_GRPCPP_H
