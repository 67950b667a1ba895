//===--- Options.h - ctxlife's command line and configuration ---*- C++ -*-===//
//
// The command line (response files, `--` flags, every flag of docs/cli.md)
// and the clang-tidy configuration built from it. The configuration itself
// is clang-tidy's: FileOptionsProvider reads `.clang-tidy` files (with
// InheritParentConfig), ConfigOptionsProvider takes --config/--config-file,
// and the command-line flags override both.
//
//===----------------------------------------------------------------------===//

#ifndef CTXLIFE_TOOL_OPTIONS_H
#define CTXLIFE_TOOL_OPTIONS_H

#include "clang-tidy/ClangTidyOptions.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/VirtualFileSystem.h"
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ctxlife::driver {

enum ExitCode : int {
  ExitClean = 0,
  ExitFindings = 1,
  ExitUsage = 2,
  ExitAnalysisFailed = 3,
};

enum class OutputFormat { Text, Json, Sarif, Github, CodeClimate };

/// Everything the command line says, after response files are expanded.
struct Settings {
  std::string Argv0;
  // Inputs.
  std::vector<std::string> Sources;
  std::optional<std::string> BuildPath;             // -p
  std::optional<std::vector<std::string>> FixedFlags; // after `--`
  std::vector<std::string> ExtraArgs, ExtraArgsBefore, RemovedArgs;
  std::string SourceFilter, Exclude;
  std::string ResourceDir;
  bool ResourceDirGiven = false;
  // Informational modes.
  bool ListChecks = false, DumpConfig = false;
  std::string Explain;
  bool ExplainGiven = false;
  // Running.
  unsigned Jobs = 0;    // 0: all cores
  unsigned Timeout = 0; // seconds per file, 0: none
  bool Quiet = false;
  bool Verbose = false; // one line per translation unit (tool/Scheduler.cpp)
  // Results shared across runs (tool/Cache.h); empty: no cache.
  std::string CacheDir;
  // This job's part of the files (tool/Shard.h): ShardIndex of ShardCount,
  // 1-based; ShardCount 0: all files.
  unsigned ShardIndex = 0, ShardCount = 0;
  // Output: one format on standard output (or --output), and any others
  // written from the same analysis.
  OutputFormat Format = OutputFormat::Text;
  std::string Output;
  std::string ExportJson, ExportSarif, ExportCodeClimate, ExportHtml;
  // clang-tidy's flags with no other place here.
  bool AllowNoChecks = false, ExplainConfig = false, VerifyConfig = false;
  bool EnableCheckProfile = false, EnableModuleHeadersParsing = false;
  std::string StoreCheckProfile; // absolute
  std::string VfsOverlay;
  // Pre-commit mode (docs/pre-commit.md).
  bool PreCommit = false;
  // --header-filter, when given (pre-commit mode adds the staged headers).
  std::optional<std::string> HeaderFilter;
  // Gating.
  std::string Baseline, WriteBaseline, DiffBase;
  // Fixes.
  bool Fix = false, FixErrors = false, FixNotes = false;
  std::string ExportFixes;
  // --line-filter as given (a worker's results depend on it).
  std::string LineFilter;
  // Checks named on the command line (validated against the registry).
  std::string ChecksFlag;
  bool ChecksGiven = false;
  /// --config or --config-file: `.clang-tidy` files are not read.
  bool ConfigGiven = false;
  // The hidden worker mode (one translation unit per process).
  std::string WorkerJob, WorkerReport;
  std::string WorkerInputs; // where the worker lists the files it read
  /// The options as given (before `--`), forwarded to workers.
  std::vector<std::string> ForwardedArgs;
};

/// Parses the command line. Prints a one-line error and returns nullopt on a
/// usage error (exit code 2).
std::optional<Settings> parseCommandLine(int Argc, const char **Argv);

/// Prints `ctxlife: error: <Message>` and returns ExitUsage.
int usageError(const llvm::Twine &Message);
/// Prints `ctxlife: warning: <Message>`.
void warning(const llvm::Twine &Message);

/// The file system every part of the run reads through: the real one, with
/// the --vfsoverlay file on top. nullptr after a one-line error.
llvm::IntrusiveRefCntPtr<llvm::vfs::OverlayFileSystem> createBaseFS();

/// clang-tidy's options provider for the flags and configuration sources
/// given; nullptr after a one-line error.
std::unique_ptr<clang::tidy::ClangTidyOptionsProvider>
createOptionsProvider(llvm::IntrusiveRefCntPtr<llvm::vfs::FileSystem> FS);

/// Check names given with --checks must exist (globs and removals are not
/// checked). Prints a one-line error and returns false otherwise.
bool validateChecksFlag(const Settings &S);

/// The header regular expressions of a configuration must compile. Prints a
/// one-line error and returns false otherwise.
bool validateRegexes(const clang::tidy::ClangTidyOptions &Options);

/// Where the configuration given on the command line comes from:
/// `--config`, or `--config-file '<file>'`.
std::string configSourceName();

/// Why no check is enabled for \p File: the configuration source (a
/// `.clang-tidy` file, --config, --checks) whose `Checks` switched the last
/// ones off, for the error message.
std::string whyNoChecks(clang::tidy::ClangTidyOptionsProvider &Provider,
                        llvm::StringRef File);

/// The informational modes: --list-checks, --dump-config, --explain,
/// --explain-config, --verify-config.
/// Returns the exit code, or nullopt when none was asked for.
std::optional<int> runInformationalMode(const Settings &S,
                                        clang::tidy::ClangTidyOptionsProvider &Provider,
                                        llvm::StringRef File);

} // namespace ctxlife::driver

#endif
