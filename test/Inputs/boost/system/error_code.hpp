// Hermetic stub for lit tests. Mirrors names/signatures of Boost 1.74
// <boost/system/error_code.hpp>; not the real implementation.
#ifndef BOOST_SYSTEM_ERROR_CODE_HPP_INCLUDED
#define BOOST_SYSTEM_ERROR_CODE_HPP_INCLUDED

#include <ostream>
#include <string>
#include <type_traits>

namespace boost {
namespace system {

class error_code;
class error_condition;

template <class T>
struct is_error_code_enum {
  static const bool value = false;
};
template <class T>
struct is_error_condition_enum {
  static const bool value = false;
};

class error_category {
 public:
  constexpr error_category() noexcept {}
  virtual ~error_category() {}
  virtual const char* name() const noexcept = 0;
  virtual std::string message(int ev) const = 0;
  virtual error_condition default_error_condition(int ev) const noexcept;
  virtual bool failed(int ev) const noexcept { return ev != 0; }
};

const error_category& system_category() noexcept;
const error_category& generic_category() noexcept;

namespace errc {
enum errc_t {
  success = 0,
  address_family_not_supported = 97,
  address_in_use = 98,
  address_not_available = 99,
  already_connected = 106,
  broken_pipe = 32,
  connection_aborted = 103,
  connection_refused = 111,
  connection_reset = 104,
  host_unreachable = 113,
  interrupted = 4,
  invalid_argument = 22,
  network_down = 100,
  network_reset = 102,
  network_unreachable = 101,
  no_such_file_or_directory = 2,
  not_connected = 107,
  operation_canceled = 125,
  operation_in_progress = 115,
  operation_not_permitted = 1,
  operation_would_block = 11,
  permission_denied = 13,
  resource_unavailable_try_again = 11,
  timed_out = 110,
  too_many_files_open = 24
};
error_code make_error_code(errc_t e) noexcept;
error_condition make_error_condition(errc_t e) noexcept;
}  // namespace errc

template <>
struct is_error_condition_enum<errc::errc_t> {
  static const bool value = true;
};

class error_condition {
 public:
  error_condition() noexcept : val_(0), cat_(nullptr) {}
  error_condition(int val, const error_category& cat) noexcept
      : val_(val), cat_(&cat) {}
  template <class ErrorConditionEnum>
  error_condition(
      ErrorConditionEnum e,
      typename std::enable_if<
          is_error_condition_enum<ErrorConditionEnum>::value>::type* = 0)
      noexcept {
    *this = make_error_condition(e);
  }
  int value() const noexcept { return val_; }
  const error_category& category() const noexcept { return *cat_; }
  std::string message() const;
  explicit operator bool() const noexcept { return val_ != 0; }

 private:
  int val_;
  const error_category* cat_;
};

/// Value type: copies are independent.
class error_code {
 public:
  error_code() noexcept : val_(0), cat_(nullptr) {}
  error_code(int val, const error_category& cat) noexcept
      : val_(val), cat_(&cat) {}
  template <class ErrorCodeEnum>
  error_code(ErrorCodeEnum e,
             typename std::enable_if<
                 is_error_code_enum<ErrorCodeEnum>::value>::type* = 0) noexcept {
    *this = make_error_code(e);
  }

  void assign(int val, const error_category& cat) noexcept {
    val_ = val;
    cat_ = &cat;
  }
  template <typename ErrorCodeEnum>
  typename std::enable_if<is_error_code_enum<ErrorCodeEnum>::value,
                          error_code>::type&
  operator=(ErrorCodeEnum val) noexcept {
    *this = make_error_code(val);
    return *this;
  }
  void clear() noexcept {
    val_ = 0;
    cat_ = nullptr;
  }

  int value() const noexcept { return val_; }
  const error_category& category() const noexcept { return *cat_; }
  error_condition default_error_condition() const noexcept;
  std::string message() const;
  char const* message(char* buffer, std::size_t len) const noexcept;
  bool failed() const noexcept { return val_ != 0; }
  explicit operator bool() const noexcept { return val_ != 0; }

  friend bool operator==(const error_code& lhs, const error_code& rhs) noexcept {
    return lhs.val_ == rhs.val_ && lhs.cat_ == rhs.cat_;
  }
  friend bool operator<(const error_code& lhs, const error_code& rhs) noexcept {
    return lhs.val_ < rhs.val_;
  }
  friend bool operator!=(const error_code& lhs, const error_code& rhs) noexcept {
    return !(lhs == rhs);
  }
  friend bool operator==(const error_code& code,
                         const error_condition& condition) noexcept {
    return code.value() == condition.value();
  }
  friend bool operator!=(const error_code& code,
                         const error_condition& condition) noexcept {
    return !(code == condition);
  }

 private:
  int val_;
  const error_category* cat_;
};

template <class charT, class traits>
inline std::basic_ostream<charT, traits>& operator<<(
    std::basic_ostream<charT, traits>& os, error_code ec) {
  return os << ec.value();
}

}  // namespace system
}  // namespace boost

#endif  // BOOST_SYSTEM_ERROR_CODE_HPP_INCLUDED
