//===--- JobFile.h - a translation unit handed to a worker -----*- C++ -*-===//
//
// The driver writes each job (a file and its final compile commands) to a
// file the worker reads. File names and arguments are bytes, not text: a
// source named in Latin-1 (`caf\xe9.cpp`) must reach the worker unchanged,
// which JSON cannot promise (its strings are UTF-8). The job file is a
// sequence of length-prefixed byte strings (`<length>:<bytes>`), read back
// into a compilation database of its own.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_JOBFILE_H
#define CTXLIFE_TOOL_JOBFILE_H

#include "tool/CompileDB.h"
#include "clang/Tooling/CompilationDatabase.h"
#include <memory>
#include <optional>
#include <string>

namespace ctxlife::driver {

/// The job file's contents for \p J.
std::string encodeJob(const Job &J);

/// The job back from encodeJob's text; nullopt when it is damaged.
std::optional<Job> decodeJob(llvm::StringRef Text);

/// A compilation database holding exactly the job's commands.
std::unique_ptr<clang::tooling::CompilationDatabase> jobDatabase(Job J);

} // namespace ctxlife::driver

#endif
