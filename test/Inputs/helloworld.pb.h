// Hermetic stub for lit tests: hand-written equivalent of what protoc 3.21
// generates for
//
//   syntax = "proto3";
//   package helloworld;
//   message HelloRequest { string name = 1; }
//   message HelloReply { string message = 1; }
//
// Public accessors mirror the real generated code; internals are omitted.
#ifndef GOOGLE_PROTOBUF_INCLUDED_helloworld_2eproto
#define GOOGLE_PROTOBUF_INCLUDED_helloworld_2eproto

#include <string>
#include <utility>

#include <google/protobuf/message.h>

namespace helloworld {

class HelloRequest final : public ::google::protobuf::Message {
 public:
  inline HelloRequest() {}
  ~HelloRequest() override;
  HelloRequest(const HelloRequest& from);
  HelloRequest(HelloRequest&& from) noexcept : HelloRequest() {
    *this = ::std::move(from);
  }
  inline HelloRequest& operator=(const HelloRequest& from) {
    CopyFrom(from);
    return *this;
  }
  inline HelloRequest& operator=(HelloRequest&& from) noexcept {
    name_.swap(from.name_);
    return *this;
  }

  static const HelloRequest& default_instance();
  friend void swap(HelloRequest& a, HelloRequest& b) { a.Swap(&b); }
  inline void Swap(HelloRequest* other) { name_.swap(other->name_); }

  HelloRequest* New(::google::protobuf::Arena* arena = nullptr) const;
  using ::google::protobuf::Message::CopyFrom;
  void CopyFrom(const HelloRequest& from);
  using ::google::protobuf::Message::MergeFrom;
  void MergeFrom(const HelloRequest& from);
  void Clear() final;
  bool IsInitialized() const final;
  size_t ByteSizeLong() const final;

  enum : int {
    kNameFieldNumber = 1,
  };
  // string name = 1;
  void clear_name() { name_.clear(); }
  const std::string& name() const { return name_; }
  template <typename ArgT0 = const std::string&, typename... ArgT>
  void set_name(ArgT0&& arg0, ArgT... args) {
    name_.assign(static_cast<ArgT0&&>(arg0), args...);
  }
  std::string* mutable_name() { return &name_; }
  [[nodiscard]] std::string* release_name();
  void set_allocated_name(std::string* name);

 private:
  std::string name_;
};

class HelloReply final : public ::google::protobuf::Message {
 public:
  inline HelloReply() {}
  ~HelloReply() override;
  HelloReply(const HelloReply& from);
  HelloReply(HelloReply&& from) noexcept : HelloReply() {
    *this = ::std::move(from);
  }
  inline HelloReply& operator=(const HelloReply& from) {
    CopyFrom(from);
    return *this;
  }
  inline HelloReply& operator=(HelloReply&& from) noexcept {
    message_.swap(from.message_);
    return *this;
  }

  static const HelloReply& default_instance();
  friend void swap(HelloReply& a, HelloReply& b) { a.Swap(&b); }
  inline void Swap(HelloReply* other) { message_.swap(other->message_); }

  HelloReply* New(::google::protobuf::Arena* arena = nullptr) const;
  using ::google::protobuf::Message::CopyFrom;
  void CopyFrom(const HelloReply& from);
  using ::google::protobuf::Message::MergeFrom;
  void MergeFrom(const HelloReply& from);
  void Clear() final;
  bool IsInitialized() const final;
  size_t ByteSizeLong() const final;

  enum : int {
    kMessageFieldNumber = 1,
  };
  // string message = 1;
  void clear_message() { message_.clear(); }
  const std::string& message() const { return message_; }
  template <typename ArgT0 = const std::string&, typename... ArgT>
  void set_message(ArgT0&& arg0, ArgT... args) {
    message_.assign(static_cast<ArgT0&&>(arg0), args...);
  }
  std::string* mutable_message() { return &message_; }
  [[nodiscard]] std::string* release_message();
  void set_allocated_message(std::string* message);

 private:
  std::string message_;
};

}  // namespace helloworld

#endif  // GOOGLE_PROTOBUF_INCLUDED_helloworld_2eproto
