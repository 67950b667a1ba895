// Hermetic stub for lit tests. Mirrors the names, class hierarchy and data
// layout of Boost.URL as shipped with Boost 1.81 (<boost/url.hpp>): a
// `url_view` refers to characters it does not own (a pointer into its
// source); a `url` owns a heap buffer it allocates, also through a raw
// pointer, and copies in its copy constructor and frees in its destructor.
// Both kinds hold a `char` pointer: only the type (a view vs. an owning
// class that copies its buffer) says which one outlives its source.
// Not the real implementation; declarations and trivial bodies only.
#ifndef BOOST_URL_HPP
#define BOOST_URL_HPP

#include <cstddef>
#include <string>

#include <boost/core/detail/string_view.hpp>

namespace boost {
namespace urls {

using core::string_view;

namespace detail {
/// The parsed offsets of a URL and where its characters are.
struct url_impl {
  const char *cs_ = nullptr;
  std::size_t offset_[8] = {};
  std::size_t decoded_[8] = {};
};
} // namespace detail

/// Common read-only interface of url_view and url.
class url_view_base {
public:
  string_view buffer() const noexcept { return string_view(impl_.cs_, size()); }
  std::size_t size() const noexcept { return impl_.offset_[7]; }
  string_view scheme() const noexcept { return string_view(impl_.cs_, 0); }
  string_view encoded_path() const noexcept { return string_view(impl_.cs_, 0); }
  string_view encoded_query() const noexcept { return string_view(impl_.cs_, 0); }
  std::string path() const { return std::string(); }

protected:
  url_view_base() noexcept = default;
  detail::url_impl impl_;
};

/// A non-owning reference to a valid URL.
class url_view : public url_view_base {
public:
  url_view() noexcept = default;
  url_view(const url_view &) noexcept = default;
  url_view &operator=(const url_view &) noexcept = default;
  explicit url_view(string_view s);
};

/// Common modifying interface of url (and static_url).
class url_base : public url_view_base {
public:
  url_base &set_path(string_view s);
  url_base &set_query(string_view s);
  const char *c_str() const noexcept { return s_; }

protected:
  url_base() noexcept = default;
  char *s_ = nullptr;
  std::size_t cap_ = 0;
};

/// A modifiable container for a URL: owns its characters.
class url : public url_base {
public:
  url() noexcept = default;
  explicit url(string_view s);
  url(const url_view_base &u);
  url(const url &u);
  url(url &&u) noexcept;
  url &operator=(const url &u);
  url &operator=(url &&u) noexcept;
  ~url();
};

/// Parses a URI; the view refers into \p s.
struct parse_result {
  url_view value() const { return u_; }
  url_view operator*() const { return u_; }
  bool has_value() const { return true; }
  url_view u_;
};
parse_result parse_uri(string_view s);
parse_result parse_origin_form(string_view s);

} // namespace urls
} // namespace boost

#endif
