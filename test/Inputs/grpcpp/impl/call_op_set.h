// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/impl/call_op_set.h> (WriteOptions only); not the real
// implementation.
#ifndef GRPCPP_IMPL_CALL_OP_SET_H
#define GRPCPP_IMPL_CALL_OP_SET_H

#include <cstdint>

namespace grpc {

class WriteOptions {
 public:
  WriteOptions() : flags_(0), last_message_(false) {}
  inline void Clear() { flags_ = 0; }
  inline uint32_t flags() const { return flags_; }
  inline WriteOptions& set_no_compression() { return *this; }
  inline WriteOptions& clear_no_compression() { return *this; }
  inline bool get_no_compression() const { return false; }
  inline WriteOptions& set_buffer_hint() { return *this; }
  inline WriteOptions& clear_buffer_hint() { return *this; }
  inline bool get_buffer_hint() const { return false; }
  inline WriteOptions& set_corked() { return *this; }
  inline WriteOptions& clear_corked() { return *this; }
  inline bool is_corked() const { return false; }
  inline WriteOptions& set_last_message() {
    last_message_ = true;
    return *this;
  }
  inline WriteOptions& clear_last_message() {
    last_message_ = false;
    return *this;
  }
  bool is_last_message() const { return last_message_; }
  inline WriteOptions& set_write_through() { return *this; }
  inline WriteOptions& clear_write_through() { return *this; }
  inline bool is_write_through() const { return false; }

 private:
  uint32_t flags_;
  bool last_message_;
};

}  // namespace grpc

#endif  // GRPCPP_IMPL_CALL_OP_SET_H
