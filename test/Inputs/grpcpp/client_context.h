// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/client_context.h>; not the real implementation.
#ifndef GRPCPP_CLIENT_CONTEXT_H
#define GRPCPP_CLIENT_CONTEXT_H

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include <grpcpp/security/auth_context.h>
#include <grpcpp/support/config.h>
#include <grpcpp/support/status.h>
#include <grpcpp/support/string_ref.h>
#include <grpcpp/support/time.h>

struct census_context;

namespace grpc {

class ServerContextBase;
class CallbackServerContext;
class CallCredentials;
class Channel;
class ChannelInterface;
class CompletionQueue;

/// Options for ClientContext::FromServerContext.
class PropagationOptions {
 public:
  PropagationOptions() : propagate_(0xffff) {}
  PropagationOptions& enable_deadline_propagation() { return *this; }
  PropagationOptions& disable_deadline_propagation() { return *this; }
  PropagationOptions& enable_census_stats_propagation() { return *this; }
  PropagationOptions& disable_census_stats_propagation() { return *this; }
  PropagationOptions& enable_census_tracing_propagation() { return *this; }
  PropagationOptions& disable_census_tracing_propagation() { return *this; }
  PropagationOptions& enable_cancellation_propagation() { return *this; }
  PropagationOptions& disable_cancellation_propagation() { return *this; }
  uint32_t c_bitmask() const { return propagate_; }

 private:
  uint32_t propagate_;
};

/// Per-call client state. Must outlive the RPC that uses it (including
/// asynchronous and callback RPCs).
class ClientContext {
 public:
  ClientContext();
  ~ClientContext();

  static std::unique_ptr<ClientContext> FromServerContext(
      const grpc::ServerContextBase& server_context,
      PropagationOptions options = PropagationOptions());
  static std::unique_ptr<ClientContext> FromCallbackServerContext(
      const grpc::CallbackServerContext& server_context,
      PropagationOptions options = PropagationOptions());

  void AddMetadata(const std::string& meta_key, const std::string& meta_value);

  const std::multimap<grpc::string_ref, grpc::string_ref>&
  GetServerInitialMetadata() const {
    return recv_initial_metadata_;
  }
  const std::multimap<grpc::string_ref, grpc::string_ref>&
  GetServerTrailingMetadata() const {
    return trailing_metadata_;
  }

  /// Only std::chrono::system_clock::time_point and gpr_timespec are
  /// accepted (via grpc::TimePoint), like the real library.
  template <typename T>
  void set_deadline(const T& deadline) {
    grpc::TimePoint<T> deadline_tp(deadline);
    deadline_ = deadline_tp.raw_time();
  }

  void set_wait_for_ready(bool wait_for_ready) {
    wait_for_ready_ = wait_for_ready;
  }
  void set_fail_fast(bool fail_fast) { set_wait_for_ready(!fail_fast); }

  std::chrono::system_clock::time_point deadline() const;
  gpr_timespec raw_deadline() const { return deadline_; }

  void set_authority(const std::string& authority) { authority_ = authority; }

  std::shared_ptr<const grpc::AuthContext> auth_context() const {
    return auth_context_;
  }

  void set_credentials(const std::shared_ptr<grpc::CallCredentials>& creds);
  std::shared_ptr<grpc::CallCredentials> credentials() { return creds_; }

  void set_initial_metadata_corked(bool corked) { (void)corked; }

  std::string peer() const;

  void set_census_context(struct census_context* ccp) { census_context_ = ccp; }
  struct census_context* census_context() const { return census_context_; }

  void TryCancel();

  class GlobalCallbacks {
   public:
    virtual ~GlobalCallbacks() {}
    virtual void DefaultConstructor(ClientContext* context) = 0;
    virtual void Destructor(ClientContext* context) = 0;
  };
  static void SetGlobalCallbacks(GlobalCallbacks* callbacks);

  grpc_call* c_call() { return nullptr; }
  std::string debug_error_string() const { return debug_error_string_; }

 private:
  ClientContext(const ClientContext&);
  ClientContext& operator=(const ClientContext&);

  bool wait_for_ready_ = false;
  gpr_timespec deadline_;
  std::string authority_;
  std::shared_ptr<grpc::CallCredentials> creds_;
  mutable std::shared_ptr<const grpc::AuthContext> auth_context_;
  struct census_context* census_context_ = nullptr;
  std::multimap<grpc::string_ref, grpc::string_ref> recv_initial_metadata_;
  std::multimap<grpc::string_ref, grpc::string_ref> trailing_metadata_;
  std::string debug_error_string_;
};

}  // namespace grpc

#endif  // GRPCPP_CLIENT_CONTEXT_H
