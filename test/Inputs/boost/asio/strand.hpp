// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/strand.hpp>; not the real implementation.
#ifndef BOOST_ASIO_STRAND_HPP
#define BOOST_ASIO_STRAND_HPP

#include <type_traits>
#include <utility>

#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {

/// Serialises handlers submitted through it; a copyable handle.
template <typename Executor>
class strand {
 public:
  typedef Executor inner_executor_type;

  strand() : executor_() {}
  template <typename Executor1>
  explicit strand(const Executor1& e,
                  typename std::enable_if<std::is_convertible<
                      const Executor1&, Executor>::value>::type* = 0)
      : executor_(e) {}
  strand(const strand& other) noexcept = default;
  template <class OtherExecutor>
  strand(const strand<OtherExecutor>& other) noexcept
      : executor_(other.get_inner_executor()) {}
  strand& operator=(const strand& other) noexcept = default;
  strand(strand&& other) noexcept = default;
  strand& operator=(strand&& other) noexcept = default;
  ~strand() noexcept {}

  inner_executor_type get_inner_executor() const noexcept { return executor_; }
  execution_context& context() const noexcept;

  template <typename Function>
  void execute(Function&& f) const {
    (void)f;
  }

  void on_work_started() const noexcept {}
  void on_work_finished() const noexcept {}
  template <typename Function, typename Allocator>
  void dispatch(Function&& f, const Allocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename Allocator>
  void post(Function&& f, const Allocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename Allocator>
  void defer(Function&& f, const Allocator& a) const {
    (void)f, (void)a;
  }

  bool running_in_this_thread() const noexcept;

  friend bool operator==(const strand& a, const strand& b) noexcept {
    return a.executor_ == b.executor_;
  }
  friend bool operator!=(const strand& a, const strand& b) noexcept {
    return !(a == b);
  }

 private:
  Executor executor_;
};

template <typename Executor>
inline strand<Executor> make_strand(
    const Executor& ex,
    typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  return strand<Executor>(ex);
}

template <typename ExecutionContext>
inline strand<typename ExecutionContext::executor_type> make_strand(
    ExecutionContext& ctx,
    typename std::enable_if<std::is_convertible<
        ExecutionContext&, execution_context&>::value>::type* = 0) {
  return strand<typename ExecutionContext::executor_type>(ctx.get_executor());
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_STRAND_HPP
