// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/co_spawn.hpp>; not the real implementation. The spawned
// coroutine runs asynchronously on `ex`; anything it references must
// outlive it.
#ifndef BOOST_ASIO_CO_SPAWN_HPP
#define BOOST_ASIO_CO_SPAWN_HPP

#include <exception>
#include <type_traits>
#include <utility>

#include <boost/asio/async_result.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {
namespace detail {

template <typename T>
struct co_spawn_signature {
  typedef void type(std::exception_ptr, T);
};
template <>
struct co_spawn_signature<void> {
  typedef void type(std::exception_ptr);
};

template <typename F, typename = void>
struct awaitable_fn_result {};
template <typename F>
struct awaitable_fn_result<F,
                           std::void_t<decltype(std::declval<F&>()())>> {
  typedef decltype(std::declval<F&>()()) awaitable_type;
  typedef typename awaitable_type::value_type value_type;
  typedef typename awaitable_type::executor_type executor_type;
};

}  // namespace detail

/// co_spawn(executor, awaitable, token)
template <typename Executor, typename T, typename AwaitableExecutor,
          typename CompletionToken>
inline detail::async_return_t<CompletionToken,
                              typename detail::co_spawn_signature<T>::type>
co_spawn(const Executor& ex, awaitable<T, AwaitableExecutor> a,
         CompletionToken&& token,
         typename std::enable_if<
             is_executor<Executor>::value &&
             std::is_convertible<Executor, AwaitableExecutor>::value>::type* =
             0) {
  (void)ex, (void)a, (void)token;
  return detail::async_return_t<CompletionToken,
                                typename detail::co_spawn_signature<T>::type>();
}

/// co_spawn(context, awaitable, token)
template <typename ExecutionContext, typename T, typename AwaitableExecutor,
          typename CompletionToken>
inline detail::async_return_t<CompletionToken,
                              typename detail::co_spawn_signature<T>::type>
co_spawn(ExecutionContext& ctx, awaitable<T, AwaitableExecutor> a,
         CompletionToken&& token,
         typename std::enable_if<
             std::is_convertible<ExecutionContext&,
                                 execution_context&>::value &&
             std::is_convertible<typename ExecutionContext::executor_type,
                                 AwaitableExecutor>::value>::type* = 0) {
  (void)ctx, (void)a, (void)token;
  return detail::async_return_t<CompletionToken,
                                typename detail::co_spawn_signature<T>::type>();
}

/// co_spawn(executor, function-returning-awaitable, token)
template <typename Executor, typename F, typename CompletionToken>
inline detail::async_return_t<
    CompletionToken,
    typename detail::co_spawn_signature<
        typename detail::awaitable_fn_result<
            typename std::decay<F>::type>::value_type>::type>
co_spawn(const Executor& ex, F&& f, CompletionToken&& token,
         typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  (void)ex, (void)f, (void)token;
  return detail::async_return_t<
      CompletionToken,
      typename detail::co_spawn_signature<
          typename detail::awaitable_fn_result<
              typename std::decay<F>::type>::value_type>::type>();
}

/// co_spawn(context, function-returning-awaitable, token)
template <typename ExecutionContext, typename F, typename CompletionToken>
inline detail::async_return_t<
    CompletionToken,
    typename detail::co_spawn_signature<
        typename detail::awaitable_fn_result<
            typename std::decay<F>::type>::value_type>::type>
co_spawn(ExecutionContext& ctx, F&& f, CompletionToken&& token,
         typename std::enable_if<std::is_convertible<
             ExecutionContext&, execution_context&>::value>::type* = 0) {
  (void)ctx, (void)f, (void)token;
  return detail::async_return_t<
      CompletionToken,
      typename detail::co_spawn_signature<
          typename detail::awaitable_fn_result<
              typename std::decay<F>::type>::value_type>::type>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_CO_SPAWN_HPP
