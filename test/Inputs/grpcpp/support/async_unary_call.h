// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/async_unary_call.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_ASYNC_UNARY_CALL_H
#define GRPCPP_SUPPORT_ASYNC_UNARY_CALL_H

#include <memory>

#include <grpcpp/impl/service_type.h>
#include <grpcpp/support/status.h>

namespace grpc {

class ServerContext;

template <class R>
class ClientAsyncResponseReader;

template <class R>
class ClientAsyncResponseReaderInterface {
 public:
  virtual ~ClientAsyncResponseReaderInterface() {}
  virtual void StartCall() = 0;
  virtual void ReadInitialMetadata(void* tag) = 0;
  virtual void Finish(R* msg, grpc::Status* status, void* tag) = 0;
};

template <class R>
class ClientAsyncResponseReader final
    : public ClientAsyncResponseReaderInterface<R> {
 public:
  void StartCall() override {}
  void ReadInitialMetadata(void* tag) override { (void)tag; }
  void Finish(R* msg, grpc::Status* status, void* tag) override {
    (void)msg, (void)status, (void)tag;
  }
};

/// Keeps a raw pointer to the ServerContext passed to the constructor.
template <class W>
class ServerAsyncResponseWriter final
    : public grpc::internal::ServerAsyncStreamingInterface {
 public:
  explicit ServerAsyncResponseWriter(grpc::ServerContext* ctx) : ctx_(ctx) {}
  void SendInitialMetadata(void* tag) override { (void)tag; }
  void Finish(const W& msg, const grpc::Status& status, void* tag) {
    (void)msg, (void)status, (void)tag;
  }
  void FinishWithError(const grpc::Status& status, void* tag) {
    (void)status, (void)tag;
  }

 private:
  void BindCall(grpc::internal::Call* call) override { (void)call; }
  grpc::ServerContext* ctx_;
};

}  // namespace grpc

// The real header makes unique_ptr<ClientAsyncResponseReader> a no-op deleter
// (the object is arena-allocated on the call).
namespace std {
template <class R>
class default_delete<grpc::ClientAsyncResponseReader<R>> {
 public:
  void operator()(void* /*p*/) {}
};
template <class R>
class default_delete<grpc::ClientAsyncResponseReaderInterface<R>> {
 public:
  void operator()(void* /*p*/) {}
};
}  // namespace std

#endif  // GRPCPP_SUPPORT_ASYNC_UNARY_CALL_H
