// Hermetic stub for lit tests (trantor <trantor/utils/NonCopyable.h>, as
// used by Drogon).
#pragma once

namespace trantor {
class NonCopyable {
 protected:
  NonCopyable() {}
  ~NonCopyable() {}
  NonCopyable(const NonCopyable &) = delete;
  NonCopyable &operator=(const NonCopyable &) = delete;
  NonCopyable(NonCopyable &&) noexcept(true) = default;
  NonCopyable &operator=(NonCopyable &&) noexcept(true) = default;
};
}  // namespace trantor
