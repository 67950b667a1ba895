// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/bind_handler.hpp>; not the real implementation. The
// handler and the bound arguments are stored BY VALUE (decay-copied); bind a
// shared_ptr (shared_from_this()) to keep an object alive.
#ifndef BOOST_BEAST_BIND_HANDLER_HPP
#define BOOST_BEAST_BIND_HANDLER_HPP

#include <functional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace boost {
namespace beast {
namespace detail {

template <class Handler, class... Args>
class bind_front_wrapper {
 public:
  template <class Handler_, class... Args_>
  explicit bind_front_wrapper(Handler_&& handler, Args_&&... args)
      : h_(std::forward<Handler_>(handler)),
        args_(std::forward<Args_>(args)...) {}

  template <class... Ts>
  void operator()(Ts&&... ts) {
    std::apply(
        [&](auto&... bound) {
          std::invoke(h_, bound..., std::forward<Ts>(ts)...);
        },
        args_);
  }

 private:
  Handler h_;
  std::tuple<Args...> args_;
};

template <class Handler, class... Args>
class bind_wrapper {
 public:
  template <class Handler_, class... Args_>
  explicit bind_wrapper(Handler_&& handler, Args_&&... args)
      : h_(std::forward<Handler_>(handler)),
        args_(std::forward<Args_>(args)...) {}

  template <class... Ts>
  void operator()(Ts&&... ts) {
    (void)sizeof...(ts);
    std::apply([&](auto&... bound) { std::invoke(h_, bound...); }, args_);
  }

 private:
  Handler h_;
  std::tuple<Args...> args_;
};

}  // namespace detail

template <class Handler, class... Args>
detail::bind_wrapper<typename std::decay<Handler>::type,
                     typename std::decay<Args>::type...>
bind_handler(Handler&& handler, Args&&... args) {
  return detail::bind_wrapper<typename std::decay<Handler>::type,
                              typename std::decay<Args>::type...>(
      std::forward<Handler>(handler), std::forward<Args>(args)...);
}

template <class Handler, class... Args>
detail::bind_front_wrapper<typename std::decay<Handler>::type,
                           typename std::decay<Args>::type...>
bind_front_handler(Handler&& handler, Args&&... args) {
  return detail::bind_front_wrapper<typename std::decay<Handler>::type,
                                    typename std::decay<Args>::type...>(
      std::forward<Handler>(handler), std::forward<Args>(args)...);
}

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_BIND_HANDLER_HPP
