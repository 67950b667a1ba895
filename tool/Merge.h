//===--- Merge.h - `ctxlife merge`: one output from shards ------*- C++ -*-===//
//
// `ctxlife merge [-o FILE] INPUT...` combines the outputs of `--shard=I/N`
// runs (tool/Shard.h) into the output one unsharded run writes: JSON
// reports (`--format=json`), SARIF logs (`--format=sarif`) or baselines
// (`--write-baseline`), recognised by their content; all inputs must be of
// one kind, from one ctxlife version and (JSON, SARIF) one project root.
//
// The driver's order is rebuilt: findings and compile errors by absolute
// file, position, check and message, with the duplicates that several
// translation units report for one header removed once; failures by file;
// SARIF rules by id. A finding's fingerprint counts the findings with the
// same check and line text before it in the file: in a file that several
// inputs report (a header), the fingerprints are computed again from the
// file's text, which must then be readable (run merge in the checkout).
// Counts in the summary are added up.
//
// A baseline has no positions: a line that several inputs count (in a
// header) keeps the largest count, with a warning; that is exact when the
// header's findings do not depend on the translation unit. For an exact
// baseline, merge the JSON reports with `--write-baseline=FILE`: the merged
// findings are recorded as the unsharded run's --write-baseline does.
//
// Exit codes: those of the unsharded run for JSON and SARIF (0 no findings,
// 1 findings, 3 a translation unit failed); 0 for a baseline; 2 on bad input
// (one line).
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
