// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/executor_work_guard.hpp>; not the real implementation.
#ifndef BOOST_ASIO_EXECUTOR_WORK_GUARD_HPP
#define BOOST_ASIO_EXECUTOR_WORK_GUARD_HPP

#include <type_traits>

#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {

template <typename Executor>
class executor_work_guard {
 public:
  typedef Executor executor_type;
  explicit executor_work_guard(const executor_type& e) noexcept
      : executor_(e), owns_(true) {}
  executor_work_guard(const executor_work_guard& other) noexcept = default;
  executor_work_guard(executor_work_guard&& other) noexcept = default;
  ~executor_work_guard() {}
  executor_type get_executor() const noexcept { return executor_; }
  bool owns_work() const noexcept { return owns_; }
  void reset() noexcept { owns_ = false; }

 private:
  executor_type executor_;
  bool owns_;
};

template <typename Executor>
inline executor_work_guard<Executor> make_work_guard(
    const Executor& ex,
    typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  return executor_work_guard<Executor>(ex);
}

template <typename ExecutionContext>
inline executor_work_guard<typename ExecutionContext::executor_type>
make_work_guard(ExecutionContext& ctx,
                typename std::enable_if<std::is_convertible<
                    ExecutionContext&, execution_context&>::value>::type* = 0) {
  return executor_work_guard<typename ExecutionContext::executor_type>(
      ctx.get_executor());
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_EXECUTOR_WORK_GUARD_HPP
