// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/status.h> (grpcpp/impl/codegen/status.h); not the real
// implementation.
#ifndef GRPCPP_SUPPORT_STATUS_H
#define GRPCPP_SUPPORT_STATUS_H

#include <string>

#include <grpcpp/support/config.h>
#include <grpcpp/support/status_code_enum.h>

namespace grpc {

class Status {
 public:
  Status() : code_(StatusCode::OK) {}
  Status(StatusCode code, const std::string& error_message)
      : code_(code), error_message_(error_message) {}
  Status(StatusCode code, const std::string& error_message,
         const std::string& error_details)
      : code_(code),
        error_message_(error_message),
        binary_error_details_(error_details) {}

  static const Status& OK;
  static const Status& CANCELLED;

  StatusCode error_code() const { return code_; }
  std::string error_message() const { return error_message_; }
  std::string error_details() const { return binary_error_details_; }
  bool ok() const { return code_ == StatusCode::OK; }
  void IgnoreError() const {}

 private:
  StatusCode code_;
  std::string error_message_;
  std::string binary_error_details_;
};

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_STATUS_H
