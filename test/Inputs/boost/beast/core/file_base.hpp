// Hermetic stub for lit tests (Boost.Beast 1.74
// <boost/beast/core/file_base.hpp> + file_posix as beast::file).
#ifndef BOOST_BEAST_CORE_FILE_BASE_HPP
#define BOOST_BEAST_CORE_FILE_BASE_HPP

#include <cstdint>

#include <boost/beast/core/error.hpp>

namespace boost {
namespace beast {

enum class file_mode {
  read,
  scan,
  write,
  write_new,
  write_existing,
  append,
  append_existing
};

class file_posix {
 public:
  using native_handle_type = int;
  file_posix() = default;
  ~file_posix();
  file_posix(file_posix&& other);
  file_posix& operator=(file_posix&& other);
  native_handle_type native_handle() const { return fd_; }
  bool is_open() const { return fd_ != -1; }
  void close(error_code& ec);
  void open(char const* path, file_mode mode, error_code& ec);
  std::uint64_t size(error_code& ec) const;
  std::uint64_t pos(error_code& ec) const;
  void seek(std::uint64_t offset, error_code& ec);
  std::size_t read(void* buffer, std::size_t n, error_code& ec) const;
  std::size_t write(void const* buffer, std::size_t n, error_code& ec);

 private:
  int fd_ = -1;
};

using file = file_posix;

}  // namespace beast
}  // namespace boost

#endif  // BOOST_BEAST_CORE_FILE_BASE_HPP
