// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/spawn.hpp> (stackful coroutines); not the real implementation.
#ifndef BOOST_ASIO_SPAWN_HPP
#define BOOST_ASIO_SPAWN_HPP

#include <memory>
#include <type_traits>
#include <utility>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/strand.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

/// Passed to the spawned function; used as a completion token it makes the
/// initiating function suspend and return the operation's value.
template <typename Handler>
class basic_yield_context {
 public:
  basic_yield_context(const basic_yield_context&) = default;
  /// Returns a context that stores a POINTER to `ec` (must outlive use).
  basic_yield_context operator[](boost::system::error_code& ec) const {
    basic_yield_context tmp(*this);
    tmp.ec_ = &ec;
    return tmp;
  }

 private:
  basic_yield_context() = default;
  Handler* handler_ = nullptr;
  boost::system::error_code* ec_ = nullptr;
};

typedef basic_yield_context<executor_binder<void (*)(), any_io_executor> >
    yield_context;

template <typename Handler, typename R, typename... Args>
class async_result<basic_yield_context<Handler>, R(Args...)> {
 public:
  typedef typename detail::completion_value<R(Args...)>::type return_type;
};

template <typename Function>
void spawn(Function&& function) {
  (void)function;
}

template <typename Handler, typename Function>
void spawn(Handler&& handler, Function&& function,
           typename std::enable_if<
               !is_executor<typename std::decay<Handler>::type>::value &&
               !std::is_convertible<Handler&, execution_context&>::value>::type* =
               0) {
  (void)handler, (void)function;
}

template <typename Handler, typename Function>
void spawn(basic_yield_context<Handler> ctx, Function&& function) {
  (void)ctx, (void)function;
}

template <typename Function, typename Executor>
void spawn(const Executor& ex, Function&& function,
           typename std::enable_if<is_executor<Executor>::value>::type* = 0) {
  (void)ex, (void)function;
}

template <typename Function, typename Executor>
void spawn(const strand<Executor>& ex, Function&& function) {
  (void)ex, (void)function;
}

template <typename Function>
void spawn(const boost::asio::io_context::strand& s, Function&& function) {
  (void)s, (void)function;
}

template <typename Function, typename ExecutionContext>
void spawn(ExecutionContext& ctx, Function&& function,
           typename std::enable_if<std::is_convertible<
               ExecutionContext&, execution_context&>::value>::type* = 0) {
  (void)ctx, (void)function;
}

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_SPAWN_HPP
