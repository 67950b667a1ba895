// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/message_allocator.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_MESSAGE_ALLOCATOR_H
#define GRPCPP_SUPPORT_MESSAGE_ALLOCATOR_H

namespace grpc {

class RpcAllocatorState {
 public:
  virtual ~RpcAllocatorState() = default;
  virtual void FreeRequest() {}
};

template <typename RequestT, typename ResponseT>
class MessageHolder : public RpcAllocatorState {
 public:
  virtual void Release() = 0;
  RequestT* request() { return request_; }
  ResponseT* response() { return response_; }

 protected:
  void set_request(RequestT* request) { request_ = request; }
  void set_response(ResponseT* response) { response_ = response; }

 private:
  RequestT* request_ = nullptr;
  ResponseT* response_ = nullptr;
};

template <typename RequestT, typename ResponseT>
class MessageAllocator {
 public:
  virtual ~MessageAllocator() = default;
  virtual MessageHolder<RequestT, ResponseT>* AllocateMessages() = 0;
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_MESSAGE_ALLOCATOR_H
