// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/async_result.hpp> (completion-token machinery); not the real
// implementation.
#ifndef BOOST_ASIO_ASYNC_RESULT_HPP
#define BOOST_ASIO_ASYNC_RESULT_HPP

#include <exception>
#include <tuple>
#include <type_traits>

#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

/// Primary template: a plain callable handler -> the initiating function
/// returns void.
template <typename CompletionToken, typename Signature>
class async_result {
 public:
  typedef CompletionToken completion_handler_type;
  typedef void return_type;
  explicit async_result(completion_handler_type&) {}
  return_type get() {}
};

template <typename CompletionToken, typename Signature>
struct async_completion {
  typedef typename async_result<typename std::decay<CompletionToken>::type,
                                Signature>::completion_handler_type
      completion_handler_type;
};

namespace detail {

template <typename T, typename = void>
struct default_completion_token_impl {
  typedef void type;
};
template <typename T>
struct default_completion_token_impl<
    T, std::void_t<typename T::default_completion_token_type>> {
  typedef typename T::default_completion_token_type type;
};

// Value produced by a completion signature once a leading error_code /
// exception_ptr is stripped: () -> void, (T) -> T, (T, U...) -> tuple.
template <typename... Args>
struct completion_value_of {
  typedef std::tuple<Args...> type;
};
template <>
struct completion_value_of<> {
  typedef void type;
};
template <typename T>
struct completion_value_of<T> {
  typedef T type;
};
template <typename... Args>
struct completion_value_impl : completion_value_of<Args...> {};
template <typename... Args>
struct completion_value_impl<boost::system::error_code, Args...>
    : completion_value_of<Args...> {};
template <typename... Args>
struct completion_value_impl<std::exception_ptr, Args...>
    : completion_value_of<Args...> {};

template <typename Signature>
struct completion_value;
template <typename R, typename... Args>
struct completion_value<R(Args...)>
    : completion_value_impl<typename std::decay<Args>::type...> {};

/// Return type of an initiating function for token type Token.
template <typename Token, typename Signature>
using async_return_t = typename ::boost::asio::async_result<
    typename std::decay<Token>::type, Signature>::return_type;

}  // namespace detail

template <typename T>
struct default_completion_token : detail::default_completion_token_impl<T> {};

template <typename T>
using default_completion_token_t = typename default_completion_token<T>::type;

}  // namespace asio
}  // namespace boost

#define BOOST_ASIO_INITFN_RESULT_TYPE(ct, sig) \
  typename ::boost::asio::async_result<        \
      typename ::std::decay<ct>::type, sig>::return_type

#endif  // BOOST_ASIO_ASYNC_RESULT_HPP
