// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/byte_buffer.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_BYTE_BUFFER_H
#define GRPCPP_SUPPORT_BYTE_BUFFER_H

#include <cstddef>
#include <vector>

#include <grpcpp/support/status.h>

namespace grpc {

class Slice {
 public:
  Slice();
  ~Slice();
  size_t size() const;
  const uint8_t* begin() const;
  const uint8_t* end() const;
};

class ByteBuffer final {
 public:
  ByteBuffer();
  ByteBuffer(const Slice* slices, size_t nslices);
  ByteBuffer(const ByteBuffer& buf);
  ~ByteBuffer();
  ByteBuffer& operator=(const ByteBuffer&);
  Status Dump(std::vector<Slice>* slices) const;
  void Clear();
  void Duplicate();
  void Release();
  size_t Length() const;
  void Swap(ByteBuffer* other);
  bool Valid() const;
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_BYTE_BUFFER_H
