// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/ip/tcp.hpp>; not the real implementation.
#ifndef BOOST_ASIO_IP_TCP_HPP
#define BOOST_ASIO_IP_TCP_HPP

#include <boost/asio/basic_socket_acceptor.hpp>
#include <boost/asio/basic_stream_socket.hpp>
#include <boost/asio/ip/address.hpp>
#include <boost/asio/ip/basic_endpoint.hpp>
#include <boost/asio/ip/basic_resolver.hpp>

namespace boost {
namespace asio {
namespace ip {

class tcp {
 public:
  typedef basic_endpoint<tcp> endpoint;

  static tcp v4() noexcept { return tcp(2); }
  static tcp v6() noexcept { return tcp(10); }
  int type() const noexcept { return 1; }
  int protocol() const noexcept { return 6; }
  int family() const noexcept { return family_; }

  typedef basic_stream_socket<tcp> socket;
  typedef basic_socket_acceptor<tcp> acceptor;
  typedef basic_resolver<tcp> resolver;

  typedef socket_base::boolean_option<6, 1> no_delay;

  friend bool operator==(const tcp& p1, const tcp& p2) {
    return p1.family_ == p2.family_;
  }
  friend bool operator!=(const tcp& p1, const tcp& p2) {
    return p1.family_ != p2.family_;
  }

  tcp() : family_(2) {}

 private:
  explicit tcp(int protocol_family) noexcept : family_(protocol_family) {}
  int family_;
};

}  // namespace ip
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IP_TCP_HPP
