// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/execution_context.hpp> plus the executor traits; not the real
// implementation.
#ifndef BOOST_ASIO_EXECUTION_CONTEXT_HPP
#define BOOST_ASIO_EXECUTION_CONTEXT_HPP

#include <string_view>
#include <type_traits>
#include <utility>

namespace boost {
namespace asio {

// Asio 1.74 (C++17) uses std::string_view for string parameters.
typedef std::string_view string_view;

class execution_context {
 public:
  class id;
  class service;

  execution_context();
  execution_context(const execution_context&) = delete;
  execution_context& operator=(const execution_context&) = delete;
  ~execution_context();

  enum fork_event { fork_prepare, fork_parent, fork_child };
  void notify_fork(fork_event event);

 protected:
  void shutdown();
  void destroy();
};

namespace execution {

/// An executor is a copyable handle with an execute(f) member.
template <typename T, typename = void>
struct is_executor : std::false_type {};
template <typename T>
struct is_executor<
    T, std::void_t<decltype(std::declval<const T&>().execute(
           std::declval<void (*)()>()))>> : std::true_type {};

}  // namespace execution

template <typename T>
struct is_executor : execution::is_executor<T> {};

namespace detail {
template <typename T>
struct is_execution_context
    : std::is_convertible<typename std::decay<T>::type&, execution_context&> {};
}  // namespace detail

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_EXECUTION_CONTEXT_HPP
