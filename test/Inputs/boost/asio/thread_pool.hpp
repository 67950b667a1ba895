// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/thread_pool.hpp>; not the real implementation.
#ifndef BOOST_ASIO_THREAD_POOL_HPP
#define BOOST_ASIO_THREAD_POOL_HPP

#include <cstddef>
#include <memory>

#include <boost/asio/execution_context.hpp>

namespace boost {
namespace asio {

class thread_pool : public execution_context {
 public:
  template <typename Allocator, unsigned int Bits>
  class basic_executor_type;
  typedef basic_executor_type<std::allocator<void>, 0> executor_type;

  thread_pool();
  explicit thread_pool(std::size_t num_threads);
  ~thread_pool();

  executor_type get_executor() noexcept;
  executor_type executor() noexcept;
  void stop();
  void attach();
  void join();
  void wait();
};

template <typename Allocator, unsigned int Bits>
class thread_pool::basic_executor_type {
 public:
  basic_executor_type(const basic_executor_type& other) noexcept = default;
  basic_executor_type& operator=(const basic_executor_type& other) noexcept =
      default;
  thread_pool& context() const noexcept { return *pool_; }
  bool running_in_this_thread() const noexcept;
  template <typename Function>
  void execute(Function&& f) const {
    (void)f;
  }
  void on_work_started() const noexcept {}
  void on_work_finished() const noexcept {}
  template <typename Function, typename OtherAllocator>
  void dispatch(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename OtherAllocator>
  void post(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }
  template <typename Function, typename OtherAllocator>
  void defer(Function&& f, const OtherAllocator& a) const {
    (void)f, (void)a;
  }
  friend bool operator==(const basic_executor_type& a,
                         const basic_executor_type& b) noexcept {
    return a.pool_ == b.pool_;
  }
  friend bool operator!=(const basic_executor_type& a,
                         const basic_executor_type& b) noexcept {
    return a.pool_ != b.pool_;
  }

 private:
  friend class thread_pool;
  explicit basic_executor_type(thread_pool& p) noexcept : pool_(&p) {}
  thread_pool* pool_;
};

}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_THREAD_POOL_HPP
