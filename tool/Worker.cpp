//===--- Worker.cpp - analyzes one translation unit, writes a report ------===//

#include "tool/Worker.h"
#include "tool/Runner.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <thread>
#ifdef __linux__
#include <sys/prctl.h>
#endif

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {

/// One ClangTidyError: clang-tidy's Diagnostic plus what ClangTidyError adds.
struct ReportedDiagnostic {
  tooling::Diagnostic Diag;
  bool WarningAsError = false;
  std::string Aliases; // EnabledDiagnosticAliases, comma-separated
};

struct WorkerReport {
  std::string File;
  bool ToolFailed = false;
  ClangTidyStats Stats;
  std::vector<ReportedDiagnostic> Diagnostics;
};

} // namespace ctxlife::driver

LLVM_YAML_IS_SEQUENCE_VECTOR(ctxlife::driver::ReportedDiagnostic)

namespace llvm::yaml {

template <> struct MappingTraits<ctxlife::driver::ReportedDiagnostic> {
  static void mapping(IO &Io, ctxlife::driver::ReportedDiagnostic &D) {
    Io.mapRequired("Diagnostic", D.Diag);
    Io.mapOptional("WarningAsError", D.WarningAsError, false);
    Io.mapOptional("Aliases", D.Aliases, std::string());
  }
};

template <> struct MappingTraits<ctxlife::driver::WorkerReport> {
  static void mapping(IO &Io, ctxlife::driver::WorkerReport &R) {
    Io.mapRequired("File", R.File);
    Io.mapRequired("ToolFailed", R.ToolFailed);
    Io.mapRequired("IgnoredCheckFilter", R.Stats.ErrorsIgnoredCheckFilter);
    Io.mapRequired("IgnoredNOLINT", R.Stats.ErrorsIgnoredNOLINT);
    Io.mapRequired("IgnoredNonUserCode", R.Stats.ErrorsIgnoredNonUserCode);
    Io.mapRequired("IgnoredLineFilter", R.Stats.ErrorsIgnoredLineFilter);
    Io.mapRequired("Displayed", R.Stats.ErrorsDisplayed);
    Io.mapRequired("Diagnostics", R.Diagnostics);
  }
};

} // namespace llvm::yaml

namespace ctxlife::driver {
namespace {

/// Test-only hooks (see docs/cli.md): make the worker crash or hang on the
/// file with this name, to test that the driver isolates translation units.
void testHooks(StringRef File) {
  StringRef Name = sys::path::filename(File);
  if (std::optional<std::string> Crash = sys::Process::GetEnv("CTXLIFE_TEST_CRASH_ON"))
    if (Name == *Crash)
      std::abort();
  if (std::optional<std::string> Hang = sys::Process::GetEnv("CTXLIFE_TEST_HANG_ON"))
    if (Name == *Hang)
      for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(1));
}

} // namespace

int runWorker(const Settings &S, std::unique_ptr<ClangTidyOptionsProvider> Provider) {
#ifdef __linux__
  // A worker must not outlive the driver (killed by a CI timeout, say).
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
  // Clang's default configuration files (found next to the compiler named
  // by the compile command) could add flags: ignore them.
  ::setenv("CLANG_NO_DEFAULT_CONFIG", "1", 1);
  std::string Error;
  auto DB = tooling::JSONCompilationDatabase::loadFromFile(
      S.WorkerJob, Error, tooling::JSONCommandLineSyntax::AutoDetect);
  if (!DB)
    return usageError("worker: cannot load job '" + S.WorkerJob + "': " + Error);
  std::vector<std::string> Files = DB->getAllFiles();
  for (const std::string &F : Files)
    testHooks(F);

  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  ClangTidyContext Context(std::move(Provider));
  WorkerReport Report;
  Report.File = Files.empty() ? "" : Files.front();
  std::vector<ClangTidyError> Errors =
      runChecks(Context, *DB, Files, BaseFS, S.FixNotes, Report.ToolFailed);
  Report.Stats = Context.getStats();
  for (ClangTidyError &E : Errors) {
    ReportedDiagnostic D;
    D.WarningAsError = E.IsWarningAsError;
    D.Aliases = join(E.EnabledDiagnosticAliases, ",");
    D.Diag = std::move(E);
    Report.Diagnostics.push_back(std::move(D));
  }

  std::error_code EC;
  raw_fd_ostream OS(S.WorkerReport, EC, sys::fs::OF_None);
  if (EC)
    return usageError("worker: cannot write '" + S.WorkerReport + "': " + EC.message());
  yaml::Output YAML(OS);
  YAML << Report;
  return ExitClean;
}

bool readWorkerReport(StringRef Path, TUResult &Result, std::string &Error) {
  auto Buffer = MemoryBuffer::getFile(Path);
  if (!Buffer) {
    Error = "no report: " + Buffer.getError().message();
    return false;
  }
  WorkerReport Report;
  yaml::Input YAML((*Buffer)->getBuffer());
  YAML >> Report;
  if (YAML.error()) {
    Error = "malformed report: " + YAML.error().message();
    return false;
  }
  Result.Stats = Report.Stats;
  bool CompileErrors = Report.ToolFailed;
  for (ReportedDiagnostic &D : Report.Diagnostics) {
    ClangTidyError E(D.Diag.DiagnosticName, D.Diag.DiagLevel, D.Diag.BuildDirectory,
                     D.WarningAsError);
    E.Message = std::move(D.Diag.Message);
    E.Notes = std::move(D.Diag.Notes);
    if (!D.Aliases.empty()) {
      SmallVector<StringRef, 2> Names;
      StringRef(D.Aliases).split(Names, ',');
      for (StringRef N : Names)
        E.EnabledDiagnosticAliases.push_back(N.str());
    }
    CompileErrors |= E.DiagLevel == ClangTidyError::Error;
    Result.Errors.push_back(std::move(E));
  }
  Result.Status = CompileErrors ? TUResult::CompileErrors : TUResult::Analyzed;
  return true;
}

} // namespace ctxlife::driver
