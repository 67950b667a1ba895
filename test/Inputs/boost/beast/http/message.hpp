// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/message.hpp>; not the real implementation. Note:
// target(), method_string(), reason() and operator[] return string_view
// INTO the message.
#ifndef BOOST_BEAST_HTTP_MESSAGE_HPP
#define BOOST_BEAST_HTTP_MESSAGE_HPP

#include <cstdint>
#include <tuple>
#include <type_traits>
#include <utility>

#include <boost/beast/core/string_type.hpp>
#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/status.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/optional/optional.hpp>

namespace boost {
namespace beast {
namespace http {

template <bool isRequest, class Fields = fields>
class header;

/// Request header.
template <class Fields>
class header<true, Fields> : public Fields {
 public:
  using is_request = std::true_type;
  using fields_type = Fields;

  header() = default;
  header(header&&) = default;
  header(header const&) = default;
  header& operator=(header&&) = default;
  header& operator=(header const&) = default;

  unsigned version() const noexcept { return version_; }
  void version(unsigned value) noexcept { version_ = value; }

  verb method() const { return method_; }
  void method(verb v) { method_ = v; }
  string_view method_string() const;
  void method_string(string_view s);

  string_view target() const;
  void target(string_view s);

 private:
  unsigned version_ = 11;
  verb method_ = verb::unknown;
};

/// Response header.
template <class Fields>
class header<false, Fields> : public Fields {
 public:
  using is_request = std::false_type;
  using fields_type = Fields;

  header() = default;
  header(header&&) = default;
  header(header const&) = default;
  header& operator=(header&&) = default;
  header& operator=(header const&) = default;

  unsigned version() const noexcept { return version_; }
  void version(unsigned value) noexcept { version_ = value; }

  status result() const { return result_; }
  void result(status v) { result_ = v; }
  void result(unsigned v) { result_ = static_cast<status>(v); }
  unsigned result_int() const { return static_cast<unsigned>(result_); }
  string_view reason() const;
  void reason(string_view s);

 private:
  unsigned version_ = 11;
  status result_ = status::ok;
};

template <class Fields = fields>
using request_header = header<true, Fields>;
template <class Fields = fields>
using response_header = header<false, Fields>;

/// A complete HTTP message (header + body). Value type.
template <bool isRequest, class Body, class Fields = fields>
class message : public header<isRequest, Fields> {
 public:
  using header_type = header<isRequest, Fields>;
  using body_type = Body;

  message() = default;
  message(message&&) = default;
  message(message const&) = default;
  message& operator=(message&&) = default;
  message& operator=(message const&) = default;

  template <class... BodyArgs>
  explicit message(header_type&& h, BodyArgs&&... body_args)
      : header_type(std::move(h)), body_(std::forward<BodyArgs>(body_args)...) {}
  template <class... BodyArgs>
  explicit message(header_type const& h, BodyArgs&&... body_args)
      : header_type(h), body_(std::forward<BodyArgs>(body_args)...) {}

  // Request constructors.
  template <bool R = isRequest, class = typename std::enable_if<R>::type>
  message(verb method, string_view target, unsigned version) {
    this->method(method);
    this->target(target);
    this->version(version);
  }
  template <class BodyArg, bool R = isRequest,
            class = typename std::enable_if<R>::type>
  message(verb method, string_view target, unsigned version, BodyArg&& body_arg)
      : body_(std::forward<BodyArg>(body_arg)) {
    this->method(method);
    this->target(target);
    this->version(version);
  }

  // Response constructors.
  template <bool R = isRequest, class = typename std::enable_if<!R>::type>
  message(status result, unsigned version) {
    this->result(result);
    this->version(version);
  }
  template <class BodyArg, bool R = isRequest,
            class = typename std::enable_if<!R>::type>
  message(status result, unsigned version, BodyArg&& body_arg)
      : body_(std::forward<BodyArg>(body_arg)) {
    this->result(result);
    this->version(version);
  }

  explicit message(std::piecewise_construct_t) {}
  template <class... BodyArgs>
  message(std::piecewise_construct_t, std::tuple<BodyArgs...> body_args);

  header_type const& base() const { return *this; }
  header_type& base() { return *this; }

  bool chunked() const { return this->get_chunked_impl(); }
  void chunked(bool value) { this->set_chunked_impl(value); }
  bool has_content_length() const { return this->has_content_length_impl(); }
  void content_length(boost::optional<std::uint64_t> const& value) {
    this->set_content_length_impl(value);
  }
  bool keep_alive() const { return this->get_keep_alive_impl(this->version()); }
  void keep_alive(bool value) {
    this->set_keep_alive_impl(this->version(), value);
  }
  bool need_eof() const { return !keep_alive(); }
  boost::optional<std::uint64_t> payload_size() const;
  void prepare_payload() {}

  typename body_type::value_type& body() & noexcept { return body_; }
  typename body_type::value_type&& body() && noexcept {
    return std::move(body_);
  }
  typename body_type::value_type const& body() const& noexcept {
    return body_;
  }

 private:
  typename Body::value_type body_;
};

template <class Body, class Fields = fields>
using request = message<true, Body, Fields>;

template <class Body, class Fields = fields>
using response = message<false, Body, Fields>;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_MESSAGE_HPP
