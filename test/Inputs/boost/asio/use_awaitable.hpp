// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/use_awaitable.hpp>; not the real implementation.
#ifndef BOOST_ASIO_USE_AWAITABLE_HPP
#define BOOST_ASIO_USE_AWAITABLE_HPP

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>

namespace boost {
namespace asio {

/// Completion token: the initiating function returns awaitable<T, Executor>
/// where T is the completion value (error_code turned into an exception).
template <typename Executor = any_io_executor>
struct use_awaitable_t {
  constexpr use_awaitable_t() {}

  template <typename InnerExecutor>
  struct executor_with_default : InnerExecutor {
    typedef use_awaitable_t default_completion_token_type;
    executor_with_default(const InnerExecutor& ex) noexcept
        : InnerExecutor(ex) {}
  };

  template <typename T>
  static typename T::template rebind_executor<
      executor_with_default<typename T::executor_type> >::other
  as_default_on(T&& object);
};

constexpr use_awaitable_t<> use_awaitable;

template <typename Executor, typename R, typename... Args>
class async_result<use_awaitable_t<Executor>, R(Args...)> {
 public:
  typedef awaitable<typename detail::completion_value<R(Args...)>::type,
                    Executor>
      return_type;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_USE_AWAITABLE_HPP
