// A fiber library's C-style API, as a project sees it (PhotonLibOS-like): the
// bodies live in the library, not in this header. `thread_create` queues a
// new fiber that runs `fn(arg)` when the scheduler gets to it; `on_event`
// registers a callback run with `data` whenever the event fires;
// `thread_yield`/`thread_usleep` suspend the calling fiber.
#pragma once
#include <cstdint>

namespace fiber {
struct thread;
using entry = void *(*)(void *);
thread *thread_create(entry fn, void *arg, std::uint64_t stack_size = 0);
void thread_yield();
void thread_usleep(std::uint64_t useconds);

enum event { readable = 1, writable = 2 };
using callback = void (*)(int events, void *data);
int on_event(int fd, int events, callback cb, void *data);
} // namespace fiber
