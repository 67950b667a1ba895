// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/asyncrt_utils.h> (subset); not the real implementation.
#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "cpprest/details/basic_types.h"

namespace utility {
typedef std::chrono::seconds seconds;

namespace conversions {
std::string utf16_to_utf8(const utf16string& w);
utf16string utf8_to_utf16(const std::string& s);
utf16string to_utf16string(const std::string& value);
std::string to_utf8string(std::string value);
std::string to_utf8string(const utf16string& value);
utility::string_t to_string_t(std::string&& s);
utility::string_t to_string_t(const std::string& s);
utility::string_t to_string_t(const utf16string& s);
std::string to_base64(const std::vector<unsigned char>& data);
std::vector<unsigned char> from_base64(const utility::string_t& str);

template <typename Source>
utility::string_t print_string(const Source& val) {
  utility::ostringstream_t oss;
  oss << val;
  return oss.str();
}
}  // namespace conversions

class datetime {
 public:
  enum date_format { RFC_1123, ISO_8601 };
  datetime() : m_interval(0) {}
  static datetime utc_now();
  utility::string_t to_string(date_format format = RFC_1123) const;

 private:
  uint64_t m_interval;
};
}  // namespace utility
