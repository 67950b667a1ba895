//===--- Worker.cpp - analyzes one translation unit, writes a report ------===//

#include "tool/Worker.h"
#include "tool/JobFile.h"
#include "tool/Runner.h"
#include "tool/TestHooks.h"
#include "clang/Tooling/DiagnosticsYaml.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/YAMLTraits.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
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

/// YAML strings are UTF-8 text, but paths, messages and replacements are
/// bytes (a file named in Latin-1, a string literal quoted in a message).
/// Every string of the report is escaped on its way through YAML: `%` and
/// each byte that is not part of valid UTF-8 become `%XX`.
std::string escapeBytes(StringRef Bytes) {
  std::string Out;
  for (size_t I = 0; I < Bytes.size();) {
    unsigned char C = Bytes[I];
    unsigned Length = C < 0x80 ? 1 : getNumBytesForUTF8(C);
    bool Valid = C != '%' && I + Length <= Bytes.size() &&
                 (Length == 1 ? C < 0x80 : json::isUTF8(Bytes.substr(I, Length)));
    if (!Valid) {
      Out += '%';
      Out += hexdigit(C >> 4);
      Out += hexdigit(C & 15);
      ++I;
      continue;
    }
    Out += Bytes.substr(I, Length);
    I += Length;
  }
  return Out;
}

std::string unescapeBytes(StringRef Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned Value;
    if (Text[I] == '%' && I + 3 <= Text.size() &&
        !Text.substr(I + 1, 2).getAsInteger(16, Value)) {
      Out += static_cast<char>(Value);
      I += 2;
      continue;
    }
    Out += Text[I];
  }
  return Out;
}

/// Applies \p Fn to every string of \p D that holds bytes.
void mapStrings(tooling::Diagnostic &D, function_ref<std::string(StringRef)> Fn) {
  auto Message = [&](tooling::DiagnosticMessage &M) {
    M.Message = Fn(M.Message);
    M.FilePath = Fn(M.FilePath);
    for (tooling::FileByteRange &R : M.Ranges)
      R.FilePath = Fn(R.FilePath);
    StringMap<tooling::Replacements> Fix;
    for (auto &[File, Replacements] : M.Fix) {
      tooling::Replacements Mapped;
      for (const tooling::Replacement &R : Replacements)
        consumeError(Mapped.add(tooling::Replacement(Fn(R.getFilePath()), R.getOffset(),
                                                     R.getLength(),
                                                     Fn(R.getReplacementText()))));
      Fix[Fn(File)] = std::move(Mapped);
    }
    M.Fix = std::move(Fix);
  };
  Message(D.Message);
  for (tooling::DiagnosticMessage &N : D.Notes)
    Message(N);
  D.BuildDirectory = Fn(D.BuildDirectory);
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
  auto Text = MemoryBuffer::getFile(S.WorkerJob);
  if (!Text)
    return usageError("worker: cannot read job '" + S.WorkerJob +
                      "': " + Text.getError().message());
  std::optional<Job> J = decodeJob((*Text)->getBuffer());
  if (!J)
    return usageError("worker: malformed job '" + S.WorkerJob + "'");
  std::unique_ptr<tooling::CompilationDatabase> DB = jobDatabase(std::move(*J));
  std::vector<std::string> Files = DB->getAllFiles();
  for (const std::string &F : Files)
    testHooks(F);

  auto BaseFS = makeIntrusiveRefCnt<vfs::OverlayFileSystem>(vfs::getRealFileSystem());
  ClangTidyContext Context(std::move(Provider), false, false);
  WorkerReport Report;
  Report.File = Files.empty() ? "" : escapeBytes(Files.front());
  std::vector<ClangTidyError> Errors =
      runChecks(Context, *DB, Files, BaseFS, S.FixNotes, Report.ToolFailed);
  Report.Stats = Context.getStats();
  for (ClangTidyError &E : Errors) {
    ReportedDiagnostic D;
    D.WarningAsError = E.IsWarningAsError;
    D.Aliases = join(E.EnabledDiagnosticAliases, ",");
    D.Diag = std::move(E);
    mapStrings(D.Diag, escapeBytes);
    Report.Diagnostics.push_back(std::move(D));
  }

  std::error_code EC;
  raw_fd_ostream OS(S.WorkerReport, EC, sys::fs::OF_None);
  if (EC)
    return usageError("worker: cannot write '" + S.WorkerReport + "': " + EC.message());
  yaml::Output YAML(OS);
  YAML << Report;
  OS.close();
  if (OS.has_error()) {
    EC = OS.error();
    OS.clear_error();
    return usageError("worker: cannot write '" + S.WorkerReport + "': " + EC.message());
  }
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
    mapStrings(D.Diag, unescapeBytes);
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
