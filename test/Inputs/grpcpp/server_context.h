// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/server_context.h>; not the real implementation.
#ifndef GRPCPP_SERVER_CONTEXT_H
#define GRPCPP_SERVER_CONTEXT_H

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <grpcpp/security/auth_context.h>
#include <grpcpp/support/config.h>
#include <grpcpp/support/message_allocator.h>
#include <grpcpp/support/server_callback.h>
#include <grpcpp/support/status.h>
#include <grpcpp/support/string_ref.h>
#include <grpcpp/support/time.h>

struct census_context;

typedef enum {
  GRPC_COMPRESS_LEVEL_NONE = 0,
  GRPC_COMPRESS_LEVEL_LOW,
  GRPC_COMPRESS_LEVEL_MED,
  GRPC_COMPRESS_LEVEL_HIGH,
  GRPC_COMPRESS_LEVEL_COUNT
} grpc_compression_level;

typedef enum {
  GRPC_COMPRESS_NONE = 0,
  GRPC_COMPRESS_DEFLATE,
  GRPC_COMPRESS_GZIP,
  GRPC_COMPRESS_ALGORITHMS_COUNT
} grpc_compression_algorithm;

namespace grpc {

class ClientContext;
class CompletionQueue;
class GenericServerContext;
class Server;
class ServerInterface;
class ContextAllocator;
class GenericCallbackServerContext;

namespace experimental {
class CallMetricRecorder;
}  // namespace experimental

/// Base of ServerContext and CallbackServerContext. All pointers/references
/// obtained from it (client_metadata() keys/values, the context itself) are
/// owned by the call and become invalid once the RPC is finished.
class ServerContextBase {
 public:
  virtual ~ServerContextBase();

  std::chrono::system_clock::time_point deadline() const;
  gpr_timespec raw_deadline() const { return deadline_; }

  void AddInitialMetadata(const std::string& key, const std::string& value);
  void AddTrailingMetadata(const std::string& key, const std::string& value);

  bool IsCancelled() const;
  void TryCancel() const;

  const std::multimap<grpc::string_ref, grpc::string_ref>& client_metadata()
      const {
    return client_metadata_;
  }

  grpc_compression_level compression_level() const {
    return compression_level_;
  }
  void set_compression_level(grpc_compression_level level) {
    compression_level_ = level;
  }
  bool compression_level_set() const { return false; }
  grpc_compression_algorithm compression_algorithm() const {
    return compression_algorithm_;
  }
  void set_compression_algorithm(grpc_compression_algorithm algorithm);
  void SetLoadReportingCosts(const std::vector<std::string>& cost_data);

  std::shared_ptr<const grpc::AuthContext> auth_context() const {
    return auth_context_;
  }

  std::string peer() const;
  const struct census_context* census_context() const;
  grpc_call* c_call() { return nullptr; }
  experimental::CallMetricRecorder* ExperimentalGetCallMetricRecorder() {
    return nullptr;
  }
  grpc::string_ref ExperimentalGetAuthority() const;

 protected:
  void AsyncNotifyWhenDone(void* tag) { async_notify_when_done_tag_ = tag; }
  RpcAllocatorState* GetRpcAllocatorState() { return nullptr; }
  /// Returns a reactor owned by the context (valid until the RPC is done).
  grpc::ServerUnaryReactor* DefaultReactor();

  ServerContextBase();

  void set_context_allocator(ContextAllocator* context_allocator) {
    context_allocator_ = context_allocator;
  }
  ContextAllocator* context_allocator() const { return context_allocator_; }

 private:
  friend class grpc::ServerInterface;
  friend class grpc::Server;
  friend class grpc::ClientContext;
  friend class grpc::GenericServerContext;
  friend class grpc::GenericCallbackServerContext;

  ServerContextBase(const ServerContextBase&);
  ServerContextBase& operator=(const ServerContextBase&);

  void* async_notify_when_done_tag_ = nullptr;
  gpr_timespec deadline_;
  mutable std::shared_ptr<const grpc::AuthContext> auth_context_;
  std::multimap<grpc::string_ref, grpc::string_ref> client_metadata_;
  grpc_compression_level compression_level_;
  grpc_compression_algorithm compression_algorithm_;
  ContextAllocator* context_allocator_ = nullptr;
};

/// Context for sync and async (CompletionQueue) handlers.
class ServerContext : public ServerContextBase {
 public:
  ServerContext() {}  // for async calls

  using ServerContextBase::AddInitialMetadata;
  using ServerContextBase::AddTrailingMetadata;
  using ServerContextBase::auth_context;
  using ServerContextBase::c_call;
  using ServerContextBase::census_context;
  using ServerContextBase::client_metadata;
  using ServerContextBase::compression_algorithm;
  using ServerContextBase::compression_level;
  using ServerContextBase::compression_level_set;
  using ServerContextBase::deadline;
  using ServerContextBase::IsCancelled;
  using ServerContextBase::peer;
  using ServerContextBase::raw_deadline;
  using ServerContextBase::set_compression_algorithm;
  using ServerContextBase::set_compression_level;
  using ServerContextBase::SetLoadReportingCosts;
  using ServerContextBase::TryCancel;

  // Async-only.
  using ServerContextBase::AsyncNotifyWhenDone;

 private:
  friend class grpc::Server;
  using ServerContextBase::DefaultReactor;
  using ServerContextBase::GetRpcAllocatorState;

  ServerContext(const ServerContext&) = delete;
  ServerContext& operator=(const ServerContext&) = delete;
};

/// Context for callback-API handlers.
class CallbackServerContext : public ServerContextBase {
 public:
  CallbackServerContext() {}

  using ServerContextBase::AddInitialMetadata;
  using ServerContextBase::AddTrailingMetadata;
  using ServerContextBase::auth_context;
  using ServerContextBase::c_call;
  using ServerContextBase::census_context;
  using ServerContextBase::client_metadata;
  using ServerContextBase::compression_algorithm;
  using ServerContextBase::compression_level;
  using ServerContextBase::compression_level_set;
  using ServerContextBase::context_allocator;
  using ServerContextBase::deadline;
  using ServerContextBase::IsCancelled;
  using ServerContextBase::peer;
  using ServerContextBase::raw_deadline;
  using ServerContextBase::set_compression_algorithm;
  using ServerContextBase::set_compression_level;
  using ServerContextBase::set_context_allocator;
  using ServerContextBase::SetLoadReportingCosts;
  using ServerContextBase::TryCancel;

  // CallbackServerContext only.
  using ServerContextBase::DefaultReactor;
  using ServerContextBase::GetRpcAllocatorState;

 private:
  // Sync/CQ-based Async ServerContext only.
  using ServerContextBase::AsyncNotifyWhenDone;

  CallbackServerContext(const CallbackServerContext&) = delete;
  CallbackServerContext& operator=(const CallbackServerContext&) = delete;
};

class ContextAllocator {
 public:
  virtual ~ContextAllocator() {}
  virtual CallbackServerContext* NewCallbackServerContext() { return nullptr; }
  virtual GenericCallbackServerContext* NewGenericCallbackServerContext() {
    return nullptr;
  }
  virtual void Release(CallbackServerContext*) {}
  virtual void Release(GenericCallbackServerContext*) {}
};

}  // namespace grpc

#endif  // GRPCPP_SERVER_CONTEXT_H
