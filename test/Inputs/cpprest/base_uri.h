// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/base_uri.h>; not the real implementation.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"

namespace web {

class uri {
 public:
  class components {
   public:
    enum component { user_info, host, path, query, fragment, full_uri };
  };

  static utility::string_t encode_uri(const utility::string_t& raw,
                                      uri::components::component = components::full_uri);
  static utility::string_t encode_data_string(const utility::string_t& data);
  static utility::string_t decode(const utility::string_t& encoded);
  static std::vector<utility::string_t> split_path(const utility::string_t& path);
  static std::map<utility::string_t, utility::string_t> split_query(
      const utility::string_t& query);
  static bool validate(const utility::string_t& uri_string);

  uri() {}
  uri(const utility::char_t* uri_string);
  uri(const utility::string_t& uri_string);
  uri(const uri&) = default;
  uri& operator=(const uri&) = default;
  uri(uri&& other) noexcept = default;
  uri& operator=(uri&& other) noexcept = default;

  const utility::string_t& scheme() const { return m_scheme; }
  const utility::string_t& user_info() const { return m_user_info; }
  const utility::string_t& host() const { return m_host; }
  int port() const { return m_port; }
  const utility::string_t& path() const { return m_path; }
  const utility::string_t& query() const { return m_query; }
  const utility::string_t& fragment() const { return m_fragment; }
  uri authority() const;
  uri resource() const;
  bool is_empty() const { return m_uri.empty(); }
  bool is_host_loopback() const;
  bool is_host_wildcard() const;
  bool is_host_portable() const;
  bool is_port_default() const;
  bool is_authority() const;
  bool has_same_authority(const uri& other) const;
  bool is_path_empty() const;
  utility::string_t to_string() const { return m_uri; }
  utility::string_t resolve_uri(const utility::string_t& relativeUri) const;

  bool operator==(const uri& other) const { return m_uri == other.m_uri; }
  bool operator<(const uri& other) const { return m_uri < other.m_uri; }
  bool operator!=(const uri& other) const { return !(operator==(other)); }

 private:
  utility::string_t m_uri;
  utility::string_t m_scheme;
  utility::string_t m_host;
  utility::string_t m_user_info;
  utility::string_t m_path;
  utility::string_t m_query;
  utility::string_t m_fragment;
  int m_port = 0;
};

}  // namespace web
