// Hermetic stub for lit tests. Mirrors names/signatures of Boost.Beast 1.74
// <boost/beast/http/fields.hpp>; not the real implementation. Values
// returned as string_view point INTO the container and are invalidated when
// the field is modified or the container is destroyed.
#ifndef BOOST_BEAST_HTTP_FIELDS_HPP
#define BOOST_BEAST_HTTP_FIELDS_HPP

#include <cstddef>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include <boost/beast/core/string_type.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/http/verb.hpp>
#include <boost/optional/optional.hpp>

namespace boost {
namespace beast {
namespace http {

template <class Allocator>
class basic_fields {
 public:
  using allocator_type = Allocator;

  class value_type {
   public:
    value_type(value_type const&) = default;
    value_type& operator=(value_type const&) = default;
    field name() const { return f_; }
    string_view name_string() const { return name_; }
    string_view value() const { return value_; }

   private:
    friend class basic_fields;
    value_type(field f, std::string n, std::string v)
        : f_(f), name_(std::move(n)), value_(std::move(v)) {}
    field f_;
    std::string name_;
    std::string value_;
  };

  struct key_compare {
    bool operator()(string_view lhs, string_view rhs) const noexcept;
  };

  using const_iterator = typename std::vector<value_type>::const_iterator;
  using iterator = const_iterator;

  ~basic_fields() {}
  basic_fields() = default;
  explicit basic_fields(Allocator const& alloc) noexcept { (void)alloc; }
  basic_fields(basic_fields&&) noexcept = default;
  basic_fields(basic_fields const&) = default;
  basic_fields& operator=(basic_fields&&) noexcept = default;
  basic_fields& operator=(basic_fields const&) = default;

  allocator_type get_allocator() const { return allocator_type(); }

  // Element access
  string_view at(field name) const;
  string_view at(string_view name) const;
  string_view operator[](field name) const;
  string_view operator[](string_view name) const;

  // Iterators
  const_iterator begin() const noexcept { return list_.begin(); }
  const_iterator end() const noexcept { return list_.end(); }
  const_iterator cbegin() const noexcept { return list_.begin(); }
  const_iterator cend() const noexcept { return list_.end(); }

  // Modifiers
  void clear() { list_.clear(); }
  void insert(field name, string_view const& value);
  void insert(string_view name, string_view const& value);
  void insert(field name, string_view name_string, string_view const& value);
  void set(field name, string_view const& value);
  void set(string_view name, string_view const& value);
  const_iterator erase(const_iterator pos);
  std::size_t erase(field name);
  std::size_t erase(string_view name);
  void swap(basic_fields& other) { list_.swap(other.list_); }

  // Lookup
  std::size_t count(field name) const;
  std::size_t count(string_view name) const;
  const_iterator find(field name) const;
  const_iterator find(string_view name) const;
  std::pair<const_iterator, const_iterator> equal_range(field name) const;
  std::pair<const_iterator, const_iterator> equal_range(string_view name) const;
  key_compare const& key_comp() const { return compare_; }

 protected:
  string_view get_method_impl() const;
  string_view get_target_impl() const;
  string_view get_reason_impl() const;
  bool get_chunked_impl() const;
  bool get_keep_alive_impl(unsigned version) const;
  bool has_content_length_impl() const;
  void set_method_impl(string_view s);
  void set_target_impl(string_view s);
  void set_reason_impl(string_view s);
  void set_chunked_impl(bool value);
  void set_content_length_impl(boost::optional<std::uint64_t> const& value);
  void set_keep_alive_impl(unsigned version, bool keep_alive);

 private:
  std::vector<value_type> list_;
  key_compare compare_;
};

using fields = basic_fields<std::allocator<char> >;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_FIELDS_HPP
