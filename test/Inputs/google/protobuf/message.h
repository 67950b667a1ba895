// Hermetic stub for lit tests. Minimal mirror of protobuf 3.21
// <google/protobuf/message.h> (Message / MessageLite); not the real
// implementation.
#ifndef GOOGLE_PROTOBUF_MESSAGE_H__
#define GOOGLE_PROTOBUF_MESSAGE_H__

#include <cstddef>
#include <string>

namespace google {
namespace protobuf {

class Arena;

class MessageLite {
 public:
  constexpr MessageLite() {}
  virtual ~MessageLite() = default;
  virtual std::string GetTypeName() const = 0;
  virtual void Clear() = 0;
  virtual bool IsInitialized() const = 0;
  virtual size_t ByteSizeLong() const = 0;
  bool ParseFromString(const std::string& data);
  bool ParseFromArray(const void* data, int size);
  bool SerializeToString(std::string* output) const;
  std::string SerializeAsString() const;
};

class Message : public MessageLite {
 public:
  constexpr Message() {}
  virtual void CopyFrom(const Message& from);
  virtual void MergeFrom(const Message& from);
  std::string DebugString() const;
  std::string ShortDebugString() const;
  std::string Utf8DebugString() const;
  std::string GetTypeName() const override;
  bool IsInitialized() const override;
};

}  // namespace protobuf
}  // namespace google

#endif  // GOOGLE_PROTOBUF_MESSAGE_H__
