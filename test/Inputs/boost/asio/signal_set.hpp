// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/signal_set.hpp>; not the real implementation.
#ifndef BOOST_ASIO_SIGNAL_SET_HPP
#define BOOST_ASIO_SIGNAL_SET_HPP

#include <csignal>
#include <type_traits>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

template <typename Executor = any_io_executor>
class basic_signal_set {
 public:
  typedef Executor executor_type;

  explicit basic_signal_set(const executor_type& ex) : executor_(ex) {}
  template <typename ExecutionContext>
  explicit basic_signal_set(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {}
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext& context, int signal_number_1,
                   typename std::enable_if<std::is_convertible<
                       ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)signal_number_1;
  }
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext& context, int signal_number_1,
                   int signal_number_2,
                   typename std::enable_if<std::is_convertible<
                       ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)signal_number_1, (void)signal_number_2;
  }
  template <typename ExecutionContext>
  basic_signal_set(ExecutionContext& context, int signal_number_1,
                   int signal_number_2, int signal_number_3,
                   typename std::enable_if<std::is_convertible<
                       ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {
    (void)signal_number_1, (void)signal_number_2, (void)signal_number_3;
  }
  ~basic_signal_set() {}

  executor_type get_executor() noexcept { return executor_; }
  void add(int signal_number);
  void remove(int signal_number);
  void clear();
  void cancel();

  template <typename SignalHandler>
  detail::async_return_t<SignalHandler, void(boost::system::error_code, int)>
  async_wait(SignalHandler&& handler) {
    (void)handler;
    return detail::async_return_t<SignalHandler,
                                  void(boost::system::error_code, int)>();
  }

 private:
  basic_signal_set(const basic_signal_set&) = delete;
  basic_signal_set& operator=(const basic_signal_set&) = delete;
  executor_type executor_;
};

typedef basic_signal_set<> signal_set;

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_SIGNAL_SET_HPP
