// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/bind_executor.hpp>; not the real implementation.
#ifndef BOOST_ASIO_BIND_EXECUTOR_HPP
#define BOOST_ASIO_BIND_EXECUTOR_HPP

#include <functional>
#include <type_traits>
#include <utility>

#include <boost/asio/async_result.hpp>
#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {

/// Wraps a handler (stored by value) together with an executor.
template <typename T, typename Executor>
class executor_binder {
 public:
  typedef T target_type;
  typedef Executor executor_type;

  template <typename U>
  executor_binder(int, const executor_type& e, U&& u)
      : executor_(e), target_(std::forward<U>(u)) {}

  target_type& get() noexcept { return target_; }
  const target_type& get() const noexcept { return target_; }
  executor_type get_executor() const noexcept { return executor_; }

  template <typename... Args>
  auto operator()(Args&&... args)
      -> decltype(std::invoke(std::declval<T&>(), std::forward<Args>(args)...)) {
    return std::invoke(target_, std::forward<Args>(args)...);
  }
  template <typename... Args>
  auto operator()(Args&&... args) const
      -> decltype(std::invoke(std::declval<const T&>(),
                              std::forward<Args>(args)...)) {
    return std::invoke(target_, std::forward<Args>(args)...);
  }

 private:
  Executor executor_;
  T target_;
};

template <typename Executor, typename T>
inline executor_binder<typename std::decay<T>::type, Executor> bind_executor(
    const Executor& ex, T&& t,
    typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  return executor_binder<typename std::decay<T>::type, Executor>(
      0, ex, std::forward<T>(t));
}

template <typename ExecutionContext, typename T>
inline executor_binder<typename std::decay<T>::type,
                       typename ExecutionContext::executor_type>
bind_executor(ExecutionContext& ctx, T&& t,
              typename std::enable_if<std::is_convertible<
                  ExecutionContext&, execution_context&>::value>::type* = 0) {
  return executor_binder<typename std::decay<T>::type,
                         typename ExecutionContext::executor_type>(
      0, ctx.get_executor(), std::forward<T>(t));
}

/// Completion tokens wrapped with bind_executor keep the token's result type.
template <typename T, typename Executor, typename Signature>
class async_result<executor_binder<T, Executor>, Signature>
    : public async_result<T, Signature> {
 public:
  explicit async_result(executor_binder<T, Executor>& b)
      : async_result<T, Signature>(b.get()) {}
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_BIND_EXECUTOR_HPP
