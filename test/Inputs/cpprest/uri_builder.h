// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/uri_builder.h> (subset); not the real implementation.
#pragma once

#include <string>

#include "cpprest/base_uri.h"

namespace web {

class uri_builder {
 public:
  uri_builder() {}
  uri_builder(const uri& uri_str);
  uri_builder& set_scheme(const utility::string_t& scheme);
  uri_builder& set_host(const utility::string_t& host, bool do_encoding = false);
  uri_builder& set_port(int port);
  uri_builder& set_path(const utility::string_t& path, bool do_encoding = false);
  uri_builder& set_query(const utility::string_t& query, bool do_encoding = false);
  uri_builder& append_path(const utility::string_t& path, bool do_encoding = false);
  uri_builder& append_query(const utility::string_t& query, bool do_encoding = false);
  template <typename T>
  uri_builder& append_query(const utility::string_t& name, const T& value,
                            bool do_encoding = true) {
    (void)name, (void)value, (void)do_encoding;
    return *this;
  }
  utility::string_t to_string() const;
  uri to_uri() const;
};

}  // namespace web
