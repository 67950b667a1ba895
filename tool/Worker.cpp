//===--- Worker.cpp - analyzes one translation unit, writes a report ------===//

#include "tool/Worker.h"
#include "tool/JobFile.h"
#include "tool/Runner.h"
#include "lib/compat/TidyCompat.h"
#include "tool/TestHooks.h"
#include "clang/Tooling/JSONCompilationDatabase.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"
#include <csignal>
#include <cstdlib>
#ifdef __linux__
#include <sys/prctl.h>
#endif

using namespace clang;
using namespace clang::tidy;
using namespace llvm;

namespace ctxlife::driver {
namespace {

// The report is JSON Lines, so that the driver reads it one diagnostic at a
// time: a header line (the file, whether the tool failed, the suppression
// counts), then one line per ClangTidyError.

/// JSON strings are UTF-8 text, but paths, messages and replacements are
/// bytes (a file named in Latin-1, a string literal quoted in a message).
/// Every such string of the report is escaped on its way through JSON: `%`
/// and each byte that is not part of valid UTF-8 become `%XX`.
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

json::Value encodeMessage(const tooling::DiagnosticMessage &M) {
  json::Array Ranges, Fixes;
  for (const tooling::FileByteRange &R : M.Ranges)
    Ranges.push_back(json::Array{escapeBytes(R.FilePath), R.FileOffset, R.Length});
  for (const auto &FileAndReplacements : M.Fix)
    for (const tooling::Replacement &R : FileAndReplacements.second)
      Fixes.push_back(json::Array{escapeBytes(R.getFilePath()), R.getOffset(), R.getLength(),
                                  escapeBytes(R.getReplacementText())});
  return json::Object{{"text", escapeBytes(M.Message)},   {"file", escapeBytes(M.FilePath)},
                      {"offset", M.FileOffset}, {"ranges", std::move(Ranges)},
                      {"fixes", std::move(Fixes)}};
}

json::Value encodeError(const ClangTidyError &E) {
  json::Array Notes;
  for (const tooling::DiagnosticMessage &N : E.Notes)
    Notes.push_back(encodeMessage(N));
  return json::Object{{"name", E.DiagnosticName},
                      {"level", static_cast<int64_t>(E.DiagLevel)},
                      {"buildDirectory", escapeBytes(E.BuildDirectory)},
                      {"warningAsError", E.IsWarningAsError},
                      {"aliases", json::Array(E.EnabledDiagnosticAliases)},
                      {"message", encodeMessage(E.Message)},
                      {"notes", std::move(Notes)}};
}

/// A range `[file, offset, length]`, or a replacement `[file, offset,
/// length, text]`.
struct Span {
  std::string File;
  unsigned Offset = 0, Length = 0;
  std::string Text;
};

std::optional<Span> decodeSpan(const json::Value &V, bool WithText) {
  const json::Array *A = V.getAsArray();
  if (!A || A->size() != (WithText ? 4u : 3u))
    return std::nullopt;
  std::optional<StringRef> File = (*A)[0].getAsString();
  std::optional<int64_t> Offset = (*A)[1].getAsInteger(), Length = (*A)[2].getAsInteger();
  std::optional<StringRef> Text = WithText ? (*A)[3].getAsString() : StringRef();
  if (!File || !Offset || !Length || !Text)
    return std::nullopt;
  return Span{unescapeBytes(*File), static_cast<unsigned>(*Offset),
              static_cast<unsigned>(*Length), unescapeBytes(*Text)};
}

bool decodeMessage(const json::Value *V, tooling::DiagnosticMessage &M) {
  const json::Object *O = V ? V->getAsObject() : nullptr;
  if (!O)
    return false;
  std::optional<StringRef> Text = O->getString("text"), File = O->getString("file");
  std::optional<int64_t> Offset = O->getInteger("offset");
  const json::Array *Ranges = O->getArray("ranges"), *Fixes = O->getArray("fixes");
  if (!Text || !File || !Offset || !Ranges || !Fixes)
    return false;
  M.Message = unescapeBytes(*Text);
  M.FilePath = unescapeBytes(*File);
  M.FileOffset = *Offset;
  for (const json::Value &R : *Ranges) {
    std::optional<Span> Range = decodeSpan(R, /*WithText=*/false);
    if (!Range)
      return false;
    tooling::FileByteRange Byte;
    Byte.FilePath = Range->File;
    Byte.FileOffset = Range->Offset;
    Byte.Length = Range->Length;
    M.Ranges.push_back(std::move(Byte));
  }
  for (const json::Value &F : *Fixes) {
    std::optional<Span> Fix = decodeSpan(F, /*WithText=*/true);
    if (!Fix)
      return false;
    if (Error E = M.Fix[Fix->File].add(
            tooling::Replacement(Fix->File, Fix->Offset, Fix->Length, Fix->Text))) {
      consumeError(std::move(E));
      return false;
    }
  }
  return true;
}

std::optional<ClangTidyError> decodeError(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  std::optional<StringRef> Name = O->getString("name"),
                           BuildDirectory = O->getString("buildDirectory");
  std::optional<int64_t> Level = O->getInteger("level");
  std::optional<bool> WarningAsError = O->getBoolean("warningAsError");
  const json::Array *Aliases = O->getArray("aliases"), *Notes = O->getArray("notes");
  if (!Name || !BuildDirectory || !Level || *Level < 0 || *Level > DiagnosticsEngine::Fatal ||
      !WarningAsError || !Aliases || !Notes)
    return std::nullopt;
  ClangTidyError E(*Name, static_cast<ClangTidyError::Level>(*Level),
                   unescapeBytes(*BuildDirectory), *WarningAsError);
  if (!decodeMessage(O->get("message"), E.Message))
    return std::nullopt;
  for (const json::Value &N : *Notes) {
    tooling::DiagnosticMessage Note;
    if (!decodeMessage(&N, Note))
      return std::nullopt;
    E.Notes.push_back(std::move(Note));
  }
  for (const json::Value &A : *Aliases)
    if (std::optional<StringRef> Alias = A.getAsString())
      E.EnabledDiagnosticAliases.push_back(Alias->str());
  return E;
}

/// Calls \p Line for each line of the file at \p Path, read in pieces (a
/// report can be large). Returns an error message, or "" at the end.
std::string forEachLine(StringRef Path, function_ref<bool(StringRef)> Line) {
  Expected<sys::fs::file_t> File = sys::fs::openNativeFileForRead(Path);
  if (!File)
    return toString(File.takeError());
  std::string Pending;
  SmallVector<char, 0> Buffer;
  std::string Failure;
  while (Failure.empty()) {
    Buffer.resize_for_overwrite(1 << 16);
    Expected<size_t> Read = sys::fs::readNativeFile(*File, Buffer);
    if (!Read) {
      Failure = toString(Read.takeError());
      break;
    }
    if (*Read == 0)
      break;
    StringRef Chunk(Buffer.data(), *Read);
    for (size_t NewLine; (NewLine = Chunk.find('\n')) != StringRef::npos;) {
      Pending += Chunk.take_front(NewLine);
      Chunk = Chunk.drop_front(NewLine + 1);
      if (!Line(Pending)) {
        Failure = "malformed line";
        break;
      }
      Pending.clear();
    }
    Pending += Chunk;
  }
  if (std::error_code Closed = sys::fs::closeFile(*File); Closed && Failure.empty())
    Failure = Closed.message();
  if (Failure.empty() && !Pending.empty() && !Line(Pending))
    Failure = "malformed line";
  return Failure;
}

/// A limit of the report's header: `{"name", "value", "function", "file",
/// "line", "column"}`.
std::optional<LimitHit> decodeLimit(const json::Value &V) {
  const json::Object *O = V.getAsObject();
  if (!O)
    return std::nullopt;
  std::optional<StringRef> Name = O->getString("name"), Function = O->getString("function"),
                           File = O->getString("file");
  std::optional<int64_t> Value = O->getInteger("value"), Line = O->getInteger("line"),
                         Column = O->getInteger("column");
  if (!Name || !Function || !File || !Value || !Line || !Column)
    return std::nullopt;
  LimitHit H;
  H.Name = Name->str();
  H.Value = static_cast<unsigned>(*Value);
  H.Function = unescapeBytes(*Function);
  H.File = unescapeBytes(*File);
  H.Line = static_cast<unsigned>(*Line);
  H.Column = static_cast<unsigned>(*Column);
  return H;
}

} // namespace

int runWorker(const Settings &S, std::unique_ptr<ClangTidyOptionsProvider> Provider,
              IntrusiveRefCntPtr<vfs::OverlayFileSystem> BaseFS) {
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

  ClangTidyContext Context =
      compat::makeTidyContext(std::move(Provider), S.EnableModuleHeadersParsing);
  // --enable-check-profile: clang-tidy's per-check timing, printed on the
  // worker's standard error (which the driver shows) or stored as JSON.
  Context.setEnableProfiling(S.EnableCheckProfile);
  Context.setProfileStoragePrefix(S.StoreCheckProfile);
  bool ToolFailed = false;
  std::vector<CacheInput> Inputs;
  limitlog::enable(true);
  std::vector<ClangTidyError> Errors =
      runChecks(Context, *DB, Files, std::move(BaseFS), S.FixNotes, ToolFailed,
                S.WorkerInputs.empty() ? nullptr : &Inputs);
  json::Array Limits;
  for (const LimitHit &H : limitlog::take())
    Limits.push_back(json::Object{{"name", H.Name},
                                  {"value", H.Value},
                                  {"function", escapeBytes(H.Function)},
                                  {"file", escapeBytes(H.File)},
                                  {"line", H.Line},
                                  {"column", H.Column}});
  limitlog::enable(false);
  const ClangTidyStats &Stats = Context.getStats();

  std::error_code EC;
  raw_fd_ostream OS(S.WorkerReport, EC, sys::fs::OF_None);
  if (EC)
    return usageError("worker: cannot write '" + S.WorkerReport + "': " + EC.message());
  OS << json::Value(json::Object{
            {"file", Files.empty() ? "" : escapeBytes(Files.front())},
            {"toolFailed", ToolFailed},
            {"ignoredCheckFilter", Stats.ErrorsIgnoredCheckFilter},
            {"ignoredNOLINT", Stats.ErrorsIgnoredNOLINT},
            {"ignoredNonUserCode", Stats.ErrorsIgnoredNonUserCode},
            {"ignoredLineFilter", Stats.ErrorsIgnoredLineFilter},
            {"displayed", Stats.ErrorsDisplayed},
            {"limits", std::move(Limits)}})
     << "\n";
  for (const ClangTidyError &E : Errors)
    OS << encodeError(E) << "\n";
  OS.close();
  if (OS.has_error()) {
    EC = OS.error();
    OS.clear_error();
    return usageError("worker: cannot write '" + S.WorkerReport + "': " + EC.message());
  }
  if (!S.WorkerInputs.empty()) {
    raw_fd_ostream InputsOS(S.WorkerInputs, EC, sys::fs::OF_None);
    if (!EC)
      InputsOS << formatInputs(Inputs);
  }
  return ExitClean;
}

namespace {

/// Reads a report's lines: the header into \p Result, each diagnostic to
/// \p Add. \p Lines calls its argument for each line and returns an error
/// message, or "" at the end.
bool readReport(function_ref<std::string(function_ref<bool(StringRef)>)> Lines,
                TUResult &Result, function_ref<void(const ClangTidyError &)> Add,
                std::string &Error) {
  bool Header = true, CompileErrors = false;
  unsigned LineNumber = 0, Findings = 0;
  std::string Failure = Lines([&](StringRef Line) {
    ++LineNumber;
    Expected<json::Value> V = json::parse(Line);
    if (!V) {
      consumeError(V.takeError());
      return false;
    }
    if (Header) {
      Header = false;
      const json::Object *O = V->getAsObject();
      if (!O)
        return false;
      ClangTidyStats &St = Result.Stats;
      auto Count = [&](StringRef Key, unsigned &Out) {
        std::optional<int64_t> N = O->getInteger(Key);
        Out = N ? static_cast<unsigned>(*N) : 0;
        return N.has_value();
      };
      CompileErrors = O->getBoolean("toolFailed").value_or(true);
      if (const json::Array *Limits = O->getArray("limits"))
        for (const json::Value &L : *Limits)
          if (std::optional<LimitHit> H = decodeLimit(L))
            Result.Limits.push_back(std::move(*H));
          else
            return false;
      return Count("ignoredCheckFilter", St.ErrorsIgnoredCheckFilter) &&
             Count("ignoredNOLINT", St.ErrorsIgnoredNOLINT) &&
             Count("ignoredNonUserCode", St.ErrorsIgnoredNonUserCode) &&
             Count("ignoredLineFilter", St.ErrorsIgnoredLineFilter) &&
             Count("displayed", St.ErrorsDisplayed);
    }
    std::optional<ClangTidyError> E = decodeError(*V);
    if (!E)
      return false;
    CompileErrors |= E->DiagLevel == ClangTidyError::Error;
    Findings += E->DiagLevel != ClangTidyError::Error;
    Add(*E);
    return true;
  });
  if (!Failure.empty() || Header) {
    Error = Header && Failure.empty() ? "no report"
                                      : "malformed report (line " + std::to_string(LineNumber) +
                                            "): " + Failure;
    return false;
  }
  Result.Findings = Findings;
  Result.Status = CompileErrors ? TUResult::CompileErrors : TUResult::Analyzed;
  return true;
}

} // namespace

bool readWorkerReport(StringRef Path, TUResult &Result, FindingStore &Store, uint32_t Unit,
                      std::string &Error) {
  if (std::error_code EC = sys::fs::access(Path, sys::fs::AccessMode::Exist)) {
    Error = "no report: " + EC.message();
    return false;
  }
  return readReport([&](function_ref<bool(StringRef)> Line) { return forEachLine(Path, Line); },
                    Result, [&](const ClangTidyError &E) { Store.add(E, Unit); }, Error);
}

bool parseWorkerReport(StringRef Text, TUResult &Result, FindingStore &Store, uint32_t Unit,
                       std::string &Error) {
  // All or nothing: a report that does not parse, or of a unit that was
  // not analyzed, adds nothing to the store.
  std::vector<ClangTidyError> Errors;
  auto Lines = [&](function_ref<bool(StringRef)> Line) -> std::string {
    SmallVector<StringRef, 0> Split;
    Text.split(Split, '\n', -1, /*KeepEmpty=*/false);
    for (StringRef L : Split)
      if (!Line(L))
        return "malformed line";
    return "";
  };
  if (!readReport(Lines, Result, [&](const ClangTidyError &E) { Errors.push_back(E); }, Error))
    return false;
  if (Result.Status != TUResult::Analyzed) {
    Error = "not analyzed";
    return false;
  }
  for (const ClangTidyError &E : Errors)
    Store.add(E, Unit);
  return true;
}

} // namespace ctxlife::driver
