// Hermetic stub for lit tests. Mirrors names/signatures of grpc++ 1.51
// <grpcpp/completion_queue.h>; not the real implementation.
#ifndef GRPCPP_COMPLETION_QUEUE_H
#define GRPCPP_COMPLETION_QUEUE_H

#include <grpcpp/support/status.h>
#include <grpcpp/support/time.h>

namespace grpc {

class ServerBuilder;
class Server;

class CompletionQueue {
 public:
  CompletionQueue();
  virtual ~CompletionQueue();

  enum NextStatus { SHUTDOWN, GOT_EVENT, TIMEOUT };

  /// Blocks until the next event; *tag is the void* passed when the
  /// operation was started.
  bool Next(void** tag, bool* ok);

  template <typename T>
  NextStatus AsyncNext(void** tag, bool* ok, const T& deadline) {
    grpc::TimePoint<T> deadline_tp(deadline);
    (void)tag, (void)ok, (void)deadline_tp;
    return GOT_EVENT;
  }

  template <typename T, typename F>
  NextStatus DoThenAsyncNext(F&& f, void** tag, bool* ok, const T& deadline) {
    f();
    return AsyncNext(tag, ok, deadline);
  }

  void Shutdown();
};

class ServerCompletionQueue : public CompletionQueue {
 public:
  bool IsFrequentlyPolled() { return true; }

 protected:
  ServerCompletionQueue() {}

 private:
  friend class grpc::ServerBuilder;
  friend class grpc::Server;
};

}  // namespace grpc

#endif  // GRPCPP_COMPLETION_QUEUE_H
