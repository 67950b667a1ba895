// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/ip/basic_endpoint.hpp>; not the real implementation.
#ifndef BOOST_ASIO_IP_BASIC_ENDPOINT_HPP
#define BOOST_ASIO_IP_BASIC_ENDPOINT_HPP

#include <ostream>

#include <boost/asio/ip/address.hpp>

namespace boost {
namespace asio {
namespace ip {

typedef unsigned short port_type;

template <typename InternetProtocol>
class basic_endpoint {
 public:
  typedef InternetProtocol protocol_type;

  basic_endpoint() noexcept : port_(0) {}
  basic_endpoint(const InternetProtocol& internet_protocol,
                 port_type port_num) noexcept
      : port_(port_num) {
    (void)internet_protocol;
  }
  basic_endpoint(const boost::asio::ip::address& addr,
                 port_type port_num) noexcept
      : addr_(addr), port_(port_num) {}
  basic_endpoint(const basic_endpoint& other) noexcept = default;
  basic_endpoint& operator=(const basic_endpoint& other) noexcept = default;

  protocol_type protocol() const noexcept;
  port_type port() const noexcept { return port_; }
  void port(port_type port_num) noexcept { port_ = port_num; }
  boost::asio::ip::address address() const noexcept { return addr_; }
  void address(const boost::asio::ip::address& addr) noexcept { addr_ = addr; }

  friend bool operator==(const basic_endpoint& e1,
                         const basic_endpoint& e2) noexcept {
    return e1.addr_ == e2.addr_ && e1.port_ == e2.port_;
  }
  friend bool operator!=(const basic_endpoint& e1,
                         const basic_endpoint& e2) noexcept {
    return !(e1 == e2);
  }

 private:
  boost::asio::ip::address addr_;
  port_type port_;
};

template <typename Elem, typename Traits, typename InternetProtocol>
std::basic_ostream<Elem, Traits>& operator<<(
    std::basic_ostream<Elem, Traits>& os,
    const basic_endpoint<InternetProtocol>& endpoint) {
  return os << endpoint.address() << ':' << endpoint.port();
}

}  // namespace ip
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IP_BASIC_ENDPOINT_HPP
