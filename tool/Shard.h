//===--- Shard.h - one job's part of the files (--shard=I/N) ----*- C++ -*-===//
//
// A CI matrix of N jobs each runs `ctxlife --shard=I/N`; `ctxlife merge`
// (tool/Merge.h) then combines their outputs. Every job must choose the same
// parts without talking to the others, so the split depends only on the
// files themselves: each translation unit's expected cost is the size of its
// main file plus the sizes of the files it includes, found by a textual scan
// of `#include` lines (no macros, no conditions) through the compile
// command's include path; the files are dealt, most expensive first, to the
// part with the least cost so far (ties: the lower part), and each part
// keeps the files in their original order. A file is in exactly one part.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_SHARD_H
#define CTXLIFE_TOOL_SHARD_H

#include "tool/CompileDB.h"
#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include <cstdint>
#include <vector>

namespace ctxlife::driver {

/// Parses `I/N` with 1 <= I <= N.
bool parseShard(llvm::StringRef Text, unsigned &Index, unsigned &Count);

/// The expected cost of each job (bytes of source it reads, estimated).
std::vector<uint64_t> estimateCosts(const std::vector<Job> &Jobs);

/// The part (0-based) of each job: the most expensive first, each to the
/// part with the least cost so far.
std::vector<unsigned> assignShards(llvm::ArrayRef<uint64_t> Costs,
                                   llvm::ArrayRef<Job> Jobs, unsigned Count);

/// The jobs of part \p Index (1-based) of \p Count, in their original
/// order. With \p Verbose, says on standard error how many files and which
/// share of the estimated cost this part has.
std::vector<Job> selectShard(std::vector<Job> Jobs, unsigned Index, unsigned Count,
                             bool Verbose);

} // namespace ctxlife::driver

#endif
