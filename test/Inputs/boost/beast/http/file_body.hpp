// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/http/file_body.hpp> + basic_file_body.hpp).
#ifndef BOOST_BEAST_HTTP_FILE_BODY_HPP
#define BOOST_BEAST_HTTP_FILE_BODY_HPP

#include <cstdint>

#include <boost/beast/core/error.hpp>
#include <boost/beast/core/file_base.hpp>

namespace boost {
namespace beast {
namespace http {

template <class File>
struct basic_file_body {
  using file_type = File;
  class value_type {
   public:
    ~value_type() = default;
    value_type() = default;
    value_type(value_type&& other) = default;
    value_type& operator=(value_type&& other) = default;
    File& file() { return file_; }
    bool is_open() const { return file_.is_open(); }
    std::uint64_t size() const { return size_; }
    void close() {}
    void open(char const* path, file_mode mode, error_code& ec) {
      file_.open(path, mode, ec);
    }
    void reset(File&& file, error_code& ec) {
      file_ = static_cast<File&&>(file);
      (void)ec;
    }

   private:
    File file_;
    std::uint64_t size_ = 0;
  };
  static std::uint64_t size(value_type const& body) { return body.size(); }
  class reader;
  class writer;
};

using file_body = basic_file_body<file>;

}  // namespace http
}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_HTTP_FILE_BODY_HPP
