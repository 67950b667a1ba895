// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
// What ends a loop, and what only looks like it. All handlers take an
// httplib request, so every loop here is in a request handler.
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <system_error>
#include <thread>
#include <unistd.h>

using Req = httplib::Request;
using Res = httplib::Response;

bool step();
int next_state();
void work();
[[noreturn]] void fatal(const char *);
bool read_chunk(int fd, std::string &out, std::error_code &ec);

// No exit at all.
void forever(const Req &, Res &) {
  for (;;)
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'forever' never exits when the request is cancelled [ctxlife-missing-cancellation]
    work();
}

// Exits that do not leave this loop: a break out of an inner loop or a
// switch, a return from a lambda.
void inner_exits(const Req &, Res &) {
  while (1) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'inner_exits' never exits when the request is cancelled [ctxlife-missing-cancellation]
    for (int i = 0; i < 3; ++i)
      if (step())
        break;
    switch (next_state()) {
    case 0:
      break;
    default:
      work();
    }
    auto f = [] { return step(); };
    f();
  }
}

// Waiting, with exits that depend on data only.
void waits(const Req &, Res &) {
  std::mutex mu;
  std::condition_variable cv;
  bool ready = false;
  while (true) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'waits' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: it waits here, and none of its exits depends on cancellation
    std::unique_lock<std::mutex> lk(mu);
    cv.wait_for(lk, std::chrono::seconds(1));
    if (ready)
      break;
  }
  std::future<int> fut;
  do {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'waits' never exits when the request is cancelled [ctxlife-missing-cancellation]
    if (next_state() == 2)
      return;
    usleep(1000);
  } while (true);
}

// Loops that end by themselves, or on a cancellation signal: quiet.
struct Service {
  std::atomic<bool> stopping{false};
  std::shared_ptr<std::atomic<bool>> cancelled;
  volatile bool interrupted = false;

  bool is_stopping() const { return stopping.load(); }

  void quiet(const Req &, Res &) {
    // An unconditional exit: the loop runs once.
    for (;;) {
      work();
      break;
    }
    // Exits on flags: atomic, shared atomic, volatile, through a helper.
    for (;;) {
      if (stopping)
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    while (true) {
      if (*cancelled)
        return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    while (true) {
      if (interrupted)
        return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    for (;;) {
      if (is_stopping())
        return;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // An I/O error code, also through a variable.
    std::error_code ec;
    std::string out;
    for (;;) {
      bool more = read_chunk(0, out, ec);
      if (ec || !more)
        break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    // Leaving the process, or jumping out, leaves the loop too.
    for (;;) {
      work();
      fatal("the worker returned");
    }
    for (;;) {
      work();
      std::abort();
    }
    for (;;) {
      work();
      goto done;
    }
  done:
    // A loop that computes until its data runs out.
    int n = 0;
    for (;;) {
      if (next_state() == 0)
        break;
      n += next_state();
    }
  }
};

// Macros: reported at the expansion.
#define FOREVER for (;;)
void in_macro(const Req &, Res &) {
  FOREVER {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'in_macro' never exits when the request is cancelled [ctxlife-missing-cancellation]
    work();
  }
}

// Templates: one finding per loop.
template <typename T> void tmpl(const Req &, T value) {
  for (;;)
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in request handler 'tmpl' never exits when the request is cancelled [ctxlife-missing-cancellation]
    work();
}
void use_tmpl(const Req &req) {
  tmpl(req, 1);
  tmpl(req, 2.0);
}

// NOLINT works as for any clang-tidy check.
void suppressed(const Req &, Res &) {
  for (;;) // NOLINT(ctxlife-missing-cancellation)
    work();
}

// Not a request handler: quiet whatever the loop.
void background() {
  for (;;)
    work();
}
