// Hermetic stub for lit tests. Mirrors names/signatures of cpprestsdk
// 2.10.18 <cpprest/json.h> (web::json::value and friends); not the real
// implementation.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <system_error>
#include <utility>
#include <vector>

#include "cpprest/asyncrt_utils.h"
#include "cpprest/details/basic_types.h"

namespace web {
namespace json {

class value;
class array;
class object;
class number;

class json_exception : public std::exception {
 public:
  json_exception(const char* const message);
  const char* what() const noexcept override;
};

/// Value type (deep copies on copy).
class value {
 public:
  enum value_type { Number, Boolean, String, Object, Array, Null };

  value();
  value(int32_t value);
  value(uint32_t value);
  value(int64_t value);
  value(uint64_t value);
  value(double value);
  explicit value(bool value);
  explicit value(utility::string_t value);
  explicit value(utility::string_t value, bool has_escape_chars);
  explicit value(const utility::char_t* value);
  explicit value(const utility::char_t* value, bool has_escape_chars);
  value(const value&);
  value(value&&) noexcept;
  value& operator=(const value&);
  value& operator=(value&&) noexcept;
  ~value();

  static value null();
  static value number(double value);
  static value number(int32_t value);
  static value number(uint32_t value);
  static value number(int64_t value);
  static value number(uint64_t value);
  static value boolean(bool value);
  static value string(utility::string_t value);
  static value string(utility::string_t value, bool has_escape_chars);
  static value object(bool keep_order = false);
  static value object(std::vector<std::pair<utility::string_t, value> > fields,
                      bool keep_order = false);
  static value array();
  static value array(size_t size);
  static value array(std::vector<value> elements);

  json::value::value_type type() const;
  bool is_null() const { return type() == Null; }
  bool is_number() const { return type() == Number; }
  bool is_integer() const;
  bool is_double() const;
  bool is_boolean() const { return type() == Boolean; }
  bool is_string() const { return type() == String; }
  bool is_array() const { return type() == Array; }
  bool is_object() const { return type() == Object; }
  size_t size() const;

  static value parse(const utility::string_t& value);
  static value parse(const utility::string_t& value, std::error_code& errorCode);
  static value parse(utility::istream_t& input);
  utility::string_t serialize() const;
  void serialize(utility::ostream_t& stream) const;
  utility::string_t to_string() const { return serialize(); }

  double as_double() const;
  int as_integer() const;
  const json::number& as_number() const;
  bool as_bool() const;
  json::array& as_array();
  const json::array& as_array() const;
  json::object& as_object();
  const json::object& as_object() const;
  const utility::string_t& as_string() const;

  bool operator==(const value& other) const;
  bool operator!=(const value& other) const { return !((*this) == other); }

  bool has_field(const utility::string_t& key) const;
  bool has_number_field(const utility::string_t& key) const;
  bool has_integer_field(const utility::string_t& key) const;
  bool has_double_field(const utility::string_t& key) const;
  bool has_boolean_field(const utility::string_t& key) const;
  bool has_string_field(const utility::string_t& key) const;
  bool has_array_field(const utility::string_t& key) const;
  bool has_object_field(const utility::string_t& key) const;
  void erase(size_t index);
  void erase(const utility::string_t& key);

  json::value& at(size_t index);
  const json::value& at(size_t index) const;
  json::value& at(const utility::string_t& key);
  const json::value& at(const utility::string_t& key) const;
  value& operator[](const utility::string_t& key);
  value& operator[](size_t index);

 private:
  std::unique_ptr<int> m_value;
};

class array {
 public:
  typedef std::vector<json::value> storage_type;
  typedef storage_type::iterator iterator;
  typedef storage_type::const_iterator const_iterator;
  typedef storage_type::size_type size_type;
  iterator begin() { return m_elements.begin(); }
  const_iterator begin() const { return m_elements.cbegin(); }
  iterator end() { return m_elements.end(); }
  const_iterator end() const { return m_elements.cend(); }
  size_type size() const { return m_elements.size(); }
  json::value& at(size_type index);
  const json::value& at(size_type index) const;
  json::value& operator[](size_type index);

 private:
  storage_type m_elements;
};

class object {
 public:
  typedef std::vector<std::pair<utility::string_t, json::value> > storage_type;
  typedef storage_type::iterator iterator;
  typedef storage_type::const_iterator const_iterator;
  typedef storage_type::size_type size_type;
  iterator begin() { return m_elements.begin(); }
  const_iterator begin() const { return m_elements.cbegin(); }
  iterator end() { return m_elements.end(); }
  const_iterator end() const { return m_elements.cend(); }
  size_type size() const { return m_elements.size(); }
  bool empty() const { return m_elements.empty(); }
  json::value& at(const utility::string_t& key);
  const json::value& at(const utility::string_t& key) const;
  json::value& operator[](const utility::string_t& key);
  const_iterator find(const utility::string_t& key) const;

 private:
  storage_type m_elements;
};

class number {
 public:
  bool is_int32() const;
  bool is_uint32() const;
  bool is_int64() const;
  bool is_uint64() const;
  double to_double() const;
  int32_t to_int32() const;
  uint32_t to_uint32() const;
  int64_t to_int64() const;
  uint64_t to_uint64() const;
};

utility::ostream_t& operator<<(utility::ostream_t& os, const json::value& val);
utility::istream_t& operator>>(utility::istream_t& is, json::value& val);

}  // namespace json
}  // namespace web
