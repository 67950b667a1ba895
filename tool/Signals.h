//===--- Signals.h - SIGINT, SIGTERM and SIGHUP in the driver ---*- C++ -*-===//
//
// A cancelled CI job or a Ctrl-C must not lose what is finished. The first
// SIGINT, SIGTERM or SIGHUP asks the run to stop: the scheduler stops its
// workers and starts no more, the driver reports the findings of the
// translation units that finished (JSON and SARIF marked partial), removes
// its temporary directory and exits with 128 + the signal's number, as
// shells report a process killed by it (130 for SIGINT, 143 for SIGTERM).
// A second signal ends the process at once.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_SIGNALS_H
#define CTXLIFE_TOOL_SIGNALS_H

#include <string>

namespace ctxlife::driver {

/// Installs the handlers (the driver only; workers keep the defaults).
void installInterruptHandlers();

/// The signal that asked the run to stop, or 0.
int interruptSignal();

/// `SIGINT`, `SIGTERM`, ... for a signal number.
std::string signalName(int Signal);

/// The exit code of an interrupted run: 128 + the signal's number.
inline int interruptExitCode(int Signal) { return 128 + Signal; }

} // namespace ctxlife::driver

#endif
