// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/use_future.hpp>; not the real implementation.
#ifndef BOOST_ASIO_USE_FUTURE_HPP
#define BOOST_ASIO_USE_FUTURE_HPP

#include <future>
#include <memory>

#include <boost/asio/async_result.hpp>

namespace boost {
namespace asio {

/// Completion token: the initiating function returns std::future<T>.
template <typename Allocator = std::allocator<void> >
class use_future_t {
 public:
  typedef Allocator allocator_type;
  constexpr use_future_t() {}
  explicit use_future_t(const Allocator& allocator) : allocator_(allocator) {}
  allocator_type get_allocator() const { return allocator_; }

 private:
  Allocator allocator_;
};

constexpr use_future_t<> use_future;

template <typename Allocator, typename R, typename... Args>
class async_result<use_future_t<Allocator>, R(Args...)> {
 public:
  typedef std::future<typename detail::completion_value<R(Args...)>::type>
      return_type;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_USE_FUTURE_HPP
