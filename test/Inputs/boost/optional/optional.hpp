// Hermetic stub for lit tests. Minimal mirror of Boost 1.74
// boost::optional / boost::none (enough for Beast signatures); not the real
// implementation.
#ifndef BOOST_OPTIONAL_OPTIONAL_FLC_19NOV2002_HPP
#define BOOST_OPTIONAL_OPTIONAL_FLC_19NOV2002_HPP

#include <optional>
#include <utility>

namespace boost {

struct none_t {
  struct init_tag {};
  explicit constexpr none_t(init_tag) {}
};
inline constexpr none_t none{none_t::init_tag()};

template <class T>
class optional {
 public:
  typedef T value_type;
  optional() noexcept {}
  optional(none_t) noexcept {}
  optional(const T& v) : v_(v) {}
  optional(T&& v) : v_(std::move(v)) {}
  optional& operator=(none_t) noexcept {
    v_.reset();
    return *this;
  }
  bool has_value() const noexcept { return v_.has_value(); }
  bool is_initialized() const noexcept { return v_.has_value(); }
  explicit operator bool() const noexcept { return v_.has_value(); }
  bool operator!() const noexcept { return !v_.has_value(); }
  T& get() { return *v_; }
  const T& get() const { return *v_; }
  T& value() { return v_.value(); }
  const T& value() const { return v_.value(); }
  template <class U>
  T value_or(U&& u) const {
    return v_.value_or(std::forward<U>(u));
  }
  T& operator*() { return *v_; }
  const T& operator*() const { return *v_; }
  T* operator->() { return &*v_; }
  const T* operator->() const { return &*v_; }
  void reset() noexcept { v_.reset(); }
  template <class... Args>
  void emplace(Args&&... args) {
    v_.emplace(std::forward<Args>(args)...);
  }

 private:
  std::optional<T> v_;
};

}  // namespace boost

#endif  // BOOST_OPTIONAL_OPTIONAL_FLC_19NOV2002_HPP
