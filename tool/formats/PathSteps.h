//===--- PathSteps.h - a finding's path, step by step ----------*- C++ -*-===//
//
// The checks tell the path of a finding in its notes, in no fixed order:
// where the value became request-scoped, the aliases and helpers it went
// through, where the request ends or the work escapes it, and advice. The
// notes are classified once (NoteRoles.def), and every format that draws
// the path (SARIF code flows, the HTML report) takes the steps from here:
// source, aliases, the warning itself (the store or capture), helpers, the
// end of the request, then the other facts. Advice is no step.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FORMATS_PATHSTEPS_H
#define CTXLIFE_TOOL_FORMATS_PATHSTEPS_H

#include "tool/Findings.h"
#include "llvm/ADT/StringRef.h"
#include <string>
#include <vector>

namespace ctxlife::driver {

struct PathStep {
  const Position *Where;
  llvm::StringRef Message;
  StepRole Role;
  bool IsWarning; // the finding's own location (the store or capture)
};

/// The role of a note in its finding's path, from its text (NoteRoles.def).
StepRole classifyNote(llvm::StringRef Message);

/// The steps of \p F's path, in order. Steps without a file are left out.
std::vector<PathStep> pathSteps(const Finding &F);

/// `source`, `alias`, `helper`, `end`, `advice`, `other`; `warning` for the
/// finding's own step.
llvm::StringRef roleName(StepRole Role);

/// The framework a finding is about (`grpc`, `beast`, ...), from the types
/// its message and notes name and the framework profiles; empty when none
/// is named (the user's own types, loops).
std::string frameworkOf(const Finding &F);

} // namespace ctxlife::driver

#endif
