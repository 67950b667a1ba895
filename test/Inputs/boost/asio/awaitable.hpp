// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/awaitable.hpp> (awaitable<T, Executor> + its promise type
// detail::awaitable_frame, hooked up through std::coroutine_traits); not the
// real implementation. Usable with co_await / co_return under -std=c++20.
#ifndef BOOST_ASIO_AWAITABLE_HPP
#define BOOST_ASIO_AWAITABLE_HPP

#include <coroutine>
#include <exception>
#include <utility>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/this_coro.hpp>

namespace boost {
namespace asio {
namespace detail {

using std::coroutine_handle;
using std::suspend_always;

template <typename Executor>
class awaitable_frame_base;
template <typename T, typename Executor>
class awaitable_frame;

}  // namespace detail

/// The return type of a coroutine or asynchronous operation. Move-only.
template <typename T, typename Executor = any_io_executor>
class awaitable {
 public:
  typedef T value_type;
  typedef Executor executor_type;

  constexpr awaitable() noexcept : frame_(nullptr) {}
  awaitable(awaitable&& other) noexcept
      : frame_(std::exchange(other.frame_, nullptr)) {}
  ~awaitable() {}

  bool valid() const noexcept { return !!frame_; }

  // Support for co_await keyword.
  bool await_ready() const noexcept { return false; }
  template <class U>
  void await_suspend(
      detail::coroutine_handle<detail::awaitable_frame<U, Executor>> h) {
    (void)h;
  }
  T await_resume();

 private:
  template <typename, typename>
  friend class detail::awaitable_frame;

  awaitable(const awaitable&) = delete;
  awaitable& operator=(const awaitable&) = delete;

  explicit awaitable(detail::awaitable_frame<T, Executor>* a) : frame_(a) {}

  detail::awaitable_frame<T, Executor>* frame_;
};

namespace detail {

template <typename Executor>
class awaitable_frame_base {
 public:
  auto initial_suspend() noexcept { return suspend_always(); }
  auto final_suspend() noexcept { return suspend_always(); }

  void set_except(std::exception_ptr e) noexcept { pending_exception_ = e; }
  void unhandled_exception() { set_except(std::current_exception()); }

  /// Only awaitables with the same executor type may be co_awaited.
  template <typename T>
  auto await_transform(awaitable<T, Executor> a) const {
    return a;
  }

  /// `co_await this_coro::executor`
  auto await_transform(this_coro::executor_t) noexcept {
    struct result {
      awaitable_frame_base* this_;
      bool await_ready() const noexcept { return true; }
      void await_suspend(coroutine_handle<void>) noexcept {}
      Executor await_resume() const noexcept { return *this_->executor_; }
    };
    return result{this};
  }

 protected:
  std::exception_ptr pending_exception_ = nullptr;
  Executor* executor_ = nullptr;
};

template <typename T, typename Executor>
class awaitable_frame : public awaitable_frame_base<Executor> {
 public:
  awaitable<T, Executor> get_return_object() noexcept {
    return awaitable<T, Executor>(this);
  }
  template <typename U>
  void return_value(U&& u) {
    (void)u;
  }
};

template <typename Executor>
class awaitable_frame<void, Executor> : public awaitable_frame_base<Executor> {
 public:
  awaitable<void, Executor> get_return_object() {
    return awaitable<void, Executor>(this);
  }
  void return_void() {}
};

}  // namespace detail
}  // namespace asio
}  // namespace boost

namespace std {

template <typename T, typename Executor, typename... Args>
struct coroutine_traits<boost::asio::awaitable<T, Executor>, Args...> {
  typedef boost::asio::detail::awaitable_frame<T, Executor> promise_type;
};

}  // namespace std

#endif  // BOOST_ASIO_AWAITABLE_HPP
