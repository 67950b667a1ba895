// RUN: %check_ctxlife %s ctxlife-missing-cancellation %t -- %stubflags
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <stop_token>
#include <thread>

std::mutex mu;
std::condition_variable_any cv;
std::deque<int> jobs;
std::atomic<bool> g_shutdown{false};
void run_job(int);

// A named worker function, detached from a request handler below.
void drain() {
  for (;;) {
    // CHECK-MESSAGES: :[[@LINE-1]]:3: warning: loop in a detached thread started by request handler 'spawn_named' never exits when the request is cancelled [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+8]]:22: note: the thread is detached here
    std::unique_lock<std::mutex> lk(mu);
    cv.wait(lk, [] { return !jobs.empty(); });
    run_job(jobs.front());
    jobs.pop_front();
  }
}
void spawn_named(const httplib::Request &, httplib::Response &) {
  std::thread(drain).detach();
}

void threads(const httplib::Request &req, httplib::Response &res) {
  // A jthread whose callable takes no stop token: its destructor, at the end
  // of the handler, requests stop and waits forever.
  std::jthread worker([] {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'std::jthread' 'worker' runs a loop that ignores its stop token, so its destructor blocks request handler 'threads' forever [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: the callable takes no 'std::stop_token', and the loop never exits
    // CHECK-MESSAGES: :[[@LINE-3]]:16: note: take a 'std::stop_token' as the first parameter and exit the loop when 'stop_requested()' is true
    for (;;)
      run_job(1);
  });
  // It takes one but never reads it.
  std::jthread ignoring([](std::stop_token st) {
    // CHECK-MESSAGES: :[[@LINE-1]]:16: warning: 'std::jthread' 'ignoring' runs a loop that ignores its stop token, so its destructor blocks request handler 'threads' forever [ctxlife-missing-cancellation]
    // CHECK-MESSAGES: :[[@LINE+2]]:5: note: the loop never exits when stop is requested
    // CHECK-MESSAGES: :[[@LINE+1]]:5: note: exit the loop when 'st.stop_requested()' is true
    while (true)
      run_job(2);
  });

  // The correct idioms.
  std::jthread polite([](std::stop_token st) {
    while (!st.stop_requested())
      run_job(3);
  });
  std::jthread checking([](std::stop_token st) {
    for (;;) {
      if (st.stop_requested())
        return;
      run_job(4);
    }
  });
  std::jthread waiting([](std::stop_token st) {
    for (;;) {
      std::unique_lock<std::mutex> lk(mu);
      if (!cv.wait(lk, st, [] { return !jobs.empty(); }))
        return;
      run_job(jobs.front());
    }
  });
  std::jthread flagged([] {
    for (;;) {
      if (g_shutdown)
        break;
      run_job(5);
    }
  });
  std::jthread bounded([] {
    for (int i = 0;; ++i) {
      if (i == 10)
        break;
      run_job(i);
    }
  });

  // A detached thread spinning forever, and one that watches a flag.
  std::thread([] {
    while (true) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in a detached thread started by request handler 'threads' never exits when the request is cancelled [ctxlife-missing-cancellation]
      // CHECK-MESSAGES: :[[@LINE+3]]:6: note: the thread is detached here
      run_job(6);
    }
  }).detach();
  std::thread([] {
    while (true) {
      if (g_shutdown.load(std::memory_order_relaxed))
        return;
      run_job(7);
    }
  }).detach();

  // A joined thread runs inside the request: its loop is the handler's.
  std::thread joined([] {
    for (;;) {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'threads' never exits when the request is cancelled [ctxlife-missing-cancellation]
      run_job(8);
    }
  });
  joined.join();

  // std::async waits in the future's destructor: the handler's own loop.
  auto f = std::async(std::launch::async, [] {
    do {
      // CHECK-MESSAGES: :[[@LINE-1]]:5: warning: loop in request handler 'threads' never exits when the request is cancelled [ctxlife-missing-cancellation]
      run_job(9);
    } while (true);
  });
}

// Threads started outside any request are not judged.
int main() {
  std::jthread server_worker([] {
    for (;;)
      run_job(0);
  });
  std::thread(drain).detach();
}
