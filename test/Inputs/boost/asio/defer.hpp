// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/defer.hpp>; not the real implementation. The handler is NOT
// invoked here; in the real library it runs later on the target executor.
#ifndef BOOST_ASIO_DEFER_HPP
#define BOOST_ASIO_DEFER_HPP

#include <type_traits>

#include <boost/asio/async_result.hpp>
#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {

template <typename CompletionToken>
inline detail::async_return_t<CompletionToken, void()> defer(
    CompletionToken&& token) {
  (void)token;
  return detail::async_return_t<CompletionToken, void()>();
}

template <typename Executor, typename CompletionToken>
inline detail::async_return_t<CompletionToken, void()> defer(
    const Executor& ex, CompletionToken&& token,
    typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  (void)ex, (void)token;
  return detail::async_return_t<CompletionToken, void()>();
}

template <typename ExecutionContext, typename CompletionToken>
inline detail::async_return_t<CompletionToken, void()> defer(
    ExecutionContext& ctx, CompletionToken&& token,
    typename std::enable_if<std::is_convertible<
        ExecutionContext&, execution_context&>::value>::type* = 0) {
  (void)ctx, (void)token;
  return detail::async_return_t<CompletionToken, void()>();
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_DEFER_HPP
