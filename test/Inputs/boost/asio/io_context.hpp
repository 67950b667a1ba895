// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/io_context.hpp> (+ io_context::strand, io_context::work,
// io_service typedef); not the real implementation.
#ifndef BOOST_ASIO_IO_CONTEXT_HPP
#define BOOST_ASIO_IO_CONTEXT_HPP

#include <chrono>
#include <cstddef>
#include <memory>

#include <boost/asio/async_result.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

/// Runs handlers on the threads that call run(). Handlers posted to it must
/// not outlive the objects they reference.
class io_context : public execution_context {
 public:
  template <typename Allocator, unsigned int Bits>
  class basic_executor_type;
  typedef basic_executor_type<std::allocator<void>, 0> executor_type;

  class work;
  friend class work;
  class service;
  class strand;

  typedef std::size_t count_type;

  io_context();
  explicit io_context(int concurrency_hint);
  ~io_context();

  executor_type get_executor() noexcept;

  count_type run();
  count_type run(boost::system::error_code& ec);
  template <typename Rep, typename Period>
  std::size_t run_for(const std::chrono::duration<Rep, Period>& rel_time) {
    (void)rel_time;
    return 0;
  }
  template <typename Clock, typename Duration>
  std::size_t run_until(
      const std::chrono::time_point<Clock, Duration>& abs_time) {
    (void)abs_time;
    return 0;
  }
  count_type run_one();
  count_type poll();
  count_type poll_one();
  void stop();
  bool stopped() const;
  void restart();
  void reset();

  /// Deprecated (1.74 still provides it): post/dispatch directly on the
  /// context.
  template <typename LegacyCompletionHandler>
  void post(LegacyCompletionHandler&& handler) {
    (void)handler;
  }
  template <typename LegacyCompletionHandler>
  void dispatch(LegacyCompletionHandler&& handler) {
    (void)handler;
  }
};

template <typename Allocator, unsigned int Bits>
class io_context::basic_executor_type {
 public:
  basic_executor_type(const basic_executor_type& other) noexcept = default;
  basic_executor_type(basic_executor_type&& other) noexcept = default;
  basic_executor_type& operator=(const basic_executor_type& other) noexcept =
      default;
  basic_executor_type& operator=(basic_executor_type&& other) noexcept =
      default;

  io_context& context() const noexcept { return *io_context_; }
  bool running_in_this_thread() const noexcept;

  template <typename Function>
  void execute(Function&& f) const {
    (void)f;
  }

  void on_work_started() const noexcept {}
  void on_work_finished() const noexcept {}
  template <typename Function, typename OtherAllocator>
  void dispatch(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename OtherAllocator>
  void post(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename OtherAllocator>
  void defer(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }

  friend bool operator==(const basic_executor_type& a,
                         const basic_executor_type& b) noexcept {
    return a.io_context_ == b.io_context_;
  }
  friend bool operator!=(const basic_executor_type& a,
                         const basic_executor_type& b) noexcept {
    return a.io_context_ != b.io_context_;
  }

 private:
  friend class io_context;
  explicit basic_executor_type(io_context& i) noexcept : io_context_(&i) {}
  io_context* io_context_;
};

/// Deprecated work counter (kept by Boost 1.74).
class io_context::work {
 public:
  explicit work(boost::asio::io_context& io_context);
  work(const work& other);
  ~work();
  boost::asio::io_context& get_io_context();
};

/// Legacy strand (io_context::strand).
class io_context::strand {
 public:
  explicit strand(boost::asio::io_context& io_context) : io_context_(&io_context) {}
  ~strand() {}
  io_context& context() const noexcept { return *io_context_; }
  template <typename Function>
  void execute(Function&& f) const {
    (void)f;
  }
  template <typename LegacyCompletionHandler>
  void dispatch(LegacyCompletionHandler&& handler) {
    (void)handler;
  }
  template <typename LegacyCompletionHandler>
  void post(LegacyCompletionHandler&& handler) {
    (void)handler;
  }
  /// Returns a handler that dispatches through this strand (stores a
  /// pointer to the strand).
  template <typename Handler>
  Handler wrap(Handler handler) {
    return handler;
  }
  bool running_in_this_thread() const noexcept;

 private:
  io_context* io_context_;
};

/// Deprecated alias kept by Boost 1.74.
typedef io_context io_service;

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IO_CONTEXT_HPP
