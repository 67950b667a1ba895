// Hermetic stub for lit tests (Boost.Asio 1.74 <boost/asio/this_coro.hpp>).
#ifndef BOOST_ASIO_THIS_CORO_HPP
#define BOOST_ASIO_THIS_CORO_HPP

namespace boost {
namespace asio {
namespace this_coro {

/// Awaitable type that returns the executor of the current coroutine.
struct executor_t {
  constexpr executor_t() {}
};

/// `co_await this_coro::executor` yields the coroutine's executor.
constexpr executor_t executor;

}  // namespace this_coro
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_THIS_CORO_HPP
