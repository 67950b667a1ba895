// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/client_callback.h> (client reactors); not the real
// implementation.
#ifndef GRPCPP_SUPPORT_CLIENT_CALLBACK_H
#define GRPCPP_SUPPORT_CLIENT_CALLBACK_H

#include <grpcpp/impl/call_op_set.h>
#include <grpcpp/support/status.h>

namespace grpc {

class ClientContext;

namespace internal {

class ClientReactor {
 public:
  virtual ~ClientReactor() = default;
  virtual void OnDone(const grpc::Status& /*s*/) = 0;
  virtual void InternalScheduleOnDone(grpc::Status s);
  virtual bool InternalTrailersOnly(const grpc_call* call) const;
};

}  // namespace internal

template <class Request, class Response>
class ClientBidiReactor : public internal::ClientReactor {
 public:
  void StartCall() {}
  void StartRead(Response* resp) { (void)resp; }
  void StartWrite(const Request* req) { StartWrite(req, grpc::WriteOptions()); }
  void StartWrite(const Request* req, grpc::WriteOptions options) {
    (void)req;
    (void)options;
  }
  void StartWriteLast(const Request* req, grpc::WriteOptions options) {
    StartWrite(req, options.set_last_message());
  }
  void StartWritesDone() {}
  void AddHold() { AddMultipleHolds(1); }
  void AddMultipleHolds(int holds) { (void)holds; }
  void RemoveHold() {}

  void OnDone(const grpc::Status& /*s*/) override {}
  virtual void OnReadInitialMetadataDone(bool /*ok*/) {}
  virtual void OnReadDone(bool /*ok*/) {}
  virtual void OnWriteDone(bool /*ok*/) {}
  virtual void OnWritesDoneDone(bool /*ok*/) {}
};

template <class Response>
class ClientReadReactor : public internal::ClientReactor {
 public:
  void StartCall() {}
  void StartRead(Response* resp) { (void)resp; }
  void AddHold() { AddMultipleHolds(1); }
  void AddMultipleHolds(int holds) { (void)holds; }
  void RemoveHold() {}

  void OnDone(const grpc::Status& /*s*/) override {}
  virtual void OnReadInitialMetadataDone(bool /*ok*/) {}
  virtual void OnReadDone(bool /*ok*/) {}
};

template <class Request>
class ClientWriteReactor : public internal::ClientReactor {
 public:
  void StartCall() {}
  void StartWrite(const Request* req) { StartWrite(req, grpc::WriteOptions()); }
  void StartWrite(const Request* req, grpc::WriteOptions options) {
    (void)req;
    (void)options;
  }
  void StartWriteLast(const Request* req, grpc::WriteOptions options) {
    StartWrite(req, options.set_last_message());
  }
  void StartWritesDone() {}
  void AddHold() { AddMultipleHolds(1); }
  void AddMultipleHolds(int holds) { (void)holds; }
  void RemoveHold() {}

  void OnDone(const grpc::Status& /*s*/) override {}
  virtual void OnReadInitialMetadataDone(bool /*ok*/) {}
  virtual void OnWriteDone(bool /*ok*/) {}
  virtual void OnWritesDoneDone(bool /*ok*/) {}
};

class ClientUnaryReactor : public internal::ClientReactor {
 public:
  void StartCall() {}
  void OnDone(const grpc::Status& /*s*/) override {}
  virtual void OnReadInitialMetadataDone(bool /*ok*/) {}
};

namespace experimental {
template <class Request, class Response>
using ClientBidiReactor = ::grpc::ClientBidiReactor<Request, Response>;
}  // namespace experimental

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_CLIENT_CALLBACK_H
