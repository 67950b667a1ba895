// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/http_headers.h>; not the real implementation.
#pragma once

#include <map>
#include <memory>
#include <string>

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"

namespace web {
namespace http {

class http_headers {
 public:
  struct _case_insensitive_cmp {
    bool operator()(const utility::string_t& str1,
                    const utility::string_t& str2) const;
  };

 private:
  typedef std::map<utility::string_t, utility::string_t, _case_insensitive_cmp>
      inner_container;

 public:
  typedef inner_container::key_type key_type;
  typedef inner_container::key_compare key_compare;
  typedef inner_container::allocator_type allocator_type;
  typedef inner_container::size_type size_type;
  typedef inner_container::difference_type difference_type;
  typedef inner_container::reference reference;
  typedef inner_container::const_reference const_reference;
  typedef inner_container::pointer pointer;
  typedef inner_container::const_pointer const_pointer;
  typedef inner_container::iterator iterator;
  typedef inner_container::const_iterator const_iterator;
  typedef inner_container::reverse_iterator reverse_iterator;
  typedef inner_container::const_reverse_iterator const_reverse_iterator;

  http_headers() {}
  http_headers(const http_headers& other) = default;
  http_headers& operator=(const http_headers& other) = default;
  http_headers(http_headers&& other) = default;
  http_headers& operator=(http_headers&& other) = default;

  template <typename _t1>
  void add(const key_type& name, const _t1& value) {
    (void)name, (void)value;
  }
  void remove(const key_type& name) { m_headers.erase(name); }
  void clear() { m_headers.clear(); }
  bool has(const key_type& name) const {
    return m_headers.find(name) != m_headers.end();
  }
  size_type size() const { return m_headers.size(); }
  bool empty() const { return m_headers.empty(); }
  utility::string_t& operator[](const key_type& name) { return m_headers[name]; }
  iterator find(const key_type& name) { return m_headers.find(name); }
  const_iterator find(const key_type& name) const { return m_headers.find(name); }
  template <typename _t1>
  bool match(const key_type& name, _t1& value) const {
    (void)name, (void)value;
    return false;
  }
  iterator begin() { return m_headers.begin(); }
  const_iterator begin() const { return m_headers.begin(); }
  iterator end() { return m_headers.end(); }
  const_iterator end() const { return m_headers.end(); }

  utility::string_t content_type() const;
  void set_content_type(utility::string_t type);
  utility::string_t cache_control() const;
  void set_cache_control(utility::string_t control);
  utility::string_t date() const;
  utility::size64_t content_length() const;
  void set_content_length(utility::size64_t length);

 private:
  inner_container m_headers;
};

}  // namespace http
}  // namespace web
