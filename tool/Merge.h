//===--- Merge.h - `ctxlife merge`: one output from shards ------*- C++ -*-===//
//
// `ctxlife merge [options] PART.json...` combines the JSON reports of
// `--shard=I/N` runs (tool/Shard.h) into the outputs one unsharded run
// writes. The JSON is a faithful serialization of the diagnostics (offsets,
// ranges, notes, fix-its, aliases), so merge reads each part back into a
// FindingStore, as the driver reads its workers' reports, and then runs the
// driver's own last stage (tool/Output.h): sort and deduplicate, the gate
// (fingerprints, an optional baseline or diff), and every format through
// the same sinks. The outputs are therefore those of the single run, byte
// for byte, by construction; only the findings' files must be readable (run
// merge in the checkout the parts analyzed), as positions and fingerprints
// come from their text.
//
// The parts must be written by this ctxlife (same version, same LLVM) for
// one project root; the lines and columns each part recorded are checked
// against the files, so a changed file is an error, not a wrong report.
//
// Exit codes: those of the single run (0, 1 findings, 3 a translation unit
// could not be analyzed, 0 with --write-baseline); 2 on bad input, after a
// one-line error.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_MERGE_H
#define CTXLIFE_TOOL_MERGE_H

#include "llvm/ADT/ArrayRef.h"

namespace ctxlife::driver {

/// `ctxlife merge`, given the arguments after `merge`.
int runMerge(llvm::ArrayRef<const char *> Args);

} // namespace ctxlife::driver

#endif
