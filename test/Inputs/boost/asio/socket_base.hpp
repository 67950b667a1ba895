// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/socket_base.hpp>; not the real implementation.
#ifndef BOOST_ASIO_SOCKET_BASE_HPP
#define BOOST_ASIO_SOCKET_BASE_HPP

namespace boost {
namespace asio {

class socket_base {
 public:
  enum shutdown_type { shutdown_receive = 0, shutdown_send = 1, shutdown_both = 2 };
  typedef int message_flags;
  static const int message_peek = 2;
  static const int message_out_of_band = 1;
  static const int message_do_not_route = 4;
  static const int message_end_of_record = 128;
  enum wait_type { wait_read, wait_write, wait_error };

  template <int Level, int Name>
  class boolean_option {
   public:
    boolean_option() : value_(0) {}
    explicit boolean_option(bool v) : value_(v ? 1 : 0) {}
    bool value() const { return !!value_; }
    explicit operator bool() const { return !!value_; }

   private:
    int value_;
  };
  template <int Level, int Name>
  class integer_option {
   public:
    integer_option() : value_(0) {}
    explicit integer_option(int v) : value_(v) {}
    int value() const { return value_; }

   private:
    int value_;
  };

  typedef boolean_option<1, 6> broadcast;
  typedef boolean_option<1, 1> debug;
  typedef boolean_option<1, 5> do_not_route;
  typedef boolean_option<1, 9> keep_alive;
  typedef integer_option<1, 7> send_buffer_size;
  typedef integer_option<1, 19> send_low_watermark;
  typedef integer_option<1, 8> receive_buffer_size;
  typedef integer_option<1, 18> receive_low_watermark;
  typedef boolean_option<1, 2> reuse_address;
  class linger {
   public:
    linger() : enabled_(false), timeout_(0) {}
    linger(bool e, int t) : enabled_(e), timeout_(t) {}
    bool enabled() const { return enabled_; }
    int timeout() const { return timeout_; }

   private:
    bool enabled_;
    int timeout_;
  };
  static const int max_listen_connections = 4096;
  static const int max_connections = 4096;

 protected:
  ~socket_base() {}
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_SOCKET_BASE_HPP
