//===--- Signals.cpp - SIGINT, SIGTERM and SIGHUP in the driver -----------===//

#include "tool/Signals.h"
#include <csignal>
#include <cstring>

namespace ctxlife::driver {
namespace {

volatile std::sig_atomic_t Received = 0;

constexpr int Handled[] = {SIGINT, SIGTERM, SIGHUP};

void onInterrupt(int Signal) {
  if (Received) {
    // A second signal: stop now, the way the signal stops any process.
    std::signal(Signal, SIG_DFL);
    std::raise(Signal);
    return;
  }
  Received = Signal;
}

} // namespace

void installInterruptHandlers() {
  for (int Signal : Handled) {
    struct sigaction Action;
    std::memset(&Action, 0, sizeof(Action));
    Action.sa_handler = onInterrupt;
    sigemptyset(&Action.sa_mask);
    // Interrupt sleeps and waits: the scheduler notices at once.
    Action.sa_flags = 0;
    sigaction(Signal, &Action, nullptr);
  }
}

int interruptSignal() { return Received; }

std::string signalName(int Signal) {
  switch (Signal) {
  case SIGINT:
    return "SIGINT";
  case SIGTERM:
    return "SIGTERM";
  case SIGHUP:
    return "SIGHUP";
  default:
    return "signal " + std::to_string(Signal);
  }
}

} // namespace ctxlife::driver
