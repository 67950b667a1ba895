//===--- Formats.h - the output formats ------------------------*- C++ -*-===//
//
// One file per format under tool/formats/:
//   Text.cpp         clang-tidy's own printer (handleErrors), in pieces
//   Json.cpp         ctxlife's JSON, a versioned, faithful serialization
//   Sarif.cpp        SARIF 2.1.0 with code flows (the finding's path)
//   Github.cpp       GitHub workflow commands and the step summary
//   CodeClimate.cpp  GitLab Code Quality (Code Climate issues)
//   Html.cpp         a static, self-contained HTML report
//   PathSteps.cpp    the path of a finding (its notes in order), framework
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_FORMATS_FORMATS_H
#define CTXLIFE_TOOL_FORMATS_FORMATS_H

#include "tool/formats/Sink.h"
#include "clang-tidy/ClangTidy.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include <memory>
#include <string>

namespace ctxlife::driver {

/// clang-tidy's text on standard output (file descriptor 1), printed in
/// pieces so that the errors are not all held at once. With \p Fix other
/// than FB_NoFix, the errors are kept and handed to clang-tidy at the end in
/// one piece, which applies the fixes (and prints the text only when
/// \p Print).
std::unique_ptr<Sink>
makeTextSink(clang::tidy::ClangTidyContext &Context,
             llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> BaseFS,
             clang::tidy::FixBehaviour Fix, bool Print);

std::unique_ptr<Sink> makeJsonSink(llvm::raw_ostream &OS, const SourceCache &Sources);
std::unique_ptr<Sink> makeSarifSink(llvm::raw_ostream &OS);
/// Workflow commands on \p OS; a Markdown summary appended to
/// \p StepSummary (the $GITHUB_STEP_SUMMARY file) when it is not empty.
std::unique_ptr<Sink> makeGithubSink(llvm::raw_ostream &OS, std::string StepSummary);
std::unique_ptr<Sink> makeCodeClimateSink(llvm::raw_ostream &OS);
/// The HTML report in the directory \p Dir (created); \p Sources reads the
/// code shown. Write errors are reported through \p Error.
std::unique_ptr<Sink> makeHtmlSink(std::string Dir, SourceCache &Sources,
                                   std::string &Error);

/// GitHub shows at most this many annotations of each level per step.
constexpr unsigned GithubAnnotationLimit = 10;
/// The step summary lists at most this many findings (GitHub keeps 1 MiB).
constexpr unsigned GithubSummaryRows = 1000;

/// The workflow-command escaping of a message, and of a property value.
std::string escapeGithubData(llvm::StringRef Text);
std::string escapeGithubProperty(llvm::StringRef Text);

/// Percent-encoding of a path for a URI (RFC 3986 unreserved and `/` kept).
std::string uriEncode(llvm::StringRef Path);

} // namespace ctxlife::driver

#endif
