// Hermetic stub for lit tests. Mirrors names/signatures of trantor
// <trantor/net/EventLoop.h> (Drogon's event loop); not the real
// implementation. Functors queued with runInLoop/queueInLoop/runAfter run
// later on the loop thread: anything they capture by reference must outlive
// them.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <utility>

#include <trantor/utils/Date.h>
#include <trantor/utils/NonCopyable.h>

namespace trantor {

using Func = std::function<void()>;
using TimerId = uint64_t;
enum { InvalidTimerId = 0 };

class EventLoop : NonCopyable {
 public:
  EventLoop();
  ~EventLoop();

  void loop();
  void quit();
  void assertInLoopThread();
  bool isInLoopThread() const;
  static EventLoop *getEventLoopOfCurrentThread();

  template <typename Functor>
  inline void runInLoop(Functor &&f) {
    if (isInLoopThread())
      f();
    else
      queueInLoop(std::forward<Functor>(f));
  }

  void queueInLoop(const Func &f);
  void queueInLoop(Func &&f);

  TimerId runAt(const Date &time, const Func &cb);
  TimerId runAt(const Date &time, Func &&cb);
  TimerId runAfter(double delay, const Func &cb);
  TimerId runAfter(double delay, Func &&cb);
  TimerId runAfter(const std::chrono::duration<double> &delay, const Func &cb) {
    return runAfter(delay.count(), cb);
  }
  TimerId runAfter(const std::chrono::duration<double> &delay, Func &&cb) {
    return runAfter(delay.count(), std::move(cb));
  }
  TimerId runEvery(double interval, const Func &cb);
  TimerId runEvery(double interval, Func &&cb);
  TimerId runEvery(const std::chrono::duration<double> &interval,
                   const Func &cb) {
    return runEvery(interval.count(), cb);
  }
  TimerId runEvery(const std::chrono::duration<double> &interval, Func &&cb) {
    return runEvery(interval.count(), std::move(cb));
  }
  void invalidateTimer(TimerId id);

  void moveToCurrentThread();
  size_t index() { return index_; }
  void setIndex(size_t index) { index_ = index; }
  bool isRunning();
  bool isCallingFunctions();
  void runOnQuit(Func &&cb);
  void runOnQuit(const Func &cb);

 private:
  size_t index_ = 0;
};

}  // namespace trantor
