// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/redirect_error.hpp>; not the real implementation.
#ifndef BOOST_ASIO_REDIRECT_ERROR_HPP
#define BOOST_ASIO_REDIRECT_ERROR_HPP

#include <type_traits>
#include <utility>

#include <boost/asio/async_result.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {

/// Stores a REFERENCE to `ec`; the error_code must outlive the operation.
template <typename CompletionToken>
class redirect_error_t {
 public:
  template <typename T>
  redirect_error_t(T&& completion_token, boost::system::error_code& ec)
      : token_(std::forward<T>(completion_token)), ec_(ec) {}

  CompletionToken token_;
  boost::system::error_code& ec_;
};

template <typename CompletionToken>
inline redirect_error_t<typename std::decay<CompletionToken>::type>
redirect_error(CompletionToken&& completion_token,
               boost::system::error_code& ec) {
  return redirect_error_t<typename std::decay<CompletionToken>::type>(
      std::forward<CompletionToken>(completion_token), ec);
}

namespace detail {
template <typename Signature>
struct redirect_error_signature {
  typedef Signature type;
};
template <typename R, typename... Args>
struct redirect_error_signature<R(boost::system::error_code, Args...)> {
  typedef R type(Args...);
};
template <typename R, typename... Args>
struct redirect_error_signature<R(const boost::system::error_code&, Args...)> {
  typedef R type(Args...);
};
}  // namespace detail

template <typename CompletionToken, typename Signature>
class async_result<redirect_error_t<CompletionToken>, Signature>
    : public async_result<
          CompletionToken,
          typename detail::redirect_error_signature<Signature>::type> {};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_REDIRECT_ERROR_HPP
