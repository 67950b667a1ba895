// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/ext/proto_server_reflection_plugin.h>; not the real
// implementation.
#ifndef GRPCPP_EXT_PROTO_SERVER_REFLECTION_PLUGIN_H
#define GRPCPP_EXT_PROTO_SERVER_REFLECTION_PLUGIN_H

namespace grpc {
namespace reflection {

void InitProtoReflectionServerBuilderPlugin();

}  // namespace reflection
}  // namespace grpc

#endif  // GRPCPP_EXT_PROTO_SERVER_REFLECTION_PLUGIN_H
