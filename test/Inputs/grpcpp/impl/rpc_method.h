// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/impl/rpc_method.h>; not the real implementation.
#ifndef GRPCPP_IMPL_RPC_METHOD_H
#define GRPCPP_IMPL_RPC_METHOD_H

namespace grpc {
namespace internal {

class RpcMethod {
 public:
  enum RpcType {
    NORMAL_RPC = 0,
    CLIENT_STREAMING,
    SERVER_STREAMING,
    BIDI_STREAMING
  };
  RpcMethod(const char* name, RpcType type)
      : name_(name), method_type_(type) {}
  RpcMethod(const char* name, const char* suffix_for_stats, RpcType type)
      : name_(name), suffix_for_stats_(suffix_for_stats), method_type_(type) {}
  const char* name() const { return name_; }
  const char* suffix_for_stats() const { return suffix_for_stats_; }
  RpcType method_type() const { return method_type_; }
  void SetMethodType(RpcType type) { method_type_ = type; }

 private:
  const char* const name_;
  const char* const suffix_for_stats_ = nullptr;
  RpcType method_type_;
};

}  // namespace internal
}  // namespace grpc

#endif  // GRPCPP_IMPL_RPC_METHOD_H
