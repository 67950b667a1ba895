// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/any_io_executor.hpp> (execution::any_executor<...> typedef);
// not the real implementation.
#ifndef BOOST_ASIO_ANY_IO_EXECUTOR_HPP
#define BOOST_ASIO_ANY_IO_EXECUTOR_HPP

#include <cstddef>
#include <typeinfo>
#include <type_traits>
#include <utility>

#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {
namespace execution {

template <typename T>
struct context_as_t {};
template <typename Property>
struct prefer_only {};

struct blocking_t {
  struct possibly_t {};
  struct always_t {};
  struct never_t {};
};
struct outstanding_work_t {
  struct untracked_t {};
  struct tracked_t {};
};
struct relationship_t {
  struct fork_t {};
  struct continuation_t {};
};

class bad_executor : public std::exception {
 public:
  const char* what() const noexcept override { return "bad executor"; }
};

/// Type-erased, copyable executor (polymorphic wrapper).
template <typename... SupportableProperties>
class any_executor {
 public:
  any_executor() noexcept {}
  any_executor(std::nullptr_t) noexcept {}
  template <typename Executor,
            typename = typename std::enable_if<
                !std::is_same<typename std::decay<Executor>::type,
                              any_executor>::value &&
                is_executor<typename std::decay<Executor>::type>::value>::type>
  any_executor(Executor e) {
    (void)e;
  }
  any_executor(const any_executor& other) noexcept = default;
  any_executor(any_executor&& other) noexcept = default;
  any_executor& operator=(const any_executor& other) noexcept = default;
  any_executor& operator=(any_executor&& other) noexcept = default;
  any_executor& operator=(std::nullptr_t) noexcept { return *this; }
  ~any_executor() {}

  template <typename Function>
  void execute(Function&& f) const {
    (void)f;
  }

  template <typename Executor>
  Executor* target();
  template <typename Executor>
  const Executor* target() const;
  const std::type_info& target_type() const;

  explicit operator bool() const noexcept { return true; }

  friend bool operator==(const any_executor&, const any_executor&) noexcept {
    return true;
  }
  friend bool operator!=(const any_executor&, const any_executor&) noexcept {
    return false;
  }
};

}  // namespace execution

typedef execution::any_executor<
    execution::context_as_t<execution_context&>,
    execution::blocking_t::never_t,
    execution::prefer_only<execution::blocking_t::possibly_t>,
    execution::prefer_only<execution::outstanding_work_t::tracked_t>,
    execution::prefer_only<execution::outstanding_work_t::untracked_t>,
    execution::prefer_only<execution::relationship_t::fork_t>,
    execution::prefer_only<execution::relationship_t::continuation_t> >
    any_io_executor;

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_ANY_IO_EXECUTOR_HPP
