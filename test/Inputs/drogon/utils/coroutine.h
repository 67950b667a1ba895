// Hermetic stub for lit tests. Mirrors names/signatures of Drogon
// <drogon/utils/coroutine.h> (Task<T>, AsyncTask, sync_wait, async_run,
// sleepCoro); not the real implementation.
#pragma once

#include <chrono>
#include <coroutine>
#include <exception>
#include <optional>
#include <type_traits>
#include <utility>

#include <trantor/net/EventLoop.h>

namespace drogon {

template <typename T = void>
struct [[nodiscard]] Task {
  struct promise_type {
    Task<T> get_return_object() {
      return Task<T>{std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_value(const T &v) { value = v; }
    void return_value(T &&v) { value = std::move(v); }
    void unhandled_exception() { exception_ = std::current_exception(); }
    std::optional<T> value;
    std::exception_ptr exception_;
  };
  using handle_type = std::coroutine_handle<promise_type>;

  Task(handle_type h) : coro_(h) {}
  Task(const Task &) = delete;
  Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
  ~Task() {}
  Task &operator=(const Task &) = delete;

  bool await_ready() const noexcept { return !coro_ || coro_.done(); }
  void await_suspend(std::coroutine_handle<> awaiting) noexcept {
    (void)awaiting;
  }
  T await_resume() { return std::move(*coro_.promise().value); }

  handle_type coro_;
};

template <>
struct [[nodiscard]] Task<void> {
  struct promise_type {
    Task<void> get_return_object() {
      return Task<void>{
          std::coroutine_handle<promise_type>::from_promise(*this)};
    }
    std::suspend_always initial_suspend() noexcept { return {}; }
    std::suspend_always final_suspend() noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() { exception_ = std::current_exception(); }
    std::exception_ptr exception_;
  };
  using handle_type = std::coroutine_handle<promise_type>;

  Task(handle_type handle) : coro_(handle) {}
  Task(const Task &) = delete;
  Task(Task &&other) noexcept : coro_(std::exchange(other.coro_, nullptr)) {}
  ~Task() {}
  Task &operator=(const Task &) = delete;

  bool await_ready() const noexcept { return !coro_ || coro_.done(); }
  void await_suspend(std::coroutine_handle<> awaiting) noexcept {
    (void)awaiting;
  }
  void await_resume() {}

  handle_type coro_;
};

/// Fire-and-forget coroutine.
struct AsyncTask {
  struct promise_type {
    AsyncTask get_return_object() noexcept { return {}; }
    std::suspend_never initial_suspend() const noexcept { return {}; }
    std::suspend_never final_suspend() const noexcept { return {}; }
    void return_void() noexcept {}
    void unhandled_exception() {}
  };
};

template <typename Await>
auto sync_wait(Await &&await) {
  if constexpr (std::is_void_v<decltype(await.await_resume())>) {
    (void)await;
  } else {
    return await.await_resume();
  }
}

/// Runs the coroutine returned by `coro()` detached.
template <typename Coro>
void async_run(Coro &&coro) {
  (void)coro;
}

struct TimerAwaiter {
  TimerAwaiter(trantor::EventLoop *loop,
               const std::chrono::duration<double> &delay)
      : loop_(loop), delay_(delay.count()) {}
  bool await_ready() const noexcept { return false; }
  void await_suspend(std::coroutine_handle<> handle) {
    (void)handle;
    (void)loop_;
    (void)delay_;
  }
  void await_resume() {}

 private:
  trantor::EventLoop *loop_;
  double delay_;
};

inline TimerAwaiter sleepCoro(trantor::EventLoop *loop,
                              const std::chrono::duration<double> &delay) noexcept {
  return TimerAwaiter(loop, delay);
}

}  // namespace drogon
