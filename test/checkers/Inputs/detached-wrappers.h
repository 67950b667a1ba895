// Launch helpers of a project, in a header: analyzed on demand even when
// the tool scopes its traversal to the main file.
#pragma once
#include <functional>
#include <thread>
#include <utility>

namespace util {
template <typename F> void run_detached(F &&f) {
  std::thread(std::forward<F>(f)).detach();
}
inline void run_joined(std::function<void()> f) {
  std::thread t(std::move(f));
  t.join();
}
} // namespace util
