// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Asio 1.74
// <boost/asio/ip/basic_resolver.hpp> (+ basic_resolver_results/entry); not
// the real implementation.
#ifndef BOOST_ASIO_IP_BASIC_RESOLVER_HPP
#define BOOST_ASIO_IP_BASIC_RESOLVER_HPP

#include <cstddef>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/async_result.hpp>
#include <boost/asio/execution_context.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/basic_endpoint.hpp>
#include <boost/system/error_code.hpp>

namespace boost {
namespace asio {
namespace ip {

template <typename InternetProtocol>
class basic_resolver_entry {
 public:
  typedef InternetProtocol protocol_type;
  typedef typename InternetProtocol::endpoint endpoint_type;
  basic_resolver_entry() {}
  endpoint_type endpoint() const { return endpoint_; }
  operator endpoint_type() const { return endpoint_; }
  std::string host_name() const { return host_name_; }
  std::string service_name() const { return service_name_; }

 private:
  endpoint_type endpoint_;
  std::string host_name_;
  std::string service_name_;
};

template <typename InternetProtocol>
class basic_resolver_results {
 public:
  typedef InternetProtocol protocol_type;
  typedef typename protocol_type::endpoint endpoint_type;
  typedef basic_resolver_entry<protocol_type> value_type;
  typedef const value_type& const_reference;
  typedef value_type& reference;
  typedef typename std::vector<value_type>::const_iterator const_iterator;
  typedef const_iterator iterator;
  typedef std::ptrdiff_t difference_type;
  typedef std::size_t size_type;

  basic_resolver_results() {}
  size_type size() const noexcept { return entries_.size(); }
  size_type max_size() const noexcept { return entries_.max_size(); }
  bool empty() const noexcept { return entries_.empty(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }
  const_iterator cbegin() const { return entries_.begin(); }
  const_iterator cend() const { return entries_.end(); }

 private:
  std::vector<value_type> entries_;
};

class resolver_base {
 public:
  enum flags {
    canonical_name = 0x02,
    passive = 0x01,
    numeric_host = 0x04,
    numeric_service = 0x400,
    v4_mapped = 0x08,
    all_matching = 0x10,
    address_configured = 0x20
  };

 protected:
  ~resolver_base() {}
};

template <typename InternetProtocol, typename Executor = any_io_executor>
class basic_resolver : public resolver_base {
 public:
  typedef Executor executor_type;
  template <typename Executor1>
  struct rebind_executor {
    typedef basic_resolver<InternetProtocol, Executor1> other;
  };
  typedef InternetProtocol protocol_type;
  typedef typename InternetProtocol::endpoint endpoint_type;
  typedef basic_resolver_results<InternetProtocol> results_type;

  explicit basic_resolver(const executor_type& ex) : executor_(ex) {}
  template <typename ExecutionContext>
  explicit basic_resolver(
      ExecutionContext& context,
      typename std::enable_if<std::is_convertible<
          ExecutionContext&, execution_context&>::value>::type* = 0)
      : executor_(context.get_executor()) {}
  basic_resolver(basic_resolver&& other) = default;
  basic_resolver& operator=(basic_resolver&& other) = default;
  ~basic_resolver() {}

  executor_type get_executor() noexcept { return executor_; }
  void cancel();

  results_type resolve(std::string_view host, std::string_view service);
  results_type resolve(std::string_view host, std::string_view service,
                       boost::system::error_code& ec);
  results_type resolve(std::string_view host, std::string_view service,
                       resolver_base::flags resolve_flags);
  results_type resolve(const endpoint_type& e);

  template <typename ResolveHandler>
  detail::async_return_t<ResolveHandler,
                         void(boost::system::error_code, results_type)>
  async_resolve(std::string_view host, std::string_view service,
                ResolveHandler&& handler) {
    (void)host, (void)service, (void)handler;
    return detail::async_return_t<
        ResolveHandler, void(boost::system::error_code, results_type)>();
  }
  template <typename ResolveHandler>
  detail::async_return_t<ResolveHandler,
                         void(boost::system::error_code, results_type)>
  async_resolve(const endpoint_type& e, ResolveHandler&& handler) {
    (void)e, (void)handler;
    return detail::async_return_t<
        ResolveHandler, void(boost::system::error_code, results_type)>();
  }

 private:
  basic_resolver(const basic_resolver&) = delete;
  basic_resolver& operator=(const basic_resolver&) = delete;
  executor_type executor_;
};

}  // namespace ip
}  // namespace asio
}  // namespace boost

#endif  // BOOST_ASIO_IP_BASIC_RESOLVER_HPP
