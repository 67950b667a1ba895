// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/ip/address.hpp> (+ address_v4/address_v6); not the real
// implementation.
#ifndef BOOST_ASIO_IP_ADDRESS_HPP
#define BOOST_ASIO_IP_ADDRESS_HPP

#include <array>
#include <ostream>
#include <string>
#include <string_view>

#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {
namespace ip {

class address_v4 {
 public:
  typedef unsigned int uint_type;
  typedef std::array<unsigned char, 4> bytes_type;
  address_v4() noexcept : addr_(0) {}
  explicit address_v4(const bytes_type& bytes);
  explicit address_v4(uint_type addr) : addr_(addr) {}
  bytes_type to_bytes() const noexcept;
  uint_type to_uint() const noexcept { return addr_; }
  std::string to_string() const;
  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept { return addr_ == 0; }
  bool is_multicast() const noexcept;
  static address_v4 any() noexcept { return address_v4(); }
  static address_v4 loopback() noexcept { return address_v4(0x7F000001); }
  static address_v4 broadcast() noexcept { return address_v4(0xFFFFFFFF); }
  friend bool operator==(const address_v4& a1, const address_v4& a2) noexcept {
    return a1.addr_ == a2.addr_;
  }
  friend bool operator!=(const address_v4& a1, const address_v4& a2) noexcept {
    return a1.addr_ != a2.addr_;
  }

 private:
  uint_type addr_;
};

class address_v6 {
 public:
  typedef std::array<unsigned char, 16> bytes_type;
  address_v6() noexcept {}
  std::string to_string() const;
  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept;
  static address_v6 any() noexcept { return address_v6(); }
  static address_v6 loopback() noexcept;
  friend bool operator==(const address_v6&, const address_v6&) noexcept {
    return true;
  }
  friend bool operator!=(const address_v6&, const address_v6&) noexcept {
    return false;
  }
};

class address {
 public:
  address() noexcept : is_v6_(false) {}
  address(const address_v4& ipv4_address) noexcept
      : is_v6_(false), v4_(ipv4_address) {}
  address(const address_v6& ipv6_address) noexcept
      : is_v6_(true), v6_(ipv6_address) {}
  bool is_v4() const noexcept { return !is_v6_; }
  bool is_v6() const noexcept { return is_v6_; }
  address_v4 to_v4() const { return v4_; }
  address_v6 to_v6() const { return v6_; }
  std::string to_string() const;
  bool is_loopback() const noexcept;
  bool is_unspecified() const noexcept;
  bool is_multicast() const noexcept;
  friend bool operator==(const address& a1, const address& a2) noexcept {
    return a1.is_v6_ == a2.is_v6_ && a1.v4_ == a2.v4_;
  }
  friend bool operator!=(const address& a1, const address& a2) noexcept {
    return !(a1 == a2);
  }

 private:
  bool is_v6_;
  address_v4 v4_;
  address_v6 v6_;
};

address make_address(const char* str);
address make_address(const char* str, boost::system::error_code& ec) noexcept;
address make_address(const std::string& str);
address make_address(const std::string& str,
                     boost::system::error_code& ec) noexcept;
address make_address(std::string_view str);
address make_address(std::string_view str,
                     boost::system::error_code& ec) noexcept;
address_v4 make_address_v4(const char* str);
address_v4 make_address_v4(const std::string& str);
address_v4 make_address_v4(std::string_view str);
address_v6 make_address_v6(const char* str);

/// Deprecated (kept by Boost 1.74).
inline address address_from_string(const char* str) { return make_address(str); }

template <typename Elem, typename Traits>
std::basic_ostream<Elem, Traits>& operator<<(
    std::basic_ostream<Elem, Traits>& os, const address& addr) {
  return os << addr.to_string();
}

}  // namespace ip
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IP_ADDRESS_HPP
