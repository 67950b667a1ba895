// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/support/string_ref.h>; not the real implementation.
#ifndef GRPCPP_SUPPORT_STRING_REF_H
#define GRPCPP_SUPPORT_STRING_REF_H

#include <string.h>

#include <cstddef>
#include <iosfwd>
#include <iterator>
#include <ostream>
#include <string>

#include <grpcpp/support/config.h>

namespace grpc {

/// Non-owning view of a string (used for metadata). Does NOT own its bytes:
/// it points into call-owned memory.
class string_ref {
 public:
  typedef const char* const_iterator;
  typedef std::reverse_iterator<const_iterator> const_reverse_iterator;

  const static size_t npos;

  string_ref() : data_(nullptr), length_(0) {}
  string_ref(const string_ref& other)
      : data_(other.data_), length_(other.length_) {}
  string_ref& operator=(const string_ref& rhs) {
    data_ = rhs.data_;
    length_ = rhs.length_;
    return *this;
  }
  string_ref(const char* s) : data_(s), length_(strlen(s)) {}
  string_ref(const char* s, size_t l) : data_(s), length_(l) {}
  string_ref(const std::string& s) : data_(s.data()), length_(s.length()) {}

  const_iterator begin() const { return data_; }
  const_iterator end() const { return data_ + length_; }
  const_iterator cbegin() const { return data_; }
  const_iterator cend() const { return data_ + length_; }
  const_reverse_iterator rbegin() const { return const_reverse_iterator(end()); }
  const_reverse_iterator rend() const { return const_reverse_iterator(begin()); }

  size_t size() const { return length_; }
  size_t length() const { return length_; }
  size_t max_size() const { return length_; }
  bool empty() const { return length_ == 0; }
  const char* data() const { return data_; }

  int compare(string_ref x) const;
  bool starts_with(string_ref x) const;
  bool ends_with(string_ref x) const;
  size_t find(string_ref s) const;
  size_t find(char c) const;
  string_ref substr(size_t pos, size_t n = npos) const;

 private:
  const char* data_;
  size_t length_;
};

bool operator==(string_ref x, string_ref y);
bool operator!=(string_ref x, string_ref y);
bool operator<(string_ref x, string_ref y);
bool operator<=(string_ref x, string_ref y);
bool operator>(string_ref x, string_ref y);
bool operator>=(string_ref x, string_ref y);
std::ostream& operator<<(std::ostream& out, const string_ref& string);

}  // namespace grpc

#endif  // GRPCPP_SUPPORT_STRING_REF_H
