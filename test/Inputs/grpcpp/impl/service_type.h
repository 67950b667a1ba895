// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/impl/service_type.h>; not the real implementation.
#ifndef GRPCPP_IMPL_SERVICE_TYPE_H
#define GRPCPP_IMPL_SERVICE_TYPE_H

#include <memory>
#include <vector>

#include <grpcpp/support/config.h>
#include <grpcpp/support/status.h>

namespace grpc {

class CompletionQueue;
class ServerCompletionQueue;
class ServerContext;
class ServerInterface;

namespace internal {

class Call;

class ServerAsyncStreamingInterface {
 public:
  virtual ~ServerAsyncStreamingInterface() {}
  virtual void SendInitialMetadata(void* tag) = 0;

 private:
  friend class grpc::ServerInterface;
  virtual void BindCall(Call* call) = 0;
};

class MethodHandler {
 public:
  virtual ~MethodHandler() {}
};

class RpcServiceMethod;

}  // namespace internal

class Service {
 public:
  Service() : server_(nullptr) {}
  virtual ~Service() {}

  bool has_async_methods() const { return false; }
  bool has_synchronous_methods() const { return false; }
  bool has_callback_methods() const { return false; }
  bool has_generic_methods() const { return false; }

 protected:
  template <class Message>
  void RequestAsyncUnary(int index, grpc::ServerContext* context,
                         Message* request,
                         internal::ServerAsyncStreamingInterface* stream,
                         grpc::CompletionQueue* call_cq,
                         grpc::ServerCompletionQueue* notification_cq,
                         void* tag) {
    (void)index, (void)context, (void)request, (void)stream, (void)call_cq,
        (void)notification_cq, (void)tag;
  }
  void RequestAsyncClientStreaming(
      int index, grpc::ServerContext* context,
      internal::ServerAsyncStreamingInterface* stream,
      grpc::CompletionQueue* call_cq,
      grpc::ServerCompletionQueue* notification_cq, void* tag) {
    (void)index, (void)context, (void)stream, (void)call_cq,
        (void)notification_cq, (void)tag;
  }
  template <class Message>
  void RequestAsyncServerStreaming(
      int index, grpc::ServerContext* context, Message* request,
      internal::ServerAsyncStreamingInterface* stream,
      grpc::CompletionQueue* call_cq,
      grpc::ServerCompletionQueue* notification_cq, void* tag) {
    (void)index, (void)context, (void)request, (void)stream, (void)call_cq,
        (void)notification_cq, (void)tag;
  }
  void RequestAsyncBidiStreaming(
      int index, grpc::ServerContext* context,
      internal::ServerAsyncStreamingInterface* stream,
      grpc::CompletionQueue* call_cq,
      grpc::ServerCompletionQueue* notification_cq, void* tag) {
    (void)index, (void)context, (void)stream, (void)call_cq,
        (void)notification_cq, (void)tag;
  }

  void AddMethod(internal::RpcServiceMethod* method) { (void)method; }
  void MarkMethodAsync(int index) { (void)index; }
  void MarkMethodRaw(int index) { (void)index; }
  void MarkMethodGeneric(int index) { (void)index; }
  void MarkMethodStreamed(int index, internal::MethodHandler* streamed_method) {
    (void)index;
    delete streamed_method;
  }
  void MarkMethodCallback(int index, internal::MethodHandler* handler) {
    (void)index;
    delete handler;
  }
  void MarkMethodRawCallback(int index, internal::MethodHandler* handler) {
    (void)index;
    delete handler;
  }
  internal::MethodHandler* GetHandler(int index) {
    (void)index;
    return nullptr;
  }

 private:
  friend class Server;
  friend class ServerInterface;
  ServerInterface* server_;
};

}  // namespace grpc

#endif  // GRPCPP_IMPL_SERVICE_TYPE_H
