// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/parser.hpp> (+ basic_parser.hpp); not the real
// implementation.
#ifndef BOOST_BEAST_HTTP_PARSER_HPP
#define BOOST_BEAST_HTTP_PARSER_HPP

#include <cstdint>
#include <memory>
#include <utility>

#include <boost/beast/http/fields.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/optional/optional.hpp>

namespace boost {
namespace beast {
namespace http {

template <bool isRequest>
class basic_parser {
 public:
  using is_request = std::integral_constant<bool, isRequest>;
  virtual ~basic_parser() = default;
  basic_parser(basic_parser&&) = default;
  basic_parser& operator=(basic_parser&&) = default;

  bool got_some() const;
  bool is_done() const;
  bool is_header_done() const;
  bool upgrade() const;
  bool chunked() const;
  bool keep_alive() const;
  boost::optional<std::uint64_t> content_length() const;
  boost::optional<std::uint64_t> content_length_remaining() const;
  bool need_eof() const;
  void body_limit(boost::optional<std::uint64_t> v);
  void header_limit(std::uint32_t v);
  bool eager() const;
  void eager(bool v);
  bool skip() const;
  void skip(bool v);

 protected:
  basic_parser() = default;
};

/// Owns the message being parsed; get() returns a reference into the
/// parser, release() moves it out.
template <bool isRequest, class Body, class Allocator = std::allocator<char> >
class parser : public basic_parser<isRequest> {
 public:
  using value_type = message<isRequest, Body, basic_fields<Allocator> >;

  ~parser() {}
  parser() {}
  parser(parser&& other) = default;
  template <class... Args>
  explicit parser(std::piecewise_construct_t, Args&&... args);
  template <class OtherBody, class... Args>
  explicit parser(parser<isRequest, OtherBody, Allocator>&& parser,
                  Args&&... args);

  value_type const& get() const { return m_; }
  value_type& get() { return m_; }
  value_type release() { return std::move(m_); }

 private:
  value_type m_;
};

template <class Body, class Allocator = std::allocator<char> >
using request_parser = parser<true, Body, Allocator>;

template <class Body, class Allocator = std::allocator<char> >
using response_parser = parser<false, Body, Allocator>;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_PARSER_HPP
