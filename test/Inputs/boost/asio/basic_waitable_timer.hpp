// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/basic_waitable_timer.hpp>; not the real implementation.
#ifndef BOOST_ASIO_BASIC_WAITABLE_TIMER_HPP
#define BOOST_ASIO_BASIC_WAITABLE_TIMER_HPP

#include <cstddef>
#include <type_traits>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/error.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/wait_traits.hpp>

namespace boost {
namespace asio {

/// I/O object: must outlive any pending async_wait (its handler receives
/// error::operation_aborted if the timer is cancelled or destroyed).
template <typename Clock, typename WaitTraits = boost::asio::wait_traits<Clock>,
          typename Executor = any_io_executor>
class basic_waitable_timer {
 public:
  typedef Executor executor_type;
  template <typename Executor1>
  struct rebind_executor {
    typedef basic_waitable_timer<Clock, WaitTraits, Executor1> other;
  };
  typedef Clock clock_type;
  typedef typename clock_type::duration duration;
  typedef typename clock_type::time_point time_point;
  typedef WaitTraits traits_type;

  explicit basic_waitable_timer(const executor_type& ex) : executor_(ex) {}
  template <typename ExecutionContext>
  explicit basic_waitable_timer(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {}
  basic_waitable_timer(const executor_type& ex, const time_point& expiry_time)
      : executor_(ex) {
    (void)expiry_time;
  }
  template <typename ExecutionContext>
  explicit basic_waitable_timer(
      ExecutionContext& context, const time_point& expiry_time,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)expiry_time;
  }
  basic_waitable_timer(const executor_type& ex, const duration& expiry_time)
      : executor_(ex) {
    (void)expiry_time;
  }
  template <typename ExecutionContext>
  explicit basic_waitable_timer(
      ExecutionContext& context, const duration& expiry_time,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)expiry_time;
  }
  basic_waitable_timer(basic_waitable_timer&& other) = default;
  basic_waitable_timer& operator=(basic_waitable_timer&& other) = default;
  ~basic_waitable_timer() {}

  executor_type get_executor() noexcept { return executor_; }

  std::size_t cancel();
  std::size_t cancel_one();
  time_point expiry() const;
  std::size_t expires_at(const time_point& expiry_time);
  std::size_t expires_after(const duration& expiry_time);
  /// Deprecated (kept by Boost 1.74).
  duration expires_from_now() const;
  std::size_t expires_from_now(const duration& expiry_time);

  void wait();
  void wait(boost::system::error_code& ec);

  template <typename WaitHandler>
  detail::async_return_t<WaitHandler, void(boost::system::error_code)>
  async_wait(WaitHandler&& handler) {
    (void)handler;
    return detail::async_return_t<WaitHandler,
                                  void(boost::system::error_code)>();
  }

 private:
  basic_waitable_timer(const basic_waitable_timer&) = delete;
  basic_waitable_timer& operator=(const basic_waitable_timer&) = delete;
  executor_type executor_;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BASIC_WAITABLE_TIMER_HPP
