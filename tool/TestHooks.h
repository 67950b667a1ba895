//===--- TestHooks.h - faults on demand, in the test binary only -*- C++ -*-===//
//
// The isolation tests need a worker that crashes or hangs. The release
// binary (`ctxlife`) has no such hook: this file's function is empty there.
// The test-only binary `ctxlife-test-hooks` (built from the same objects with
// CTXLIFE_TEST_HOOKS defined, never installed) reads two environment
// variables: CTXLIFE_TEST_CRASH_ON=<file name> makes the worker abort, and
// CTXLIFE_TEST_HANG_ON=<file name> makes it sleep forever, when it analyzes
// a file with that name; a hanging worker first creates the file named by
// CTXLIFE_TEST_HANG_NOTIFY, if set.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_TESTHOOKS_H
#define CTXLIFE_TOOL_TESTHOOKS_H

#include "llvm/ADT/StringRef.h"

namespace ctxlife::driver {

/// Called by the worker for each file it is about to analyze.
void testHooks(llvm::StringRef File);

} // namespace ctxlife::driver

#endif
