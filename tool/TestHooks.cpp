//===--- TestHooks.cpp - faults on demand, in the test binary only --------===//
//
// Compiled twice: empty into `ctxlife`, with CTXLIFE_TEST_HOOKS into the
// test-only `ctxlife-test-hooks` (tool/CMakeLists.txt).
//
//===----------------------------------------------------------------------===//

#include "tool/TestHooks.h"

#ifdef CTXLIFE_TEST_HOOKS
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <cstdlib>
#include <thread>
#endif

namespace ctxlife::driver {

#ifdef CTXLIFE_TEST_HOOKS
void testHooks(llvm::StringRef File) {
  llvm::StringRef Name = llvm::sys::path::filename(File);
  if (std::optional<std::string> Crash = llvm::sys::Process::GetEnv("CTXLIFE_TEST_CRASH_ON"))
    if (Name == *Crash)
      std::abort();
  if (std::optional<std::string> Hang = llvm::sys::Process::GetEnv("CTXLIFE_TEST_HANG_ON"))
    if (Name == *Hang) {
      // Tell the test that the hang has begun (test/tool/Inputs/interrupt.py).
      if (std::optional<std::string> Mark = llvm::sys::Process::GetEnv("CTXLIFE_TEST_HANG_NOTIFY")) {
        std::error_code EC;
        llvm::raw_fd_ostream(*Mark, EC) << "hanging\n";
      }
      for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}
#else
void testHooks(llvm::StringRef) {}
#endif

} // namespace ctxlife::driver
