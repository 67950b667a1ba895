// Hermetic stub for lit tests: minimal mirror of the jsoncpp 1.9 public API
// (<json/json.h>, Json::Value, used by Drogon); not the real implementation.
#ifndef JSON_JSON_H_INCLUDED
#define JSON_JSON_H_INCLUDED

#include <cstdint>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace Json {

using String = std::string;
using Int = int;
using UInt = unsigned int;
using Int64 = std::int64_t;
using UInt64 = std::uint64_t;
using LargestInt = Int64;
using LargestUInt = UInt64;
using ArrayIndex = unsigned int;

enum ValueType {
  nullValue = 0,
  intValue,
  uintValue,
  realValue,
  stringValue,
  booleanValue,
  arrayValue,
  objectValue
};

class Value {
 public:
  using Members = std::vector<String>;
  class iterator;
  class const_iterator;

  Value(ValueType type = nullValue);
  Value(Int value);
  Value(UInt value);
  Value(Int64 value);
  Value(UInt64 value);
  Value(double value);
  Value(const char* value);
  Value(const char* begin, const char* end);
  Value(const String& value);
  Value(bool value);
  Value(std::nullptr_t ptr) = delete;
  Value(const Value& other);
  Value(Value&& other) noexcept;
  ~Value();
  Value& operator=(const Value& other);
  Value& operator=(Value&& other) noexcept;
  void swap(Value& other);

  ValueType type() const;
  bool operator==(const Value& other) const;
  bool operator!=(const Value& other) const;

  const char* asCString() const;
  String asString() const;
  Int asInt() const;
  UInt asUInt() const;
  Int64 asInt64() const;
  UInt64 asUInt64() const;
  float asFloat() const;
  double asDouble() const;
  bool asBool() const;

  bool isNull() const;
  bool isBool() const;
  bool isInt() const;
  bool isInt64() const;
  bool isUInt() const;
  bool isUInt64() const;
  bool isIntegral() const;
  bool isDouble() const;
  bool isNumeric() const;
  bool isString() const;
  bool isArray() const;
  bool isObject() const;

  ArrayIndex size() const;
  bool empty() const;
  explicit operator bool() const;
  void clear();
  void resize(ArrayIndex newSize);

  Value& operator[](ArrayIndex index);
  Value& operator[](int index);
  const Value& operator[](ArrayIndex index) const;
  const Value& operator[](int index) const;
  Value& operator[](const char* key);
  const Value& operator[](const char* key) const;
  Value& operator[](const String& key);
  const Value& operator[](const String& key) const;

  Value get(ArrayIndex index, const Value& defaultValue) const;
  Value get(const char* key, const Value& defaultValue) const;
  Value get(const String& key, const Value& defaultValue) const;
  const Value* find(const char* begin, const char* end) const;

  Value& append(const Value& value);
  Value& append(Value&& value);
  void removeMember(const char* key);
  void removeMember(const String& key);
  bool isMember(const char* key) const;
  bool isMember(const String& key) const;
  Members getMemberNames() const;

  String toStyledString() const;
};

class StreamWriterBuilder {
 public:
  StreamWriterBuilder();
  Value& operator[](const String& key);
};
String writeString(const StreamWriterBuilder& factory, const Value& root);

class CharReader {
 public:
  virtual ~CharReader() = default;
  virtual bool parse(char const* beginDoc, char const* endDoc, Value* root,
                     String* errs) = 0;
};
class CharReaderBuilder {
 public:
  CharReaderBuilder();
  CharReader* newCharReader() const;
  Value& operator[](const String& key);
};
bool parseFromStream(const CharReaderBuilder&, std::istream&, Value* root,
                     String* errs);

class Reader {
 public:
  Reader();
  bool parse(const std::string& document, Value& root,
             bool collectComments = true);
};
class FastWriter {
 public:
  String write(const Value& root);
};

std::ostream& operator<<(std::ostream&, const Value& root);

}  // namespace Json

#endif  // JSON_JSON_H_INCLUDED
