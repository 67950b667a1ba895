// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/core/stream_traits.hpp>; not the real implementation.
#ifndef BOOST_BEAST_STREAM_TRAITS_HPP
#define BOOST_BEAST_STREAM_TRAITS_HPP

#include <type_traits>
#include <utility>

namespace boost {
namespace beast {
namespace detail {

template <class T, class = void>
struct has_next_layer : std::false_type {};
template <class T>
struct has_next_layer<T, std::void_t<decltype(std::declval<T&>().next_layer())>>
    : std::true_type {};

template <class T>
T& get_lowest_layer_impl(T& t, std::false_type) noexcept {
  return t;
}
template <class T>
auto get_lowest_layer_impl(T& t, std::true_type) noexcept
    -> decltype(get_lowest_layer_impl(
        t.next_layer(),
        has_next_layer<typename std::remove_reference<
            decltype(t.next_layer())>::type>{})) {
  return get_lowest_layer_impl(
      t.next_layer(),
      has_next_layer<
          typename std::remove_reference<decltype(t.next_layer())>::type>{});
}

}  // namespace detail

template <class T>
using lowest_layer_type = typename std::remove_reference<decltype(
    detail::get_lowest_layer_impl(std::declval<T&>(),
                                  detail::has_next_layer<T>{}))>::type;

/// Returns a reference to the lowest layer of a stack of stream layers.
template <class T>
lowest_layer_type<T>& get_lowest_layer(T& t) noexcept {
  return detail::get_lowest_layer_impl(t, detail::has_next_layer<T>{});
}

template <class T>
using executor_type = decltype(std::declval<T&>().get_executor());

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_STREAM_TRAITS_HPP
